"""A non-editable `pip install .` in a fresh venv: the app runs from the installed copy.

The suite itself runs from an editable install, where templates/ and static/ are found in
the checkout. Here the tracked files are copied out, built and installed into a new venv
(dependencies come from this venv, so nothing is downloaded but the build backend), and
the installed `quiz` prepares a database and serves pages and static files from a
directory that holds no checkout.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.helpers import REPO_ROOT

# Run by the fresh venv's Python: serve a few requests from the installed package.
SERVE_PAGES = """
import json, sys
import quiz
from quiz import create_app

app = create_app({"SQLALCHEMY_DATABASE_URI": sys.argv[1], "INSTANCE_PATH": sys.argv[2]})
client = app.test_client()
with app.app_context():
    from quiz.models import Pack
    from quiz.extensions import db
    slug = db.session.query(Pack.slug).scalar()
pages = {}
for path in ("/", f"/p/{slug}", "/static/css/app.css", "/static/vendor/htmx/htmx-2.0.11.min.js"):
    response = client.get(path)
    pages[path] = [response.status_code, response.mimetype, len(response.data)]
print(json.dumps({"package": quiz.__file__, "pages": pages, "slug": slug}))
"""


def tracked_files() -> list[str]:
    """The files a clean clone holds (tracked, plus new ones not ignored)."""
    if shutil.which("git") is None or not (REPO_ROOT / ".git").exists():
        pytest.skip("needs the git checkout to know which files a clean clone has")
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [name for name in listed.stdout.splitlines() if (REPO_ROOT / name).is_file()]


def package_data_patterns() -> dict[str, list[str]]:
    """setup.py's PACKAGE_DATA table, read without running setup()."""
    tree = ast.parse((REPO_ROOT / "setup.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "PACKAGE_DATA":
            return ast.literal_eval(node.value)
    raise AssertionError("setup.py has no PACKAGE_DATA table")


def test_every_package_data_pattern_matches_a_file() -> None:
    for package, patterns in package_data_patterns().items():
        folder = REPO_ROOT.joinpath(*package.split("."))
        for pattern in patterns:
            assert list(folder.glob(pattern)), f"{package}: {pattern!r} matches no file"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the checkout installed into it (not editable); its site-packages."""
    root = tmp_path_factory.mktemp("install")
    source = root / "source"
    for name in tracked_files():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO_ROOT / name, source / name)
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    site = Path(sysconfig.get_path("purelib", vars={"base": str(venv), "platbase": str(venv)}))
    # The dependencies are this venv's; only the build backend comes from the index.
    (site / "suite-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--no-deps"]
    subprocess.run([*pip, str(source)], check=True, timeout=600, cwd=root)
    shutil.rmtree(source)  # nothing may be read from the copy after the install
    return site


def test_installed_package_holds_every_file_the_checkout_has(installed: Path) -> None:
    wanted = {
        name if name.startswith("quiz/") else "quiz/" + name  # templates/ -> quiz/templates/
        for name in tracked_files()
        if name.startswith(("quiz/", "templates/", "static/")) and not name.endswith(".pyc")
    }
    have = {str(p.relative_to(installed)) for p in (installed / "quiz").rglob("*") if p.is_file()}
    assert not wanted - have, f"missing from the installed package: {sorted(wanted - have)}"


def test_installed_quiz_prepares_and_serves_without_the_checkout(
    installed: Path, tmp_path: Path
) -> None:
    venv_bin = installed.parents[2] / "bin"
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUIZ_") and k != "DATABASE_URL"}
    env |= {"QUIZ_INSTANCE_PATH": str(tmp_path / "instance"), "QUIZ_SECRET_KEY": "install-test"}
    # The console script, as a user runs it: migrate and import the demo pack (its article
    # and the engine's word lists are package data).
    init = subprocess.run(
        [str(venv_bin / "quiz"), "init"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert init.returncode == 0, init.stderr
    database = "sqlite:///" + str(tmp_path / "instance" / "quiz.db")
    served = subprocess.run(
        [str(venv_bin / "python"), "-c", SERVE_PAGES, database, str(tmp_path / "instance")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert served.returncode == 0, served.stderr
    report = json.loads(served.stdout)
    assert Path(report["package"]).is_relative_to(installed), report["package"]
    pages = report["pages"]
    assert pages["/"][:2] == [200, "text/html"] and pages[f"/p/{report['slug']}"][0] == 200
    assert pages["/static/css/app.css"][:2] == [200, "text/css"]
    assert pages["/static/vendor/htmx/htmx-2.0.11.min.js"][0] == 200
    assert all(size > 500 for _, _, size in pages.values()), pages
