"""Helpers for the production tests: PostgreSQL control and shared constants."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quiz.cli.proxy import HEADERS_MORE, find_nginx

QUIZ = str(Path(sys.executable).parent / "quiz")
NGINX_MISSING = "needs nginx (apt-get install nginx libnginx-mod-http-headers-more-filter)"
PG_ONLY = "needs PostgreSQL (set TEST_DATABASE_URL); CI's PostgreSQL pass runs it"


def require_nginx() -> None:
    """`quiz serve` runs nginx in front of its workers: skip without it (never in CI)."""
    if find_nginx() is None or not HEADERS_MORE.exists():
        if os.environ.get("CI"):
            pytest.fail(NGINX_MISSING + "; CI must run it")
        pytest.skip(NGINX_MISSING)


def restart_postgresql() -> None:
    """Restart the local PostgreSQL cluster (as a failover or upgrade would)."""
    subprocess.run(_pg_ctl("restart"), check=True, capture_output=True, timeout=60)


def ensure_postgresql_running() -> None:
    """Start PostgreSQL again if a failed test left it stopped; others depend on it."""
    ready = subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"], check=False)
    if ready.returncode != 0:
        subprocess.run(_pg_ctl("start"), check=False, capture_output=True, timeout=60)


def _pg_ctl(action: str) -> list[str]:
    version = sorted(p.name for p in Path("/etc/postgresql").iterdir())[-1]
    return ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action]
