"""How many people a named tour drew, when the tour is the clause's subject: 'Her Night Sky
Tour attracted more than 2 million fans', 'That year's Comet Tour drew 900,000 fans'.

The count is the artist's, asked through the tour ("About how many fans did Ava Stone's Night
Sky Tour attract?"), and only when the sentence names both: the artist in the tour's name or
as its owner ("her", "the singer's"). A finished tour's crowd is told once; a tally still
growing ("has drawn") is asked with its time (see kinds/numbers.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon
from .base import Findings, late_rule, owner
from .clauses import clause_for
from .counts import _has_number, _hedge, plain_counts
from .events import governing_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .reading import SentenceView


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or the subject of the verb it is joined to ("was ... and drew")."""
    for v in (verb, verb.head if verb.dep_ == "conj" else verb):
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    return None


_ENDS = frozenset({".", "!", "?", "”", '"', "’", "'"})


def _titled(tok: Token) -> bool:
    """True for a word a tour's name is made of ("Night", "360", "°")."""
    return tok.text[:1].isupper() or tok.like_num or tok.text in ("°", "&", "-")


def _tour_token(subj: Token) -> Token | None:
    """The 'Tour' of a named tour the subject is ("the Night Sky Tour", "her last outing,
    the Night Sky Tour"), None when the subject is no named tour."""
    for t in (subj, *(c for c in subj.children if c.dep_ == "appos")):
        if t.text == "Tour" and t.i > 0 and _titled(t.nbor(-1)):
            return t
    return None


def _name(view: SentenceView, tour: Token) -> str:
    """'Night Sky Tour': the run of capitalised words, numbers and
    marks ending in the tour's own 'Tour'."""
    doc = tour.doc
    start, bound = tour.i, view.span.start
    if bound > 0 and doc[bound - 1].text not in _ENDS:
        # The parse split the sentence inside the name ("U2 360°" | "Tour was ..."): no full
        # stop ends the piece before, so the name goes on there.
        bound = doc[bound - 1].sent.start
    while start > bound:
        prev = doc[start - 1]
        if prev.tag_ == "POS" or prev.dep_ == "poss" or prev.text[:1] in ",;:(\"“”'’":
            break
        if not _titled(prev):
            break
        start -= 1
    return doc.text[doc[start].idx : tour.idx + len(tour.text)]


def _artist(f: Findings, view: SentenceView, subj: Token, tour: Token, name: str) -> str:
    """The one artist the tour is of: named in its title ("the Velvet Comets Homecoming
    Tour"), or its owner ("her", "the singer's"); '' if neither or unsure."""
    named = {p for p in f.cast.people.persons if re.search(rf"\b{re.escape(p)}\b", name)}
    if named:
        return named.pop() if len(named) == 1 else ""
    return owner(f, view, tour) or owner(f, view, subj)


@late_rule
def tour_crowds(f: Findings) -> None:
    """'The Night Sky Tour attracted 2 million fans': a tour's crowd its artist is asked for."""
    crowds = lexicon.word_set("crowd_nouns")
    for view, tok, n, written, _num_toks, noun in plain_counts(f):
        if n >= 1000 and noun.text.lower() in crowds and noun.dep_ == "dobj":
            _crowd(f, view, tok, noun, written)


def _crowd(f: Findings, view: SentenceView, tok: Token, noun: Token, written: str) -> None:
    """One crowd count that is the object of a verb whose subject is a named tour."""
    verb = governing_verb(noun)
    if verb is None or noun.head != verb or not verb.tag_.startswith("VB"):
        return
    subj = _subject(verb)
    tour = _tour_token(subj) if subj is not None else None
    if subj is None or tour is None:
        return
    name = _name(view, tour)
    artist = _artist(f, view, subj, tour, name)
    if not artist or " and " in artist:
        return
    skip = {t.i for t in noun.subtree} | {t.i for t in subj.subtree}
    clause = clause_for(verb, view, f.cast, artist, skip=frozenset(skip), wide=True)
    if (
        clause is None
        or clause.passive
        or _has_number(clause.rest)
        or clause.tense not in ("past", "perfect")
    ):
        return
    hedge = _hedge(tok)
    f.add(
        "number", artist, f"{hedge} {written}".strip(), view,
        relation="count", type="number", noun=noun.text.lower(), verb=clause.lemma,
        clause=clause.base(), participle=clause.participle(), tense=clause.tense,
        # "has drawn 2 million fans": the tour goes on, the tally is asked with its time.
        perfect="yes" if clause.perfect else "",
        # A tour's whole crowd is its headline figure, above a night's or a venue's count.
        work=name, hedge=hedge, support=written, weight=1.15,
    )  # fmt: skip
