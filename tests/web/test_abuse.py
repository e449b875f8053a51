"""Abuse: forged posts, other people's plays, guessed tokens, huge bodies, password guessing."""

from __future__ import annotations

import re
import secrets

import pytest
from sqlalchemy import func, select

from quiz.extensions import db
from quiz.models import Answer, Play
from quiz.play.service import serve_current, start_play

CSRF_HEADER = re.compile(r"hx-headers='[^']*'")
XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def started(make_pack):
    """Two plays of one pack, each with its first question served."""
    pack = make_pack(questions=3)
    plays = [start_play(pack, name) for name in ("Alice", "Mallory")]
    for play in plays:
        serve_current(play)
    return plays


def _answers() -> int:
    return db.session.execute(select(func.count(Answer.id))).scalar_one()


def test_posts_without_csrf_token_are_refused(make_app, make_pack, make_staff) -> None:
    app = make_app(WTF_CSRF_ENABLED=True)
    with app.app_context():
        pack = make_pack(questions=3)
        slug, play = pack.slug, start_play(pack, "Alice")
        serve_current(play)
        token = play.token
        make_staff()
    client = app.test_client()
    forged = [
        (f"/p/{slug}", {"nickname": "Forger"}),
        (f"/play/{token}/answer", {"position": 0, "choice": 1}),
        ("/studio/login", {"email": "editor@example.com", "password": "x"}),
    ]
    for path, form in forged:
        assert client.post(path, data=form).status_code in (400, 401), path
        assert client.post(path, data=form, headers={"X-CSRFToken": "forged"}).status_code in (
            400,
            401,
        )
    with app.app_context():
        assert db.session.scalar(select(func.count(Play.id))) == 1
        assert _answers() == 0


def test_a_play_can_only_be_answered_through_its_own_token(client, started) -> None:
    alice, mallory = started
    # Mallory answers with her own token: only her play moves, Alice's is untouched.
    assert (
        client.post(f"/play/{mallory.token}/answer", data={"position": 0, "choice": 1}).status_code
        == 303
    )
    db.session.refresh(alice)
    assert alice.current_position == 0 and alice.answers == []
    # Positions of another play mean nothing in hers: no skipping ahead, nothing stored.
    response = client.post(f"/play/{mallory.token}/answer", data={"position": 2, "choice": 1})
    assert response.status_code == 409
    assert _answers() == 1


@pytest.mark.parametrize("path", ["/play/{t}", "/r/{t}", "/r/{t}/card.png", "/api/v1/results/{t}"])
def test_guessed_tokens_get_the_same_404(client, started, path: str) -> None:
    real = started[0].token
    near_miss = real[:-1] + ("A" if real[-1] != "A" else "B")
    guesses = [secrets.token_urlsafe(32), near_miss, real[:10], "x" * 200, "%00"]
    responses = [client.get(path.format(t=guess)) for guess in guesses]
    assert {r.status_code for r in responses} == {404}
    # Nothing in the body tells a near miss from nonsense (no oracle to climb); only the
    # per-request CSRF token in the page header may differ.
    assert len({CSRF_HEADER.sub("", r.get_data(as_text=True)) for r in responses}) == 1


def test_answering_with_a_guessed_token_stores_nothing(client, started) -> None:
    response = client.post(
        f"/play/{secrets.token_urlsafe(32)}/answer", data={"position": 0, "choice": 1}
    )
    assert response.status_code == 404
    assert _answers() == 0


def test_pressing_next_with_a_guessed_token_is_a_404(client, started) -> None:
    near_miss = started[0].token[:-1] + ("A" if started[0].token[-1] != "A" else "B")
    for guess in (secrets.token_urlsafe(32), near_miss):
        assert client.post(f"/play/{guess}/next").status_code == 404


def test_oversized_bodies_are_refused_with_413(client, app, started, make_pack) -> None:
    huge = "x" * (app.config["MAX_CONTENT_LENGTH"] + 1)
    pack_slug = started[0].pack.slug
    for path in (f"/p/{pack_slug}", f"/play/{started[0].token}/answer", "/studio/login"):
        assert client.post(path, data={"nickname": huge}).status_code == 413, path
    assert _answers() == 0


def test_password_guessing_is_rate_limited(make_app, make_staff) -> None:
    app = make_app(RATELIMIT_ENABLED=True, RATELIMIT_STORAGE_URI="memory://")
    with app.app_context():
        make_staff("target@example.com")
    client = app.test_client()
    statuses = [
        client.post(
            "/studio/login", data={"email": "target@example.com", "password": f"guess {n}"}
        ).status_code
        for n in range(12)
    ]
    assert statuses[0] == 401
    assert 429 in statuses
    assert statuses[-1] == 429  # once limited, guesses stay refused


def test_hostile_nickname_is_text_everywhere(client, make_pack) -> None:
    pack = make_pack(questions=3)
    response = client.post(f"/p/{pack.slug}", data={"nickname": "<b>x</b>"})
    if response.status_code == 303:  # the nickname rules may refuse markup outright
        play = db.session.scalars(select(Play).where(Play.nickname == "<b>x</b>")).one()
        page = client.get(f"/play/{play.token}").get_data(as_text=True)
        assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page
    else:
        assert response.status_code == 400
        assert "<b>x</b>" not in response.get_data(as_text=True)


def test_hostile_pack_text_is_escaped_on_the_play_page(client, make_pack) -> None:
    pack = make_pack(questions=3, title=XSS)
    play = start_play(pack, "Alice")
    html = client.get(f"/play/{play.token}").get_data(as_text=True)
    assert "<script>alert(" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
