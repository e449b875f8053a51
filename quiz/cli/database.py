"""Commands that need the database: open it at the current schema, or stop with one line."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click
from flask import current_app
from flask.cli import ScriptInfo
from sqlalchemy.exc import SQLAlchemyError

F = TypeVar("F", bound=Callable[..., Any])


def needs_database(command: F) -> F:
    """Run the command inside the app with its database migrated to the current schema.

    A new database is migrated first (as `quiz init` would); one that cannot be opened or
    was migrated by a newer version of the app stops the command with one line naming it.
    """

    @functools.wraps(command)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        app = click.get_current_context().ensure_object(ScriptInfo).load_app()
        with app.app_context():
            with database_errors():
                ensure_current_schema()
                return command(*args, **kwargs)

    return wrapped  # type: ignore[return-value]


@contextmanager
def database_errors() -> Iterator[None]:
    """Turn a database failure inside the block into one line on stderr and exit 1."""
    try:
        yield
    except SQLAlchemyError as exc:
        raise click.ClickException(f"the database {where()} failed: {reason(exc)}") from None


def ensure_current_schema() -> None:
    """Migrate a new or older database to the newest revision; refuse one the app does not know."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from quiz.database import upgrade_schema
    from quiz.extensions import db

    migrate = current_app.extensions["migrate"].migrate
    scripts = ScriptDirectory.from_config(migrate.get_config())
    try:
        with db.engine.connect() as connection:
            current = set(MigrationContext.configure(connection).get_current_heads())
    except SQLAlchemyError as exc:
        raise click.ClickException(f"cannot open the database {where()}: {reason(exc)}") from None
    if current == set(scripts.get_heads()):
        return
    for revision in current:
        try:
            scripts.get_revision(revision)
        except CommandError:
            raise click.ClickException(
                f"the database {where()} is at schema revision {revision}, which this version"
                " of the app does not know; use the version that migrated it."
            ) from None
    upgrade_schema()
    click.echo(f"Migrated the database {where()} to the current schema.", err=True)


def where() -> str:
    """The database in words: the SQLite file's path, else its URL without the password."""
    from quiz.extensions import db

    url = db.engine.url
    if url.get_backend_name() == "sqlite" and url.database:
        return url.database
    return url.render_as_string(hide_password=True)


def reason(error: BaseException) -> str:
    """The driver's own first line, without SQLAlchemy's statement and background link."""
    original = getattr(error, "orig", None) or error
    lines = str(original).strip().splitlines()
    return lines[0] if lines else type(original).__name__
