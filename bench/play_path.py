"""In-process cost of the play path: the start page and start, the play page, answer, Next.

    python bench/play_path.py [--plays 30] [--questions 20] [--database-url URL]

Builds a temporary SQLite database (or migrates the PostgreSQL database given; its tables
are dropped first, so use a scratch database), imports a published pack, and plays it N
times to the end through the Flask test client, exactly as a browser with htmx does: the
pack's start page, the nickname form, the play page, then per question an answer
(HX-Request) and the Next button. Each request runs
in its own app context, like under gunicorn, with CSRF, the JSON request log (to
/dev/null), the rate limiter (its play-start limit raised for one client's many plays)
and security headers all on. Prints median / p95 latency and
SQL statements per request (a before_cursor_execute counter), and the ratio of the
answer's median against the minimal endpoint of bench/minimal_app.py timed in the same run.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

# Run as a script from anywhere: import bench.* and quiz from the repository.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event, text  # noqa: E402

from bench.audit import pack_document  # noqa: E402
from bench.players import CSRF, POSITION, scrape  # noqa: E402
from quiz import create_app, normalise_database_url  # noqa: E402
from quiz.extensions import db  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Run the measurement and print the table."""
    args = parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="quiz-play-path-"))
    url = normalise_database_url(args.database_url or f"sqlite:///{tmp / 'bench.db'}")
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": url,
            "INSTANCE_PATH": str(tmp / "instance"),
            "SECRET_KEY": "b",
            "PLAY_START_RATE_LIMIT": "1000000 per minute",
            "PLAY_QUESTION_LIMIT": 1000,  # every question of the bench's pack
        }
    )
    slug = prepare(app, args.questions, fresh=bool(args.database_url))
    statements = [0]
    with app.app_context():
        event.listen(db.engine, "before_cursor_execute", lambda *a: _bump(statements))
    timings: dict[str, list[float]] = defaultdict(list)
    counts: dict[str, list[int]] = defaultdict(list)
    with _quiet_stderr():
        play_all(app, slug, 3, defaultdict(list), defaultdict(list), statements)  # warm-up
        play_all(app, slug, args.plays, timings, counts, statements)
        minimal = time_minimal(len(timings["answer"]))
    report(args, url, timings, counts, minimal)
    with app.app_context():
        db.engine.dispose()
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--plays", type=int, default=30, help="plays timed (+3 warm-up)")
    parser.add_argument("--questions", type=int, default=20)
    parser.add_argument("--database-url", default=None, help="a scratch PostgreSQL database")
    return parser.parse_args(argv)


def _bump(counter: list[int]) -> None:
    counter[0] += 1


def prepare(app, questions: int, *, fresh: bool) -> str:
    """Migrate and import a published pack; return its slug."""
    from quiz.database import upgrade_schema
    from quiz.packs import import_pack

    with app.app_context():
        if fresh:
            db.drop_all()
            db.session.execute(text("DROP TABLE IF EXISTS alembic_version"))
            db.session.commit()
        upgrade_schema()
        pack = import_pack(pack_document(questions), status="published", approve_all=True)
        db.session.commit()
        slug = pack.slug
        db.session.remove()
    return slug


def play_all(app, slug: str, plays: int, timings, counts, statements) -> None:
    """Play the pack `plays` times: start page, start, play page, then answer + Next."""

    def timed(kind: str, call, *a, **kw):
        statements[0] = 0
        started = time.perf_counter()
        response = call(*a, **kw)
        timings[kind].append(time.perf_counter() - started)
        counts[kind].append(statements[0])
        assert response.status_code in (200, 303), (kind, response.status_code)
        return response

    for number in range(plays):
        client = app.test_client()
        start_page = timed("start page", client.get, f"/p/{slug}").get_data(True)
        csrf = scrape(CSRF, start_page)
        form = {"csrf_token": csrf, "nickname": f"Bench {number}"}
        started = timed("start", client.post, f"/p/{slug}", data=form)
        token = started.headers["Location"].rstrip("/").rsplit("/", 1)[-1]
        timed("play page (get ready)", client.get, f"/play/{token}")
        hx = {"HX-Request": "true", "X-CSRFToken": csrf}
        # The Start button serves the first question (a GET never starts a clock).
        card = timed(
            "start button",
            client.post,
            f"/play/{token}/next",
            data={"csrf_token": csrf},
            headers=hx,
        ).get_data(True)
        while True:
            position = int(scrape(POSITION, card))
            if position == 5:
                timed("play page (reload)", client.get, f"/play/{token}")
            timed(
                "answer",
                client.post,
                f"/play/{token}/answer",
                data={"position": position, "choice": position % 4, "csrf_token": csrf},
                headers=hx,
            )
            response = timed(
                "next", client.post, f"/play/{token}/next", data={"csrf_token": csrf}, headers=hx
            )
            if "HX-Redirect" in response.headers:
                break
            card = response.get_data(as_text=True)


def time_minimal(requests: int) -> list[float]:
    """The bench/minimal_app.py endpoint through its own test client, same request count."""
    from bench.minimal_app import app as minimal_app

    client = minimal_app.test_client()
    for _ in range(20):
        client.post("/answer", data={"position": 1, "choice": 1})
    out = []
    for n in range(requests):
        started = time.perf_counter()
        client.post("/answer", data={"position": n, "choice": 1})
        out.append(time.perf_counter() - started)
    return out


@contextlib.contextmanager
def _quiet_stderr():
    """Send the JSON request log to /dev/null (it is still formatted and written)."""
    saved = sys.stderr
    with open(os.devnull, "w") as sink:
        sys.stderr = sink
        try:
            yield
        finally:
            sys.stderr = saved


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def report(args, url, timings, counts, minimal) -> None:
    """Medians, p95 and statements per request; the answer's ratio against the minimal."""
    backend = url.split(":", 1)[0]
    print(f"backend={backend} plays={args.plays} questions={args.questions} load={_load()}")
    print(f"{'request':26} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'SQL/req':>8}")
    for kind, values in timings.items():
        print(
            f"{kind:26} {len(values):5d} {statistics.median(values) * 1000:8.2f}"
            f" {_pct(values, 95) * 1000:8.2f} {statistics.median(counts[kind]):8.1f}"
        )
    print(
        f"{'minimal endpoint':26} {len(minimal):5d} {statistics.median(minimal) * 1000:8.2f}"
        f" {_pct(minimal, 95) * 1000:8.2f} {0:8.1f}"
    )
    ratio = statistics.median(minimal) / statistics.median(timings["answer"])
    print(f"answer ratio minimal/app (median latency): {ratio:.3f}")


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


if __name__ == "__main__":
    raise SystemExit(main())
