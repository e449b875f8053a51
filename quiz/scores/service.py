"""Leaderboard pages and ranks, built to stay fast at a million plays of a pack.

Only ranked plays count: finished and not flagged. Order: score desc, total answer time
asc, finish time asc, then id, so every play has exactly one place. Scope "week" starts
Monday 00:00 UTC and "today" at 00:00 UTC, read from quiz.clock.

All-time ranks and deep pages use two levels of counts kept by triggers: PlayScoreBand
(plays per band of 128 scores) and PlayScoreTally (plays per exact score). The plays
ahead of a score are then a sum of ~100 bands plus at most 128 tally rows, instead of
counting up to a million plays. Week and today count in ix_play_board_recent, whose
size is the plays of that period.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, false, func, or_, select, tuple_

from quiz import clock
from quiz.extensions import db
from quiz.models import Pack, Play, PlayScoreBand, PlayScoreTally
from quiz.models.scores import BAND_WIDTH

SCOPES = ("all", "week", "today")
# Below this offset a plain OFFSET over the index is cheaper than seeking via the tally.
SEEK_AFTER = 1000
ORDER = (Play.score.desc(), Play.total_time_ms, Play.finished_at, Play.id)


@dataclass(frozen=True)
class BoardRow:
    """One line of a leaderboard."""

    rank: int
    play_id: int
    nickname: str
    score: int
    correct_count: int
    question_count: int
    total_time_ms: int
    finished_at: datetime

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (the play id stays internal; tokens are never listed)."""
        data = asdict(self)
        del data["play_id"]
        data["finished_at"] = self.finished_at.isoformat() + "Z"
        return data


@dataclass(frozen=True)
class BoardPage:
    """One page of a pack's leaderboard in one scope."""

    scope: str
    page: int
    per_page: int
    total: int
    rows: list[BoardRow]

    @property
    def pages(self) -> int:
        """Number of pages (at least 1, so an empty board still has page 1)."""
        return max(1, -(-self.total // self.per_page))


def scope_start(scope: str, now: datetime | None = None) -> datetime | None:
    """First instant (naive UTC) inside the scope; None for all time."""
    now = now or clock.utcnow()
    midnight = datetime(now.year, now.month, now.day)
    if scope == "today":
        return midnight
    if scope == "week":  # ISO week: a player's "this week" starts on Monday
        return midnight - timedelta(days=now.weekday())
    return None


def ranked(pack_id: int, since: datetime | None = None) -> list[ColumnElement[bool]]:
    """Conditions for ranked plays; literal terms so the partial indexes apply."""
    terms = [Play.pack_id == pack_id, Play.finished_at.is_not(None), Play.flagged == false()]
    if since is not None:
        terms.append(Play.finished_at >= since)
    return terms


def board_query(terms: list[ColumnElement[bool]]) -> Select[Any]:
    """Leaderboard rows matching `terms`, in board order."""
    columns = (Play.id, Play.nickname, Play.score, Play.correct_count, Play.question_count)
    return select(*columns, Play.total_time_ms, Play.finished_at).where(*terms).order_by(*ORDER)


def leaderboard_page(
    pack: Pack, scope: str = "all", page: int = 1, per_page: int = 25
) -> BoardPage:
    """The rows of one page, ranked, with the board's total size."""
    since = scope_start(scope)
    offset = (page - 1) * per_page
    terms = ranked(pack.id, since)
    if since is None and offset >= SEEK_AFTER:
        seek = _seek(pack.id, offset)
        if seek is None:  # past the last play
            return BoardPage(scope, page, per_page, board_size(pack.id, since), [])
        score, above = seek
        query = board_query([*terms, Play.score <= score]).offset(offset - above)
    else:
        query = board_query(terms).offset(offset)
    found = db.session.execute(query.limit(per_page)).all()
    rows = [BoardRow(offset + n, *row) for n, row in enumerate(found, start=1)]
    return BoardPage(scope, page, per_page, board_size(pack.id, since), rows)


def _seek(pack_id: int, offset: int) -> tuple[int, int] | None:
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


def plays_above(pack_id: int, score: int) -> int:
    """Ranked plays of the pack with a higher score: whole bands, then scores in its band."""
    band = score // BAND_WIDTH
    bands = select(func.sum(PlayScoreBand.plays)).where(
        PlayScoreBand.pack_id == pack_id, PlayScoreBand.band > band
    )
    scores = select(func.sum(PlayScoreTally.plays)).where(
        PlayScoreTally.pack_id == pack_id,
        PlayScoreTally.score > score,
        PlayScoreTally.score < (band + 1) * BAND_WIDTH,
    )
    return int(db.session.scalar(bands) or 0) + int(db.session.scalar(scores) or 0)


def board_size(pack_id: int, since: datetime | None = None) -> int:
    """How many ranked plays the board has in the scope."""
    if since is None:
        total = select(func.sum(PlayScoreBand.plays)).where(PlayScoreBand.pack_id == pack_id)
    else:
        total = select(func.count()).select_from(Play).where(*ranked(pack_id, since))
    return int(db.session.scalar(total) or 0)


def is_ranked(play: Play) -> bool:
    """True when the play appears on leaderboards (finished and not flagged)."""
    return play.finished_at is not None and not play.flagged


def rank_of(play: Play, scope: str = "all") -> int | None:
    """The play's place on its pack's board in the scope; None when it is not on it."""
    since = scope_start(scope)
    if not is_ranked(play) or (since is not None and play.finished_at < since):
        return None
    counted = int(db.session.scalar(ahead_query(play, since)) or 0)
    if since is None:  # the query counted only equal scores; the bands give the rest
        counted += plays_above(play.pack_id, play.score)
    return 1 + counted


def ahead_query(play: Play, since: datetime | None) -> Select[Any]:
    """COUNT of plays ahead: in a scope all of them, all-time only the equal scores."""
    same_score_ahead = tuple_(Play.total_time_ms, Play.finished_at, Play.id) < tuple_(
        play.total_time_ms, play.finished_at, play.id
    )
    if since is None:
        ahead: ColumnElement[bool] = (Play.score == play.score) & same_score_ahead
    else:
        ahead = or_(Play.score > play.score, (Play.score == play.score) & same_score_ahead)
    return select(func.count()).select_from(Play).where(*ranked(play.pack_id, since), ahead)


def page_of(rank: int, per_page: int) -> int:
    """The leaderboard page that shows a rank."""
    return (rank - 1) // per_page + 1


def top_plays(pack: Pack, limit: int = 3) -> list[BoardRow]:
    """The best plays of all time (for a pack's start page and the home page)."""
    return leaderboard_page(pack, "all", 1, limit).rows
