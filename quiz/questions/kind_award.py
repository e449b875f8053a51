"""Awards: 'the EGOT winner', 'Grammy-winning singer Ann Bee', 'won an Oscar'."""

from __future__ import annotations

import functools
import re
from random import Random

from . import banks
from .build import make_question
from .context import Context, role_of
from .distractors import clean_pool, shuffled
from .model import Fact, Question
from .registry import extractor, generator
from .textutil import NAME, NUMBER, to_int

_ENTERTAINMENT = {"music", "film", "tv", "theatre", "multi"}


@functools.cache
def _award_re() -> re.Pattern[str]:
    """Regex for any bank award name, singular or plural."""
    names = sorted((a["name"] for a in banks.misc("award")), key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(
        r"(?P<a>" + alt + r")s?(?:\s+Awards?)?(?:[- ](?:winner|winning)|\s+winner)"
        r"(?:\s+(?:singer|actor|actress|rapper|star|host|athlete|comedian)?\s*(?P<name>"
        + NAME
        + r"))?|\bwon\s+(?:a|an|the|his|her|their|\w+)\s+(?P<b>"
        + alt
        + r")s?\b"
    )


@functools.cache
def _count_re() -> re.Pattern[str]:
    """'has won 16 Grammys': a career count (a past 'won three' may be one night's haul)."""
    names = sorted((a["name"] for a in banks.misc("award")), key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(
        r"\b(?:has|have)\s+(?:now\s+)?won\s+(?P<n>" + NUMBER + r")\s+(?P<a>" + alt + r")s\b"
    )


@extractor("award")
def extract(ctx: Context) -> list[Fact]:
    """Awards a person is said to have won (nominations are not wins, so they are skipped)."""
    rx = _award_re()
    facts: list[Fact] = []
    for sent, _span in ctx.sents:
        for m in rx.finditer(sent.text):
            award = m.group("a") or m.group("b")
            who = ctx.people.resolve(m.group("name")) if m.group("name") else ctx.actor(sent.text)
            if who and len(who.split()) > 1:
                # "won three Grammys": the evidence has the plural, which supports "Grammy".
                said = m.group(0) if m.group("b") else m.group("a")
                support = () if re.search(rf"\b{re.escape(award)}\b", sent.text) else (said,)
                facts.append(Fact("award", who, award, sent, support=support))
        for m in _count_re().finditer(sent.text):
            who = ctx.actor(sent.text[: m.start()] or sent.text)
            n = to_int(m.group("n"))
            if who and len(who.split()) > 1 and n and n > 1:
                facts.append(
                    Fact(
                        "number",
                        who,
                        str(n),
                        sent,
                        relation="awards won",
                        unit=m.group("a"),
                        support=(m.group(0),),
                    )
                )
    return facts


@generator("award")
def generate(fact: Fact, ctx: Context, rng: Random) -> list[Question]:
    """Which honor has X won? Wrong options come from another field, so they stay false."""
    rows = banks.misc("award")
    won = [f.value for f in extract(ctx) if f.subject == fact.subject]
    implied = [i for r in rows if r["name"] in won for i in r.get("implies", [])]
    role, _noun = role_of(ctx, fact.subject)
    # A star of one field may well hold other awards of that field: draw from another field.
    if role == "athlete":
        cands = [r["name"] for r in rows if r["domain"] in _ENTERTAINMENT]
    else:
        cands = [r["name"] for r in rows if r["domain"] not in _ENTERTAINMENT]
    pool = clean_pool(fact.value, shuffled(cands, rng), truths=won + implied)
    return [
        make_question(
            fact,
            ctx,
            rng,
            kind="award",
            prompt=f"Which honor has {fact.subject} won?",
            key=fact.value,
            pool=pool,
            explanation=f"The article calls {fact.subject} a {fact.value} winner.",
        )
    ]
