"""New wrong options for one question (the studio's 'new wrong options' button)."""

from __future__ import annotations

from collections.abc import Sequence
from random import Random
from typing import Any

from .distractors.guard import clean
from .pack import build_pack
from .textutil import normalize


def fresh_distractors(
    question: dict[str, Any], article_text: str, *, seed: int, avoid: Sequence[str] = ()
) -> list[str]:
    """Up to 3 wrong options of the question's type, none in avoid, never true per the article."""
    key = next((str(c.get("text")) for c in question.get("choices", []) if c.get("correct")), "")
    _pack, drafts = build_pack(article_text, seed=0)
    prompt = normalize(str(question.get("prompt", "")))
    # Match on the prompt first (stable across edits of the options), then on kind + answer.
    match = next((d for d in drafts if normalize(d.prompt) == prompt), None) or next(
        (
            d
            for d in drafts
            if d.kind == question.get("kind") and normalize(d.answer) == normalize(key)
        ),
        None,
    )
    if match is None:
        return []
    # The draft's pool is already cleared of article truths and key variants; the last set
    # shown (avoid) is left out, so a second press never repeats it.
    pool = clean(match.answer, match.pool, [key, *avoid])
    rng = Random(f"fresh|{seed}|{match.prompt}")
    rng.shuffle(pool)
    return pool[:3]
