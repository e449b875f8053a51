"""Site-wide routes and handlers that belong to no single feature."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, current_app, jsonify, url_for
from sqlalchemy import text
from werkzeug.exceptions import HTTPException, SecurityError
from werkzeug.routing import IntegerConverter, Map

from quiz.extensions import db
from quiz.forms import LARGEST_INTEGER
from quiz.fragments import fragment_or_page

bp = Blueprint("web", __name__)


class DatabaseIdConverter(IntegerConverter):
    """`<int:...>` in our routes: only numbers a database integer can hold match."""

    # Werkzeug's own matches any run of digits: a 400-digit id overflowed SQLite's driver
    # and an id past 32 bits PostgreSQL's (500s). Larger ids are unknown pages, 404.
    def __init__(self, url_map: Map, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", LARGEST_INTEGER)
        super().__init__(url_map, *args, **kwargs)


@bp.get("/healthz")
def healthz() -> tuple[dict[str, str], int]:
    """Report whether the app can reach its database."""
    try:
        db.session.execute(text("SELECT 1"))
    except Exception as exc:  # any driver error means unhealthy, not a 500 page
        db.session.rollback()
        return {"status": "error", "database": type(exc).__name__}, 503
    return {"status": "ok", "database": "ok"}, 200


# Browsers ask for these at fixed addresses; a day's cache is long enough for a new icon.
ICON_MAX_AGE = 86400


@bp.get("/favicon.ico")
def favicon() -> Response:
    """The icon at the address older browsers and crawlers ask for."""
    response = current_app.send_static_file("icons/favicon.ico")
    response.cache_control.public = True
    response.cache_control.max_age = ICON_MAX_AGE
    return response


@bp.get("/manifest.webmanifest")
def manifest() -> Response:
    """The web app manifest: name, colours and app icons (fingerprinted URLs)."""
    icons = [
        ("icons/icon-192.png", "192x192", "any"),
        ("icons/icon-512.png", "512x512", "any"),
        ("icons/icon-maskable-512.png", "512x512", "maskable"),
    ]
    response = jsonify(
        name="Headline Trivia",
        short_name="Trivia",
        start_url="/",
        display="standalone",
        background_color="#f4f3fb",
        theme_color="#372bb0",
        icons=[
            {"src": url_for("static", filename=f), "sizes": s, "type": "image/png", "purpose": p}
            for f, s, p in icons
        ],
    )
    response.mimetype = "application/manifest+json"
    response.cache_control.public = True
    response.cache_control.max_age = ICON_MAX_AGE
    return response


@bp.app_errorhandler(HTTPException)
def http_error(error: HTTPException) -> Any:
    """Render HTTP errors as our own page (or a small fragment for htmx requests)."""
    if error.response is not None:  # an answer made for this error (a throttled login form)
        return error.response
    if isinstance(error, SecurityError):
        # A Host outside TRUSTED_HOSTS: no URL can be built for it, so not our page either.
        return error.get_response()
    return fragment_or_page(
        "errors/_error.html", "errors/error.html", error.code or 500, error=error
    )
