"""Logging in and out of the studio."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import (
    Response,
    current_app,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_limiter import RequestLimit
from flask_login import current_user, login_user, logout_user

from quiz.extensions import db, limiter
from quiz.studio import bp, login_guard
from quiz.studio.access import editor_required, safe_next
from quiz.studio.forms import LoginForm, PasswordForm
from quiz.studio.services import audit
from quiz.studio.services.accounts import (
    StaffError,
    authenticate,
    change_password,
    end_sessions,
)

LOGIN_FAILED = "Email or password is incorrect."
DEFAULT_LOGIN_LIMIT = "5 per minute"
TOO_MANY = {
    "address": "Too many wrong passwords from your network. Wait a minute and try again.",
    "account": (
        "Too many wrong passwords for this account from browsers it has not used before."
        " Wait a minute, or log in from a browser you have used before."
    ),
    "device": "Too many wrong passwords from this browser. Wait a minute and try again.",
}


def _login_limit() -> str:
    """Wrong passwords allowed per address, account and device (STUDIO_LOGIN_LIMIT)."""
    return current_app.config.get("STUDIO_LOGIN_LIMIT", DEFAULT_LOGIN_LIMIT)


def _refused(count: str) -> Callable[[RequestLimit], Response]:
    """The login page again, saying which count ran out, with 429 Too Many Requests."""

    def page(_limit: RequestLimit) -> Response:
        form = LoginForm(formdata=None, email=request.form.get("email", ""))
        page = render_template("studio/login.html", form=form, error=TOO_MANY[count])
        return make_response(page, 429)

    return page


def _guarded(count: str, key: Callable[[], str], exempt: Callable[[], bool]) -> Any:
    """One of the three login counts (see quiz.studio.login_guard)."""
    return limiter.limit(
        _login_limit,
        key_func=key,
        methods=["POST"],
        exempt_when=exempt,
        deduct_when=login_guard.failed,
        on_breach=_refused(count),
    )


@bp.route("/login", methods=["GET", "POST"])
@_guarded("address", login_guard.address_key, login_guard.is_known_device)
@_guarded("account", login_guard.account_key, login_guard.is_known_device)
@_guarded("device", login_guard.device_key, login_guard.is_unknown_device)
def login():
    """Show the login form; on success start a fresh session and go on."""
    if current_user.is_authenticated:
        return redirect(safe_next(request.args.get("next")))
    form = LoginForm()
    error = None
    if form.validate_on_submit():
        staff = authenticate(form.email.data, form.password.data)
        if staff is not None:
            next_url = safe_next(request.args.get("next"))
            # A new session on login: nothing set before it (by anyone) carries over.
            session.clear()
            login_user(staff)
            audit.record(staff, "staff.login", "staff", staff.id)
            db.session.commit()
            return login_guard.remember_device(redirect(next_url), staff.email)
        error = LOGIN_FAILED
    elif request.method == "POST":
        error = LOGIN_FAILED
    return render_template("studio/login.html", form=form, error=error), 401 if error else 200


@bp.post("/logout")
@editor_required
def logout():
    """End this account's sessions, here and in every copy of the cookie (POST only)."""
    audit.record(current_user, "staff.logout", "staff", current_user.id)
    end_sessions(current_user)
    db.session.commit()
    logout_user()
    session.clear()
    flash("You are logged out.")
    return redirect(url_for("studio.login"))


@bp.route("/password", methods=["GET", "POST"])
@editor_required
def password():
    """Change one's own password; every other session of the account ends."""
    form = PasswordForm()
    error = None
    if form.validate_on_submit():
        staff = current_user._get_current_object()
        try:
            change_password(staff, form.current.data, form.new.data)
        except StaffError as exc:
            db.session.rollback()
            error = str(exc)
        else:
            db.session.commit()
            # This browser carries on in a new session; every earlier cookie is over.
            session.clear()
            login_user(staff)
            flash("Password changed. Every other session of your account has ended.")
            return redirect(url_for("studio.packs"))
    status = 400 if error or form.errors else 200
    return render_template("studio/password.html", form=form, error=error), status
