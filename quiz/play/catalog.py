"""What fans see before they play: published packs, their stats and top plays."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import timedelta

from sqlalchemy import ColumnElement, Subquery, bindparam, case, func, select

from quiz import clock
from quiz.extensions import db
from quiz.models import Pack, Play, Question
from quiz.packs.service import COUNTS_QUESTIONS  # stated counts go stale
from quiz.play.service import PLAYABLE, PLAYABLE_QUESTIONS, question_limit


@dataclass(frozen=True)
class PackSummary:
    """A published pack as the home page lists it."""

    pack: Pack
    question_count: int
    play_count: int
    top_score: int | None
    is_new: bool = False
    most_played: bool = False

    @property
    def blurb(self) -> str:
        """The card's short description (see blurb())."""
        return blurb(self.pack)


# How long a pack wears the "New" badge on the home page.
NEW_FOR = timedelta(days=7)


def blurb(pack: Pack) -> str:
    """A description that stays true: the pack's own, unless it is empty, repeats the title
    or states a question count; else where the questions come from."""
    own = pack.description.strip()
    if own and not COUNTS_QUESTIONS.search(own) and _words(pack.title) not in _words(own):
        return own
    source = pack.source_title.strip()
    when = f" of {pack.source_published:%-d %B %Y}" if pack.source_published else ""
    if source and _words(source) != _words(pack.title):
        return f"Questions from “{source}”{when}."
    return f"Questions from the news story{when}, each answer backed by its own sentence."


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def play_counts() -> Subquery:
    """Plays per pack as every page counts them: finished, started, and the top score.

    "Plays" on the home page, in the API and in the studio is the finished count; the
    studio also shows the started ones that never finished (abandoned or still going).
    """
    finished = Play.finished_at.is_not(None)
    return (
        select(
            Play.pack_id,
            func.count(case((finished, Play.id))).label("finished"),
            func.count(Play.id).label("started"),
            # Flagged plays count as plays but never hold the top score.
            func.max(case((finished & Play.flagged.is_(False), Play.score))).label("top"),
        )
        .group_by(Play.pack_id)
        .subquery()
    )


def published_packs() -> list[PackSummary]:
    """Published packs, newest first (by day), then most played; with their stats."""
    questions = (
        select(Question.pack_id, func.count(Question.id).label("n"))
        .where(*PLAYABLE)
        .group_by(Question.pack_id)
        .subquery()
    )
    plays = play_counts()
    rows = db.session.execute(
        select(Pack, questions.c.n, plays.c.finished, plays.c.top)
        .outerjoin(questions, questions.c.pack_id == Pack.id)
        .outerjoin(plays, plays.c.pack_id == Pack.id)
        .where(Pack.status == "published")
        .order_by(Pack.published_at.desc(), Pack.id.desc())
    )
    # A play takes at most question_limit() of them: the card promises what a play holds.
    limit = question_limit()
    summaries = [PackSummary(pack, min(q or 0, limit), p or 0, top) for pack, q, p, top in rows]
    return _badged(summaries)


def _badged(summaries: list[PackSummary]) -> list[PackSummary]:
    """Order newest day first, then most played; mark the new ones and the most played."""
    new_since = clock.utcnow() - NEW_FOR
    most = max((s.play_count for s in summaries), default=0)

    def day(summary: PackSummary) -> int:
        published = summary.pack.published_at or summary.pack.created_at
        return published.toordinal()

    ordered = sorted(summaries, key=lambda s: (-day(s), -s.play_count, -s.pack.id))
    return [
        replace(
            s,
            is_new=(s.pack.published_at or s.pack.created_at) >= new_since,
            most_played=most > 0 and s.play_count == most,
        )
        for s in ordered
    ]


def published_pack(slug: str) -> Pack | None:
    """The published pack with this slug; drafts and unpublished packs are not found."""
    return db.session.scalar(select(Pack).where(Pack.slug == slug, Pack.status == "published"))


def finished_play_of(pack: Pack, token: str | None) -> Play | None:
    """The finished play of this pack with this token (the visitor's own)."""
    return _finished_play(pack, Play.token == token) if token else None


def challenge_play(pack: Pack, code: str | None) -> Play | None:
    """The finished play of this pack that a challenge link (?challenge=<code>) names."""
    return _finished_play(pack, Play.challenge_code == code) if code else None


def _finished_play(pack: Pack, condition: ColumnElement[bool]) -> Play | None:
    return db.session.scalar(
        select(Play).where(condition, Play.pack_id == pack.id, Play.finished_at.is_not(None))
    )


@dataclass(frozen=True)
class QuestionStats:
    """What a pack's start page says about its questions."""

    count: int
    shortest: int
    longest: int


def question_stats(pack: Pack) -> QuestionStats:
    """How many questions a play of the pack gets, and their shortest and longest time limit."""
    # One aggregate row over the same questions a play snapshots: the page never needs
    # the questions themselves, and its count must match the play's.
    params = {"pack_id": pack.id, "limit": question_limit()}
    count, shortest, longest = db.session.execute(_QUESTION_STATS, params).one()
    return QuestionStats(count, shortest or 0, longest or 0)


# The first `limit` playable questions in play order, as question_snapshots() takes them.
_PLAYED = (
    select(Question.time_limit)
    .where(*PLAYABLE_QUESTIONS)
    .order_by(Question.position, Question.id)
    .limit(bindparam("limit"))
    .subquery()
)
_QUESTION_STATS = select(
    func.count(), func.min(_PLAYED.c.time_limit), func.max(_PLAYED.c.time_limit)
).select_from(_PLAYED)
