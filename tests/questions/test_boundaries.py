"""The engine is pure Python: importing and running it loads no web or database package."""

from __future__ import annotations

import json
import subprocess
import sys

from qhelpers import DEMO, REPO

# jinja2 is left out: spaCy itself imports it.
FORBIDDEN = (
    "flask",
    "sqlalchemy",
    "werkzeug",
    "wtforms",
    "flask_login",
    "alembic",
    "quiz.play",
    "quiz.studio",
    "quiz.scores",
    "quiz.api",
    "quiz.models",
)

_PROBE = """
import json, sys
from quiz.questions import generate_pack
generate_pack(open(sys.argv[1], encoding="utf-8").read())
print(json.dumps(sorted(sys.modules)))
"""


def test_generating_a_pack_imports_no_web_or_database_module() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(DEMO)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    loaded = json.loads(out.stdout)
    bad = [m for m in loaded if any(m == f or m.startswith(f + ".") for f in FORBIDDEN)]
    assert bad == []


def test_engine_source_imports_nothing_from_the_web_side() -> None:
    for path in (REPO / "quiz" / "questions").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for name in FORBIDDEN:
            assert f"import {name}" not in text and f"from {name}" not in text, (path, name)
