"""Read-only JSON API (/api/v1): published packs, leaderboards and finished results."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException

from quiz.play.catalog import published_pack, published_packs
from quiz.play.service import play_by_token
from quiz.scores import results, service
from quiz.scores.forms import LeaderboardQuery
from quiz.scores.me import may_see_answers

bp = Blueprint("api", __name__)


@bp.errorhandler(HTTPException)
def api_error(error: HTTPException) -> ResponseReturnValue:
    """Errors of API views as JSON, not the site's HTML error page."""
    return jsonify(error=error.description), error.code or 500


@bp.get("/packs")
def packs() -> ResponseReturnValue:
    """Published packs with their question count, plays and top score."""
    return jsonify(
        packs=[
            {
                "slug": summary.pack.slug,
                "title": summary.pack.title,
                "description": summary.pack.description,
                "questions": summary.question_count,
                "plays": summary.play_count,
                "top_score": summary.top_score,
            }
            for summary in published_packs()
        ]
    )


@bp.get("/packs/<slug>/leaderboard")
def leaderboard(slug: str) -> ResponseReturnValue:
    """The same rows as the leaderboard page, for the same query string."""
    pack = published_pack(slug) or abort(404)
    query = LeaderboardQuery.from_request()
    if not query.validate():
        return jsonify(error=f"Check the query: {query.error_text()}."), 400
    context = service.board_context(pack, query)
    board = context["board"]
    me = None
    if context["my_rank"]:
        me = {"rank": context["my_rank"], "page": context["my_page"]}
    return jsonify(
        pack=pack.slug,
        scope=board.scope,
        page=board.page,
        pages=board.pages,
        per_page=board.per_page,
        total=board.total,
        rows=[row.as_dict() for row in board.rows],
        me=me,
    )


@bp.get("/results/<token>")
def result(token: str) -> ResponseReturnValue:
    """A finished play's result; its review (the answers) only as the result page shows it.

    `questions` is null unless this client's session has finished the pack, as on /r/.
    """
    play = play_by_token(token) or abort(404)
    if play.finished_at is None:
        return jsonify(status="playing"), 409
    rank = service.rank_of(play)
    questions = None
    if may_see_answers(play):
        questions = [
            {
                "prompt": item.prompt,
                "choices": item.choices,
                "correct_index": item.correct_index,
                "chosen_index": item.chosen_index,
                "correct": item.correct,
                "outcome": item.outcome,
                "points": item.points,
                "explanation": item.explanation,
                "evidence": item.evidence,
            }
            for item in results.review(play)
        ]
    return jsonify(
        status="finished",
        pack={"slug": play.pack.slug, "title": play.pack.title},
        nickname=play.nickname,
        score=play.score,
        correct_count=play.correct_count,
        question_count=play.question_count,
        total_time_ms=play.total_time_ms,
        finished_at=play.finished_at.isoformat() + "Z",
        flagged=play.flagged,
        rank=rank,
        challenger=(
            {"nickname": play.challenger.nickname, "score": play.challenger.score}
            if play.challenger
            else None
        ),
        questions=questions,
    )
