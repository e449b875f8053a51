"""TV appearances: 'appeared on The Late Show and told host Ann Bee', 'Tonight Show host Bo Cee'."""

from __future__ import annotations

import re
from random import Random

from . import banks
from .build import make_question
from .context import Context
from .distractors import clean_pool, shuffled
from .model import Fact, Question
from .registry import extractor, generator
from .textutil import NAME, is_variant

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
