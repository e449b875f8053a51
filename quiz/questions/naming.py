"""A very common name needs a word of who they are: "Who did Sam Jones marry?" could be about
thousands of people, "Who did reality star Sam Jones marry?" is about one. Applied to the
chosen prompts, once per prompt, with a generic noun that names no other question's answer."""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import TYPE_CHECKING

from .distractors.banks import bank, lookup
from .model import Question

if TYPE_CHECKING:
    from .facts import Findings

# A surname at least this frequent (US census share) is shared by over a million people.
COMMON_SURNAME = 0.003
# What a fan calls someone from the kind of show they are known for.
_SHOW_NOUNS = {"singing-competition": "singer", "dancing-competition": "dancer"}
_FIELD_NOUNS = frozenset({"singer", "rapper", "actor", "actress", "comedian", "host"})
_SHOW_ROLES = frozenset({"winner", "star", "alum", "alums", "contestant", "cast", "guest"})


@functools.cache
def _surname_shares() -> dict[str, float]:
    """US surnames with their share of the population."""
    from faker.providers.person.en_US import Provider

    return dict(Provider.last_names)


def common_name(name: str) -> bool:
    """True for a two-part name a fan could not place alone ("Sam Jones"): a frequent
    surname and no entry in the banks of famous people."""
    parts = name.split()
    if len(parts) != 2 or lookup("people", name):
        return False
    return _surname_shares().get(parts[1], 0.0) >= COMMON_SURNAME


def _show_noun(title: str) -> str:
    """'reality star' or 'singer' for a show the banks know as reality or a talent contest."""
    entry = lookup("shows", title, key="title") or {}
    kind = str(entry.get("kind", ""))
    return _SHOW_NOUNS.get(kind, "reality star" if kind.startswith("reality") else "")


def descriptor(findings: Findings) -> str:
    """A generic noun for the story's star: from the show they are on, else their field, else
    a reality show the story's first sentences name ('' if none fits)."""
    main = findings.cast.main
    for f in findings.facts:
        if f.kind == "show" and f.subject == main and f.relation in _SHOW_ROLES:
            noun = _show_noun(f.value)
            if noun:
                return noun
    person = findings.cast.person(main)
    if person is not None and person.field in _FIELD_NOUNS:
        return person.field
    lede = " ".join([findings.reading.article.title, *(v.text for v in findings.reading.sents[:2])])
    for entry in bank("shows"):
        title = str(entry.get("title", ""))
        # Written as a name (case kept): "the voice of" is no show.
        if len(title) > 6 and title in lede and _show_noun(title):
            return _show_noun(title)
    return ""


def describe(questions: list[Question], findings: Findings) -> list[Question]:
    """The prompts with a common-named star introduced by a noun ("reality star Sam Jones")."""
    main = findings.cast.main
    if not main or not common_name(main):
        return questions
    noun = descriptor(findings)
    if not noun:
        return questions
    out = []
    for q in questions:
        # A show question, or a prompt naming a title, places the star already.
        placed = q.kind == "show" or "“" in q.prompt or noun.split()[0] in q.prompt.lower()
        if main in q.prompt and not placed:
            q = replace(q, prompt=q.prompt.replace(main, f"{noun} {main}", 1))
        out.append(q)
    return out
