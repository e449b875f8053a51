"""Screen roles: 'Ann Bee, who plays Detective Tom Hale in "Harrow Bay"' -> who does she play?"""

from __future__ import annotations

import re
from random import Random

from . import banks
from .build import make_question
from .context import Context
from .distractors import clean_pool, shuffled
from .model import Fact, Question
from .people import ROLE_NOUN
from .registry import extractor, generator
from .textutil import NAME, strip_title

_TITLES = (
    r"(?:Detective|Det\.|Sergeant|Sgt\.|Officer|Agent|Captain|Capt\.|Dr\.|Doctor|Nurse|"
    r"Professor|Judge|Lieutenant|Chief|King|Queen|Prince|Princess|Lady|Lord|Sir|Aunt|Uncle|"
    r"Coach|Mayor|Father|Sister)"
)
_CHAR = r"(?P<char>(?:" + _TITLES + r"\s+)?" + NAME + ")"
_PLAYS = r"(?:plays|played|portrays|portrayed|stars\s+as|starred\s+as)"
_ROLE = re.compile(
    r"(?P<who>" + NAME + r"|\b[Tt]he\s+(?:[\w-]+\s+){0,3}?" + ROLE_NOUN + r")"
    r"(?:,\s*\d{1,3},)?,?\s+(?:who\s+)?"
    + _PLAYS
    + r"\s+"
    + _CHAR
    + r"\s+(?:in|on)\s+(?:the\s+(?:[\w-]+\s+){0,3}?(?=[“\"]))?(?P<work>[“\"][^”\"]{1,60}[”\"]|"
    + r"(?:The\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,4})"
)
_ANY_CHAR = re.compile(r"\b" + _PLAYS + r"\s+" + _CHAR)


@extractor("role")
def extract(ctx: Context) -> list[Fact]:
    """Who plays which character in which show or film."""
    facts: list[Fact] = []
    for sent, _span in ctx.sents:
        for m in _ROLE.finditer(sent.text):
            raw = m.group("who")
            who = ctx.actor(raw) if re.match(r"[Tt]he\s", raw) else ctx.people.resolve(raw)
            char = m.group("char").strip()
            work = strip_title(m.group("work"))
            if len(who.split()) < 2 or len(char.split()) < 2 or ctx.people.resolve(char) == who:
                continue
            facts.append(Fact("role", who, char, sent, extra=(("work", work),)))
    return facts


def _characters(ctx: Context) -> list[str]:
    """Every character the article says someone plays."""
    return [m.group("char") for s, _ in ctx.sents for m in _ANY_CHAR.finditer(s.text)]


@generator("role")
def generate(fact: Fact, ctx: Context, rng: Random) -> list[Question]:
    """Who does X play in "Work"? Wrong options: other characters, then made-up names."""
    key, work = fact.value, fact.get("work")
    title = re.match(_TITLES + r"\s+", key)
    prefix = title.group(0) if title else ""
    gender = ctx.people.gender(fact.subject)
    hints = banks.misc("gender_hints")
    firsts = shuffled(hints.get(gender) or hints["F"] + hints["M"], rng)
    surnames = shuffled(banks.misc("surnames"), rng)
    taken = {w for n in ctx.people.full for w in n.split()} | set(key.split())
    made = [
        f"{prefix}{f} {s}"
        for f, s in zip(firsts, surnames, strict=False)
        if f not in taken and s not in taken
    ]
    others = [c for c in _characters(ctx) if c != key and (not prefix or c.startswith(prefix))]
    pool = clean_pool(key, others + made, truths=[key], evidence=fact.evidence.text)
    return [
        make_question(
            fact,
            ctx,
            rng,
            kind="role",
            prompt=f"Who does {fact.subject} play in “{work}”?",
            key=key,
            pool=pool,
            explanation=f"{fact.subject} plays {key} in {work}.",
        )
    ]
