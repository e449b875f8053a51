"""Question-level review: approve, reject, edit, new wrong options, reorder, delete, add."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from quiz.extensions import db
from quiz.models import AuditEntry, Choice, Pack, Question, Staff
from quiz.studio.services import audit
from quiz.studio.services.authoring import MIN_PUBLISHED_QUESTIONS


class ReviewError(ValueError):
    """A review action that is refused; the message is for the staff member to read."""


@dataclass(frozen=True)
class QuestionInput:
    """Validated form data for a question (see QuestionForm)."""

    prompt: str
    options: list[str]
    correct_index: int
    explanation: str
    difficulty: str
    time_limit: int


def set_status(question: Question, status: str, staff: Staff) -> None:
    """Approve or reject (or send back to draft) one question."""
    if question.status == "approved" and status != "approved":
        _keep_published_playable(question.pack, leaving=1)
    question.status = status
    audit.touch_question(question, staff)
    audit.record(staff, f"question.{status}", "question", question.id)


def approve_all(pack: Pack, staff: Staff) -> int:
    """Approve every draft question of the pack; returns how many changed."""
    drafts = [q for q in pack.questions if q.status == "draft"]
    for question in drafts:
        question.status = "approved"
        audit.touch_question(question, staff)
    audit.record(staff, "pack.approve_all", "pack", pack.id, f"{len(drafts)} approved")
    return len(drafts)


def save_question(
    pack: Pack, question: Question | None, data: QuestionInput, staff: Staff
) -> Question:
    """Edit a question, or add one by hand (a draft at the end) when question is None."""
    if question is None:
        question = Question(kind="custom", position=len(pack.questions), status="draft")
        pack.questions.append(question)
        action = "question.add"
    else:
        action = "question.edit"
    question.prompt = data.prompt.strip()
    question.explanation = data.explanation.strip()
    question.difficulty = data.difficulty
    question.time_limit = data.time_limit
    _replace_choices(question, data.options, data.correct_index)
    audit.touch_question(question, staff)
    db.session.flush()
    audit.record(staff, action, "question", question.id, question.prompt[:200])
    return question


def new_wrong_options(question: Question, article_text: str, staff: Staff) -> None:
    """Ask the engine for different distractors; the correct option stays as it is."""
    from quiz.questions import fresh_distractors

    correct = question.correct_choice
    if correct is None:
        raise ReviewError("Mark the correct option before asking for new wrong options.")
    current = [c.text for c in question.choices]
    # Each request is a new seed, so asking again offers yet other options.
    asked = db.session.scalar(
        select(func.count(AuditEntry.id)).where(
            AuditEntry.action == "question.new_wrong_options", AuditEntry.target_id == question.id
        )
    )
    offered = fresh_distractors(
        _engine_question(question), article_text, seed=(asked or 0) + 1, avoid=current
    )
    taken = {t.casefold() for t in current}
    fresh = [t for t in dict.fromkeys(offered) if t.strip() and t.casefold() not in taken]
    if not fresh:
        raise ReviewError("The engine has no other wrong options for this question.")
    wrong = fresh[: max(len(current) - 1, 1)]
    options = [correct.text, *wrong]
    # Keep the correct option where it was, so a reviewer's eye finds it in the same place.
    position = min(question.choices.index(correct), len(options) - 1)
    options.insert(position, options.pop(0))
    _replace_choices(question, options, position)
    audit.touch_question(question, staff)
    audit.record(staff, "question.new_wrong_options", "question", question.id, ", ".join(wrong))


def move(question: Question, offset: int, staff: Staff) -> None:
    """Move a question up (-1) or down (+1) in its pack; ends stay put."""
    siblings = list(question.pack.questions)
    index = siblings.index(question)
    target = index + offset
    if not 0 <= target < len(siblings):
        return
    siblings[index], siblings[target] = siblings[target], siblings[index]
    _renumber(question.pack, siblings)
    audit.touch_question(question, staff)
    audit.record(staff, "question.move", "question", question.id, f"to position {target + 1}")


def reorder(pack: Pack, question_ids: list[int], staff: Staff) -> None:
    """Put the pack's questions in the given order (from drag and drop)."""
    by_id = {q.id: q for q in pack.questions}
    if sorted(question_ids) != sorted(by_id):
        raise ReviewError("The new order must list each question of the pack once.")
    _renumber(pack, [by_id[i] for i in question_ids])
    audit.touch_pack(pack, staff)
    audit.record(staff, "pack.reorder", "pack", pack.id)


def delete_question(question: Question, staff: Staff) -> None:
    """Remove a question (plays keep their own copy of it)."""
    pack = question.pack
    if question.status == "approved":
        _keep_published_playable(pack, leaving=1)
    audit.record(staff, "question.delete", "question", question.id, question.prompt[:200])
    pack.questions.remove(question)
    _renumber(pack, list(pack.questions))
    audit.touch_pack(pack, staff)


def _replace_choices(question: Question, options: list[str], correct_index: int) -> None:
    """Swap in new choices; flush the old rows first (positions are unique per question)."""
    question.choices.clear()
    db.session.flush()
    for index, text in enumerate(options):
        question.choices.append(
            Choice(position=index, text=text.strip(), correct=index == correct_index)
        )


def _renumber(pack: Pack, ordered: list[Question]) -> None:
    for position, question in enumerate(ordered):
        question.position = position
    pack.questions.sort(key=lambda q: q.position)


def _keep_published_playable(pack: Pack, leaving: int) -> None:
    """A published pack keeps at least the minimum of approved questions."""
    if pack.is_published and len(pack.approved_questions()) - leaving < MIN_PUBLISHED_QUESTIONS:
        raise ReviewError(
            f"A published pack needs at least {MIN_PUBLISHED_QUESTIONS} approved questions;"
            " unpublish it first or approve another question."
        )


def _engine_question(question: Question) -> dict[str, Any]:
    """The question in the pack format, as the engine reads it."""
    from quiz.packs.service import question_document

    return question_document(question)
