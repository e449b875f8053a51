"""The migration that adds the day and tie bands: backfill, triggers, and the way back.

It runs on its own database (a scratch SQLite file, or a scratch schema of the
PostgreSQL test database) so the suite's migrated database is never touched.
"""

from __future__ import annotations

import secrets
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import column, inspect, table, text

from quiz.extensions import db
from quiz.models import Pack
from tests.helpers import migrate, scratch_app

BEFORE = "5b2c0e7d9a41"  # the revision before the day and tie bands
NOW = datetime(2026, 1, 15, 12, 0)


def add_plays(pack_id: int, count: int, seed: int) -> None:
    """Plays over a few days, scores and answer times, some unfinished or flagged."""
    rows = []
    for n in range(count):
        finished = NOW - timedelta(hours=7 * ((n * seed) % 40))
        rows.append(
            {
                "token": secrets.token_hex(8),
                "pack_id": pack_id,
                "nickname": f"p{n}",
                "started_at": finished - timedelta(minutes=3),
                "finished_at": None if n % 9 == 0 else finished,
                "score": [0, 0, 130, 640, 1500][(n * seed) % 5],
                "total_time_ms": (n * 7919 * seed) % 60000,
                "flagged": n % 7 == 0,
                **{name: 0 for name in ("question_count", "current_position", "correct_count")},
                "streak": 0,
            }
        )
    # Only the columns named here: the model may have more than the revision under test.
    db.session.execute(table("play", *map(column, rows[0])).insert(), rows)
    db.session.commit()


def counts(sql: str) -> Counter[tuple[Any, ...]]:
    """Rows of (key..., plays) as a Counter, rows of no plays left out."""
    rows = db.session.execute(text(sql)).all()
    return Counter({tuple(row[:-1]): row[-1] for row in rows if row[-1]})


def expected() -> dict[str, Counter[tuple[Any, ...]]]:
    """What the day and tie bands must hold, from the plays."""
    plays = db.session.execute(
        text("SELECT pack_id, score, total_time_ms, finished_at, flagged FROM play")
    ).all()
    ranked = [p for p in plays if p.finished_at is not None and not p.flagged]
    when = [p.finished_at for p in ranked]
    days = [d if isinstance(d, datetime) else datetime.fromisoformat(d) for d in when]
    return {
        "tie": Counter((p.pack_id, p.score, p.total_time_ms // 16384) for p in ranked),
        "day": Counter(
            (p.pack_id, day.date().isoformat(), p.score // 128)
            for p, day in zip(ranked, days, strict=True)
        ),
    }


def found() -> dict[str, Counter[tuple[Any, ...]]]:
    """What the day and tie bands hold (days as ISO text on both databases)."""
    return {
        "tie": counts("SELECT pack_id, score, time_band, plays FROM play_score_tie_band"),
        "day": Counter(
            {
                (pack, str(day), band): plays
                for (pack, day, band), plays in counts(
                    "SELECT pack_id, day, band, plays FROM play_score_day_band"
                ).items()
            }
        ),
    }


def index_names() -> set[str]:
    """Indexes on play (the reflection API skips expression indexes, with a warning)."""
    if db.engine.dialect.name == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'play'"
    else:
        sql = (
            "SELECT indexname FROM pg_indexes "
            "WHERE tablename = 'play' AND schemaname = current_schema()"
        )
    return set(db.session.scalars(text(sql)))


def old_tallies_match() -> bool:
    """The per-score tally (kept before this migration) still equals a recount."""
    kept = counts("SELECT pack_id, score, plays FROM play_score_tally")
    recount = counts(
        "SELECT pack_id, score, count(*) FROM play "
        "WHERE finished_at IS NOT NULL AND NOT flagged GROUP BY pack_id, score"
    )
    return kept == recount


def test_upgrade_backfills_keeps_and_downgrade_restores(scratch_url: str, tmp_path: Path):
    app = scratch_app(scratch_url, tmp_path)
    with app.app_context():
        migrate(BEFORE)
        pack_ids = []
        for slug in ("one", "two"):
            pack = Pack(slug=slug, title=slug, status="published")
            db.session.add(pack)
            db.session.commit()
            pack_ids.append(pack.id)
        add_plays(pack_ids[0], 80, seed=3)
        add_plays(pack_ids[1], 20, seed=5)

        migrate()  # backfill from the plays already there
        assert found() == expected()
        assert "ix_play_board_day" in index_names() and "ix_play_board_recent" not in index_names()

        add_plays(pack_ids[0], 15, seed=7)  # the triggers keep them from here on
        db.session.execute(text("UPDATE play SET total_time_ms = total_time_ms + 16384"))
        db.session.execute(text("DELETE FROM play WHERE score = 640"))
        db.session.commit()
        assert found() == expected() and old_tallies_match()

        migrate(BEFORE, down=True)
        tables = set(inspect(db.engine).get_table_names())
        assert not {"play_score_tie_band", "play_score_day_band"} & tables
        assert "ix_play_board_recent" in index_names() and "ix_play_board_day" not in index_names()
        # No trigger is left pointing at a dropped table; the old tally still follows.
        add_plays(pack_ids[1], 10, seed=11)
        db.session.execute(text("UPDATE play SET score = score + 1 WHERE score = 130"))
        db.session.commit()
        assert old_tallies_match()

        migrate()
        assert found() == expected()
        db.session.remove()
        db.engine.dispose()
