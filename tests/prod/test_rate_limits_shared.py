"""Rate limits under several `quiz serve` workers: one count in Redis, one per worker in memory.

Studio logins are the brute-force target (issue 7): every attempt below is a wrong password
posted with a valid CSRF token over a fresh connection, so any worker may take it.
"""

from __future__ import annotations

import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis

from bench.servers import Server, free_port, worker_pids

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
IN_CI = bool(os.environ.get("CI"))
WORKERS = 3
LIMIT = 3  # login attempts per minute, per client and per email
WARNING = "Rate limits are counted per worker"


@dataclass(frozen=True)
class LoginForm:
    """What a browser holds after loading the login page: its session cookie and CSRF token."""

    cookie: str
    token: str


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    """A key prefix for this test alone in the local Redis; its keys are deleted afterwards."""
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        reason = f"needs Redis at {REDIS_URL} (set TEST_REDIS_URL): {error}"
        if IN_CI:
            pytest.fail(reason + "; CI must run it")
        pytest.skip(reason)
    prefix = f"quiz-test-{uuid.uuid4().hex}"
    try:
        yield prefix
    finally:
        for key in client.scan_iter(match=f"*{prefix}*"):
            client.delete(key)
        client.close()


def limits_env(storage_uri: str, key_prefix: str = "") -> dict[str, str]:
    """Rate limits on (the load bench turns them off) with this store and a small login limit."""
    return {
        "QUIZ_RATELIMIT_ENABLED": "true",
        "QUIZ_RATELIMIT_STORAGE_URI": storage_uri,
        "QUIZ_RATELIMIT_KEY_PREFIX": key_prefix,
        "QUIZ_STUDIO_LOGIN_LIMIT": f"{LIMIT} per minute",
    }


def start(serve: Callable[..., Server], env: dict[str, str], workers: int = WORKERS) -> Server:
    """`quiz serve` with every worker forked, so each one can take a connection."""
    # Without nginx in front, so a held connection holds a worker (the tests pick workers).
    server = serve(workers, args=("--no-proxy",), env=env)
    deadline = time.monotonic() + 20  # workers boot one after another
    while len(worker_pids(server.pid)) < workers and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(worker_pids(server.pid)) == workers
    return server


def log_of(server: Server) -> str:
    """What the server's master and workers have logged so far."""
    assert server.log is not None, "start the server with a log file"
    return server.log.read_text()


def login_form(server: Server) -> LoginForm:
    """Load the login page once; the signed cookie and token are good in every worker."""
    with urllib.request.urlopen(server.url + "/studio/login", timeout=10) as response:
        page = response.read().decode()
        cookie = response.headers["Set-Cookie"].split(";", 1)[0]
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page)
    assert match, "no CSRF token on the login page"
    return LoginForm(cookie, match.group(1))


def attempt(server: Server, form: LoginForm) -> int:
    """One wrong-password login over a new connection; its HTTP status."""
    body = urllib.parse.urlencode(
        {"csrf_token": form.token, "email": "brute@example.com", "password": "guess"}
    ).encode()
    request = urllib.request.Request(
        server.url + "/studio/login", data=body, headers={"Cookie": form.cookie}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@contextmanager
def hold_worker(server: Server) -> Iterator[socket.socket]:
    """Keep one sync worker busy: it accepts this idle connection and waits for a request."""
    sock = socket.create_connection(("127.0.0.1", server.port), timeout=10)
    try:
        wait_until_accepted(server.port)
        yield sock
    finally:
        sock.close()


def wait_until_accepted(port: int, seconds: float = 10) -> None:
    """Wait until the listening socket's accept queue is empty: a worker took the connection."""
    local = f"0100007F:{port:04X}"  # 127.0.0.1 as /proc/net/tcp writes it
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
            fields = line.split()
            # For a LISTEN socket (state 0A) rx_queue is the number of connections not
            # yet accepted.
            if fields[1] == local and fields[3] == "0A" and fields[4].endswith(":00000000"):
                return
        time.sleep(0.02)
    raise AssertionError(f"no worker accepted the held connection on port {port}")


def attempts_on_one_worker_then_another(server: Server, form: LoginForm) -> tuple[list[int], int]:
    """LIMIT + 1 attempts that one worker takes, then one that a different worker takes."""
    # Two of the three sync workers wait on idle connections, so the third takes each attempt.
    with hold_worker(server) as first, hold_worker(server):
        on_one = [attempt(server, form) for _ in range(LIMIT + 1)]
        # The worker that took them now waits on an idle connection too; freeing the first
        # held one leaves exactly one worker free, one that has counted nothing itself.
        with hold_worker(server):
            first.close()
            on_another = attempt(server, form)
    return on_one, on_another


def test_login_attempts_over_fresh_connections_share_one_count_in_redis(
    serve: Callable[..., Server], redis_prefix: str
) -> None:
    server = start(serve, limits_env(REDIS_URL, redis_prefix))
    form = login_form(server)
    statuses = [attempt(server, form) for _ in range(LIMIT * WORKERS + 1)]
    # With per-worker counts up to LIMIT * WORKERS attempts could get through.
    assert statuses == [401] * LIMIT + [429] * (LIMIT * WORKERS + 1 - LIMIT)
    with redis.Redis.from_url(REDIS_URL) as client:
        assert any(client.scan_iter(match=f"*{redis_prefix}*")), "no count was kept in Redis"
    assert WARNING not in log_of(server)


def test_a_worker_that_saw_no_attempt_refuses_once_the_shared_limit_is_reached(
    serve: Callable[..., Server], redis_prefix: str
) -> None:
    server = start(serve, limits_env(REDIS_URL, redis_prefix))
    on_one, on_another = attempts_on_one_worker_then_another(server, login_form(server))
    assert on_one == [401] * LIMIT + [429]
    assert on_another == 429


def test_with_memory_storage_each_worker_counts_alone_and_serve_warns(
    serve: Callable[..., Server],
) -> None:
    server = start(serve, limits_env("memory://"))
    on_one, on_another = attempts_on_one_worker_then_another(server, login_form(server))
    assert on_one == [401] * LIMIT + [429]
    # The other worker never saw those attempts: the brute-forcer gets another LIMIT.
    assert on_another == 401
    warnings = [line for line in log_of(server).splitlines() if WARNING in line]
    assert len(warnings) == 1
    assert f"{WORKERS} workers" in warnings[0] and "QUIZ_RATELIMIT_STORAGE_URI" in warnings[0]
    assert warnings[0].startswith("ERROR")  # not a warning to scroll past


def test_one_worker_with_memory_storage_gets_no_warning(serve: Callable[..., Server]) -> None:
    server = start(serve, limits_env("memory://"), workers=1)
    assert WARNING not in log_of(server)


def test_an_unreachable_store_keeps_the_game_up_and_limits_per_worker(
    serve: Callable[..., Server],
) -> None:
    # Nothing listens on this port: every call to the store is refused.
    server = start(serve, limits_env(f"redis://127.0.0.1:{free_port()}"), workers=1)
    with urllib.request.urlopen(server.url + "/", timeout=10) as response:
        assert response.status == 200
    form = login_form(server)
    # The worker falls back to counting in its own memory, with the same limits.
    assert [attempt(server, form) for _ in range(LIMIT + 1)] == [401] * LIMIT + [429]
    assert "falling back to in-memory storage" in log_of(server)
