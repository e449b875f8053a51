"""Query builders shared by the leaderboard service and the tally reads.

Ranked plays are finished and not flagged; the two terms are written literally so the
partial indexes ix_play_board and ix_play_board_recent apply.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Integer,
    Select,
    false,
    func,
    literal_column,
    or_,
    select,
    tuple_,
)

from quiz.extensions import db
from quiz.models import Play

ORDER = (Play.score.desc(), Play.total_time_ms, Play.finished_at, Play.id)
BY_SCORE = "ix_play_board"
BY_FINISH = "ix_play_board_recent"


def ranked(
    pack_id: int, since: datetime | None = None, prefer: str | None = None
) -> list[ColumnElement[bool]]:
    """Conditions for ranked plays of a pack, finished at or after `since` if given."""
    terms = [Play.pack_id == pack_id, Play.finished_at.is_not(None), Play.flagged == false()]
    if since is not None:
        terms.append(_column("finished_at", DateTime, prefer == BY_SCORE) >= since)
    return terms


def board_query(terms: list[ColumnElement[bool]], prefer: str | None = None) -> Select[Any]:
    """Ids of the plays matching `terms`, in board order.

    Ids only: both board indexes cover every column named here, so skipping rows for
    OFFSET or sorting a period's plays never reads the play table.
    """
    order = (_column("score", Integer, prefer == BY_FINISH).desc(), *ORDER[1:])
    return select(Play.id).where(*terms).order_by(*order)


def rows_query(ids: list[int]) -> Select[Any]:
    """The shown columns of the plays with these ids."""
    columns = (Play.id, Play.nickname, Play.score, Play.correct_count, Play.question_count)
    return select(*columns, Play.total_time_ms, Play.finished_at).where(Play.id.in_(ids))


def _column(name: str, type_: Any, hide: bool) -> Any:
    """A play column; hidden from SQLite's index choice as "+play.x" when `hide`.

    SQLite keeps no statistics on how many plays a period holds, so the caller, who
    can count them, decides which partial index a scoped query walks. A unary plus is
    SQLite's documented way to keep a term off an index; PostgreSQL plans by itself.
    """
    if hide and db.engine.dialect.name == "sqlite":
        return literal_column(f"+play.{name}", type_)
    return getattr(Play, name)


def tie_key_ahead(play: Play) -> ColumnElement[bool]:
    """Among equal scores: faster, then earlier, then older id."""
    key = tuple_(Play.total_time_ms, Play.finished_at, Play.id)
    return key < tuple_(play.total_time_ms, play.finished_at, play.id)


def tie_key_behind(play: Play) -> ColumnElement[bool]:
    """Among equal scores: the plays placed after `play`."""
    key = tuple_(Play.total_time_ms, Play.finished_at, Play.id)
    return key > tuple_(play.total_time_ms, play.finished_at, play.id)


def ahead_query(play: Play, since: datetime | None, prefer: str | None = None) -> Select[Any]:
    """COUNT of plays ahead: in a scope all of them, all-time only the equal scores."""
    if since is None:
        ahead: ColumnElement[bool] = (Play.score == play.score) & tie_key_ahead(play)
    else:
        score = _column("score", Integer, prefer == BY_FINISH)
        ahead = or_(score > play.score, (score == play.score) & tie_key_ahead(play))
    return count_query(ranked(play.pack_id, since, prefer) + [ahead])


def count_query(terms: list[ColumnElement[bool]], cap: int | None = None) -> Select[Any]:
    """COUNT of plays matching `terms`, stopping at `cap` when given."""
    if cap is None:
        return select(func.count()).select_from(Play).where(*terms)
    capped = select(Play.id).where(*terms).limit(cap).subquery()
    return select(func.count()).select_from(capped)
