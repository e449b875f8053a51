"""Studio login and logout: generic failures, rate limits, CSRF, fresh sessions."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from quiz.extensions import db
from quiz.models import AuditEntry
from tests.helpers import STAFF_PASSWORD, first_group, logged_in

FAILED = "Email or password is incorrect."


def post_login(client, email: str, password: str, **kwargs):
    return client.post("/studio/login", data={"email": email, "password": password}, **kwargs)


def test_login_page_has_labelled_fields(client) -> None:
    page = client.get("/studio/login").get_data(as_text=True)
    assert '<label for="email">Email</label>' in page and 'type="password"' in page


def test_wrong_password_unknown_email_and_disabled_say_the_same(app, make_staff) -> None:
    make_staff("ed@example.com")
    make_staff("gone@example.com", active=False)
    client = app.test_client()
    answers = [
        post_login(client, "ed@example.com", "wrong password"),
        post_login(client, "nobody@example.com", STAFF_PASSWORD),
        post_login(client, "gone@example.com", STAFF_PASSWORD),
        post_login(client, "", ""),
    ]
    for response in answers:
        assert response.status_code == 401
        assert FAILED in response.get_data(as_text=True)
    assert client.get("/studio/").status_code == 302


def test_login_goes_to_next_on_this_site_only(app, make_staff) -> None:
    staff = make_staff("Ed@Example.com".lower())
    response = app.test_client().post(
        "/studio/login?next=/studio/import",
        data={"email": "ED@example.com ", "password": STAFF_PASSWORD},
    )
    assert response.headers["Location"] == "/studio/import"
    evil = app.test_client().post(
        "/studio/login?next=//evil.example/x",
        data={"email": staff.email, "password": STAFF_PASSWORD},
    )
    assert evil.headers["Location"] == "/studio/"


@pytest.mark.parametrize(
    "target",
    [
        "////evil.example",
        "//evil.example/x",
        "///evil.example",
        "/\\evil.example",
        "\\/evil.example",
        "/\t/evil.example",
        "/\n/evil.example",
        "https://evil.example/studio/",
        "javascript:alert(1)",
        "studio/",
    ],
)
def test_login_never_follows_next_off_the_site(app, make_staff, target: str) -> None:
    staff = make_staff()
    response = app.test_client().post(
        "/studio/login",
        query_string={"next": target},
        data={"email": staff.email, "password": STAFF_PASSWORD},
    )
    assert response.status_code == 302 and response.headers["Location"] == "/studio/"


def test_login_follows_a_path_with_its_query(app, make_staff) -> None:
    staff = make_staff()
    response = app.test_client().post(
        "/studio/login",
        query_string={"next": "/studio/?q=legend"},
        data={"email": staff.email, "password": STAFF_PASSWORD},
    )
    assert response.headers["Location"] == "/studio/?q=legend"


def test_login_starts_a_fresh_session(app, make_staff) -> None:
    staff = make_staff()
    client = app.test_client()
    with client.session_transaction() as session:
        session["planted"] = "by someone else"
    logged_in(client, staff)
    with client.session_transaction() as session:
        assert "planted" not in session
        assert session["_user_id"] == f"{staff.id}:{staff.session_epoch}"


def test_logout_is_post_only_and_ends_the_session(app, make_staff) -> None:
    staff = make_staff()
    client = logged_in(app.test_client(), staff)
    assert client.get("/studio/logout").status_code == 405
    response = client.post("/studio/logout")
    assert response.headers["Location"] == "/studio/login"
    assert client.get("/studio/").status_code == 302
    actions = db.session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions == ["staff.login", "staff.logout"]


def test_disabled_staff_lose_their_session(app, make_staff) -> None:
    staff = make_staff()
    client = logged_in(app.test_client(), staff)
    staff.active = False
    db.session.commit()
    assert client.get("/studio/").status_code == 302


def test_login_is_rate_limited_per_client(make_app, make_staff) -> None:
    app = make_app(RATELIMIT_ENABLED=True)
    with app.app_context():
        make_staff()
        client = app.test_client()
        for n in range(5):
            assert post_login(client, f"x{n}@example.com", "nope").status_code == 401
        assert post_login(client, "editor@example.com", STAFF_PASSWORD).status_code == 429
        assert client.get("/studio/login").status_code == 200  # only attempts are counted


def test_login_is_rate_limited_per_email_across_clients(make_app, make_staff) -> None:
    app = make_app(RATELIMIT_ENABLED=True)
    with app.app_context():
        make_staff()
        for n in range(5):
            client = app.test_client()
            address = {"REMOTE_ADDR": f"10.0.0.{n + 1}"}
            assert (
                post_login(client, "editor@example.com", "nope", environ_base=address).status_code
                == 401
            )
        other = app.test_client()
        blocked = post_login(
            other, "Editor@example.com", STAFF_PASSWORD, environ_base={"REMOTE_ADDR": "10.0.0.99"}
        )
        assert blocked.status_code == 429


def csrf_token(page: str) -> str:
    return first_group(r'name="csrf_token" type="hidden" value="([^"]+)"', page)


def test_posts_without_csrf_token_are_refused_when_csrf_is_on(
    make_app, make_staff, make_pack
) -> None:
    staff = make_staff()
    question = make_pack(3, status="draft").questions[0]
    # No app context of this app around the requests: each request gets its own `g`.
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    assert post_login(client, staff.email, STAFF_PASSWORD).status_code == 400
    token = csrf_token(client.get("/studio/login").get_data(as_text=True))
    response = client.post(
        "/studio/login",
        data={"email": staff.email, "password": STAFF_PASSWORD, "csrf_token": token},
    )
    assert response.status_code == 302
    approve = f"/studio/questions/{question.id}/approve"
    assert client.post(approve, headers={"HX-Request": "true"}).status_code == 400
    page = client.get("/studio/").get_data(as_text=True)
    header_token = first_group(r'"X-CSRFToken": "([^"]+)"', page)
    ok = client.post(approve, headers={"HX-Request": "true", "X-CSRFToken": header_token})
    assert ok.status_code == 200
    db.session.refresh(question)
    assert question.status == "approved"


def copied_session(app: Flask, source: FlaskClient) -> FlaskClient:
    """A second client holding a copy of `source`'s session cookie (as a thief would)."""
    cookie = source.get_cookie("session")
    assert cookie is not None
    thief = app.test_client()
    thief.set_cookie("session", cookie.value)
    return thief


