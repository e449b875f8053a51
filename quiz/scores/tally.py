"""Reads of the trigger-kept all-time counts: a play's standing, seeking a page offset.

PlayScoreBand counts ranked plays per band of BAND_WIDTH scores, PlayScoreTally per
exact score and PlayScoreTieBand per exact score and band of TIE_BAND_MS answer time.
"How many plays score higher" sums ~100 bands and at most BAND_WIDTH tally rows, and a
place inside a tie sums its tie bands and counts inside one of them, whatever the
number of plays.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import desc, func, select

from quiz.extensions import db
from quiz.models import Play, PlayScoreBand, PlayScoreTally
from quiz.models.scores import BAND_WIDTH, TIE_BAND_MS, PlayScoreTieBand
from quiz.scores.queries import count_query, ranked, tie_key_ahead, tie_key_behind


@dataclass(frozen=True)
class Standing:
    """Counts around one play's score and answer time, read in one statement."""

    above: int  # plays with a higher score
    tied: int  # plays with the same score, the play included
    before: int  # of those, plays in faster tie bands (all placed ahead)
    in_band: int  # of those, plays in the play's own tie band, the play included


def board_total(pack_id: int) -> int:
    """All ranked plays of the pack."""
    total = select(func.sum(PlayScoreBand.plays)).where(PlayScoreBand.pack_id == pack_id)
    return int(db.session.scalar(total) or 0)


def standing(play: Play) -> Standing:
    """The play's Standing: five scalar subqueries, each a short primary-key range."""
    pack_id, score, band = play.pack_id, play.score, play.score // BAND_WIDTH
    time_band = play.total_time_ms // TIE_BAND_MS
    bands = select(func.sum(PlayScoreBand.plays)).where(
        PlayScoreBand.pack_id == pack_id, PlayScoreBand.band > band
    )
    scores = select(func.sum(PlayScoreTally.plays)).where(
        PlayScoreTally.pack_id == pack_id,
        PlayScoreTally.score > score,
        PlayScoreTally.score < (band + 1) * BAND_WIDTH,
    )
    tied = select(PlayScoreTally.plays).where(
        PlayScoreTally.pack_id == pack_id, PlayScoreTally.score == score
    )
    tie_bands = (PlayScoreTieBand.pack_id == pack_id, PlayScoreTieBand.score == score)
    before = select(func.sum(PlayScoreTieBand.plays)).where(
        *tie_bands, PlayScoreTieBand.time_band < time_band
    )
    in_band = select(PlayScoreTieBand.plays).where(
        *tie_bands, PlayScoreTieBand.time_band == time_band
    )
    parts = (bands, scores, tied, before, in_band)
    row = db.session.execute(select(*(part.scalar_subquery() for part in parts))).one()
    counts = [int(value or 0) for value in row]
    return Standing(counts[0] + counts[1], *counts[2:])


def ties_ahead(play: Play, found: Standing) -> int:
    """Plays with the same score placed before `play`.

    Every play of a faster tie band is ahead; inside the play's own band, count from
    whichever end of the band its answer time is nearer to.
    """
    same = [*ranked(play.pack_id), Play.score == play.score]
    if found.in_band <= 1:
        if found.in_band == 0:  # cannot happen while the triggers run; count, don't fail
            return int(db.session.scalar(count_query([*same, tie_key_ahead(play)])))
        return found.before
    low = play.total_time_ms // TIE_BAND_MS * TIE_BAND_MS
    if 2 * (play.total_time_ms - low) < TIE_BAND_MS:
        ahead = [*same, Play.total_time_ms >= low, tie_key_ahead(play)]
        return found.before + int(db.session.scalar(count_query(ahead)))
    behind = [*same, Play.total_time_ms < low + TIE_BAND_MS, tie_key_behind(play)]
    return found.before + found.in_band - 1 - int(db.session.scalar(count_query(behind)))


def bands(pack_id: int) -> list[tuple[int, int]]:
    """(band, plays) of the pack's score bands that hold ranked plays, highest first."""
    query = select(PlayScoreBand.band, PlayScoreBand.plays).where(
        PlayScoreBand.pack_id == pack_id, PlayScoreBand.plays > 0
    )
    return [(band, plays) for band, plays in db.session.execute(query.order_by(desc("band")))]


def seek(pack_id: int, found: list[tuple[int, int]], offset: int) -> tuple[int, int, int] | None:
    """The score of the play at `offset`, how many plays score above it, how many tie.

    `found` is the pack's bands(); None when the offset is past the last play.
    """
    above, band = 0, None
    for candidate, plays in found:
        if above + plays > offset:
            band = candidate
            break
        above += plays
    if band is None:
        return None
    scores = select(PlayScoreTally.score, PlayScoreTally.plays).where(
        PlayScoreTally.pack_id == pack_id,
        PlayScoreTally.score >= band * BAND_WIDTH,
        PlayScoreTally.score < (band + 1) * BAND_WIDTH,
        PlayScoreTally.plays > 0,
    )
    for score, plays in db.session.execute(scores.order_by(PlayScoreTally.score.desc())):
        if above + plays > offset:
            return score, above, plays
        above += plays
    return None  # only if the two levels disagree, which the triggers prevent


def seek_tie(pack_id: int, score: int, skip: int) -> tuple[int, int]:
    """The tie band holding place `skip` (0-based) of a tie: its first time, plays before.

    Returns the band's lowest total_time_ms and how many plays of the tie come before it.
    """
    bands = select(PlayScoreTieBand.time_band, PlayScoreTieBand.plays).where(
        PlayScoreTieBand.pack_id == pack_id,
        PlayScoreTieBand.score == score,
        PlayScoreTieBand.plays > 0,
    )
    before = 0
    for time_band, plays in db.session.execute(bands.order_by(PlayScoreTieBand.time_band)):
        if before + plays > skip:
            return time_band * TIE_BAND_MS, before
        before += plays
    return 0, 0  # only if the tally and tie bands disagree: start at the tie's top
