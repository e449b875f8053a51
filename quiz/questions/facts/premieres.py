"""Premieres named mid-phrase: "Her new series Glass Harbor premieres June 9 on Netflix".

The tagger often reads "premieres" or "drops" after a title as a plural noun in apposition,
so no verb carries the day. The phrase is read in written order instead: a work noun, the
title after it, the premiere verb, then the day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dates import find_dates
from . import lexicon
from .base import Findings, late_rule, owner
from .clauses import verb_form
from .reading import SentenceView

if TYPE_CHECKING:
    from spacy.tokens import Token

_PREMIERES = frozenset({"premiere", "debut", "drop", "return"})
_KINDS = {"show": "show", "film": "film", "album": "album", "song": "single"}


def _title_after(view: SentenceView, noun: Token) -> list[Token]:
    """The capitalised title run right after a work noun ("series Glass Harbor")."""
    run: list[Token] = []
    for tok in view.tokens[noun.i - view.span.start + 1 :]:
        if tok.text[:1].isupper() and tok.is_alpha and not view.in_quote(tok):
            run.append(tok)
            continue
        break
    return run


def _day_after(tok: Token) -> tuple[str, str, str]:
    """The day written right after a verb ("June 9", "on June 9"): rendered, precision, text."""
    doc = tok.doc
    i = tok.i + 1
    if i < len(doc) and doc[i].lower_ == "on":
        i += 1
    toks = []
    while i < len(doc) and doc[i].ent_type_ == "DATE":
        toks.append(doc[i])
        i += 1
    if not toks:
        return "", "", ""
    text = doc[toks[0].i : toks[-1].i + 1].text
    for start, end, value in find_dates(text):
        if start == 0 and value.month and (value.day or value.year):
            return value.render(), value.precision, text[start:end]
    return "", "", ""


@late_rule
def mid_phrase_premieres(f: Findings) -> None:
    """The day a star's titled work premieres when the parse lost the verb."""
    works = lexicon.works()
    published = f.reading.published
    for view in f.sentences():
        for noun in view.tokens:
            kind = _KINDS.get(works.get(noun.lower_, ""), "")
            if not kind or not noun.text.islower() or view.in_quote(noun):
                continue
            title = _title_after(view, noun)
            if not title or title[-1].i + 1 >= view.span.end:
                continue
            verb = title[-1].nbor(1)
            lemma = lexicon.lemma_of(verb.lower_)
            if lemma not in _PREMIERES or verb.tag_ not in ("NNS", "VBZ"):
                continue
            day, precision, written = _day_after(verb)
            if not day:
                continue
            same = [x for x in f.facts if x.kind == "date" and x.evidence == view.sentence]
            if any(x.get("work") or x.value != day for x in same):
                continue  # the parse found this sentence's date with its work: that stands
            # "Her drama Glass Harbor returns June 9" read as the star's own return: replaced.
            f.facts = [x for x in f.facts if x not in same]
            star = owner(f, view, noun) or f.cast.main
            values = [v for _s, _e, v in find_dates(written)]
            ahead = (
                published is None
                or not values
                or not values[0].year
                or (values[0].year, values[0].month or 0, values[0].day or 0)
                >= (published.year, published.month, published.day)
            )
            f.add(
                "date",
                star,
                day,
                view,
                relation="release",
                type="date",
                precision=precision,
                clause=lemma,
                past=verb_form(lemma, "VBD"),
                tense="future" if ahead else "past",
                verb=lemma,
                work=kind,
                support=written,
                weight=1.2,
            )
