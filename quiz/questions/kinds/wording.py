"""English for prompts: names with their relation, pronouns, time anchors, articles, plurals."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..dates import MONTHS, DateValue, dated_elsewhen, find_dates
from ..model import Fact
from ..textutil import possessive

if TYPE_CHECKING:
    import inflect

    from ..facts import Findings


@functools.cache
def _engine() -> inflect.engine:
    """inflect's engine (articles, plurals, ordinals), built once."""
    import inflect

    return inflect.engine()


def a_or_an(phrase: str) -> str:
    """'an album', 'a song'."""
    return str(_engine().a(phrase))


def plural(noun: str) -> str:
    """'child' -> 'children'; a noun already plural stays as it is."""
    if not noun:
        return noun
    last = noun.split()[-1]
    if _engine().singular_noun(last):
        return noun  # already plural ("children", "studio albums")
    return str(_engine().plural_noun(noun))


def ordinal(n: int) -> str:
    """3 -> '3rd'."""
    return str(_engine().ordinal(str(n)))


def ordinal_word(n: int) -> str:
    """3 -> 'third' (words read better in a prompt than '3rd')."""
    return str(_engine().ordinal(str(_engine().number_to_words(str(n))))) if n <= 20 else ordinal(n)


def pronoun(sex: str, case: str = "subject") -> str:
    """he/she/they, his/her/their, him/her/them."""
    table = {
        "subject": {"M": "he", "F": "she"},
        "possessive": {"M": "his", "F": "her"},
        "object": {"M": "him", "F": "her"},
    }
    return table[case].get(sex, {"subject": "they", "possessive": "their", "object": "them"}[case])


def month_year(day: DateValue | None) -> str:
    """'August 2023' for a date with month and year; '2023' for a year; '' otherwise."""
    if day is None or not day.year:
        return ""
    return f"{MONTHS[day.month - 1]} {day.year}" if day.month else str(day.year)


def sentence_date(fact: Fact) -> DateValue | None:
    """A date with a year written in the fact's own sentence (the event's time)."""
    for _s, _e, value in find_dates(fact.evidence.text):
        if value.year:
            return value
    return None


def anchor(fact: Fact, findings: Findings) -> str:
    """When the fact held: its sentence's dated event, else the publication month ('' if unknown).

    A month written without a year ("In April") takes the publication's year, or the year
    before when that month is still to come.
    """
    own = sentence_date(fact)
    if own is not None:
        return month_year(own)
    published = findings.reading.published
    if published is not None:
        for _s, _e, value in find_dates(fact.evidence.text):
            if value.month and not value.year:
                year = published.year - (1 if value.month > published.month else 0)
                return month_year(DateValue(year, value.month))
    return month_year(findings.reading.story_date)


_EVENT_KINDS = ("partner", "spouse", "child")


