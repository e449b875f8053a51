"""Leaderboard pages and ranks, built to stay fast at a million plays of a pack.

Only ranked plays count: finished and not flagged. Order: score desc, total answer time
asc, finish time asc, then id, so every play has exactly one place. Scope "week" starts
Monday 00:00 UTC and "today" at 00:00 UTC, read from quiz.clock.

All-time ranks and deep pages read the trigger-kept counts (quiz.scores.tally) instead
of counting plays. Week and today pick, per query, the cheaper of two partial indexes:
walking the board order and skipping plays outside the period, or taking the period's
plays by finish time and sorting them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from quiz import clock
from quiz.extensions import db
from quiz.models import Pack, Play
from quiz.scores import tally
from quiz.scores.queries import (
    BY_FINISH,
    BY_SCORE,
    ORDER,
    ahead_query,
    board_query,
    count_query,
    ranked,
    rows_query,
)

__all__ = ["ORDER", "ahead_query", "board_query", "ranked"]

SCOPES = ("all", "week", "today")
# Below this offset a plain OFFSET over the index is cheaper than seeking via the tally.
SEEK_AFTER = 1000
# Sorting a period's plays costs a table read and a sort step per play: about this many
# index steps each (rough, from bench/leaderboard.py on SQLite).
SORT_COST = 8


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
    total = board_size(pack.id, since)
    if since is not None:
        # Board order skips total/in_scope plays per row shown; finish order sorts them all.
        skipped = (offset + per_page) * tally.board_total(pack.id) / max(total, 1)
        prefer = BY_SCORE if skipped <= SORT_COST * total else BY_FINISH
        query = board_query(ranked(pack.id, since, prefer), prefer).offset(offset)
    elif offset >= SEEK_AFTER:
        seek = tally.seek(pack.id, offset)
        if seek is None:  # past the last play
            return BoardPage(scope, page, per_page, total, [])
        score, above = seek
        query = board_query([*ranked(pack.id), Play.score <= score]).offset(offset - above)
    else:
        query = board_query(ranked(pack.id)).offset(offset)
    ids = list(db.session.scalars(query.limit(per_page)))
    found = db.session.execute(rows_query(ids)).all() if ids else []
    found.sort(key=lambda row: (-row.score, row.total_time_ms, row.finished_at, row.id))
    rows = [BoardRow(offset + n, *row) for n, row in enumerate(found, start=1)]
    return BoardPage(scope, page, per_page, total, rows)


def board_size(pack_id: int, since: datetime | None = None) -> int:
    """How many ranked plays the board has in the scope."""
    if since is None:
        return tally.board_total(pack_id)
    return int(db.session.scalar(count_query(ranked(pack_id, since, BY_FINISH))))


def is_ranked(play: Play) -> bool:
    """True when the play appears on leaderboards (finished and not flagged)."""
    return play.finished_at is not None and not play.flagged


def rank_of(play: Play, scope: str = "all") -> int | None:
    """The play's place on its pack's board in the scope; None when it is not on it."""
    since = scope_start(scope)
    if not is_ranked(play) or (since is not None and play.finished_at < since):
        return None
    above, tied = tally.above_and_tied(play.pack_id, play.score)
    if since is None:
        return 1 + above + tally.ties_ahead(play, tied)
    # Counting in a period walks either the plays above (board order) or the period's.
    prefer = BY_SCORE if above <= board_size(play.pack_id, since) else BY_FINISH
    return 1 + int(db.session.scalar(ahead_query(play, since, prefer)))


def page_of(rank: int, per_page: int) -> int:
    """The leaderboard page that shows a rank."""
    return (rank - 1) // per_page + 1


def top_plays(pack: Pack, limit: int = 3) -> list[BoardRow]:
    """The best plays of all time (for a pack's start page and the home page)."""
    return leaderboard_page(pack, "all", 1, limit).rows
