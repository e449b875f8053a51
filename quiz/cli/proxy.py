"""nginx in front of gunicorn for `quiz serve`: slow clients wait in nginx, not in workers.

A sync worker reads its request itself, so a client that sends its headers or body slowly
holds that worker until it finishes; a handful of such sockets stopped the whole site.
nginx (Debian's package) reads each request completely, and takes each response from the
worker at once, before a worker is involved, with a deadline for every client.
"""

from __future__ import annotations

import ctypes
import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Template

TEMPLATE = Path(__file__).with_name("nginx.conf.jinja")
# Debian's libnginx-mod-http-headers-more-filter; without it responses say "Server: nginx".
HEADERS_MORE = Path("/usr/lib/nginx/modules/ngx_http_headers_more_filter_module.so")
INSTALL_HINT = (
    "nginx is not installed (apt-get install nginx libnginx-mod-http-headers-more-filter);"
    " behind a buffering proxy of your own, use --no-proxy"
)
_PR_SET_PDEATHSIG = 1


def find_nginx() -> str | None:
    """The nginx binary on PATH or in Debian's place, if installed."""
    return shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")


@dataclass(frozen=True)
class ProxySettings:
    """What the nginx configuration needs to know."""

    host: str
    port: int
    run_dir: Path
    max_body: int
    upstream_timeout: int
    client_timeout: int = 10
    connections: int = 8192

    @property
    def socket(self) -> Path:
        """The Unix socket gunicorn listens on (inside a directory only we can enter)."""
        return self.run_dir / "gunicorn.sock"

    @property
    def listen(self) -> str:
        """nginx's listen address; IPv6 literals go in brackets."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


def render_config(settings: ProxySettings) -> str:
    """nginx.conf for these settings."""
    as_root = os.geteuid() == 0
    return Template(TEMPLATE.read_text(), keep_trailing_newline=True).render(
        settings=settings,
        run_dir=settings.run_dir,
        socket=settings.socket,
        listen=settings.listen,
        max_body=settings.max_body,
        upstream_timeout=settings.upstream_timeout,
        client_timeout=settings.client_timeout,
        connections=settings.connections,
        headers_more=HEADERS_MORE if HEADERS_MORE.exists() else None,
        # nginx started as root would run its workers as nobody, who cannot reach our socket.
        user=pwd.getpwuid(os.geteuid()).pw_name if as_root else None,
        group=grp.getgrgid(os.getegid()).gr_name if as_root else None,
    )


class Proxy:
    """One nginx master process, started when gunicorn listens and stopped before it."""

    def __init__(self, nginx: str, settings: ProxySettings) -> None:
        self.nginx, self.settings = nginx, settings
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, seconds: float = 10) -> None:
        """Write the configuration, start nginx and wait until it accepts connections."""
        config = self.settings.run_dir / "nginx.conf"
        config.write_text(render_config(self.settings))
        self.process = subprocess.Popen(
            [self.nginx, "-p", str(self.settings.run_dir), "-c", str(config), "-e", "stderr"]
            + ["-g", "daemon off;"],
            stdin=subprocess.DEVNULL,
            # Its own session: a Ctrl-C reaches gunicorn, which stops nginx in order.
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nginx exited with {self.process.returncode} (see above)")
            if _accepts(self.settings.host, self.settings.port):
                return
            time.sleep(0.05)
        self.stop(graceful=False)
        raise RuntimeError(f"nginx did not listen on {self.settings.listen} in {seconds} s")

    def running(self) -> bool:
        """True while the nginx master is alive (its workers are ended if it is not)."""
        if self.process is None:
            return False
        if self.process.poll() is None:
            return True
        self._end_workers()
        return False

    def stop(self, graceful: bool = True, seconds: float = 10) -> None:
        """Stop nginx: gracefully lets requests in flight finish first."""
        if not self.running():
            return
        assert self.process is not None
        self.process.send_signal(signal.SIGQUIT if graceful else signal.SIGTERM)
        try:
            self.process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._end_workers()

    def _end_workers(self) -> None:
        """Kill whatever is left of nginx's process group (its own session, see start)."""
        # A master that was killed outright leaves its workers running, still holding the
        # port and answering 502; they share the master's process group.
        assert self.process is not None
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass  # nothing left


def _accepts(host: str, port: int) -> bool:
    """True when something accepts TCP connections at host:port."""
    target = "127.0.0.1" if host in ("0.0.0.0", "") else "::1" if host == "::" else host
    try:
        with socket.create_connection((target, port), timeout=0.5):
            return True
    except OSError:
        return False


def _die_with_parent() -> None:
    """In the child before exec: if `quiz serve` is killed outright, nginx goes too."""
    # Otherwise an orphaned nginx would keep the port, and the next start would fail.
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
