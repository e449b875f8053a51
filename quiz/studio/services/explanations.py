"""Explanations left behind by edits: mark them for review, regenerate them, or keep them."""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from quiz.models import Question, Staff
from quiz.studio.services import audit

PROMPT_CHANGED, ANSWER_CHANGED = "prompt", "answer"


class ExplanationError(ValueError):
    """An explanation action that cannot be done; the message is for staff to read."""


def note_edit(question: Question, before: tuple[str, str], explanation_rewritten: bool) -> None:
    """After an edit, mark the explanation for review if the prompt or the key moved under it.

    `before` is (prompt, correct option) as they were. An explanation the editor rewrote in
    the same edit, or an empty one, has nothing left behind.
    """
    if explanation_rewritten or not question.explanation:
        question.explanation_review = None
        return
    prompt, key = before
    correct = question.correct_choice
    if _folded(correct.text if correct else "") != _folded(key):
        question.explanation_review = ANSWER_CHANGED
    elif _folded(question.prompt) != _folded(prompt) and question.explanation_review is None:
        question.explanation_review = PROMPT_CHANGED


def regenerate(question: Question, article_text: str, staff: Staff) -> None:
    """Take the explanation the engine writes for this answer in this article."""
    correct = question.correct_choice
    if correct is None:
        raise ExplanationError("Mark the correct option before regenerating the explanation.")
    if not article_text.strip():
        raise ExplanationError("This pack has no article to explain the answer from.")
    from quiz.questions import generate_pack

    generated = [q.to_dict() for q in generate_pack(article_text).questions]
    match = best_match(question, correct.text, generated)
    if match is None:
        raise ExplanationError(_why_none(question, correct.text))
    question.explanation = match["explanation"]
    question.explanation_review = None
    audit.touch_question(question, staff)
    audit.record(staff, "question.regenerate_explanation", "question", question.id)


def keep(question: Question, staff: Staff) -> None:
    """Staff checked the explanation and it still holds: clear the mark."""
    question.explanation_review = None
    audit.touch_question(question, staff)
    audit.record(staff, "question.keep_explanation", "question", question.id)


def best_match(
    question: Question, answer: str, generated: list[dict[str, Any]]
) -> dict[str, Any] | None:
    """The engine's question (pack format) with this answer and evidence, nearest in prompt."""
    candidates = [
        other
        for other in generated
        if other.get("explanation")
        and _folded(_key(other)) == _folded(answer)
        and (not question.evidence or other.get("evidence") == question.evidence)
    ]
    if not candidates:
        return None

    def closeness(other: dict[str, Any]) -> tuple[bool, float]:
        same_kind = other.get("kind") == question.kind
        return same_kind, SequenceMatcher(None, other["prompt"], question.prompt).ratio()

    return max(candidates, key=closeness)


def _key(document: dict[str, Any]) -> str:
    """The correct option's text of a question in the pack format."""
    return next((c["text"] for c in document["choices"] if c["correct"]), "")


def _why_none(question: Question, answer: str) -> str:
    """Why no explanation could be made, pointing at what staff should check."""
    if question.evidence and _folded(answer) not in _folded(question.evidence):
        return (
            f"“{answer}” is not in the evidence sentence, so the article does not back it:"
            " check the correct option and the evidence, then write the explanation."
        )
    return (
        "The engine writes no explanation for this answer: write one with Edit, or keep"
        " the current one if it still holds."
    )


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()
