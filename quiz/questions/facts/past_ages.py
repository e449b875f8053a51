"""Ages at a past event, told by a clause of its own: 'married him when she was 22', 'was 16
when she released her first album', 'her father died when she was 10'.

Such an age holds at its event only, so the fact carries the event as its anchor ("How old
was X when she got married?") and never the publication date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..textutil import to_int
from . import lexicon
from .ages import MAX_AGE, _hypothetical, in_when_clause
from .base import Findings, rule, subject_of, subject_token, who
from .clauses import clause_for, verb_form

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .reading import SentenceView

_UNITS = ("year", "years")
_OWN_PRONOUNS = {"he": "M", "she": "F"}
_POSSESSIVE = {"M": "his", "F": "her"}
# What may happen to a relative at the person's age: "her father died when she was 10".
_KIN_EVENTS = frozenset({"die", "pass", "divorce", "split", "separate"})
_KIN_RELATIONS = frozenset({"parent", "sibling", "grandparent"})
_CHILD_AGE = 16
_KIN_DEPS = ("ROOT", "relcl", "ccomp")  # "my dad, who died when I was 10", a quotation's verb


def _age_of(tok: Token) -> tuple[int, Token] | None:
    """(age, be-verb) for the 22 of 'was 22' or the 10 of 'was 10 years old'."""
    n = to_int(tok.text) if tok.like_num else None
    if n is None or not 0 < n <= MAX_AGE:
        return None
    head = tok.head
    if tok.dep_ in ("attr", "acomp") and not list(tok.children):
        be = head  # "when she was 22"; "was 22 points" gives the number children
    elif (
        tok.dep_ == "nummod"
        and head.text.lower() in _UNITS
        and head.dep_ == "npadvmod"
        and head.head.text.lower() == "old"
        and head.head.dep_ == "acomp"
    ):
        be = head.head.head  # "when I was 10 years old"
    else:
        return None
    if be.tag_ != "VBD" or lexicon.lemma_of(be.text) != "be":
        return None  # a past age only: "is 22" is the story's, which the age rules read
    return n, be


def _event_verb(verb: Token) -> bool:
    """A verb the lexicon reads as a life or career event, said plainly."""
    return (
        verb.tag_.startswith("VB")
        and (lexicon.lemma_of(verb.text) in lexicon.events() or _became_spouses(verb))
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def _became_spouses(verb: Token) -> bool:
    """'became man and wife', 'became husband and wife': a wedding."""
    if lexicon.lemma_of(verb.text) != "become":
        return False
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    words = {t.lower_ for t in attr.subtree} if attr is not None else set()
    return {"wife", "husband"} <= words or {"man", "wife"} <= words


def _pronoun_person(f: Findings, view: SentenceView, pron: Token, event: Token) -> list[str]:
    """Who 'she', 'they ... both' or a quotation's 'I' in the age clause is: the event's own
    subject when it agrees, else the speaker of a first-person quotation."""
    word = pron.text.lower()
    if word == "i":
        if not view.in_quote(pron):
            return []
        from .family import _speaker as running_speaker
        from .quotes import _speaker

        # Named with the quotation, or before it when the quotation runs on from there.
        speaker = _speaker(f, view) or running_speaker(f, view)
        return [speaker] if speaker and " and " not in speaker else []
    if view.in_quote(pron):
        return []  # a pronoun inside a quotation: too easily someone else
    if word in _OWN_PRONOUNS:
        person = subject_of(f, view, event) or who(f, view, pron)  # "her father died when she"
        if person and " and " not in person and f.cast.sex(person) == _OWN_PRONOUNS[word]:
            return [person]
        return []
    if word == "they" and any(c.text.lower() == "both" for c in pron.head.children):
        pair = subject_of(f, view, event)  # "A and B wed when they were both 24": each was
        return pair.split(" and ") if " and " in pair else []
    return []


def _kin_event(f: Findings, view: SentenceView, event: Token, person: str, n: int) -> str:
    """'her father died' for an event that befell the person's parent, sibling or grandparent
    ('' if none): the subject is a kin noun the person's own possessive (or a quotation's 'my')
    points to, and the age is plainly the person's ("his father died when he was 45" may be
    the father's age: only a relative of the other sex, or a parent when the age is a child's)."""
    if lexicon.lemma_of(event.text) not in _KIN_EVENTS or event.dep_ not in _KIN_DEPS:
        return ""
    subj = event.head if event.dep_ == "relcl" else subject_token(event)
    kin = lexicon.kin().get(subj.text.lower()) if subj is not None else None
    if subj is None or kin is None or kin.relation not in _KIN_RELATIONS:
        return ""
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    sex = f.cast.sex(person)
    own = _POSSESSIVE.get(sex, "")
    if poss is None or not own or poss.text.lower() not in (own, "my"):
        return ""
    mine = poss.text.lower() == "my"
    if mine and not view.in_quote(poss):
        return ""
    if not mine and kin.sex in ("", sex) and not (kin.relation == "parent" and n < _CHILD_AGE):
        return ""
    lemma = lexicon.lemma_of(event.text)
    said = verb_form(lemma, "VBD")
    if lemma == "pass":
        if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in event.children):
            return ""
        said = "passed away"
    return f"{own} {subj.text.lower()} {said}"


def _add(f: Findings, view: SentenceView, person: str, n: int, event: Token) -> None:
    """Record the age with its event: the person's own clause, or a relative's death."""
    if not person:
        return
    at = _kin_event(f, view, event, person, n)
    clause = ""
    if not at:
        if view.in_quote(event):
            return
        mine = subject_of(f, view, event)
        if person not in mine.split(" and "):
            return
        found = clause_for(event, view, f.cast, person)
        if _became_spouses(event):
            clause = "got married"
        elif found is None or found.passive:
            return
        else:
            clause = found.past()
    kind = lexicon.events().get(lexicon.lemma_of(event.text))
    dies = not at and kind is not None and kind.kind == "death"
    f.add(
        "age", person, str(n), view, unit="year", event="death" if dies else "", form="when",
        type="number", clause=clause, at=at, weight=1.2, when="", anchor="event",
    )  # fmt: skip


@rule
def ages_at_events(f: Findings) -> None:
    """'married Ray when she was 22', 'was 16 when she released her debut', 'her father died
    when she was 10', 'my dad, who died when I was 10 years old' (the speaker's)."""
    for view in f.sentences():
        if _hypothetical(view):
            continue
        for tok in view.tokens:
            found = _age_of(tok)
            if found is None:
                continue
            n, be = found
            pron = next((c for c in be.children if c.dep_ == "nsubj"), None)
            if in_when_clause(be) and pron is not None and _event_verb(be.head):
                # "X married Ray when she was 22": the age clause hangs on the event.
                for person in _pronoun_person(f, view, pron, be.head):
                    _add(f, view, person, n, be.head)
                continue
            if view.in_quote(be) or pron is None or pron.tag_ not in ("NNP", "NNPS"):
                continue
            event = next((c for c in be.children if in_when_clause(c) and _event_verb(c)), None)
            said = next((c for c in event.children if c.dep_ == "nsubj"), None) if event else None
            person = who(f, view, pron)
            if event is None or said is None or not person:
                continue
            if said.text.lower() in _OWN_PRONOUNS and f.cast.sex(person) == _OWN_PRONOUNS.get(
                said.text.lower()
            ):
                # "Holt was 16 when she released her first album".
                _add(f, view, person, n, event)
