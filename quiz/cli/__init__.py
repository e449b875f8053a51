"""The `quiz` command: Flask's CLI group with the app's own commands."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import FlaskGroup, ScriptInfo, routes_command, run_command, shell_command

from quiz import create_app, instance_path
from quiz.cli.database import database_errors, ensure_current_schema, where


@click.command("run", params=list(run_command.params))
@click.pass_context
def run(ctx: click.Context, **options: object) -> None:
    """Migrate the database and seed the demo pack, then serve on 127.0.0.1:5000."""
    prepare(ctx)
    ctx.invoke(run_command, **options)


@click.command("init")
@click.pass_context
def init(ctx: click.Context) -> None:
    """Create or migrate the database and seed the demo pack, without serving."""
    slug = prepare(ctx)
    click.echo(f"Database ready; demo pack {slug!r} published." if slug else "Database ready.")


def prepare(ctx: click.Context) -> str | None:
    """Run first-start preparation inside the app's context; the new demo pack's slug."""
    from quiz.bootstrap import prepare_instance

    app = ctx.ensure_object(ScriptInfo).load_app()
    with app.app_context(), database_errors():
        click.echo(f"Instance folder: {app.instance_path}; database: {where()}", err=True)
        ensure_current_schema()  # a database it cannot migrate is refused in one line
        pack = prepare_instance(current_app.config["DEMO_ARTICLE"])
        # Read the slug here: once the context ends the session is gone and pack detached.
        return pack.slug if pack else None


def build_cli() -> click.Group:
    """Assemble the `quiz` group from Flask's commands and the app's own."""
    group = FlaskGroup(
        create_app=create_app,
        add_default_commands=False,
        help="Trivia packs from news articles.",
        epilog=(
            f"Every command uses the instance folder {instance_path()} (SQLite database,"
            " secret key, config.py) from any directory; set QUIZ_INSTANCE_PATH to use"
            " another, DATABASE_URL for PostgreSQL."
        ),
    )
    for command in (run, init, shell_command, routes_command):
        group.add_command(command)
    from quiz.cli.serve import serve  # gunicorn loads only with this command's module

    group.add_command(serve)
    from quiz.cli.generate import generate  # needs no app: it reads an article, prints a pack

    group.add_command(generate)
    from quiz.cli import packs, staff  # studio commands: create-staff, import-pack, export-pack

    group.add_command(staff.create_staff)
    group.add_command(packs.import_pack_command)
    group.add_command(packs.export_pack_command)
    return group


cli = build_cli()


def main() -> None:
    """Entry point of the `quiz` console script."""
    cli.main(prog_name="quiz")
