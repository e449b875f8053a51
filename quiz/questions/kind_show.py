"""TV appearances: 'appeared on The Late Show and told host Ann Bee', 'Tonight Show host Bo Cee'."""

from __future__ import annotations

import re
from random import Random

from . import banks
from .build import make_question
from .context import Context
from .distractors import clean_pool, numbers, shuffled
from .model import Fact, Question
from .registry import extractor, generator
from .textutil import NAME, NUMBER, is_variant, strip_title, to_int

_TW = r"[A-Z][\w'’!&.-]*"  # a title word
_SHOW = r"(?P<show>(?:The\s+)?" + _TW + r"(?:\s+(?:(?:of|the|and|with|&)\s+)?" + _TW + r"){0,6})"
_HOST = r"(?P<host>" + NAME + ")"
_VISIT = r"(?:appeared|appearing|appears|appear|stopped by|sat down|guested|performed|visited)"
_PATTERNS = (
    re.compile(_VISIT + r"\s+(?:on|at|with)\s+" + _SHOW + r"\b[^.]{0,80}?\bhosts?,?\s+" + _HOST),
    re.compile(_VISIT + r"\s+(?:on|at)\s+" + _SHOW + r",?\s+(?:hosted by|with host)\s+" + _HOST),
    re.compile(r"\b(?:told|telling|tells|joined)\s+" + _SHOW + r"\s+host\s+" + _HOST),
    re.compile(_HOST + r",\s+(?:the\s+)?host\s+of\s+" + _SHOW),
)
_MONTH = re.compile(
    r"^(?:In|On|Last|This)\s+((?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)(?:\s+\d{4})?),"
)


@extractor("show")
def extract(ctx: Context) -> list[Fact]:
    """A guest's TV appearance with the show and its host."""
    facts: list[Fact] = []
    for sent, _span in ctx.sents:
        for rx in _PATTERNS:
            for m in rx.finditer(sent.text):
                show = m.group("show").strip().rstrip(".,")
                host = ctx.people.resolve(m.group("host")) or m.group("host")
                guest = ctx.actor(sent.text)
                if guest and host and guest != host and len(host.split()) > 1 and show:
                    when = _MONTH.match(sent.text)
                    facts.append(
                        Fact(
                            "show",
                            guest,
                            show,
                            sent,
                            extra=(("host", host), ("when", when.group(1) if when else "")),
                        )
                    )
    return facts


@generator("show")
def generate(fact: Fact, ctx: Context, rng: Random) -> list[Question]:
    """Two questions from one appearance: which show, and which host."""
    guest, show, host = fact.subject, fact.value, fact.get("host")
    if len(guest.split()) < 2:
        return []
    when = f" in {fact.get('when')}" if fact.get("when") else ""
    hosts = banks.people("host")
    same_show = [h["name"] for h in hosts if is_variant(h["show"], show)]
    shows = [h["show"] for h in hosts if not is_variant(h["name"], host)]
    show_pool = clean_pool(
        show,
        shuffled(shows, rng),
        evidence=fact.evidence.text,
        truths=[f.value for f in extract(ctx) if f.subject == guest],
    )
    host_pool = clean_pool(
        host,
        shuffled([h["name"] for h in hosts], rng),
        truths=same_show + [f.get("host") for f in extract(ctx)],
        evidence=fact.evidence.text,
    )
    show_q = make_question(
        fact,
        ctx,
        rng,
        kind="show",
        prompt=f"Which show did {guest} appear on?",
        key=show,
        pool=show_pool,
        explanation=f"{guest} appeared on {show}, hosted by {host}.",
    )
    host_fact = Fact("host", guest, host, fact.evidence, extra=fact.extra)
    host_q = make_question(
        host_fact,
        ctx,
        rng,
        kind="host",
        prompt=f"Who was the host {guest} talked to on {show}?",
        key=host,
        pool=host_pool,
        explanation=f"{host} hosts {show}; {guest} appeared{when}.",
    )
    return [show_q, host_q]


_SEASON = re.compile(
    r"\b(?P<verb>won|starred\s+on|appeared\s+on|competed\s+on|was\s+a\s+contestant\s+on|"
    r"was\s+eliminated\s+from|finished\s+second\s+on|was\s+the\s+runner-up\s+on)\s+season\s+"
    r"(?P<n>\d{1,2}|" + NUMBER + r")\s+of\s+(?P<show>[“\"][^”\"]{1,60}[”\"]|"
    r"(?:The\s+)?[A-Z][\w'’!&.-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w'’!&.-]*){0,5})"
)
_SEASON_ASK = {
    "won": "Which season of {show} did {who} win?",
    "starred on": "On which season of {show} did {who} star?",
    "appeared on": "On which season of {show} did {who} appear?",
    "competed on": "On which season of {show} did {who} compete?",
    "was a contestant on": "On which season of {show} was {who} a contestant?",
    "was eliminated from": "Which season of {show} was {who} eliminated from?",
    "finished second on": "On which season of {show} did {who} finish second?",
    "was the runner-up on": "On which season of {show} was {who} the runner-up?",
}


@extractor("season")
def extract_seasons(ctx: Context) -> list[Fact]:
    """'X won season 4 of The Voice': the season a contestant won or appeared on."""
    facts: list[Fact] = []
    for sent, _span in ctx.sents:
        for m in _SEASON.finditer(sent.text):
            who = ctx.actor(sent.text[: m.start()] or sent.text)
            n = to_int(m.group("n"))
            verb = " ".join(m.group("verb").split())
            if len(who.split()) > 1 and n and 0 < n < 60:
                show = strip_title(m.group("show"))
                facts.append(
                    Fact(
                        "season",
                        who,
                        str(n),
                        sent,
                        relation=verb,
                        extra=(("show", show),),
                        support=(m.group(0),),
                    )
                )
    return facts


@generator("season")
def generate_season(fact: Fact, ctx: Context, rng: Random) -> list[Question]:
    """Which season of <show> did X win? Options: nearby season numbers."""
    n, show = int(fact.value), fact.get("show")
    taken = {f.value for f in extract_seasons(ctx) if f.get("show") == show}
    near = [k for k in numbers(n, rng, lo=1, hi=max(n + 6, 10), spread=5) if k not in taken]
    key = f"Season {n}"
    pool = clean_pool(key, [f"Season {k}" for k in near])
    return [
        make_question(
            fact,
            ctx,
            rng,
            kind="season",
            prompt=_SEASON_ASK[fact.relation].format(show=show, who=fact.subject),
            key=key,
            pool=pool,
            explanation=f"{fact.subject} {fact.relation} season {n} of {show}.",
        )
    ]
