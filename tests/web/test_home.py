"""The home page: published packs with question count, finished plays and top score."""

from __future__ import annotations

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
