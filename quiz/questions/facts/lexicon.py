"""The lexicon (``lexicon.json``) as typed lookups, with every inflection of its verbs."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Kin:
    """A relational noun: which relation it names and the sex it implies."""

    word: str
    relation: str  # spouse, partner, ex, child, parent, sibling, ...
    sex: str
    status: str = ""  # for partners: engaged or dating


@dataclass(frozen=True)
class EventVerb:
    """An event verb: its kind of event and the word it needs to mean it ("tie" + "knot")."""

    lemma: str
    kind: str
    needs: str = ""
    noun: str = ""
    passive: bool = False


@functools.cache
def data() -> dict[str, Any]:
    """The raw lexicon."""
    text = resources.files(__package__).joinpath("lexicon.json").read_text(encoding="utf-8")
    raw: dict[str, Any] = json.loads(text)
    return raw


@functools.cache
def kin() -> dict[str, Kin]:
    """Relational nouns by word, plural forms included ("sons", "wives")."""
    out: dict[str, Kin] = {}
    for word, info in data()["kin"].items():
        entry = Kin(word, info["relation"], info["sex"], info.get("status", ""))
        out[word] = entry
        for form in _plurals(word):
            out.setdefault(form, entry)
    return out


def plural_forms(word: str) -> tuple[str, ...]:
    """English plurals of a lexicon noun ("actress" -> "actresses")."""
    return _plurals(word)


def _plurals(word: str) -> tuple[str, ...]:
    """English plurals of a noun (irregular ones included)."""
    irregular = {"child": ("children",), "wife": ("wives",), "ex": ("exes",)}
    if word in irregular:
        return irregular[word]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return (word[:-1] + "ies",)
    if word.endswith(("s", "x", "ch", "sh")):
        return (word + "es",)
    return (word + "s",)


@functools.cache
def roles() -> dict[str, str]:
    """Role nouns ("rapper", "quarterback") and the field each implies ("" if none)."""
    out: dict[str, str] = {}
    for word, field in data()["roles"].items():
        out[word] = field
        for form in _plurals(word):
            out.setdefault(form, field)
    return out


@functools.cache
def word_set(name: str) -> frozenset[str]:
    """One of the lexicon's plain word lists, as a set."""
    values = data()[name]
    return frozenset(values if isinstance(values, list) else values.keys())


@functools.cache
def works() -> dict[str, str]:
    """Work nouns ("album", "diss track") and the work type each names."""
    out: dict[str, str] = {}
    for word, kind in data()["works"].items():
        out[word] = kind
        for form in _plurals(word):
            out.setdefault(form, kind)
    return out


@functools.cache
def events() -> dict[str, EventVerb]:
    """Event verbs by every inflected form ("wed", "weds", "wedded", "wedding")."""
    from lemminflect import getAllInflections

    out: dict[str, EventVerb] = {}
    for lemma, info in data()["events"].items():
        verb = EventVerb(
            lemma,
            info["kind"],
            info.get("needs", ""),
            info.get("noun", ""),
            bool(info.get("passive", False)),
        )
        out[lemma] = verb
        for forms in getAllInflections(lemma, upos="VERB").values():
            for form in forms:
                out.setdefault(form, verb)
    # Irregular forms news copy uses that the inflection tables spell otherwise.
    for form, lemma in (("wed", "wed"), ("wedded", "wed"), ("born", "bear"), ("died", "die")):
        out.setdefault(form, out[lemma])
    return out


@functools.cache
def lemma_of(word: str, tag: str = "VERB") -> str:
    """The lemma of a word (lemminflect's tables, with its rules for unknown words)."""
    from lemminflect import getLemma

    upos = {"V": "VERB", "N": "NOUN", "J": "ADJ"}.get(tag[:1], tag)
    lemmas = getLemma(word.lower(), upos=upos)
    return lemmas[0] if lemmas else word.lower()


@functools.cache
def us_states() -> dict[str, str]:
    """AP-style state abbreviations and the state each names."""
    states: dict[str, str] = data()["us_states"]
    return states


@functools.cache
def romance() -> dict[tuple[str, str], tuple[str, str]]:
    """Romance patterns: (word, preposition or '' for an object) -> (kind, status)."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for key, value in data()["romance"].items():
        if key.startswith("_"):
            continue
        word, _, prep = key.rpartition(" ") if " " in key else (key, "", "")
        out[(word, prep)] = (value[0], value[1])
    return out


@functools.cache
def romance_words() -> frozenset[str]:
    """The words romance patterns start from ("engaged", "marriage", "knot", "question")."""
    return frozenset(word for word, _prep in romance())


@functools.cache
def holidays() -> dict[str, tuple[int, int]]:
    """Holidays by name and their fixed (month, day), (0, 0) for those that move."""
    return {name: (int(md[0]), int(md[1])) for name, md in data()["holidays"].items()}


@dataclass(frozen=True)
class EventNoun:
    """A noun naming an event ("wedding", "birth") and the verb phrase that asks about it."""

    word: str
    kind: str
    base: str  # "get married", "be born", "make {their} debut"
    of: str = ""  # what an of-phrase names: "subject" (the birth of X) or "object" (the loss of X)
    work: bool = False  # the event of a work ("its release"), not of a person
    keep: str = ""  # a preposition whose phrase the question keeps ("trade to the Knicks")
    own: bool = False  # with no owner written, the event of the clause's subject ("before a trade")


@functools.cache
def event_nouns() -> dict[str, EventNoun]:
    """Event nouns by word."""
    return {
        word: EventNoun(
            word,
            info["kind"],
            info["base"],
            info.get("of", ""),
            bool(info.get("work", False)),
            info.get("keep", ""),
            bool(info.get("own", False)),
        )
        for word, info in data()["event_nouns"].items()
    }
