"""Every scoring rule of DESIGN.md, through the service with a fixed clock."""

from __future__ import annotations

import pytest

from quiz.play import service
from quiz.play.scoring import grade, speed_points, streak_bonus
from tests.web.play_support import reload, right_index, start


def answer_after(fixed_clock, play, seconds: float, *, correct: bool = True):
    """Serve the current question, wait, then answer it right or wrong."""
    question = service.serve_current(play)
    assert question is not None
    fixed_clock.advance(seconds)
    right = question.correct_index
    return service.submit_answer(play, question.position, right if correct else (right + 1) % 4)


@pytest.mark.parametrize(
    ("elapsed_ms", "limit", "points"),
    [(0, 20, 1000), (5000, 20, 875), (10000, 20, 750), (20000, 20, 500), (3000, 10, 850),
     (1234, 20, 969)],
)  # fmt: skip
def test_speed_points_follow_the_formula(elapsed_ms: int, limit: int, points: int) -> None:
    assert speed_points(elapsed_ms, limit) == points
    assert points == round(1000 * (1 - (elapsed_ms / 1000 / limit) / 2))


def test_streak_bonus_grows_by_100_and_caps_at_500() -> None:
    assert [streak_bonus(n) for n in range(0, 9)] == [0, 0, 100, 200, 300, 400, 500, 500, 500]


def test_correct_answer_at_5_of_20_seconds_earns_875(app, make_pack, fixed_clock) -> None:
    play = start(make_pack(questions=2))
    stored = answer_after(fixed_clock, play, 5)
    assert (stored.correct, stored.points, stored.streak_bonus) == (True, 875, 0)
    assert stored.elapsed_ms == 5000
    assert reload(play).score == 875


def test_streak_bonuses_run_100_to_500_then_cap(app, make_pack, fixed_clock) -> None:
    play = start(make_pack(questions=8))
    earned = [answer_after(fixed_clock, play, 10) for _ in range(8)]
    assert [a.streak_bonus for a in earned] == [0, 100, 200, 300, 400, 500, 500, 500]
    assert [a.points for a in earned] == [750 + a.streak_bonus for a in earned]
    stored = reload(play)
    assert stored.score == sum(a.points for a in earned) == 8 * 750 + 2500
    assert stored.streak == 8 and stored.correct_count == 8


def test_wrong_answer_earns_nothing_and_resets_the_streak(app, make_pack, fixed_clock) -> None:
    play = start(make_pack(questions=4))
    first, second = answer_after(fixed_clock, play, 2), answer_after(fixed_clock, play, 2)
    wrong = answer_after(fixed_clock, play, 2, correct=False)
    after = answer_after(fixed_clock, play, 2)
    assert second.streak_bonus == 100
    assert (wrong.correct, wrong.points, wrong.streak_bonus) == (False, 0, 0)
    assert after.streak_bonus == 0 and after.points == 950
    assert reload(play).score == first.points + second.points + after.points


def test_late_right_answer_earns_nothing_and_breaks_streak(app, make_pack, fixed_clock) -> None:
    play = start(make_pack(questions=3))
    answer_after(fixed_clock, play, 1)
    late = answer_after(fixed_clock, play, 20.5)
    assert late.choice_index == right_index(play, 1)
    assert (late.correct, late.points) == (False, 0)
    assert late.elapsed_ms == 20000  # counted as the full limit
    assert reload(play).streak == 0
    assert answer_after(fixed_clock, play, 1).streak_bonus == 0


def test_answer_exactly_at_the_limit_still_counts(app, make_pack, fixed_clock) -> None:
    play = start(make_pack(questions=1))
    assert answer_after(fixed_clock, play, 20).points == 500


def test_timeout_records_an_empty_answer_and_counts_full_time(app, make_pack, fixed_clock) -> None:
    play = start(make_pack(questions=2))
    answer_after(fixed_clock, play, 4)
    service.serve_current(play)
    fixed_clock.advance(19)
    assert service.expire_if_late(play) is None  # time is not up yet
    fixed_clock.advance(2)
    timeout = service.expire_if_late(play)
    assert timeout is not None and timeout.choice_index is None and timeout.points == 0
    stored = reload(play)
    assert stored.total_time_ms == 4000 + 20000
    assert stored.is_finished and stored.finished_at == fixed_clock.now
    assert stored.streak == 0


def test_total_time_is_the_sum_of_elapsed(app, make_pack, fixed_clock) -> None:
    play = start(make_pack(questions=3))
    for seconds in (1.5, 3.25, 7):
        answer_after(fixed_clock, play, seconds)
    stored = reload(play)
    assert stored.total_time_ms == 11750
    assert stored.is_finished and stored.current_position == 3


def test_grade_is_pure_and_ignores_streak_when_wrong() -> None:
    result = grade(
        choice_index=0, correct_index=1, elapsed_ms=100, time_limit_s=20, streak_before=4
    )
    assert (result.correct, result.points, result.streak) == (False, 0, 0)
