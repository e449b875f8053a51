"""Helpers for the question-engine tests (imported by name; pytest puts this folder on the path)."""

from __future__ import annotations

from pathlib import Path

from quiz.questions import GeneratedPack, check_question

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data"
# shared/ always sits beside the repository clone (here and in CI).
DEMO = REPO.parent / "shared" / "seed" / "john-legend-mini-me.txt"


def read_data(name: str) -> str:
    """Text of an article in tests/data."""
    return (DATA / name).read_text(encoding="utf-8")


def answers(pack: GeneratedPack, kind: str | None = None) -> dict[str, str]:
    """prompt -> correct choice text, optionally for one kind."""
    return {q.prompt: q.answer for q in pack.questions if kind is None or q.kind == kind}


def find(pack: GeneratedPack, *words: str, kind: str | None = None):
    """The one question whose prompt contains every word (case-insensitive)."""
    hits = [
        q
        for q in pack.questions
        if (kind is None or q.kind == kind) and all(w.lower() in q.prompt.lower() for w in words)
    ]
    assert hits, f"no question with {words} in {[q.prompt for q in pack.questions]}"
    return hits[0]


def assert_pack_sound(pack: GeneratedPack) -> None:
    """Every question passes the gate and its wrong options are not article truths."""
    body = pack.article.body
    prompts = [q.prompt for q in pack.questions]
    assert len(prompts) == len(set(prompts)), "two questions share a prompt"
    for q in pack.questions:
        assert check_question(q.to_dict(), body) == [], q.prompt
        assert q.evidence in body
