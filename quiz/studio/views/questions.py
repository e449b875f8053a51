"""Per-question review actions; each answers htmx with fragments, plain posts with a redirect."""

from __future__ import annotations

from typing import Any

from flask import flash, make_response, redirect, render_template, request, url_for
from flask_login import current_user

from quiz.extensions import db, htmx
from quiz.fragments import fragment_or_page
from quiz.models import Pack, Question
from quiz.studio import bp
from quiz.studio.access import editor_required
from quiz.studio.forms import QuestionForm
from quiz.studio.pack_page import get_pack, get_question, pack_context
from quiz.studio.services import reviewing

STATUS_ACTIONS = {"approve": "approved", "reject": "rejected", "reopen": "draft"}


def done(
    question: Question | None,
    message: str,
    *,
    whole_list: bool = False,
    error: bool = False,
    pack: Pack | None = None,
):
    """Commit, then the changed fragment (htmx) or a redirect back to the pack page."""
    if pack is None:
        if question is None:
            raise TypeError("done() needs the question or its pack")
        pack = question.pack
    if error:
        db.session.rollback()
    else:
        db.session.commit()
    if htmx:
        template = (
            "studio/_questions_response.html" if whole_list else "studio/_question_response.html"
        )
        return render_template(template, question=question, message=message, **pack_context(pack))
    flash(message, "error" if error else "message")
    on_page = question is not None and question in pack.questions
    anchor = f"question-{question.id}" if question is not None and on_page else "questions"
    return redirect(url_for("studio.pack", pack_id=pack.id, _anchor=anchor))


@bp.get("/questions/<int:question_id>")
@editor_required
def question(question_id: int):
    """One question card (htmx: after cancelling an edit); otherwise its place on the pack page."""
    item = get_question(question_id)
    if htmx:
        return render_template("studio/_question.html", question=item, pack=item.pack)
    return redirect(url_for("studio.pack", pack_id=item.pack_id, _anchor=f"question-{item.id}"))


@bp.post("/questions/<int:question_id>/<any(approve, reject, reopen):action>")
@editor_required
def question_status(question_id: int, action: str):
    """Approve, reject or reopen one question."""
    item = get_question(question_id)
    try:
        reviewing.set_status(item, STATUS_ACTIONS[action], current_user)
    except reviewing.ReviewError as exc:
        return done(item, str(exc), error=True)
    return done(item, f"Question {item.position + 1} {STATUS_ACTIONS[action]}.")


@bp.route("/questions/<int:question_id>/edit", methods=["GET", "POST"])
@editor_required
def edit_question(question_id: int):
    """Edit prompt, options, correct option, explanation, difficulty and time limit."""
    item = get_question(question_id)
    form = QuestionForm()
    if request.method == "GET":
        form.load(item)
    elif form.validate_on_submit():
        reviewing.save_question(item.pack, item, question_input(form), current_user)
        return done(item, f"Question {item.position + 1} saved.")
    return render_form(form, item.pack, item)


@bp.route("/packs/<int:pack_id>/questions/new", methods=["GET", "POST"])
@editor_required
def new_question(pack_id: int):
    """Add a question by hand with the same form as editing."""
    pack = get_pack(pack_id)
    form = QuestionForm()
    if form.validate_on_submit():
        item = reviewing.save_question(pack, None, question_input(form), current_user)
        response = done(item, f"Question {item.position + 1} added.", whole_list=True)
        if htmx:
            # The form sits in its own slot; the new card belongs in the list.
            response = _retarget(response, "#questions")
        return response
    return render_form(form, pack, None)


@bp.post("/questions/<int:question_id>/distractors")
@editor_required
def new_distractors(question_id: int):
    """Replace the wrong options with fresh ones from the engine."""
    item = get_question(question_id)
    article = item.pack.article.raw_text if item.pack.article else ""
    try:
        reviewing.new_wrong_options(item, article, current_user)
    except reviewing.ReviewError as exc:
        return done(item, str(exc), error=True)
    return done(item, f"Question {item.position + 1}: new wrong options.")


@bp.post("/questions/<int:question_id>/move/<any(up, down):direction>")
@editor_required
def move_question(question_id: int, direction: str):
    """Move a question one place up or down."""
    item = get_question(question_id)
    reviewing.move(item, -1 if direction == "up" else 1, current_user)
    return done(item, f"Moved to position {item.position + 1}.", whole_list=True)


@bp.post("/questions/<int:question_id>/delete")
@editor_required
def delete_question(question_id: int):
    """Delete a question from the pack."""
    item = get_question(question_id)
    pack = item.pack
    try:
        reviewing.delete_question(item, current_user)
    except reviewing.ReviewError as exc:
        return done(item, str(exc), error=True)
    return done(item, "Question deleted.", whole_list=True, pack=pack)


@bp.post("/packs/<int:pack_id>/approve-all")
@editor_required
def approve_all(pack_id: int):
    """Approve every draft question of the pack at once."""
    pack = get_pack(pack_id)
    count = reviewing.approve_all(pack, current_user)
    return done(None, f"{count} questions approved.", whole_list=True, pack=pack)


@bp.post("/packs/<int:pack_id>/reorder")
@editor_required
def reorder(pack_id: int):
    """Save a new order sent by drag and drop (question ids in order)."""
    pack = get_pack(pack_id)
    try:
        ids = [int(value) for value in request.form.getlist("order")]
        reviewing.reorder(pack, ids, current_user)
    except (ValueError, reviewing.ReviewError):
        db.session.rollback()
        message = "That order does not match the pack's questions; reload the page."
        return render_template("studio/_status.html", message=message, oob=False), 400
    return done(None, "Order saved.", whole_list=True, pack=pack)


def question_input(form: QuestionForm) -> reviewing.QuestionInput:
    """The validated form as service input."""
    if form.prompt.data is None or form.time_limit.data is None:
        raise ValueError("question_input() takes a QuestionForm that passed validation")
    return reviewing.QuestionInput(
        prompt=form.prompt.data,
        options=form.option_texts(),
        correct_index=int(form.correct.data),
        explanation=form.explanation.data or "",
        difficulty=form.difficulty.data,
        time_limit=form.time_limit.data,
    )


def render_form(form: QuestionForm, pack: Any, item: Question | None):
    """The question form with errors in place: the fragment for htmx, else a page."""
    status = 200 if htmx or not form.errors else 400
    return fragment_or_page(
        "studio/_question_form.html",
        "studio/question_form.html",
        status,
        form=form,
        pack=pack,
        question=item,
    )


def _retarget(response: Any, selector: str) -> Any:
    response = make_response(response)
    response.headers["HX-Retarget"] = selector
    response.headers["HX-Reswap"] = "outerHTML"
    return response
