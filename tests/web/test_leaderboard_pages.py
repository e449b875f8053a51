"""The leaderboard page: full page or htmx fragment, scopes, paging and the player's row."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

SCRIPT = "<script>alert(1)</script>"


def board_names(html: str) -> list[str]:
    """Player cells of the board table, in order."""
    body = html.split("<tbody>")[1].split("</tbody>")[0] if "<tbody>" in html else ""
    return [
        re.sub(r"<[^>]+>", "", re.sub(r'<span class="row-meta".*?</span>', "", cell))
        .replace("(you)", "")
        .strip()
        for cell in re.findall(r"<tr[^>]*>\s*<td>[^<]*</td>\s*<td>(.*?)</td>", body, re.S)
    ]


@pytest.fixture
def board(make_pack, make_play, fixed_clock):
    """A pack with three plays today, one earlier this week and one last month."""
    pack = make_pack()
    now = fixed_clock.now
    make_play(pack, "Ana", score=900)
    make_play(pack, "Bo", score=800)
    make_play(pack, "Cy", score=700)
    make_play(pack, "Week", score=950, finished_at=now - timedelta(days=2))
    make_play(pack, "Old", score=990, finished_at=now - timedelta(days=40))
    return pack


def test_board_without_htmx_is_a_full_page_of_all_time_rows(client, board):
    response = client.get(f"/p/{board.slug}/leaderboard")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<html" in html and 'id="leaderboard"' in html
    assert board_names(html) == ["Old", "Week", "Ana", "Bo", "Cy"]


def test_scope_with_htmx_returns_only_the_board_fragment(hx_client, board):
    response = hx_client.get(f"/p/{board.slug}/leaderboard?scope=today")
    html = response.get_data(as_text=True)
    assert "<html" not in html and html.lstrip().startswith('<section id="leaderboard"')
    assert board_names(html) == ["Ana", "Bo", "Cy"]
    assert f'hx-get="/p/{board.slug}/leaderboard?scope=week"' in html
    assert 'aria-current="page">Today' in html


def test_week_scope_keeps_only_this_weeks_plays(client, board):
    html = client.get(f"/p/{board.slug}/leaderboard?scope=week").get_data(as_text=True)
    assert board_names(html) == ["Week", "Ana", "Bo", "Cy"]


@pytest.mark.parametrize("query", ["scope=year", "page=0", "page=x"])
def test_bad_query_is_a_clear_400(client, board, query):
    response = client.get(f"/p/{board.slug}/leaderboard?{query}")
    assert response.status_code == 400
    assert "Check the address" in response.get_data(as_text=True)


def test_unknown_or_draft_pack_is_404(client, make_pack):
    draft = make_pack(status="draft")
    assert client.get(f"/p/{draft.slug}/leaderboard").status_code == 404
    assert client.get("/p/nope/leaderboard").status_code == 404


def test_my_rank_off_the_page_links_to_the_page_with_my_row(make_app, make_pack, make_play):
    app = make_app(LEADERBOARD_PAGE_SIZE=2)
    with app.app_context():
        pack = make_pack()
        plays = [make_play(pack, f"P{n}", score=100 - n) for n in range(5)]
        me = plays[4]
        client = app.test_client()
        first = client.get(f"/p/{pack.slug}/leaderboard?me={me.token}").get_data(as_text=True)
        third = client.get(f"/p/{pack.slug}/leaderboard?page=3&me={me.token}").get_data(
            as_text=True
        )

    assert board_names(first) == ["P0", "P1"]
    assert "Your rank: <strong>#5</strong>" in first
    assert f"page=3&amp;me={me.token}" in first and "show my row (page 3)" in first
    assert "Page 1 of 3" in first and 'rel="next"' in first and 'rel="prev"' not in first
    assert board_names(third) == ["P4"]
    assert 'class="is-me" aria-current="true"' in third and "(you)" in third
    assert "show my row" not in third


def test_my_rank_comes_from_the_session_without_a_me_link(client, board, make_play):
    me = make_play(board, "Me", score=1)
    with client.session_transaction() as session:
        session["my_plays"] = {str(board.id): me.token}
    html = client.get(f"/p/{board.slug}/leaderboard").get_data(as_text=True)
    assert "Your rank: <strong>#6</strong>" in html


def test_me_link_of_another_pack_or_a_flagged_play_ranks_nobody(
    client, board, make_pack, make_play
):
    other = make_play(make_pack(title="Other"), "Other", score=5)
    html = client.get(f"/p/{board.slug}/leaderboard?me={other.token}").get_data(as_text=True)
    assert "Your rank" not in html and "is-me" not in html
    flagged = make_play(board, "Cheat", score=9999, flagged=True)
    html = client.get(f"/p/{board.slug}/leaderboard?me={flagged.token}").get_data(as_text=True)
    assert "under review" in html and "Cheat" not in board_names(html)


def test_nickname_is_escaped(client, make_pack, make_play):
    pack = make_pack()
    make_play(pack, SCRIPT, score=10)
    html = client.get(f"/p/{pack.slug}/leaderboard").get_data(as_text=True)
    assert SCRIPT not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
