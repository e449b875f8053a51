"""Prompt touches that tell a fan which one is meant: the year of an untitled tour, and the
place in the family of a baby the prompt names only as "a little girl" or "their newborn"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..dates import find_dates
from .wording import ordinal_word, pronoun, sentence_date

if TYPE_CHECKING:
    from ..model import Fact
    from .base import Asker

# "his tour", "U2's world tour", "the tour": a tour named by no title.
_TOUR = re.compile(
    r"\b(his|her|their|the|[A-Z][\w.]*(?:['’]s|s['’]))\s+((?:new|upcoming|latest)\s+)?(tour)\b"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def tour_year(fact: Fact, asker: Asker) -> str:
    """The year of the tour a fact tells of: its sentence's year, else the story's (the next
    one for a plan in a month already past); '' in an undated story or when unsure."""
    own = sentence_date(fact)
    if own is not None and own.year:
        return str(own.year)
    published = asker.findings.reading.published
    if published is None:
        return ""
    months = [v.month for _s, _e, v in find_dates(fact.evidence.text) if v.month]
    tense = fact.get("tense")
    if months and months[0] > published.month and tense == "past":
        return str(published.year - 1)  # "played Leeds in December", told in January
    if not months or months[0] >= published.month:
        return str(published.year)
    # A month already past is next year's for a plan, this year's for a past leg; unsure else.
    if tense == "future":
        return str(published.year + 1)
    return str(published.year) if tense == "past" else ""


def dated_tour(prompt: str, fact: Fact, asker: Asker) -> str:
    """'Where was X due to end the North American leg of his tour?' -> '... his 2023 tour?':
    a star tours most years, and an untitled tour is told apart by its year."""
    if _YEAR.search(prompt) or _YEAR.search(fact.value) or not _TOUR.search(prompt):
        return prompt  # the prompt, or the day it asks for, already says the year
    year = tour_year(fact, asker)
    if not year:
        return prompt
    return _TOUR.sub(lambda m: f"{m[1]} {m[2] or ''}{year} {m[3]}", prompt, count=1)


# The story's baby named by no name or place in the family.
_BABY = re.compile(
    r"\b(?:a|the|their|his|her)\s+(?:newborn(?:\s+(?:son|daughter|baby))?|little\s+(?:girl|boy)"
    r"|baby\s+(?:girl|boy)|new\s+baby)\b"
)
_COUNTING = re.compile(r"\bhow many\s+(?:children|kids|sons|daughters|babies)\b", re.I)


def ordered_baby(prompt: str, asker: Asker) -> str:
    """'How old was X when she welcomed a little girl?' -> '... her third child?' when the
    article says which child the baby is: "a little girl" of a mother of three is unclear."""
    found = _BABY.search(prompt)
    if not found or "adopt" in prompt:
        return prompt  # an adopted child's place is not the born baby's
    orders = {
        (f.subject, f.value)
        for f in asker.findings.facts
        if f.kind == "number"
        and f.relation == "ordinal-children"
        and all(p in prompt for p in f.subject.split(" and "))
    }
    if len(orders) != 1:
        return prompt
    parents, value = orders.pop()
    digits = "".join(ch for ch in value if ch.isdigit())
    if not digits or int(digits) < 2:
        return prompt  # a first child needs no order: there is no other
    his = (
        "their"
        if " and " in parents or found[0].startswith("their")
        else pronoun(asker.findings.cast.sex(parents), "possessive")
    )
    if his == "their" and " and " not in parents and not found[0].startswith("their"):
        return prompt  # a parent of unknown sex: no pronoun to name the baby by
    # A count of the children would be given away by the order: "the latest" tells it then.
    tie = (
        f"{his} latest child"
        if _COUNTING.search(prompt)
        else f"{his} {ordinal_word(int(digits))} child"
    )
    return prompt[: found.start()] + tie + prompt[found.end() :]


_NEW_ALBUM = re.compile(r"\b(?:a|his|her|their)\s+new\s+album\b")
# The ordinal's sentence tells of the coming album, not of one from years ago.
_FRESH = re.compile(r"\b(?:announc\w*|new|upcoming|forthcoming|due|will)\b", re.I)


def ordered_album(prompt: str, asker: Asker) -> str:
    """'When was X due to release a new album?' -> '... his fifth studio album?' when the
    article numbers the album it announces: "a new album" is every album in its year."""
    found = _NEW_ALBUM.search(prompt)
    if not found:
        return prompt
    orders = {
        (f.subject, f.value, f.get("noun") or "album")
        for f in asker.findings.facts
        if f.kind == "number"
        and f.relation == "ordinal-album"
        and f.subject in prompt
        and " and " not in f.subject
        and _FRESH.search(f.evidence.text)
    }
    if len(orders) != 1:
        return prompt
    person, value, noun = orders.pop()
    digits = "".join(ch for ch in value if ch.isdigit())
    his = pronoun(asker.findings.cast.sex(person), "possessive")
    if not digits or his == "their":
        return prompt  # a band or a person of unknown sex: no pronoun to say it with
    tie = f"{his} {ordinal_word(int(digits))} {noun}"
    return prompt[: found.start()] + tie + prompt[found.end() :]
