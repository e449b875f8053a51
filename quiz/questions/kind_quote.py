"""Quotes: '"...," Jane said' or 'Jane told People, "..."' -> who said it?"""

from __future__ import annotations

import re
from random import Random

from .build import make_question
from .context import Context, role_of
from .distractors import clean_pool, people_pool
from .kind_family import relatives
from .model import Fact, Question
from .registry import extractor, generator
from .textutil import NAME, contains_phrase

_SAY = (
    r"(?:said|says|told\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*|added|explained|wrote|joked|"
    r"continued|recalled|shared|admitted|confessed)"
)
_AFTER = re.compile(
    r"^[\"“](?P<q>[^\"”]{15,220}?)[,.!?]?[\"”],?\s+(?P<who>" + NAME + r")\s+" + _SAY
)
_BEFORE = re.compile(
    r"(?P<who>" + NAME + r")\s+" + _SAY + r",?:?\s+[\"“](?P<q>[^\"”]{15,220}?)[,.!?]?[\"”]"
)


@extractor("quote")
def extract(ctx: Context) -> list[Fact]:
    """Direct quotations with a named speaker."""
    facts: list[Fact] = []
    for sent, _span in ctx.sents:
        for rx in (_AFTER, _BEFORE):
            m = rx.search(sent.text)
            if not m:
                continue
            who = ctx.people.resolve(m.group("who"))
            quote = m.group("q").strip()
            if who and len(quote.split()) >= 4:
                facts.append(Fact("quote", who, quote, sent, support=(m.group("who"),)))
            break
    return facts


@generator("quote")
def generate(fact: Fact, ctx: Context, rng: Random) -> list[Question]:
    """Who said "..."?"""
    speaker, quote = fact.subject, fact.value
    if len(speaker.split()) < 2 or any(contains_phrase(quote, w) for w in speaker.split()):
        return []
    # Family share the life a first-person quote describes: never offer them as the speaker.
    excluded = relatives(ctx, speaker) | {speaker}
    excluded |= {n for n in ctx.people.full if contains_phrase(quote, n)}
    role, _noun = role_of(ctx, speaker)
    roles = (role,) if role else ("singer", "actor", "athlete", "host", "reality")
    gender = ctx.people.gender(speaker)
    cands = people_pool(ctx, rng, gender=gender, roles=roles, exclude=excluded)
    if len(roles) == 1:
        # Others quoted in the same story are the most plausible speakers: offer them first.
        speakers = {f.subject for f in extract(ctx)} - excluded
        cands = [n for n in sorted(speakers) if ctx.people.gender(n) == gender] + cands
    pool = clean_pool(speaker, cands, truths=excluded, evidence=quote)
    return [
        make_question(
            fact,
            ctx,
            rng,
            kind="quote",
            prompt=f"Who said: “{quote}”?",
            key=speaker,
            pool=pool,
            explanation=f"{speaker} said it.",
            bump=1,
        )
    ]
