"""Week and today boards from the per-day band counts (PlayScoreDayBand).

A scope starts at a UTC midnight, so its plays are those of whole finish days. The
plays above a score band are a sum of day-band rows (at most 7 days x ~100 bands);
only the plays inside one band are counted or sorted, one index seek per day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Select, desc, func, or_, select

from quiz.extensions import db
from quiz.models import Play
from quiz.models.scores import BAND_WIDTH, PlayScoreDayBand
from quiz.scores.queries import (
    board_query,
    by_day,
    count_query,
    in_days,
    ranked,
    tie_key_ahead,
)

DAY = PlayScoreDayBand.day


@dataclass(frozen=True)
class Period:
    """Ranked plays of a pack since a midnight, per score band, and the days they span."""

    first: date  # the scope's first day
    last: date  # the last day with a ranked play (the first day when there is none)
    # (band, plays), highest band first; bands without plays are left out.
    bands: tuple[tuple[int, int], ...]

    @property
    def total(self) -> int:
        """All ranked plays of the period."""
        return sum(plays for _, plays in self.bands)

    def above(self, band: int) -> int:
        """Plays of the period in bands higher than `band`."""
        return sum(plays for other, plays in self.bands if other > band)

    def window(self, offset: int, count: int) -> tuple[int, int, int] | None:
        """Score range [low, high) holding board places offset+1 .. offset+count.

        Also returns how many plays of the period score at or above `high`; None when
        the offset is past the last play.
        """
        above, start = 0, None
        for n, (_, plays) in enumerate(self.bands):
            if above + plays > offset:
                start = n
                break
            above += plays
        if start is None:
            return None
        end, covered = start, 0
        for end in range(start, len(self.bands)):
            covered += self.bands[end][1]
            if above + covered >= offset + count:
                break
        high = (self.bands[start][0] + 1) * BAND_WIDTH
        return self.bands[end][0] * BAND_WIDTH, high, above


def period(pack_id: int, since: datetime) -> Period:
    """The day-band counts of a pack from `since` (a UTC midnight) on, summed per band."""
    if since.time() != time(0):
        raise ValueError(f"periods start at midnight, not {since}")
    first = since.date()
    rows = db.session.execute(
        select(PlayScoreDayBand.band, func.sum(PlayScoreDayBand.plays), func.max(DAY))
        .where(PlayScoreDayBand.pack_id == pack_id, DAY >= first, PlayScoreDayBand.plays > 0)
        .group_by(PlayScoreDayBand.band)
        .order_by(desc(PlayScoreDayBand.band))
    ).all()
    last = max((row[2] for row in rows), default=first)
    return Period(first, last, tuple((band, int(plays)) for band, plays, _ in rows))


def page_queries(pack_id: int, found: Period, offset: int, count: int) -> list[Select[Any]]:
    """A query for the ids of the period's places offset+1 .. offset+count, if any."""
    window = found.window(offset, count)
    if window is None:
        return []
    low, high, above = window
    terms = [*ranked(pack_id), *in_days(found.first, found.last, low, high)]
    return [by_day(board_query(terms)).offset(offset - above).limit(count)]


def ahead_in_band(play: Play, found: Period) -> int:
    """Plays of the period in the play's own score band that are placed before it."""
    high = (play.score // BAND_WIDTH + 1) * BAND_WIDTH
    ahead = or_(Play.score > play.score, tie_key_ahead(play))
    terms = [*ranked(play.pack_id), *in_days(found.first, found.last, play.score, high), ahead]
    return int(db.session.scalar(by_day(count_query(terms))))
