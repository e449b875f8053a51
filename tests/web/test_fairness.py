"""Fairness rules: server clock, one answer per question, no skipping, nothing after the end."""

from __future__ import annotations

import re

import pytest

from quiz.extensions import db
from quiz.play import service
from tests.web.play_support import answer, answers, reload, right_index, start, stored_question


def test_clock_starts_at_first_serve_and_reloads_do_not_restart_it(
    client, make_pack, fixed_clock
) -> None:
    play = start(make_pack(questions=2))
    fixed_clock.advance(60)  # time before the first serve costs nothing
    first_seen = fixed_clock.now
    client.post(f"/play/{play.token}/next")  # Start
    fixed_clock.advance(8)
    client.get(f"/play/{play.token}")  # a reload after 8 s
    assert stored_question(play, 0).served_at == first_seen
    page = client.get(f"/play/{play.token}").get_data(as_text=True)
    assert (
        'data-seconds="12.0"' in page
        and '>12</span><span class="visually-hidden"> seconds left' in page
    )
    fixed_clock.advance(2)
    answer(client, play, right_index(play, 0))
    assert answers(play)[0].elapsed_ms == 10000 and reload(play).score == 750


@pytest.mark.parametrize(
    "headers",
    [{}, {"Sec-Purpose": "prefetch"}, {"Purpose": "prefetch"}, {"HX-Request": "true"}],
    ids=["get", "sec-purpose-prefetch", "purpose-prefetch", "htmx-get"],
)
def test_no_get_or_head_starts_the_first_clock(client, make_pack, fixed_clock, headers) -> None:
    play = start(make_pack(questions=2))
    # A link preview, a browser's prefetch, a crawler or a HEAD before the player is there.
    for _ in range(2):
        assert client.head(f"/play/{play.token}", headers=headers).status_code == 200
        page = client.get(f"/play/{play.token}", headers=headers).get_data(as_text=True)
        fixed_clock.advance(30)
    assert stored_question(play, 0).served_at is None
    # The get-ready card shows no question (nothing to read for free) and a Start button.
    assert "Get ready" in page and "Question 1:" not in page and "Start" in page
    assert f'action="/play/{play.token}/next"' in page
    started = client.post(f"/play/{play.token}/next", headers=headers)
    assert started.status_code in (200, 303)
    assert stored_question(play, 0).served_at == fixed_clock.now
    fixed_clock.advance(3)
    answer(client, play, right_index(play, 0))
    assert answers(play)[0].elapsed_ms == 3000  # the minute of previews cost nothing


def test_next_question_clock_starts_when_it_is_served(client, make_pack, fixed_clock) -> None:
    play = start(make_pack(questions=2))
    client.post(f"/play/{play.token}/next")  # Start
    answer(client, play, 0)
    fixed_clock.advance(300)  # reading the feedback does not eat the next question's time
    assert stored_question(play, 1).served_at is None
    # A GET (a prefetch, a link preview) neither serves the question nor starts its clock.
    assert client.get(f"/play/{play.token}/next").status_code == 405
    assert stored_question(play, 1).served_at is None
    client.post(f"/play/{play.token}/next")
    assert stored_question(play, 1).served_at == fixed_clock.now
    client.post(f"/play/{play.token}/next")  # a second Next serves nothing new
    assert stored_question(play, 1).served_at == fixed_clock.now


def _untokened(html: str) -> str:
    """The page with its CSRF token blanked (the token is re-signed on every render)."""
    return re.sub(r'name="csrf_token" value="[^"]*"', 'name="csrf_token" value=""', html)


def test_replayed_answer_returns_same_result_and_changes_nothing(
    client, hx_client, make_pack, fixed_clock
) -> None:
    play = start(make_pack(questions=3))
    client.post(f"/play/{play.token}/next")  # Start
    fixed_clock.advance(4)
    first = answer(hx_client, play, right_index(play, 0), position=0).get_data(as_text=True)
    before = reload(play)
    snapshot = (before.score, before.streak, before.total_time_ms, before.current_position)
    fixed_clock.advance(3)
    # A double click, and a replay with a different (wrong) option: both get the stored result.
    again = answer(hx_client, play, right_index(play, 0), position=0).get_data(as_text=True)
    other = answer(hx_client, play, 3, position=0)
    assert other.status_code == 200
    # The CSRF token carries the second it was signed in, so two renders across a second's
    # edge differ there and nowhere else: the result itself must be the same.
    assert _untokened(again) == _untokened(first) == _untokened(other.get_data(as_text=True))
    after = reload(play)
    assert (after.score, after.streak, after.total_time_ms, after.current_position) == snapshot
    assert len(answers(play)) == 1 and answers(play)[0].choice_index == right_index(play, 0)


