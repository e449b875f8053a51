"""The statements the leaderboard runs are index range scans, never full scans or sorts.

Each test records the SQL that ranks and pages actually send, then asks the database
for the plan of each statement with its parameters. On PostgreSQL a table of a few rows
is cheaper to scan than to search, so plans are asked with sequential scans
discouraged: the question is whether an index *can* serve the query, which is what
keeps it fast at a million plays.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from quiz.extensions import db
from quiz.scores import service
from tests.web.statements import Statement, recorded


def plan(statement: str, parameters: Any) -> str:
    """The database's plan for one recorded statement, as one string."""
    with db.engine.connect() as connection:
        if db.engine.dialect.name == "postgresql":
            connection.exec_driver_sql("SET enable_seqscan = off")
            rows = connection.exec_driver_sql(f"EXPLAIN {statement}", parameters).scalars()
            return "\n".join(rows)
        found = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        return "\n".join(row[3] for row in found)


def plays_read(seen: list[Statement]) -> list[tuple[str, str]]:
    """(statement, plan) of the recorded statements that read the play table."""
    return [(sql, plan(sql, params)) for sql, params in seen if "FROM play " in sql + " "]


@pytest.fixture
def me(make_pack, make_play, fixed_clock):
    pack = make_pack()
    for n in range(12):
        make_play(pack, f"p{n}", score=n * 50, finished_at=fixed_clock.now - timedelta(days=n))
    for n in range(6):  # a tie over two tie bands
        make_play(pack, f"z{n}", score=0, total_time_ms=n * 9000)
    return make_play(pack, "me", score=0, total_time_ms=20000)


def assert_no_full_scan(found: str) -> None:
    assert "SCAN play" not in found.replace("SCAN play_", "")
    assert "Seq Scan on play " not in found + " "


def test_all_time_rank_and_pages_walk_the_board_index(me, monkeypatch):
    monkeypatch.setattr(service, "SEEK_AFTER", 2)  # deep-page paths: score and tie seeks
    with recorded() as seen:
        rank = service.rank_of(me)
        for page in range(1, 6):
            service.leaderboard_page(me.pack, "all", page, 4)
    assert rank == 16  # 11 score more; p0, z0, z1, z2 tie on 0 and answered faster
    read = plays_read(seen)
    assert len(read) >= 6
    for sql, found in read:
        assert_no_full_scan(found)
        assert "ix_play_board_day" not in found
        if "ORDER BY play.score DESC" in sql or "count(*)" in sql:
            assert "ix_play_board" in found, sql
        # Walking board order needs no sort of the plays; only the ids shown are joined.
        assert "TEMP B-TREE FOR ORDER BY" not in found and "Sort Key: play.score" not in found


@pytest.mark.parametrize("scope", ["week", "today"])
def test_scoped_rank_and_pages_seek_days_in_the_day_index(me, scope):
    with recorded() as seen:
        assert service.rank_of(me, scope) is not None
        for page in range(1, 4):
            service.leaderboard_page(me.pack, scope, page, 4)
    read = plays_read(seen)
    scoped = [(sql, found) for sql, found in read if "date(play.finished_at)" in sql]
    assert len(scoped) >= 2  # the rank's count and the pages
    for _, found in read:
        assert_no_full_scan(found)
    for _, found in scoped:
        if db.engine.dialect.name == "sqlite":  # told which index; each day a seek
            assert "ix_play_board_day (<expr>=? AND pack_id=? AND score>? AND score<?)" in found
        else:  # a few rows: either board index will do; at scale bench/leaderboard.py shows
            assert "ix_play_board" in found, found


def test_tally_reads_use_their_keys(me):
    with recorded() as seen:
        service.rank_of(me)
        service.rank_of(me, "week")
        service.leaderboard_page(me.pack, "all", 3, 4)
    tallies = [(sql, params) for sql, params in seen if "play_score_" in sql]
    assert tallies
    for sql, params in tallies:
        found = plan(sql, params)
        assert "SCAN play_score" not in found and "Seq Scan on play_score" not in found, sql
