"""Start and stop gunicorn-served apps for the benchmarks and the production tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from types import TracebackType

from quiz.cli.serve import default_workers

__all__ = [
    "Server",
    "default_workers",
    "free_port",
    "kill_one_worker",
    "worker_pids",
    "workers_cpu_seconds",
]


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """A server command (`quiz serve` or the baseline) on a free port, up until exit."""

    def __init__(
        self,
        command: list[str],
        workers: int,
        threads: int = 1,
        database_url: str | None = None,
        instance: Path | None = None,
        env: dict[str, str] | None = None,
        log: Path | None = None,
    ) -> None:
        self.port = free_port()
        self.command = command + [
            f"--port={self.port}",
            f"--workers={workers}",
            f"--threads={threads}",
        ]
        self.env = {
            **os.environ,
            "QUIZ_RATELIMIT_ENABLED": "false",  # thousands of plays start from one address
            "QUIZ_SECRET_KEY": "load-test-secret",
            "QUIZ_PUBLIC_BASE_URL": f"http://127.0.0.1:{self.port}",
            **(env or {}),
        }
        if database_url:
            self.env["DATABASE_URL"] = database_url
        if instance:
            self.env["QUIZ_INSTANCE_PATH"] = str(instance)
        self.log = log
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        """Base URL of the server."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        """The gunicorn master's process id."""
        assert self.process is not None
        return self.process.pid

    def __enter__(self) -> Server:
        stderr = self.log.open("ab") if self.log else subprocess.DEVNULL
        self.process = subprocess.Popen(
            self.command, env=self.env, stdout=subprocess.DEVNULL, stderr=stderr
        )
        if not isinstance(stderr, int):
            stderr.close()  # the child has its own copy
        self.wait_ready()
        return self

    def wait_ready(self, seconds: float = 60) -> None:
        """Poll /healthz until it answers 200, or fail."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"{self.command[0]} exited with {self.process.returncode}")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"server on port {self.port} not ready in {seconds} s")

    def __exit__(self, *exc: object | TracebackType) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def worker_pids(master_pid: int) -> list[int]:
    """Process ids of a gunicorn master's workers (its child processes other than nginx)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            name, rest = stat.read_text().split(" (", 1)[1].rsplit(")", 1)
        except (OSError, IndexError, ValueError):
            continue
        if int(rest.split()[1]) == master_pid and name != "nginx":
            pids.append(int(stat.parent.name))
    return sorted(pids)


def workers_cpu_seconds(master_pid: int) -> float:
    """CPU seconds (user + system) the master's live workers have used so far."""
    total = 0
    for pid in worker_pids(master_pid):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # the worker exited since it was listed
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15 of stat)
    return total / os.sysconf("SC_CLK_TCK")


def kill_one_worker(master_pid: int) -> int:
    """SIGKILL one worker, as a crash or the OOM killer would; gunicorn starts another."""
    pid = worker_pids(master_pid)[0]
    os.kill(pid, signal.SIGKILL)
    return pid
