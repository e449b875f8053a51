"""Structured request logs: one JSON line per request, tied together by a request id."""

from __future__ import annotations

import json
import logging
import re
import sys
import time
import uuid
from datetime import UTC, datetime

from flask import Flask, Response, g, request

logger = logging.getLogger("quiz.access")

# A proxy's request id is reused only when it is short and harmless to echo back.
_SAFE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def register_observability(app: Flask) -> None:
    """Time each request, give it an id (X-Request-ID) and log it as JSON."""
    if app.config.get("REQUEST_LOG", True):
        _ensure_handler()

    @app.before_request
    def start_timer() -> None:
        g.request_started = time.perf_counter()
        incoming = request.headers.get("X-Request-ID", "")
        g.request_id = incoming if _SAFE_REQUEST_ID.match(incoming) else uuid.uuid4().hex

    @app.after_request
    def log_request(response: Response) -> Response:
        request_id = g.get("request_id") or uuid.uuid4().hex
        response.headers["X-Request-ID"] = request_id
        if app.config.get("REQUEST_LOG", True):
            logger.info(json.dumps(request_record(response, request_id), separators=(",", ":")))
        return response


def request_record(response: Response, request_id: str) -> dict[str, object]:
    """The fields logged for one request (no query string: it may carry tokens)."""
    started = g.get("request_started")
    duration = (time.perf_counter() - started) * 1000 if started else None
    return {
        "ts": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "event": "request",
        "request_id": request_id,
        "method": request.method,
        "path": request.path,
        "endpoint": request.endpoint,
        "status": response.status_code,
        "duration_ms": round(duration, 2) if duration is not None else None,
        "remote_addr": request.remote_addr,
    }


def _ensure_handler() -> None:
    """Attach one stderr handler to the access logger (apps are built many times in tests)."""
    logger.setLevel(logging.INFO)
    if not any(getattr(h, "_quiz_access", False) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        handler._quiz_access = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    # The line is already complete; parents (gunicorn, root) must not print it twice.
    logger.propagate = False


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is now, so redirected or captured stderr still works."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)