def test_no_skipping_ahead(client, hx_client, make_pack) -> None:
    play = start(make_pack(questions=3))
    client.post(f"/play/{play.token}/next")  # Start
    response = answer(client, play, 1, position=2)
    assert response.status_code == 409 and "skipping ahead" in response.get_data(as_text=True)
    assert answer(hx_client, play, 1, position=1).status_code == 409
    with pytest.raises(service.AnswerRefused):
        service.submit_answer(play, 1, 1)
    assert answers(play) == [] and reload(play).current_position == 0


def test_unserved_question_cannot_be_answered(make_pack) -> None:
    play = start(make_pack(questions=2))
    with pytest.raises(service.AnswerRefused):
        service.submit_answer(play, 0, 1)


def test_nothing_after_the_play_finished(client, make_pack, fixed_clock) -> None:
    play = start(make_pack(questions=1))
    client.post(f"/play/{play.token}/next")  # Start
    fixed_clock.advance(2)
    answer(client, play, right_index(play, 0))
    finished = reload(play)
    assert finished.is_finished
    response = answer(client, play, 0, position=1)
    assert response.status_code == 409 and "finished" in response.get_data(as_text=True)
    assert service.serve_current(finished) is None and service.expire_if_late(finished) is None
    fixed_clock.advance(100)
    client.get(f"/play/{play.token}")
    assert len(answers(play)) == 1 and reload(play).score == finished.score


def test_answer_goes_to_its_own_play_only(client, make_pack, fixed_clock) -> None:
    pack = make_pack(questions=2)
    mine, theirs = start(pack, "Me"), start(pack, "Them")
    client.post(f"/play/{mine.token}/next")  # Start
    client.post(f"/play/{theirs.token}/next")  # Start
    fixed_clock.advance(5)
    answer(client, mine, right_index(mine, 0))
    # Their position 0 is still open, and position 1 of theirs is not reachable through mine.
    assert answers(theirs) == [] and reload(theirs).score == 0
    assert answer(client, theirs, 0, position=1).status_code == 409
    answer(client, theirs, (right_index(theirs, 0) + 1) % 4)
    assert [a.correct for a in answers(mine)] == [True]
    assert [a.correct for a in answers(theirs)] == [False]


def test_too_fast_answers_are_kept_but_flag_the_play(client, make_pack, fixed_clock) -> None:
    play = start(make_pack(questions=2))
    client.post(f"/play/{play.token}/next")  # Start
    fixed_clock.advance(0.1)
    answer(client, play, right_index(play, 0))
    stored = answers(play)[0]
    assert stored.too_fast and stored.correct and stored.points == 998
    assert reload(play).flagged
    client.post(f"/play/{play.token}/next")
    fixed_clock.advance(3)
    answer(client, play, right_index(play, 1))
    assert not answers(play)[1].too_fast and reload(play).flagged  # the flag stays


def test_human_speed_does_not_flag(client, make_pack, fixed_clock) -> None:
    play = start(make_pack(questions=1))
    client.post(f"/play/{play.token}/next")  # Start
    fixed_clock.advance(0.3)
    answer(client, play, right_index(play, 0))
    assert not reload(play).flagged


def test_racing_insert_returns_the_stored_answer(app, make_pack, fixed_clock) -> None:
    play = start(make_pack(questions=2))
    service.serve_current(play)
    fixed_clock.advance(6)
    # Another app instance stored an answer after this one loaded the play.
    db.session.execute(
        db.metadata.tables["answer"].insert().values(
            play_id=play.id, position=0, choice_index=2, correct=False, points=0,
            streak_bonus=0, elapsed_ms=6000, answered_at=fixed_clock.now, too_fast=False,
        )
    )  # fmt: skip
    db.session.commit()
    result = service.submit_answer(play, 0, right_index(play, 0))
    assert result.choice_index == 2 and result.points == 0
    assert len(answers(play)) == 1 and reload(play).score == 0


def test_tokens_are_at_least_128_bits_and_unique(make_pack) -> None:
    pack = make_pack()
    tokens = {start(pack).token for _ in range(20)}
    assert len(tokens) == 20
    for token in tokens:
        # token_urlsafe: 6 bits a character.
        assert len(token) * 6 >= 128 and all(c.isalnum() or c in "-_" for c in token)
