"""The country a person is from, when the article calls them by it: 'Colombian singer Lina
Ortega', 'the Irish actor Devon Arkwright'.

Only a nationality that stands before the role noun of a named person counts: "the Colombian
singer" alone may be anyone the coreference guesses, and "Spanish-Venezuelan" names two.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon
from .base import Findings, rule

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .reading import SentenceView

_STAR_NOUNS = frozenset({"star", "superstar", "icon", "legend", "sensation"})


def _named_after(f: Findings, view: SentenceView, ent: Span) -> str:
    """The person the nationality's role noun names ('singer' in "Colombian singer Lina
    Ortega"), '' unless the name follows the noun."""
    head = ent.root.head
    if ent.root.dep_ not in ("amod", "compound", "nmod") or head.i != ent.end:
        return ""
    low = head.text.lower()
    if low not in lexicon.roles() and low not in _STAR_NOUNS:
        return ""
    doc = head.doc
    nxt = doc[head.i + 1] if head.i + 1 < view.span.end else None
    if nxt is None or nxt.ent_type_ != "PERSON" or nxt.ent_iob_ != "B":
        return ""
    return f.cast.who(view, nxt) or f.cast.who(view, head.head)


@rule
def nationalities(f: Findings) -> None:
    """'Colombian singer Lina Ortega' -> Lina Ortega is from Colombia."""
    countries = lexicon.data()["demonym_countries"]
    for view in f.sentences():
        for ent in view.span.ents:
            if ent.label_ != "NORP" or view.in_quote(ent[0]):
                continue
            country = countries.get(ent.text.lower())
            doc = ent.doc
            joined = any(0 <= i < len(doc) and doc[i].text == "-" for i in (ent.start - 1, ent.end))
            if not country or "-" in ent.text or joined:
                continue  # "Spanish-Venezuelan": two countries
            person = _named_after(f, view, ent)
            if person:
                f.add(
                    "place",
                    person,
                    country,
                    view,
                    relation="nationality",
                    type="place",
                    label="GPE",
                    support=ent.text,  # "Colombian" is the proof of "Colombia"
                    weight=1.0,
                )
