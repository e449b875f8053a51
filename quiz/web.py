"""Site-wide routes and handlers that belong to no single feature."""

from __future__ import annotations

from flask import Blueprint
from sqlalchemy import text
from werkzeug.exceptions import HTTPException

from quiz.extensions import db
from quiz.fragments import fragment_or_page

bp = Blueprint("web", __name__)


@bp.get("/healthz")
def healthz() -> tuple[dict[str, str], int]:
    """Report whether the app can reach its database."""
    try:
        db.session.execute(text("SELECT 1"))
    except Exception as exc:  # any driver error means unhealthy, not a 500 page
        db.session.rollback()
        return {"status": "error", "database": type(exc).__name__}, 503
    return {"status": "ok", "database": "ok"}, 200


@bp.app_errorhandler(HTTPException)
def http_error(error: HTTPException) -> tuple[str, int]:
    """Render HTTP errors as our own page (or a small fragment for htmx requests)."""
    return fragment_or_page(
        "errors/_error.html", "errors/error.html", error.code or 500, error=error
    )
