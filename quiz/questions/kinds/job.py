"""What the star's partner does for a living: 'In March 2021, what was Reese Vance's husband's
job?' -> 'Talent agent'; a former job is asked as one ('What was X's fiancé's former job?')."""

from __future__ import annotations

import re

from ..distractors import Spec
from ..facts import lexicon
from ..model import Fact, Question
from ..textutil import possessive
from . import generator
from .base import Asker, draft
from .wording import anchor, capitalise

_TIES = {
    ("spouse", "F"): "wife", ("spouse", "M"): "husband",
    ("engaged", "F"): "fiancée", ("engaged", "M"): "fiancé",
    ("partner", "F"): "girlfriend", ("partner", "M"): "boyfriend",
}  # fmt: skip


def _tie(fact: Fact, asker: Asker) -> str:
    """How the person is tied to the star ('husband', 'fiancée'), '' if they are not."""
    sex = asker.findings.cast.sex(fact.subject)
    found = set()
    for f in asker.findings.facts:
        pair = f.subject.split(" and ")
        if f.kind == "date" and f.relation == "wedding" and {asker.main, fact.subject} <= set(pair):
            found.add("spouse")  # "Ada Brook and Tom Vale exchanged vows"
        if f.subject != asker.main or f.value != fact.subject:
            continue
        if f.kind == "spouse":
            found.add("spouse")
        elif f.kind == "partner" and f.get("status") == "engaged":
            found.add("engaged")
        elif f.kind == "partner" and f.get("status") in ("", "dating"):
            found.add("partner")
    # The closest tie names them: a fiancé the story marries is her husband.
    tie = next((t for t in ("spouse", "engaged", "partner") if t in found), "")
    return _TIES.get((tie, sex), "") if tie else ""


_WED = re.compile(r"\b(?:marr(?:y|ies|ied)|weds?|tied the knot|exchanged vows)\b", re.I)


@generator("job")
def ask_job(fact: Fact, asker: Asker) -> list[Question]:
    """The job of the star's spouse or partner, anchored in time unless it was a former job."""
    tie = _tie(fact, asker)
    if not tie:
        return []  # a side figure's job is side trivia
    if tie.startswith("fianc") and _WED.search(asker.lede_text()):
        return []  # engaged, then married in the story: "fiancé" would be out of date
    who = f"{possessive(asker.main)} {tie}"
    if fact.relation == "former":
        prompt = f"What was {possessive(who)} former job?"
    else:
        when = anchor(fact, asker.findings)
        if not when:
            return []  # a job changes: "what does he do" needs a time
        prompt = f"In {when}, what was {possessive(who)} job?"
    key = capitalise(fact.value)
    true_here = {f.value.lower() for f in asker.findings.facts if f.kind == "job"}
    pool = [
        capitalise(o)
        for o in lexicon.data()["job_options"]
        if o.lower() not in true_here and o.split()[-1] != fact.value.split()[-1]
    ]
    q = draft(
        fact,
        asker,
        kind="job",
        prompt=prompt,
        spec=Spec("phrase", key, subject=fact.subject),
        explanation=f"{fact.subject} was {'formerly ' if fact.relation == 'former' else ''}"
        f"a {fact.value}.",
        pool=pool,
        bump=0.8,
    )
    return [q] if q else []
