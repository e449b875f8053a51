"""Review actions on questions, with htmx (fragments) and without (full posts, redirects)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from quiz.extensions import db
from quiz.models import AuditEntry, Question

HX = {"HX-Request": "true"}


@pytest.fixture
def draft(make_pack):
    return make_pack(4, status="draft")


def reload(question: Question) -> Question:
    db.session.expire_all()
    return db.session.get_one(Question, question.id)


def form_data(**overrides) -> dict[str, str]:
    data = {
        "prompt": "Which city hosts the show?",
        "options-0": "Paris",
        "options-1": "Rome",
        "options-2": "Oslo",
        "options-3": "",
        "options-4": "",
        "options-5": "",
        "correct": "1",
        "explanation": "Rome, says the article.",
        "difficulty": "hard",
        "time_limit": "45",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(("action", "status"), [("approve", "approved"), ("reject", "rejected")])
def test_status_action_with_htmx_returns_the_card_and_summary(
    studio, draft, editor, action, status
) -> None:
    question = draft.questions[0]
    response = studio.post(f"/studio/questions/{question.id}/{action}", headers=HX)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert page.lstrip().startswith(f'<article id="question-{question.id}"')
    assert "<html" not in page
    assert 'id="pack-summary" class="pack-summary" hx-swap-oob="true"' in page
    assert f">{status}<" in page and 'role="status"' in page
    updated = reload(question)
    assert updated.status == status and updated.updated_by_id == editor.id
    assert updated.pack.updated_by_id == editor.id
    entry = db.session.scalars(
        select(AuditEntry).where(AuditEntry.action == f"question.{status}")
    ).one()
    assert (entry.staff_id, entry.target_id) == (editor.id, question.id)


def test_status_action_without_htmx_redirects_to_the_card(studio, draft) -> None:
    question = draft.questions[1]
    response = studio.post(f"/studio/questions/{question.id}/approve")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/studio/packs/{draft.id}#question-{question.id}")
    assert reload(question).status == "approved"
    assert "Question 2 approved." in studio.get(response.headers["Location"]).get_data(as_text=True)


def test_edit_form_is_a_fragment_with_htmx_and_a_page_without(studio, draft) -> None:
    question = draft.questions[0]
    fragment = studio.get(f"/studio/questions/{question.id}/edit", headers=HX).get_data(
        as_text=True
    )
    assert fragment.lstrip().startswith(f'<div id="question-{question.id}"')
    assert 'value="Right 1"' in fragment and "<html" not in fragment
    page = studio.get(f"/studio/questions/{question.id}/edit").get_data(as_text=True)
    assert "<html" in page and 'value="Wrong 1a"' in page


@pytest.mark.parametrize("hx", [True, False])
def test_edit_saves_every_field(studio, draft, editor, hx) -> None:
    question = draft.questions[0]
    response = studio.post(
        f"/studio/questions/{question.id}/edit", data=form_data(), headers=HX if hx else {}
    )
    assert response.status_code == (200 if hx else 302)
    updated = reload(question)
    assert updated.prompt == "Which city hosts the show?"
    assert [(c.text, c.correct) for c in updated.choices] == [
        ("Paris", False),
        ("Rome", True),
        ("Oslo", False),
    ]
    assert (updated.explanation, updated.difficulty, updated.time_limit) == (
        "Rome, says the article.",
        "hard",
        45,
    )
    assert updated.updated_by_id == editor.id


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"options-1": "", "options-2": ""}, "Give at least 2 options."),
        ({"options-1": "", "correct": "0"}, "Fill the options from the top"),
        ({"options-2": "paris"}, "Two options have the same text."),
        ({"correct": None}, "Mark the correct option."),
        ({"correct": "4"}, "The option marked correct is empty."),
        ({"prompt": "  "}, "This field is required."),
        ({"time_limit": "3"}, "Number must be between 5 and 120."),
        ({"time_limit": "121"}, "Number must be between 5 and 120."),
        ({"difficulty": "impossible"}, "Not a valid choice."),
    ],
)
@pytest.mark.parametrize("hx", [True, False])
def test_edit_errors_are_shown_in_place_and_nothing_changes(
    studio, draft, overrides, message, hx
) -> None:
    question = draft.questions[0]
    data = {k: v for k, v in form_data(**overrides).items() if v is not None}
    response = studio.post(
        f"/studio/questions/{question.id}/edit", data=data, headers=HX if hx else {}
    )
    page = response.get_data(as_text=True)
    assert response.status_code == (200 if hx else 400)
    assert message in page
    assert ("<html" in page) is not hx
    assert 'value="Paris"' in page  # what was typed is kept
    assert reload(question).prompt == "Question 1: which option is right?"


def test_new_question_by_hand_is_added_as_a_draft_at_the_end(studio, draft, editor) -> None:
    response = studio.post(f"/studio/packs/{draft.id}/questions/new", data=form_data(), headers=HX)
    assert response.status_code == 200
    assert response.headers["HX-Retarget"] == "#questions"
    assert response.get_data(as_text=True).lstrip().startswith('<ol id="questions"')
    added = draft.questions[-1]
    db.session.refresh(draft)
    added = draft.questions[-1]
    assert (added.prompt, added.position, added.status, added.kind) == (
        "Which city hosts the show?",
        4,
        "draft",
        "custom",
    )
    assert added.updated_by_id == editor.id
    plain = studio.post(f"/studio/packs/{draft.id}/questions/new", data=form_data(prompt="Again?"))
    assert plain.status_code == 302
    bad = studio.post(f"/studio/packs/{draft.id}/questions/new", data=form_data(correct="5"))
    assert bad.status_code == 400 and "The option marked correct is empty." in bad.get_data(
        as_text=True
    )


@pytest.mark.parametrize("hx", [True, False])
def test_move_up_and_down_reorders(studio, draft, hx) -> None:
    first, second = draft.questions[0], draft.questions[1]
    headers = HX if hx else {}
    response = studio.post(f"/studio/questions/{second.id}/move/up", headers=headers)
    assert response.status_code == (200 if hx else 302)
    assert (reload(second).position, reload(first).position) == (0, 1)
    if hx:
        page = response.get_data(as_text=True)
        assert page.index(f"question-{second.id}") < page.index(f"question-{first.id}")
    studio.post(f"/studio/questions/{second.id}/move/up", headers=headers)  # already first
    assert reload(second).position == 0
    studio.post(f"/studio/questions/{second.id}/move/down", headers=headers)
    assert (reload(second).position, reload(first).position) == (1, 0)


def test_drag_reorder_saves_the_order_and_refuses_a_wrong_list(studio, draft) -> None:
    ids = [q.id for q in draft.questions]
    wanted = [ids[3], ids[0], ids[2], ids[1]]
    response = studio.post(f"/studio/packs/{draft.id}/reorder", data={"order": wanted}, headers=HX)
    assert response.status_code == 200
    db.session.expire_all()
    assert [q.id for q in sorted(draft.questions, key=lambda q: q.position)] == wanted
    bad = studio.post(f"/studio/packs/{draft.id}/reorder", data={"order": ids[:2]}, headers=HX)
    assert bad.status_code == 400


@pytest.mark.parametrize("hx", [True, False])
def test_delete_removes_the_question_and_renumbers(studio, draft, hx) -> None:
    doomed = draft.questions[1]
    response = studio.post(f"/studio/questions/{doomed.id}/delete", headers=HX if hx else {})
    assert response.status_code == (200 if hx else 302)
    db.session.expire_all()
    assert db.session.get(Question, doomed.id) is None
    assert [q.position for q in draft.questions] == [0, 1, 2]
    if hx:
        assert f"question-{doomed.id}" not in response.get_data(as_text=True)


@pytest.mark.parametrize("hx", [True, False])
def test_bulk_approve_approves_only_drafts(studio, draft, hx) -> None:
    draft.questions[0].status = "rejected"
    db.session.commit()
    response = studio.post(f"/studio/packs/{draft.id}/approve-all", headers=HX if hx else {})
    assert response.status_code == (200 if hx else 302)
    db.session.expire_all()
    assert [q.status for q in draft.questions] == ["rejected", "approved", "approved", "approved"]


def test_published_pack_keeps_three_approved_questions(studio, make_pack) -> None:
    pack = make_pack(3)
    question = pack.questions[0]
    response = studio.post(f"/studio/questions/{question.id}/reject", headers=HX)
    assert "needs at least 3 approved questions" in response.get_data(as_text=True)
    assert studio.post(f"/studio/questions/{question.id}/delete").status_code == 302
    assert reload(question).status == "approved"
