"""Migrations against the models, on the database under test.

`quiz db check` must find nothing to generate (the next `quiz db migrate` starts clean).
"""

from __future__ import annotations

from flask.testing import FlaskCliRunner

from quiz.cli import cli


def test_db_check_finds_nothing_to_migrate(runner: FlaskCliRunner) -> None:
    result = runner.invoke(cli, ["db", "check"])
    assert result.exit_code == 0, (result.output, result.exception)
