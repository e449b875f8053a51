"""Curated distractor banks shipped as package data (quiz/questions/data/*.json)."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


@functools.cache
def _load(name: str) -> dict[str, Any]:
    """One JSON bank file, parsed once."""
    return json.loads(resources.files("quiz.questions.data").joinpath(name).read_text("utf-8"))


def people(role: str) -> list[dict[str, str]]:
    """Famous people of a role: singer, actor, athlete, reality or host (with 'show')."""
    return list(_load("people.json").get(role, []))


def all_people() -> list[dict[str, str]]:
    """Every bank person, each tagged with its role."""
    out = []
    for role, rows in _load("people.json").items():
        out.extend({**row, "role": role} for row in rows)
    return out


def works(kind: str) -> list[Any]:
    """Songs and albums ({title, artist}) or TV show titles."""
    return list(_load("works.json").get(kind, []))


def misc(kind: str) -> Any:
    """Awards, places, platforms or first names (keyed 'F'/'M')."""
    return _load("misc.json")[kind]


def first_name_gender(first: str) -> str:
    """'F' or 'M' when the bank knows the first name, else ''."""
    return _genders().get(first, "")


@functools.cache
def _genders() -> dict[str, str]:
    """First name -> gender: curated name lists first, then the first names of bank people."""
    out: dict[str, str] = {}
    for row in all_people():
        out.setdefault(row["name"].split()[0], row["gender"])
    for names in (misc("gender_hints"), misc("first_names")):
        for gender in ("M", "F"):
            out.update(dict.fromkeys(names[gender], gender))
    return out
