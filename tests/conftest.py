"""Shared fixtures: the app on a migrated database, clients, a fixed clock and factories.

The suite runs on a temporary SQLite file by default and on PostgreSQL when
TEST_DATABASE_URL is set; either way the schema is built by the real migrations once per
session and every test starts from empty tables.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from flask import Flask, g, request_started
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import create_engine, make_url, text

from quiz import clock, create_app, normalise_database_url
from quiz.extensions import db
from tests.helpers import STAFF_PASSWORD, STATIC_BUILD, FixedClock, logged_in, pack_document


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The test database: TEST_DATABASE_URL, else a fresh SQLite file for this session."""
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return normalise_database_url(url)
    return "sqlite:///" + str(tmp_path_factory.mktemp("db") / "test.db")


@pytest.fixture(scope="session")
def migrated_database(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    """Drop whatever a previous run left, then build the schema with the migrations."""
    app = create_app(_test_config(database_url, tmp_path_factory.mktemp("instance")))
    with app.app_context():
        db.drop_all()
        db.session.execute(text("DROP TABLE IF EXISTS alembic_version"))
        db.session.commit()
        from quiz.database import upgrade_schema

        upgrade_schema()
        db.engine.dispose()
    return database_url


@pytest.fixture
def scratch_url(database_url: str, tmp_path: Path) -> Iterator[str]:
    """A database nobody else uses, empty: a SQLite file, or a PostgreSQL schema."""
    if database_url.startswith("sqlite"):
        yield "sqlite:///" + str(tmp_path / "migration.db")
        return
    schema = f"scratch_{os.getpid()}"
    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    url = make_url(database_url).update_query_dict({"options": f"-csearch_path={schema}"})
    yield url.render_as_string(hide_password=False)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    engine.dispose()


@pytest.fixture
def make_app(migrated_database: str, tmp_path: Path) -> Iterator[Callable[..., Flask]]:
    """Build apps on the test database; extra settings override the test defaults."""
    apps: list[Flask] = []

    def build(**overrides: Any) -> Flask:
        app = create_app({**_test_config(migrated_database, tmp_path / "instance"), **overrides})
        request_started.connect(_fresh_g, app)
        apps.append(app)
        return app

    yield build
    if apps:
        with apps[0].app_context():
            db.session.remove()
            _empty_tables()
        for app in apps:
            with app.app_context():
                db.engine.dispose()


@pytest.fixture
def app(make_app: Callable[..., Flask]) -> Iterator[Flask]:
    """The app with CSRF and rate limits off; tests of those build their own."""
    app = make_app()
    with app.app_context():
        yield app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client without HX-Request: full pages."""
    return app.test_client()


@pytest.fixture
def hx_client(app: Flask) -> FlaskClient:
    """A test client that sends HX-Request like htmx does: fragments."""
    client = app.test_client()
    client.environ_base["HTTP_HX_REQUEST"] = "true"
    return client


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    """A CLI runner bound to the test app."""
    return app.test_cli_runner()


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 at its cheapest in tests (about 0.5 s a hash otherwise on a 2-core machine)."""
    from argon2 import PasswordHasher, profiles

    from quiz.studio.services import accounts

    monkeypatch.setattr(accounts, "_hasher", PasswordHasher.from_parameters(profiles.CHEAPEST))


@pytest.fixture
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> FixedClock:
    """Freeze the app's clock at 2026-01-15 12:00 UTC (a Thursday)."""
    fake = FixedClock(datetime(2026, 1, 15, 12, 0, 0))
    monkeypatch.setattr(clock, "utcnow", fake)
    return fake


@pytest.fixture
def make_pack(app: Flask) -> Callable[..., Any]:
    """Create a pack of simple questions (published unless told otherwise)."""
    from quiz.packs import import_pack

    def build(
        questions: int = 3, *, status: str = "published", title: str = "Test pack", **kwargs: Any
    ) -> Any:
        document = pack_document(questions, title=title, **kwargs)
        pack = import_pack(document, status=status, approve_all=True)
        db.session.commit()
        return pack

    return build


@pytest.fixture
def make_staff(app: Flask) -> Callable[..., Any]:
    """Create a staff account (an editor unless told otherwise)."""

    def build(email: str = "editor@example.com", role: str = "editor", **kwargs: Any) -> Any:
        from quiz.models import Staff
        from quiz.studio.services.accounts import hash_password

        staff = Staff(email=email, role=role, password_hash=hash_password(STAFF_PASSWORD), **kwargs)
        db.session.add(staff)
        db.session.commit()
        return staff

    return build


@pytest.fixture
def editor(make_staff: Callable[..., Any]) -> Any:
    """A studio editor account."""
    return make_staff()


@pytest.fixture
def studio(app: Flask, editor: Any) -> FlaskClient:
    """A test client logged in to the studio as the editor."""
    return logged_in(app.test_client(), editor)


@pytest.fixture
def make_play(app: Flask) -> Callable[..., Any]:
    """Create a play of a pack with its question snapshot (finished unless told otherwise).

    `answers` lists the chosen option per question (None: time ran out); a correct
    answer earns `points_each`. Without answers, score and counts are taken as given.
    """
    import secrets

    from quiz.models import Answer, Play, PlayQuestion

    def build(
        pack: Any,
        nickname: str = "Sam",
        *,
        answers: list[int | None] | None = None,
        points_each: int = 800,
        finished_at: datetime | None | str = "now",
        **kwargs: Any,
    ) -> Any:
        questions = pack.approved_questions()
        finished = clock.utcnow() if isinstance(finished_at, str) else finished_at
        started = kwargs.pop("started_at", (finished or clock.utcnow()) - timedelta(minutes=2))
        play = Play(
            token=kwargs.pop("token", None) or secrets.token_urlsafe(24),
            pack_id=pack.id,
            nickname=nickname,
            started_at=started,
            finished_at=finished,
            question_count=len(questions),
            current_position=len(questions) if finished else len(answers or []),
            **kwargs,
        )
        for position, question in enumerate(questions):
            choices = [choice.text for choice in question.choices]
            correct_index = next(i for i, c in enumerate(question.choices) if c.correct)
            play.questions.append(
                PlayQuestion(
                    position=position,
                    question_id=question.id,
                    kind=question.kind,
                    prompt=question.prompt,
                    choices=choices,
                    correct_index=correct_index,
                    explanation=question.explanation,
                    evidence=question.evidence,
                    time_limit=question.time_limit,
                    served_at=play.started_at,
                )
            )
        for position, choice in enumerate(answers or []):
            right = choice == play.questions[position].correct_index
            play.answers.append(
                Answer(
                    position=position,
                    choice_index=choice,
                    correct=right,
                    points=points_each if right else 0,
                    elapsed_ms=4000,
                )
            )
        if answers is not None:
            play.score = kwargs.get("score", sum(a.points for a in play.answers))
            play.correct_count = kwargs.get("correct_count", sum(a.correct for a in play.answers))
            play.total_time_ms = kwargs.get("total_time_ms", 4000 * len(play.answers))
        db.session.add(play)
        db.session.commit()
        return play

    return build


def _test_config(database_url: str, instance: Path) -> dict[str, Any]:
    return {
        "TESTING": True,
        "INSTANCE_PATH": str(instance),
        "SECRET_KEY": "test-secret-key",
        "SQLALCHEMY_DATABASE_URI": database_url,
        "WTF_CSRF_ENABLED": False,
        "RATELIMIT_ENABLED": False,
        "RATELIMIT_STORAGE_URI": "memory://",  # whatever REDIS_URL the shell has
        "PUBLIC_BASE_URL": "http://quiz.test",
        "SERVER_NAME": None,
        # Every test's app shares one build of the fingerprinted static files.
        "STATIC_BUILD_DIR": str(STATIC_BUILD),
    }


def _fresh_g(sender: Flask, **extra: Any) -> None:
    """Start each request with an empty `g`, as in production.

    The `app` fixture keeps one app context open for the whole test and test-client
    requests reuse it, so without this Flask-Login's cached user and Flask-WTF's CSRF
    token would leak from one client's request into another's.
    """
    g.__dict__.clear()


def _empty_tables() -> None:
    """Delete every row so the next test starts clean (faster than rebuilding the schema)."""
    tables = [t for t in reversed(db.metadata.sorted_tables)]
    if db.engine.dialect.name == "postgresql":
        names = ", ".join(f'"{t.name}"' for t in tables)
        db.session.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    else:
        for table in tables:
            db.session.execute(table.delete())
    db.session.commit()
