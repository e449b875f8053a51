"""Query builders shared by the leaderboard service and the tally reads.

Ranked plays are finished and not flagged; the two terms are written literally so the
partial indexes ix_play_board (board order) and ix_play_board_day (finish day, then
score) apply.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    Table,
    false,
    func,
    literal,
    select,
    tuple_,
    union_all,
)
from sqlalchemy.ext.compiler import compiles

from quiz.models import Play

ORDER = (Play.score.desc(), Play.total_time_ms, Play.finished_at, Play.id)
# The expression ix_play_board_day indexes; a query must repeat it to use the index.
FINISH_DAY = func.date(Play.finished_at, type_=Date)
# A period up to this many days long is read one day at a time (a week is 7).
LISTED_DAYS = 31
DAY_INDEX = "ix_play_board_day"


def ranked(pack_id: int, since: datetime | None = None) -> list[ColumnElement[bool]]:
    """Conditions for ranked plays of a pack, finished at or after `since` if given."""
    terms = [Play.pack_id == pack_id, Play.finished_at.is_not(None), Play.flagged == false()]
    if since is not None:
        terms.append(Play.finished_at >= since)
    return terms


def in_days(first: date, last: date, low: int, high: int) -> list[ColumnElement[bool]]:
    """Plays finished (UTC) from day `first` to `last` with a score in [low, high).

    Days are listed with IN so each one is a seek into its score range of
    ix_play_board_day; a longer span (a clock gone wrong) falls back to a day range.
    """
    span = (last - first).days + 1
    on: ColumnElement[bool]
    if span <= LISTED_DAYS:
        on = FINISH_DAY.in_([first + timedelta(days=n) for n in range(span)])
    else:
        on = FINISH_DAY >= first
    return [on, Play.score >= low, Play.score < high]


def board_query(terms: list[ColumnElement[bool]]) -> Select[Any]:
    """Ids of the plays matching `terms`, in board order.

    Ids only: both board indexes cover every column named here, so skipping rows for
    OFFSET never reads the play table.
    """
    return select(Play.id).where(*terms).order_by(*ORDER)


def by_day(query: Select[Any]) -> Select[Any]:
    """`query` (on in_days() terms) told to read ix_play_board_day on SQLite.

    Without statistics (nothing runs ANALYZE) SQLite rates a seek per day no better than
    walking a whole score range of ix_play_board, or even every play of the pack by
    finish time. PostgreSQL keeps statistics on the day expression and plans by itself.
    """
    return query.with_hint(Play, f"INDEXED BY {DAY_INDEX}", "sqlite")


@compiles(Table, "sqlite")
def _table_with_hint(table: Table, compiler: Any, **kw: Any) -> str:
    """A table in FROM, followed by its SQLite hint ("INDEXED BY ...") if it has one.

    SQLAlchemy hands each table its select's hints, but its SQLite dialect drops them.
    """
    text = compiler.visit_table(table, **kw)
    hint = (kw.get("fromhints") or {}).get(table)
    return f"{text} {hint}" if hint and kw.get("asfrom") else text


def rows_query(id_queries: list[Select[Any]]) -> Select[Any]:
    """The shown columns of the plays that board queries pick, in one statement.

    The id queries skip rows inside a covering index; only the rows shown are read
    from the play table. Rows come back unordered.
    """
    if len(id_queries) == 1:
        ids = id_queries[0].subquery()
    else:
        ids = union_all(*(select(query.subquery().c.id) for query in id_queries)).subquery()
    columns = (Play.id, Play.nickname, Play.score, Play.correct_count, Play.question_count)
    return select(*columns, Play.total_time_ms, Play.finished_at).join(ids, Play.id == ids.c.id)


def tie_key_ahead(play: Play) -> ColumnElement[bool]:
    """Among equal scores: faster, then earlier, then older id."""
    key = tuple_(Play.total_time_ms, Play.finished_at, Play.id)
    return key < tuple_(*map(literal, (play.total_time_ms, play.finished_at, play.id)))


def tie_key_behind(play: Play) -> ColumnElement[bool]:
    """Among equal scores: the plays placed after `play`."""
    key = tuple_(Play.total_time_ms, Play.finished_at, Play.id)
    return key > tuple_(*map(literal, (play.total_time_ms, play.finished_at, play.id)))


def count_query(terms: list[ColumnElement[bool]]) -> Select[Any]:
    """COUNT of plays matching `terms`."""
    return select(func.count()).select_from(Play).where(*terms)
