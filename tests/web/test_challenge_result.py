"""A challenged play's result compares both plays question by question."""

from __future__ import annotations

import re
from html import unescape

from tests.web.play_support import played_by


def test_challenge_result_compares_both_plays_question_by_question(client, make_pack, make_play):
    pack = make_pack(questions=3)
    rival = make_play(pack, "Sam", answers=[1, 1, 0], points_each=900)
    play = make_play(pack, "Alex", answers=[1, 0, 1], points_each=700, challenger_id=rival.id)
    assert rival.score == 1800 and play.score == 1400

    html = played_by(client, play).get(f"/r/{play.token}").get_data(as_text=True)

    assert "Alex vs Sam (challenger)" in html
    assert "Sam (challenger) won" in html and "1,400 to 1,800" in html
    assert cells(html) == [
        ("1", "Right, 700", "Right, 900"),
        ("2", "Wrong, 0", "Right, 900"),
        ("3", "Right, 700", "Wrong, 0"),
    ]


def cells(html: str) -> list[tuple[str, ...]]:
    """The comparison table's number, mine and theirs columns, as text."""
    body = html.split('<table class="compare">')[1].split("</table>")[0].split("<tbody>")[1]
    rows = re.findall(r"<tr>(.*?)</tr>", body, re.S)
    cell = re.compile(r"<td>(.*?)</td>", re.S)
    text = [
        [unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in cell.findall(row)] for row in rows
    ]
    return [(n, mine, theirs) for n, _prompt, mine, theirs in text]


def test_times_up_is_named_as_such_in_the_comparison(client, make_pack, make_play):
    pack = make_pack(questions=2)
    rival = make_play(pack, "Sam", answers=[None, 1], points_each=900)
    play = make_play(pack, "Alex", answers=[1, None], points_each=700, challenger_id=rival.id)
    html = played_by(client, rival).get(f"/r/{play.token}").get_data(as_text=True)
    assert cells(html) == [("1", "Right, 700", "Time's up, 0"), ("2", "Time's up, 0", "Right, 900")]


def test_a_stranger_sees_who_won_but_no_question(client, make_pack, make_play):
    pack = make_pack(questions=2)
    rival = make_play(pack, "Sam", answers=[1, 1], points_each=900)
    play = make_play(pack, "Alex", answers=[1, 0], points_each=700, challenger_id=rival.id)
    html = client.get(f"/r/{play.token}").get_data(as_text=True)
    assert "Sam (challenger) won" in html
    assert 'class="compare"' not in html and "Question 1:" not in html


def test_equal_scores_go_to_the_faster_play_and_equal_times_draw(client, make_pack, make_play):
    pack = make_pack()
    rival = make_play(pack, "Sam", score=500, total_time_ms=9000)
    faster = make_play(pack, "Alex", score=500, total_time_ms=8000, challenger_id=rival.id)
    same = make_play(pack, "Kim", score=500, total_time_ms=9000, challenger_id=rival.id)
    assert "Alex won" in client.get(f"/r/{faster.token}").get_data(as_text=True)
    assert "It's a draw" in client.get(f"/r/{same.token}").get_data(as_text=True)


def test_challenger_page_lists_who_took_the_challenge(client, make_pack, make_play):
    pack = make_pack()
    rival = make_play(pack, "Sam", score=500)
    make_play(pack, "Alex", score=900, challenger_id=rival.id)
    make_play(pack, "Still", score=0, challenger_id=rival.id, finished_at=None)
    html = client.get(f"/r/{rival.token}").get_data(as_text=True)
    assert "Alex: 900 points (beat it)" in html
    assert "Still" not in html
    assert "challenge-heading" not in html  # Sam's own play has no comparison
