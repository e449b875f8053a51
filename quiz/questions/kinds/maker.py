"""Who made the star's thing or a work: 'Who officiated Dana Pike's wedding?', 'Who designed
Ana Lisle's ring?', 'Who created “Lucky Spin”?'."""

from __future__ import annotations

from ..distractors import Spec
from ..model import Fact, Question
from ..textutil import possessive
from . import generator
from .base import Asker, draft


@generator("maker")
def ask_maker(fact: Fact, asker: Asker) -> list[Question]:
    """The maker as the answer; the options are people as famous as the maker (the bank's
    stars for a star, made-up names for someone nobody knows)."""
    thing, done = fact.get("thing"), fact.get("done")
    if fact.get("work") == "yes":
        prompt = f"Who {done} the {thing} “{fact.subject}”?"
    else:
        prompt = f"Who {done} {possessive(fact.subject)} {thing}?"
    cast = asker.findings.cast
    person = cast.person(fact.value)
    spec = Spec(
        "person",
        fact.value,
        sex=cast.sex(fact.value),
        field=person.field if person else "",
        subject=fact.subject,
        avoid=frozenset({fact.subject} | asker.relatives(fact.subject)),
        famous=bool(person and person.famous),
    )
    q = draft(
        fact,
        asker,
        kind="maker",
        prompt=prompt,
        spec=spec,
        explanation=f"{fact.value} {done} {possessive(fact.subject)} {thing}.",
    )  # no peers from the article: its other people are the couple, the guests, the suitors
    return [q] if q else []
