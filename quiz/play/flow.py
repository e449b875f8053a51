"""Which card a play shows now: the question in progress, or feedback on the last answer."""

from __future__ import annotations

from dataclasses import dataclass

from quiz.models import Answer, Play, PlayQuestion
from quiz.play import service


@dataclass(frozen=True)
class Screen:
    """One card: a question to answer (answer is None) or feedback on an answer."""

    question: PlayQuestion
    answer: Answer | None = None

    @property
    def is_feedback(self) -> bool:
        """True when the card shows how an answer was graded."""
        return self.answer is not None


def current_screen(play: Play) -> Screen | None:
    """The card for a reload of the play page; the first question is served on arrival."""
    if not play.is_finished:
        question = service.question_at(play, play.current_position)
        if question is not None and question.served_at is not None:
            if service.seconds_left(question) > 0:
                return Screen(question)
            return Screen(question, service.expire_if_late(play))
        served = service.serve_current(play) if play.current_position == 0 else None
        if served is not None:
            return Screen(served)
    return feedback_screen(play, play.current_position - 1)


def next_screen(play: Play) -> Screen | None:
    """Serve the next question (the Next button); None once the play has finished."""
    if play.is_finished:
        return None
    service.serve_current(play)
    return current_screen(play)


def feedback_screen(play: Play, position: int) -> Screen | None:
    """Feedback on the answer at this position, if it was answered."""
    answer = service.answer_at(play, position) if position >= 0 else None
    if answer is None:
        return None
    question = service.question_at(play, position)
    return Screen(question, answer) if question is not None else None
