"""Migrations against the models and quiz.models.triggers, on the database under test.

`quiz db check` must find nothing to generate (the next `quiz db migrate` starts clean),
and the tally triggers in a migrated database must be exactly what the triggers module
renders: CURRENT at head, and each shipped set at the revision that installed it.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from flask.testing import FlaskCliRunner
from sqlalchemy import text

from quiz.cli import cli
from quiz.extensions import db
from quiz.models import triggers
from tests.helpers import migrate, scratch_app

# Each shipped set's DDL, as sha256 of what transition(None, set) renders per dialect.
# A migration that shipped never changes what it installs: add a set, never edit one.
SHIPPED_DDL = {
    "f7239fd9afc2": {
        "sqlite": "ee423ff0e2af971fa94f775ec863b0e40befc57017571e1a354c58e31de0d8fe",
        "postgresql": "a0707cea914530e8302365e2275bfee9796e15c618ad61dbb23955e3c2d3510a",
    },
    "301523844bcb": {
        "sqlite": "a584783b2cac4721e27e534ff30c0845f52968f4d1dc88038ca88e70a9b0a647",
        "postgresql": "6066f399acc2767e2bce9f799785af1b74dbfeca530f259429cb59ce09d5c5b8",
    },
    "d10b49fb6a61": {
        "sqlite": "f9ab3fe910308de787a6a7d1d7f7ef66358be393c423ccbab8fe9984c5d2578d",
        "postgresql": "d611c5a5a21f3f5e12acaf30b47762e1a3aeef05f93ecc44d0fad3e3bf10466a",
    },
}


def installed_triggers() -> dict[str, str]:
    """The tally triggers the connected database holds, by name, as the database keeps them."""
    if db.engine.dialect.name == "sqlite":
        rows = db.session.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'play'")
        )
        return {name: sql for name, sql in rows}
    found = {}
    function = db.session.execute(
        text(
            "SELECT p.prosrc, l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang "
            "JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE p.proname = :name AND n.nspname = current_schema()"
        ),
        {"name": triggers.FUNCTION},
    ).first()
    if function is not None:
        assert function.lanname == "plpgsql"
        found["function"] = function.prosrc
    for (definition,) in db.session.execute(
        text(
            "SELECT pg_get_triggerdef(oid) FROM pg_trigger "
            "WHERE tgrelid = 'play'::regclass AND NOT tgisinternal"
        )
    ):
        # PostgreSQL names the table with its schema; the DDL does not.
        found["trigger"] = re.sub(r" ON \S+\.play ", " ON play ", definition)
    return found


def rendered_triggers(shipped: triggers.TriggerSet | None, dialect: str) -> dict[str, str]:
    """What installed_triggers() must find once `shipped` is installed."""
    if shipped is None:
        return {}
    if dialect == "sqlite":
        return {
            name: ddl
            for tally in shipped.tallies
            for name, ddl in triggers.sqlite_triggers(tally).items()
        }
    return {
        "function": triggers.postgresql_function_body(shipped),
        "trigger": triggers.postgresql_trigger(shipped),
    }


def test_db_check_finds_nothing_to_migrate(runner: FlaskCliRunner) -> None:
    result = runner.invoke(cli, ["db", "check"])
    assert result.exit_code == 0, (result.output, result.exception)


def test_migrated_database_holds_the_current_tally_triggers(app) -> None:
    assert installed_triggers() == rendered_triggers(triggers.CURRENT, db.engine.dialect.name)


def test_current_tallies_are_the_tally_tables_of_the_models() -> None:
    tally_tables = {name for name in db.metadata.tables if name.startswith("play_score_")}
    assert {tally.table for tally in triggers.CURRENT.tallies} == tally_tables


def test_each_revision_installs_the_triggers_it_froze(scratch_url: str, tmp_path: Path) -> None:
    app = scratch_app(scratch_url, tmp_path)
    revisions = list(triggers.SHIPPED)
    with app.app_context():
        dialect = db.engine.dialect.name
        for revision in revisions:
            migrate(revision)
            assert installed_triggers() == rendered_triggers(triggers.SHIPPED[revision], dialect)
        migrate()
        for revision, before in zip(revisions[::-1], [*revisions[-2::-1], None], strict=True):
            migrate(f"{revision}-1", down=True)
            expected = rendered_triggers(triggers.SHIPPED[before] if before else None, dialect)
            assert installed_triggers() == expected, f"after downgrading {revision}"
        db.session.remove()
        db.engine.dispose()


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
@pytest.mark.parametrize("revision", list(triggers.SHIPPED))
def test_a_shipped_trigger_set_never_changes(revision: str, dialect: str) -> None:
    ddl = "\n".join(triggers.transition(None, triggers.SHIPPED[revision], dialect))
    digest = hashlib.sha256(ddl.encode()).hexdigest()
    assert digest == SHIPPED_DDL[revision][dialect], f"{revision} on {dialect} now renders:\n{ddl}"
