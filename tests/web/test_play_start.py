"""A pack's start page: details, top 3, challenges, nickname form, limits and CSRF."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from quiz.extensions import db
from quiz.models import Play
from quiz.play import service
from tests.helpers import first_group
from tests.web.play_support import finish, start
from tests.web.statements import recorded


def test_start_page_shows_pack_details(client, make_pack) -> None:
    pack = make_pack(questions=4, description="Fun & <i>facts</i>")
    pack.questions[3].time_limit = 30
    db.session.commit()
    html = client.get(f"/p/{pack.slug}").get_data(as_text=True)
    assert "Fun &amp; &lt;i&gt;facts&lt;/i&gt;" in html
    assert "<dt>Questions</dt><dd>4</dd>" in html
    assert "20–30 seconds" in html
    assert 'name="nickname"' in html and 'maxlength="24"' in html
    assert "Nobody has finished this quiz yet" in html


def test_top_three_follow_leaderboard_order(client, make_pack, fixed_clock) -> None:
    pack = make_pack()
    plays = {name: start(pack, name) for name in ("Slow", "Fast", "Late", "Low", "Cheat", "Open")}
    for name, score, time_ms in (
        ("Slow", 5000, 9000), ("Fast", 5000, 4000), ("Late", 5000, 4000), ("Low", 100, 1),
        ("Cheat", 9000, 1),
    ):  # fmt: skip
        plays[name].total_time_ms = time_ms
        finish(plays[name], score, flagged=name == "Cheat")
        fixed_clock.advance(1)  # "Late" finished after "Fast"
    plays["Open"].score = 8000  # unfinished plays are not ranked
    db.session.commit()
    html = client.get(f"/p/{pack.slug}").get_data(as_text=True)
    top = re.findall(r'<span class="nick">([^<]+)</span> <strong>([\d,]+)</strong>', html)
    assert top == [("Fast", "5,000"), ("Late", "5,000"), ("Slow", "5,000")]


def test_challenge_link_shows_challenger_and_records_it(client, make_pack) -> None:
    pack = make_pack()
    rival = start(pack, "Sam <script>")
    finish(rival, 7800)
    code = rival.challenge_code
    assert code and code != rival.token
    page = client.get(f"/p/{pack.slug}?challenge={code}").get_data(as_text=True)
    assert "Beat Sam &lt;script&gt;'s 7,800 points" in page
    assert f'value="{code}"' in page and rival.token not in page
    client.post(f"/p/{pack.slug}", data={"nickname": "Ann", "challenge": code})
    assert db.session.query(Play).filter_by(nickname="Ann").one().challenger_id == rival.id


def test_a_play_token_is_no_challenge(client, make_pack) -> None:
    # Challenge links name the play by its own code; the token is the play's credential.
    pack = make_pack()
    rival = start(pack, "Sam")
    finish(rival, 7800)
    page = client.get(f"/p/{pack.slug}?challenge={rival.token}").get_data(as_text=True)
    assert "Beat " not in page and rival.token not in page
    client.post(f"/p/{pack.slug}", data={"nickname": "Ann", "challenge": rival.token})
    assert db.session.query(Play).filter_by(nickname="Ann").one().challenger_id is None


def test_bogus_or_unfinished_challenges_are_ignored(client, make_pack) -> None:
    pack, other = make_pack(), make_pack(title="Other")
    unfinished, elsewhere = start(pack, "Una"), start(other, "Eli")
    finish(elsewhere, 100)
    for token in ("nope", unfinished.challenge_code, elsewhere.challenge_code):
        page = client.get(f"/p/{pack.slug}?challenge={token}").get_data(as_text=True)
        assert "Beat " not in page
        client.post(f"/p/{pack.slug}", data={"nickname": "Ann", "challenge": token})
    assert {p.challenger_id for p in db.session.query(Play).filter_by(nickname="Ann")} == {None}
    assert service.start_play(pack, "X", challenger=elsewhere).challenger_id is None


@pytest.mark.parametrize(
    ("nickname", "message"),
    [("a", "2 to 24"), ("x" * 25, "2 to 24"), ("Bad\x07Bell", "printable"),
     ("Shit Happens", "different nickname")],
)  # fmt: skip
def test_bad_nicknames_are_refused_and_kept(client, make_pack, nickname, message) -> None:
    pack = make_pack()
    response = client.post(f"/p/{pack.slug}", data={"nickname": nickname})
    html = response.get_data(as_text=True)
    assert response.status_code == 400 and message in html and 'aria-invalid="true"' in html
    assert db.session.query(Play).count() == 0


@pytest.mark.parametrize("status", ["draft", "unpublished"])
def test_unpublished_packs_cannot_be_played(client, make_pack, status) -> None:
    pack = make_pack(status=status)
    assert client.get(f"/p/{pack.slug}").status_code == 404
    assert client.post(f"/p/{pack.slug}", data={"nickname": "Ann"}).status_code == 404
    with pytest.raises(service.PackNotPlayable):
        service.start_play(pack, "Ann")
    assert db.session.query(Play).count() == 0


def test_unknown_pack_is_404(client) -> None:
    assert client.get("/p/no-such-pack").status_code == 404


def test_pack_without_approved_questions_explains(client, make_pack) -> None:
    pack = make_pack(questions=1)
    pack.questions[0].status = "draft"
    db.session.commit()
    response = client.post(f"/p/{pack.slug}", data={"nickname": "Ann"})
    assert response.status_code == 400 and "can&#39;t be played" in response.get_data(as_text=True)


def test_starting_plays_is_rate_limited(make_app, make_pack) -> None:
    app = make_app(RATELIMIT_ENABLED=True, PLAY_START_RATE_LIMIT="3 per minute")
    with app.app_context():
        slug = make_pack().slug
        client = app.test_client()
        codes = [client.post(f"/p/{slug}", data={"nickname": "Ann"}).status_code for _ in range(4)]
        assert codes == [303, 303, 303, 429]
        assert client.get(f"/p/{slug}").status_code == 200  # reading the page is not limited
        assert db.session.query(Play).count() == 3


def test_start_form_needs_csrf_when_enabled(make_app, make_pack) -> None:
    app = make_app(WTF_CSRF_ENABLED=True)
    with app.app_context():
        pack = make_pack()
        client = app.test_client()
        assert client.post(f"/p/{pack.slug}", data={"nickname": "Ann"}).status_code == 400
        page = client.get(f"/p/{pack.slug}").get_data(as_text=True)
        token = first_group(r'name="csrf_token" type="hidden" value="([^"]+)"', page)
        ok = client.post(f"/p/{pack.slug}", data={"nickname": "Ann", "csrf_token": token})
        assert ok.status_code == 303 and db.session.query(Play).count() == 1


def test_answer_form_needs_csrf_when_enabled(make_app, make_pack) -> None:
    app = make_app(WTF_CSRF_ENABLED=True)
    with app.app_context():
        play = start(make_pack())
        client = app.test_client()
        ready = client.get(f"/play/{play.token}").get_data(as_text=True)
        token = first_group(r'name="csrf_token" value="([^"]+)"', ready)
        assert client.post(f"/play/{play.token}/next").status_code == 400  # Start needs it too
        client.post(f"/play/{play.token}/next", data={"csrf_token": token})
        page = client.get(f"/play/{play.token}").get_data(as_text=True)
        bare = client.post(f"/play/{play.token}/answer", data={"position": "0", "choice": "1"})
        assert bare.status_code == 400 and play.answers == []
        token = first_group(r'name="csrf_token" value="([^"]+)"', page)
        headers = {"HX-Request": "true", "X-CSRFToken": token}
        ok = client.post(
            f"/play/{play.token}/answer", data={"position": "0", "choice": "1"}, headers=headers
        )
        assert ok.status_code == 200 and "Your answer" in ok.get_data(as_text=True)


def test_start_page_and_starting_cost_the_same_queries_for_any_pack_size(client, make_pack) -> None:
    # One statement per question (or per option) would make a long pack's start the
    # slowest request a player sends; the snapshot is read and written in bulk.
    def statements_for(questions: int) -> tuple[int, int]:
        slug = make_pack(questions=questions, title=f"Pack of {questions}").slug
        with recorded() as page:
            assert client.get(f"/p/{slug}").status_code == 200
        with recorded() as starting:
            assert client.post(f"/p/{slug}", data={"nickname": "Ann"}).status_code == 303
        return len(page), len(starting)

    assert statements_for(3) == statements_for(12)
    play = db.session.scalars(select(Play).order_by(Play.id.desc()).limit(1)).one()
    assert play.question_count == 12
    assert [q.position for q in play.questions] == list(range(12))
    last = play.questions[11]
    assert sorted(last.choices) == ["Right 12", "Wrong 12a", "Wrong 12b", "Wrong 12c"]
    assert last.choices[last.correct_index] == "Right 12"


def test_questions_without_a_right_answer_are_left_out_of_page_and_play(client, make_pack) -> None:
    pack = make_pack(questions=4)
    no_right_answer, no_options = pack.questions[1], pack.questions[2]
    for choice in no_right_answer.choices:
        choice.correct = False
    no_options.choices.clear()
    db.session.commit()
    assert "<dt>Questions</dt><dd>2</dd>" in client.get(f"/p/{pack.slug}").get_data(True)
    play = service.start_play(pack, "Ann")
    # The page promised what the play holds, and both skip what cannot be graded.
    assert play.question_count == 2
    assert [q.prompt for q in play.questions] == [
        "Question 1: which option is right?",
        "Question 4: which option is right?",
    ]
    assert [q.choices[q.correct_index] for q in play.questions] == ["Right 1", "Right 4"]


def test_a_failed_start_leaves_the_session_usable(make_pack, monkeypatch) -> None:
    pack = make_pack()
    broken = [{**row, "prompt": None} for row in service.question_snapshots(pack.id)]
    monkeypatch.setattr(service, "question_snapshots", lambda *args, **kwargs: broken)
    with pytest.raises(IntegrityError):
        service.start_play(pack, "Ann")
    # Rolled back: no half-started play, and (on PostgreSQL) no aborted transaction
    # waiting to fail the caller's next query.
    assert db.session.query(Play).count() == 0
