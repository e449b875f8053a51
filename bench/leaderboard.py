"""Leaderboard speed at scale: fill a database with finished plays, then time the queries.

    .venv/bin/python bench/leaderboard.py                       # SQLite, 1,000,000 plays
    .venv/bin/python bench/leaderboard.py --pg postgresql://postgres@127.0.0.1/bench_x
    .venv/bin/python bench/leaderboard.py --pg URL --no-sqlite      # PostgreSQL only
    .venv/bin/python bench/leaderboard.py --days 7   # every play this week (a launch burst)

The PostgreSQL database must be a scratch one: its tables are dropped and rebuilt by the
migrations. Figures are median and p95 in ms over random players and pages, and each is
also given as a ratio to a primary-key lookup of one play timed in the same run, so runs
on different machines compare. The clock is fixed (--now, a Sunday 23:00 UTC by default)
so "week" and "today" hold their largest share of the plays: 7 and 1 whole days of them.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from quiz import clock, create_app, normalise_database_url
from quiz.extensions import db
from quiz.models import Pack, Play, PlayScoreTally, triggers
from quiz.scores import service

COLUMNS = (
    "token, pack_id, nickname, started_at, finished_at, question_count, current_position,"
    " score, correct_count, streak, total_time_ms, flagged"
)
QUESTIONS = 10


def fake_play(pack_id: int, now: Any, rng: random.Random, days: int) -> tuple[Any, ...]:
    """One play: skill-shaped score, answer time, finish time within the last `days`."""
    skill = rng.random()
    correct = sum(rng.random() < skill for _ in range(QUESTIONS))
    score = sum(rng.randint(500, 1000) for _ in range(correct)) + 100 * max(0, correct - 2)
    finished = now - timedelta(seconds=rng.randint(0, days * 86400 - 1))
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


def fill(pack_id: int, plays: int, seed: int, days: int) -> None:
    """Bulk-insert plays in batches (COPY on PostgreSQL, executemany on SQLite).

    SQLite gets no ANALYZE: the app never runs one, so its plans must not need statistics.
    """
    rng, now = random.Random(seed), clock.utcnow()
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        if db.engine.dialect.name == "postgresql":
            # A row trigger per COPY row is slow; count once afterwards, as the migration does.
            cursor.execute("ALTER TABLE play DISABLE TRIGGER play_score_tally_sync")
        for start in range(0, plays, 50_000):
            batch = [fake_play(pack_id, now, rng, days) for _ in range(min(50_000, plays - start))]
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
            for tally in triggers.CURRENT.tallies:  # what the triggers would have counted
                cursor.execute(f"DELETE FROM {tally.table}")
                cursor.execute(tally.backfill("postgresql"))
            raw.commit()
            driver = raw.driver_connection
            assert driver is not None
            driver.autocommit = True  # VACUUM needs to run outside a transaction
            # Sets the visibility map too (index-only scans), as autovacuum would in time;
            # it can only while no other transaction is open, hence the closed session.
            for table in ("play", *(tally.table for tally in triggers.CURRENT.tallies)):
                cursor.execute(f"VACUUM ANALYZE {table}")
    finally:
        raw.close()


def timed(
    samples: int, action: Callable[[int], Any], baseline: Callable[[int], Any]
) -> tuple[float, float, float]:
    """Median and p95 ms of `action(i)`, and its median over the baseline's.

    The baseline runs right before each action so a busy machine slows both alike.
    """
    action(0)
    spent: list[float] = []
    base: list[float] = []
    for i in range(samples):
        for clock_, call in ((base, baseline), (spent, action)):
            begin = time.perf_counter()
            call(i)
            clock_.append((time.perf_counter() - begin) * 1000)
    spent.sort()
    p95 = spent[min(len(spent) - 1, int(len(spent) * 0.95))]
    return statistics.median(spent), p95, statistics.median(spent) / statistics.median(base)


def sample(terms: list[Any], samples: int) -> list[Play]:
    """Up to `samples` random plays matching `terms`."""
    ids = select(Play.id).where(*terms).order_by(func.random()).limit(samples)
    return list(db.session.scalars(select(Play).where(Play.id.in_(ids))))


def measure(pack: Pack, samples: int, seed: int) -> list[tuple[str, float, float, float]]:
    """Time the baseline and each leaderboard operation on random players and pages."""
    rng = random.Random(seed)
    players = sample(service.ranked(pack.id), samples)
    week = sample(service.ranked(pack.id, service.scope_start("week")), samples)
    today = sample(service.ranked(pack.id, service.scope_start("today")), samples)
    # The biggest tie (all-wrong plays score 0): ranks and pages deep inside it.
    tally = select(PlayScoreTally.score).where(PlayScoreTally.pack_id == pack.id)
    top_tie = db.session.scalar(tally.order_by(PlayScoreTally.plays.desc()).limit(1))
    tied = sample([*service.ranked(pack.id), Play.score == top_tie], samples)
    per_page = 25
    pages = {scope: service.leaderboard_page(pack, scope).pages for scope in service.SCOPES}

    def baseline(i: int) -> Any:
        query = select(Play.id, Play.score).where(Play.id == players[i % len(players)].id)
        return db.session.execute(query).one()

    def page_and_rank(i: int, scope: str = "all", pool: list[Play] = players) -> Any:
        rank = service.rank_of(pool[i % len(pool)], scope) or 1
        return service.leaderboard_page(pack, scope, service.page_of(rank, per_page), per_page)

    def random_page(scope: str) -> Callable[[int], Any]:
        return lambda i: service.leaderboard_page(pack, scope, rng.randint(1, pages[scope]))

    cases: list[tuple[str, Callable[[int], Any]]] = [
        ("page 1", lambda i: service.leaderboard_page(pack, "all", 1, per_page)),
        ("random page", random_page("all")),
        ("rank of a random player", lambda i: service.rank_of(players[i % len(players)])),
        ("rank + the page showing it", page_and_rank),
        (
            f"same, players in the biggest tie (score {top_tie})",
            lambda i: page_and_rank(i, "all", tied),
        ),
        ("week: rank + its page", lambda i: page_and_rank(i, "week", week)),
        ("week: page 1", lambda i: service.leaderboard_page(pack, "week", 1, per_page)),
        ("week: random page", random_page("week")),
        ("today: rank + its page", lambda i: page_and_rank(i, "today", today)),
        ("today: page 1", lambda i: service.leaderboard_page(pack, "today", 1, per_page)),
        ("today: random page", random_page("today")),
    ]
    results = [("baseline: one play by primary key", *timed(samples, baseline, baseline))]
    results += [(name, *timed(samples, action, baseline)) for name, action in cases]
    # What a rank would cost for the last player if it counted the plays ahead one by one.
    naive = select(func.count()).select_from(Play).where(*service.ranked(pack.id))
    count_all = timed(max(5, samples // 10), lambda i: db.session.scalar(naive), baseline)
    results.append(("for contrast: COUNT of all ranked plays", *count_all))
    return results


def run(database_url: str, plays: int, samples: int, seed: int, days: int) -> None:
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
            pack_id = pack.id
            db.session.close()  # no open transaction, so VACUUM can mark pages all-visible
            begin = time.perf_counter()
            fill(pack_id, plays, seed, days)
            filled = time.perf_counter() - begin
            pack = db.session.get_one(Pack, pack_id)
            board = service.board_size(pack.id)
            print(
                f"\n{db.engine.dialect.name}: {plays:,} plays ({board:,} ranked), "
                f"filled in {filled:.0f} s, clock at {clock.utcnow():%a %Y-%m-%d %H:%M} UTC"
            )
            if db.engine.dialect.name == "postgresql":
                pages = "SELECT relallvisible, relpages FROM pg_class WHERE relname = 'play'"
                visible, total = db.session.execute(text(pages)).one()
                print(f"play pages all-visible (index-only scans): {visible:,} of {total:,}")
            load = os.getloadavg()
            results = measure(pack, samples, seed)
            print(f"{'operation':50} {'median ms':>10} {'p95 ms':>8} {'x baseline':>11}")
            for name, median, p95, ratio in results:
                print(f"{name:50} {median:10.3f} {p95:8.3f} {ratio:11.1f}")
            after = os.getloadavg()
            print(f"load average (1 min) before / after timing: {load[0]:.2f} / {after[0]:.2f}")
            db.session.remove()
            db.engine.dispose()


def main() -> None:
    """Parse arguments and run SQLite, then PostgreSQL when --pg is given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plays", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--days", type=int, default=365, help="plays finish over this many days")
    parser.add_argument(
        "--now", default="2026-01-18T23:00", help="fixed UTC clock, ISO (default: a Sunday)"
    )
    parser.add_argument("--pg", help="URL of a scratch PostgreSQL database (tables dropped)")
    parser.add_argument("--no-sqlite", action="store_true", help="only the PostgreSQL run")
    args = parser.parse_args()
    now = datetime.fromisoformat(args.now)
    clock.utcnow = lambda: now  # plays finish within the year before it; scopes start from it
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            run(
                "sqlite:///" + str(Path(tmp) / "bench.db"),
                args.plays,
                args.samples,
                args.seed,
                args.days,
            )
    if args.pg:
        run(normalise_database_url(args.pg), args.plays, args.samples, args.seed, args.days)


if __name__ == "__main__":
    main()
