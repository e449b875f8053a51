"""Dated events and social posts: 'In December 2021, X posted...', 'on Sunday', 'on Instagram'."""

from __future__ import annotations

import datetime as dt
import functools
import re
from random import Random
from typing import TYPE_CHECKING

from . import banks
from .build import make_question
from .clauses import predicate
from .context import Context
from .distractors import clean_pool, shuffled
from .model import Fact, Question
from .registry import extractor, generator

if TYPE_CHECKING:
    from spacy.tokens import Span

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WHEN = re.compile(
    r"\b(?:[Ii]n|[Oo]n)\s+(?:(?P<day>"
    + "|".join(_DAYS)
    + r")|(?P<month>"
    + "|".join(_MONTHS)
    + r")(?:\s+(?P<year>\d{4}))?|(?P<yonly>(?:19|20)\d{2}))\b"
    r"(?!\s+\d)"
)
_POST = re.compile(r"\b(?:posted|shared|uploaded|wrote|took to|captioned|announced|revealed)\b")


@functools.cache
def _platform_res() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each bank platform with its whole-word pattern, compiled once."""
    return tuple(
        (p, re.compile(rf"\b{re.escape(p)}\b")) for p in banks.misc("platform") if len(p) > 1
    )


def _platforms(text: str) -> list[str]:
    """Social platforms named in a sentence."""
    return [p for p, rx in _platform_res() if rx.search(text)]


@extractor("event")
def extract(ctx: Context) -> list[Fact]:
    """Date facts (with relative weekdays resolved) and platform facts for posts."""
    facts: list[Fact] = []
    drop = {p.lower() for p in banks.misc("platform")} | {d.lower() for d in _DAYS}
    drop |= {m.lower() for m in _MONTHS}
    for sent, span in ctx.sents:
        who = _doer(ctx, span)
        if len(who.split()) < 2:
            continue
        # Only a past-tense act can be dated ("shares twins" is a state, not an event), and
        # "when did X tell Starline?" asks about the interview, not about X.
        pred = (
            predicate(span, drop)
            if span.root.tag_ == "VBD"
            and (
                span.root.lower_ not in _SPEECH
                or any(c.lower_ in ("yes", "no") for c in span.root.children)  # "said yes"
            )
            else ""
        )
        if not pred:
            continue
        extra = (("predicate", pred),)
        m = _WHEN.search(sent.text)
        if m and not _on_root(span, sent.text, m.start()):
            m = None  # "…, who left the show in 2019": the date belongs to another verb
        if m and m.group("day") and ctx.published:
            back = (ctx.published.weekday() - _DAYS.index(m.group("day"))) % 7
            day = ctx.published - dt.timedelta(days=back)
            facts.append(
                Fact(
                    "date",
                    who,
                    day.isoformat(),
                    sent,
                    relation="day",
                    extra=extra,
                    support=(m.group("day"),),
                )
            )
        elif m and m.group("month"):
            value = m.group("month") + (f" {m.group('year')}" if m.group("year") else "")
            facts.append(Fact("date", who, value, sent, relation="month", extra=extra))
        elif m and m.group("yonly"):
            facts.append(Fact("date", who, m.group("yonly"), sent, relation="year", extra=extra))
        plats = _platforms(sent.text)
        # The main verb must be the posting: "welcomed a son, the couple announced on
        # Instagram" did not welcome anyone on Instagram.
        if len(plats) == 1 and (
            _POST.fullmatch(span.root.text)
            or _on_root(span, sent.text, sent.text.find(plats[0]), report=False)
        ):
            facts.append(Fact("platform", who, plats[0], sent, extra=extra))
    return facts


_KIN_HEAD = re.compile(
    r"sister|brother|mother|father|mom|dad|wife|husband|sons?|daughters?|partner|boyfriend|"
    r"girlfriend|fianc[ée]e?|co-?star|teammate|coach|manager|rep|friend"
)


def _doer(ctx: Context, span: Span) -> str:
    """Who does the main verb: the grammatical subject, resolved ('' if it is not a person)."""
    subj = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return ""
    words = span.doc[subj.left_edge.i : subj.right_edge.i + 1]
    if (
        subj.pos_ != "PROPN"
        and subj.tag_ not in ("PRP", "NNP")
        and any(c.dep_ == "poss" for c in subj.children)
        and not _KIN_HEAD.fullmatch(subj.lower_)
    ):
        return ""  # "Her post racked up likes": a thing of hers did it, not she
    who = ctx.actor(words.text)
    pron = {"he": "M", "she": "F"}.get(words.text.lower(), "")
    if pron and ctx.people.gender(who) not in (pron, ""):
        return ""  # "She …" cannot be a man the article names
    # The subject sits at the start of the sentence: resolve it in place so that a
    # possessive ("Smith's sister, Ann Smith,") or an unknown name ("Parton") is not
    # mistaken for the first person named anywhere in it.
    return who


_SPEECH = {
    "said",
    "told",
    "added",
    "explained",
    "joked",
    "recalled",
    "admitted",
    "confessed",
    "continued",
    "gushed",
    "quipped",
    "noted",
    "insisted",
    "replied",
}
# ", the couple announced" after the act: the parser may hang the act's date on it.
_REPORT = {"announced", "said", "says", "told", "revealed", "confirmed", "shared", "wrote"}


def _on_root(span: Span, text: str, offset: int, *, report: bool = True) -> bool:
    """True when the preposition at offset in the sentence modifies the main verb."""
    at = span.start_char + (len(span.text) - len(span.text.lstrip())) + offset
    tok = next((t for t in span if t.idx == at), None)
    if tok is None:
        return False
    # Walk up to the main verb; another finite verb or gerund on the way owns the date
    # ("who left the show in 2019", "earning a date with her on Wednesday").
    while tok.head != tok and tok.head != span.root:
        tok = tok.head
        if tok.tag_ in ("VB", "VBD", "VBZ", "VBP", "VBG", "MD") and not (
            report and tok.lower_ in _REPORT
        ):
            return False
    return tok.head == span.root


def _own(pred: str, gender: str) -> str:
    """'welcome their first child' asked of one person reads 'welcome her first child'."""
    word = {"F": "her", "M": "his"}.get(gender)
    return re.sub(r"\btheir\b", word, pred) if word else pred


def _long_date(iso: str) -> str:
    """'2023-08-27' -> 'August 27, 2023'."""
    d = dt.date.fromisoformat(iso)
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _date_pool(fact: Fact, ctx: Context, rng: Random) -> list[str]:
    """Dates of the same form as the key: nearby days, months or years."""
    if fact.relation == "day":
        d = dt.date.fromisoformat(fact.value)
        # Never after publication: a reader knows the event came before the article.
        ahead = (ctx.published - d).days if ctx.published else 0
        offsets = [o for o in range(-12, ahead + 1) if o]
        return [_long_date((d + dt.timedelta(days=o)).isoformat()) for o in rng.sample(offsets, 8)]
    if fact.relation == "year":
        y = int(fact.value)
        return [str(y + o) for o in rng.sample([-4, -3, -2, -1, 1, 2, 3], 6)]
    month, _, year = fact.value.partition(" ")
    idx = _MONTHS.index(month)
    out = []
    for o in rng.sample([o for o in range(-14, 15) if o], 10):
        m, y = (idx + o) % 12, (int(year) + (idx + o) // 12) if year else 0
        out.append(_MONTHS[m] + (f" {y}" if year else ""))
    return out


@generator("date", "platform")
def generate(fact: Fact, ctx: Context, rng: Random) -> list[Question]:
    """When did X <do it>? / On which platform did X <do it>?"""
    pred = fact.get("predicate")
    taken = [f.value for f in extract(ctx) if f.kind == fact.kind and f.subject == fact.subject]
    if fact.kind == "platform":
        pred = _own(pred, ctx.people.gender(fact.subject))
        pool = clean_pool(fact.value, shuffled(banks.misc("platform"), rng), truths=taken)
        return [
            make_question(
                fact,
                ctx,
                rng,
                kind="platform",
                prompt=f"On which platform did {fact.subject} {pred}?",
                key=fact.value,
                pool=pool,
                explanation=f"{fact.subject} did it on {fact.value}.",
            )
        ]
    key = _long_date(fact.value) if fact.relation == "day" else fact.value
    pred = _own(pred, ctx.people.gender(fact.subject))
    ask = {
        "day": "On what date",
        "year": "In which year",
        "month": "In which month and year" if " " in fact.value else "In which month",
    }
    pool = clean_pool(key, _date_pool(fact, ctx, rng), truths=[k for k in taken if k != fact.value])
    expl = f"{fact.subject} did it on {key}" if fact.relation == "day" else f"It was {key}"
    if fact.support:
        expl += f" (the {fact.support[0]} before the {ctx.article.published} publication date)"
    return [
        make_question(
            fact,
            ctx,
            rng,
            kind="date",
            prompt=f"{ask[fact.relation]} did {fact.subject} {pred}?",
            key=key,
            pool=pool,
            explanation=expl + ".",
            bump=1 if fact.support else 0,
        )
    ]
