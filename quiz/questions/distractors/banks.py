"""The curated banks (package data): people, groups, works, shows, awards, teams, venues..."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from ..textutil import normalize

BANKS = (
    "people",
    "groups",
    "works",
    "shows",
    "awards",
    "teams",
    "venues",
    "baby_names",
    "platforms",
    "networks",
    "ceremonies",
    "artists",
)


@functools.cache
def bank(name: str) -> tuple[dict[str, Any], ...]:
    """Every entry of one bank ('people', 'works', ...); empty when the file is absent."""
    folder = resources.files(__package__).joinpath("banks")
    path = folder.joinpath(f"{name}.json")
    if not path.is_file():
        return ()
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(data["entries"])


@functools.cache
def index(name: str, key: str = "name") -> dict[str, dict[str, Any]]:
    """A bank's entries by normalised name (or title)."""
    return {normalize(str(e[key])): e for e in bank(name)}


def lookup(name: str, text: str, key: str = "name") -> dict[str, Any] | None:
    """The bank entry whose name is text (accents, case and punctuation aside)."""
    return index(name, key).get(normalize(text))


def work_entry(title: str) -> dict[str, Any] | None:
    """A work or a show by its title."""
    return lookup("works", title, "title") or lookup("shows", title, "title")
