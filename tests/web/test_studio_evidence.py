"""Evidence is picked from the article's sentences, or marked as none and shown so to fans."""

from __future__ import annotations

import re

import pytest

from quiz.extensions import db
from quiz.models import Article, Question
from tests.helpers import SEED_ARTICLE
from tests.web.play_support import answer, right_index, start

SENTENCES = [
    "Kira Lane, 29, released her album Neon Rain on Friday.",
    "The singer wrote every song on the record with her brother Theo.",
    "She will tour Europe from March, starting in Lisbon.",
]
HX = {"HX-Request": "true"}


@pytest.fixture
def pack(make_pack):
    """A draft pack drafted from an article whose sentences the studio offers."""
    pack = make_pack(3, status="draft")
    pack.article = Article(
        title="Kira Lane",
        raw_text=" ".join(SENTENCES),
        body=" ".join(SENTENCES),
        sentences=SENTENCES,
    )
    pack.questions[0].evidence = SENTENCES[0]
    db.session.commit()
    return pack


def question_form(**overrides: str) -> dict[str, str]:
    data = {
        "prompt": "Who co-wrote the record?",
        "options-0": "Theo",
        "options-1": "Tom",
        "correct": "0",
        "difficulty": "easy",
        "time_limit": "20",
    }
    data.update(overrides)
    return data


def offered(page: str) -> dict[str, str]:
    """Evidence choices in the form: value -> label text (the checked one marked with *)."""
    found: dict[str, str] = {}
    for radio in re.finditer(
        r'<input([^>]*name="evidence"[^>]*)>\s*<label[^>]*>(.*?)</label>', page, re.S
    ):
        attributes, label = radio.groups()
        value = re.search(r'value="([^"]*)"', attributes)
        assert value
        found[value.group(1)] = ("* " if "checked" in attributes else "") + label.strip()
    return found


def test_the_edit_form_offers_every_sentence_with_the_current_one_checked(studio, pack) -> None:
    question = pack.questions[0]
    page = studio.get(f"/studio/questions/{question.id}/edit", headers=HX).get_data(as_text=True)
    choices = offered(page)
    assert list(choices) == ["none", "0", "1", "2"]
    assert choices["0"] == f"* {SENTENCES[0]}"
    assert choices["1"] == SENTENCES[1] and choices["none"].startswith("No evidence")


def test_picking_a_sentence_stores_it_exactly_and_marks_it_in_the_article(studio, pack) -> None:
    question = pack.questions[1]
    response = studio.post(
        f"/studio/questions/{question.id}/edit", data=question_form(evidence="1")
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get_one(Question, question.id).evidence == SENTENCES[1]
    page = studio.get(f"/studio/packs/{pack.id}").get_data(as_text=True)
    assert f'<mark id="evidence-{question.id}">{SENTENCES[1]}</mark>' in page


def test_a_new_question_must_pick_evidence_or_say_it_has_none(studio, pack) -> None:
    url = f"/studio/packs/{pack.id}/questions/new"
    missing = studio.post(url, data=question_form())
    assert missing.status_code == 400
    assert "Pick the sentence that backs the answer, or “No evidence”." in missing.get_data(
        as_text=True
    )
    forged = studio.post(url, data=question_form(evidence="7"))
    assert forged.status_code == 400 and "Not a valid choice" in forged.get_data(as_text=True)
    assert len(pack.questions) == 3

    assert studio.post(url, data=question_form(evidence="2")).status_code == 302
    assert studio.post(url, data=question_form(evidence="none", prompt="Who?")).status_code == 302
    db.session.refresh(pack)
    assert [q.evidence for q in pack.questions[3:]] == [SENTENCES[2], ""]
    card = studio.get(f"/studio/packs/{pack.id}").get_data(as_text=True)
    assert "<strong>Evidence:</strong> none. Fans are told" in card


def test_a_pack_without_an_article_keeps_or_drops_its_evidence(studio, make_pack) -> None:
    imported = make_pack(3, status="draft")
    question = imported.questions[0]
    page = studio.get(f"/studio/questions/{question.id}/edit").get_data(as_text=True)
    assert offered(page) == {
        "none": "No evidence (fans are told no sentence of the article backs the answer)",
        "current": "* Keep the current evidence: “The article says Right 1.”",
    }
    assert "This pack has no article to pick a sentence from" in page
    studio.post(f"/studio/questions/{question.id}/edit", data=question_form(evidence="current"))
    db.session.expire_all()
    assert db.session.get_one(Question, question.id).evidence == "The article says Right 1."


def test_an_article_stored_before_sentences_were_kept_is_split_once(studio, pack) -> None:
    article = pack.article
    article.raw_text = article.body = SEED_ARTICLE.read_text(encoding="utf-8")
    article.sentences = None
    db.session.commit()
    question = pack.questions[0]
    page = studio.get(f"/studio/questions/{question.id}/edit").get_data(as_text=True)
    db.session.expire_all()
    kept = db.session.get_one(Article, article.id).sentences
    assert kept and "John Legend's 5-year-old son Miles is a chip off the old block!" in kept
    assert len(offered(page)) == len(kept) + 2  # no evidence, the current one, the sentences


def test_fans_are_told_when_an_answer_has_no_evidence(client, make_pack) -> None:
    pack = make_pack(3)
    pack.questions[0].evidence = ""
    db.session.commit()
    play = start(pack)
    client.post(f"/play/{play.token}/next")  # the get-ready card's Start
    answer(client, play, right_index(play, 0))
    feedback = client.get(f"/play/{play.token}").get_data(as_text=True)
    assert "No evidence: no sentence of the article backs this answer." in feedback
    assert "From the article" not in feedback
    for position in (1, 2):
        client.post(f"/play/{play.token}/next")
        client.get(f"/play/{play.token}")
        answer(client, play, right_index(play, position))
    review = client.get(f"/r/{play.token}").get_data(as_text=True)
    assert review.count("No evidence: no sentence of the article backs this answer.") == 1
    assert "“The article says Right 2.”" in review
