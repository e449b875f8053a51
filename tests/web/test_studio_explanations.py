"""Edits that leave an explanation behind mark it; staff regenerate it or keep it."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from quiz.extensions import db
from quiz.models import Pack, Question
from quiz.play import service as play_service
from tests.helpers import SEED_ARTICLE


def reload(question: Question) -> Question:
    db.session.expire_all()
    return db.session.get_one(Question, question.id)


def edit_form(question: Question, **changes: Any) -> dict[str, str]:
    """The edit form as the question stands, with some fields changed."""
    sentences = (question.pack.article.sentences if question.pack.article else None) or []
    options = changes.pop("options", [c.text for c in question.choices])
    correct = changes.pop("correct", next(i for i, c in enumerate(question.choices) if c.correct))
    evidence = changes.pop("evidence", question.evidence)
    data = {
        "prompt": question.prompt,
        "correct": str(correct),
        "explanation": question.explanation,
        "evidence": str(sentences.index(evidence)) if evidence in sentences else "current",
        "difficulty": question.difficulty,
        "time_limit": str(question.time_limit),
    }
    data.update({f"options-{i}": text for i, text in enumerate(options)})
    data.update(changes)
    return data


@pytest.fixture
def published(make_pack) -> Pack:
    """A published pack without an article, its explanations as imported."""
    return make_pack(3)


def test_a_changed_key_marks_the_explanation_and_hides_it_from_fans(studio, published) -> None:
    question = published.questions[0]
    studio.post(f"/studio/questions/{question.id}/edit", data=edit_form(question, correct=0))
    assert reload(question).explanation_review == "answer"
    card = studio.get(f"/studio/packs/{published.id}").get_data(as_text=True)
    assert "Review the explanation:" in card and "may state the old answer" in card
    snapshot = play_service.start_play(published, "Fan").questions[0]
    assert snapshot.explanation == ""  # "Right 1 is right." no longer is

    response = studio.post(f"/studio/questions/{question.id}/explanation/keep")
    assert response.status_code == 302
    assert reload(question).explanation_review is None
    assert play_service.start_play(published, "Fan 2").questions[0].explanation == (
        "Right 1 is right."
    )


def test_a_changed_prompt_says_the_explanation_may_be_stale(studio, published) -> None:
    question = published.questions[1]
    form = edit_form(question, prompt="Which of these is right, really?")
    studio.post(f"/studio/questions/{question.id}/edit", data=form, headers={"HX-Request": "true"})
    assert reload(question).explanation_review == "prompt"
    edit = studio.get(f"/studio/questions/{question.id}/edit").get_data(as_text=True)
    assert "The explanation may be stale:" in edit
    # Fans still get it: the fact it states has not moved.
    assert play_service.start_play(published, "Fan").questions[1].explanation == (
        "Right 2 is right."
    )


def test_an_explanation_rewritten_in_the_same_edit_is_not_marked(studio, published) -> None:
    question = published.questions[2]
    form = edit_form(question, correct=0, explanation="Wrong 3a is right now.")
    studio.post(f"/studio/questions/{question.id}/edit", data=form)
    assert reload(question).explanation_review is None
    form = edit_form(question, options=["Other", "Right 3"], correct=0, explanation="")
    studio.post(f"/studio/questions/{question.id}/edit", data=form)
    assert reload(question).explanation_review is None  # nothing left to be stale


def test_editing_only_other_fields_leaves_the_explanation_alone(studio, published) -> None:
    question = published.questions[0]
    studio.post(f"/studio/questions/{question.id}/edit", data=edit_form(question, time_limit="30"))
    assert reload(question).explanation_review is None


@pytest.fixture
def drafted(studio) -> Pack:
    """A pack the engine drafted from the seed article."""
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    assert studio.post("/studio/packs/new", data={"text": text}).status_code == 302
    return db.session.scalars(select(Pack)).one()


def test_regenerating_takes_the_engines_explanation_for_the_new_key(studio, drafted) -> None:
    from quiz.questions import generate_pack

    assert drafted.article is not None
    engine = [q.to_dict() for q in generate_pack(drafted.article.raw_text).questions]

    def key(document: dict[str, Any]) -> str:
        return next(c["text"] for c in document["choices"] if c["correct"])

    pairs = [(key(q), q["evidence"]) for q in engine]
    # Another question's fact, found once in the engine's output: its explanation is expected.
    target = next(q for q in engine if pairs.count((key(q), q["evidence"])) == 1)
    question = next(q for q in drafted.questions if q.correct_choice.text != key(target))
    options = [key(target), *[c.text for c in question.choices if not c.correct]]
    form = edit_form(question, options=options, correct=0, evidence=target["evidence"])
    studio.post(f"/studio/questions/{question.id}/edit", data=form)
    assert reload(question).explanation_review == "answer"

    response = studio.post(
        f"/studio/questions/{question.id}/explanation/regenerate", headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert "explanation regenerated" in response.get_data(as_text=True)
    regenerated = reload(question)
    assert regenerated.explanation == target["explanation"]
    assert regenerated.explanation_review is None


def test_regenerating_an_answer_the_article_does_not_back_says_why(studio, drafted) -> None:
    question = drafted.questions[0]
    before = question.explanation
    options = ["Nobody knows", *[c.text for c in question.choices if not c.correct]]
    studio.post(
        f"/studio/questions/{question.id}/edit",
        data=edit_form(question, options=options, correct=0),
    )
    response = studio.post(f"/studio/questions/{question.id}/explanation/regenerate")
    page = studio.get(response.headers["Location"]).get_data(as_text=True)
    assert "“Nobody knows” is not in the evidence sentence" in page
    kept = reload(question)
    assert (kept.explanation, kept.explanation_review) == (before, "answer")
