"""Running counts of ranked plays that make leaderboard ranks cheap at any size."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from quiz.extensions import Model


class PlayScoreTally(Model):
    """How many finished, unflagged plays of a pack reached each exact score.

    Database triggers (quiz.models.triggers) keep it in step with
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
# Milliseconds of total answer time per tie band (2**14, about 16 s).
TIE_BAND_MS = 16384


class PlayScoreBand(Model):
    """Ranked plays of a pack per band of BAND_WIDTH scores (score // BAND_WIDTH).

    A second, coarse level over PlayScoreTally, kept by the same kind of triggers: with
    ~15,000 possible scores a rank would otherwise sum thousands of tally rows.
    """

    pack_id: Mapped[int] = mapped_column(
        ForeignKey("pack.id", ondelete="CASCADE"), primary_key=True
    )
    band: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    plays: Mapped[int] = mapped_column(default=0)


class PlayScoreTieBand(Model):
    """Ranked plays of a pack per exact score and band of total answer time.

    Ties are ordered by answer time, and one score can hold a tenth of all plays (every
    all-wrong play scores 0), so a place inside a tie is found from these counts plus
    a count inside one band of TIE_BAND_MS, never by counting the whole tie.
    """

    pack_id: Mapped[int] = mapped_column(
        ForeignKey("pack.id", ondelete="CASCADE"), primary_key=True
    )
    score: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    # total_time_ms // TIE_BAND_MS
    time_band: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    plays: Mapped[int] = mapped_column(default=0)


class PlayScoreDayBand(Model):
    """Ranked plays of a pack per finish day (UTC) and score band.

    Week and today boards start at a UTC midnight, so a period is a run of whole days:
    ranks and page starts sum these rows and count plays only inside one score band.
    """

    pack_id: Mapped[int] = mapped_column(
        ForeignKey("pack.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[date] = mapped_column(primary_key=True)
    band: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    plays: Mapped[int] = mapped_column(default=0)
