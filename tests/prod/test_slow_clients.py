"""Slow clients (slowloris): `quiz serve` keeps answering while they trickle their requests.

Each test opens at most SLOW_SOCKETS sockets for a few seconds; bench/slow_clients.py
ramps the same attack up to thousands to find where the server stops.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable

import pytest

from bench.players import start_one_play
from bench.servers import Server
from bench.slow import SlowClients, answers_within

WORKERS = 2
SLOW_SOCKETS = 4 * WORKERS  # gunicorn alone is stopped by one per worker


def probe_urls(server: Server) -> list[str]:
    """The health check and a play in progress."""
    return [server.url + "/healthz", server.url + start_one_play("127.0.0.1", server.port)]


@pytest.mark.parametrize("trickle", ["headers", "body"])
def test_slow_clients_leave_healthz_and_a_play_answering_within_a_second(
    serve: Callable[..., Server], trickle: str
) -> None:
    server = serve(WORKERS)
    urls = probe_urls(server)
    with SlowClients(server.port, interval=0.5, body=trickle == "body") as slow:
        assert slow.grow(SLOW_SOCKETS) == SLOW_SOCKETS
        time.sleep(1.5)  # time enough for every worker to have taken one, were they exposed
        for _ in range(3):
            assert [url for url in urls if not answers_within(url, 1.0)] == []
            time.sleep(0.5)


def test_the_same_slow_clients_stop_gunicorn_bound_to_the_port_alone(
    serve: Callable[..., Server],
) -> None:
    # The attack is real: without nginx in front, these sockets hold every sync worker.
    server = serve(WORKERS, args=("--no-proxy",))
    urls = probe_urls(server)
    with SlowClients(server.port, interval=0.5) as slow:
        slow.grow(SLOW_SOCKETS)
        time.sleep(1.5)
        assert not answers_within(urls[0], 1.0)


def test_a_client_that_never_finishes_its_headers_is_cut_off(
    serve: Callable[..., Server],
) -> None:
    server = serve(WORKERS, env={"QUIZ_PROXY_CLIENT_TIMEOUT": "1"})
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: slow\r\n")
        started = time.monotonic()
        closed = False
        while time.monotonic() - started < 4:
            try:
                sock.sendall(b"X-Slow: 1\r\n")
                sock.settimeout(0.3)
                closed = sock.recv(1024) == b""
            except TimeoutError:
                continue
            except OSError:
                closed = True
            if closed:
                break
        # Cut after the 1 s header deadline, though a line arrived every 0.3 s.
        assert closed and 0.9 < time.monotonic() - started < 3


def test_responses_do_not_name_the_server(serve: Callable[..., Server]) -> None:
    server = serve(WORKERS)
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        head = b""
        while b"\r\n\r\n" not in head:
            head += sock.recv(4096)
    assert head.startswith(b"HTTP/1.1 200")
    assert b"\r\nserver:" not in head.lower()
