"""Logging in and out of the studio."""

from __future__ import annotations

from flask import current_app, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_user, logout_user

from quiz.extensions import db, limiter
from quiz.studio import bp
from quiz.studio.access import editor_required, safe_next
from quiz.studio.forms import LoginForm, PasswordForm
from quiz.studio.services import audit
from quiz.studio.services.accounts import (
    StaffError,
    authenticate,
    change_password,
    end_sessions,
    normalise_email,
)

LOGIN_FAILED = "Email or password is incorrect."
DEFAULT_LOGIN_LIMIT = "5 per minute"


def _login_limit() -> str:
    """Attempts allowed per client and per email (STUDIO_LOGIN_LIMIT overrides)."""
    return current_app.config.get("STUDIO_LOGIN_LIMIT", DEFAULT_LOGIN_LIMIT)


def _login_email() -> str:
    """Rate-limit key: the email being tried, so one account cannot be guessed at from many IPs."""
    return "login:" + normalise_email(request.form.get("email", ""))


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
@limiter.limit(_login_limit, key_func=_login_email, methods=["POST"])
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
            return redirect(next_url)
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
