"""`quiz serve`: gunicorn workers on a database prepared once, before they fork."""

from __future__ import annotations

import gc
import json
import os
import shutil
import signal
import sqlite3
import time
import urllib.request
from pathlib import Path

from bench.servers import Server, worker_pids
from quiz.cli.serve import gunicorn_options
from tests.prod.helpers import QUIZ, require_nginx


def test_serve_prepares_the_database_once_then_forks_workers(tmp_path: Path) -> None:
    require_nginx()
    instance, log = tmp_path / "instance", tmp_path / "serve.log"
    # No DATABASE_URL: the embedded default, SQLite in the instance folder.
    with Server([QUIZ, "serve"], 3, instance=instance, log=log, env={"DATABASE_URL": ""}) as server:
        deadline = time.monotonic() + 20  # workers boot one after another
        while len(worker_pids(server.pid)) < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(worker_pids(server.pid)) == 3
        with urllib.request.urlopen(server.url + "/", timeout=10) as response:
            home = response.read().decode()
            headers = response.headers
        assert "John Legend" in home
        assert "default-src 'self'" in headers["Content-Security-Policy"]
        request_id = headers["X-Request-ID"]
    with sqlite3.connect(instance / "quiz.db") as database:
        assert database.execute("SELECT count(*) FROM pack").fetchone() == (1,)
        assert database.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    records = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    home_record = next(r for r in records if r["request_id"] == request_id)
    assert home_record["path"] == "/" and home_record["status"] == 200
    assert home_record["duration_ms"] > 0


def test_the_master_freezes_its_heap_before_each_fork() -> None:
    freeze = gunicorn_options(2, 1, timeout=30)["pre_fork"]
    gc.unfreeze()
    try:
        freeze(None, None)
        # What the master built is now out of the workers' collections.
        assert gc.get_freeze_count() > 1000
    finally:
        gc.unfreeze()


def nginx_of(server: Server) -> int:
    """The pid of the nginx master that `quiz serve` started (its one nginx child)."""
    children = [p for p in Path("/proc").glob("[0-9]*") if _parent(p) == server.pid]
    nginx = [int(p.name) for p in children if _name(p) == "nginx"]
    assert len(nginx) == 1, nginx
    return nginx[0]


def run_dir_of(log: Path) -> Path:
    """Where gunicorn's Unix socket (and nginx's configuration) live, from the log."""
    return Path(log.read_text().split("Listening at: unix:", 1)[1].split()[0]).parent


def test_nginx_fronts_the_workers_and_stops_with_them(tmp_path: Path) -> None:
    require_nginx()
    log = tmp_path / "serve.log"
    with Server([QUIZ, "serve"], 1, instance=tmp_path / "instance", log=log) as server:
        nginx = nginx_of(server)
        # gunicorn itself listens on a Unix socket in a directory of its own.
        run_dir = run_dir_of(log)
        assert run_dir.stat().st_mode & 0o777 == 0o700
    assert _gone(nginx)
    assert not run_dir.exists()


def test_serve_stops_when_its_nginx_dies(tmp_path: Path) -> None:
    require_nginx()
    log = tmp_path / "serve.log"
    with Server([QUIZ, "serve"], 1, instance=tmp_path / "instance", log=log) as server:
        nginx = nginx_of(server)
        workers = [int(p.name) for p in Path("/proc").glob("[0-9]*") if _parent(p) == nginx]
        assert workers
        os.kill(nginx, signal.SIGKILL)
        assert server.process is not None and server.process.wait(timeout=20) == 1
    assert "nginx in front of the workers exited" in log.read_text()
    # Its orphaned workers would hold the port; they are gone too.
    deadline = time.monotonic() + 5
    while not all(_gone(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert all(_gone(pid) for pid in workers)


def test_nginx_goes_when_serve_is_killed_outright(tmp_path: Path) -> None:
    require_nginx()
    log = tmp_path / "serve.log"
    with Server([QUIZ, "serve"], 1, instance=tmp_path / "instance", log=log) as server:
        nginx, run_dir = nginx_of(server), run_dir_of(log)
        assert server.process is not None
        server.process.kill()  # no chance to stop nginx itself
        server.process.wait(timeout=10)
        deadline = time.monotonic() + 10
        while not _gone(nginx) and time.monotonic() < deadline:
            time.sleep(0.1)
    shutil.rmtree(run_dir, ignore_errors=True)  # nobody was left to remove it
    assert _gone(nginx)  # so the port is free for the next start


def _parent(proc: Path) -> int | None:
    try:
        return int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def _name(proc: Path) -> str:
    try:
        return (proc / "comm").read_text().strip()
    except OSError:
        return ""


def _gone(pid: int) -> bool:
    """The process has exited (a zombie waiting to be reaped counts as gone)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True
