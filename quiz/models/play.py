"""Plays: one fan's run through a pack, with a snapshot of what they were shown."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quiz import clock
from quiz.extensions import Model
from quiz.models.content import Pack

# Partial-index condition of the leaderboard indexes: ranked plays (finished, unflagged).
RANKED_ONLY: dict[str, Any] = {
    "sqlite_where": text("finished_at IS NOT NULL AND flagged = 0"),
    "postgresql_where": text("finished_at IS NOT NULL AND flagged = false"),
}


def new_challenge_code() -> str:
    """A play's public challenge id: random, and unrelated to its token (96 bits)."""
    return secrets.token_urlsafe(12)


class Play(Model):
    """A fan's play of a pack; its token is both the play URL and the share link."""

    __table_args__ = (
        # Week/today boards and ranks: per finish day (UTC), a range of scores, covering.
        # Queries name the days with IN so each day is one seek into its score range.
        # The day leads so that a query without one (all time) can never pick this index.
        Index(
            "ix_play_board_day",
            text("date(finished_at)"),
            "pack_id",
            "score",
            "total_time_ms",
            "finished_at",
            "id",
            "flagged",
            **RANKED_ONLY,
        ),
        Index("ix_play_pack_finished_at", "pack_id", "finished_at"),
        Index("ix_play_challenge_code", "challenge_code", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    pack_id: Mapped[int] = mapped_column(ForeignKey("pack.id", ondelete="CASCADE"))
    nickname: Mapped[str] = mapped_column(String(40))
    started_at: Mapped[datetime] = mapped_column(default=clock.utcnow)
    finished_at: Mapped[datetime | None]
    question_count: Mapped[int] = mapped_column(default=0)
    # Position of the question the player is on (0-based); equals question_count when done.
    current_position: Mapped[int] = mapped_column(default=0)
    score: Mapped[int] = mapped_column(default=0)
    correct_count: Mapped[int] = mapped_column(default=0)
    streak: Mapped[int] = mapped_column(default=0)
    total_time_ms: Mapped[int] = mapped_column(default=0)
    # Set when any answer came faster than a human could read; keeps it off leaderboards.
    flagged: Mapped[bool] = mapped_column(default=False)
    challenger_id: Mapped[int | None] = mapped_column(ForeignKey("play.id", ondelete="SET NULL"))
    # What a challenge link carries (/p/<slug>?challenge=<code>): the token is the play's
    # credential and never goes into a link meant for someone else.
    challenge_code: Mapped[str | None] = mapped_column(String(32), default=new_challenge_code)

    pack: Mapped[Pack] = relationship()
    questions: Mapped[list[PlayQuestion]] = relationship(
        back_populates="play", order_by="PlayQuestion.position", cascade="all, delete-orphan"
    )
    answers: Mapped[list[Answer]] = relationship(
        back_populates="play", order_by="Answer.position", cascade="all, delete-orphan"
    )
    challenger: Mapped[Play | None] = relationship(remote_side=[id])

    @property
    def is_finished(self) -> bool:
        """True once the last question has been answered or timed out."""
        return self.finished_at is not None


# Leaderboard order: score desc, total answer time asc, finish time asc, then id.
# Partial: only ranked plays (finished, unflagged), so abandoned and flagged plays
# never cost the leaderboard a row; queries must repeat both terms literally.
# flagged is carried so SQLite can answer from the index alone (covering).
# Declared on the columns (not as text), so autogenerate can compare it with the database.
Index(
    "ix_play_board",
    Play.pack_id,
    Play.score.desc(),
    Play.total_time_ms,
    Play.finished_at,
    Play.id,
    Play.flagged,
    **RANKED_ONLY,
)


class PlayQuestion(Model):
    """A question as this play showed it, frozen so later edits never change a play."""

    __table_args__ = (UniqueConstraint("play_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    play_id: Mapped[int] = mapped_column(ForeignKey("play.id", ondelete="CASCADE"))
    position: Mapped[int]
    question_id: Mapped[int | None] = mapped_column(ForeignKey("question.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(40))
    prompt: Mapped[str] = mapped_column(Text)
    choices: Mapped[list[str]] = mapped_column(JSON)
    correct_index: Mapped[int]
    explanation: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    time_limit: Mapped[int]
    # The clock for this question starts when the server first serves it.
    served_at: Mapped[datetime | None]

    play: Mapped[Play] = relationship(back_populates="questions")


class Answer(Model):
    """The graded answer to one question of a play; at most one per question."""

    __table_args__ = (UniqueConstraint("play_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    play_id: Mapped[int] = mapped_column(ForeignKey("play.id", ondelete="CASCADE"))
    position: Mapped[int]
    # None when the time ran out before an answer came.
    choice_index: Mapped[int | None]
    correct: Mapped[bool] = mapped_column(default=False)
    # Everything the answer earned, streak bonus included; Play.score is the sum of these.
    points: Mapped[int] = mapped_column(default=0)
    streak_bonus: Mapped[int] = mapped_column(default=0)
    elapsed_ms: Mapped[int] = mapped_column(default=0)
    answered_at: Mapped[datetime] = mapped_column(default=clock.utcnow)
    too_fast: Mapped[bool] = mapped_column(default=False)

    play: Mapped[Play] = relationship(back_populates="answers")
