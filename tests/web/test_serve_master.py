"""`quiz serve` readies the app in the master, before gunicorn forks its workers."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskCliRunner

from quiz.cli import cli
from quiz.cli import serve as serve_module
from quiz.cli.serve import compile_templates


def test_compiled_templates_render_without_reading_their_source(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = compile_templates(app)
    assert count == len(app.jinja_env.list_templates()) > 30

    def no_source(*_args: Any) -> None:
        raise AssertionError("a template was compiled again")

    monkeypatch.setattr(app.jinja_env.loader, "get_source", no_source)
    for name in ("play/_card.html", "play/play.html", "scores/result.html", "base.html"):
        assert app.jinja_env.get_template(name).name == name


def test_serve_compiles_the_templates_before_starting_gunicorn(
    runner: FlaskCliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    served: list[Flask] = []
    monkeypatch.setattr(serve_module.QuizServer, "run", lambda server: served.append(server.load()))
    result = runner.invoke(cli, ["serve", "--no-prepare", "--workers", "1"])
    assert result.exit_code == 0, result.output
    (app,) = served
    assert app.jinja_env.cache is not None
    compiled = {name for _loader, name in app.jinja_env.cache.keys()}
    assert {"play/_card.html", "play/_feedback.html", "play/start.html"} <= compiled
