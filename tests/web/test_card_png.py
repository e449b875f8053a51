"""The share card: a real 1200x630 PNG, cached and revalidated by ETag."""

from __future__ import annotations

import io

from PIL import Image

from quiz.scores import card


def test_card_is_a_1200x630_png(client, make_pack, make_play):
    play = make_play(make_pack(title="A very long pack title " * 6), "W" * 24, score=7800)
    response = client.get(f"/r/{play.token}/card.png")
    assert response.status_code == 200
    assert response.mimetype == "image/png"
    image = Image.open(io.BytesIO(response.data))
    assert image.format == "PNG"
    assert image.size == (1200, 630)
    assert image.mode == "RGB"
    assert len(image.getcolors(1_000_000)) > 3  # text was drawn, not just a blank panel


def test_card_is_cached_and_revalidated(client, make_pack, make_play):
    play = make_play(make_pack(), "Sam", score=7800)
    first = client.get(f"/r/{play.token}/card.png")
    etag = first.headers["ETag"]
    assert (
        "public" in first.headers["Cache-Control"] and "max-age" in first.headers["Cache-Control"]
    )

    again = client.get(f"/r/{play.token}/card.png", headers={"If-None-Match": etag})

    assert again.status_code == 304
    assert again.data == b""
    assert again.headers["ETag"] == etag


def test_card_changes_when_the_rank_does(client, make_pack, make_play):
    pack = make_pack()
    play = make_play(pack, "Sam", score=500)
    before = client.get(f"/r/{play.token}/card.png")
    make_play(pack, "Better", score=900)  # Sam drops to #2
    after = client.get(
        f"/r/{play.token}/card.png", headers={"If-None-Match": before.headers["ETag"]}
    )
    assert after.status_code == 200
    assert after.headers["ETag"] != before.headers["ETag"]


def test_same_text_is_drawn_once():
    card.render_card.cache_clear()
    text = card.CardText("Pack", "Sam", 7800, 7, 10, "Rank #3")
    first = card.render_card(text)
    assert card.render_card(card.CardText("Pack", "Sam", 7800, 7, 10, "Rank #3")) is first
    assert card.render_card.cache_info().hits == 1
    assert card.render_card(card.CardText("Pack", "Sam", 7800, 7, 10, "Rank #4")) != first


TITLE = "John Legend Confirms Son Miles Is His 'Mini Me' as They Twin in Adorable Video"


def test_title_wraps_at_word_boundaries_and_ends_on_a_whole_word():
    words = set(TITLE.split())
    lines, size = card.fit_lines(TITLE, 700, sizes=(52, 44), max_lines=2)
    assert len(lines) == 2 and size == 44
    assert lines[-1].endswith("…")
    # Every line is whole words of the title, in order: nothing cut mid-word.
    shown = " ".join(lines).removesuffix("…").split()
    assert set(shown) <= words and TITLE.startswith(" ".join(shown))
    assert card.fit_lines("Short title", 700, sizes=(52, 44), max_lines=2) == (["Short title"], 52)


class CountingFont:
    """Wraps a font and counts how often text is measured."""

    def __init__(self, font):
        self.font, self.size, self.calls = font, font.size, 0

    def getlength(self, text: str) -> float:
        self.calls += 1
        return self.font.getlength(text)


def test_fitting_work_does_not_grow_with_the_title(monkeypatch):
    measured = {}
    for length in (600, 60_000):
        fonts: dict[int, CountingFont] = {}
        real = card._font

        def counting(size: int, fonts=fonts, real=real) -> CountingFont:
            return fonts.setdefault(size, CountingFont(real(size)))

        monkeypatch.setattr(card, "_font", counting)
        for text in (("word " * length)[:length], "x" * length):
            lines, _ = card.fit_lines(text, 980, sizes=(52, 44, 36), max_lines=3)
            assert lines[-1].endswith("…")
        measured[length] = sum(font.calls for font in fonts.values())
        monkeypatch.undo()
    # Bounded by what fits on the card: a hundred times the title, the same measurements.
    assert measured[60_000] == measured[600]


def test_a_huge_title_still_gets_a_card():
    # As a 6,300-character title would arrive where the database does not cap its length.
    text = card.CardText("Legend " * 900, "W" * 40, 7800, 7, 10, "Rank #3", "quiz.example")
    image = Image.open(io.BytesIO(card.render_card(text)))
    assert image.size == (1200, 630) and len(image.getcolors(1_000_000)) > 3
