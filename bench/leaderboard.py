"""Leaderboard speed at scale: fill a database with finished plays, then time the queries.

    .venv/bin/python bench/leaderboard.py                       # SQLite, 1,000,000 plays
    .venv/bin/python bench/leaderboard.py --pg postgresql://postgres@127.0.0.1/bench_x
    .venv/bin/python bench/leaderboard.py --pg URL --no-sqlite      # PostgreSQL only

The PostgreSQL database must be a scratch one: its tables are dropped and rebuilt by the
migrations. Figures are median and p95 in ms over random players and pages, and each is
also given as a ratio to a primary-key lookup of one play timed in the same run, so runs
on different machines compare.
"""

from __future__ import annotations

import argparse
import random
import secrets
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from quiz import clock, create_app, normalise_database_url
from quiz.extensions import db
from quiz.models import Pack, Play
from quiz.models.scores import BAND_WIDTH
from quiz.scores import service

COLUMNS = (
    "token, pack_id, nickname, started_at, finished_at, question_count, current_position,"
    " score, correct_count, streak, total_time_ms, flagged"
)
QUESTIONS = 10
RECOUNT = (
    "DELETE FROM play_score_{table}; "
    "INSERT INTO play_score_{table} (pack_id, {key}, plays) "
    "SELECT pack_id, {group}, count(*) FROM play "
    "WHERE finished_at IS NOT NULL AND NOT flagged GROUP BY pack_id, {group}"
)


def fake_play(pack_id: int, now: Any, rng: random.Random) -> tuple[Any, ...]:
    """One play: skill-shaped score, answer time, finish time within the last year."""
    skill = rng.random()
    correct = sum(rng.random() < skill for _ in range(QUESTIONS))
    score = sum(rng.randint(500, 1000) for _ in range(correct)) + 100 * max(0, correct - 2)
    finished = now - timedelta(seconds=rng.randint(0, 365 * 86400))
    unfinished = rng.random() < 0.02
    flagged = rng.random() < 0.01
    total_ms = rng.randint(20_000, 200_000)
    return (
        secrets.token_hex(16),
        pack_id,
        f"player{rng.randint(1, 10**6)}",
        finished - timedelta(milliseconds=total_ms + 5000),
        None if unfinished else finished,
        QUESTIONS,
        QUESTIONS,
        score,
        correct,
        0,
        total_ms,
        flagged,
    )


def fill(pack_id: int, plays: int, seed: int) -> None:
    """Bulk-insert plays in batches (COPY on PostgreSQL, executemany on SQLite)."""
    rng, now = random.Random(seed), clock.utcnow()
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        if db.engine.dialect.name == "postgresql":
            # A row trigger per COPY row is slow; count once afterwards, as the migration does.
            cursor.execute("ALTER TABLE play DISABLE TRIGGER play_score_tally_sync")
        for start in range(0, plays, 50_000):
            batch = [fake_play(pack_id, now, rng) for _ in range(min(50_000, plays - start))]
            if db.engine.dialect.name == "postgresql":
                with cursor.copy(f"COPY play ({COLUMNS}) FROM STDIN") as copy:
                    for row in batch:
                        copy.write_row(row)
            else:
                marks = ", ".join("?" * len(batch[0]))
                cursor.executemany(f"INSERT INTO play ({COLUMNS}) VALUES ({marks})", batch)
            raw.commit()
        if db.engine.dialect.name == "postgresql":
            cursor.execute("ALTER TABLE play ENABLE TRIGGER play_score_tally_sync")
            cursor.execute(RECOUNT.format(table="tally", key="score", group="score"))
            cursor.execute(RECOUNT.format(table="band", key="band", group=f"score / {BAND_WIDTH}"))
            raw.commit()
            raw.driver_connection.autocommit = True  # VACUUM needs to run outside a transaction
            cursor.execute("VACUUM ANALYZE play")
            cursor.execute("VACUUM ANALYZE play_score_tally")
        else:
            cursor.execute("ANALYZE")
            raw.commit()
    finally:
        raw.close()


def timed(
    samples: int, action: Callable[[int], Any], baseline: Callable[[int], Any]
) -> tuple[float, float, float]:
    """Median and p95 ms of `action(i)`, and its median over the baseline's.

    The baseline runs right before each action so a busy machine slows both alike.
    """
    action(0)
    spent, base = [], []
    for i in range(samples):
        for clock_, call in ((base, baseline), (spent, action)):
            begin = time.perf_counter()
            call(i)
            clock_.append((time.perf_counter() - begin) * 1000)
    spent.sort()
    p95 = spent[min(len(spent) - 1, int(len(spent) * 0.95))]
    return statistics.median(spent), p95, statistics.median(spent) / statistics.median(base)


