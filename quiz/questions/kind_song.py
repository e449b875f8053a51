"""Songs, albums and tours: '"X" by A and B', "A's song "X"", 'the "X" singer', 'her album X'."""

from __future__ import annotations

import re
from random import Random

from . import banks
from .build import make_question
from .context import Context
from .distractors import artists_pool, clean_pool, shuffled
from .model import Fact, Question
from .registry import extractor, generator
from .textutil import NAME, is_variant, strip_title

_Q = r"[\"“](?P<title>[^\"”]{1,80}?)[,.!?]?[\"”]"
_ARTISTS = r"(?P<artist>" + NAME + r"(?:(?:,\s+|\s+and\s+|\s+&\s+)" + NAME + r")*)"
_WORK = r"(?P<work>song|single|hit|track|ballad|anthem|duet|album|record|EP|LP|tour|mixtape)s?"
_ADJ = (
    r"(?:(?:new|hit|latest|debut|classic|breakout|upcoming|\d{4}|first|last|fourth|third|"
    r"second|fifth|sixth|lead|studio|sophomore|solo|next|current|chart-topping|viral)\s+)*"
)
_BY = re.compile(_Q + r"\s+by\s+" + _ARTISTS)
_POSS = re.compile(
    r"(?:"
    + _ARTISTS.replace("artist", "owner")
    + r"(?:[’']s|(?<=s[’']))|\b(?P<pron>[Hh]is|[Hh]er|[Tt]heir))\s+"
    + _ADJ
    + _WORK
    + r",?\s+"
    + _Q
)
_SINGER = re.compile(
    r"\bthe\s+" + _Q + r"\s+(?:singer|hitmaker|rapper|crooner|songstress|star)"
    r"(?:,?\s+(?P<artist>" + NAME + r"))?"
)
_TITLE_FIRST = re.compile(_Q + r",?\s+(?P<pron>his|her)\s+" + _ADJ + _WORK + r"\b")
_TOUR = re.compile(
    r"(?:\b(?P<pron>[Hh]is|[Hh]er|[Tt]heir)|(?P<owner>" + NAME + r")(?:[’']s|(?<=s[’']))|\bthe)"
    r"\s+(?:(?:upcoming|new|latest|first|next|\d{4})\s+)?"
    r"(?P<tour>[A-Z][\w'’&-]*\s+(?:(?:[A-Z][\w'’&-]*|and|of|the|&)\s+){0,4}?"
    r"(?:World\s+)?Tour)\b"
)
_WORK_BY = re.compile(_WORK + r",?\s+" + _Q + r"\s+(?:by|from)\s+" + _ARTISTS)
_NOUN_BEFORE = re.compile(r"\b(song|single|track|album|record|EP|LP|mixtape|tour)s?\b")
_KINDS = {
    "album": "album",
    "record": "album",
    "ep": "album",
    "lp": "album",
    "tour": "tour",
    "mixtape": "album",
}


def _artists(ctx: Context, raw: str) -> list[str]:
    """Split 'A, B and C' into resolved names; [] if any part is not a known person."""
    parts = [p for p in re.split(r",\s+|\s+and\s+|\s+&\s+", raw) if p]
    names = [ctx.people.resolve(p) or (p if len(p.split()) > 1 else "") for p in parts]
    return names if all(names) else []