def main_event(findings: Findings, person: str) -> str:
    """The story's main event for a person, as a 'when' clause ("when he got engaged to Ann")."""
    sex = findings.cast.sex(person)
    he = pronoun(sex)
    his = pronoun(sex, "possessive")
    story_year = findings.reading.published.year if findings.reading.published else None
    lede = max(3, len(findings.reading.sents) // 3)
    for fact in sorted(findings.facts, key=lambda f: (-f.weight, f.evidence.index)):
        if fact.subject != person or fact.evidence.index > lede:
            continue
        if fact.kind in ("partner", "child") and (
            fact.evidence.index > 1 or dated_elsewhen(fact.evidence.text)
        ):
            # only the lede's fresh engagement or birth is the news an age in passing dates
            continue
        own = sentence_date(fact)
        if own is not None and own.year != story_year:
            continue  # "married in 2000": background, not the story the age was given in
        if fact.kind == "partner" and fact.get("status") == "engaged":
            return engaged_to(f"when {he} got engaged", person, findings)
        if (
            fact.kind == "child"
            and fact.relation in ("son", "daughter")
            and fact.get("event") == "birth"
            and fact.evidence.index <= 3
        ):
            return f"when {his} {fact.relation} {fact.value} was born"
        if (
            fact.kind == "date"
            and fact.relation in ("retirement", "engagement", "win")
            and fact.get("past")
        ):
            return f"when {he} {fact.get('past')}"
        if fact.kind == "date" and fact.relation == "wedding" and fact.get("tense") == "past":
            return f"when {he} got married"  # the spouse's name would answer another question
    return ""


def engaged_to(clause: str, person: str, findings: Findings) -> str:
    """'when she got engaged' as 'when she got engaged to Ann Lee': a fan cannot tell which
    engagement (or when) without the partner; unchanged when the article gives no one fiancé."""
    if not clause.endswith(" got engaged"):
        return clause
    partners = {
        f.value
        for f in findings.facts
        if f.kind == "partner" and f.subject == person and f.get("status") == "engaged"
    }
    return f"{clause} to {partners.pop()}" if len(partners) == 1 else clause


_FIANCE = {"M": "fiancé", "F": "fiancée"}


def spelt(relation: str, sex: str) -> str:
    """A tie as a prompt writes it: "fiance" of a woman is her fiancée, of a man his fiancé."""
    if relation in ("fiance", "fiancee", "fiancé", "fiancée") and sex in _FIANCE:
        return _FIANCE[sex]
    return relation


def display(name: str, findings: Findings) -> str:
    """A person as a prompt names them: a relative of the story's star (or of the star's partner)
    with that tie ("Ray Okafor's son Theo"), else their name."""
    main = findings.cast.main
    if name == main or not main:
        return name
    partners = {
        f.value for f in findings.facts if f.kind in ("spouse", "partner") and f.subject == main
    }
    best = None
    for fact in findings.facts:
        if fact.value != name or fact.kind not in (
            "child",
            "spouse",
            "partner",
            "parent",
            "sibling",
        ):
            continue
        owners = [p.strip() for p in fact.subject.split(" and ")]
        owner = main if main in owners else next((o for o in owners if o in partners), "")
        told = fact.relation in ("son", "daughter", "wife", "husband")
        if owner and (
            best is None
            or (owner == main and best[0] != main)
            or (
                owner == best[0]
                and told
                and best[1].relation not in ("son", "daughter", "wife", "husband")
            )
            # A wedding outdates an engagement: the fiancé the story marries is a husband.
            or (owner == best[0] and fact.kind == "spouse" and best[1].kind == "partner")
        ):
            best = (owner, fact)  # the star's own tie first, and "son" over "child"
    if best is None:
        return name
    owner, fact = best
    relation = fact.relation
    if fact.kind == "partner" and fact.get("status") == "engaged" and wed(findings, owner):
        # The story's wedding outdates the engagement: the fiancé is now a husband.
        relation = {"M": "husband", "F": "wife"}.get(findings.cast.sex(name), "")
        if not relation:
            return name
        return f"{possessive(owner)} {relation}"
    word = spelt(fact.relation, findings.cast.sex(name))
    if (
        fact.kind in ("spouse", "partner")
        and fact.get("status") != "ex"
        and word in ("wife", "husband", "fiancé", "fiancée", "girlfriend", "boyfriend")
    ):
        # one of each: the name would answer another question
        return f"{possessive(owner)} {word}"
    if (
        fact.kind == "child"
        and fact.relation in ("son", "daughter")
        and _only_one(findings, owner, fact.relation)
    ):
        # her only daughter: the name would answer another question
        return f"{possessive(owner)} {fact.relation}"
    first = (
        name.split()[0]
        if fact.kind == "child" and len(name.split()) > 1 and name.split()[-1] == owner.split()[-1]
        else name
    )
    return f"{possessive(owner)} {word} {first}"


def wed(findings: Findings, person: str) -> bool:
    """True when the story dates the person's wedding."""
    return any(
        f.kind == "date" and f.relation == "wedding" and person in f.subject.split(" and ")
        for f in findings.facts
    )


def _only_one(findings: Findings, parent: str, relation: str) -> bool:
    """True when the article gives the parent one child, and one of that relation: no other
    named child (of any or no stated sex) and no count of more children."""
    partners = {
        f.value
        for f in findings.facts
        if f.kind in ("spouse", "partner")
        and f.subject == parent
        and f.get("status") not in ("ex", "coparent")
    }
    family = {parent, *partners}  # the partner's children are the couple's, as far as a fan knows
    kids = {
        f.value
        for f in findings.facts
        if f.kind == "child"
        and family & set(f.subject.split(" and "))
        and f.get("form") != "newborn"
    }
    if len(kids) != 1:
        return False
    nouns = {"son": "sons", "daughter": "daughters"}[relation]
    for f in findings.facts:
        if (
            f.kind == "number"
            and family & set(f.subject.split(" and "))
            and f.get("noun") in (nouns, "children", "kids")
        ):
            return False
        if (
            f.kind == "number"
            and family & set(f.subject.split(" and "))
            and f.relation == "ordinal-children"
        ):
            return False  # "their second child": there is another
    return True


def couple(a: str, b: str) -> str:
    """'Ray Okafor and Dana Pell'."""
    return f"{a} and {b}" if b else a


def capitalise(text: str) -> str:
    """First letter upper-case, the rest as written."""
    return text[:1].upper() + text[1:]
