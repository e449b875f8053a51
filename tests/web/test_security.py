"""Security headers, secure cookies, request logs, health and connection-loss handling."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from flask import Flask, session
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from quiz import create_app
from quiz.extensions import db
from quiz.resilience import retry_once_on_disconnect
from quiz.security import CONTENT_SECURITY_POLICY


def test_every_page_gets_security_headers(client) -> None:
    for path in ("/healthz", "/no-such-page"):
        headers = client.get(path).headers
        assert headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert "camera=()" in headers["Permissions-Policy"]
        assert headers["X-Frame-Options"] == "DENY"
        assert "Strict-Transport-Security" not in headers


def test_policy_allows_only_our_own_scripts_and_styles() -> None:
    directives = dict(part.split(" ", 1) for part in CONTENT_SECURITY_POLICY.split("; "))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe" not in CONTENT_SECURITY_POLICY


def _cookie_app(make_app, **overrides) -> Flask:
    app = make_app(**overrides)

    @app.get("/_set-cookie")
    def set_cookie() -> str:
        session["seen"] = True
        return "ok"

    return app


def test_cookies_are_not_secure_over_plain_http(make_app) -> None:
    cookie = _cookie_app(make_app).test_client().get("/_set-cookie").headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie


def test_https_deployment_gets_secure_cookies_and_hsts(make_app) -> None:
    app = _cookie_app(make_app, PREFERRED_URL_SCHEME="https")
    response = app.test_client().get("/_set-cookie", base_url="https://quiz.test")
    assert "Secure" in response.headers["Set-Cookie"]
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")
    assert app.config["REMEMBER_COOKIE_SECURE"] is True


def test_trusted_proxy_count_decides_whose_forwarded_headers_count(make_app) -> None:
    forwarded = {"X-Forwarded-For": "203.0.113.9", "X-Forwarded-Proto": "https"}
    for proxies, expected_addr, expected_scheme in (
        (0, "127.0.0.1", "http"),
        (1, "203.0.113.9", "https"),
    ):
        app = make_app(TRUSTED_PROXIES=proxies)

        @app.get("/_whoami")
        def whoami() -> dict[str, str | None]:
            from flask import request

            return {"addr": request.remote_addr, "scheme": request.scheme}

        seen = app.test_client().get(
            "/_whoami", headers=forwarded, environ_base={"REMOTE_ADDR": "127.0.0.1"}
        )
        assert seen.get_json() == {"addr": expected_addr, "scheme": expected_scheme}


def test_each_request_is_logged_as_one_json_line(client, capsys) -> None:
    response = client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert response.headers["X-Request-ID"] == "abc-123"
    lines = [
        json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")
    ]
    record = lines[-1]
    assert record["method"] == "GET" and record["path"] == "/healthz"
    assert record["status"] == 200 and record["request_id"] == "abc-123"
    assert isinstance(record["duration_ms"], float) and record["duration_ms"] >= 0


def test_unsafe_request_ids_are_replaced(client, capsys) -> None:
    response = client.get("/healthz", headers={"X-Request-ID": "<script>alert(1)</script>"})
    request_id = response.headers["X-Request-ID"]
    assert request_id != "<script>alert(1)</script>" and len(request_id) == 32
    assert f'"request_id":"{request_id}"' in capsys.readouterr().err


@pytest.mark.parametrize(
    "database_uri",
    [
        "postgresql+psycopg://postgres@127.0.0.1:9/nowhere?connect_timeout=2",
        "sqlite:////nonexistent-dir/x.db",
    ],
)
def test_healthz_reports_database_down_with_503(tmp_path: Path, database_uri: str) -> None:
    app = create_app(
        {
            "TESTING": True,
            "INSTANCE_PATH": str(tmp_path),
            "SECRET_KEY": "x",
            "SQLALCHEMY_DATABASE_URI": database_uri,
        }
    )
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["status"] == "error"


def _lost_connection() -> OperationalError:
    return OperationalError(
        "SELECT 1", {}, Exception("server closed the connection"), connection_invalidated=True
    )


def test_safe_request_is_retried_once_after_connection_loss(app: Flask) -> None:
    calls: list[int] = []

    @retry_once_on_disconnect
    def flaky() -> str:
        calls.append(1)
        if len(calls) == 1:
            raise _lost_connection()
        return str(db.session.execute(text("SELECT 41 + 1")).scalar())

    app.add_url_rule("/_flaky", view_func=flaky, methods=["GET", "POST"])
    assert app.test_client().get("/_flaky").data == b"42"
    assert len(calls) == 2


def test_unsafe_request_is_not_retried_and_gets_503(app: Flask) -> None:
    calls: list[int] = []

    @retry_once_on_disconnect
    def flaky() -> str:
        calls.append(1)
        raise _lost_connection()

    app.add_url_rule("/_flaky", view_func=flaky, methods=["GET", "POST"])
    response = app.test_client().post("/_flaky")
    assert response.status_code == 503 and response.headers["Retry-After"] == "1"
    assert len(calls) == 1
    assert app.test_client().get("/_flaky").status_code == 503
    assert len(calls) == 3  # the GET ran twice, then gave up


def test_real_postgresql_connection_loss_is_survived(app: Flask) -> None:
    if db.engine.dialect.name != "postgresql":
        pytest.skip("needs PostgreSQL (TEST_DATABASE_URL)")
    killed: list[int] = []

    @retry_once_on_disconnect
    def killer() -> str:
        if not killed:
            killed.append(1)
            db.session.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))
        return str(db.session.execute(text("SELECT 7")).scalar())

    app.add_url_rule("/_killer", view_func=killer)
    response = app.test_client().get("/_killer")
    assert response.status_code == 200 and response.data == b"7"


def test_nul_bytes_are_refused_before_reaching_the_database(client, make_pack) -> None:
    slug = make_pack().slug
    assert client.get("/play/abc%00def").status_code == 404
    assert client.post(f"/p/{slug}", data={"nickname": "Nul\x00Byte"}).status_code == 400
    assert client.get(f"/p/{slug}?challenge=a%00").status_code == 400


def test_a_session_whose_connection_died_is_discarded_not_raised(app: Flask, monkeypatch) -> None:
    from quiz.resilience import discard_session

    db.session.execute(text("SELECT 1"))
    session = db.session()
    real_remove = db.session.remove
    failures: list[int] = []

    def remove_once_failing() -> None:
        if not failures:
            failures.append(1)
            raise _lost_connection()  # what rollback raises when the server has gone
        real_remove()

    monkeypatch.setattr(db.session, "remove", remove_once_failing)
    discard_session()
    assert failures == [1]
    assert db.session() is not session  # the dead session was invalidated and replaced
