"""Two admins removing each other at the same instant leave one admin, on either database."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from flask import Flask

from quiz.extensions import db
from quiz.models import Staff
from quiz.studio.services import accounts

CHANGES: dict[str, Callable[[Staff, Staff], None]] = {
    "disable": lambda target, by: accounts.set_active(target, False, by),
    "demote": lambda target, by: accounts.change_role(target, "editor", by),
}


def remove(app: Flask, change: str, actor_id: int, target_id: int, outcome: dict, **timing):
    """In its own session: `actor` removes `target`; record "done" or "refused"."""
    started: threading.Event | None = timing.get("after")
    checked: threading.Event = timing["checked"]
    with app.app_context():
        try:
            actor, target = (
                db.session.get_one(Staff, actor_id),
                db.session.get_one(Staff, target_id),
            )
            if started is not None:
                assert started.wait(5)
            try:
                CHANGES[change](target, actor)
            except accounts.StaffError as error:
                db.session.rollback()
                outcome[actor_id] = f"refused: {error}"
                return
            finally:
                checked.set()
            # The first change is checked and made but not committed when the second begins.
            time.sleep(timing.get("hold", 0))
            db.session.commit()
            outcome[actor_id] = "done"
        finally:
            db.session.remove()


@pytest.mark.parametrize("change", list(CHANGES))
def test_two_admins_removing_each_other_at_once_leave_one(app, make_staff, change: str) -> None:
    first = make_staff("first@example.com", role="admin").id
    second = make_staff("second@example.com", role="admin").id
    db.session.close()  # this test's own session holds nothing while the two run
    outcome: dict[int, str] = {}
    checked = threading.Event()
    threads = [
        threading.Thread(
            target=remove,
            args=(app, change, first, second, outcome),
            kwargs={"checked": checked, "hold": 0.5},
        ),
        threading.Thread(
            target=remove,
            args=(app, change, second, first, outcome),
            kwargs={"checked": threading.Event(), "after": checked},
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=15)
    assert outcome[first] == "done"
    assert outcome[second].startswith("refused: Your account is no longer an active admin")
    admins = db.session.scalars(
        db.select(Staff.email).where(Staff.role == "admin", Staff.active.is_(True))
    ).all()
    assert admins == ["first@example.com"]


def test_one_after_the_other_the_second_is_refused_as_before(app, make_staff) -> None:
    first = make_staff("first@example.com", role="admin")
    second = make_staff("second@example.com", role="admin")
    accounts.set_active(second, False, first)
    db.session.commit()
    third = make_staff("third@example.com", role="admin")
    accounts.set_active(third, False, first)
    db.session.commit()
    with pytest.raises(accounts.StaffError, match="at least one active admin"):
        accounts.change_role(first, "editor", first)
