"""Drafting a pack inside the request: the studio's new-pack POST against the engine alone.

Run: .venv/bin/python bench/draft.py [--cold N] [--warm N] [ARTICLE]

The request is POST /studio/packs/new with the article pasted (default: the demo article),
sent through the Flask test client by a logged-in editor on a temporary SQLite database:
form parsing, the engine, storing the article, pack and questions, the redirect. The
baseline is generate_pack on the same text in the same kind of process. Cold: each in a
fresh interpreter (a new worker's first draft, spaCy's model load included); warm: in one
process after a first draft, request and baseline alternating, each on a text no call
before it saw (the engine memoises parses). Medians, wall seconds; the
ratio request / engine says how much the request adds to the engine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flask.testing import FlaskClient

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "quiz" / "demo" / "john-legend-mini-me.txt"


def child(mode: str, path: str, warm: int) -> dict[str, list[float]]:
    """Inside a fresh interpreter: time the request and/or the engine, as asked."""
    sys.path.insert(0, str(REPO))
    text = Path(path).read_text(encoding="utf-8")
    timings: dict[str, list[float]] = {"request": [], "engine": []}
    client = _studio_client() if mode != "engine" else None
    from quiz.questions import generate_pack

    calls = iter(range(1_000_000))

    def fresh() -> str:
        # A line of its own per call: the engine memoises parses by text, and a warm draft
        # of a new article must not be served from the previous call's parse.
        return f"{text}\n\nEditors checked this story on day {next(calls)}."

    def request() -> None:
        assert client is not None
        response = client.post("/studio/packs/new", data={"text": fresh()})
        assert response.status_code == 302, response.status_code

    def engine() -> None:
        generate_pack(fresh())

    steps = {"request": request, "engine": engine}
    if mode != "warm":
        timings[mode].append(_timed(steps[mode]))
        return timings
    request()  # the first draft pays the model load; warm rounds alternate after it
    for _ in range(warm):
        for name in ("request", "engine"):
            timings[name].append(_timed(steps[name]))
    return timings


def _studio_client() -> FlaskClient:
    """A test client logged in as an editor, on a new SQLite database (schema migrated)."""
    from quiz import create_app
    from quiz.database import upgrade_schema
    from quiz.extensions import db
    from quiz.models import Staff
    from quiz.studio.services.accounts import hash_password

    tmp = Path(tempfile.mkdtemp(prefix="quiz-draft-bench-"))
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp / 'bench.db'}",
            "INSTANCE_PATH": str(tmp),
            "SECRET_KEY": "bench",
            "WTF_CSRF_ENABLED": False,
            "RATELIMIT_ENABLED": False,
            "REQUEST_LOG": False,
        }
    )
    with app.app_context():
        upgrade_schema()
        db.session.add(
            Staff(email="b@example.com", role="editor", password_hash=hash_password("x"))
        )
        db.session.commit()
    client = app.test_client()
    client.post("/studio/login", data={"email": "b@example.com", "password": "x"})
    return client


def _timed(step: Callable[[], None]) -> float:
    started = time.perf_counter()
    step()
    return time.perf_counter() - started


def _run_child(mode: str, path: Path, warm: int = 0) -> dict[str, list[float]]:
    command = [sys.executable, __file__, "--child", mode, "--warm", str(warm), str(path)]
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    """Measure and print the cold and warm figures with their ratios."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("article", nargs="?", type=Path, default=DEMO)
    parser.add_argument("--cold", type=int, default=3, help="fresh processes of each kind")
    parser.add_argument("--warm", type=int, default=10, help="warm rounds of each")
    parser.add_argument("--child", choices=["request", "engine", "warm"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, str(args.article), args.warm)))
        return 0
    words = len(args.article.read_text(encoding="utf-8").split())
    print(f"{args.article.name}: {words} words; load average {os.getloadavg()[0]:.2f}")
    cold: dict[str, list[float]] = {"request": [], "engine": []}
    for _ in range(args.cold):  # alternating, so both see the same machine
        for mode in ("request", "engine"):
            cold[mode] += _run_child(mode, args.article)[mode]
    warm = _run_child("warm", args.article, args.warm)
    for label, figures in (("cold", cold), ("warm", warm)):
        request, engine = (statistics.median(figures[k]) for k in ("request", "engine"))
        print(
            f"{label}: draft request {request * 1000:,.0f} ms,"
            f" engine alone {engine * 1000:,.0f} ms, ratio {request / engine:.2f}"
            f" (medians of {len(figures['request'])})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
