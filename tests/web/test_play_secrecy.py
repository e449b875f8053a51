"""The correct option never reaches the player before they answer."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from quiz.extensions import db
from quiz.packs import import_pack
from quiz.play import service
from tests.helpers import pack_document
from tests.web.play_support import start, stored_question


class OptionButtons(HTMLParser):
    """Collect the answer buttons: their attributes and their visible text."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.buttons: list[dict[str, str | None]] = []
        self.texts: list[str] = []
        self.inner_tags: list[list[tuple[str, tuple]]] = []
        self._in_button = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "button" and dict(attrs).get("name") == "choice":
            self._in_button = True
            self.buttons.append(dict(attrs))
            self.texts.append("")
            self.inner_tags.append([])
        elif self._in_button:
            self.inner_tags[-1].append((tag, tuple(sorted(attrs))))

    def handle_endtag(self, tag: str) -> None:
        if tag == "button":
            self._in_button = False

    def handle_data(self, data: str) -> None:
        if self._in_button:
            self.texts[-1] += data


def shuffled_pack():
    """A published pack whose right option sits at a different place in each question."""
    questions = []
    for n, right_at in enumerate((0, 3, 2), start=1):
        choices = [{"text": f"Option {n}{c}", "correct": False} for c in "abcd"]
        choices[right_at]["correct"] = True
        questions.append(
            {
                "kind": "number",
                "prompt": f"Question {n}?",
                "choices": choices,
                "explanation": f"Because of secret fact {n}.",
                "evidence": f"Evidence sentence {n}.",
                "difficulty": "easy",
                "time_limit": 20,
            }
        )
    document = {**pack_document(0), "questions": questions}
    pack = import_pack(document, status="published", approve_all=True)
    db.session.commit()
    return pack


@pytest.mark.parametrize("htmx", [False, True])
def test_question_html_does_not_reveal_the_correct_option(
    client, hx_client, fixed_clock, htmx
) -> None:
    play = start(shuffled_pack())
    right = [stored_question(play, p) for p in range(3)]
    assert [q.choices[q.correct_index] for q in right] == ["Option 1a", "Option 2d", "Option 3c"]
    browser = hx_client if htmx else client
    ready = browser.get(f"/play/{play.token}").get_data(as_text=True)
    assert "Option 1" not in ready and "Question 1?" not in ready  # nothing before Start
    for position in range(3):
        response = browser.post(f"/play/{play.token}/next", follow_redirects=not htmx)
        html = response.get_data(as_text=True)
        question = stored_question(play, position)
        parsed = OptionButtons(html)
        # Same options, in the stored order, and nothing but the index tells them apart.
        assert [t.split(maxsplit=1)[1].strip() for t in parsed.texts] == question.choices
        assert [b["value"] for b in parsed.buttons] == ["0", "1", "2", "3"]
        assert len({tuple(sorted((k, v) for k, v in b.items() if k != "value"))
                    for b in parsed.buttons}) == 1  # fmt: skip
        shapes = [[(tag, tuple(a for a in attrs)) for tag, attrs in inner]
                  for inner in parsed.inner_tags]  # fmt: skip
        assert all(shape == shapes[0] for shape in shapes)
        # Neither the explanation nor the evidence (which name the answer) is sent yet.
        assert question.explanation not in html and question.evidence not in html
        assert "correct" not in html.lower()
        fixed_clock.advance(3)
        service.submit_answer(play, position, 0)


def test_a_finished_play_reveals_no_answer_to_a_stranger(client, make_pack, fixed_clock) -> None:
    pack = shuffled_pack()
    play = start(pack)
    player = client.application.test_client()
    for position in range(3):
        player.post(f"/play/{play.token}/next")
        fixed_clock.advance(2)
        player.post(f"/play/{play.token}/answer", data={"position": position, "choice": 0})
    stranger = client  # has the share link /r/<token>, so the token too
    for attempt in (
        stranger.get(f"/play/{play.token}"),
        stranger.get(f"/play/{play.token}", headers={"HX-Request": "true"}),
        stranger.post(f"/play/{play.token}/answer", data={"position": 0, "choice": 1}),
        stranger.post(f"/play/{play.token}/next"),
        stranger.get(f"/r/{play.token}"),
        stranger.get(f"/api/v1/results/{play.token}"),
    ):
        html = attempt.get_data(as_text=True)
        assert "Option" not in html and "secret fact" not in html and "Evidence" not in html
    # Looking did not make the stranger "the player": still no answers afterwards.
    assert "Option 1a" not in stranger.get(f"/r/{play.token}").get_data(as_text=True)
    # The player's own browser still has them.
    assert "Option 1a" in player.get(f"/r/{play.token}").get_data(as_text=True)
    assert "Evidence sentence 3." in player.get(f"/play/{play.token}").get_data(as_text=True)
