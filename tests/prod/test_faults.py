"""Faults under load: a worker killed mid-run, PostgreSQL restarted mid-play."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bench.audit import audit_plays
from bench.players import PlayerLog, answers_done, play_pack
from bench.servers import Server, kill_one_worker, worker_pids
from quiz.extensions import db
from tests.prod.helpers import ensure_postgresql_running, restart_postgresql


def _play_while(
    server: Server, slug: str, players: int, think: float, fault: Callable[[], None], after: int
) -> list[PlayerLog]:
    """Run players; inject `fault` once `after` answers have been acknowledged."""
    start = answers_done()

    def inject() -> None:
        deadline = time.monotonic() + 30
        while answers_done() - start < after and time.monotonic() < deadline:
            time.sleep(0.01)
        fault()

    injector = threading.Thread(target=inject)
    injector.start()
    with ThreadPoolExecutor(max_workers=players) as pool:
        logs = list(
            pool.map(
                lambda n: play_pack("127.0.0.1", server.port, slug, n, think, 5), range(players)
            )
        )
    injector.join()
    return logs


def _assert_all_finished_and_consistent(
    logs: list[PlayerLog], url: str, tmp: Path, slug: str, questions: int
) -> None:
    assert [log.error for log in logs if log.error] == []
    assert all(log.finished for log in logs)
    assert audit_plays(url, tmp / "audit", slug, logs, questions) == []


def test_killed_worker_loses_no_committed_answer(
    serve, make_pack, migrated_database, tmp_path
) -> None:
    slug = make_pack(questions=6, title="Kill a worker").slug
    server = serve(workers=3)
    before = worker_pids(server.pid)
    killed: list[int] = []
    logs = _play_while(
        server, slug, 12, 0.02, lambda: killed.append(kill_one_worker(server.pid)), after=20
    )
    assert killed and killed[0] in before
    _assert_all_finished_and_consistent(logs, migrated_database, tmp_path, slug, 6)
    # gunicorn replaced the dead worker.
    assert len(worker_pids(server.pid)) == 3 and killed[0] not in worker_pids(server.pid)


def test_postgresql_restart_during_play_is_survived(postgresql, serve, make_pack, tmp_path) -> None:
    slug = make_pack(questions=8, title="Restart the database").slug
    db.session.close()  # hand our connection back: the restart will cut it
    server = serve(workers=2)
    try:
        logs = _play_while(server, slug, 8, 0.1, restart_postgresql, after=16)
    finally:
        ensure_postgresql_running()
    _assert_all_finished_and_consistent(logs, postgresql, tmp_path, slug, 8)


@pytest.fixture(autouse=True)
def _postgresql_left_running() -> Iterator[None]:
    """Whatever happens here, PostgreSQL must be up for the next test (and colleagues)."""
    yield
    ensure_postgresql_running()
