"""`quiz create-staff`: add a studio account from the command line."""

from __future__ import annotations

import sys

import click
from flask.cli import with_appcontext

from quiz.models.staff import ROLES


def read_password() -> str:
    """A hidden, confirmed prompt at a terminal; the first line of stdin otherwise."""
    if sys.stdin.isatty():
        return click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return sys.stdin.readline().rstrip("\r\n")


@click.command("create-staff")
@click.argument("email")
@click.option("--role", type=click.Choice(ROLES), default="editor", show_default=True)
@with_appcontext
def create_staff(email: str, role: str) -> None:
    """Create a studio account; the password comes from a prompt or stdin, never arguments."""
    from quiz.extensions import db
    from quiz.studio.services.accounts import StaffError
    from quiz.studio.services.accounts import create_staff as add_staff

    password = read_password()
    try:
        staff = add_staff(email, password, role)
    except StaffError as exc:
        db.session.rollback()
        raise click.ClickException(str(exc)) from None
    db.session.commit()
    click.echo(f"Created {staff.role} {staff.email}.")
