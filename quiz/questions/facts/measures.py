"""Measures: a newborn's weight ('born weighing 7 pounds, 2 ounces', 'who weighed 7lb 1oz'),
a scoring average, an engagement ring's carats and price ('the 2.5 carat ring').

A weight is asked only of a baby the family rules already know (a child the sentence or the
article's birth names), and only from a sentence about the birth, so that "How much did X
weigh at birth?" is what the article says.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from spacy.matcher import Matcher

from . import lexicon
from .base import Findings, late_rule, owner, rule, who

if TYPE_CHECKING:
    from spacy.tokens import Token

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
    # The parents may be named ("X and husband Y welcomed a second child, who weighed ...").
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
        rings = lexicon.word_set("ring_nouns")
        # (an "engagement ring" alone tells of no engagement in the story)
        words = {t.text.lower() for t in view.tokens if t.head.text.lower() not in rings}
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
                # A side measure of the birth: worth less than its date or the baby's name.
                f.add(
                    "number", baby, written, view,
                    relation="birth-weight", type="weight", support=written, weight=0.55,
                )  # fmt: skip
            break


_PER = frozenset({"game", "match", "contest", "night", "race"})


@rule
def per_game_averages(f: Findings) -> None:
    """'averaged 23.4 points per game in his playing career', '... 9.5 assists per game in 2019-20':
    a scoring average over a career or one season the sentence names."""
    from .events import clear_subject, subject_for

    for view in f.sentences():
        for verb in view.tokens:
            if verb.text.lower() not in ("averaged", "averaging") or view.in_quote(verb):
                continue
            noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
            num = next((c for c in noun.children if c.dep_ == "nummod"), None) if noun else None
            per = (
                next((c for c in noun.children if c.dep_ == "prep" and c.text == "per"), None)
                if noun
                else None
            )
            game = next((c for c in per.children if c.dep_ == "pobj"), None) if per else None
            if noun is None or num is None or game is None or game.text.lower() not in _PER:
                continue
            if not re.fullmatch(r"\d{1,3}(?:\.\d)?", num.text) or not noun.tag_ == "NNS":
                continue
            span = _average_span(verb)
            subject = subject_for(f, view, verb)
            if not span or not subject or not clear_subject(f, view, verb, subject):
                continue
            f.add(
                "number", subject, num.text, view,
                relation="average", type="number", noun=f"{noun.text} per {game.text}",
                span=span, support=num.text, weight=1.1,
            )  # fmt: skip


def _average_span(verb: Token) -> str:
    """'career' for 'in his career', '2012-13' for 'in 2012-13' ('' for any other span)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.text.lower() not in ("in", "over", "for", "during"):
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if pobj.text.lower() == "career" and any(
            c.dep_ == "poss" and c.text.lower() in ("his", "her", "their") for c in pobj.children
        ):
            return "career"
        text = "".join(t.text_with_ws for t in pobj.subtree).strip()
        if re.fullmatch(r"(?:19|20)\d\d\s?-\s?\d\d(?:\d\d)?", text):
            return text.replace(" ", "")
    return ""


_CARATS = r"^(?i:carats?|ct\.?)$"
_CARAT_PATTERN: list[dict[str, Any]] = [
    {"TEXT": {"REGEX": r"^(?i:over|nearly|almost|about|around)$"}, "OP": "?"},
    {"TEXT": {"REGEX": r"^\d{1,2}(?:\.\d{1,2})?$"}},
    {"TEXT": "-", "OP": "?"},
    {"TEXT": {"REGEX": _CARATS}},
]
_MONEY_PATTERN: list[dict[str, Any]] = [
    {"TEXT": {"IN": ["$", "£", "€"]}},
    {"TEXT": {"REGEX": r"^\d[\d,]*(?:\.\d+)?$"}},
    {"LOWER": {"IN": ["million", "thousand"]}, "OP": "?"},
]


@cache
def _ring_matcher(vocab: object) -> Matcher:
    """Carat weights and prices, longest match first."""
    m = Matcher(vocab)  # type: ignore[arg-type]
    m.add("CARATS", [_CARAT_PATTERN], greedy="LONGEST")
    m.add("PRICE", [_MONEY_PATTERN], greedy="LONGEST")
    return m