@extractor("song")
def extract(ctx: Context) -> list[Fact]:
    """Titled works with their artists, where the article states who they are by."""
    facts: list[Fact] = []
    for sent, _span in ctx.sents:
        text = sent.text
        hits: list[tuple[str, str, list[str]]] = []
        described: set[str] = set()  # titles whose artist is only 'the "X" singer' here
        for m in _BY.finditer(text):
            # '… best R&B album went to "X" by A': the nearest work noun before says what X is.
            noun = _NOUN_BEFORE.findall(text[max(0, m.start() - 80) : m.start()])
            kind = _KINDS.get(noun[-1].lower(), "sang") if noun else "sang"
            hits.append((kind, m.group("title"), _artists(ctx, m.group("artist"))))
        for m in _POSS.finditer(text):
            pron = m.group("pron")
            who = (
                [ctx.antecedent(text, m.start(), pron)] if pron else _artists(ctx, m.group("owner"))
            )
            hits.append((_KINDS.get(m.group("work").lower(), "song"), m.group("title"), who))
        for m in _TITLE_FIRST.finditer(text):
            who = ctx.antecedent(text, m.start("pron"), m.group("pron"))
            hits.append((_KINDS.get(m.group("work").lower(), "song"), m.group("title"), [who]))
        for m in _SINGER.finditer(text):
            who = ctx.people.resolve(m.group("artist")) if m.group("artist") else ctx.actor(text)
            hits.append(("sang", m.group("title"), [who] if who else []))
            described.add(strip_title(m.group("title")))
        for m in _WORK_BY.finditer(text):
            kind = _KINDS.get(m.group("work").lower(), "song")
            hits.append((kind, m.group("title"), _artists(ctx, m.group("artist"))))
        for m in _TOUR.finditer(text):
            # "head out on the Salt and Honey Tour" / "her Midnight Bloom Tour" (unquoted).
            pron = m.group("pron")
            if pron:
                who = ctx.antecedent(text, m.start(), pron)
            elif m.group("owner"):
                who = ctx.people.resolve(m.group("owner"))
            else:
                who = ctx.actor(text[: m.start()] or text)
            hits.append(("tour", m.group("tour"), [who] if who else []))
        for kind, title, who in hits:
            title = strip_title(title)
            if who and all(who) and title and len(title.split()) <= 10:
                artist = (
                    " and ".join(who) if len(who) < 3 else ", ".join(who[:-1]) + " and " + who[-1]
                )
                # 'the "X" singer' names nobody: the evidence supports the key through it.
                support = (
                    (title, "singer")
                    if title in described and not any(w in text for w in artist.split())
                    else ()
                )
                # "sang" marks a phrasing that says who sings it ('"X" by A', 'the "X" singer').
                relation = "sang" if kind == "sang" else ""
                kind = "song" if kind == "sang" else kind
                facts.append(Fact(kind, artist, title, sent, relation=relation, support=support))
    return facts


@generator("song", "album", "tour")
def generate(fact: Fact, ctx: Context, rng: Random) -> list[Question]:
    """Who sang "X"? / Whose album is "X"? or: which song is by A?"""
    title, artist, kind = fact.value, fact.subject, fact.kind
    credited = {f.subject for f in extract(ctx) if f.value.lower() == title.lower()}
    credited |= {m.name for m in ctx.mentions(fact.evidence.text)} | {ctx.actor(fact.evidence.text)}
    by_artist = sum(map(ord, title)) % 2 == 1 and kind != "tour"
    if by_artist:
        # Titles whose artist is unknown may well be by this artist: only bank titles are safe.
        rows = banks.works(kind if kind == "album" else "song")
        cands = [
            r["title"]
            for r in rows
            if not is_variant(r["artist"], artist)
            and not any(is_variant(r["artist"], c) for c in credited if c)
        ]
        mine = [f.value for f in extract(ctx) if is_variant(f.subject, artist)]
        pool = clean_pool(title, shuffled(cands, rng), truths=mine)
        prompt = f"Which {kind} is by {artist}?"
        key = f"“{title}”"
        pool = [f"“{p}”" for p in pool]
    else:
        key = artist
        pool = clean_pool(
            artist,
            artists_pool(rng, credited, pairs=" and " in artist),
            truths=[c for c in credited if c],
            evidence=fact.evidence.text,
        )
        # A cover or a performance in the sentence means someone else sang it too.
        sole = fact.relation == "sang" and not re.search(
            r"\b(?:cover|covered|remix|performed|sang|duet)", fact.evidence.text
        )
        prompt = f"Who sang “{title}”?" if sole else f"Whose {kind} is “{title}”?"
        prompt = prompt.replace("Who sang", "Which artists recorded") if " and " in key else prompt
        if kind == "tour" and title.endswith("Tour"):
            prompt = f"Whose tour is the {title}?"
    return [
        make_question(
            fact,
            ctx,
            rng,
            kind=kind,
            prompt=prompt,
            key=key,
            pool=pool,
            explanation=f"“{title}” is by {artist}.",
        )
    ]
