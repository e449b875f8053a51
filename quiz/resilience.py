"""Surviving database connection loss: retry safe requests once, answer 503 otherwise.

pool_pre_ping (set for server databases in quiz.configure_database) replaces connections
that died while idle in the pool; this covers the rest: a connection that drops while a
request is using it (a database restart or failover). A GET or HEAD request is re-run
once on a fresh connection, since its transaction was rolled back and its views are
idempotent; anything else gets a 503 with Retry-After, and the play service's answers are
idempotent so a client may resend.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from flask import Flask, request
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from werkzeug.exceptions import ServiceUnavailable

from quiz.extensions import db
from quiz.fragments import fragment_or_page

logger = logging.getLogger(__name__)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def is_connection_loss(error: BaseException) -> bool:
    """True when SQLAlchemy saw the database connection drop (not a bad query)."""
    return isinstance(error, DBAPIError) and bool(error.connection_invalidated)


def retry_once_on_disconnect(view: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a view so a safe request that lost its connection runs once more."""

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return view(*args, **kwargs)
        except DBAPIError as error:
            if request.method not in SAFE_METHODS or not is_connection_loss(error):
                raise
            logger.warning("database connection lost during %s; retrying once", request.path)
            discard_session()
            return view(*args, **kwargs)

    return wrapper


def discard_session() -> None:
    """End the request's session even when its connection is dead (rollback would raise)."""
    try:
        db.session.remove()
    except DBAPIError:
        db.session().invalidate()  # drop the dead connection instead of returning it
        db.session.remove()


def register_resilience(app: Flask) -> None:
    """Retry safe views once on connection loss; turn database outages into 503s."""
    for endpoint, view in list(app.view_functions.items()):
        if endpoint != "static":
            app.view_functions[endpoint] = retry_once_on_disconnect(view)

    @app.teardown_appcontext
    def end_session(_error: BaseException | None) -> None:
        # Runs before Flask-SQLAlchemy's own teardown (registered earlier, so run later),
        # whose rollback would raise, and turn a finished request into a 500, if the
        # connection died after the view had already committed.
        discard_session()

    @app.errorhandler(OperationalError)
    @app.errorhandler(InterfaceError)
    def database_unavailable(error: DBAPIError) -> tuple[str, int, dict[str, str]]:
        discard_session()
        logger.error("database unavailable: %s", type(error.orig).__name__)
        unavailable = ServiceUnavailable("The database is briefly unavailable. Please retry.")
        page, status = fragment_or_page(
            "errors/_error.html", "errors/error.html", 503, error=unavailable
        )
        return page, status, {"Retry-After": "1"}
