"""`quiz import-pack` and `quiz export-pack`: pack files from and to the command line."""

from __future__ import annotations

from pathlib import Path

import click
from flask.cli import with_appcontext

from quiz.packs.files import EXPORT_FORMATS


@click.command("import-pack")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--title", help="Title for CSV and spreadsheet files (default: the file name).")
@with_appcontext
def import_pack_command(file: Path, title: str | None) -> None:
    """Import a pack file (JSON, CSV or Kahoot .xlsx) as a draft; all of it or none of it."""
    from quiz.extensions import db
    from quiz.packs import PackFormatError, import_pack
    from quiz.packs.files import read_pack_file
    from quiz.studio.services import audit

    try:
        document = read_pack_file(file.read_bytes(), file.name, title)
        pack = import_pack(document)
    except PackFormatError as exc:
        db.session.rollback()
        for problem in exc.errors:
            click.echo(f"{file.name}: {problem}", err=True)
        raise click.ClickException("nothing was imported.") from None
    audit.record(None, "pack.import", "pack", pack.id, f"command line: {file.name}")
    db.session.commit()
    click.echo(f"Imported {pack.slug!r}: {len(pack.questions)} questions, status {pack.status}.")


@click.command("export-pack")
@click.argument("slug")
@click.option("--format", "fmt", type=click.Choice(list(EXPORT_FORMATS)), default="json")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def export_pack_command(slug: str, fmt: str, output: Path | None) -> None:
    """Write a pack as JSON, CSV, a Kahoot spreadsheet or GIFT (to stdout unless -o)."""
    from sqlalchemy import select

    from quiz.extensions import db
    from quiz.models import Pack
    from quiz.packs import export_pack
    from quiz.packs.files import export_file

    pack = db.session.scalar(select(Pack).where(Pack.slug == slug))
    if pack is None:
        raise click.ClickException(f"no pack has the slug {slug!r}.")
    exported = export_file(export_pack(pack), fmt, pack.slug)
    if output is not None:
        output.write_bytes(exported.content)
        click.echo(f"Wrote {output} ({len(exported.content)} bytes).", err=True)
    elif fmt == "kahoot":
        raise click.ClickException("a spreadsheet is binary: give a file with -o.")
    else:
        click.echo(exported.content, nl=False)
