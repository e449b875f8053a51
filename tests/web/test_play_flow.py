"""The whole play loop through the test client: full pages without htmx, fragments with it."""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser

from sqlalchemy import select

from quiz.extensions import db
from quiz.models import Play
from tests.web.play_support import answer, reload, right_index, start, stored_question


class Ids(HTMLParser):
    """Collect element ids and hx-swap-oob targets of a document or fragment."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.oob: list[str] = []
        self.has_html = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.has_html = self.has_html or tag == "html"
        if element_id := found.get("id"):
            self.ids.append(element_id)
            if "hx-swap-oob" in found:
                self.oob.append(element_id)


def test_start_page_post_creates_play_and_redirects(client, make_pack) -> None:
    pack = make_pack(questions=2)
    response = client.post(f"/p/{pack.slug}", data={"nickname": "  Sam   Smith "})
    assert response.status_code == 303
    play = db.session.scalars(select(Play)).one()
    assert response.headers["Location"] == f"/play/{play.token}"
    assert play.nickname == "Sam Smith" and play.question_count == 2


def test_empty_nickname_gets_a_fun_name(client, make_pack) -> None:
    pack = make_pack()
    assert client.post(f"/p/{pack.slug}", data={"nickname": ""}).status_code == 303
    name = db.session.scalars(select(Play)).one().nickname
    adjective, animal, number = name.split(" ")
    assert adjective.istitle() and animal.istitle() and 10 <= int(number) <= 99


def test_full_page_flow_to_the_result(client, make_pack, fixed_clock) -> None:
    pack = make_pack(questions=2)
    play = start(pack)
    ready = client.get(f"/play/{play.token}").get_data(as_text=True)
    assert "Get ready" in ready and "Question 1:" not in ready
    started = client.post(f"/play/{play.token}/next")  # the Start button
    assert started.status_code == 303 and started.headers["Location"] == f"/play/{play.token}"
    page = client.get(f"/play/{play.token}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert Ids(html).has_html and "Question 1 of 2" in html and "Question 1:" in html
    assert '<progress max="2" value="1"' in html

    fixed_clock.advance(5)
    posted = answer(client, play, right_index(play, 0))
    assert posted.status_code == 303 and posted.headers["Location"] == f"/play/{play.token}"

    feedback = client.get(f"/play/{play.token}").get_data(as_text=True)
    assert "Right!" in feedback and "+875 points" in feedback
    assert "Correct answer" in feedback and "The article says Right 1." in feedback
    assert f'<form method="post" action="/play/{play.token}/next"' in feedback
    # A reload of the feedback page shows the same feedback and starts no clock.
    assert "Right!" in client.get(f"/play/{play.token}").get_data(as_text=True)
    assert service_served(play, 1) is None

    to_next = client.post(f"/play/{play.token}/next")
    assert to_next.status_code == 303 and to_next.headers["Location"] == f"/play/{play.token}"
    assert "Question 2 of 2" in client.get(f"/play/{play.token}").get_data(as_text=True)
    fixed_clock.advance(10)
    last = answer(client, play, (right_index(play, 1) + 1) % 4)
    # Without JavaScript too, the last answer's feedback comes before the result.
    assert last.status_code == 303 and last.headers["Location"] == f"/play/{play.token}"
    final = client.get(f"/play/{play.token}").get_data(as_text=True)
    assert "Wrong" in final and "Correct answer" in final and "See your result" in final
    to_result = client.post(f"/play/{play.token}/next")
    assert to_result.status_code == 303 and to_result.headers["Location"] == f"/r/{play.token}"
    stored = reload(play)
    assert stored.is_finished and stored.score == 875 and stored.correct_count == 1


def test_htmx_flow_returns_fragments(hx_client, make_pack, fixed_clock) -> None:
    play = start(make_pack(questions=2))
    ready = hx_client.get(f"/play/{play.token}").get_data(as_text=True)
    assert not Ids(ready).has_html and Ids(ready).ids[0] == "card" and "Get ready" in ready
    first = hx_client.post(f"/play/{play.token}/next").get_data(as_text=True)
    assert not Ids(first).has_html and Ids(first).ids[0] == "card" and "Question 1:" in first

    fixed_clock.advance(2)
    response = answer(hx_client, play, right_index(play, 0))
    assert response.status_code == 200
    fragment = response.get_data(as_text=True)
    parsed = Ids(fragment)
    assert not parsed.has_html and parsed.ids[0] == "card"
    assert {"scorebar", "announcer"} <= set(parsed.oob)
    assert 'role="status"' in fragment and "Right!" in fragment and "+950 points" in fragment
    assert f'hx-post="/play/{play.token}/next"' in fragment

    card = hx_client.post(f"/play/{play.token}/next")
    assert card.status_code == 200 and "Question 2 of 2" in card.get_data(as_text=True)
    fixed_clock.advance(3)
    final = answer(hx_client, play, right_index(play, 1)).get_data(as_text=True)
    assert "See your result" in final and "(including a +100 streak bonus)" in final
    done = hx_client.post(f"/play/{play.token}/next")
    assert done.headers["HX-Redirect"] == f"/r/{play.token}"


def test_full_page_of_a_finished_play_shows_last_feedback(client, make_pack, fixed_clock) -> None:
    play = start(make_pack(questions=1))
    client.post(f"/play/{play.token}/next")  # Start
    fixed_clock.advance(1)
    answer(client, play, 0)
    html = client.get(f"/play/{play.token}").get_data(as_text=True)
    assert "Wrong" in html and "See your result" in html
    assert client.post(f"/play/{play.token}/next").headers["Location"] == f"/r/{play.token}"


def test_times_up_card_when_the_clock_ran_out(hx_client, make_pack, fixed_clock) -> None:
    play = start(make_pack(questions=2))
    hx_client.post(f"/play/{play.token}/next")  # Start
    fixed_clock.advance(21)
    fragment = unescape(hx_client.get(f"/play/{play.token}").get_data(as_text=True))
    assert "Time's up" in fragment and "Correct answer" in fragment
    assert "Your answer" not in fragment
    stored = reload(play)
    assert stored.current_position == 1 and stored.answers[0].choice_index is None


def test_late_answer_without_javascript_scores_zero(client, make_pack, fixed_clock) -> None:
    play = start(make_pack(questions=2))
    client.post(f"/play/{play.token}/next")  # Start
    fixed_clock.advance(45)
    answer(client, play, right_index(play, 0))
    html = client.get(f"/play/{play.token}").get_data(as_text=True)
    assert "Time's up" in unescape(html) and "+0 points" in html
    assert reload(play).score == 0


def test_unknown_tokens_are_404(client, hx_client) -> None:
    assert client.get("/play/not-a-token").status_code == 404
    assert client.post("/play/not-a-token/next").status_code == 404
    posted = hx_client.post("/play/nope/answer", data={"position": "0", "choice": "1"})
    assert posted.status_code == 404


def test_answer_without_choice_is_a_clear_400(client, make_pack) -> None:
    play = start(make_pack())
    client.post(f"/play/{play.token}/next")  # Start
    response = client.post(f"/play/{play.token}/answer", data={"position": "0"})
    assert response.status_code == 400
    assert "Pick one of the options." in response.get_data(as_text=True)
    assert reload(play).current_position == 0


def service_served(play, position):
    return stored_question(play, position).served_at


def test_finishing_a_play_highlights_it_on_the_board(client, make_pack, fixed_clock) -> None:
    pack = make_pack(questions=1)
    play = start(pack, "Finisher")
    board = f"/p/{pack.slug}/leaderboard"
    client.post(f"/play/{play.token}/next")  # Start
    assert 'class="is-me"' not in client.get(board).get_data(as_text=True)
    fixed_clock.advance(3)
    answer(client, play, right_index(play, 0))
    # No ?me= in the URL: this browser's session remembers its own finished play.
    html = client.get(board).get_data(as_text=True)
    assert 'class="is-me"' in html and "(you)" in html


def test_a_play_ended_by_timeout_is_remembered_too(client, make_pack, fixed_clock) -> None:
    pack = make_pack(questions=1)
    play = start(pack, "Sleeper")
    client.post(f"/play/{play.token}/next")  # Start
    fixed_clock.advance(25)  # past the 20 s limit: the reload records the timeout
    assert "Time's up" in unescape(client.get(f"/play/{play.token}").get_data(as_text=True))
    assert reload(play).is_finished
    html = client.get(f"/p/{pack.slug}/leaderboard").get_data(as_text=True)
    assert 'class="is-me"' in html and "Sleeper" in html
