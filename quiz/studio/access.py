"""Role checks for studio views, and where a login may send staff on to."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlsplit

from flask import abort, redirect, request, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from quiz.extensions import htmx

View = Callable[..., Any]


def editor_required(view: View) -> View:
    """Any active staff member: anonymous pages go to login, htmx requests get 401."""

    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if not current_user.is_authenticated:
            return _login_needed()
        return view(*args, **kwargs)

    return wrapped


def admin_required(view: View) -> View:
    """Admins only: anonymous as for editors, a logged-in editor gets 403."""

    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if not current_user.is_authenticated:
            return _login_needed()
        if not current_user.is_admin:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


def _login_needed() -> Response:
    """Send a page request to the login form; an htmx request cannot follow, so 401."""
    if htmx:
        # htmx swaps nothing on a 401; HX-Redirect makes the browser go to the login page.
        response = Response("Please log in again.", status=401)
        response.headers["HX-Redirect"] = url_for("studio.login")
        return response
    return redirect(url_for("studio.login", next=request.full_path.rstrip("?")))


def safe_next(target: str | None) -> str:
    """A post-login destination on this site only (no open redirects)."""
    return target if target and is_local_path(target) else url_for("studio.packs")


def is_local_path(target: str) -> bool:
    """True for a path on this site: one "/", then anything a browser keeps on this host."""
    # Browsers read "//evil.example", "////evil.example", "/\\evil.example" and
    # "/<tab>/evil.example" (they drop tabs and newlines) as another site's address.
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return False
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in target):
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc
