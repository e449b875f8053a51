"""Assemble a question draft from a fact, a prompt, a key and a pool of wrong options."""

from __future__ import annotations

from random import Random

from .context import Context
from .model import Choice, Fact, Question
from .textutil import contains_phrase

N_DISTRACTORS = 3


def difficulty(fact: Fact, ctx: Context, *, bump: int = 0) -> str:
    """easy/medium/hard from prominence: the main subject early in the article is easy."""
    sents = ctx.article.sentences
    idx = next((i for i, s in enumerate(sents) if s.start == fact.evidence.start), len(sents))
    position = idx / max(1, len(sents))
    score = 0 if position < 0.35 else 1 if position < 0.75 else 2
    if fact.subject != ctx.people.main:
        score += 1
    if fact.support:
        score += 1  # derived answers (counted, resolved) take a step of reasoning
    score += bump
    return "easy" if score <= 0 else "medium" if score <= 2 else "hard"


def make_question(
    fact: Fact,
    ctx: Context,
    rng: Random,
    *,
    kind: str,
    prompt: str,
    key: str,
    pool: list[str],
    explanation: str,
    bump: int = 0,
    support: tuple[str, ...] = (),
) -> Question:
    """A draft with the key and the first distractors of pool, shuffled by rng."""
    texts = [key, *pool[:N_DISTRACTORS]]
    order = list(range(len(texts)))
    rng.shuffle(order)
    level = difficulty(fact, ctx, bump=bump)
    support = support or fact.support
    if not support and not contains_phrase(fact.evidence.text, key):
        # A person named by surname or first name only in the evidence ("Smith said").
        support = tuple(
            w for w in key.split() if len(w) > 2 and contains_phrase(fact.evidence.text, w)
        )
    return Question(
        kind=kind,
        prompt=prompt,
        choices=tuple(Choice(texts[i], i == 0) for i in order),
        explanation=explanation,
        evidence=fact.evidence.text,
        difficulty=level,
        time_limit=30 if level == "hard" else 20,
        fact=fact,
        pool=tuple(pool),
        support=support,
    )
