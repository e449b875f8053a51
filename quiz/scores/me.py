"""Which play on a leaderboard is the visitor's own.

Two sources, first match wins: `?me=<token>` (the result page links to the board with
it), then the signed session entry the play flow may write with remember_my_play()
when a fan finishes. A token only ever highlights a finished play of that same pack.
"""

from __future__ import annotations

from flask import session

from quiz.models import Pack, Play
from quiz.play.catalog import finished_play_of

SESSION_KEY = "my_plays"


def remember_my_play(play: Play) -> None:
    """Remember in the session that this browser played `play` (one entry per pack)."""
    mine = dict(session.get(SESSION_KEY) or {})
    mine[str(play.pack_id)] = play.token
    session[SESSION_KEY] = mine


def my_play(pack: Pack, token: str | None) -> Play | None:
    """The visitor's finished play of this pack, from ?me= or the session."""
    candidates = [token, (session.get(SESSION_KEY) or {}).get(str(pack.id))]
    for candidate in candidates:
        play = finished_play_of(pack, candidate)
        if play is not None:
            return play
    return None
