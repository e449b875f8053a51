"""Admin pages: staff accounts (add, re-role, disable) and the nickname block list."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from flask import flash, redirect, render_template, url_for
from flask_login import current_user
from sqlalchemy import select

from quiz.extensions import db
from quiz.models import BlockedWord, Staff
from quiz.models.staff import ROLES
from quiz.studio import bp
from quiz.studio.access import admin_required
from quiz.studio.forms import BlockedWordForm, NewStaffForm, RoleForm
from quiz.studio.services import accounts

T = TypeVar("T")


@bp.route("/staff", methods=["GET", "POST"])
@admin_required
def staff():
    """List staff and add a new account."""
    form = NewStaffForm()
    error = None
    if form.validate_on_submit():
        added, error = _attempt(
            lambda: accounts.create_staff(
                form.email.data, form.password.data, form.role.data, by=current_user
            )
        )
        if added is not None:
            flash(f"{added.email} can now log in as {added.role}.")
            return redirect(url_for("studio.staff"))
    members = db.session.scalars(select(Staff).order_by(Staff.email)).all()
    status = 400 if error or form.errors else 200
    return render_template(
        "studio/staff.html", form=form, error=error, members=members, roles=ROLES
    ), status


@bp.post("/staff/<int:staff_id>/role")
@admin_required
def staff_role(staff_id: int):
    """Give a staff member another role."""
    member = db.get_or_404(Staff, staff_id)
    form = RoleForm()
    if form.validate_on_submit():
        _apply(
            lambda: accounts.change_role(member, form.role.data, current_user),
            f"{member.email} is now {form.role.data}.",
        )
    else:
        flash("Choose editor or admin.", "error")
    return redirect(url_for("studio.staff"))


@bp.post("/staff/<int:staff_id>/<any(disable, enable):action>")
@admin_required
def staff_active(staff_id: int, action: str):
    """Disable an account (its sessions end at once) or enable it again."""
    member = db.get_or_404(Staff, staff_id)
    active = action == "enable"
    _apply(
        lambda: accounts.set_active(member, active, current_user),
        f"{member.email} {'enabled' if active else 'disabled'}.",
    )
    return redirect(url_for("studio.staff"))


@bp.route("/blocked-words", methods=["GET", "POST"])
@admin_required
def blocked_words():
    """Words fans may not use in nicknames: list and add."""
    form = BlockedWordForm()
    error = None
    if form.validate_on_submit():
        _, error = _attempt(lambda: accounts.add_blocked_word(form.word.data, current_user))
        if error is None:
            flash(f"“{form.word.data.strip()}” is blocked in nicknames.")
            return redirect(url_for("studio.blocked_words"))
    words = db.session.scalars(select(BlockedWord).order_by(BlockedWord.word)).all()
    status = 400 if error or form.errors else 200
    return render_template("studio/blocked_words.html", form=form, error=error, words=words), status


@bp.post("/blocked-words/<int:word_id>/delete")
@admin_required
def unblock_word(word_id: int):
    """Allow a blocked word again."""
    blocked = db.get_or_404(BlockedWord, word_id)
    word = blocked.word
    _apply(
        lambda: accounts.remove_blocked_word(blocked, current_user), f"“{word}” is allowed again."
    )
    return redirect(url_for("studio.blocked_words"))


def _attempt(change: Callable[[], T]) -> tuple[T | None, str | None]:
    """Run a staff change: commit and return its result, or roll back and return why not."""
    try:
        result = change()
    except accounts.StaffError as exc:
        db.session.rollback()
        return None, str(exc)
    db.session.commit()
    return result, None


def _apply(change: Callable[[], object], message: str) -> None:
    """Run a staff change and flash the outcome (for the post-and-redirect actions)."""
    _, error = _attempt(change)
    if error:
        flash(error, "error")
    else:
        flash(message)
