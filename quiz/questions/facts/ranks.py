"""Where a person stands in a line of firsts: 'Ann Lee is the third Irish actor to join the
franchise', 'Tom Vale became only the fifth player to reach 300 goals'.

The place in that line never changes once reached, so it needs no date. The first of a line
is left out: "the first woman to ..." is a claim, not a count a fan can place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..textutil import ordinal_value
from . import lexicon
from .base import Findings, rule, who
from .counts import _ordinal_text

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .reading import SentenceView

_COPULAS = frozenset({"be", "become"})
# Words of the noun phrase between the ordinal and its noun ("South Korean", "active").
_MODIFIER_TAGS = frozenset({"JJ", "NNP", "NNPS", "NN", "HYPH"})


def _line(view: SentenceView, nth: Token) -> tuple[Token, str] | None:
    """(the noun, its phrase with the infinitive: "active player to reach the 500-goal mark")
    for an ordinal that starts one, else None."""
    doc = nth.doc
    i = nth.i + 1
    while i < view.span.end - 2 and doc[i].tag_ in _MODIFIER_TAGS and doc[i + 1].text != "to":
        i += 1
    noun = doc[i]
    if noun.tag_ != "NN" or i + 2 >= view.span.end:
        return None
    to, verb = doc[i + 1], doc[i + 2]
    if to.text != "to" or verb.tag_ != "VB":
        return None
    end = verb.i
    for t in doc[verb.i + 1 : max(verb.i + 1, max(x.i for x in verb.subtree) + 1)]:
        if t.is_punct and t.tag_ != "HYPH" or t.dep_ == "relcl" or t.tag_ in ("WDT", "WRB", "WP"):
            break
        end = t.i
    if end - verb.i > 8:
        return None  # a long clause: the prompt would be a sentence of the article
    return noun, doc[nth.i + 1 : end + 1].text


def _holder(f: Findings, view: SentenceView, noun: Token) -> str:
    """The person the copula says it of ("Ann Lee is the third ..."), '' if none."""
    verb = noun.head
    if noun.dep_ != "attr" or lexicon.lemma_of(verb.text) not in _COPULAS:
        return ""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return who(f, view, subj) if subj is not None else ""


@rule
def line_of_firsts(f: Findings) -> None:
    """'Ann Lee is the third Irish actor to join the franchise': her place in that line."""
    for view in f.sentences():
        for tok in view.tokens:
            nth = ordinal_value(tok.text) if tok.ent_type_ == "ORDINAL" else None
            if not nth or nth < 2 or nth > 20 or view.in_quote(tok):
                continue
            if tok.i == 0 or tok.nbor(-1).text.lower() != "the":
                continue
            found = _line(view, tok)
            if found is None:
                continue
            noun, phrase = found
            person = _holder(f, view, noun)
            if person:
                f.add(
                    "number", person, _ordinal_text(nth), view,
                    relation="line-of-firsts", type="ordinal", noun=phrase, weight=1.1,
                )  # fmt: skip


def _doer(f: Findings, view: SentenceView, verb: Token) -> str:
    """Who did it: the verb's subject, or the subject of the clause a participle hangs on
    ("he went on to win, claiming ...")."""
    for node in (verb, verb.head):
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return who(f, view, subj)
    return ""


@rule
def nth_attempts(f: Findings) -> None:
    """'claiming a first major win at the 74th attempt': at which attempt a first came."""
    for view in f.sentences():
        for tok in view.tokens:
            if tok.text.lower() not in ("attempt", "try") or tok.dep_ != "pobj":
                continue
            nth = next((ordinal_value(c.text) for c in tok.children if c.dep_ == "amod"), None)
            prep, verb = tok.head, tok.head.head
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if verb.dep_ == "dobj":  # "claiming a first title at the 41st attempt", parsed
                obj, verb = verb, verb.head  # with the attempt hung on the title
            if not nth or nth < 2 or view.in_quote(tok) or not verb.tag_.startswith("VB"):
                continue
            if obj is None or not any(c.text.lower() == "first" for c in obj.children):
                continue  # "won at the third attempt": won what, and the first of what?
            person = _doer(f, view, verb)
            inside = {t.i for t in prep.subtree}
            what = " ".join(
                t.text for t in obj.subtree if t.dep_ not in ("det", "poss") and t.i not in inside
            )
            if person and prep.text.lower() in ("at", "on", "in") and len(what.split()) <= 5:
                f.add(
                    "number", person, _ordinal_text(nth), view,
                    relation="nth-attempt", type="ordinal", verb=lexicon.lemma_of(verb.text),
                    noun=what, prep=prep.text.lower(), weight=1.1,
                )  # fmt: skip
