"""Helpers shared by the play tests: start a play and drive it through the test client."""

from __future__ import annotations

from typing import Any

from flask.testing import FlaskClient

from quiz import clock
from quiz.extensions import db
from quiz.models import Answer, Play, PlayQuestion
from quiz.play import service
from quiz.scores.me import SESSION_KEY


def start(pack: Any, nickname: str = "Sam", **kwargs: Any) -> Play:
    """Start a play through the service, as the start page does."""
    return service.start_play(pack, nickname, **kwargs)


def answer(client: FlaskClient, play: Play, choice: int, position: int | None = None):
    """Post an answer form for the play's current (or the given) position."""
    pos = play.current_position if position is None else position
    return client.post(
        f"/play/{play.token}/answer", data={"position": str(pos), "choice": str(choice)}
    )


def stored_question(play: Play, position: int) -> PlayQuestion:
    """The question the play's snapshot holds at a position (there must be one)."""
    question = service.question_at(play, position)
    assert question is not None, f"the play has no question at position {position}"
    return question


def right_index(play: Play, position: int) -> int:
    """Index of the correct option in the play's snapshot (what the grader uses)."""
    return stored_question(play, position).correct_index


def finish(play: Play, score: int, *, flagged: bool = False) -> None:
    """Mark a play finished with a score, as if it had been played."""
    play.score, play.flagged, play.finished_at = score, flagged, clock.utcnow()
    play.current_position = play.question_count
    db.session.commit()


def reload(play: Play) -> Play:
    """The play as stored now (drops what the session cached)."""
    db.session.expire_all()
    return db.session.get_one(Play, play.id)


def answers(play: Play) -> list[Answer]:
    """The play's stored answers in position order."""
    db.session.expire_all()
    return list(db.session.get_one(Play, play.id).answers)


def played_by(client: FlaskClient, play: Play) -> FlaskClient:
    """Give the client the session of the browser that finished `play`, as finishing does."""
    with client.session_transaction() as session:
        session[SESSION_KEY] = {**session.get(SESSION_KEY, {}), str(play.pack_id): play.token}
    return client
