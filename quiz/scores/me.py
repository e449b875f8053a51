"""Which play on a leaderboard is the visitor's own, and who may see a play's answers.

Two sources, first match wins: `?me=<token>`, then the signed session entry the play
flow writes with remember_my_play() when a fan finishes. A token only ever highlights a
finished play of that same pack. Answers (a result's review) go only by the session: a
share link's token proves nothing about who is looking.
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


def is_my_play(play: Play) -> bool:
    """True when this browser's session played this very play (no query needed)."""
    return (session.get(SESSION_KEY) or {}).get(str(play.pack_id)) == play.token


def may_see_answers(play: Play) -> bool:
    """True when this browser has finished the play's pack: its own play, or another one."""
    # Whoever has played the pack to the end knows its answers already; anyone else would
    # read them before playing (a challenged friend, say), so they see the score only.
    return my_play(play.pack, None) is not None
