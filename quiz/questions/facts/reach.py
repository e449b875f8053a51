"""How far a work reached, when the work is the clause's subject: '“Solo” swept iTunes charts
in 40 countries', 'Her single “Glass Harbor” earned 30 million views'.

The count is the artist's, asked through the work ("In how many countries did Jennie's
“Solo” sweep iTunes charts?"), and only for a title the article already gives the artist of
(a song or an album fact), so the prompt names both.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon
from .base import Findings, late_rule
from .clauses import clause_for
from .counts import _count_start, _has_number, _hedge, _number, _post_phrase, plain_counts
from .events import governing_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .reading import SentenceView

_PREPS = frozenset({"in", "across", "with", "on"})


def _work(f: Findings, verb: Token) -> tuple[str, str]:
    """(artist, title) of the one known song or album the verb's subject names."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return "", ""
    said = " ".join(t.text for t in subj.subtree).replace("“", "").replace("”", "")
    said = said.replace('"', "").strip()
    works = {
        (x.subject, x.value)
        for x in f.facts
        if x.kind in ("song", "album") and x.value and x.value.strip('“”"') in said
    }
    return works.pop() if len(works) == 1 else ("", "")


def _spanned(verb: Token, noun: Token) -> bool:
    """True when the count is of a stretch of time ("in its first week", "within 24 hours",
    "in 2020"): the prompt would drop it and ask a lifetime total."""
    for child in verb.children:
        if child.dep_ not in ("prep", "npadvmod") or child.i in {t.i for t in noun.subtree}:
            continue
        words = {t.text.lower() for t in child.subtree}
        if (
            child.text.lower() in ("within", "during", "upon", "after", "since")
            or words & lexicon.word_set("time_words")
            or words & {"week", "weeks", "day", "days", "hours", "month", "year", "release"}
            or any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)
        ):
            return True
    return False


@late_rule
def work_reach(f: Findings) -> None:
    """'“Solo” swept iTunes charts in 40 countries': a count the work's artist is asked for."""
    for view, tok, n, written, num_toks, noun in plain_counts(f):
        if n >= 2 and noun.text.lower() in lexicon.word_set("reach_nouns"):
            _reach(f, view, tok, noun, written, num_toks)


def _reach(
    f: Findings, view: SentenceView, tok: Token, noun: Token, written: str, num_toks: list[Token]
) -> None:
    """One count of views, streams or countries hung on a verb whose subject is a work."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is not None and prep.text.lower() not in _PREPS:
        return
    verb = governing_verb(noun)
    if verb is None or not verb.tag_.startswith("VB") or (prep or noun).head != verb:
        return
    if lexicon.lemma_of(verb.text) in ("be", "have") or any(c.dep_ == "neg" for c in verb.children):
        return
    artist, title = _work(f, verb)
    if not artist or " and " in artist or _spanned(verb, noun):
        return
    subj = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    skip = {t.i for t in noun.subtree} | {t.i for t in subj.subtree}
    if prep is not None:
        skip.add(prep.i)
    clause = clause_for(verb, view, f.cast, artist, skip=frozenset(skip), wide=True)
    if (
        clause is None
        or clause.passive  # ("did ... be certified" is no English)
        or _has_number(clause.rest)
        or clause.tense not in ("past", "perfect")
    ):
        return
    hedge = _hedge(tok)
    value = written if not written[:1].isalpha() else str(_number(tok)[0])
    f.add(
        "number", artist, f"{hedge} {value}".strip(), view,
        relation="count", type="number", noun=noun.text.lower(), verb=clause.lemma,
        clause=clause.base(), participle=clause.participle(), tense=clause.tense,
        # A work's views, sales and charts keep growing: asked as a tally by the story's month.
        perfect="yes" if clause.perfect or noun.text.lower() != "viewers" else "",
        prep=prep.text.lower() if prep is not None else "",
        post=_post_phrase(noun, view, skip - {t.i for t in noun.subtree}),
        work=f"“{title.strip('“”')}”", hedge=hedge, support=written, weight=1.0,
    )  # fmt: skip


# "within 24 hours", "in its first week": the stretch a record count was reached in.
_FIRST_SPAN = re.compile(
    r"\b(?:within|in) (?:its |the |their )?(?:first |opening )?"
    r"(?:(?:\d+|one|two|three|four|five|six|seven|24|48) )?(?:hours?|days?|weeks?)\b",
    re.I,
)
_WORK_NOUNS = frozenset({"song", "track", "single", "video", "album", "record"})


def _one_work(f: Findings, subj: Token) -> tuple[str, str]:
    """(artist, title) for a subject that names a known work, or says "the song" in an
    article that gives one song of one artist ('' when unclear)."""
    said = " ".join(t.text for t in subj.subtree).replace("“", "").replace("”", "").strip('" ')
    works = {
        (x.subject, x.value.strip('“”"'))
        for x in f.facts
        if x.kind in ("song", "album") and x.value and x.value.strip('“”"') in said
    }
    if not works and subj.text.lower() in _WORK_NOUNS and subj.i > 0:
        if subj.nbor(-1).text.lower() == "the":
            kind = "album" if subj.text.lower() == "album" else "song"
            works = {
                (x.subject, x.value.strip('“”"'))
                for x in f.facts
                if x.kind == kind and x.value and x.relation != "possessive"
            }
    return works.pop() if len(works) == 1 else ("", "")


@late_rule
def first_span_records(f: Findings) -> None:
    """'the song set the record on YouTube within 24 hours with 63 million views': a work's
    count over its first hours or days, which never changes once told."""
    for view in f.sentences():
        spans = list(_FIRST_SPAN.finditer(view.text))
        if len(spans) != 1:
            continue  # two stretches in one sentence: which count goes with which is unsure
        for tok in view.tokens:
            if view.in_quote(tok) or not _count_start(tok):
                continue
            n, written, num_toks = _number(tok)
            if not written or (n is not None and n < 1000):
                continue
            noun = num_toks[-1].head
            if noun.text.lower() not in lexicon.word_set("reach_nouns") - {"countries", "markets"}:
                continue
            _first_span(f, view, tok, noun, written, spans[0].group(0))


def _first_span(
    f: Findings, view: SentenceView, tok: Token, noun: Token, written: str, span: str
) -> None:
    """One first-hours count whose verb's subject is a known work, the site it was on kept."""
    if not (noun.dep_ == "pobj" and noun.head.text.lower() == "with") and noun.dep_ != "dobj":
        return  # "to reach 100 million views": a mark passed, not the count the span gives
    if view.text.find(span) > noun.idx - view.span.start_char:
        return  # the stretch is told after the count: it may belong to another clause
    verb = governing_verb(noun)
    subj = (
        next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb else None
    )
    if subj is None:
        return
    artist, title = _one_work(f, subj)
    if not artist or " and " in artist:
        return
    sites = lexicon.word_set("stream_sites")
    site = next(
        (
            t.text
            for t in view.tokens
            if t.text.lower() in sites and t.head.text.lower() == "on" and t.i < noun.i
        ),
        "",
    )
    f.add(
        "number", artist, f"{_hedge(tok)} {written}".strip(), view,
        relation="first-span", type="number", noun=noun.text.lower(), span=span,
        site=site, work=f"“{title}”", hedge=_hedge(tok), weight=1.0,
    )  # fmt: skip
