"""requirements.lock against pyproject.toml and the installed tree.

Every direct dependency is pinned in pyproject.toml at the version the lock holds, and
everything the app and its test extra pull in, transitively, is in the lock at the
version installed: so CI (which installs with `-c requirements.lock`) runs the tree the
lock describes, and a dependency added without refreshing the lock fails here.
"""

from __future__ import annotations

import tomllib
from importlib import metadata

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.helpers import REPO_ROOT

REFRESH = "refresh it with `.venv/bin/pip-compile pyproject.toml`"
# pip-compile leaves the installers themselves out of a lock (they come with every venv).
NOT_LOCKED = {"pip", "setuptools"}


def locked() -> dict[str, str]:
    """Package name -> version, from requirements.lock."""
    pins: dict[str, str] = {}
    for line in (REPO_ROOT / "requirements.lock").read_text().splitlines():
        if line and not line.startswith((" ", "#", "-")):
            name, _, version = line.partition("==")
            pins[canonicalize_name(name)] = version.strip()
    return pins


def declared() -> list[Requirement]:
    """The app's dependencies and its test extra, from pyproject.toml."""
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]
    lines = project["dependencies"] + project["optional-dependencies"]["test"]
    return [Requirement(line) for line in lines]


def installed_tree(name: str, extras: frozenset[str]) -> dict[str, str]:
    """Every distribution `name[extras]` needs, transitively, with its installed version."""
    found: dict[str, str] = {}
    done: set[tuple[str, frozenset[str]]] = set()
    todo = [(canonicalize_name(name), extras)]
    while todo:
        wanted, wanted_extras = todo.pop()
        if (wanted, wanted_extras) in done:
            continue
        done.add((wanted, wanted_extras))
        dist = metadata.distribution(wanted)
        found[wanted] = dist.version
        for line in dist.requires or []:
            requirement = Requirement(line)
            applies = requirement.marker is None or any(
                requirement.marker.evaluate({"extra": extra}) for extra in {"", *wanted_extras}
            )
            if applies:
                todo.append((canonicalize_name(requirement.name), frozenset(requirement.extras)))
    return found


def test_every_dependency_is_pinned_at_the_locked_version() -> None:
    pins = locked()
    for requirement in declared():
        (spec,) = requirement.specifier  # exactly one specifier: ==version
        assert spec.operator == "==", f"pin {requirement} with == in pyproject.toml"
        name = canonicalize_name(requirement.name)
        assert pins.get(name) == spec.version, (
            f"requirements.lock has {name}=={pins.get(name)} for {requirement}; {REFRESH}"
        )


def test_the_lock_holds_the_whole_installed_tree() -> None:
    pins = locked()
    tree = installed_tree("quiz", frozenset({"test"}))
    tree.pop("quiz")
    missing = sorted(name for name in tree.keys() - pins.keys() - NOT_LOCKED)
    assert not missing, f"installed but not in requirements.lock: {missing}; {REFRESH}"
    drift = {name: (version, pins[name]) for name, version in tree.items() if name in pins}
    drift = {name: pair for name, pair in drift.items() if pair[0] != pair[1]}
    assert not drift, (
        f"installed (left) differ from requirements.lock (right): {drift}; reinstall with "
        "the README's test command"
    )
