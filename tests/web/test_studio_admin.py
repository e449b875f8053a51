"""Admin pages (staff, blocked words) and the pack list with search."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from quiz.extensions import db
from quiz.models import AuditEntry, BlockedWord, Staff
from tests.helpers import STAFF_PASSWORD, logged_in


@pytest.fixture
def admin(make_staff):
    return make_staff("admin@example.com", "admin")


@pytest.fixture
def console(app, admin):
    return logged_in(app.test_client(), admin)


def flashes(client, response) -> str:
    return client.get(response.headers["Location"]).get_data(as_text=True)


def test_admin_adds_staff_who_can_then_log_in(app, console, admin) -> None:
    response = console.post(
        "/studio/staff",
        data={"email": "New@Example.com", "role": "editor", "password": "a long password"},
    )
    assert response.status_code == 302
    assert "new@example.com can now log in as editor." in flashes(console, response)
    member = db.session.scalars(select(Staff).where(Staff.email == "new@example.com")).one()
    logged_in(app.test_client(), member, "a long password")
    entry = db.session.scalars(select(AuditEntry).where(AuditEntry.action == "staff.create")).one()
    assert (entry.staff_id, entry.target_id) == (admin.id, member.id)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"email": "admin@example.com", "role": "editor", "password": "a long password"},
            "already has an account",
        ),
        (
            {"email": "x@example.com", "role": "editor", "password": "short"},
            "Field must be at least 10 characters long.",
        ),
        (
            {"email": "not-an-email", "role": "editor", "password": "a long password"},
            "Enter an email like name@example.com.",
        ),
        (
            {"email": "y@example.com", "role": "owner", "password": "a long password"},
            "Not a valid choice.",
        ),
    ],
)
def test_adding_staff_refuses_bad_input_and_keeps_it(console, data, message) -> None:
    response = console.post("/studio/staff", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and message in page
    assert f'value="{data["email"]}"' in page
    # Nothing was added: only the admin who is logging in already had an address.
    accounts = select(func.count()).select_from(Staff).where(Staff.email == data["email"])
    existing = 1 if data["email"] == "admin@example.com" else 0
    assert db.session.execute(accounts).scalar_one() == existing


def test_admin_changes_a_role_and_a_disabled_account_loses_its_session(
    app, console, make_staff
) -> None:
    member = make_staff("ed@example.com")
    member_client = logged_in(app.test_client(), member)
    console.post(f"/studio/staff/{member.id}/role", data={"role": "admin"})
    db.session.refresh(member)
    assert member.role == "admin"
    assert member_client.get("/studio/staff").status_code == 200
    console.post(f"/studio/staff/{member.id}/disable")
    db.session.refresh(member)
    assert not member.active
    assert member_client.get("/studio/").status_code == 302  # the session ends at once
    refused = app.test_client().post(
        "/studio/login", data={"email": member.email, "password": STAFF_PASSWORD}
    )
    assert refused.status_code == 401
    console.post(f"/studio/staff/{member.id}/enable")
    db.session.refresh(member)
    assert member.active


def test_the_last_admin_cannot_demote_or_disable_themselves(console, admin) -> None:
    response = console.post(f"/studio/staff/{admin.id}/role", data={"role": "editor"})
    assert "needs at least one active admin" in flashes(console, response)
    response = console.post(f"/studio/staff/{admin.id}/disable")
    assert "cannot disable your own account" in flashes(console, response)
    db.session.refresh(admin)
    assert (admin.role, admin.active) == ("admin", True)


def test_an_admin_can_step_down_when_another_admin_remains(console, admin, make_staff) -> None:
    make_staff("second@example.com", "admin")
    console.post(f"/studio/staff/{admin.id}/role", data={"role": "editor"})
    db.session.refresh(admin)
    assert admin.role == "editor"
    assert console.get("/studio/staff").status_code == 403


def test_blocked_words_are_added_once_and_removed(console, admin) -> None:
    response = console.post("/studio/blocked-words", data={"word": "  Rude  "})
    assert response.status_code == 302
    word = db.session.scalars(select(BlockedWord)).one()
    assert (word.word, word.added_by_id) == ("rude", admin.id)
    again = console.post("/studio/blocked-words", data={"word": "RUDE"})
    assert again.status_code == 400 and "already blocked" in again.get_data(as_text=True)
    console.post(f"/studio/blocked-words/{word.id}/delete")
    assert db.session.scalar(select(BlockedWord)) is None
    actions = db.session.scalars(
        select(AuditEntry.action).where(AuditEntry.target_type == "blocked_word")
    ).all()
    assert sorted(actions) == ["blocked_word.add", "blocked_word.remove"]


def test_pack_list_shows_counts_plays_editor_and_searches(
    app, console, admin, make_pack, make_play
) -> None:
    pack = make_pack(4, title="Music 100% facts")
    pack.questions[3].status = "draft"
    pack.updated_by_id = admin.id
    db.session.commit()
    make_pack(3, status="draft", title="Film night")
    make_play(pack)
    make_play(pack, "Alex")
    page = console.get("/studio/").get_data(as_text=True)
    row = page[page.index("Music 100% facts") :].split("</tr>")[0]
    assert "published" in row and "3 / 1" in row and "<td>2</td>" in row
    assert "admin@example.com" in row
    assert "Film night" in page

    found = console.get("/studio/?q=music").get_data(as_text=True)
    assert "Music 100% facts" in found and "Film night" not in found
    fragment = console.get("/studio/?q=100%", headers={"HX-Request": "true"}).get_data(as_text=True)
    assert fragment.lstrip().startswith('<div id="pack-rows"')
    assert "Music 100% facts" in fragment and "Film night" not in fragment
    none = console.get("/studio/?q=_", headers={"HX-Request": "true"}).get_data(as_text=True)
    assert "No pack title matches" in none