def measure(pack: Pack, samples: int, seed: int) -> list[tuple[str, float, float]]:
    """Time the baseline and each leaderboard operation on random players and pages."""
    rng = random.Random(seed)
    ranked_ids = select(Play.id).where(*service.ranked(pack.id))
    ids = list(db.session.scalars(ranked_ids.order_by(func.random()).limit(samples)))
    players = list(db.session.scalars(select(Play).where(Play.id.in_(ids))))
    week = service.ranked(pack.id, service.scope_start("week"))
    week_ids = select(Play.id).where(*week).order_by(func.random()).limit(samples)
    week_players = list(db.session.scalars(select(Play).where(Play.id.in_(week_ids))))
    today = service.ranked(pack.id, service.scope_start("today"))
    today_ids = select(Play.id).where(*today).order_by(func.random()).limit(samples)
    today_players = list(db.session.scalars(select(Play).where(Play.id.in_(today_ids))))
    pages = service.leaderboard_page(pack).pages
    per_page = 25

    def baseline(i: int) -> Any:
        query = select(Play.id, Play.score).where(Play.id == players[i % len(players)].id)
        return db.session.execute(query).one()

    def page_and_rank(i: int, scope: str = "all", pool: list[Play] = players) -> Any:
        rank = service.rank_of(pool[i % len(pool)], scope) or 1
        return service.leaderboard_page(pack, scope, service.page_of(rank, per_page), per_page)

    cases: list[tuple[str, Callable[[int], Any]]] = [
        ("page 1", lambda i: service.leaderboard_page(pack, "all", 1, per_page)),
        ("random page", lambda i: service.leaderboard_page(pack, "all", rng.randint(1, pages))),
        ("rank of a random player", lambda i: service.rank_of(players[i % len(players)])),
        ("rank + the page showing it", page_and_rank),
        ("week: rank + its page", lambda i: page_and_rank(i, "week", week_players)),
        ("week: page 1", lambda i: service.leaderboard_page(pack, "week", 1, per_page)),
        ("today: rank + its page", lambda i: page_and_rank(i, "today", today_players)),
        ("today: page 1", lambda i: service.leaderboard_page(pack, "today", 1, per_page)),
    ]
    results = [("baseline: one play by primary key", *timed(samples, baseline, baseline))]
    results += [(name, *timed(samples, action, baseline)) for name, action in cases]
    # What a rank would cost for the last player if it counted the plays ahead one by one.
    naive = select(func.count()).select_from(Play).where(*service.ranked(pack.id))
    count_all = timed(max(5, samples // 10), lambda i: db.session.scalar(naive), baseline)
    results.append(("for contrast: COUNT of all ranked plays", *count_all))
    return results


def run(database_url: str, plays: int, samples: int, seed: int) -> None:
    """Build the schema, fill it, and print the table of timings."""
    with tempfile.TemporaryDirectory() as instance:
        app = create_app(
            {"SQLALCHEMY_DATABASE_URI": database_url, "INSTANCE_PATH": instance, "SECRET_KEY": "x"}
        )
        with app.app_context():
            db.drop_all()
            db.session.execute(text("DROP TABLE IF EXISTS alembic_version"))
            db.session.commit()
            from quiz.database import upgrade_schema

            upgrade_schema()
            pack = Pack(slug="bench", title="Bench pack", status="published")
            db.session.add(pack)
            db.session.commit()
            begin = time.perf_counter()
            fill(pack.id, plays, seed)
            filled = time.perf_counter() - begin
            board = service.board_size(pack.id)
            print(
                f"\n{db.engine.dialect.name}: {plays:,} plays ({board:,} ranked), "
                f"filled in {filled:.0f} s"
            )
            results = measure(pack, samples, seed)
            print(f"{'operation':44} {'median ms':>10} {'p95 ms':>8} {'x baseline':>11}")
            for name, median, p95, ratio in results:
                print(f"{name:44} {median:10.3f} {p95:8.3f} {ratio:11.1f}")
            db.session.remove()
            db.engine.dispose()


def main() -> None:
    """Parse arguments and run SQLite, then PostgreSQL when --pg is given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plays", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pg", help="URL of a scratch PostgreSQL database (tables dropped)")
    parser.add_argument("--no-sqlite", action="store_true", help="only the PostgreSQL run")
    args = parser.parse_args()
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            run("sqlite:///" + str(Path(tmp) / "bench.db"), args.plays, args.samples, args.seed)
    if args.pg:
        run(normalise_database_url(args.pg), args.plays, args.samples, args.seed)


if __name__ == "__main__":
    main()
