"""Leaderboard pages and ranks, built to stay fast at a million plays of a pack.

Only ranked plays count: finished and not flagged. Order: score desc, total answer time
asc, finish time asc, then id, so every play has exactly one place. Scope "week" starts
Monday 00:00 UTC and "today" at 00:00 UTC, read from quiz.clock.

Ranks and deep pages read trigger-kept counts instead of counting plays: all time from
quiz.scores.tally (score bands, scores, tie bands), week and today from
quiz.scores.periods (per finish day and score band).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, TypedDict

from flask import current_app
from sqlalchemy import Select

from quiz import clock
from quiz.extensions import db
from quiz.models import Pack, Play
from quiz.models.scores import BAND_WIDTH
from quiz.scores import periods, tally
from quiz.scores.me import my_play
from quiz.scores.queries import ORDER, board_query, ranked, rows_query

if TYPE_CHECKING:  # the form imports SCOPES from here
    from quiz.scores.forms import LeaderboardQuery

__all__ = ["ORDER", "board_query", "ranked"]

SCOPES = ("all", "week", "today")
# Below this offset (into the board, or into one tie) a plain OFFSET over the index is
# cheaper than seeking via the counts.
SEEK_AFTER = 1000


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


def leaderboard_page(
    pack: Pack, scope: str = "all", page: int = 1, per_page: int = 25
) -> BoardPage:
    """The rows of one page, ranked, with the board's total size."""
    since = scope_start(scope)
    offset = (page - 1) * per_page
    if since is None:
        total, queries = _all_time(pack.id, offset, per_page)
    else:
        found = periods.period(pack.id, since)
        total, queries = found.total, periods.page_queries(pack.id, found, offset, per_page)
    rows = list(db.session.execute(rows_query(queries))) if queries else []
    rows.sort(key=lambda row: (-row.score, row.total_time_ms, row.finished_at, row.id))
    board = [BoardRow(offset + n, *row) for n, row in enumerate(rows[:per_page], start=1)]
    return BoardPage(scope, page, per_page, total, board)


def _all_time(pack_id: int, offset: int, count: int) -> tuple[int, list[Select[Any]]]:
    """The board's size, and queries for the ids of places offset+1 .. offset+count.

    Deep pages start from the score (and inside a big tie, the tie band) that the counts
    place at the offset, so OFFSET only ever skips plays within one score or tie band.
    """
    if offset < SEEK_AFTER:
        query = board_query(ranked(pack_id)).offset(offset).limit(count)
        return tally.board_total(pack_id), [query]
    bands = tally.bands(pack_id)
    total = sum(plays for _, plays in bands)
    seek = tally.seek(pack_id, bands, offset)
    if seek is None:  # past the last play
        return total, []
    score, above, tied = seek
    skip = offset - above
    if skip < SEEK_AFTER:
        query = board_query([*ranked(pack_id), Play.score <= score]).offset(skip).limit(count)
        return total, [query]
    time_from, before = tally.seek_tie(pack_id, score, skip)
    tie = [*ranked(pack_id), Play.score == score, Play.total_time_ms >= time_from]
    queries = [board_query(tie).offset(skip - before).limit(count)]
    if tied - skip < count:  # the page runs on past the tie
        below = [*ranked(pack_id), Play.score < score]
        queries.append(board_query(below).limit(count - (tied - skip)))
    return total, queries


def board_size(pack_id: int, since: datetime | None = None) -> int:
    """How many ranked plays the board has in the scope."""
    if since is None:
        return tally.board_total(pack_id)
    return periods.period(pack_id, since).total


def is_ranked(play: Play) -> bool:
    """True when the play appears on leaderboards (finished and not flagged)."""
    return play.finished_at is not None and not play.flagged


def rank_of(play: Play, scope: str = "all") -> int | None:
    """The play's place on its pack's board in the scope; None when it is not on it."""
    since, finished = scope_start(scope), play.finished_at
    if not is_ranked(play) or finished is None or (since is not None and finished < since):
        return None
    if since is None:
        found = tally.standing(play)
        return 1 + found.above + tally.ties_ahead(play, found)
    period = periods.period(play.pack_id, since)
    return 1 + period.above(play.score // BAND_WIDTH) + periods.ahead_in_band(play, period)


def page_of(rank: int, per_page: int) -> int:
    """The leaderboard page that shows a rank."""
    return (rank - 1) // per_page + 1


class BoardContext(TypedDict):
    """A board page with the visitor's own place: what the page and the JSON show."""

    board: BoardPage
    me: Play | None
    my_rank: int | None
    my_page: int | None
    me_token: str | None


def board_context(pack: Pack, query: LeaderboardQuery) -> BoardContext:
    """The page of rows plus the visitor's own place, shared by the page and the JSON."""
    per_page = current_app.config["LEADERBOARD_PAGE_SIZE"]
    scope, page = query.scope.data, query.page.data or 1
    board = leaderboard_page(pack, scope, page, per_page)
    me = my_play(pack, query.me.data)
    my_rank = rank_of(me, scope) if me else None
    return {
        "board": board,
        "me": me,
        "my_rank": my_rank,
        "my_page": page_of(my_rank, per_page) if my_rank else None,
        "me_token": query.me.data or None,
    }


def top_plays(pack: Pack, limit: int = 3) -> list[BoardRow]:
    """The best plays of all time (for a pack's start page and the home page)."""
    return leaderboard_page(pack, "all", 1, limit).rows
