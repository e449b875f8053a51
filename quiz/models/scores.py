"""Running per-score play counts that make leaderboard ranks cheap at any size."""

from __future__ import annotations

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from quiz.extensions import db


class PlayScoreTally(db.Model):
    """How many finished, unflagged plays of a pack reached each exact score.

    Database triggers (see the migration that creates this table) keep it in step with
    the play table on every insert, update and delete, so no code path can forget it.
    A rank is then one short SUM over distinct scores plus a count of exact ties,
    instead of counting up to every play of the pack.
    """

    pack_id: Mapped[int] = mapped_column(
        ForeignKey("pack.id", ondelete="CASCADE"), primary_key=True
    )
    score: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    plays: Mapped[int] = mapped_column(default=0)


# Scores per band; a rank sums at most ~120 bands plus up to BAND_WIDTH tally rows.
BAND_WIDTH = 128


class PlayScoreBand(db.Model):
    """Ranked plays of a pack per band of BAND_WIDTH scores (score // BAND_WIDTH).

    A second, coarse level over PlayScoreTally, kept by the same kind of triggers: with
    ~15,000 possible scores a rank would otherwise sum thousands of tally rows.
    """

    pack_id: Mapped[int] = mapped_column(
        ForeignKey("pack.id", ondelete="CASCADE"), primary_key=True
    )
    band: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    plays: Mapped[int] = mapped_column(default=0)
