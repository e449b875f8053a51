"""The trigger-kept tallies against the plays themselves, and the boards built on them.

Every check compares with a plain sort of the plays in Python: the four tallies with a
recount, every rank and every page of every scope with the sorted list, after inserts,
finishes, flags, deletes and edits, with the clock on both sides of a midnight and of
the Monday that starts a week.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from quiz.extensions import db
from quiz.models import Play, PlayScoreBand, PlayScoreTally
from quiz.models.scores import BAND_WIDTH, TIE_BAND_MS, PlayScoreDayBand, PlayScoreTieBand
from quiz.scores import service

# Scores on and around band edges, with big ties at 0 and 640.
SCORES = [0, 0, 0, 0, 0, 0, 127, 128, 129, 255, 256, 640, 640, 640, 1023, 1024, 9000]
# Answer times on and around tie-band edges and band halves (TIE_BAND_MS is 16384).
TIMES = [0, 8191, 8192, 16383, 16384, 16385, 24575, 24576, 32767, 32768, 50000]
# Finish times around the fixed clock's Thursday 2026-01-15 12:00 and its week's Monday.
FINISHES = [
    datetime(2026, 1, 11, 23, 59, 59, 999999),  # Sunday, last instant of the week before
    datetime(2026, 1, 12, 0, 0, 0),  # Monday, first instant of the week
    datetime(2026, 1, 12, 13, 30),
    datetime(2026, 1, 14, 23, 59, 59, 999999),  # Wednesday, last instant of yesterday
    datetime(2026, 1, 15, 0, 0, 0),  # Thursday, first instant of today
    datetime(2026, 1, 15, 11, 0),
    datetime(2026, 1, 15, 12, 0),  # now
    datetime(2026, 1, 16, 0, 0, 0),  # a clock ahead: tomorrow still counts from today on
    datetime(2025, 12, 1, 8, 0),
]


def expected_board(pack_id: int, since: datetime | None) -> list[Play]:
    """The board by a plain sort of every play, as DESIGN.md orders it."""
    plays = db.session.scalars(select(Play).where(Play.pack_id == pack_id)).all()
    on_board = [
        p
        for p in plays
        if p.finished_at is not None and not p.flagged and (since is None or p.finished_at >= since)
    ]
    return sorted(on_board, key=lambda p: (-p.score, p.total_time_ms, p.finished_at, p.id))


def recount() -> dict[str, Counter[tuple[Any, ...]]]:
    """What each tally must hold, counted from the plays."""
    plays = db.session.scalars(select(Play)).all()
    ranked = [(p, p.finished_at) for p in plays if p.finished_at is not None and not p.flagged]
    return {
        "score": Counter((p.pack_id, p.score) for p, _ in ranked),
        "band": Counter((p.pack_id, p.score // BAND_WIDTH) for p, _ in ranked),
        "tie": Counter((p.pack_id, p.score, p.total_time_ms // TIE_BAND_MS) for p, _ in ranked),
        "day": Counter((p.pack_id, day.date(), p.score // BAND_WIDTH) for p, day in ranked),
    }


def tallies() -> dict[str, Counter[tuple[Any, ...]]]:
    """What the tallies hold (rows counting no play left out)."""
    tables = {
        "score": (PlayScoreTally.pack_id, PlayScoreTally.score),
        "band": (PlayScoreBand.pack_id, PlayScoreBand.band),
        "tie": (PlayScoreTieBand.pack_id, PlayScoreTieBand.score, PlayScoreTieBand.time_band),
        "day": (PlayScoreDayBand.pack_id, PlayScoreDayBand.day, PlayScoreDayBand.band),
    }
    found = {}
    for name, key in tables.items():
        plays = key[0].class_.plays
        rows = db.session.execute(select(*key, plays).where(plays != 0)).all()
        found[name] = Counter({tuple(row[:-1]): row[-1] for row in rows})
    return found


def assert_boards_match(pack: Any, per_page: int = 4) -> None:
    """Ranks and every page of every scope equal the plain sort."""
    for scope in service.SCOPES:
        expected = expected_board(pack.id, service.scope_start(scope))
        ranks = {p.id: service.rank_of(p, scope) for p in expected}
        assert ranks == {p.id: n for n, p in enumerate(expected, start=1)}, scope
        shown = []
        for page in range(1, len(expected) // per_page + 3):
            board = service.leaderboard_page(pack, scope, page, per_page)
            assert board.total == len(expected), scope
            assert [row.rank for row in board.rows] == list(
                range((page - 1) * per_page + 1, (page - 1) * per_page + 1 + len(board.rows))
            )
            shown += [row.play_id for row in board.rows]
        assert shown == [p.id for p in expected], scope


@pytest.fixture
def plays(make_pack: Callable[..., Any], make_play: Callable[..., Any], fixed_clock: Any):
    """A pack of plays over band, tie-band, day and week edges, plus one other pack."""
    rng = random.Random(6)
    pack = make_pack()
    made = [
        make_play(
            pack,
            f"p{n}",
            score=rng.choice(SCORES),
            total_time_ms=rng.choice(TIMES),
            finished_at=rng.choice(FINISHES),
            flagged=rng.random() < 0.1,
        )
        for n in range(60)
    ]
    made.append(make_play(pack, "playing", score=300, finished_at=None))
    other = make_pack(title="Other pack")
    make_play(other, "elsewhere", score=640, total_time_ms=8192)
    return pack, made, other


@pytest.mark.parametrize("seek_after", [0, 3, 1000])
def test_boards_match_a_plain_sort(plays, monkeypatch, seek_after):
    # 0 and 3 send even shallow pages through the score and tie-band seeks.
    monkeypatch.setattr(service, "SEEK_AFTER", seek_after)
    pack, _, _ = plays
    assert tallies() == recount()
    assert_boards_match(pack)
    assert_boards_match(pack, per_page=25)


def test_tallies_follow_finish_flag_edit_and_delete(plays, monkeypatch):
    monkeypatch.setattr(service, "SEEK_AFTER", 0)
    pack, made, other = plays
    playing = made[-1]
    finished = [p for p in made if p.finished_at is not None and not p.flagged]
    changes: list[Callable[[], None]] = [
        # The play finishes: it joins every tally.
        lambda: setattr(playing, "finished_at", datetime(2026, 1, 15, 0, 0, 0)),
        # Flagged, then cleared by staff.
        lambda: setattr(finished[0], "flagged", True),
        lambda: setattr(finished[0], "flagged", False),
        # Its answer time moves to another tie band, its score to another band.
        lambda: setattr(finished[1], "total_time_ms", finished[1].total_time_ms + TIE_BAND_MS),
        lambda: setattr(finished[2], "score", finished[2].score + BAND_WIDTH),
        # Its finish moves across today's midnight, and across the week's start.
        lambda: setattr(finished[3], "finished_at", datetime(2026, 1, 14, 23, 59, 59)),
        lambda: setattr(finished[4], "finished_at", datetime(2026, 1, 11, 12, 0)),
        # It moves to another pack, then it is deleted.
        lambda: setattr(finished[5], "pack_id", other.id),
        lambda: db.session.delete(finished[6]),
    ]
    for change in changes:
        change()
        db.session.commit()
        assert tallies() == recount()
        assert_boards_match(pack)


def test_scopes_follow_the_clock_over_midnight_and_monday(plays, fixed_clock):
    pack, _, _ = plays
    for now in (
        datetime(2026, 1, 15, 23, 59, 59),  # Thursday's last second
        datetime(2026, 1, 16, 0, 0, 0),  # Friday: today is empty but for a clock ahead
        datetime(2026, 1, 18, 23, 59, 59),  # Sunday night: the whole week
        datetime(2026, 1, 19, 0, 0, 0),  # Monday: a new, empty week
    ):
        fixed_clock.now = now
        assert_boards_match(pack)


def test_a_big_tie_ranks_and_pages_by_time_across_tie_bands(
    make_pack, make_play, fixed_clock, monkeypatch
):
    monkeypatch.setattr(service, "SEEK_AFTER", 2)
    pack = make_pack()
    # One score, answer times spread over three tie bands, equal times broken by finish.
    for n in range(30):
        finished = fixed_clock.now - timedelta(minutes=n % 4)
        make_play(pack, f"t{n}", score=0, total_time_ms=(n * 1777) % 45000, finished_at=finished)
    make_play(pack, "above", score=500)
    assert tallies() == recount()
    assert_boards_match(pack, per_page=3)
    assert_boards_match(pack, per_page=7)


def test_a_period_starts_at_midnight(make_pack):
    from quiz.scores import periods

    pack = make_pack()
    with pytest.raises(ValueError, match="midnight"):
        periods.period(pack.id, datetime(2026, 1, 15, 12, 0))
