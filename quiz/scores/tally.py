"""Reads of the trigger-kept counts: plays above a score, ties, seeking a page offset.

PlayScoreBand counts ranked plays per band of BAND_WIDTH scores and PlayScoreTally per
exact score, so "how many plays score higher" sums ~100 bands and at most BAND_WIDTH
tally rows whatever the number of plays.
"""

from __future__ import annotations

from sqlalchemy import func, select

from quiz.extensions import db
from quiz.models import Play, PlayScoreBand, PlayScoreTally
from quiz.models.scores import BAND_WIDTH
from quiz.scores.queries import count_query, ranked, tie_key_ahead, tie_key_behind


def board_total(pack_id: int) -> int:
    """All ranked plays of the pack."""
    total = select(func.sum(PlayScoreBand.plays)).where(PlayScoreBand.pack_id == pack_id)
    return int(db.session.scalar(total) or 0)


def above_and_tied(pack_id: int, score: int) -> tuple[int, int]:
    """Plays scoring higher (whole bands, then scores in its band) and plays tied with it.

    One statement of three scalar subqueries: each is a short primary-key range.
    """
    band = score // BAND_WIDTH
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
    row = db.session.execute(
        select(bands.scalar_subquery(), scores.scalar_subquery(), tied.scalar_subquery())
    ).one()
    return int(row[0] or 0) + int(row[1] or 0), int(row[2] or 0)


def ties_ahead(play: Play, tied: int) -> int:
    """Plays with the same score placed before `play` (`tied` plays share the score).

    Big tie groups happen (every all-wrong play scores 0), so count up to half the
    group ahead; past half, count the plays behind instead and subtract.
    """
    same = [*ranked(play.pack_id), Play.score == play.score]
    if not tied:  # cannot happen while the triggers run; count plainly rather than fail
        return int(db.session.scalar(count_query([*same, tie_key_ahead(play)])))
    half = tied // 2
    ahead = int(db.session.scalar(count_query([*same, tie_key_ahead(play)], cap=half + 1)))
    if ahead <= half:
        return ahead
    behind = int(db.session.scalar(count_query([*same, tie_key_behind(play)])))
    return tied - 1 - behind


def seek(pack_id: int, offset: int) -> tuple[int, int] | None:
    """The score held by the play at `offset`, and how many plays score above it."""
    bands = select(PlayScoreBand.band, PlayScoreBand.plays).where(
        PlayScoreBand.pack_id == pack_id, PlayScoreBand.plays > 0
    )
    above, band = 0, None
    for candidate, plays in db.session.execute(bands.order_by(PlayScoreBand.band.desc())):
        if above + plays > offset:
            band = candidate
            break
        above += plays
    if band is None:  # past the last play
        return None
    scores = select(PlayScoreTally.score, PlayScoreTally.plays).where(
        PlayScoreTally.pack_id == pack_id,
        PlayScoreTally.score >= band * BAND_WIDTH,
        PlayScoreTally.score < (band + 1) * BAND_WIDTH,
        PlayScoreTally.plays > 0,
    )
    for score, plays in db.session.execute(scores.order_by(PlayScoreTally.score.desc())):
        if above + plays > offset:
            return score, above
        above += plays
    return None  # only if the two levels disagree, which the triggers prevent
