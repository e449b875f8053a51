"""Leaderboard order, scopes, paging and ranks, straight from the service."""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from quiz.extensions import db
from quiz.models import Play, PlayScoreBand, PlayScoreTally
from quiz.scores import service


def names(page: service.BoardPage) -> list[str]:
    return [row.nickname for row in page.rows]


def test_order_is_score_then_time_then_finish_then_id(make_pack, make_play, fixed_clock):
    pack = make_pack()
    now = fixed_clock.now
    make_play(pack, "slow", score=900, total_time_ms=9000, finished_at=now)
    make_play(pack, "late", score=900, total_time_ms=5000, finished_at=now)
    make_play(pack, "early", score=900, total_time_ms=5000, finished_at=now - timedelta(hours=1))
    make_play(pack, "twin", score=900, total_time_ms=5000, finished_at=now)  # same as "late"
    make_play(pack, "top", score=2000, total_time_ms=99000, finished_at=now)
    make_play(pack, "low", score=10, total_time_ms=1000, finished_at=now)

    board = service.leaderboard_page(pack)

    assert names(board) == ["top", "early", "late", "twin", "slow", "low"]
    assert [row.rank for row in board.rows] == [1, 2, 3, 4, 5, 6]
    plays = db.session.scalars(select(Play)).all()
    assert {p.nickname: service.rank_of(p) for p in plays} == {
        row.nickname: row.rank for row in board.rows
    }


def test_only_finished_unflagged_plays_count(make_pack, make_play):
    pack = make_pack()
    make_play(pack, "done", score=100)
    cheat = make_play(pack, "cheat", score=5000, flagged=True)
    playing = make_play(pack, "playing", score=4000, finished_at=None)
    other = make_play(make_pack(title="Other"), "elsewhere", score=9000)

    board = service.leaderboard_page(pack)

    assert names(board) == ["done"]
    assert board.total == 1
    assert service.rank_of(cheat) is None
    assert service.rank_of(playing) is None
    assert service.rank_of(other) == 1


def test_scopes_start_monday_and_midnight_utc(make_pack, make_play, fixed_clock):
    # The fixed clock says Thursday 2026-01-15 12:00; that week began Monday 2026-01-12.
    pack = make_pack()
    make_play(pack, "sunday-night", score=500, finished_at=datetime(2026, 1, 11, 23, 59, 59))
    make_play(pack, "monday-start", score=400, finished_at=datetime(2026, 1, 12, 0, 0, 0))
    make_play(pack, "wed-night", score=300, finished_at=datetime(2026, 1, 14, 23, 59, 59))
    make_play(pack, "thu-start", score=200, finished_at=datetime(2026, 1, 15, 0, 0, 0))

    assert names(service.leaderboard_page(pack, "all")) == [
        "sunday-night",
        "monday-start",
        "wed-night",
        "thu-start",
    ]
    assert names(service.leaderboard_page(pack, "week")) == [
        "monday-start",
        "wed-night",
        "thu-start",
    ]
    assert names(service.leaderboard_page(pack, "today")) == ["thu-start"]


def test_week_rolls_over_at_monday_midnight(make_pack, make_play, fixed_clock):
    pack = make_pack()
    sunday = make_play(pack, "sunday", score=500, finished_at=datetime(2026, 1, 18, 23, 59, 59))
    fixed_clock.now = datetime(2026, 1, 18, 23, 59, 59)
    assert service.rank_of(sunday, "week") == 1
    assert service.rank_of(sunday, "today") == 1
    fixed_clock.now = datetime(2026, 1, 19, 0, 0, 0)
    assert service.rank_of(sunday, "week") is None
    assert service.rank_of(sunday, "today") is None
    assert service.rank_of(sunday, "all") == 1
    assert service.leaderboard_page(pack, "week").rows == []


def test_scoped_rank_counts_only_plays_in_scope(make_pack, make_play, fixed_clock):
    pack = make_pack()
    make_play(pack, "old-champ", score=9000, finished_at=fixed_clock.now - timedelta(days=30))
    make_play(pack, "this-week", score=800, finished_at=fixed_clock.now - timedelta(days=2))
    me = make_play(pack, "me", score=700)
    assert service.rank_of(me, "all") == 3
    assert service.rank_of(me, "week") == 2
    assert service.rank_of(me, "today") == 1


