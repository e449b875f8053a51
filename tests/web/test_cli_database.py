"""Commands find one instance folder from any directory and never show a database traceback."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result
from flask import Flask
from sqlalchemy import func, select, text

import quiz
from quiz import create_app, default_instance_path, instance_path
from quiz.cli import cli
from quiz.extensions import db
from quiz.models import Staff
from tests.helpers import REPO_ROOT, pack_document

PASSWORD = "long enough pw\n"


@pytest.fixture
def app_on(tmp_path: Path) -> Iterator[Callable[[str], Flask]]:
    """Build apps on a given database (never the checkout's own instance folder)."""
    apps: list[Flask] = []

    def build(url: str) -> Flask:
        app = create_app(
            {
                "TESTING": True,
                "INSTANCE_PATH": str(tmp_path / "instance"),
                "SECRET_KEY": "cli-database",
                "SQLALCHEMY_DATABASE_URI": url,
                "PUBLIC_BASE_URL": "http://quiz.test",  # `quiz serve` refuses to start without
            }
        )
        apps.append(app)
        return app

    yield build
    for app in apps:  # the commands leave the engine's pool open, as a process would
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


def one_clear_line(result: Result) -> str:
    """The command stopped itself (no exception escaped) with a single line of output."""
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    # `init` and `serve` say first where they look; the failure itself is one line.
    lines = [
        line
        for line in result.output.splitlines()
        if line.strip() and not line.startswith("Instance folder: ")
    ]
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output
    return lines[0]


def test_the_instance_folder_is_the_same_from_any_directory(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("QUIZ_INSTANCE_PATH", raising=False)
    from_checkout = instance_path()
    monkeypatch.chdir(tmp_path)
    assert instance_path() == from_checkout == str(REPO_ROOT / "instance")
    assert not (tmp_path / "instance").exists()


def test_an_installed_copy_uses_the_checkout_holding_its_venv(tmp_path, monkeypatch) -> None:
    checkout, elsewhere = tmp_path / "checkout", tmp_path / "elsewhere"
    (checkout / "quiz").mkdir(parents=True)
    (checkout / "pyproject.toml").write_text("[project]\nname = 'quiz'\n")
    (checkout / "quiz" / "__init__.py").write_text("")
    site = checkout / ".venv" / "lib" / "site-packages" / "quiz"
    monkeypatch.setattr(quiz, "PACKAGE_DIR", site)
    monkeypatch.setattr(sys, "prefix", str(checkout / ".venv"))
    assert default_instance_path() == checkout / "instance"
    # Installed into a virtual environment outside any checkout: Flask's place for it.
    monkeypatch.setattr(sys, "prefix", str(elsewhere / "venv"))
    monkeypatch.setattr(quiz, "PACKAGE_DIR", elsewhere / "venv" / "lib" / "site-packages" / "quiz")
    assert default_instance_path() == elsewhere / "venv" / "var" / "quiz-instance"


def test_a_relative_instance_path_is_taken_from_the_working_directory(
    tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QUIZ_INSTANCE_PATH", "data")
    assert instance_path() == str(tmp_path / "data")


def test_help_says_which_instance_folder_commands_use(runner) -> None:
    result = runner.invoke(cli, ["--help"])
    assert "QUIZ_INSTANCE_PATH" in result.output
    assert "instance folder" in result.output


def test_create_staff_on_a_new_database_migrates_it_first(scratch_url, app_on) -> None:
    app = app_on(scratch_url)
    result = app.test_cli_runner().invoke(cli, ["create-staff", "ada@example.com"], input=PASSWORD)
    assert result.exit_code == 0, result.output
    assert "Migrated the database" in result.stderr
    assert "Created editor ada@example.com." in result.stdout
    with app.app_context():
        assert db.session.scalar(select(func.count(Staff.id))) == 1


def test_import_and_export_on_a_new_database_work_or_say_why(scratch_url, app_on, tmp_path) -> None:
    source = tmp_path / "pack.json"
    source.write_text(json.dumps(pack_document(3, title="Fresh start")))
    app = app_on(scratch_url)
    runner = app.test_cli_runner()
    missing = runner.invoke(cli, ["export-pack", "fresh-start"])
    assert missing.exit_code == 1 and isinstance(missing.exception, SystemExit)
    assert "Migrated the database" in missing.stderr
    assert missing.stderr.splitlines()[-1] == "Error: no pack has the slug 'fresh-start'."
    imported = runner.invoke(cli, ["import-pack", str(source)])
    assert imported.exit_code == 0, imported.output
    assert runner.invoke(cli, ["export-pack", "fresh-start"]).exit_code == 0


@pytest.mark.parametrize(
    "command",
    [
        ["create-staff", "ada@example.com"],
        ["export-pack", "x"],
        ["import-pack", "pack.json"],
        ["init"],
        ["serve"],
    ],
)
def test_a_database_from_a_newer_version_is_refused_in_one_line(
    scratch_url, app_on, tmp_path, monkeypatch, command
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pack.json").write_text("{}")
    app = app_on(scratch_url)
    with app.app_context():
        db.session.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32))"))
        db.session.execute(text("INSERT INTO alembic_version VALUES ('ffffffffffff')"))
        db.session.commit()
    line = one_clear_line(app.test_cli_runner().invoke(cli, command, input=PASSWORD))
    assert "schema revision ffffffffffff" in line and "does not know" in line


def test_a_database_that_cannot_be_opened_is_named_in_one_line(app_on, tmp_path) -> None:
    broken = tmp_path / "not-a-database.db"
    broken.write_bytes(b"this is not SQLite" * 100)
    app = app_on(f"sqlite:///{broken}")
    result = app.test_cli_runner().invoke(cli, ["create-staff", "ada@example.com"], input=PASSWORD)
    line = one_clear_line(result)
    assert line.startswith(f"Error: cannot open the database {broken}:")


def test_an_unreachable_server_is_named_in_one_line(app_on) -> None:
    app = app_on("postgresql://quiz:secret@127.0.0.1:1/quiz")
    line = one_clear_line(app.test_cli_runner().invoke(cli, ["export-pack", "x"]))
    assert "cannot open the database postgresql+psycopg://quiz:***@127.0.0.1:1/quiz" in line
    assert "secret" not in line
