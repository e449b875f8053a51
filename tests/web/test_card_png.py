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
