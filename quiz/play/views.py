"""Fan-facing pages: the pack list, a pack's start page and the play loop.

Every view renders a full page for plain requests and only the changed fragment for htmx
(HX-Request), so the whole game also works without JavaScript.
"""

from __future__ import annotations

from typing import Any

from flask import (
    Blueprint,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    url_for,
)
from flask.typing import ResponseReturnValue

from quiz.extensions import htmx, limiter
from quiz.fragments import fragment_or_page
from quiz.models import Play
from quiz.play import catalog, flow, service
from quiz.play.forms import AnswerForm, StartForm
from quiz.play.nicknames import fun_name
from quiz.scores import service as leaderboard
from quiz.scores.me import may_see_answers, remember_my_play

bp = Blueprint("play", __name__)

DEFAULT_START_RATE_LIMIT = "10 per minute"


def result_url(token: str) -> str:
    """The public result page of a play (built by the scores blueprint)."""
    return url_for("scores.result", token=token)


def start_rate_limit() -> str:
    """How many plays one client may start (PLAY_START_RATE_LIMIT, e.g. "10 per minute")."""
    return current_app.config.get("PLAY_START_RATE_LIMIT") or DEFAULT_START_RATE_LIMIT


@bp.get("/")
def home() -> ResponseReturnValue:
    """Published packs with their stats."""
    return render_template("play/home.html", summaries=catalog.published_packs())


@bp.route("/p/<slug>", methods=["GET", "POST"])
@limiter.limit(start_rate_limit, methods=["POST"])
def start(slug: str) -> ResponseReturnValue:
    """A pack's start page; posting the nickname form starts a play."""
    pack = catalog.published_pack(slug) or abort(404)
    form = StartForm()
    if request.method == "GET":
        form.challenge.data = request.args.get("challenge", "")
    challenger = catalog.challenge_play(pack, form.challenge.data)
    if challenger is None:
        form.challenge.data = ""  # echo only a real challenge back into the form
    error = None
    if form.validate_on_submit():
        try:
            play = service.start_play(pack, form.nickname.data or fun_name(), challenger=challenger)
        except service.PlayError as exc:
            error = str(exc)
        else:
            return redirect(url_for("play.play", token=play.token), 303)
    page = render_template(
        "play/start.html",
        pack=pack,
        form=form,
        error=error,
        challenger=challenger,
        blurb=catalog.blurb(pack),
        question_stats=catalog.question_stats(pack),
        top=leaderboard.top_plays(pack),
    )
    return page, 400 if form.errors or error else 200


@bp.get("/play/<token>")
def play(token: str) -> ResponseReturnValue:
    """The play page: get ready, the current question, or feedback on the last answer."""
    # A GET (or HEAD) never starts a clock: a browser's prefetch, a link preview or a
    # crawler may send it. The first question is served by the Start button's POST.
    current = _play_or_404(token, with_pack=not htmx)  # the full page shows the pack title
    if _finished_elsewhere(current):
        return _to_result(current)
    running = not current.is_finished
    return _show(current, flow.current_screen(current), was_running=running)


@bp.post("/play/<token>/next")
def next_question(token: str) -> ResponseReturnValue:
    """Start and Next: serve the current question, or go to the result once finished."""
    # A POST, not a link: serving starts the question's clock, and a GET may be sent by a
    # browser's prefetch or a link preview before the player ever presses a button.
    current = _play_or_404(token)
    screen = flow.next_screen(current)
    if screen is None:
        return _to_result(current)
    if not htmx:
        return redirect(url_for("play.play", token=token), 303)
    return _show(current, screen, was_running=False)


@bp.post("/play/<token>/answer")
def answer(token: str) -> ResponseReturnValue:
    """Grade an answer: the feedback fragment for htmx, else redirect (PRG)."""
    current = _play_or_404(token)
    if _finished_elsewhere(current):
        return _to_result(current)  # a replay would show the stored answer's feedback
    running = not current.is_finished
    form = AnswerForm()
    if not form.validate_on_submit() or form.position.data is None:
        errors = [e for field_errors in form.errors.values() for e in field_errors]
        return _refused(current, errors[0] if errors else "That answer was not understood.", 400)
    try:
        stored = service.submit_answer(current, form.position.data, form.choice.data)
    except service.AnswerRefused as exc:
        return _refused(current, str(exc), 409)
    if htmx:
        return _show(current, flow.feedback_screen(current, stored.position), was_running=running)
    # Without JavaScript too, the last answer's feedback comes before the result (PRG).
    _remember_if_it_ended(current, running)
    return redirect(url_for("play.play", token=token), 303)


def _play_or_404(token: str, *, with_pack: bool = False) -> Play:
    # The play and its current question in one query: every view here needs both.
    return service.load_play(token, with_pack=with_pack) or abort(404)


def _finished_elsewhere(current: Play) -> bool:
    """A finished play seen from a browser that has not finished its pack.

    Its token is in the share link, and its cards name right answers: such a visitor
    gets the public result instead, as on /r/<token>.
    """
    return current.is_finished and not may_see_answers(current)


def _show(current: Play, screen: flow.Screen | None, *, was_running: bool) -> ResponseReturnValue:
    """Render the card: the fragment (with out-of-band score bar) for htmx, else the page."""
    if screen is None:  # a finished play with nothing to show
        return _to_result(current)
    _remember_if_it_ended(current, was_running)
    context: dict[str, Any] = {
        "play": current,
        "screen": screen,
        "seconds_left": service.seconds_left(screen.question),
    }
    # The fragment also refreshes the score bar out of band; the page holds its own.
    return fragment_or_page("play/_card.html", "play/play.html", oob=bool(htmx), **context)


def _remember_if_it_ended(current: Play, was_running: bool) -> None:
    # The play ended in this request (its last answer, or a timeout seen on reload): this
    # browser played it, so its session remembers it, for the leaderboard's highlight and
    # the answers of the review. A play that had already ended proves nothing of the kind.
    if was_running and current.is_finished:
        remember_my_play(current)


def _to_result(current: Play) -> ResponseReturnValue:
    url = result_url(current.token)
    if htmx:
        return "", 200, {"HX-Redirect": url}
    return redirect(url, 303)


def _refused(current: Play, message: str, status: int) -> ResponseReturnValue:
    return fragment_or_page(
        "play/_refused.html", "play/refused.html", status, play=current, message=message
    )
