"""Which season of a show: 'Ann Lee, the winner of Season 9 of The Voice', 'got engaged on the
season 16 finale of the dating show'.

A season's number never changes, so it needs no date. It is asked only when the sentence names
the show (or calls it "the show" in an article about one show) and says what the person did in
that season: won it, led it, or got engaged in its finale.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import Findings, late_rule, who

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .reading import SentenceView

# What a person was to a season ("the winner of Season 9", "the lead for Season 27").
_ROLES = frozenset({"winner", "champion", "runner-up", "lead", "star", "bachelor", "bachelorette"})
# An engagement told in a finale's sentence: "got engaged", "popped the question".
_ENGAGED = re.compile(
    r"\b(?:engaged|proposed|popped the (?:big )?question|got down on one knee)\b", re.I
)
_EVENTS = frozenset({"finale", "premiere", "reunion"})
# A generic name for the show in the sentence ("the ABC dating show", "the hit series").
_SHOW_WORDS = frozenset({"show", "series", "competition", "franchise"})


def _number_after(view: SentenceView, tok: Token) -> str:
    """The digits written right after "season" ('' if none)."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None or not nxt.text.isdigit() or nxt.i >= view.span.end or len(nxt.text) > 3:
        return ""
    return nxt.text


def _shows(f: Findings) -> set[str]:
    """Every show title the article's facts know (a show fact's value, or its subject when
    the fact is about the show: its network, its host)."""
    titles = {x.value for x in f.facts if x.kind == "show" and x.get("type") == "title"}
    titles |= {
        x.subject for x in f.facts if x.kind in ("show", "host") and x.get("type") != "title"
    }
    return {t.strip('“”"') for t in titles if t}


def _show_of(f: Findings, view: SentenceView) -> str:
    """The one show the sentence names, or the article's one show when the sentence calls it
    "the show" ('' when unclear)."""
    text = view.text
    known = _shows(f)
    named = {t for t in known if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", text)}
    # A longer title holds a shorter one ("The Bachelorette" holds "The Bachelor").
    named = {t for t in named if not any(t != o and t in o for o in named)}
    quoted = set(re.findall(r"\bon [“\"]([A-Z][^”\"]{2,40})[”\"]", text))
    named |= {q for q in quoted if not any(q in t for t in named)}
    if len(named) == 1:
        return named.pop()
    words = {t.text.lower() for t in view.tokens}
    if not named and words & _SHOW_WORDS and len(known) == 1:
        return next(iter(known))
    return ""


def _engaged_couple(f: Findings) -> tuple[str, str]:
    """(star, fiancé) of the article's one engagement ('' when there is none or several)."""
    pairs = {
        frozenset((x.subject, x.value))
        for x in f.facts
        if x.kind == "partner" and x.get("status") == "engaged"
    }
    if len(pairs) != 1:
        return "", ""
    pair = pairs.pop()
    main = f.cast.main
    first = main if main in pair else sorted(pair)[0]
    rest = [p for p in pair if p != first]
    return first, rest[0] if rest else ""


def _role_holder(f: Findings, view: SentenceView, season: Token) -> tuple[str, str]:
    """(person, role) for 'X, the winner of Season 9' and 'X was named the lead for Season 27'."""
    prep = season.head
    if prep.dep_ != "prep" or prep.text.lower() not in ("of", "for"):
        return "", ""
    role = prep.head
    if role.text.lower() not in _ROLES:
        return "", ""
    if role.dep_ == "appos":
        return who(f, view, role.head), role.text.lower()
    verb = role.head if role.dep_ in ("attr", "oprd", "pobj", "dobj") else None
    if verb is not None and verb.dep_ == "prep":  # "named as the lead"
        verb = verb.head
    if verb is None or not verb.tag_.startswith("VB"):
        return "", ""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (who(f, view, subj), role.text.lower()) if subj is not None else ("", "")


@late_rule
def show_seasons(f: Findings) -> None:
    """'the winner of Season 9 of The Voice': the season of a show a person won, led or got
    engaged in."""
    for view in f.sentences():
        for tok in view.tokens:
            if tok.text.lower() != "season" or view.in_quote(tok):
                continue
            number = _number_after(view, tok)
            show = _show_of(f, view) if number else ""
            if not show:
                continue
            person, role = _role_holder(f, view, tok)
            named = any(t.text.lower() in ("named", "chosen", "tapped") for t in view.tokens)
            if person:
                f.add(
                    "number", person, f"Season {number}", view,
                    relation="season", type="number", show=show, role=role,
                    named="yes" if named else "", weight=1.0,
                )  # fmt: skip
                continue
            after = tok.nbor(2) if tok.i + 2 < len(tok.doc) else None
            if after is None or after.text.lower() not in _EVENTS:
                continue
            star, fiance = _engaged_couple(f)
            if not star:
                # No engagement fact: the star who is the sentence's subject ("The show's star
                # found love on the finale, choosing X after he popped the question").
                root = view.span.root
                subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                star = who(f, view, subj) if subj is not None else ""
                star = star if star and star == f.cast.main else ""
            if star and _ENGAGED.search(view.text) and after.text.lower() == "finale":
                f.add(
                    "number", star, f"Season {number}", view,
                    relation="season", type="number", show=show, event="engaged",
                    spouse=fiance, weight=1.0,
                )  # fmt: skip


# "the $500,000 grand prize", "the $1 million top prize" (a side prize is no winner's).
_PRIZE = re.compile(r"(\$\d[\d,.]*(?: (?:million|thousand))?)[ -](?:grand|top|first) prize\b", re.I)


@late_rule
def show_prizes(f: Findings) -> None:
    """'houseguests competing for the $500,000 grand prize': what a show's winner takes home,
    for the show the article gives a season of (or the one the sentence names)."""
    seasons = {x.get("show") for x in f.facts if x.relation == "season"}
    # "on the show" in an article that names another show too: the season's show is the one.
    season_show = next(iter(seasons)) if len(seasons) == 1 else ""
    for view in f.sentences():
        found = _PRIZE.findall(view.text)
        if len(found) != 1 or any(view.in_quote(t) for t in view.tokens if t.text == "$"):
            continue
        show = season_show or _show_of(f, view)
        if show and re.search(r"\b(?:show|series|competition|contest)\b|“", view.text):
            f.add(
                "number", show, found[0], view,
                relation="prize", type="number", show=show, weight=0.9,
            )  # fmt: skip
