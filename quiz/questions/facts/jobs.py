"""What someone does for a living, from the job noun written before their name: 'talent agent
Rory Vance', 'his girlfriend, model Ana Lisle', 'former talk-show writer Ed Marsh'.

Only everyday jobs from the lexicon's ``occupations`` (a star's own field is asked by other
kinds); the noun's lower-case modifiers stay with it ("estate agent", "tour manager"), a
"former" is kept as the fact's relation so the question can say the job was before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon
from .base import Findings, rule

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .reading import SentenceView

_SKIP_MODIFIERS = frozenset({"longtime", "new", "now", "the", "a", "an", "his", "her", "their"})
_FORMER = frozenset({"former", "ex"})


def _job_phrase(head: Token) -> tuple[str, bool]:
    """The job phrase a job noun ends ("talent agent"), and whether it was a former job."""
    doc = head.doc
    words = [head.text.lower()]
    i = head.i - 1
    while i >= 0 and len(words) < 4 and _modifier(doc[i]):
        words.insert(0, doc[i].text.lower())
        i -= 1
    # "former Late Night writer": the former may stand before a proper-noun show.
    while i >= 0 and i > head.i - 6:
        if doc[i].text.lower() in _FORMER:
            return " ".join(words), True
        if doc[i].tag_ not in ("NNP", "NNPS", "JJ"):
            break
        i -= 1
    return " ".join(words), False


def _modifier(tok: Token) -> bool:
    """A lower-case word that says which job ("estate" agent, "communications" strategist)."""
    low = tok.text.lower()
    return (
        low not in _SKIP_MODIFIERS
        and low not in _FORMER
        and tok.text.islower()
        and tok.tag_ in ("NN", "NNS", "JJ")
        and not low.endswith("ed")  # "married producer X": the verb, not a kind of producer
    )


@rule
def jobs(f: Findings) -> None:
    """A job noun right before a person's name gives that person's job."""
    heads = lexicon.word_set("occupations")
    for view in f.sentences():
        _jobs_in(f, view, heads)


def _jobs_in(f: Findings, view: SentenceView, heads: frozenset[str]) -> None:
    """The job facts of one sentence."""
    seen: set[str] = set()
    for tok in view.tokens:
        if tok.text.lower() not in heads or not tok.text.islower() or view.in_quote(tok):
            continue
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        person = f.cast.who(view, nxt) if nxt is not None and nxt.text[:1].isupper() else ""
        if not person or person in seen or " and " in person:
            continue
        phrase, former = _job_phrase(tok)
        seen.add(person)
        f.add(
            "job",
            person,
            phrase,
            view,
            relation="former" if former else "",
            type="phrase",
            weight=0.9,
        )
