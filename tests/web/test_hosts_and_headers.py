"""The public address in production, trusted hosts, and studio pages never cached."""

from __future__ import annotations

from flask import Flask

from quiz.cli import cli
from quiz.cli import serve as serve_module


def serve_exit(app: Flask, monkeypatch) -> tuple[int, str, list[Flask]]:
    """Run `quiz serve` on this app without starting gunicorn: exit code, output, served apps."""
    served: list[Flask] = []
    monkeypatch.setattr(serve_module.QuizServer, "run", lambda server: served.append(server))
    result = app.test_cli_runner().invoke(cli, ["serve", "--no-prepare", "--no-proxy", "-w", "1"])
    return result.exit_code, result.output, served


def test_serve_refuses_to_start_without_a_base_url_or_trusted_hosts(make_app, monkeypatch):
    code, output, served = serve_exit(make_app(PUBLIC_BASE_URL=None), monkeypatch)
    assert code == 1 and served == []
    assert "QUIZ_PUBLIC_BASE_URL" in output and "QUIZ_TRUSTED_HOSTS" in output


def test_serve_starts_with_either(make_app, monkeypatch) -> None:
    assert serve_exit(make_app(PUBLIC_BASE_URL="https://quiz.example"), monkeypatch)[0] == 0
    app = make_app(PUBLIC_BASE_URL=None, TRUSTED_HOSTS="quiz.example")
    assert serve_exit(app, monkeypatch)[0] == 0


def test_trusted_hosts_from_the_environment_refuse_any_other_host(make_app) -> None:
    app = make_app(PUBLIC_BASE_URL=None, TRUSTED_HOSTS="quiz.example, www.quiz.example")
    assert app.config["TRUSTED_HOSTS"] == ["quiz.example", "www.quiz.example"]
    client = app.test_client()
    assert client.get("/healthz", headers={"Host": "www.quiz.example"}).status_code == 200
    assert client.get("/healthz", headers={"Host": "evil.example"}).status_code == 400


def test_studio_pages_are_never_stored(client, studio) -> None:
    for path in ("/studio/login", "/studio/"):
        assert client.get(path).headers["Cache-Control"] == "no-store"
        assert studio.get(path).headers["Cache-Control"] == "no-store"
    assert "no-store" not in client.get("/").headers.get("Cache-Control", "")
