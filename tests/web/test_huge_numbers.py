"""Numbers with hundreds of digits in URLs, query strings and forms: 400 or 404, never 500."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from quiz.extensions import db
from quiz.models import Answer
from tests.helpers import logged_in

BIG = "9" * 400
HUGE = "9" * 5000  # past the 4,300 digits Python's int() reads at all


@pytest.fixture
def admin_client(app, make_staff):
    """A client logged in as an admin (every studio route is open to it)."""
    return logged_in(app.test_client(), make_staff(email="admin@example.com", role="admin"))


@pytest.mark.parametrize("number", [BIG, HUGE])
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/studio/packs/{n}"),
        ("get", "/studio/questions/{n}"),
        ("get", "/studio/packs/{n}/export/json"),
        ("post", "/studio/packs/{n}/details"),
        ("post", "/studio/packs/{n}/publish"),
        ("post", "/studio/questions/{n}/approve"),
        ("post", "/studio/questions/{n}/move/up"),
        ("post", "/studio/packs/{n}/reorder"),
        ("post", "/studio/staff/{n}/disable"),
        ("post", "/studio/staff/{n}/role"),
        ("post", "/studio/blocked-words/{n}/delete"),
    ],
)
def test_studio_ids_past_any_database_integer_are_unknown_pages(
    admin_client, method: str, path: str, number: str
) -> None:
    response = getattr(admin_client, method)(path.format(n=number))
    assert response.status_code == 404


def test_ids_at_and_past_the_largest_database_integer_are_unknown(admin_client) -> None:
    for number in (2**31 - 1, 2**31, 2**63):  # PostgreSQL's INTEGER, then BIGINT's edges
        assert admin_client.get(f"/studio/packs/{number}").status_code == 404
        assert admin_client.post(f"/studio/questions/{number}/approve").status_code == 404


@pytest.mark.parametrize("number", [BIG, HUGE])
def test_a_huge_leaderboard_page_is_a_400(client, make_pack, number: str) -> None:
    pack = make_pack()
    for path in (f"/p/{pack.slug}/leaderboard", f"/api/v1/packs/{pack.slug}/leaderboard"):
        response = client.get(f"{path}?page={number}")
        assert response.status_code == 400
        assert "Not a valid integer value" in response.get_data(as_text=True)


@pytest.mark.parametrize("field", ["position", "choice"])
@pytest.mark.parametrize("number", [BIG, HUGE, "-" + BIG, str(2**31), str(2**63)])
def test_a_huge_answer_position_or_choice_is_a_400(client, make_pack, field, number) -> None:
    pack = make_pack()
    start = client.post(f"/p/{pack.slug}", data={"nickname": "Zed"})
    token = start.headers["Location"].rsplit("/", 1)[-1]
    client.post(f"/play/{token}/next")  # the Start button serves the first question
    answer = {"position": "0", "choice": "1", field: number}
    response = client.post(f"/play/{token}/answer", data=answer)
    assert response.status_code == 400
    # Nothing was stored: the real answer is still taken.
    client.post(f"/play/{token}/answer", data={"position": "0", "choice": "1"})
    assert db.session.scalar(select(func.count(Answer.id))) == 1


@pytest.mark.parametrize("number", [BIG, HUGE])
def test_a_huge_time_limit_in_the_question_form_is_a_400(admin_client, make_pack, number) -> None:
    pack = make_pack(status="draft")
    question = pack.questions[0]
    form = {
        "prompt": "Which?",
        "options-0": "A",
        "options-1": "B",
        "correct": "0",
        "difficulty": "easy",
        "time_limit": number,
    }
    response = admin_client.post(f"/studio/questions/{question.id}/edit", data=form)
    assert response.status_code == 400
    assert "Not a valid integer value" in response.get_data(as_text=True)
    assert question.time_limit == 20