def _engaged_story(f: Findings) -> bool:
    """True when the story's lede is about an engagement (a proposal, a fiancé)."""
    for view in f.reading.sents[:3]:
        rings = lexicon.word_set("ring_nouns")
        # (an "engagement ring" alone tells of no engagement in the story)
        words = {t.text.lower() for t in view.tokens if t.head.text.lower() not in rings}
        if words & lexicon.word_set("engagement_words"):
            return True
        for t in view.tokens:
            event = lexicon.events().get(lexicon.lemma_of(t.text))
            if event is not None and event.kind == "engagement" and event.needs in words | {""}:
                return True  # "proposed", "popped the question"
    return False


def _ring_owner(f: Findings, view: SentenceView, ring: Token) -> str:
    """Whose engagement ring: the star's (or the star's partner's) named as its owner, else the
    star and fiancé of an engagement story ('' when the ring may be anyone's)."""
    main = f.cast.main
    partners = {x.value for x in f.facts if x.kind in ("spouse", "partner") and x.subject == main}
    engaged = _engaged_story(f)
    kinds = {c.text.lower() for c in ring.children if c.dep_ in ("compound", "amod")}
    named = owner(f, view, ring) or _possessor_before(f, view, ring)
    if named and (engaged or kinds & {"wedding", "engagement"}):
        return named if named == main or named in partners else ""
    if any(c.dep_ == "poss" for c in ring.children) or not main or not engaged:
        return ""  # "her ring" the cast could not resolve, or a ring in a story of no engagement
    fiance = next(
        (
            x.value
            for x in f.facts
            if x.kind == "partner" and x.subject == main and x.get("status") == "engaged"
        ),
        "",
    )
    return f"{main} and {fiance}" if fiance else main


def _possessor_before(f: Findings, view: SentenceView, ring: Token) -> str:
    """The person whose "'s" opens the ring's phrase when the parse hangs it elsewhere
    ("designed Lorne's $9,000 ring", parsed with Lorne as the verb's object)."""
    i = ring.i - 1
    while i > view.span.start and ring.doc[i].tag_ in ("$", "CD", "NN", "JJ", "HYPH", "NNP"):
        i -= 1
    if ring.doc[i].tag_ != "POS" or i == view.span.start:
        return ""
    return who(f, view, ring.doc[i - 1])


def _tied_to(tok: Token, ring: Token) -> bool:
    """True when a price hangs from the ring ("a $70,000 ring", "a ring worth $2 million")."""
    for _ in range(3):
        if tok == ring:
            return True
        if tok.pos_ == "VERB" or tok.tag_.startswith("VB") or tok.head == tok:
            return False
        tok = tok.head
    return tok == ring


@late_rule
def ring_measures(f: Findings) -> None:
    """'the 2.5 carat ring', 'her $70,000 engagement ring': an engagement ring's carats and
    price, asked of the star whose ring it is."""
    for view in f.sentences():
        rings = [
            t
            for t in view.tokens
            if t.text.lower() in lexicon.word_set("ring_nouns")
            and t.tag_ in ("NN", "NNS")
            and not view.in_quote(t)
        ]
        if len(rings) != 1:
            continue
        ring = rings[0]
        span = view.span
        found: dict[str, list[list[Token]]] = {"CARATS": [], "PRICE": []}
        for match_id, start, end in _ring_matcher(span.doc.vocab)(span):
            toks = list(span.doc[span.start + start : span.start + end])
            found[span.doc.vocab.strings[match_id]].append(toks)
        whose = ""
        for label, matches in found.items():
            if len(matches) != 1 or any(view.in_quote(t) for t in matches[0]):
                continue  # two weights or prices: which is the ring's?
            toks = matches[0]
            if label == "PRICE" and not _tied_to(toks[-1], ring):
                continue
            whose = whose or _ring_owner(f, view, ring)
            if not whose:
                return
            hedge = (
                toks[0].text.lower() if not toks[0].like_num and toks[0].text[0].isalpha() else ""
            )
            number = next(t for t in toks if t.like_num or t.text[:1].isdigit())
            if label == "CARATS":
                value = f"{number.text} carat{'' if number.text == '1' else 's'}"
                relation = "ring-carats"
            else:
                value = span.doc[toks[0].i : toks[-1].i + 1].text.replace("$ ", "$")
                relation = "ring-price"
            wedding = any(c.text.lower() == "wedding" for c in ring.children)
            f.add(
                "number", whose, value, view,
                relation=relation, type="number", hedge=hedge, support=number.text,
                thing="wedding ring" if wedding else "engagement ring",
                weight=0.9,
            )  # fmt: skip
