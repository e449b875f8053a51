"""Helpers for every test: paths, the staff password, a pack document, login, a clock.

Import them from here (`from tests.helpers import ...`); conftest.py holds fixtures only.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

REPO_ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLE = REPO_ROOT.parent / "shared" / "seed" / "john-legend-mini-me.txt"
STAFF_PASSWORD = "correct horse battery staple"
# Every test's app shares one build of the fingerprinted static files (quiz/assets.py).
STATIC_BUILD = REPO_ROOT / "build" / "static-test"


class FixedClock:
    """A clock the test moves by hand; patched into quiz.clock.utcnow."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move time forward."""
        self.now += timedelta(seconds=seconds)


def pack_document(questions: int = 3, **kwargs: Any) -> dict[str, Any]:
    """A valid pack document whose correct answer is always the option "Right N"."""
    document: dict[str, Any] = {
        "format": "quiz-pack",
        "version": 1,
        "title": "Test pack",
        "description": "A pack for tests.",
        "source": {"title": "Test article", "published": "2026-01-10", "url": None},
        "questions": [
            {
                "kind": "number",
                "prompt": f"Question {n}: which option is right?",
                "choices": [
                    {"text": f"Wrong {n}a", "correct": False},
                    {"text": f"Right {n}", "correct": True},
                    {"text": f"Wrong {n}b", "correct": False},
                    {"text": f"Wrong {n}c", "correct": False},
                ],
                "explanation": f"Right {n} is right.",
                "evidence": f"The article says Right {n}.",
                "difficulty": "easy",
                "time_limit": 20,
            }
            for n in range(1, questions + 1)
        ],
    }
    document.update(kwargs)
    return document


def first_group(pattern: str, text: str) -> str:
    """The first group of the pattern's first match in text; the test fails without one."""
    found = re.search(pattern, text)
    assert found is not None, f"no {pattern!r} in {text[:300]!r}"
    return found.group(1)


def logged_in(client: FlaskClient, staff: Any, password: str = STAFF_PASSWORD) -> FlaskClient:
    """Log the client in as this staff member through the studio login form."""
    response = client.post("/studio/login", data={"email": staff.email, "password": password})
    assert response.status_code == 302, response.get_data(as_text=True)
    return client


def migrate(revision: str = "head", down: bool = False) -> None:
    """Move the app's schema, with no transaction of ours holding locks it needs."""
    import flask_migrate

    from quiz.extensions import db

    db.session.close()
    (flask_migrate.downgrade if down else flask_migrate.upgrade)(revision=revision)


def scratch_app(url: str, tmp_path: Path) -> Flask:
    """An app on a scratch database (the scratch_url fixture), its schema left to migrate()."""
    from quiz import create_app

    config = {"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "test"}
    return create_app({**config, "INSTANCE_PATH": str(tmp_path / "instance")})
