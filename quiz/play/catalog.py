"""What fans see before they play: published packs, their stats and top plays."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Subquery, case, func, select

from quiz.extensions import db
from quiz.models import Pack, Play, Question
from quiz.play.service import PLAYABLE, PLAYABLE_QUESTIONS


@dataclass(frozen=True)
class PackSummary:
    """A published pack as the home page lists it."""

    pack: Pack
    question_count: int
    play_count: int
    top_score: int | None


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
    """Published packs, newest first, with playable questions, finished plays and top score."""
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
    return [PackSummary(pack, q or 0, p or 0, top) for pack, q, p, top in rows]


def published_pack(slug: str) -> Pack | None:
    """The published pack with this slug; drafts and unpublished packs are not found."""
    return db.session.scalar(select(Pack).where(Pack.slug == slug, Pack.status == "published"))


def finished_play_of(pack: Pack, token: str | None) -> Play | None:
    """The finished play of this pack with this token (a challenge link's, or your own)."""
    if not token:
        return None
    return db.session.scalar(
        select(Play).where(
            Play.token == token, Play.pack_id == pack.id, Play.finished_at.is_not(None)
        )
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
    count, shortest, longest = db.session.execute(_QUESTION_STATS, {"pack_id": pack.id}).one()
    return QuestionStats(count, shortest or 0, longest or 0)


_QUESTION_STATS = select(
    func.count(Question.id), func.min(Question.time_limit), func.max(Question.time_limit)
).where(*PLAYABLE_QUESTIONS)