@pytest.mark.parametrize("seek_after", [0, 10_000])
def test_paging_with_and_without_the_tally_seek(make_pack, make_play, monkeypatch, seek_after):
    monkeypatch.setattr(service, "SEEK_AFTER", seek_after)
    pack = make_pack()
    # Ties across page edges: 3 plays on each score, so a page can start mid-score.
    for n in range(12):
        make_play(pack, f"p{n:02d}", score=1000 - (n // 3) * 100, total_time_ms=1000 + n)
    every = service.leaderboard_page(pack, "all", 1, 100).rows
    pages = [service.leaderboard_page(pack, "all", page, 5) for page in (1, 2, 3, 4)]

    assert [row for page in pages for row in page.rows] == every
    assert [len(page.rows) for page in pages] == [5, 5, 2, 0]
    assert pages[0].pages == 3 and pages[0].total == 12
    assert [r.rank for r in pages[1].rows] == [6, 7, 8, 9, 10]


def test_tally_follows_inserts_updates_and_deletes(make_pack, make_play):
    pack = make_pack()
    play = make_play(pack, "a", score=100)
    make_play(pack, "b", score=100)
    later = make_play(pack, "c", score=50, finished_at=None)

    def tally() -> dict[int, int]:
        rows = db.session.execute(
            select(PlayScoreTally.score, PlayScoreTally.plays).where(PlayScoreTally.plays > 0)
        )
        return {score: plays for score, plays in rows}

    assert tally() == {100: 2}
    later.score, later.finished_at = 300, later.started_at
    db.session.commit()
    assert tally() == {100: 2, 300: 1}
    play.flagged = True
    db.session.commit()
    assert tally() == {100: 1, 300: 1}
    db.session.delete(later)
    db.session.commit()
    assert tally() == {100: 1}
    ranked = db.session.scalar(select(func.count()).where(*service.ranked(pack.id)))
    assert sum(tally().values()) == ranked


def test_page_of_a_rank_counts_pages_from_one():
    assert [service.page_of(rank, 25) for rank in (1, 25, 26, 51)] == [1, 1, 2, 3]


def test_ranks_and_seeked_pages_match_a_plain_sort_across_bands(
    make_pack, make_play, monkeypatch, fixed_clock
):
    monkeypatch.setattr(service, "SEEK_AFTER", 0)
    pack = make_pack()
    rng = random.Random(7)
    # Scores on and around band edges (multiples of 128), many ties, and zero.
    scores = [0, 127, 128, 129, 255, 256, 1024, 1023] + [
        rng.choice([0, 128, 300, 640]) for _ in range(12)
    ]
    plays = [
        make_play(pack, f"n{i}", score=score, total_time_ms=rng.choice([1000, 2000]))
        for i, score in enumerate(scores)
    ]
    expected = sorted(plays, key=lambda p: (-p.score, p.total_time_ms, p.finished_at, p.id))

    assert [service.rank_of(p) for p in expected] == list(range(1, len(plays) + 1))
    for per_page in (1, 3, 7):
        rows = []
        for page in range(1, len(plays) // per_page + 2):
            rows += service.leaderboard_page(pack, "all", page, per_page).rows
        assert [row.play_id for row in rows] == [p.id for p in expected]
    bands = db.session.execute(
        select(PlayScoreBand.band, PlayScoreBand.plays).where(PlayScoreBand.plays > 0)
    ).all()
    assert dict(bands) == dict(Counter(score // 128 for score in scores))


def test_rank_in_a_big_tie_counts_from_either_end(make_pack, make_play):
    pack = make_pack()
    tied = [make_play(pack, f"t{n}", score=0, total_time_ms=1000 + n) for n in range(7)]
    make_play(pack, "above", score=50)
    assert [service.rank_of(p) for p in tied] == [2, 3, 4, 5, 6, 7, 8]


@pytest.mark.parametrize("scope", ["week", "today"])
def test_scoped_pages_and_ranks_match_a_plain_sort(make_pack, make_play, fixed_clock, scope):
    pack = make_pack()
    for n in range(9):
        make_play(
            pack, f"p{n}", score=(n % 4) * 100, finished_at=fixed_clock.now - timedelta(hours=5 * n)
        )
    since = service.scope_start(scope)
    pages = [service.leaderboard_page(pack, scope, page, 2).rows for page in range(1, 6)]
    got = [row.nickname for rows in pages for row in rows]
    plays = db.session.scalars(select(Play).where(Play.finished_at >= since)).all()
    expected = sorted(plays, key=lambda p: (-p.score, p.total_time_ms, p.finished_at, p.id))
    assert got == [p.nickname for p in expected]
    assert [service.rank_of(p, scope) for p in expected] == list(range(1, len(expected) + 1))
