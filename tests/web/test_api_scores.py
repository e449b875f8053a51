"""JSON API: the same leaderboard rows as the page, results, and published packs."""

from __future__ import annotations

import re

import pytest

from tests.web.play_support import played_by

SCRIPT = "<script>alert(1)</script>"


@pytest.fixture
def pack(make_pack, make_play, fixed_clock):
    pack = make_pack()
    for n, name in enumerate(["Ana", SCRIPT, "Cy", "Di"]):
        make_play(pack, name, score=900 - n * 100, total_time_ms=5000 + n)
    make_play(pack, "Cheat", score=9999, flagged=True)
    return pack


@pytest.mark.parametrize("scope", ["all", "week", "today"])
@pytest.mark.parametrize("htmx", [False, True])
def test_api_rows_equal_page_rows(client, hx_client, pack, scope, htmx):
    page = (hx_client if htmx else client).get(f"/p/{pack.slug}/leaderboard?scope={scope}")
    api = client.get(f"/api/v1/packs/{pack.slug}/leaderboard?scope={scope}").get_json()
    body = page.get_data(as_text=True).split("<tbody>")[1]
    row = (
        r"<tr[^>]*>\s*<td>([^<]*)</td>\s*<td>([^<]*)<span class=\"row-meta\".*?</td>"
        r"\s*<td[^>]*>([^<]*)</td>"
    )
    cells = re.findall(row, body, re.S)
    from_page = [(int(rank), name, int(score.replace(",", ""))) for rank, name, score in cells]
    from_api = [(row["rank"], row["nickname"], row["score"]) for row in api["rows"]]
    assert [
        (r, n.replace("&lt;", "<").replace("&gt;", ">"), s) for r, n, s in from_page
    ] == from_api
    assert [name for _, name, _ in from_api] == ["Ana", SCRIPT, "Cy", "Di"]
    assert api["total"] == 4 and api["scope"] == scope and api["me"] is None
    assert set(api["rows"][0]) == {
        "rank",
        "nickname",
        "score",
        "correct_count",
        "question_count",
        "total_time_ms",
        "finished_at",
    }


def test_api_board_gives_my_rank_and_refuses_a_bad_scope_or_pack(client, pack, make_play):
    me = make_play(pack, "Me", score=1)
    api = client.get(f"/api/v1/packs/{pack.slug}/leaderboard?me={me.token}").get_json()
    assert api["me"] == {"rank": 5, "page": 1}
    bad = client.get(f"/api/v1/packs/{pack.slug}/leaderboard?scope=year")
    assert bad.status_code == 400 and "scope" in bad.get_json()["error"]
    missing = client.get("/api/v1/packs/nope/leaderboard")
    assert missing.status_code == 404 and "error" in missing.get_json()


def test_result_json_reveals_answers_only_once_the_play_finished(client, make_pack, make_play):
    pack = make_pack(questions=2)
    running = make_play(pack, "Run", finished_at=None, answers=[1])
    response = client.get(f"/api/v1/results/{running.token}")
    assert response.status_code == 409
    assert response.get_json() == {"status": "playing"}
    assert "Right" not in response.get_data(as_text=True)

    done = make_play(pack, SCRIPT, answers=[1, None])
    data = client.get(f"/api/v1/results/{done.token}").get_json()
    assert data["nickname"] == SCRIPT and data["rank"] == 1
    # Someone who has not finished the pack gets the score, never the answers.
    assert data["questions"] is None and "Right" not in str(data)

    data = played_by(client, done).get(f"/api/v1/results/{done.token}").get_json()
    assert [q["correct"] for q in data["questions"]] == [True, False]
    assert [q["outcome"] for q in data["questions"]] == ["right", "timeout"]
    assert [q["correct_index"] for q in data["questions"]] == [1, 1]
    assert client.get("/api/v1/results/nope").status_code == 404


def test_packs_lists_published_only(client, make_pack):
    make_pack(title="Live")
    make_pack(title="Draft", status="draft")
    titles = [p["title"] for p in client.get("/api/v1/packs").get_json()["packs"]]
    assert titles == ["Live"]
