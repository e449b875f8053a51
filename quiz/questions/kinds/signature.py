"""A star's signature work named by its kind instead of its title, for a prompt that would
otherwise give away the question asking which work it is.

"Which character did Ray Okafor play in “Harbour Lights”?" names the answer of "Which sitcom
is Ray Okafor known for?"; "... play in his best-known sitcom?" does not. Only a work the
article ties to the person as what they are known for ("the Harbour Lights star", "Harbour
Lights actor Ray Okafor", the host of a show) is one, and only when it is the person's single
such work: with two, "best-known" would be a guess.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Fact
from ..textutil import contains_phrase, possessive
from .wording import pronoun

if TYPE_CHECKING:
    from .base import Asker

# Relations and roles by which the article names a person after a work ("the X star").
_SIGNATURE_ROLES = frozenset(
    {"star", "actor", "actress", "host", "co-host", "presenter", "anchor", "co-anchor"}
)
# Words before the name that make it the subject of the prompt's clause ("did Ray Okafor play").
_AUXILIARIES = frozenset({"did", "does", "was", "is", "has", "had", "will"})


def _word(fact: Fact, asker: Asker) -> str:
    """What the pack calls the work: 'film', 'sitcom', 'game show', 'TV series'."""
    from ..distractors.titles import SHOW_GROUPS, show_kind
    from .works import _KIND_WORDS, _SHOW_WORDS, _article_show_kind, _screen_kind

    if fact.kind == "host":
        skind = show_kind(fact.subject) or _article_show_kind(fact, asker) or "talk"
        return _SHOW_WORDS.get(SHOW_GROUPS.get(skind, ""), "show")
    kind, skind = _screen_kind(fact, asker)
    if kind == "screen":
        kind, skind = _written_kind(fact.value, asker)
    if kind == "film":
        return "film"
    if kind != "show":
        return ""
    return _KIND_WORDS.get(skind) or _SHOW_WORDS.get(SHOW_GROUPS.get(skind, ""), "show")


# Nouns an article writes right before a title it does not otherwise type ("the sitcom X").
_WRITTEN = {
    "sitcom": ("show", "sitcom"),
    "series": ("show", "drama"),
    "drama": ("show", "drama"),
    "film": ("film", ""),
    "movie": ("film", ""),
}
_WORK_NOUN = r"(?:sitcom|series|show|drama|film|movie|programme|program|soap)"


def _written_kind(title: str, asker: Asker) -> tuple[str, str]:
    """(kind, show kind) from the noun the article writes before the title, else ('', '')."""
    body = asker.findings.reading.article.body
    m = re.search(rf"\b({_WORK_NOUN})\s+“?{re.escape(title)}\b", body, re.I)
    if m is None:
        return "", ""
    return _WRITTEN.get(m.group(1).lower(), ("show", ""))


def signature_works(asker: Asker) -> dict[str, tuple[str, str]]:
    """Person -> (title, what the pack calls it) for each person with one signature work."""
    found: dict[str, set[tuple[str, str]]] = {}
    for f in asker.findings.facts:
        if f.kind == "host" and f.get("ceremony") != "yes" and " and " not in f.value:
            person, title = f.value, f.subject
        elif f.kind in ("show", "film", "screen") and (
            f.relation in _SIGNATURE_ROLES or f.get("role") in _SIGNATURE_ROLES
        ):
            person, title = f.subject, f.value
        else:
            continue
        found.setdefault(person, set()).add((title, _word(f, asker)))
    out = {}
    for person, works in found.items():
        titles = {t.lower() for t, _w in works}
        words = sorted(w for _t, w in works if w)
        if len(titles) == 1 and words and asker.findings.cast.sex(person) in ("M", "F"):
            out[person] = (next(iter(works))[0], words[0])  # a work of its own: never two
    return out


def signature_prompts(prompt: str, asker: Asker) -> list[str]:
    """The prompt with a person's signature work named by its kind ("in his best-known
    sitcom"), when the prompt names both the person and the work."""
    out = []
    for person, (title, word) in signature_works(asker).items():
        if not contains_phrase(prompt, person) or not contains_phrase(prompt, title):
            continue
        # The noun phrase a prompt may write before the title goes too ("the BBC sitcom X").
        quoted = re.compile(
            rf"(?:\bthe\s+(?:[\w-]+\s+){{0,3}}{_WORK_NOUN}\s+)?"
            rf"(?:“{re.escape(title)}”|\b{re.escape(title)}\b)",
            re.I,
        )
        m = quoted.search(prompt)
        name = prompt.find(person)
        if m is None or name < 0:
            continue
        sex = asker.findings.cast.sex(person)
        if name < m.start():
            text = prompt[: m.start()] + f"{pronoun(sex, 'possessive')} best-known {word}"
            out.append(text + prompt[m.end() :])
            continue
        # The work comes first: "of Ray Okafor's best-known sitcom did he play ...".
        before = prompt[m.end() : name].split()
        if not before or before[-1].lower() not in _AUXILIARIES:
            continue
        head = prompt[: m.start()] + f"{possessive(person)} best-known {word}"
        out.append(head + prompt[m.end() : name] + pronoun(sex) + prompt[name + len(person) :])
    return out
