"""Query builders shared by the leaderboard service and the tally reads.

Ranked plays are finished and not flagged; the two terms are written literally so the
partial indexes ix_play_board and ix_play_board_recent apply.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, false, func, or_, select, tuple_

from quiz.models import Play

ORDER = (Play.score.desc(), Play.total_time_ms, Play.finished_at, Play.id)
BY_SCORE = "ix_play_board"
BY_FINISH = "ix_play_board_recent"


def ranked(pack_id: int, since: datetime | None = None) -> list[ColumnElement[bool]]:
    """Conditions for ranked plays of a pack, finished at or after `since` if given."""
    terms = [Play.pack_id == pack_id, Play.finished_at.is_not(None), Play.flagged == false()]
    if since is not None:
        terms.append(Play.finished_at >= since)
    return terms


def board_query(terms: list[ColumnElement[bool]]) -> Select[Any]:
    """Leaderboard rows matching `terms`, in board order."""
    columns = (Play.id, Play.nickname, Play.score, Play.correct_count, Play.question_count)
    return select(*columns, Play.total_time_ms, Play.finished_at).where(*terms).order_by(*ORDER)


def tie_key_ahead(play: Play) -> ColumnElement[bool]:
    """Among equal scores: faster, then earlier, then older id."""
    key = tuple_(Play.total_time_ms, Play.finished_at, Play.id)
    return key < tuple_(play.total_time_ms, play.finished_at, play.id)


def tie_key_behind(play: Play) -> ColumnElement[bool]:
    """Among equal scores: the plays placed after `play`."""
    key = tuple_(Play.total_time_ms, Play.finished_at, Play.id)
    return key > tuple_(play.total_time_ms, play.finished_at, play.id)


def ahead_query(play: Play, since: datetime | None) -> Select[Any]:
    """COUNT of plays ahead: in a scope all of them, all-time only the equal scores."""
    if since is None:
        ahead: ColumnElement[bool] = (Play.score == play.score) & tie_key_ahead(play)
    else:
        ahead = or_(Play.score > play.score, (Play.score == play.score) & tie_key_ahead(play))
    return count_query(ranked(play.pack_id, since) + [ahead])


def count_query(terms: list[ColumnElement[bool]], cap: int | None = None) -> Select[Any]:
    """COUNT of plays matching `terms`, stopping at `cap` when given."""
    if cap is None:
        return select(func.count()).select_from(Play).where(*terms)
    capped = select(Play.id).where(*terms).limit(cap).subquery()
    return select(func.count()).select_from(capped)


def on_index(query: Select[Any], index: str) -> Select[Any]:
    """Pin SQLite to an index (it keeps no statistics on finish times); others plan alone."""
    return query.with_hint(Play, f"INDEXED BY {index}", "sqlite")
