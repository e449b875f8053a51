"""Studio pages for packs: the list, a new draft from an article, details and publishing."""

from __future__ import annotations

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.exceptions import RequestEntityTooLarge

from quiz.extensions import db, htmx
from quiz.fragments import fragment_or_page
from quiz.studio import bp
from quiz.studio.access import editor_required
from quiz.studio.forms import ArticleForm, PackMetaForm, SearchForm
from quiz.studio.pack_page import get_pack, pack_context
from quiz.studio.services import authoring


@bp.get("/")
@editor_required
def packs():
    """Every pack with its status, counts, plays and last edit; live search by title."""
    form = SearchForm(request.args)
    rows = authoring.list_packs(form.q.data or "")
    return fragment_or_page("studio/_pack_rows.html", "studio/packs.html", form=form, rows=rows)


@bp.route("/packs/new", methods=["GET", "POST"])
@editor_required
def new_pack():
    """Paste or upload an article; the engine drafts a pack and the editor lands on it."""
    from quiz.questions import ArticleInputError

    limit = current_app.config["ARTICLE_MAX_BYTES"]
    try:
        form = ArticleForm()
    except RequestEntityTooLarge:
        # The body was over the request limits, so there is no text to give back.
        message = f"The article is larger than {limit:,} bytes; upload a shorter one."
        return render_template(
            "studio/new_pack.html", form=ArticleForm(formdata=None), error=message
        ), 413
    error = None
    if form.validate_on_submit():
        upload = form.upload.data
        try:
            if upload and upload.filename:
                text = authoring.read_article_upload(upload.filename, upload.read(), limit)
            else:
                text = authoring.check_pasted_article(form.text.data or "", limit)
            pack = authoring.create_pack_from_article(text, current_user)
        except ArticleInputError as exc:
            db.session.rollback()
            error = _sentence(str(exc))
        else:
            if not pack.questions:
                flash("The engine found no facts to ask about; add questions by hand.", "error")
            return redirect(url_for("studio.pack", pack_id=pack.id))
    status = 400 if error else 200
    return render_template("studio/new_pack.html", form=form, error=error), status


@bp.get("/packs/<int:pack_id>")
@editor_required
def pack(pack_id: int):
    """The draft or published pack: details, every question, the article beside them."""
    return render_template("studio/pack.html", **pack_context(get_pack(pack_id)))


@bp.post("/packs/<int:pack_id>/details")
@editor_required
def pack_details(pack_id: int):
    """Save title, description and (while never published) the slug."""
    pack = get_pack(pack_id)
    form = PackMetaForm()
    error = None
    if form.validate_on_submit():
        try:
            authoring.update_details(
                pack, form.title.data or "", form.description.data, form.slug.data, current_user
            )
        except authoring.AuthoringError as exc:
            db.session.rollback()
            error = str(exc)
        else:
            db.session.commit()
            if not htmx:
                flash("Pack details saved.")
                return redirect(url_for("studio.pack", pack_id=pack.id))
    context = pack_context(pack, meta_form=form, meta_error=error, message="Details saved.")
    status = 200 if htmx or not (error or form.errors) else 400
    return fragment_or_page("studio/_pack_meta.html", "studio/pack.html", status, **context)


@bp.post("/packs/<int:pack_id>/<any(publish, unpublish):action>")
@editor_required
def pack_status(pack_id: int, action: str):
    """Publish (needs 3 approved questions) or unpublish the pack."""
    pack = get_pack(pack_id)
    change = authoring.publish if action == "publish" else authoring.unpublish
    try:
        change(pack, current_user)
    except authoring.AuthoringError as exc:
        db.session.rollback()
        flash(str(exc), "error")
    else:
        db.session.commit()
        flash("Published: fans can play it now." if action == "publish" else "Unpublished.")
    return redirect(url_for("studio.pack", pack_id=pack.id))


def _sentence(message: str) -> str:
    """Engine messages are lower-case fragments; show them as a sentence."""
    message = message.strip()
    if not message:
        return "The article could not be read."
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."
