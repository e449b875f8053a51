"""Which card a play shows now: get ready, the question in progress, or feedback."""

from __future__ import annotations

from dataclasses import dataclass

from quiz.models import Answer, Play, PlayQuestion
from quiz.play import service
from quiz.play.scoring import outcome


@dataclass(frozen=True)
class Screen:
    """One card: get ready (nothing served yet), a question to answer, or feedback."""

    question: PlayQuestion
    answer: Answer | None = None

    @property
    def is_feedback(self) -> bool:
        """True when the card shows how an answer was graded."""
        return self.answer is not None

    @property
    def is_ready(self) -> bool:
        """True before the first question is served: its clock has not started."""
        return self.answer is None and self.question.served_at is None

    @property
    def outcome(self) -> str | None:
        """right, wrong or timeout for feedback (quiz.play.scoring.outcome); else None."""
        if self.answer is None:
            return None
        return outcome(
            correct=self.answer.correct,
            choice_index=self.answer.choice_index,
            elapsed_ms=self.answer.elapsed_ms,
            time_limit_s=self.question.time_limit,
        )


def current_screen(play: Play) -> Screen | None:
    """The card a GET shows; it never starts a clock (a prefetch or HEAD may send it).

    A question whose time has run out is recorded as a timeout: that is a fact of the
    clock already running, whoever asks.
    """
    if not play.is_finished:
        question = service.question_at(play, play.current_position)
        if question is not None and question.served_at is not None:
            if service.seconds_left(question) > 0:
                return Screen(question)
            return Screen(question, service.expire_if_late(play))
        if question is not None and play.current_position == 0:
            return Screen(question)  # get ready: the Start button serves it
    return feedback_screen(play, play.current_position - 1)


def next_screen(play: Play) -> Screen | None:
    """Serve the current question (Start, then each Next); None once the play has finished."""
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
