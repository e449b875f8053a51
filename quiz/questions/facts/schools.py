"""Where someone studied: 'went to the University of Oregon', 'a student at Boston College',
'met while both attending Duke University', 'graduated from Yale University'.

A university is a place fact (relation 'school'), asked "Which university did X attend?" with
other universities of its country as options. High schools are left to the place of the
event ("first got together at ... High School in Springfield"): there is no fair bank of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon
from .base import Findings, rule
from .events import clear_subject, subject_for

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .reading import SentenceView

# The verbs and nouns that say someone studied at a place, and the word that links them to it.
_STUDY_VERBS = {"go": ("to",), "study": ("at", "in"), "graduate": ("from",), "enrol": ("at", "in")}
_STUDY_NOUNS = frozenset({"student", "graduate", "alumnus", "alumna", "freshman", "sophomore"})
_ALSO_LEMMAS = {"enroll": "enrol", "enrolled": "enrol"}


def _university(ent: Span) -> bool:
    """True for a university or college the tagger found ('the University of Oregon')."""
    from .places import _venue_kind

    return ent.label_ in ("ORG", "FAC") and _venue_kind(ent.text) == "university"


def _studier(f: Findings, view: SentenceView, ent: Span) -> tuple[str, Token | None]:
    """(person, verb) when the clause says the person studied at the university."""
    root = ent.root
    head = root.head
    if root.dep_ == "dobj" and lexicon.lemma_of(head.text.lower()) == "attend":
        return "", head  # "attending Duke University": the subject is the verb's
    if root.dep_ != "pobj" or head.dep_ != "prep":
        return "", None
    holder = head.head
    low = holder.text.lower()
    if low in _STUDY_NOUNS and head.text.lower() in ("at", "of", "from"):
        # "Rosa Lind, a student at Yale University": the noun stands beside the person.
        if holder.dep_ == "appos" and f.cast.who(view, holder.head):
            return f.cast.who(view, holder.head), None
        if holder.dep_ == "attr" and holder.head.tag_.startswith("VB"):
            return "", holder.head  # "She was a student at ..."
        return "", None
    lemma = _ALSO_LEMMAS.get(low, lexicon.lemma_of(low))
    if holder.tag_.startswith("VB") and head.text.lower() in _STUDY_VERBS.get(lemma, ()):
        return "", holder
    return "", None


@rule
def studied_at(f: Findings) -> None:
    """'X went to the University of Oregon', 'Y, a student at Boston College'."""
    for view in f.sentences():
        for ent in view.span.ents:
            if view.in_quote(ent[0]) or not _university(ent):
                continue
            person, verb = _studier(f, view, ent)
            if not person and verb is not None:
                if verb.dep_ == "advcl" and any(
                    c.dep_ == "nsubj" and c.text.lower() == "both" for c in verb.children
                ):
                    verb = verb.head  # "The couple met while both attending ...": the couple
                person = subject_for(f, view, verb)
                if not person or not clear_subject(f, view, verb, person):
                    continue
            if not person:
                continue
            value = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            f.add(
                "place",
                person,
                value,
                view,
                relation="school",
                type="place",
                label="FAC",
                weight=1.1,
            )
