"""Frozen records passed between the question engine's stages, in the order data flows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DIFFICULTIES = ("easy", "medium", "hard")


@dataclass(frozen=True)
class Source:
    """Where the article came from, as the pack format's ``source`` object."""

    title: str
    published: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Sentence:
    """One sentence of the cleaned body, with its character offset in the body."""

    text: str
    start: int
    index: int = 0  # position among the body's sentences (0 is the lede)
    paragraph: int = 0

    @property
    def end(self) -> int:
        """Offset one past the sentence's last character."""
        return self.start + len(self.text)


@dataclass(frozen=True)
class Article:
    """A cleaned article: title, ISO publication date, body text and its sentences."""

    title: str
    published: str | None
    body: str
    url: str | None = None
    sentences: tuple[Sentence, ...] = ()
    # Words of the raw input and of the cleaned body, so ingest's losses can be measured.
    raw_words: int = 0

    @property
    def source(self) -> Source:
        """The pack-format source record for this article."""
        return Source(self.title, self.published, self.url)


@dataclass(frozen=True)
class Person:
    """Someone the article names: canonical name, sex if known, and what they are."""

    name: str
    sex: str = ""  # "F", "M" or "" when the article and the name do not say
    roles: tuple[str, ...] = ()  # nouns the article uses for them: "singer", "quarterback"
    field: str = ""  # singer, actor, athlete, host, reality, royal, ... ("" if unknown)
    mentions: int = 0
    famous: bool = False  # named with a role of their own, not only as someone's relative


@dataclass(frozen=True)
class Fact:
    """A typed claim read from one sentence: who, what relation, which value, and the proof."""

    kind: str  # the question generator that asks it (age, spouse, album, date, ...)
    subject: str  # canonical name of the person (or work) the fact is about
    value: str  # the answer as the article writes it
    evidence: Sentence
    relation: str = ""  # finer relation: "wife", "fiance", "son", "birthplace", "wedding"
    # Typed detail the question and its wrong options need, as sorted (name, value) pairs:
    # "type" of the value (person, title, place, date, number), "sex", "unit", "event"...
    detail: tuple[tuple[str, str], ...] = ()
    # Strings the evidence contains that support a derived value ("4" children counted).
    support: tuple[str, ...] = ()
    weight: float = 1.0  # news value before the pack's ranking (the main story scores high)

    def get(self, key: str, default: str = "") -> str:
        """One ``detail`` value by name."""
        return dict(self.detail).get(key, default)

    @property
    def key(self) -> tuple[str, str, str, str]:
        """Identity used to keep two questions from asking the same fact."""
        return (self.kind, self.subject.lower(), self.relation, self.value.lower())


@dataclass(frozen=True)
class Choice:
    """One option of a multiple-choice question."""

    text: str
    correct: bool


@dataclass(frozen=True)
class Question:
    """A question draft or an accepted question, in the pack format's shape."""

    kind: str
    prompt: str
    choices: tuple[Choice, ...]
    explanation: str
    evidence: str
    difficulty: str = "medium"
    time_limit: int = 20
    fact: Fact | None = field(default=None, compare=False)
    # Every candidate wrong option, best first, already cleared of article truths.
    pool: tuple[str, ...] = field(default=(), compare=False)
    # For derived or coreferent answers: what the evidence must contain instead of the key.
    support: tuple[str, ...] = ()
    score: float = field(default=0.0, compare=False)  # news value, for the pack's selection
    # The same question naming fewer people ("Mirelle and her husband"), for when the prompt
    # would name another question's answer.
    alternatives: tuple[str, ...] = field(default=(), compare=False)

    @property
    def answer(self) -> str:
        """Text of the correct choice (empty if the draft has none)."""
        return next((c.text for c in self.choices if c.correct), "")

    def to_dict(self) -> dict[str, Any]:
        """The question in the DESIGN.md pack format (plus ``support`` when derived)."""
        out: dict[str, Any] = {
            "kind": self.kind,
            "prompt": self.prompt,
            "choices": [{"text": c.text, "correct": c.correct} for c in self.choices],
            "explanation": self.explanation,
            "evidence": self.evidence,
            "difficulty": self.difficulty,
            "time_limit": self.time_limit,
        }
        if self.support:
            out["support"] = list(self.support)
        return out


@dataclass(frozen=True)
class Rejection:
    """A draft the quality gate or the selection refused, with the reasons."""

    draft: Question
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class GeneratedPack:
    """The engine's result: the pack plus what it read and what it refused."""

    title: str
    description: str
    source: Source
    questions: tuple[Question, ...]
    rejected: tuple[Rejection, ...]
    article: Article
    facts: tuple[Fact, ...] = ()
    people: tuple[Person, ...] = ()
    subject: str = ""  # who the article is about (never the answer to one of its questions)

    def to_dict(self) -> dict[str, Any]:
        """The pack in the DESIGN.md ``quiz-pack`` version 1 format."""
        return {
            "format": "quiz-pack",
            "version": 1,
            "title": self.title,
            "description": self.description,
            "source": {
                "title": self.source.title,
                "published": self.source.published,
                "url": self.source.url,
            },
            "questions": [q.to_dict() for q in self.questions],
        }
