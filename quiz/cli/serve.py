"""`quiz serve`: production serving under gunicorn with several worker processes."""

from __future__ import annotations

import gc
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import click
from flask import Flask
from flask.cli import ScriptInfo
from gunicorn import sock
from gunicorn.app.base import BaseApplication
from gunicorn.arbiter import Arbiter
from gunicorn.errors import HaltServer

from quiz.cli.database import database_errors, ensure_current_schema
from quiz.cli.proxy import INSTALL_HINT, Proxy, ProxySettings, find_nginx


def default_workers() -> int:
    """Gunicorn's usual rule of thumb: two workers per core, plus one."""
    return 2 * (os.cpu_count() or 1) + 1


class QuizServer(BaseApplication):
    """Gunicorn running an app object that was built (and migrated) before forking."""

    def __init__(self, app: Flask, options: dict[str, Any], proxy: Proxy | None = None) -> None:
        self.application = app
        self.options = options
        self.proxy = proxy
        super().__init__()

    def run(self) -> None:
        """Serve until stopped; with a proxy, nginx runs in front for as long as gunicorn."""
        if self.proxy is None:
            super().run()
            return
        try:
            ProxiedArbiter(self, self.proxy).run()
        except RuntimeError as error:  # as gunicorn's own run() reports a failed start
            print(f"\nError: {error}\n", file=sys.stderr)
            sys.exit(1)

    def load_config(self) -> None:
        """Copy our options into gunicorn's settings."""
        for key, value in self.options.items():
            self.cfg.set(key, value)

    # Flask types the environ as a dict where gunicorn's stubs pass a MutableMapping.
    def load(self) -> Flask:  # type: ignore[override]
        """The WSGI app each worker serves."""
        return self.application


class ProxiedArbiter(Arbiter):
    """Gunicorn's master, which also starts, watches and stops the nginx in front of it."""

    def __init__(self, app: QuizServer, proxy: Proxy) -> None:
        super().__init__(app)
        self.proxy = proxy

    def start(self) -> None:
        """Listen on the Unix socket, then put nginx on the public address."""
        super().start()
        try:
            self.proxy.start()
        except BaseException:
            sock.close_sockets(self.LISTENERS, True)  # type: ignore[arg-type]  # stubs differ
            shutil.rmtree(self.proxy.settings.run_dir, ignore_errors=True)
            raise

    def manage_workers(self) -> None:
        """Also, once a second: stop serving if nginx has died (nobody could reach us)."""
        if not self.proxy.running():
            raise HaltServer("nginx in front of the workers exited", 1)
        super().manage_workers()

    def stop(self, graceful: bool = True) -> None:
        """Stop nginx first, so requests it already holds are answered by live workers."""
        self.proxy.stop(graceful)
        super().stop(graceful)

    def halt(self, reason: str | None = None, exit_status: int = 0) -> None:
        """Stop everything and remove the run directory (nginx.conf, the socket)."""
        try:
            super().halt(reason, exit_status)
        finally:
            shutil.rmtree(self.proxy.settings.run_dir, ignore_errors=True)


def gunicorn_options(workers: int, threads: int, timeout: int) -> dict:
    """Settings for gunicorn (serve_app adds the address): logs to stderr, workers forked."""
    return {
        "workers": workers,
        "threads": threads,
        "worker_class": "gthread" if threads > 1 else "sync",
        "timeout": timeout,
        "graceful_timeout": 10,
        "keepalive": 5,
        # The app is built once in the master; the pool is emptied before the fork so
        # no database connection is ever shared between processes.
        "preload_app": True,
        "pre_fork": _freeze_heap,
        "post_fork": _post_fork,
        "accesslog": None,  # our JSON request log replaces gunicorn's access log
        "errorlog": "-",
        "proc_name": "quiz",
        # One shared control socket path would clash between instances on one host.
        "control_socket_disable": True,
    }


def _freeze_heap(_server: Any, _worker: Any) -> None:
    """Hide what the master built from the workers' garbage collector before forking."""
    # Everything built before the fork (the app, its templates, SQLAlchemy's compiled
    # statements) lives as long as the worker: frozen, full collections no longer walk it,
    # and the collector never writes to those pages, so they stay shared between workers.
    gc.freeze()


def _post_fork(_server: Any, worker: Any) -> None:
    """Give each worker its own connection pool (the master's was inherited, empty)."""
    from quiz.extensions import db

    with worker.app.application.app_context():
        db.engine.dispose(close=False)


