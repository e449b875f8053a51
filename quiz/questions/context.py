"""Per-article analysis shared by every extractor: sentences, spans, people, dates."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .model import Article, Sentence
from .nlp import sentence_spans
from .people import ROLE_NOUN, People, build_people
from .textutil import NAME

if TYPE_CHECKING:
    from spacy.tokens import Span

_DESCRIPTOR = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+(?:[\"“][^\"”]{1,60}[\"”]\s+|[\w-]+\s+){0,3}?" + ROLE_NOUN + r"\b"
)
_PRONOUN = re.compile(r"^(?:[A-Z][^,]{0,40},\s+)?(?:he|she|his|her)\b", re.I)
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
_WHO_CLAUSE = re.compile(r",?\s+who\s+[^,;]*")
_AFTER_PREP = re.compile(
    r"\b(?:by|from|for|of|than|like|about|against|over|under|alongside|behind|beside)"
    r"(?:\s+(?:coach|producer|director|host|teammate|manager))?\s+$",
    re.I,
)
_CLAUSE_START = re.compile(
    r"(?:^|[,;]|\b(?:while|when|as|but|and|after|before|because|since|whereas|though))\s*$"
)
_KIN_NOUN = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:sister|brother|mother|father|mom|dad|wife|husband|sons?|"
    r"daughters?|children|kids|twins|partner|boyfriend|girlfriend|fianc[ée]e?|ex|ex-wife|"
    r"ex-husband|co-?star|co-?host|teammate|coach|manager|rep|representative|spokesperson|"
    r"publicist|friend|grandmother|grandfather|grandma|grandpa|aunt|uncle|cousin|niece|nephew|"
    r"stepson|stepdaughter|stepmother|stepfather|bandmate|assistant|lawyer|agent|parents)\b,?"
)


@dataclass(frozen=True)
class Mention:
    """A resolved person mention inside one sentence."""

    start: int
    end: int
    name: str


@dataclass
class Context:
    """Everything extractors need about one article."""

    article: Article
    sents: list[tuple[Sentence, Span]]
    people: People
    # Memoised extractor results, so that one kind can read another's facts cheaply.
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def published(self) -> dt.date | None:
        """Publication date, when the article states one."""
        try:
            return dt.date.fromisoformat(self.article.published or "")
        except ValueError:
            return None

    def mentions(self, text: str) -> list[Mention]:
        """Resolved people mentioned in text, in order, quotations excluded."""
        # Every extractor asks about the same sentences: answer each text once per article.
        memo = self.cache.setdefault("mentions", {})
        if text not in memo:
            memo[text] = self._mentions(text)
        return memo[text]

    def _mentions(self, text: str) -> list[Mention]:
        """mentions() without the memo."""
        masked = _QUOTED.sub(lambda m: " " * len(m.group(0)), text)
        out = []
        for m in re.finditer(NAME, masked):
            # Try the whole capitalised run, then shorter tails ("In April Jane" -> "Jane").
            words = m.group(0).split()
            for i in range(len(words)):
                name = self.people.resolve(" ".join(words[i:]))
                if name:
                    start = m.start() + len(" ".join(words[:i])) + (1 if i else 0)
                    out.append(Mention(start, m.end(), name))
                    break
        return out

    def antecedent(self, text: str, pos: int, pronoun: str) -> str:
        """Who 'his'/'her' at pos refers to: the nearest earlier person of that gender."""
        gender = {"his": "M", "him": "M", "he": "M", "her": "F", "she": "F"}.get(pronoun.lower())
        actor = self.actor(text)
        earlier = self.mentions(text[:pos])
        if actor and actor != self.people.main and actor not in {m.name for m in earlier}:
            # "Her sister, Ann, ...": 'her' is not Ann herself, but the article's subject,
            # unless someone else is named before the pronoun.
            actor = "" if earlier else self.people.main
        for m in reversed(earlier):
            # "Ann Bee, who sang her new single": the relative clause's subject owns 'her'.
            if _WHO_CLAUSE.match(text, m.end) and _WHO_CLAUSE.match(text, m.end).end() >= pos:
                return m.name if self.people.gender(m.name) in (gender, "") else ""
        same = [
            m
            for m in earlier
            if self.people.gender(m.name) == gender
            # "a gown by Ann Bee, and her sister": an object is a poor antecedent, unless it is
            # a possessive ("in front of Ann's parents and her sister").
            and (
                not _AFTER_PREP.search(text[: m.start])
                or re.search(r"[’']s?$", text[m.start : m.end]) is not None
            )
        ]
        if same and same[-1].name != actor and "," not in text[same[-1].end : pos]:
            # "..., while Ann stayed with her partner": the pronoun's own clause has a subject.
            if _CLAUSE_START.search(text[: same[-1].start]):
                return same[-1].name
        if gender is None or (actor and self.people.gender(actor) == gender):
            return actor  # the sentence's subject, when it fits, beats a nearer mention
        before = [m.name for m in same]
        if before:
            return before[-1]
        if actor and actor != self.people.main and not self.people.gender(actor):
            return ""  # the subject's gender is unknown: 'her' may well be the subject's
        main = self.people.main
        if any(m.name != main for m in earlier):
            return ""  # someone else is named first: do not guess the article's subject
        return main if main and self.people.gender(main) == gender else ""

    def actor(self, text: str) -> str:
        """Who a sentence is about: first name, role descriptor or pronoun (-> main subject)."""
        memo = self.cache.setdefault("actor", {})
        if text not in memo:
            memo[text] = self._actor(text)
        return memo[text]

    def _actor(self, text: str) -> str:
        """actor() without the memo."""
        masked = _QUOTED.sub(
            lambda m: " " * len(m.group(0)) if len(m.group(0)) > 40 else m.group(0), text
        )
        # "a gown by Ann Bee": a person after a preposition is not who the sentence is about.
        found = [f for f in self.mentions(masked) if not _AFTER_PREP.search(masked[: f.start])]
        desc = _DESCRIPTOR.search(masked)
        pron = _PRONOUN.search(masked)
        first = found[0].start if found else 10**6
        alt = min(desc.start() if desc else 10**6, pron.end() if pron else 10**6)
        if alt < first:
            if pron and pron.end() == alt and pron.group(0)[-3:].lower() in ("his", "her"):
                # "Her husband, Bo Lee, watched": the relative is who the sentence is about.
                return self._relative(masked, found, pron.end())
            word = pron.group(0).split()[-1].lower() if pron and pron.end() == alt else ""
            want = {"he": "M", "she": "F"}.get(word, "")
            if want and self.people.gender(self.people.main) not in (want, ""):
                return ""  # "She has 3 million followers" is not about a male subject
            return self.people.main
        if found and re.search(r"[’']s?$", masked[found[0].start : found[0].end]):
            # "Smith's sister, Ann Smith, said": the possessor is not the one acting.
            return self._relative(masked, found, found[0].end)
        return found[0].name if found else ""

    def _relative(self, text: str, found: list[Mention], pos: int) -> str:
        """After a possessive: the named relative ("sister, Ann" / "son Leo"), '' if unnamed."""
        kin = _KIN_NOUN.match(text, pos)
        if kin is None:
            # "Smith's new song": a thing of the person's, who still leads the sentence.
            return (
                self.people.main if pos < (found[0].start if found else 10**6) else (found[0].name)
            )
        named = next((f for f in found if kin.end() <= f.start <= kin.end() + 3), None)
        return named.name if named else ""


_ROLE_BANK = {
    "singer": "singer",
    "songwriter": "singer",
    "rapper": "singer",
    "hitmaker": "singer",
    "crooner": "singer",
    "musician": "singer",
    "frontman": "singer",
    "frontwoman": "singer",
    "actor": "actor",
    "actress": "actor",
    "athlete": "athlete",
    "player": "athlete",
    "quarterback": "athlete",
    "champion": "athlete",
    "host": "host",
    "personality": "reality",
    "rocker": "singer",
    "guard": "athlete",
    "forward": "athlete",
    "striker": "athlete",
    "pitcher": "athlete",
    "goalkeeper": "athlete",
    "linebacker": "athlete",
    "receiver": "athlete",
    "midfielder": "athlete",
    "boxer": "athlete",
    "golfer": "athlete",
    "swimmer": "athlete",
    "gymnast": "athlete",
    "sprinter": "athlete",
    "journalist": "host",
    "anchor": "host",
    "co-host": "host",
    "newscaster": "host",
    "presenter": "host",
    "islander": "reality",
    "contestant": "reality",
}


def role_of(ctx: Context, name: str) -> tuple[str, str]:
    """(bank role, noun) from 'the singer'-style descriptors; ('', 'star') if unknown."""
    if name != ctx.people.main:
        return "", "star"
    nouns = re.findall(
        r"\b[Tt]he\s+(?:[\"“][^\"”]{1,60}[\"”]\s+|[\w-]+\s+){0,3}?("
        + "|".join(_ROLE_BANK)
        + r")\b",
        ctx.article.body + " " + ctx.article.title.lower(),
    )
    if not nouns:
        return "", "star"
    top = max(sorted(set(nouns)), key=nouns.count)
    return _ROLE_BANK[top], top


# Words that put a person's name right after (or before) them, whatever spaCy tagged.
_CUED = re.compile(
    r"\b(?:wife|husband|sons?|daughters?|host|fianc[ée]e?|boyfriend|girlfriend|partner|mother|"
    r"father|sister|brother|by)(?:\s+of\s+[^,]{1,30})?,?\s+(?P<a>" + NAME + r")"
    r"|(?P<b>" + NAME + r")(?:[’']s\s+(?:song|single|album|wife|husband|sons?|daughters?)|"
    r",?\s+(?:said|says|told)\b)"
)


_KIN_LIST = re.compile(
    r"\b(?:sons?|daughters?|twins|kids|children)[,:]?\s+("
    + NAME
    + r"(?:(?:,\s+\d{1,2}(?:\s+[a-z]+)?)?(?:,\s+and\s+|,\s+|\s+and\s+)"
    + NAME
    + r")*)"
)


def build_context(article: Article) -> Context:
    """Parse the article once and resolve its people."""
    sents = sentence_spans(article.body)
    ents = [e.text for _, span in sents for e in span.ents if e.label_ == "PERSON"]
    for m in _CUED.finditer(article.body):
        name = m.group("a") or m.group("b")
        if len(name.split()) >= 2:
            ents.append(name)
    # Relatives share a surname spaCy may have missed on one of them ("Darnell Price").
    surnames = {n.split()[-1] for n in ents if len(n.split()) >= 2}
    for m in re.finditer(NAME, article.title + "\n" + article.body):
        words = m.group(0).split()
        if 2 <= len(words) <= 3 and words[-1] in surnames:
            ents.append(m.group(0))
    # Children are often named by first name only, in lists: "sons Leo and Max, 4".
    for m in _KIN_LIST.finditer(article.body):
        parts = re.split(r",\s+and\s+|,\s+|\s+and\s+", m.group(1))
        ents.extend(n for n in parts if n and n[0].isupper())
    return Context(article, sents, build_people(ents, article.body, article.title))
