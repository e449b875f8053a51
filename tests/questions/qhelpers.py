"""Helpers for the question-engine tests (imported by name; pytest puts this folder on the path)."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from quiz.questions import GeneratedPack, Question

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data"
# shared/ always sits beside the repository clone (here and in CI).
SHARED = REPO.parent / "shared"
DEMO = SHARED / "seed" / "john-legend-mini-me.txt"
CORPUS = SHARED / "corpus"


def read_data(name: str) -> str:
    """Text of an article in tests/data (articles the team wrote itself)."""
    return (DATA / name).read_text(encoding="utf-8")


@functools.cache
def corpus_articles() -> tuple[tuple[str, str, tuple[dict[str, Any], ...]], ...]:
    """(name, text, gold facts) of every corpus article, read at run time, never copied."""
    out = []
    for facts in sorted(CORPUS.rglob("*.facts.json")):
        text = facts.with_name(facts.name.replace(".facts.json", ".txt"))
        gold = json.loads(facts.read_text(encoding="utf-8"))["facts"]
        out.append(
            (f"{facts.parent.name}/{text.stem}", text.read_text(encoding="utf-8"), tuple(gold))
        )
    return tuple(out)


def find(pack: GeneratedPack, *words: str, kind: str | None = None) -> Question:
    """The one question whose prompt contains every word (case-insensitive)."""
    hits = [
        q
        for q in pack.questions
        if (kind is None or q.kind == kind) and all(w.lower() in q.prompt.lower() for w in words)
    ]
    assert hits, f"no question with {words} in {[q.prompt for q in pack.questions]}"
    return hits[0]


def wrong(q: Question) -> set[str]:
    """The wrong options of a question."""
    return {c.text for c in q.choices if not c.correct}
