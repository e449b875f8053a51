"""The key as the banks spell it: a fan reads "Letters From Home" or "Beyonce" beside options
in the banks' own style as the odd one out."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from ..textutil import contains_phrase, normalize
from .banks import bank, lookup
from .titles import known_titles

if TYPE_CHECKING:
    from . import Spec

# Words title case keeps lower-case inside a title ("Gone with the Wind", "Lord of the Flies").
_MINOR = frozenset(
    "a an and as at but by for from in into nor of on or per the to vs via with".split()
)


def title_cased(title: str) -> str:
    """A title written with every word capitalised, its minor words lowered as the banks write
    titles ("Letters From The Coast" -> "Letters from the Coast"); other titles as they are."""
    words = title.split(" ")
    inner = [w for w in words[1:-1] if w.lower() in _MINOR]
    if not inner or any(w[:1].islower() for w in inner):
        return title  # no minor word, or the title already writes them its own way
    out = [words[0]]
    for prev, word in zip(words, words[1:-1], strict=False):
        # After a colon or a dash a word opens a subtitle and keeps its capital.
        keep = prev.endswith((":", "—", "–")) or word.lower() not in _MINOR
        out.append(word if keep else word.lower())
    return " ".join([*out, words[-1]]) if len(words) > 1 else title


def key_as_written(spec: Spec, evidence: str) -> str:
    """The key in the banks' spelling when they know it under the same letters (case, accents,
    punctuation aside), else a start-case title in title case."""
    key = spec.key
    if spec.type == "title" and normalize(key):  # "÷" and "+" normalise alike: no lookup
        for _category, entry in known_titles(key):
            name = str(entry["title"])
            if normalize(name) == normalize(key) or contains_phrase(evidence, name):
                return name  # "The Wall" when the sentence writes its "the"
        return title_cased(key)
    if spec.type == "award":
        award = lookup("awards", key)
        if award and normalize(str(award["name"])) == normalize(key):
            return str(award["name"])  # a dash where the article put a comma, as the options do
    if spec.type == "person":
        found = lookup("people", key) or lookup("groups", key)
        if found and re.sub(r"\W", "", normalize(str(found["name"]))) == re.sub(
            r"\W", "", normalize(key)
        ):
            return str(found["name"])  # "Beyoncé" for "Beyonce"
    return key


@functools.cache
def _two_word_people() -> dict[str, list[tuple[str, str, str]]]:
    """The bank's two-word names by first name: (surname, name, sex), read once."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for entry in bank("people"):
        theirs = str(entry["name"]).split()
        if len(theirs) == 2:
            row = (normalize(theirs[1]), str(entry["name"]), str(entry.get("sex", "")))
            out.setdefault(normalize(theirs[0]), []).append(row)
    return out


def famous_spelling(key: str, sex: str = "") -> str:
    """The bank's famous name an article misspelt by a letter ("Kim Basigner" for the bank's
    "Kim Basinger": same first name, surname one edit off), else ''."""
    parts = key.split()
    if len(parts) != 2 or len(parts[1]) < 5 or lookup("people", key):
        return ""
    surname = normalize(parts[1])
    near = [
        name
        for theirs, name, their_sex in _two_word_people().get(normalize(parts[0]), [])
        # One letter changed, added, dropped, or two swapped.
        if (not sex or their_sex == sex) and OSA.distance(surname, theirs) == 1
    ]
    return near[0] if len(near) == 1 else ""  # two near names: no telling which was meant
