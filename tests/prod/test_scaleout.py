"""Scale-out: two app instances, one PostgreSQL database, players spread over both."""

from __future__ import annotations

import json
import threading
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from bench.audit import answer_total, audit_plays
from bench.players import CSRF, Client, PlayerLog, play_pack, scrape
from quiz.extensions import db
from quiz.models import Answer, Play

PLAYERS = 16
QUESTIONS = 5


def _leaderboard(base_url: str, slug: str) -> list[tuple[str, int]]:
    with urllib.request.urlopen(f"{base_url}/api/v1/packs/{slug}/leaderboard") as response:
        rows = json.load(response)["rows"]
    return [(row["nickname"], row["score"]) for row in rows]


def test_two_instances_store_every_answer_once(postgresql, serve, make_pack, tmp_path) -> None:
    slug = make_pack(questions=QUESTIONS, title="Scale out").slug
    first, second = serve(), serve()
    ports = [first.port, second.port]
    with ThreadPoolExecutor(max_workers=PLAYERS) as pool:
        # Every player's requests alternate between the instances: the start page's CSRF
        # token and session cookie from one are checked by the other.
        logs = list(
            pool.map(lambda n: play_pack("127.0.0.1", ports, slug, n, 0.0, seed=3), range(PLAYERS))
        )
    assert [log.error for log in logs if log.error] == []
    assert all(log.finished for log in logs)
    assert audit_plays(postgresql, tmp_path / "audit", slug, logs, QUESTIONS) == []
    db.session.expire_all()
    stored = db.session.scalar(select(func.count(Answer.id)).join(Play))
    assert stored == PLAYERS * QUESTIONS

    board = _leaderboard(first.url, slug)
    assert board == _leaderboard(second.url, slug)
    finished = db.session.scalars(
        select(Play)
        .where(Play.finished_at.is_not(None), Play.flagged.is_(False))
        .order_by(Play.score.desc(), Play.total_time_ms, Play.finished_at, Play.id)
    ).all()
    assert board == [(p.nickname, p.score) for p in finished][: len(board)]
    for play in finished:
        assert play.score == sum(answer_total(a) for a in play.answers)


def test_racing_answers_on_both_instances_store_one(postgresql, serve, make_pack) -> None:
    pack = make_pack(questions=3, title="Race")
    first, second = serve(), serve()
    log = PlayerLog()
    client = Client("127.0.0.1", first.port, log)
    page = client.request("GET", f"/p/{pack.slug}")[2]
    csrf = scrape(CSRF, page)
    location = client.request("POST", f"/p/{pack.slug}", {"csrf_token": csrf, "nickname": "Racer"})
    token = location[1]["Location"].rsplit("/", 1)[-1]
    client.request("POST", f"/play/{token}/next", {"csrf_token": csrf}, {"X-CSRFToken": csrf})

    barrier = threading.Barrier(2)
    statuses: list[int] = []

    def answer(port: int, choice: int) -> None:
        racer = Client("127.0.0.1", port, PlayerLog())
        racer.cookie = client.cookie
        barrier.wait()
        body = {"position": 0, "choice": choice, "csrf_token": csrf}
        try:
            statuses.append(
                racer.request("POST", f"/play/{token}/answer", body, {"X-CSRFToken": csrf})[0]
            )
        finally:
            racer.close()  # nginx keeps the connection open for the next request

    threads = [
        threading.Thread(target=answer, args=(p, c)) for p, c in ((first.port, 1), (second.port, 2))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    client.close()
    assert sorted(statuses) == [303, 303]
    play = db.session.scalars(select(Play).where(Play.token == token)).one()
    assert [(a.position, a.choice_index in (1, 2)) for a in play.answers] == [(0, True)]
    assert play.current_position == 1 and play.score == sum(answer_total(a) for a in play.answers)
