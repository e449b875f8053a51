"""Every studio route, for anonymous visitors, editors and admins (built from the URL map).

A new route under /studio/ joins these tests by itself; without a login check it fails.
"""

from __future__ import annotations

import re

import pytest
from flask import Flask

from tests.helpers import logged_in

ADMIN_ENDPOINTS = {
    "studio.staff",
    "studio.staff_role",
    "studio.staff_active",
    "studio.blocked_words",
    "studio.unblock_word",
}
PUBLIC_ENDPOINTS = {"studio.login"}


def studio_routes() -> list[tuple[str, str, str]]:
    """(endpoint, rule, method) for every studio route and method, login excepted."""
    from quiz import create_app

    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://", "SECRET_KEY": "x", "TESTING": True})
    routes = []
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/studio") and rule.endpoint not in PUBLIC_ENDPOINTS:
            for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
                routes.append((rule.endpoint, rule.rule, method))
    return routes


ROUTES = studio_routes()


def test_the_route_list_covers_the_studio() -> None:
    endpoints = {endpoint for endpoint, _, _ in ROUTES}
    assert {"studio.packs", "studio.pack", "studio.edit_question", "studio.staff"} <= endpoints
    assert ADMIN_ENDPOINTS <= endpoints


@pytest.fixture
def world(app: Flask, make_pack, make_staff):
    """A pack with questions, an editor, an admin, a second admin and a blocked word."""
    from quiz.extensions import db
    from quiz.models import BlockedWord

    pack = make_pack(3, status="draft")
    editor = make_staff("editor@example.com", "editor")
    admin = make_staff("admin@example.com", "admin")
    other = make_staff("other@example.com", "admin")
    word = BlockedWord(word="rude")
    db.session.add(word)
    db.session.commit()
    return {
        "pack_id": pack.id,
        "question_id": pack.questions[0].id,
        "staff_id": other.id,
        "word_id": word.id,
        "editor": editor,
        "admin": admin,
    }


def concrete(rule: str, values: dict) -> str:
    """Fill a rule's variables: ids from the world, the first choice of any(...)."""

    def fill(match: re.Match[str]) -> str:
        converter, name = match.group(1) or "", match.group(2)
        if converter.startswith("any("):
            return converter[4:-1].split(",")[0].strip().strip("'\"")
        return str(values[name])

    return re.sub(r"<(?:([^:>]+):)?(\w+)>", fill, rule)


def call(client, method: str, url: str, hx: bool = False):
    headers = {"HX-Request": "true"} if hx else {}
    return client.open(url, method=method, headers=headers, data={})


def is_login_redirect(response) -> bool:
    """Sent to log in first (logging out also lands on the login page, but without next=)."""
    return response.status_code == 302 and "/studio/login?next=" in response.headers["Location"]


@pytest.mark.parametrize(("endpoint", "rule", "method"), ROUTES)
def test_anonymous_page_request_goes_to_login(app, world, endpoint, rule, method) -> None:
    response = call(app.test_client(), method, concrete(rule, world))
    assert is_login_redirect(response), (endpoint, response.status_code)


@pytest.mark.parametrize(("endpoint", "rule", "method"), ROUTES)
def test_anonymous_htmx_request_gets_401(app, world, endpoint, rule, method) -> None:
    response = call(app.test_client(), method, concrete(rule, world), hx=True)
    assert response.status_code == 401, endpoint
    assert response.headers["HX-Redirect"].endswith("/studio/login")


@pytest.mark.parametrize(("endpoint", "rule", "method"), ROUTES)
def test_editor_reaches_editor_routes_and_is_refused_admin_routes(
    app, world, endpoint, rule, method
) -> None:
    client = logged_in(app.test_client(), world["editor"])
    response = call(client, method, concrete(rule, world))
    if endpoint in ADMIN_ENDPOINTS:
        assert response.status_code == 403, endpoint
    else:
        assert response.status_code not in (401, 403), endpoint
        assert not is_login_redirect(response), endpoint


@pytest.mark.parametrize(("endpoint", "rule", "method"), ROUTES)
def test_admin_reaches_every_route(app, world, endpoint, rule, method) -> None:
    client = logged_in(app.test_client(), world["admin"])
    response = call(client, method, concrete(rule, world))
    assert response.status_code not in (401, 403), endpoint
    assert not is_login_redirect(response), endpoint
