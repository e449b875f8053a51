"""Plays are counted one way: the home page, the API and the studio show the same number."""

from __future__ import annotations

import re

from tests.web.play_support import finish, start


def test_home_api_and_studio_count_the_same_finished_plays(client, studio, make_pack) -> None:
    pack = make_pack(3, title="Counted pack")
    finish(start(pack, "Ann"), 2400)
    finish(start(pack, "Bot"), 3000, flagged=True)  # flagged: a play, just never ranked
    start(pack, "Quitter")  # started, never finished
    start(pack, "Still going")

    home = client.get("/").get_data(as_text=True)
    assert "<dt>Finished plays</dt><dd>2</dd>" in home
    api = client.get("/api/v1/packs").get_json()
    assert [p["plays"] for p in api["packs"] if p["slug"] == pack.slug] == [2]

    listing = studio.get("/studio/").get_data(as_text=True)
    row = listing[listing.index("Counted pack") :].split("</tr>")[0]
    plays = re.search(r'<td data-label="Finished plays">(.*?)</td>', row, re.S)
    assert plays, row
    assert re.sub(r"\s+", " ", plays.group(1)).strip() == (
        '2 <span class="muted">+2 unfinished</span>'
    )
    # The page says what it counts, in the same words as the home page.
    assert "Finished plays count as on the home page" in listing


def test_a_pack_without_plays_shows_zero_everywhere(client, studio, make_pack) -> None:
    make_pack(3, title="Quiet pack")
    assert "<dt>Finished plays</dt><dd>0</dd>" in client.get("/").get_data(as_text=True)
    listing = studio.get("/studio/").get_data(as_text=True)
    row = listing[listing.index("Quiet pack") :].split("</tr>")[0]
    assert re.search(r'<td data-label="Finished plays">\s*0\s*</td>', row), row
