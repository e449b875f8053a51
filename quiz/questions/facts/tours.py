"""Tour legs: "will kick off the tour July 8 in Dayton, Ohio, and bring it to a close Aug. 19
in Fresno": the day and the city a tour (or one leg of it) starts and ends.

The sentence is read in the order it is written, not through its parse: a long unquoted title
in front of "tour" ("the If We Were Home, I'd Be Singing tour") leaves the parse with no
usable verb for the dates and places that follow it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dates import find_dates
from . import lexicon
from .base import Findings, late_rule, owner, subject_token, who
from .clauses import pronoun_for, tense_of, verb_form
from .places import place_phrase
from .reading import SentenceView

if TYPE_CHECKING:
    from spacy.tokens import Token

_TOUR_NOUNS = frozenset({"tour", "trek", "leg"})
# Verb lemma -> the words a prompt uses for it (particles kept: "kick off", "wrap up").
_STARTS = {
    "kick": "kick off",
    "launch": "launch",
    "open": "open",
    "begin": "begin",
    "start": "start",
}
_ENDS = {"end": "end", "close": "close", "wrap": "wrap up", "conclude": "conclude"}
# What a verb may start or end and still be the tour's start or end ("wrap the run").
_TOUR_OBJECTS = _TOUR_NOUNS | {"it", "run", "venture", "outing", "trek", "journey"}
_LEG_WORDS = frozenset({"first", "second", "third", "final", "last", "next", "new"})


def _trigger(tok: Token) -> str:
    """'kick off', 'wrap up', 'end' ... for a verb that starts or ends a tour ('' if none)."""
    low = tok.text.lower()
    if low in ("close", "end") and tok.i >= 2 and tok.nbor(-1).lower_ in ("a", "an"):
        # "bring the run to a close" (not "bring the night to a close")
        bring = tok.nbor(-2).head if tok.nbor(-2).lower_ == "to" else None
        return "end" if bring is not None and _of_the_tour(bring) else ""
    lemma = lexicon.lemma_of(low)
    after = tok.doc[tok.i + 1 : tok.i + 3]
    if lemma == "kick" and not (after and after[0].lower_ == "off"):
        return ""
    if after and after[0].lower_ in ("off", "up"):
        after = after[1:]
    # "The tour kicks off June 3 ... and wraps Aug. 20": the tagger may read "kicks" and
    # "wraps" as nouns; a day right after them says they are the verbs.
    dated = bool(after) and (after[0].ent_type_ == "DATE" or after[0].lower_ == "on")
    if not (tok.tag_.startswith("VB") or tok.tag_ == "NNS" and dated) or not _of_the_tour(tok):
        return ""
    if tok.dep_ in ("amod", "compound"):
        return ""  # "the opening act", "closing night"
    return _STARTS.get(lemma) or _ENDS.get(lemma, "")


def _of_the_tour(verb: Token) -> bool:
    """False when the verb starts or ends something else ("kicked off the night", "end her
    hiatus"): the first common noun after it, past capitalised title words, is the tour's."""
    for tok in verb.doc[verb.i + 1 : verb.i + 12]:
        if tok.tag_ in ("IN", "TO", "CD") or tok.ent_type_ == "DATE" or tok.is_punct:
            return True  # "opens at ...", "kicks off June 3": no object in between
        if tok.tag_.startswith("NN") and tok.text.islower():
            return tok.lower_ in _TOUR_OBJECTS
        if tok.lower_ == "it":
            return True
    return True


def _leg(view: SentenceView, pronoun: str) -> str:
    """'the North American leg of her tour' when a leg is named, else 'her tour'."""
    for tok in view.tokens:
        if tok.lower_ != "leg" or view.in_quote(tok):
            continue
        words: list[str] = []
        node = tok.nbor(-1) if tok.i > view.span.start else None
        while node is not None and (node.text[:1].isupper() or node.lower_ in _LEG_WORDS):
            if node.lower_ in ("the", "a"):
                break
            words.insert(0, node.text)
            node = node.nbor(-1) if node.i > view.span.start else None
        if words and node is not None and node.lower_ == "the":
            return f"the {' '.join(words)} leg of {pronoun} tour"
        return ""  # a leg with no name: which one, the prompt could not say
    return f"{pronoun} tour"


def _star(f: Findings, view: SentenceView, first: Token) -> str:
    """Whose tour: the subject of its first start or end verb when a person ("Marsh will kick
    off ..."), the tour's owner or the story's star when the tour is the subject ("The tour
    kicks off ...", "her tour, which opens ..."); '' for anyone else ("the opener joins")."""
    verb = first.nbor(-2).head if first.lower_ in ("close", "end") and first.i >= 2 else first
    subj = subject_token(verb) if verb.tag_.startswith("VB") else None
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None and not verb.tag_.startswith("VB"):
        # "The 24-date tour kicks off June 3": a verb read as a noun, the tour in front of it
        subj = next((t for t in view.tokens if t.i < first.i and t.lower_ in _TOUR_NOUNS), None)
    if subj is None:
        return ""
    if subj.lower_ in _TOUR_OBJECTS:
        return owner(f, view, subj) or f.cast.main
    return who(f, view, subj)


def _segments(view: SentenceView) -> list[tuple[Token, str, list[Token]]]:
    """Each start or end verb with the tokens up to the next one."""
    triggers = [(t, w) for t in view.tokens if not view.in_quote(t) and (w := _trigger(t))]
    out = []
    for i, (tok, words) in enumerate(triggers):
        stop = triggers[i + 1][0].i if i + 1 < len(triggers) else view.span.end
        toks = []
        for t in view.tokens:
            if t.i <= tok.i or t.i >= stop:
                continue
            if t.tag_.startswith("VB") and t.text.islower() and lexicon.lemma_of(t.lower_) != "be":
                break  # "... hosted by her label": another event's words (a title's are capitals)
            toks.append(t)
        out.append((tok, words, toks))
    return out


def _day(toks: list[Token]) -> tuple[str, str, str]:
    """The first day (month and day) written among tokens: rendered, its precision, as written."""
    dated = [t for t in toks if t.ent_type_ == "DATE"]
    if not dated:
        return "", "", ""
    text = dated[0].doc[dated[0].i : dated[-1].i + 1].text
    for start, end, value in find_dates(text):
        if value.day and value.month:
            return value.render(), value.precision, text[start:end]
    return "", "", ""


def _city(view: SentenceView, toks: list[Token]) -> str:
    """The first 'in <city>' among tokens, with its state or country."""
    for tok in toks:
        if tok.lower_ == "in" and tok.i + 1 < view.span.end:
            nxt = tok.nbor(1)
            if nxt.ent_type_ == "GPE" and nxt.ent_iob_ == "B":
                ent = next(e for e in view.span.doc.ents if e.start == nxt.i)
                return place_phrase(ent, view)[0]
    return ""


def _tense(verb: Token) -> str:
    """'future' for a plan ("will kick off", "opens", "kicks off June 3"), 'past' for what
    happened, '' for what may not happen ("would start", "hopes to open")."""
    if not verb.tag_.startswith("VB"):
        return "future"  # "kicks" read as a noun: a schedule's present
    tense = tense_of(verb.head if verb.lower_ in ("close", "end") else verb)
    if tense == "unreal":
        return ""
    return "past" if tense in ("past", "perfect") else "future"


@late_rule
def tour_legs(f: Findings) -> None:
    """The day and the city a tour or its leg starts and ends, as 'kick off her tour'."""
    for view in f.sentences():
        if not any(t.lower_ in _TOUR_NOUNS and not view.in_quote(t) for t in view.tokens):
            continue
        segments = _segments(view)
        if not segments:
            continue
        star = ""
        for verb, words, toks in segments:
            # "... kicks off June 3 and wraps Aug. 20": a second verb shares the first's subject
            star = _star(f, view, verb) or star
            leg = _leg(view, pronoun_for(f.cast, star)) if star else ""
            tense = _tense(verb)
            if leg and tense:
                _add_leg(f, view, star, f"{words} {leg}", tense, toks)


def _add_leg(
    f: Findings, view: SentenceView, star: str, clause: str, tense: str, toks: list[Token]
) -> None:
    """The leg's day and city as facts, in place of what other rules read from them."""
    day, precision, written = _day(toks)
    city = _city(view, toks)
    head, _sp, rest = clause.partition(" ")
    done = f"{verb_form(head, 'VBD')} {rest}"
    # The generic rules read these words through the parse; where that reading found the tour
    # itself ("The tour opens at ... on May 22") it stays, else the leg's replaces it ("In which
    # city did X wrap up?", or nothing behind a long title).
    for kind, value in (("date", day), ("place", city)):
        same = [
            x
            for x in f.facts
            if x.evidence == view.sentence and x.kind == kind and x.value == value and value
        ]
        if any(x.get("work") == "tour" for x in same):
            day, city = ("", city) if kind == "date" else (day, "")
        else:
            f.facts = [x for x in f.facts if x not in same]
    common: dict[str, str | float] = {
        "relation": "performance",
        "clause": clause,
        "tense": tense,
        "weight": 1.2,
    }
    if day:
        f.add(
            "date",
            star,
            day,
            view,
            type="date",
            past=done,
            precision=precision,
            support=written,
            **common,
        )
    if city:
        f.add("place", star, city, view, type="place", label="GPE", prep="in", **common)
