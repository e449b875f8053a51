"""Result pages (the share links), their score cards, and pack leaderboards."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    url_for,
)
from flask.typing import ResponseReturnValue

from quiz.fragments import fragment_or_page
from quiz.models import Play
from quiz.play.catalog import published_pack
from quiz.play.service import play_by_token
from quiz.scores import card, results, service
from quiz.scores.forms import LeaderboardQuery

bp = Blueprint("scores", __name__)

# Ranks move as others play, so cards are revalidated often (cheap: ETag and 304).
CARD_MAX_AGE = 300


@bp.app_template_filter("thousands")
def thousands(value: int) -> str:
    """7800 -> '7,800'."""
    return f"{value:,}"


@bp.app_template_filter("duration")
def duration(ms: int) -> str:
    """Milliseconds as '42.5 s' or '3:05.2'."""
    return results.format_ms(ms)


@bp.get("/r/<token>")
def result(token: str) -> ResponseReturnValue:
    """A play's public result; a play still running sends its player back to it."""
    play = play_by_token(token) or abort(404)
    if not play.is_finished:
        # Only the player holds the link of an unfinished play: take them back to it.
        return redirect(url_for("play.play", token=play.token), 302)
    context = results.page_context(play, current_app.config["LEADERBOARD_PAGE_SIZE"])
    return render_template("scores/result.html", **context)


@bp.get("/r/<token>/card.png")
def card_png(token: str) -> ResponseReturnValue:
    """The result's 1200x630 share image, cached and revalidated by ETag."""
    play = play_by_token(token) or abort(404)
    if not play.is_finished:
        abort(404)
    text = _card_text(play)
    etag = text.etag()
    if request.if_none_match.contains(etag):  # skip drawing for a cached copy
        response = Response(status=304)
    else:
        response = Response(card.render_card(text), mimetype="image/png")
    response.set_etag(etag)
    response.cache_control.public = True
    response.cache_control.max_age = CARD_MAX_AGE
    return response


@bp.get("/p/<slug>/leaderboard")
def leaderboard(slug: str) -> ResponseReturnValue:
    """A pack's board in one scope; htmx swaps only the board fragment."""
    pack = published_pack(slug) or abort(404)
    query = LeaderboardQuery.from_request()
    if not query.validate():
        abort(400, description=f"Check the address: {query.error_text()}.")
    context = service.board_context(pack, query)
    return fragment_or_page(
        "scores/_leaderboard.html", "scores/leaderboard.html", pack=pack, **context
    )


def _card_text(play: Play) -> card.CardText:
    rank = service.rank_of(play)
    rank_line = f"Rank #{rank:,}" if rank else ("Under review" if play.flagged else "")
    # Only the configured public host goes on a publicly cached image, never the request's.
    base = current_app.config.get("PUBLIC_BASE_URL") or ""
    return card.CardText(
        play.pack.title,
        play.nickname,
        play.score,
        play.correct_count,
        play.question_count,
        rank_line,
        urlsplit(base).hostname or "",
    )
