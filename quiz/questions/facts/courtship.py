"""How long a couple had been together before their news: 'got engaged after one year of
dating', 'married after five years together', 'split after 18 months of romance'.

The span is asked with the event it led to ("How long had A and B been dating when they got
engaged?"), so the answer holds whenever the quiz is played. The event is the verb the span
hangs from, said with its own clause and no other number or date in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..textutil import to_int
from . import lexicon
from .base import COUPLE_WORDS, Findings, couple, late_rule, subject_of
from .clauses import clause_for, tense_of
from .events import _lede_couple, clear_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .reading import SentenceView

_UNITS = {"year": "year", "years": "year", "month": "month", "months": "month"}
_KINDS = ("engagement", "wedding", "split", "birth")


def span_of(noun: Token) -> str:
    """'dating' for 'years of dating' or 'years together' ('' when the span is no courtship)."""
    for child in noun.children:
        if child.dep_ == "advmod" and child.text.lower() == "together":
            return "together"
        if child.dep_ == "prep" and child.text.lower() == "of":
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None and pobj.text.lower() in lexicon.word_set("courtship_nouns"):
                return "dating"
    return ""


def _event(f: Findings, view: SentenceView, verb: Token, avoid: set[int]) -> tuple[str, str]:
    """(who, 'when they got engaged') for the event verb the span hangs from."""
    event = lexicon.events().get(lexicon.lemma_of(verb.text))
    if event is None or event.kind not in _KINDS or tense_of(verb) in ("unreal", "future"):
        return "", ""
    who = subject_of(f, view, verb)
    if not who and verb.dep_ == "relcl" and verb.head.text.lower() in COUPLE_WORDS:
        # "The couple, who got engaged after a year of dating, ..."
        who = couple(f) or _lede_couple(f, view, verb, event)
    elif not who or not clear_subject(f, view, verb, who):
        return "", ""
    if not who:
        return "", ""
    if " and " not in who:
        # "A and B got engaged": the person joined to the subject before the verb.
        other = next(
            (
                f.cast.who(view, t)
                for t in view.tokens
                if t.i < verb.i
                and t.dep_ == "conj"
                and f.cast.who(view, t.head) == who
                and f.cast.who(view, t) not in ("", who)
            ),
            "",
        )
        who = f"{who} and {other}" if other else who
    if " and " not in who:
        partner = next(
            (
                x.value
                for x in f.facts
                if x.kind in ("spouse", "partner")
                and x.subject == who
                and x.evidence.index == view.index
            ),
            "",
        )  # "A got engaged to B": the partner the sentence names
        if not partner:
            return "", ""  # a span of dating belongs to a couple
        who = f"{who} and {partner}"
        avoid = avoid | {  # "to B", "with B", "married B": the partner is in the prompt
            t.i
            for c in verb.children
            if c.text.lower() in ("to", "with") or c.dep_ == "dobj" and f.cast.who(view, c)
            for t in c.subtree
        }
    clause = clause_for(verb, view, f.cast, who, skip=frozenset(avoid))
    if clause is None:
        return "", ""
    words = clause.rest.lower().split()
    if event.needs and event.needs not in words:
        return "", ""
    if any(w[:1].isdigit() or to_int(w) for w in words):
        return "", ""  # a date or another number would answer another question
    return who, f"when they {clause.past()}"


@late_rule
def courtship_spans(f: Findings) -> None:
    """'got engaged after one year of dating': how long the couple had been together then."""
    for view in f.sentences():
        for noun in view.tokens:
            unit = _UNITS.get(noun.text.lower())
            prep = noun.head
            state = span_of(noun)
            if noun.dep_ == "npadvmod" and prep.text.lower() == "together":
                prep, state = prep.head, "together"  # "after seven years together"
            elif (
                noun.dep_ == "pobj"
                and prep.text.lower() == "for"
                and prep.head.text.lower() in lexicon.word_set("courtship_nouns")
                and prep.head.dep_ == "pcomp"
            ):
                prep, state = prep.head.head, "dating"  # "after dating for two years"
            elif noun.dep_ != "pobj":
                continue
            if unit is None or view.in_quote(noun) or prep.text.lower() != "after":
                continue
            num = next((c for c in noun.children if c.dep_ == "nummod"), None)
            n = to_int(num.text) if num is not None else None
            if num is None or n is None or not state or not 0 < n < 100:
                continue
            who, since = _event(f, view, prep.head, {t.i for t in prep.subtree})
            if not who:
                continue
            f.add(
                "number", who, f"{n} {unit}{'s' if n != 1 else ''}", view,
                relation="courtship", type="duration", unit=unit, state=state, since=since,
                support=view.span.doc[num.i : noun.i + 1].text, weight=1.1,
            )  # fmt: skip
