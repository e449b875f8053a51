"""Pack files in the studio: import JSON, CSV or Kahoot; export JSON, CSV, Kahoot or GIFT."""

from __future__ import annotations

from flask import Response, flash, redirect, render_template, url_for
from flask_login import current_user

from quiz.extensions import db
from quiz.packs import PackFormatError, export_pack, import_pack
from quiz.packs.files import export_file, read_pack_file
from quiz.studio import bp
from quiz.studio.access import editor_required
from quiz.studio.forms import ImportForm
from quiz.studio.pack_page import get_pack
from quiz.studio.services import audit


@bp.route("/import", methods=["GET", "POST"])
@editor_required
def import_pack_file():
    """Upload a pack file; it becomes a draft pack whole, or nothing is stored."""
    form = ImportForm()
    errors: list[str] = []
    if form.validate_on_submit():
        upload = form.upload.data
        if not upload or not upload.filename:
            errors = ["Choose a .json, .csv or .xlsx file to import."]
        else:
            try:
                document = read_pack_file(upload.read(), upload.filename, form.title.data)
                pack = import_pack(document, staff=current_user)
            except PackFormatError as exc:
                db.session.rollback()
                errors = exc.errors
            else:
                audit.record(
                    current_user,
                    "pack.import",
                    "pack",
                    pack.id,
                    f"{upload.filename}: {len(pack.questions)} questions",
                )
                db.session.commit()
                flash(f"Imported {len(pack.questions)} questions as a draft pack.")
                return redirect(url_for("studio.pack", pack_id=pack.id))
    status = 400 if errors else 200
    return render_template("studio/import.html", form=form, errors=errors), status


@bp.get("/packs/<int:pack_id>/export/<any(json, csv, kahoot, gift):fmt>")
@editor_required
def export_pack_file(pack_id: int, fmt: str):
    """Download the pack in one of the export formats."""
    pack = get_pack(pack_id)
    exported = export_file(export_pack(pack), fmt, pack.slug)
    return Response(
        exported.content,
        content_type=exported.mimetype,  # complete: a mimetype= would get a second charset
        headers={"Content-Disposition": f'attachment; filename="{exported.filename}"'},
    )
