"""The leaderboard queries are index range scans, never full scans or sorts of all plays.

On PostgreSQL a table of a few rows is cheaper to scan than to search, so the plan is
asked with sequential scans discouraged: the question is whether an index *can* serve
the query in board order, which is what keeps it fast at a million plays.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Select, text

from quiz.extensions import db
from quiz.models import Play
from quiz.scores import service


def plan(statement: Select) -> str:
    """The database's query plan for `statement`, as one string."""
    compiled = statement.compile(db.engine, compile_kwargs={"literal_binds": True})
    if db.engine.dialect.name == "postgresql":
        db.session.execute(text("SET LOCAL enable_seqscan = off"))
        rows = db.session.execute(text(f"EXPLAIN {compiled}")).scalars().all()
    else:
        rows = [row[3] for row in db.session.execute(text(f"EXPLAIN QUERY PLAN {compiled}"))]
    db.session.rollback()
    return "\n".join(rows)


@pytest.fixture
def me(make_pack, make_play, fixed_clock):
    pack = make_pack()
    for n in range(12):
        make_play(pack, f"p{n}", score=n * 50, finished_at=fixed_clock.now - timedelta(days=n))
    return make_play(pack, "me", score=700)


def assert_no_full_scan_or_sort(found: str) -> None:
    assert "SCAN play" not in found and "Seq Scan on play" not in found
    assert "TEMP B-TREE" not in found and "Sort" not in found


def test_page_walks_the_board_index_in_order(me):
    found = plan(service.board_query(service.ranked(me.pack_id)).limit(25).offset(50))
    assert "ix_play_board" in found and "ix_play_board_recent" not in found
    assert_no_full_scan_or_sort(found)


def test_seeked_page_starts_inside_the_board_index(me):
    terms = [*service.ranked(me.pack_id), Play.score <= 700]
    found = plan(service.board_query(terms).limit(25).offset(3))
    assert "ix_play_board" in found
    assert_no_full_scan_or_sort(found)


def test_all_time_rank_counts_only_equal_scores_in_the_index(me):
    found = plan(service.ahead_query(me, None))
    assert "ix_play_board" in found
    assert "score" in found  # the equality on score bounds the range
    assert_no_full_scan_or_sort(found)


@pytest.mark.parametrize("scope", ["week", "today"])
def test_scoped_rank_counts_within_the_period(me, scope):
    found = plan(service.ahead_query(me, service.scope_start(scope)))
    assert "ix_play_board" in found  # either board index: both are partial and bounded
    assert "finished_at" in found or "score" in found
    assert "SCAN play" not in found and "Seq Scan on play" not in found


def test_band_and_tally_sums_use_their_keys(me):
    from sqlalchemy import func, select

    from quiz.models import PlayScoreBand, PlayScoreTally

    bands = select(func.sum(PlayScoreBand.plays)).where(
        PlayScoreBand.pack_id == me.pack_id, PlayScoreBand.band > 3
    )
    scores = select(func.sum(PlayScoreTally.plays)).where(
        PlayScoreTally.pack_id == me.pack_id, PlayScoreTally.score > 700
    )
    for statement, table in ((bands, "play_score_band"), (scores, "play_score_tally")):
        found = plan(statement)
        assert f"SCAN {table}" not in found and f"Seq Scan on {table}" not in found
