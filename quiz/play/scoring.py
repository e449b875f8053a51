"""The scoring rules of DESIGN.md as pure functions, so they are easy to test and reuse."""

from __future__ import annotations

from dataclasses import dataclass

MAX_POINTS = 1000
STREAK_STEP = 100
STREAK_CAP = 500


@dataclass(frozen=True)
class Grade:
    """How one answer scored: points include the streak bonus."""

    correct: bool
    late: bool
    elapsed_ms: int
    speed_points: int
    streak: int
    streak_bonus: int

    @property
    def points(self) -> int:
        """Everything this answer adds to the play's score."""
        return self.speed_points + self.streak_bonus


def speed_points(elapsed_ms: int, time_limit_s: int) -> int:
    """Points for a correct answer at t of T seconds: round(1000 * (1 - (t / T) / 2))."""
    fraction = min(max(elapsed_ms, 0), time_limit_s * 1000) / (time_limit_s * 1000)
    return round(MAX_POINTS * (1 - fraction / 2))


def streak_bonus(streak: int) -> int:
    """+100 for each consecutive correct answer after the first, at most +500."""
    return min(STREAK_STEP * max(streak - 1, 0), STREAK_CAP)


def grade(
    *,
    choice_index: int | None,
    correct_index: int,
    elapsed_ms: int,
    time_limit_s: int,
    streak_before: int,
) -> Grade:
    """Grade one answer; a late or missing answer earns nothing and breaks the streak."""
    limit_ms = time_limit_s * 1000
    late = elapsed_ms > limit_ms
    # A right option picked after the limit does not count as correct.
    correct = choice_index is not None and choice_index == correct_index and not late
    # Time over the limit counts as the limit: a slow player's total time stays comparable.
    counted_ms = min(max(elapsed_ms, 0), limit_ms)
    if not correct:
        return Grade(correct, late, counted_ms, 0, 0, 0)
    streak = streak_before + 1
    points = speed_points(counted_ms, time_limit_s)
    return Grade(True, False, counted_ms, points, streak, streak_bonus(streak))


RIGHT, WRONG, TIMEOUT = "right", "wrong", "timeout"


def outcome(*, correct: bool, choice_index: int | None, elapsed_ms: int, time_limit_s: int) -> str:
    """How an answer ended, as every page words it: right, wrong, or time's up."""
    if correct:
        return RIGHT
    # No answer before the clock ran out, or one that came after it (no JavaScript).
    if choice_index is None or elapsed_ms >= time_limit_s * 1000:
        return TIMEOUT
    return WRONG
