"""A finished play's public result: its review, rank and challenge comparison.

Everything here reads the play's own snapshot (PlayQuestion and Answer), never the
pack's current questions, so editing a pack later never changes a shared result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import current_app, request, url_for
from sqlalchemy import select

from quiz.extensions import db
from quiz.models import Play
from quiz.play.scoring import RIGHT, TIMEOUT, outcome
from quiz.scores import service
from quiz.scores.me import is_my_play, may_see_answers
from quiz.scores.queries import ORDER


@dataclass(frozen=True)
class ReviewItem:
    """One question of a play as the player saw and answered it."""

    position: int
    prompt: str
    choices: list[str]
    correct_index: int
    chosen_index: int | None
    answered: bool
    correct: bool
    points: int  # streak bonus included (see Answer.points)
    streak_bonus: int
    explanation: str
    evidence: str
    outcome: str  # right, wrong or timeout (quiz.play.scoring.outcome)

    @property
    def timed_out(self) -> bool:
        """True when time ran out before an answer counted."""
        return self.outcome == TIMEOUT

    @property
    def chosen_text(self) -> str | None:
        """The option the player picked, if any."""
        return None if self.chosen_index is None else self.choices[self.chosen_index]

    @property
    def correct_text(self) -> str:
        """The right option."""
        return self.choices[self.correct_index]


def page_context(play: Play, per_page: int) -> dict[str, Any]:
    """Everything the result page shows for a finished play."""
    rank = service.rank_of(play)
    total = service.board_size(play.pack_id)
    # The answers only for a browser that has finished this pack (see may_see_answers).
    show_answers = may_see_answers(play)
    return {
        "play": play,
        "rank": rank,
        "total": total,
        "show_answers": show_answers,
        "is_mine": is_my_play(play),
        "items": review_order(review(play)) if show_answers else [],
        "comparison": compare(play),
        "challengers": challengers_of(play),
        "podium": service.top_plays(play.pack),
        "share_url": public_url("scores.result", token=play.token),
        "card_url": public_url("scores.card_png", token=play.token),
        "challenge_url": challenge_url(play),
        "share_title": share_title(play),
        "share_description": share_description(play, rank, total),
        "challenge_text": challenge_text(play),
        "per_page": per_page,
    }


def challenge_url(play: Play) -> str:
    """The link that challenges a friend: the pack's start page and the play's own code."""
    return public_url("play.start", slug=play.pack.slug, challenge=play.challenge_code)


def review(play: Play) -> list[ReviewItem]:
    """The play's questions with its answers, in play order."""
    answers = {answer.position: answer for answer in play.answers}
    items = []
    for question in play.questions:
        answer = answers.get(question.position)
        correct = bool(answer and answer.correct)
        chosen = answer.choice_index if answer else None
        elapsed = answer.elapsed_ms if answer else question.time_limit * 1000
        items.append(
            ReviewItem(
                position=question.position,
                prompt=question.prompt,
                choices=list(question.choices),
                correct_index=question.correct_index,
                chosen_index=chosen,
                answered=chosen is not None,
                correct=correct,
                points=answer.points if answer else 0,
                streak_bonus=answer.streak_bonus if answer else 0,
                explanation=question.explanation,
                evidence=question.evidence,
                outcome=outcome(
                    correct=correct,
                    choice_index=chosen,
                    elapsed_ms=elapsed,
                    time_limit_s=question.time_limit,
                ),
            )
        )
    return items


def review_order(items: list[ReviewItem]) -> list[ReviewItem]:
    """Misses first (wrong, then time's up), then the right ones, each in play order."""
    rank = {RIGHT: 2, TIMEOUT: 1}
    return sorted(items, key=lambda item: (rank.get(item.outcome, 0), item.position))


@dataclass(frozen=True)
class Comparison:
    """A challenged play set against the play that challenged it."""

    mine: Play
    theirs: Play
    rows: list[tuple[int, str, ReviewItem | None, ReviewItem | None]]
    winner: Play | None  # None: a draw


def compare(play: Play) -> Comparison | None:
    """Question-by-question comparison with the challenger, once both have finished."""
    rival = play.challenger
    if rival is None or not (play.is_finished and rival.is_finished):
        return None
    mine = {item.position: item for item in review(play)}
    theirs = {item.position: item for item in review(rival)}
    rows = []
    for position in sorted(set(mine) | set(theirs)):
        prompt = (mine.get(position) or theirs[position]).prompt
        rows.append((position + 1, prompt, mine.get(position), theirs.get(position)))
    return Comparison(play, rival, rows, winner_of(play, rival))


def winner_of(first: Play, second: Play) -> Play | None:
    """Leaderboard rules decide: score, then the faster total time; else a draw."""
    a, b = (-first.score, first.total_time_ms), (-second.score, second.total_time_ms)
    if a == b:
        return None
    return first if a < b else second


def challengers_of(play: Play, limit: int = 10) -> list[Play]:
    """Finished plays that answered this play's challenge link, best first."""
    query = (
        select(Play)
        .where(Play.challenger_id == play.id, Play.finished_at.is_not(None))
        .order_by(*ORDER)
        .limit(limit)
    )
    return list(db.session.scalars(query))


def public_url(endpoint: str, **values: Any) -> str:
    """Absolute URL on PUBLIC_BASE_URL (else the request's host) for share links and meta."""
    base = current_app.config.get("PUBLIC_BASE_URL") or request.url_root
    return base.rstrip("/") + url_for(endpoint, **values)


def share_title(play: Play) -> str:
    """'Sam scored 7,800 on John Legend's Mini-Me quiz' (plain text; templates escape it)."""
    return f"{play.nickname} scored {play.score:,} on {quiz_name(play)}"


def challenge_text(play: Play) -> str:
    """What a shared challenge says: 'Can you beat my 7,800 on John Legend's Mini-Me quiz?'."""
    return f"Can you beat my {play.score:,} on {quiz_name(play)}?"


def quiz_name(play: Play) -> str:
    """The pack's title as a quiz's name: "... quiz" unless it says so already."""
    title = play.pack.title.strip()
    return title if title.lower().endswith("quiz") else f"{title} quiz"


def share_description(play: Play, rank: int | None, total: int) -> str:
    """One line for link previews: right answers, time, and place."""
    line = f"{play.correct_count} of {play.question_count} right in {format_ms(play.total_time_ms)}"
    if rank is not None:
        line += f", #{rank:,} of {total:,}"
    return line + ". Can you beat it?"


def format_ms(ms: int) -> str:
    """Answer time as '42.5 s' or '3:05.2'."""
    seconds = ms / 1000
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes)}:{rest:04.1f}"
