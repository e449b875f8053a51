"""Simulated players for bench/load.py: stdlib HTTP, one thread per player.

Each player does what a browser with htmx does: opens the start page (for the CSRF token
and session cookie), posts a nickname, loads the play page, then answers and asks for the
next card until the server redirects to the result. Failed requests (a killed worker, a
database restart) are retried, which is safe because answering is idempotent.
"""

from __future__ import annotations

import http.client
import itertools
import random
import re
import time
import urllib.parse
from dataclasses import dataclass, field

CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
POSITION = re.compile(r'name="position"[^>]*value="(\d+)"')
CHOICE = re.compile(r'name="choice"[^>]*value="(\d+)"')
RETRIES = 20
_answer_counter = itertools.count(1)
_answers_done = [0]


def scrape(pattern: re.Pattern[str], page: str) -> str:
    """The first group of the pattern in the page; a page without it is an error."""
    found = pattern.search(page)
    if found is None:
        raise RuntimeError(f"no {pattern.pattern!r} in the page: {page[:200]!r}")
    return found.group(1)


def answers_done() -> int:
    """Answers acknowledged so far across all players (for timing fault injection)."""
    return _answers_done[0]


@dataclass
class PlayerLog:
    """What one player saw: its play token, the positions the server acknowledged, timings."""

    token: str | None = None
    answered: list[int] = field(default_factory=list)
    answer_latencies: list[float] = field(default_factory=list)
    request_latencies: list[float] = field(default_factory=list)
    retries: int = 0
    finished: bool = False
    error: str | None = None


class Client:
    """A keep-alive HTTP client with one session cookie; with several ports (app instances
    behind a load balancer) it sends each request to the next one in turn."""

    def __init__(self, host: str, port: int | list[int], log: PlayerLog) -> None:
        self.host, self.log = host, log
        self.ports = itertools.cycle(port if isinstance(port, list) else [port])
        self.cookie = ""
        self.conn: http.client.HTTPConnection | None = None

    def request(
        self, method: str, path: str, body: dict | None = None, headers: dict | None = None
    ) -> tuple[int, dict[str, str], str, float]:
        """Send one request, retrying on connection errors and 503s: status, headers, body, time."""
        headers = dict(headers or {})
        if self.cookie:
            headers["Cookie"] = self.cookie
        data = None
        if body is not None:
            data = urllib.parse.urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        port = next(self.ports)
        for attempt in range(RETRIES):
            try:
                if self.conn is None or self.conn.port != port:
                    self.close()
                    self.conn = http.client.HTTPConnection(self.host, port, timeout=30)
                started = time.perf_counter()
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                text = response.read().decode()
                elapsed = time.perf_counter() - started
            except (OSError, http.client.HTTPException):
                self._reconnect_after(attempt)
                continue
            if response.getheader("Connection", "").lower() == "close":
                self.close()
            if response.status in (502, 503, 504):  # a worker gone, or the database away
                self._reconnect_after(attempt)
                continue
            cookie = response.getheader("Set-Cookie")
            if cookie:
                self.cookie = cookie.split(";", 1)[0]
            self.log.request_latencies.append(elapsed)
            return response.status, dict(response.getheaders()), text, elapsed
        raise RuntimeError(f"{method} {path} failed {RETRIES} times")

    def _reconnect_after(self, attempt: int) -> None:
        self.log.retries += 1
        self.close()
        time.sleep(min(0.1 * (attempt + 1), 1.0))  # ~15 s in all: a database restart

    def close(self) -> None:
        """Drop the connection (the next request opens a new one)."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def play_pack(
    host: str, port: int | list[int], slug: str, number: int, think: float, seed: int
) -> PlayerLog:
    """Play one pack to the end as player `number`; never raises (errors go in the log)."""
    log = PlayerLog()
    client = Client(host, port, log)
    rng = player_rng(seed, number)
    try:
        _, _, page, _ = client.request("GET", f"/p/{slug}")
        csrf = scrape(CSRF, page)
        status, headers, _, _ = client.request(
            "POST", f"/p/{slug}", {"csrf_token": csrf, "nickname": f"Player {number}"}
        )
        if status != 303:
            raise RuntimeError(f"start refused with {status}")
        log.token = headers["Location"].rstrip("/").rsplit("/", 1)[-1]
        client.request("GET", f"/play/{log.token}")  # get ready
        hx = {"HX-Request": "true", "X-CSRFToken": csrf}
        # The Start button serves the first question (a GET never starts a clock).
        _, _, card, _ = client.request("POST", f"/play/{log.token}/next", {"csrf_token": csrf}, hx)
        while True:
            position = int(scrape(POSITION, card))
            choices = CHOICE.findall(card)
            pause(rng, think)  # reading the question
            status, _, _, elapsed = client.request(
                "POST",
                f"/play/{log.token}/answer",
                {"position": position, "choice": rng.choice(choices), "csrf_token": csrf},
                hx,
            )
            if status != 200:
                raise RuntimeError(f"answer {position} refused with {status}")
            log.answered.append(position)
            _answers_done[0] = next(_answer_counter)
            log.answer_latencies.append(elapsed)
            pause(rng, think)  # reading the feedback before pressing Next
            status, headers, card, _ = client.request(
                "POST", f"/play/{log.token}/next", {"csrf_token": csrf}, hx
            )
            if "HX-Redirect" in headers:
                log.finished = True
                return log
    except Exception as exc:  # reported and counted by the driver, not fatal to the run
        log.error = f"{type(exc).__name__}: {exc}"
    finally:
        client.close()
    return log


def start_one_play(host: str, port: int, nickname: str = "Probe") -> str:
    """Start a play of the first pack on the home page; return the play page's path."""
    client = Client(host, port, PlayerLog())
    try:
        _, _, home, _ = client.request("GET", "/")
        slug = home.split('href="/p/', 1)[1].split('"', 1)[0]
        _, _, page, _ = client.request("GET", f"/p/{slug}")
        csrf = scrape(CSRF, page)
        status, headers, _, _ = client.request(
            "POST", f"/p/{slug}", {"csrf_token": csrf, "nickname": nickname}
        )
    finally:
        client.close()
    if status != 303:
        raise RuntimeError(f"start refused with {status}")
    return "/play/" + headers["Location"].rstrip("/").rsplit("/", 1)[-1]


def player_rng(seed: int, number: int) -> random.Random:
    """Player `number`'s own random numbers: the same run repeats the same choices."""
    return random.Random(seed * 100_003 + number)


def pause(rng: random.Random, think: float) -> None:
    """A player's pause: between `think` and twice that, so players drift out of step."""
    # Equal pauses would keep every player in lockstep, all requests arriving in one burst
    # per round, which no crowd of people does; never shorter than `think` keeps a pace of
    # 300 ms within what the server accepts as human.
    if think > 0:
        time.sleep(think * (1 + rng.random()))


def hit_minimal(
    host: str, port: int, requests: int, think: float = 0.0, number: int = 0, seed: int = 7
) -> PlayerLog:
    """Post `requests` small forms to the baseline endpoint at a player's pace, timing each."""
    log = PlayerLog()
    client = Client(host, port, log)
    rng = player_rng(seed, number)
    try:
        for position in range(requests):
            pause(rng, think)
            _, _, _, elapsed = client.request(
                "POST", "/answer", {"position": position, "choice": 1}
            )
            log.answer_latencies.append(elapsed)
        log.finished = True
    except Exception as exc:
        log.error = f"{type(exc).__name__}: {exc}"
    finally:
        client.close()
    return log