def test_logout_makes_every_copy_of_the_cookie_worthless(app, make_staff, make_pack) -> None:
    staff = make_staff()
    pack = make_pack(status="draft")
    owner = logged_in(app.test_client(), staff)
    thief = copied_session(app, owner)
    other_device = logged_in(app.test_client(), staff)
    assert thief.get("/studio/").status_code == 200  # the copy works while the owner is in
    owner.post("/studio/logout")
    assert thief.get("/studio/").status_code == 302
    saved = thief.post(f"/studio/packs/{pack.id}/details", data={"title": "Hijacked"})
    assert saved.status_code == 302 and saved.headers["Location"].startswith("/studio/login")
    db.session.refresh(pack)
    assert pack.title == "Test pack"
    # Logging out ends the account's other sessions too: every earlier cookie.
    assert other_device.get("/studio/").status_code == 302
    # Logging in again gives a cookie the old copy does not become.
    logged_in(owner, staff)
    assert owner.get("/studio/").status_code == 200 and thief.get("/studio/").status_code == 302


def change_password(client, current: str, new: str, confirm: str | None = None):
    return client.post(
        "/studio/password", data={"current": current, "new": new, "confirm": confirm or new}
    )


def test_a_password_change_ends_every_other_session(app, make_staff) -> None:
    staff = make_staff()
    here = logged_in(app.test_client(), staff)
    elsewhere = logged_in(app.test_client(), staff)
    copy = copied_session(app, here)
    response = change_password(here, STAFF_PASSWORD, "a brand new passphrase")
    assert response.status_code == 302 and response.headers["Location"] == "/studio/"
    assert here.get("/studio/").status_code == 200  # this browser carries on
    assert elsewhere.get("/studio/").status_code == 302
    assert copy.get("/studio/").status_code == 302  # the cookie from before the change
    assert post_login(app.test_client(), staff.email, STAFF_PASSWORD).status_code == 401
    assert post_login(app.test_client(), staff.email, "a brand new passphrase").status_code == 302
    actions = db.session.scalars(select(AuditEntry.action)).all()
    assert "staff.password" in actions


@pytest.mark.parametrize(
    ("current", "new", "confirm", "message"),
    [
        ("wrong password", "a brand new passphrase", None, "That is not your current password"),
        (STAFF_PASSWORD, "short", None, "at least 10"),
        (STAFF_PASSWORD, "a brand new passphrase", "something else", "two new passwords differ"),
        (STAFF_PASSWORD, STAFF_PASSWORD, None, "is the one you have"),
    ],
)
def test_a_refused_password_change_changes_nothing(app, make_staff, current, new, confirm, message):
    staff = make_staff()
    here = logged_in(app.test_client(), staff)
    elsewhere = logged_in(app.test_client(), staff)
    response = change_password(here, current, new, confirm)
    assert response.status_code == 400 and message in response.get_data(as_text=True)
    assert elsewhere.get("/studio/").status_code == 200
    assert post_login(app.test_client(), staff.email, STAFF_PASSWORD).status_code == 302


def test_the_password_page_needs_a_login_and_is_linked(app, make_staff) -> None:
    assert app.test_client().get("/studio/password").status_code == 302
    page = logged_in(app.test_client(), make_staff()).get("/studio/").get_data(as_text=True)
    assert 'href="/studio/password"' in page
