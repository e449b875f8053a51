"""The public result page: summary, rank, review from the snapshot, share meta, escaping."""

from __future__ import annotations

import re
from html import unescape

from quiz.extensions import db
from tests.web.play_support import played_by

SCRIPT = "<script>alert(1)</script>"


def meta(html: str, key: str) -> str:
    """Content of <meta property|name=key>."""
    found = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)"', html)
    assert found, f"no {key} meta tag"
    return unescape(found.group(1))


def test_unknown_token_is_404(client):
    assert client.get("/r/no-such-token").status_code == 404
    assert client.get("/r/no-such-token/card.png").status_code == 404


def test_unfinished_play_goes_back_to_playing(client, make_pack, make_play):
    play = make_play(make_pack(), finished_at=None, answers=[1])
    response = client.get(f"/r/{play.token}")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/play/{play.token}")
    assert client.get(f"/r/{play.token}/card.png").status_code == 404


def test_result_shows_score_rank_and_each_answer_with_its_evidence(client, make_pack, make_play):
    pack = make_pack(questions=3, title="John Legend's Mini-Me")
    make_play(pack, "Top", score=9000)
    play = make_play(pack, "Sam", answers=[1, 0, None], points_each=7800)

    html = unescape(played_by(client, play).get(f"/r/{play.token}").get_data(as_text=True))

    assert 'Sam scored</span> <span class="big-score">7,800</span>' in html
    assert "1 of 3 right" in html
    assert '#2</strong> <span class="rank-of">of 2' in html
    # Q1 right, Q2 wrong (chose "Wrong 2a"), Q3 timed out; right answers and evidence shown.
    assert "Wrong 2a" in html and "Right 2" in html and "time ran out" in html
    assert "The article says Right 3." in html
    verdicts = re.findall(r'<li class="review-item is-(\w+)">.*?Question (\d)', html, re.S)
    # Misses first (wrong, then time's up), then the right answers: a review to learn from.
    assert verdicts == [("wrong", "2"), ("timeout", "3"), ("right", "1")]
    assert "Time's up" in html and "<details" in html and "<details open" not in html


def test_answers_are_hidden_from_who_has_not_played(client, make_pack, make_play):
    pack = make_pack(questions=3)
    play = make_play(pack, "Sam", answers=[1, 0, None], points_each=7800)
    other_pack = make_pack(questions=1, title="Other")
    elsewhere = make_play(other_pack, "Kim", answers=[1])

    for viewer in (client, played_by(client.application.test_client(), elsewhere)):
        response = viewer.get(f"/r/{play.token}")
        html = response.get_data(as_text=True)
        # Score, rank and card for everyone; no prompt, option, explanation or evidence.
        assert response.status_code == 200 and "Sam scored" in html and "#1" in html
        assert "Question 1:" not in html and "Right 1" not in html and "article says" not in html
        assert "review-item" not in html and "play this quiz" in html
        assert client.get(f"/play/{play.token}").headers["Location"].endswith(f"/r/{play.token}")

    # Finishing the pack (any play of it) opens everyone's review of it.
    mine = make_play(pack, "Me", answers=[0, 0, 0])
    html = played_by(client, mine).get(f"/r/{play.token}").get_data(as_text=True)
    assert "Right 1" in html and "The article says Right 3." in html


def test_review_survives_later_pack_edits(client, make_pack, make_play):
    pack = make_pack(questions=2)
    play = make_play(pack, answers=[1, 1])
    question = pack.approved_questions()[0]
    question.prompt = "Edited prompt"
    question.choices[1].text = "Edited option"
    db.session.commit()

    html = played_by(client, play).get(f"/r/{play.token}").get_data(as_text=True)

    assert "Question 1: which option is right?" in html and "Right 1" in html
    assert "Edited prompt" not in html and "Edited option" not in html


def test_flagged_play_is_under_review_not_ranked(client, make_pack, make_play):
    play = make_play(make_pack(), flagged=True, score=5000)
    html = client.get(f"/r/{play.token}").get_data(as_text=True)
    assert "under review" in html
    assert "Not ranked" in html
    assert re.search(r"#\d+ of", html) is None


def test_share_meta_uses_public_base_url(client, make_pack, make_play):
    play = make_play(make_pack(title="John Legend's Mini-Me"), "Sam", score=7800)
    stranger = client.get(f"/r/{play.token}").get_data(as_text=True)
    html = played_by(client.application.test_client(), play).get(f"/r/{play.token}").get_data(True)

    assert meta(html, "og:title") == "Sam scored 7,800 on John Legend's Mini-Me quiz"
    assert meta(html, "og:url") == f"http://quiz.test/r/{play.token}"
    assert meta(html, "og:image") == f"http://quiz.test/r/{play.token}/card.png"
    assert meta(html, "twitter:card") == "summary_large_image"
    assert meta(html, "twitter:image") == meta(html, "og:image")
    assert "Can you beat it?" in meta(html, "og:description")
    # Share and challenge buttons (Web Share, else copy) come with share.js, hidden before.
    assert f'data-share-url="http://quiz.test/r/{play.token}"' in html and "js/share." in html
    challenge = f"http://quiz.test/p/{play.pack.slug}?challenge={play.challenge_code}"
    assert f'data-share-url="{challenge}"' in html and f'href="{challenge}"' in html
    assert re.search(r"<button[^>]*hidden[^>]*data-share", html)
    # The play token is the play's credential: never in the challenge link, never shown.
    assert html.count(play.token) == html.count(f"/r/{play.token}")
    visible = re.sub(
        r"<[^>]+>", " ", re.sub(r"<(script|noscript|head)\b.*?</\1>", "", html, flags=re.S)
    )
    assert play.token not in visible
    # Whoever the result was shared with is offered the challenge, not "Play again".
    assert f'href="{challenge}"' in stranger and "Beat Sam's score" in stranger
    assert "Play again" not in stranger and "Play again" in html


def test_share_urls_fall_back_to_request_host(make_app, make_pack, make_play):
    app = make_app(PUBLIC_BASE_URL=None)
    with app.app_context():
        play = make_play(make_pack(), "Sam")
        html = app.test_client().get(f"/r/{play.token}", base_url="https://fans.example")
    assert meta(html.get_data(as_text=True), "og:url") == f"https://fans.example/r/{play.token}"


def test_nickname_is_text_everywhere(client, make_pack, make_play):
    play = make_play(make_pack(), SCRIPT, score=100)
    html = client.get(f"/r/{play.token}").get_data(as_text=True)
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert meta(html, "og:title").startswith(SCRIPT)  # escaped in the attribute, intact as text


def test_no_inline_script_or_style(client, make_pack, make_play):
    html = client.get(f"/r/{make_play(make_pack()).token}").get_data(as_text=True)
    assert re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html) is None
    assert "style=" not in html


def test_streak_bonus_is_part_of_the_points_not_added_twice(client, make_pack, make_play):
    play = make_play(make_pack(questions=2), answers=[1, 1], points_each=800)
    play.answers[1].points, play.answers[1].streak_bonus = 900, 100
    db.session.commit()
    html = played_by(client, play).get(f"/r/{play.token}").get_data(as_text=True)
    assert "900 points (including a +100 streak bonus)" in html
    assert "1,000 points" not in html
