"""Numbers: how many children, how long married, how many followers/likes/views."""

from __future__ import annotations

import re
from random import Random

from . import banks
from .build import make_question
from .context import Context
from .distractors import clean_pool, numbers
from .model import Fact, Question
from .registry import extractor, generator
from .textutil import NAME, NUMBER, possessive, to_int

_SCALE = r"(?:\s+(?P<scale>million|billion|thousand))?"
_COUNT = re.compile(
    r"(?:(?P<owner>" + NAME + r")\s+(?:has|had|boasts)\s+(?:more than\s+|over\s+)?)?"
    r"(?P<n>\d+(?:\.\d+)?|"
    + NUMBER
    + r")"
    + _SCALE
    + r"\s+(?P<what>followers|subscribers|likes|views|streams)\b"
)


_SCORED = re.compile(
    r"\bscored\s+(?:a\s+(?:career|season|game|playoff|franchise)[- ]high\s+)?(?P<n>\d{1,3})\s+"
    r"(?P<what>points|goals|touchdowns|runs|rebounds|assists)\b"
    # Without the game it was in, "how many points did X score" has no one answer.
    r"(?P<ctx>\s+(?:in|against|during)\s+(?:a|an|the|his|her|their)\s+[^,.;]{3,60})"
)


_GAME = re.compile(
    r"\b(?:win|loss|game|victory|defeat|match|final|opener|rout|upset|Game\s+\d)\b", re.I
)


@extractor("number")
def extract(ctx: Context) -> list[Fact]:
    """Follower, like and view counts with who or what they belong to; points scored."""
    facts: list[Fact] = []
    for sent, _span in ctx.sents:
        for m in _SCORED.finditer(sent.text):
            who = ctx.actor(sent.text[: m.start()] or sent.text)
            game = re.sub(r"^\s+(in|against|during)\s+(?:a|an)\s+", r"\1 the ", m.group("ctx"))
            if len(who.split()) > 1 and _GAME.search(game):
                facts.append(
                    Fact(
                        "number",
                        who,
                        m.group("n"),
                        sent,
                        relation="scored",
                        unit=m.group("what"),
                        extra=(("game", game.strip()),),
                    )
                )
        for m in _COUNT.finditer(sent.text):
            who = ctx.people.resolve(m.group("owner")) if m.group("owner") else ctx.actor(sent.text)
            if len(who.split()) < 2:
                continue
            value = m.group("n") + (f" {m.group('scale')}" if m.group("scale") else "")
            facts.append(
                Fact("number", who, value, sent, relation=m.group("what"), unit=m.group("what"))
            )
    return facts


def _scaled(value: str, rng: Random) -> list[str]:
    """Wrong counts of the same magnitude and form ('2.5 million' -> '1.2 million'...)."""
    num, _, scale = value.partition(" ")
    base = float(num.replace(",", ""))
    # Mostly larger: "0.2 million" reads oddly, and halves still look plausible.
    factors = rng.sample([0.5, 1.5, 2, 2.5, 3, 4], 6)
    out = []
    for f in factors:
        v = base * f
        text = f"{v:.1f}".rstrip("0").rstrip(".") if v < 100 else f"{round(v, -1):,.0f}"
        out.append(f"{text} {scale}".strip())
    return out


def _years_pool(fact: Fact, rng: Random) -> list[str]:
    """Same qualifier, other numbers of years ('Nearly 10 years' -> 'Nearly 6 years')."""
    m = re.match(r"^(?P<pre>.*?)(?P<n>" + NUMBER + r")\s+years?$", fact.value, re.I)
    if not m or to_int(m.group("n")) is None:
        return []
    n = to_int(m.group("n")) or 0
    return [
        f"{m.group('pre')}{k} years"
        for k in numbers(n, rng, lo=2, hi=60, spread=8)
        if abs(int(k) - n) >= 2
    ]


@generator("number")
def generate(fact: Fact, ctx: Context, rng: Random) -> list[Question]:
    """How many children / how long married / how many followers?"""
    who = fact.subject
    if len(who.split()) < 2:
        return []
    if fact.relation == "children":
        key = str(to_int(fact.value))
        partner = next(
            (
                f.value
                for f in ctx.cache.get("facts", ())
                if f.kind == "spouse" and f.subject == who and f.evidence == fact.evidence
            ),
            "",
        )
        prompt = (
            f"How many children does {who} share with {partner}?"
            if partner
            else f"How many children does {who} have?"
        )
        pool = clean_pool(key, numbers(int(key), rng, lo=1, hi=12, spread=3))
        expl = f"{who} has {key} children" + (
            f": {', '.join(fact.support)}." if fact.support else "."
        )
    elif fact.relation == "scored":
        key, n = fact.value, int(fact.value)
        prompt = f"How many {fact.unit} did {who} score {fact.get('game')}?"
        in_evidence = set(re.findall(r"\d+", fact.evidence.text))
        near = numbers(n, rng, lo=max(0, n - 20), hi=n + 20, spread=max(3, n // 3))
        pool = clean_pool(key, [k for k in near if k not in in_evidence and abs(int(k) - n) > 1])
        expl = f"{who} scored {key} {fact.unit}."
    elif fact.relation == "awards won":
        key = fact.value
        prompt = f"How many {fact.unit}s has {who} won?"
        n = int(key)
        pool = clean_pool(key, numbers(n, rng, lo=2, hi=max(12, n * 2), spread=max(3, n // 2)))
        expl = f"{who} has won {key} {fact.unit}s."
    elif fact.relation == "years married":
        partner = fact.get("partner")
        key = fact.value
        prompt = f"How long have {who} and {partner} been married?"
        pool = clean_pool(key, _years_pool(fact, rng))
        expl = f"{who} and {partner} have been married {key.lower()}."
    else:
        key = fact.value
        noun = re.search(
            r"\b(video|post|photo|clip|reel|song|track|announcement)\b", fact.evidence.text
        )
        if fact.relation in ("followers", "subscribers"):
            # "1.2 million followers on TikTok": a count belongs to one platform.
            where = [
                p
                for p in banks.misc("platform")
                if len(p) > 1 and re.search(rf"\b{re.escape(p)}\b", fact.evidence.text)
            ]
            place = f"{where[0]} " if len(where) == 1 else ""
            prompt = f"How many {place}{fact.relation} does {who} have?"
        elif noun:
            prompt = f"How many {fact.relation} did {possessive(who)} {noun.group(1)} get?"
        else:
            return []
        pool = clean_pool(key, _scaled(key, rng))
        expl = f"The article gives {key} {fact.relation}."
    return [
        make_question(
            fact, ctx, rng, kind="number", prompt=prompt, key=key, pool=pool, explanation=expl
        )
    ]
