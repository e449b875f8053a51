"""Ages: 'Jane Doe, 44,', "Max's 5-year-old son Leo", 'Leo, 10 weeks', 'both 68', 'turned 40'."""

from __future__ import annotations

import re
from random import Random

from .build import make_question
from .context import Context
from .distractors import clean_pool, numbers
from .kind_family import describe
from .model import Fact, Question
from .people import ROLE_NOUN
from .registry import extractor, generator
from .textutil import NAME, NUMBER, to_int

_UNIT = r"(year|month|week|day)s?"
_HYPHEN = re.compile(
    r"(?:(?P<owner>"
    + NAME
    + r")(?:[’']s|(?<=s[’']))\s+)?(?P<n>"
    + NUMBER
    + r")-"
    + _UNIT
    + r"-old\s+(?:(?:son|daughter|baby|boy|girl|brother|sister|child)\s+|"
    + r"(?:[a-z&-]+\s+){0,2}?"
    + ROLE_NOUN
    + r"\s+(?=[A-Z]))?(?P<name>"
    + NAME
    + ")?"
)
_APPOSITIVE = re.compile(
    r"(?P<name>"
    + NAME
    + r"|\b(?:[Tt]he|[Tt]his)\s+(?:[\"“][^\"”]{1,60}[\"”]\s+|[\w-]+\s+){0,3}?"
    + ROLE_NOUN
    + r"),\s+(?P<n>"
    + NUMBER
    + r")(?:\s+"
    + _UNIT
    + r"(?:\s+old)?)?"
    r"(?=\s*(?:,|\.|;|\)|\s+and\b|\s+with\b|$))"
)
_PAREN = re.compile(r"(?P<name>" + NAME + r")\s+\((?P<n>\d{1,3})\)")
_BOTH = re.compile(
    r"(?P<a>" + NAME + r")\s+and\s+(?P<b>" + NAME + r"),\s+both\s+(?P<n>" + NUMBER + r")\b"
)
_VERB = re.compile(
    r"(?P<name>"
    + NAME
    + r"),?\s+(?:who\s+)?(?:is|turned|turns|was)\s+(?P<n>"
    + NUMBER
    + r")(?:\s+years\s+old)?(?=\s*(?:[,.;]|\s+(?:on|in|this|last)\b))"
)
_RANGES = {"year": (0, 110, 6), "month": (1, 11, 5), "week": (1, 16, 6), "day": (1, 30, 7)}


def _who(ctx: Context, raw: str | None, sentence: str) -> str:
    """Canonical person for a matched name or role descriptor ('the singer' -> subject)."""
    if not raw:
        return ""
    if re.match(r"(?:the|this)\s", raw, re.I):
        return ctx.actor(sentence)
    return ctx.people.resolve(raw)


@extractor("age")
def extract(ctx: Context) -> list[Fact]:
    """Read every stated age with its unit."""
    facts: list[Fact] = []
    for sent, _span in ctx.sents:
        text = sent.text
        found: list[tuple[str, int, str]] = []
        for m in _HYPHEN.finditer(text):
            if m.group("name"):
                who = _who(ctx, m.group("name"), text)
            elif re.search(r"\b[Tt]he\s$", text[: m.start()]) and re.match(
                r"\s*" + ROLE_NOUN, text[m.end() :]
            ):
                who = ctx.actor(text)  # "the 44-year-old singer"
            else:
                continue  # "a 10-year-old fan": an age of someone unnamed
            found.append((who, to_int(m.group("n")) or -1, m.group(3).lower()))
        for rx in (_APPOSITIVE, _PAREN, _VERB):
            for m in rx.finditer(text):
                unit = (m.group(3) or "year").lower() if rx is _APPOSITIVE else "year"
                found.append((_who(ctx, m.group("name"), text), to_int(m.group("n")) or -1, unit))
        for m in _BOTH.finditer(text):
            for g in ("a", "b"):
                found.append((ctx.people.resolve(m.group(g)), to_int(m.group("n")) or -1, "year"))
        for who, n, unit in found:
            if who and 0 < n <= _RANGES[unit][1] * (1 if unit == "year" else 3):
                facts.append(Fact("age", who, str(n), sent, unit=unit))
    # Two different ages for one person means one was misattributed ("The rapper, 30, and the
    # model, 27" both read as the subject): drop that person's ages rather than guess.
    ages: dict[tuple[str, str], set[str]] = {}
    for f in facts:
        ages.setdefault((f.subject, f.unit), set()).add(f.value)
    return [f for f in facts if len(ages[(f.subject, f.unit)]) == 1]


def _label(n: str, unit: str) -> str:
    """How an age option reads: bare years, otherwise with its unit."""
    if unit == "year":
        return n
    return f"{n} {unit}" + ("" if n == "1" else "s")


@generator("age")
def generate(fact: Fact, ctx: Context, rng: Random) -> list[Question]:
    """How old is <person>? with ages of the same unit, plausible for the person."""
    who = describe(fact.subject, ctx)
    if not who:
        return []
    key_n = int(fact.value)
    lo, hi, spread = _RANGES[fact.unit]
    if fact.unit == "year":
        lo, hi = (1, 17) if key_n < 18 else (18, 100)
        spread = 4 if key_n < 18 else 9
    in_evidence = set(re.findall(r"\d+", fact.evidence.text))
    cands = [
        n
        for n in numbers(key_n, rng, lo=lo, hi=hi, spread=spread)
        if n not in in_evidence and (key_n < 18 or abs(int(n) - key_n) >= 2)
    ]
    key = _label(fact.value, fact.unit)
    pool = clean_pool(key, [_label(n, fact.unit) for n in cands])
    unit_word = f" {fact.unit}s old" if fact.unit != "year" else " years old"
    return [
        make_question(
            fact,
            ctx,
            rng,
            kind="age",
            prompt=f"How old is {who}?",
            key=key,
            pool=pool,
            explanation=f"{who[0].upper() + who[1:]} is {fact.value}{unit_word}, the article says.",
        )
    ]
