"""How old someone was, always anchored in time: an age changes, so 'How old is X?' is wrong
a year later. The anchor is the event (died, turned) or the month the story ran."""

from __future__ import annotations

from ..distractors import Spec
from ..facts.counts import lede_event
from ..model import Fact, Question
from . import generator
from .base import Asker, draft
from .wording import anchor, display, engaged_to, main_event, month_year, ordinal, pronoun

# The story's news an age as it ran holds at. A birth is left out: the story may run months
# after it, and the age is the one at the story's time.
_NEWS = ("split", "retirement", "announcement")


def _relation(fact: Fact, asker: Asker) -> str:
    """'child' when the person is someone's child and still a minor (options under 18); a
    grown son's options are adult ages, like anyone's."""
    n = fact.value.split()[0]
    if not n.isdecimal() or (fact.get("unit", "year") == "year" and int(n) >= 18):
        return ""
    for f in asker.findings.facts:
        if f.kind == "child" and f.value == fact.subject:
            return "child"
    return ""


def _when(fact: Fact, asker: Asker) -> str:
    """When the age held: its clause's own date, else the publication month, else nothing (a
    past age, "when they were both 22", is anchored by its event or not asked)."""
    if fact.get("when"):
        return fact.get("when")
    if fact.get("anchor") == "event":
        return ""
    if fact.get("anchor") in ("published", "current"):
        return month_year(asker.findings.reading.story_date)
    return anchor(fact, asker.findings)


@generator("age")
def ask_age(fact: Fact, asker: Asker) -> list[Question]:
    """'How old was Ray Okafor's son Theo in August 2023?', 'How old was X when she died?'."""
    who = display(fact.subject, asker.findings)
    person = asker.findings.cast.person(fact.subject)
    if (
        fact.subject != asker.main
        and who == fact.subject
        and not (person and person.famous)
        and len(fact.subject.split()) < 2
    ):
        return []  # "How old was Grace?": a fan cannot tell who Grace is
    unit = fact.get("unit", "year")
    event = fact.get("event")
    sex = asker.findings.cast.sex(fact.subject)
    when = _when(fact, asker)
    if fact.get("anchor") == "current" and not when:
        return []  # an age as the story ran, in a story with no date: it cannot be placed
    relation = _relation(fact, asker)
    spec = Spec("age", fact.value, unit=unit, relation=relation, subject=fact.subject)
    n = fact.value.split()[0]
    also: tuple[str, ...] = ()
    if event == "death":
        prompt = f"How old was {who} when {pronoun(sex)} died?"
        explanation = f"{who} died at the age of {n}."
    elif event == "birthday" and when and unit == "year":
        birthday = ordinal(int(n))
        out = draft(
            fact, asker, kind="age",
            prompt=f"Which birthday did {who} celebrate in {when}?",
            spec=Spec("ordinal", birthday, subject=fact.subject),
            explanation=f"{who} turned {n} in {when}.",
        )  # fmt: skip
        return [out] if out else []
    elif when:
        # The star's age as the story ran is worth asking at the story's own news ("when he
        # confirmed his marriage in July 2019"); a bare month reads as an arbitrary date.
        news = (
            lede_event(asker.findings, fact.subject, kinds=_NEWS, dated=True)
            if fact.subject == asker.main and fact.get("anchor") in ("published", "current")
            else ""
        )
        at = f"{news} in {when}" if news else f"in {when}"
        prompt = f"How old was {who} {at}?"
        explanation = f"{who} was {fact.value}{' old' if unit != 'year' else ''} {at}."
        # The bare month stands in when the news names another question's answer.
        also = (f"How old was {who} in {when}?",) if news else ()
    else:
        # No date: anchor to what the person did in the same sentence, or the story's event.
        own = fact.get("clause")
        when_clause = (
            f"when {pronoun(sex)} {own}" if own else main_event(asker.findings, fact.subject)
        )
        if fact.get("at"):
            when_clause = f"when {fact.get('at')}"  # "when her father died": a relative's event
        if (
            not when_clause
            and fact.subject == asker.main
            and fact.get("anchor") in ("published", "current")
        ):
            # An age given as the story ran holds at the story's own event ("when he
            # announced his retirement"), the one time an undated article fixes.
            # A birth is left out: the story may run months after it, the age is today's.
            when_clause = lede_event(asker.findings, fact.subject, kinds=_NEWS)
        if not when_clause:
            return []  # nothing to anchor the age to: the answer would drift
        when_clause = engaged_to(when_clause, fact.subject, asker.findings)
        prompt = f"How old was {who} {when_clause}?"
        explanation = f"{who} was {fact.value}{' old' if unit != 'year' else ''} {when_clause}."
    out = draft(
        fact, asker, kind="age", prompt=prompt, spec=spec, explanation=explanation, also=also,
        bump=_beside(fact, asker),
    )  # fmt: skip
    return [out] if out else []


def _beside(fact: Fact, asker: Asker) -> float:
    """Less news value for the age of the star's spouse or partner than for the star's own:
    the couple's wedding day or city is the story before the partner's age is."""
    partners = asker.truths({"spouse", "partner"}, asker.main)
    return 0.8 if fact.subject != asker.main and fact.subject in partners else 1.0
