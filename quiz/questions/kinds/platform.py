"""Which platform a star's show or video debuted on (never where a post went up)."""

from __future__ import annotations

from ..distractors import Spec
from ..distractors.banks import bank, lookup
from ..model import Fact, Question
from . import generator
from .base import Asker, draft

PLATFORM_KINDS = ("social", "video")


@generator("platform")
def ask_platform(fact: Fact, asker: Asker) -> list[Question]:
    """'On which platform did Ray Okafor debut his cooking series?'; never where a post went
    up: which app a post was on is the rubric's own example of a question not worth asking."""
    if fact.get("post") == "yes":
        return []
    # Options that existed when the story ran ("a platform that did not exist in the article's
    # year" would be an easy cross-out), of the kinds people post on.
    published = asker.findings.reading.published
    year = published.year if published else 9999
    truths = asker.truths({"platform"}, fact.subject)
    own = lookup("platforms", fact.value) or {}
    pool = [
        str(p["name"])
        for p in bank("platforms")
        if p.get("kind") in PLATFORM_KINDS
        and int(p.get("launched") or 0) <= year
        and p["name"] not in truths
        # Where stars post: a jobs site, a faded or a fringe one beside Instagram is a giveaway.
        and (not p.get("niche") or own.get("niche"))
    ]
    rng = asker.rng(fact, "platform")
    rng.shuffle(pool)
    # Of the key's kind when enough are (photos are shared on social apps, not on Twitch).
    alike = [n for n in pool if (lookup("platforms", n) or {}).get("kind") == own.get("kind")]
    pool = alike if len(alike) >= 4 else pool
    spec = Spec(
        "platform", fact.value, subject=fact.subject, avoid=frozenset(truths - {fact.value})
    )
    prompt = f"On which platform did {fact.subject} {fact.get('clause')}?"
    q = draft(
        fact,
        asker,
        kind="platform",
        prompt=prompt,
        spec=spec,
        explanation=f"{fact.subject} posted it on {fact.value}.",
        pool=pool,
    )
    return [q] if q else []
