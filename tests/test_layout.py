"""The package's layout rules, read from the source: who may import whom, one helper per job."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import TypeGuard

from tests.helpers import REPO_ROOT

PACKAGE = REPO_ROOT / "quiz"
STUDIO_VIEWS = PACKAGE / "studio" / "views"
STUDIO_SERVICES = PACKAGE / "studio" / "services"


def module_name(path: Path) -> str:
    """quiz/studio/views/packs.py -> quiz.studio.views.packs."""
    parts = path.relative_to(REPO_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> Iterator[str]:
    """Every module an `import` or `from ... import` in the file names, submodules included."""
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            # `from quiz.studio.views import packs` imports the module quiz.studio.views.packs.
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def app_modules() -> list[Path]:
    """The app's own modules (the question engine has rules of its own)."""
    return [p for p in PACKAGE.rglob("*.py") if "questions" not in p.relative_to(PACKAGE).parts]


def is_view_module(name: str) -> bool:
    """A module that holds routes: a blueprint's views.py or a studio route module."""
    return name.endswith(".views") or name.startswith("quiz.studio.views.")


def test_studio_route_modules_do_not_import_each_other() -> None:
    routes = sorted(p for p in STUDIO_VIEWS.glob("*.py") if p.name != "__init__.py")
    assert len(routes) >= 5, "the studio's route modules moved; update this test"
    for path in routes:
        others = {n for n in imported_modules(path) if n.startswith("quiz.studio.views")}
        assert not others, f"{module_name(path)} imports route modules {sorted(others)}"


def test_view_modules_are_imported_only_to_register_their_routes() -> None:
    # The app factory registers blueprints; the studio package attaches its route modules.
    registrars = {"quiz", "quiz.studio"}
    for path in app_modules():
        importer = module_name(path)
        if importer in registrars:
            continue
        views = {n for n in imported_modules(path) if is_view_module(n)}
        assert not views, f"{importer} imports view modules {sorted(views)}"


def test_studio_services_know_nothing_of_routes_or_requests() -> None:
    for path in STUDIO_SERVICES.glob("*.py"):
        names = set(imported_modules(path))
        assert not {n for n in names if is_view_module(n) or n == "quiz.studio.bp"}, path
        assert "flask.request" not in names, f"{module_name(path)} reads the request"


def chooses_template_on_htmx(node: ast.AST) -> TypeGuard[ast.IfExp]:
    """`"a.html" if htmx else "b.html"`: the choice fragment_or_page makes."""
    return (
        isinstance(node, ast.IfExp)
        and isinstance(node.test, ast.Name)
        and node.test.id == "htmx"
        and all(
            isinstance(branch, ast.Constant) and str(branch.value).endswith(".html")
            for branch in (node.body, node.orelse)
        )
    )


def test_only_fragment_or_page_chooses_between_fragment_and_page() -> None:
    found = [
        f"{module_name(path)}:{node.lineno}"
        for path in app_modules()
        if path != PACKAGE / "fragments.py"
        for node in ast.walk(ast.parse(path.read_text(), str(path)))
        if chooses_template_on_htmx(node)
    ]
    assert not found, f"use quiz.fragments.fragment_or_page at {found}"
