"""Slow clients, as a slowloris attack sends them: requests that never finish arriving.

Each socket sends a request line and a Host header at once, then one more header line
every `interval` seconds, forever; a server that reads requests in its workers keeps one
worker waiting on each. A socket the server closes is opened again, so the count holds.
Used by bench/slow_clients.py and by the production tests.
"""

from __future__ import annotations

import socket
import threading
import time
import urllib.request
from types import TracebackType


class SlowClients:
    """Up to `count` trickling sockets to 127.0.0.1:`port`, kept open until exit."""

    def __init__(self, port: int, interval: float = 5.0, body: bool = False) -> None:
        self.port, self.interval, self.body = port, interval, body
        self.sockets: list[socket.socket] = []
        self.reopened = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._trickle, daemon=True)

    def __enter__(self) -> SlowClients:
        self._thread.start()
        return self

    def __exit__(self, *exc: object | TracebackType) -> None:
        self._stop.set()
        self._thread.join(timeout=self.interval + 5)
        with self._lock:
            for sock in self.sockets:
                sock.close()
            self.sockets.clear()

    def grow(self, count: int) -> int:
        """Open sockets until `count` are open; return how many are (the OS may refuse)."""
        with self._lock:
            while len(self.sockets) < count:
                sock = self._open()
                if sock is None:
                    break
                self.sockets.append(sock)
            return len(self.sockets)

    def _open(self) -> socket.socket | None:
        """One new slow request: the first lines now, the rest never."""
        try:
            sock = socket.create_connection(("127.0.0.1", self.port), timeout=2)
            if self.body:
                # Complete headers promising a form that then arrives a byte at a time (the
                # login view's CSRF check reads the form, so the app waits for all of it).
                head = (
                    "POST /studio/login HTTP/1.1\r\nHost: slow\r\nContent-Length: 100000\r\n"
                    "Content-Type: application/x-www-form-urlencoded\r\n\r\n"
                )
            else:
                head = "GET /healthz HTTP/1.1\r\nHost: slow\r\n"
            sock.sendall(head.encode())
            sock.setblocking(False)
            return sock
        except OSError:
            return None

    def _trickle(self) -> None:
        """Every interval, send each socket one more line; reopen those the server closed."""
        line = 0
        while not self._stop.wait(self.interval):
            line += 1
            with self._lock:
                for index, sock in enumerate(self.sockets):
                    if self._still_waiting(sock, line):
                        continue
                    sock.close()
                    replacement = self._open()
                    if replacement is not None:
                        self.sockets[index] = replacement
                        self.reopened += 1

    def _still_waiting(self, sock: socket.socket, line: int) -> bool:
        """Send the next piece; False when the server has answered or closed the socket."""
        try:
            sock.recv(4096)  # an answer (400, 408) or EOF: the server gave up on us
            return False
        except BlockingIOError:
            pass  # nothing to read: the server is still waiting for the rest
        except OSError:
            return False
        piece = b"x" if self.body else f"X-Slow-{line}: {line}\r\n".encode()
        try:
            sock.send(piece)
        except BlockingIOError:
            pass  # the server is not reading: it keeps the socket open all the same
        except OSError:
            return False
        return True


def answers_within(url: str, seconds: float = 1.0) -> bool:
    """True when GET `url` completes with a 2xx status within `seconds`."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=seconds) as response:
            response.read()
            ok = 200 <= response.status < 300
    except OSError:
        return False
    return ok and time.monotonic() - started <= seconds
