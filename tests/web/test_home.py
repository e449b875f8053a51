"""The home page: published packs with question count, finished plays and top score."""

from __future__ import annotations

import re
from html import unescape

from quiz.extensions import db
from tests.web.play_support import finish, start


def test_home_lists_published_packs_with_stats(client, make_pack) -> None:
    quiz = make_pack(questions=4, title="Pop <b>Stars</b>")
    make_pack(questions=2, title="Secret draft", status="draft")
    make_pack(questions=2, title="Pulled pack", status="unpublished")
    finish(start(quiz, "Ann"), 7800)
    finish(start(quiz, "Bot"), 9999, flagged=True)  # counts as a play, never as top score
    start(quiz, "Quitter")  # unfinished: not counted
    html = client.get("/").get_data(as_text=True)
    assert "Pop &lt;b&gt;Stars&lt;/b&gt;" in html and "<b>Stars" not in html
    assert f'href="/p/{quiz.slug}"' in html
    assert "<dt>Questions</dt><dd>4</dd>" in html
    assert "<dt>Finished plays</dt><dd>2</dd>" in html
    assert "<dt>Top score</dt><dd>7,800</dd>" in html
    assert "Secret draft" not in html and "Pulled pack" not in html


def test_home_says_when_nothing_is_published_or_played_yet(client, make_pack) -> None:
    assert "No quizzes are published yet" in client.get("/").get_data(as_text=True)
    make_pack(questions=3)
    html = client.get("/").get_data(as_text=True)
    assert "<dt>Finished plays</dt><dd>0</dd>" in html and "None yet" in html


def test_home_counts_only_approved_questions(client, make_pack) -> None:
    pack = make_pack(questions=3)
    pack.questions[0].status = "rejected"
    db.session.commit()
    assert "<dt>Questions</dt><dd>2</dd>" in client.get("/").get_data(as_text=True)


def test_home_counts_playable_questions_as_a_play_gets_them(client, make_pack) -> None:
    from quiz.play import service

    pack = make_pack(questions=4)
    for choice in pack.questions[1].choices:  # approved, without a right answer: never played
        choice.correct = False
    db.session.commit()
    assert "<dt>Questions</dt><dd>3</dd>" in client.get("/").get_data(as_text=True)
    assert service.start_play(pack, "Fan").question_count == 3


def test_card_description_stays_true_and_never_repeats_the_title(client, make_pack) -> None:
    generated = make_pack(
        questions=3,
        title="Kira Lane Wins Big",
        description="24 questions on “Kira Lane Wins Big” (2026-01-10).",  # the engine's words
        source={"title": "Kira Lane Wins Big", "published": "2026-01-10", "url": None},
    )
    own = make_pack(questions=2, title="Pop Quiz", description="Chart toppers of the week.")
    html = client.get("/").get_data(as_text=True)
    assert "24 questions" not in html and "Chart toppers of the week." in html
    blurbs = re.findall(r'<p class="blurb">([^<]*)</p>', html)
    assert len(blurbs) == 2 and not any("Kira Lane Wins Big" in b for b in blurbs)
    assert "Questions from the news story of 10 January 2026" in unescape(html)
    assert generated.title in html and own.title in html


def test_newest_first_then_most_played_with_badges(client, make_pack, fixed_clock) -> None:
    old = make_pack(title="Old favourite")
    fixed_clock.advance(86400 * 10)
    make_pack(title="Quiet new one")
    busy = make_pack(title="Busy new one")
    for pack, plays in ((old, 5), (busy, 2)):
        for n in range(plays):
            finish(start(pack, f"P{n}"), 100 * n)
    html = client.get("/").get_data(as_text=True)
    order = re.findall(r'<h2><a href="/p/[^"]+">([^<]+)</a></h2>', html)
    assert order == ["Busy new one", "Quiet new one", "Old favourite"]
    cards = html.split('<li class="pack-card')[1:]
    assert "New" in cards[0] and "New" in cards[1] and "New" not in cards[2]
    assert "Most played" in cards[2] and "Most played" not in cards[0]


def test_card_counts_the_questions_a_play_takes(client, make_pack) -> None:
    make_pack(questions=20)
    assert "<dt>Questions</dt><dd>15</dd>" in client.get("/").get_data(as_text=True)