def compile_templates(app: Flask) -> int:
    """Compile every template in the master; return how many there are."""
    # Forked workers inherit the compiled templates (shared, frozen pages) instead of each
    # compiling its own on its first requests: a third of a new worker's first play.
    names = app.jinja_env.list_templates()
    for name in names:
        app.jinja_env.get_template(name)
    return len(names)


def require_public_address(app: Flask) -> None:
    """Refuse to serve the public without knowing our own address (or which hosts are ours)."""
    # Share links and og: tags are absolute: without a base URL they are built from the
    # request's Host header, which anyone can set to evil.example on a cacheable page.
    if not app.config.get("PUBLIC_BASE_URL") and not app.config.get("TRUSTED_HOSTS"):
        raise click.ClickException(
            "set QUIZ_PUBLIC_BASE_URL to the address fans use (https://quiz.example.com), or"
            ' QUIZ_TRUSTED_HOSTS to the host names that may reach the app ("quiz.example.com,'
            'www.quiz.example.com"): share links are built from one of them.'
        )


def warn_if_limits_per_worker(app: Flask, workers: int) -> None:
    """Say so, as an error, when each worker would keep its own rate-limit counts."""
    uri = app.config.get("RATELIMIT_STORAGE_URI") or "memory://"
    if workers > 1 and app.config.get("RATELIMIT_ENABLED", True) and uri.startswith("memory://"):
        # In the master's log, at error level so alerting sees it: a brute-forcer gets
        # `workers` times each limit, studio login guesses included.
        app.logger.error(
            "Rate limits are counted per worker (RATELIMIT_STORAGE_URI=%s): with %d workers a"
            " client gets up to %d times each limit; set REDIS_URL or QUIZ_RATELIMIT_STORAGE_URI="
            "redis://HOST:6379 to share the counts between workers and instances.",
            uri,
            workers,
            workers,
        )


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to bind.")
@click.option(
    "--workers",
    "-w",
    default=default_workers,
    show_default="2 x cores + 1",
    type=click.IntRange(1, 64),
    help="Worker processes.",
)
@click.option(
    "--threads",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Threads per worker.",
)
@click.option("--timeout", default=30, show_default=True, type=int, help="Worker timeout (s).")
@click.option("--no-prepare", is_flag=True, help="Skip migrating and seeding (already done).")
@click.option(
    "--proxy/--no-proxy",
    default=True,
    show_default=True,
    help="Run nginx in front of the workers (--no-proxy: only behind a buffering proxy).",
)
@click.pass_context
def serve(
    ctx: click.Context,
    host: str,
    port: int,
    workers: int,
    threads: int,
    timeout: int,
    no_prepare: bool,
    proxy: bool,
) -> None:
    """Migrate and seed the database, then serve the app with gunicorn workers."""
    from quiz.bootstrap import prepare_instance
    from quiz.extensions import db
    from quiz.security import trust_proxies

    app = ctx.ensure_object(ScriptInfo).load_app()
    require_public_address(app)
    nginx = find_nginx() if proxy else None
    if proxy and nginx is None:
        raise click.ClickException(INSTALL_HINT)
    with app.app_context(), database_errors():
        if not no_prepare:
            # Once, in the master, before any worker exists: workers never race migrations.
            ensure_current_schema()  # a database it cannot migrate is refused in one line
            prepare_instance(app.config["DEMO_ARTICLE"])
        db.engine.dispose()
    compile_templates(app)
    warn_if_limits_per_worker(app, workers)
    if nginx:
        # nginx adds the client's address to X-Forwarded-For: one more hop to trust.
        trust_proxies(app, int(app.config.get("TRUSTED_PROXIES") or 0), local_proxy=True)
    serve_app(app, host, port, gunicorn_options(workers, threads, timeout), nginx)


def serve_app(app: Flask, host: str, port: int, options: dict, nginx: str | None) -> None:
    """Run gunicorn on host:port, or on a Unix socket behind nginx on host:port."""
    if nginx is None:
        QuizServer(app, {**options, "bind": f"{host}:{port}"}).run()
        return
    settings = ProxySettings(
        host,
        port,
        run_dir=Path(tempfile.mkdtemp(prefix="quiz-serve-")),  # mode 0700: ours alone
        max_body=2 * int(app.config.get("MAX_CONTENT_LENGTH") or 1_000_000),
        upstream_timeout=options["timeout"] + 5,
        client_timeout=int(app.config.get("PROXY_CLIENT_TIMEOUT") or 10),
        connections=int(app.config.get("PROXY_CONNECTIONS") or 8192),
    )
    options = {**options, "bind": f"unix:{settings.socket}"}
    QuizServer(app, options, Proxy(nginx, settings)).run()
