"""Measures of a newborn: 'born weighing 7 pounds, 2 ounces', 'who weighed 7lb 1oz'.

A weight is asked only of a baby the family rules already know (a child the sentence or the
article's birth names), and only from a sentence about the birth, so that "How much did X
weigh at birth?" is what the article says.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from spacy.matcher import Matcher

from .base import Findings, rule, who

if TYPE_CHECKING:
    from .reading import SentenceView

_POUNDS = r"^(?i:pounds?|lbs?\.?)$"
_OUNCES = r"^(?i:ounces?|oz\.?)$"
# "7 pounds, 2 ounces", "7lb 1oz" (split "7", "lb", "1", "oz"), "6lbs 14oz" ("6lbs" whole).
_PATTERNS: list[list[dict[str, Any]]] = [
    [
        {"LIKE_NUM": True},
        {"TEXT": {"REGEX": _POUNDS}},
        {"TEXT": {"IN": [",", "and"]}, "OP": "?"},
        {"LIKE_NUM": True},
        {"TEXT": {"REGEX": _OUNCES}},
    ],
    [
        {"TEXT": {"REGEX": r"^\d{1,2}(?i:lbs?)$"}},
        {"TEXT": {"IN": [",", "and"]}, "OP": "?"},
        {"LIKE_NUM": True},
        {"TEXT": {"REGEX": _OUNCES}},
    ],
]
_BIRTH_WORDS = frozenset({"born", "weighed", "weighing", "weighs", "arrived", "welcomed"})


@cache
def _matcher(vocab: object) -> Matcher:
    """One Matcher per vocabulary (the pipeline's, loaded once)."""
    m = Matcher(vocab)  # type: ignore[arg-type]
    m.add("BIRTH_WEIGHT", _PATTERNS)
    return m


def _baby(f: Findings, view: SentenceView, start: int) -> str:
    """The newborn a weight belongs to: the one child the sentence names, else the one the
    article says was born when the sentence names no one else ('' if unclear)."""
    here = {
        x.value
        for x in f.facts
        if x.kind == "child" and x.evidence.index == view.index and x.relation != "stepchild"
    }
    if len(here) == 1:
        return here.pop()
    if here:
        return ""
    named = {who(f, view, t) for t in view.tokens if t.i < start and who(f, view, t)}
    born = {x.value for x in f.facts if x.kind == "child" and x.get("event") == "birth"}
    # The parents may be named ("X and husband Y welcomed their second child, who weighed ...").
    parents = {x.subject for x in f.facts if x.kind == "child" and x.value in born}
    parents |= {
        x.value for x in f.facts if x.kind in ("spouse", "partner") and x.subject in parents
    }
    if len(born) == 1 and named <= born | parents | {f.cast.main}:
        return born.pop()
    return ""


@rule
def birth_weights(f: Findings) -> None:
    """'Wyatt was born weighing 7 pounds, 2 ounces': how much the baby weighed at birth."""
    for view in f.sentences():
        words = {t.text.lower() for t in view.tokens}
        if not words & _BIRTH_WORDS:
            continue
        span = view.span
        for _id, start, end in _matcher(span.doc.vocab)(span):
            toks = list(span.doc[span.start + start : span.start + end])
            if any(view.in_quote(t) for t in toks):
                continue  # a post's "stats" line: the parse of who it is about is unsure
            baby = _baby(f, view, toks[0].i)
            if baby:
                written = span.doc[toks[0].i : toks[-1].i + 1].text
                f.add(
                    "number", baby, written, view,
                    relation="birth-weight", type="weight", support=written, weight=1.0,
                )  # fmt: skip
            break
