"""The curated banks (package data): every entry has its attributes, of the right kind, and no
entry is there twice; names the engine looks up by another form (a team's short name, a
show's network, an award's ceremony) lead somewhere."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from quiz.questions.distractors.banks import BANKS, bank
from quiz.questions.textutil import normalize

# Attribute -> type (or tuple of types) every entry of a bank must have.
REQUIRED: dict[str, dict[str, Any]] = {
    "people": {
        "name": str,
        "sex": str,
        "fields": list,
        "genres": list,
        "born": int,
        "country": str,
        "married": bool,
        "parent": bool,
    },
    "groups": {"name": str, "kind": str, "genres": list, "formed": int, "country": str},
    "works": {"title": str, "type": str, "by": str, "year": int, "genres": list},
    "shows": {"title": str, "kind": str, "network": str, "country": str, "start": int},
    "awards": {"name": str, "ceremony": (str, type(None)), "field": str},
    "teams": {"name": str, "league": str, "sport": str, "country": str, "city": str},
    "venues": {"name": str, "kind": str, "city": str, "country": str},
    "baby_names": {"name": str, "sex": str, "style": str},
    "platforms": {"name": str, "kind": str, "launched": int},
    "networks": {"name": str, "country": str, "kind": str},
    "ceremonies": {"name": str, "short": str, "field": str, "country": str},
    "artists": {"name": str, "sex": str},
}
# Optional attributes some entries carry, and their types.
OPTIONAL: dict[str, dict[str, Any]] = {
    "awards": {"sport": str},
    "teams": {"short": str, "aliases": list},
    "networks": {"defunct": bool, "focus": str, "launched": int},
    "shows": {"ended": int},
    "venues": {"women": bool},
    "platforms": {"niche": bool},
}
# What makes an entry unique in its bank.
IDENTITY = {
    "works": ("title", "type"),
    "awards": ("name", "ceremony"),
    "baby_names": ("name", "sex"),
    "shows": ("title",),
}
SHOW_KINDS = {
    "drama", "sitcom", "reality-docusoap", "game", "news", "reality-competition", "talk",
    "reality-dating", "cooking", "late-night", "sketch", "singing-competition", "variety",
    "sports", "award-show", "morning", "dancing-competition",
}  # fmt: skip
WORK_TYPES = {
    "song",
    "album",
    "ep",
    "film",
    "tv-series",
    "book",
    "memoir",
    "stand-up-special",
    "tour",
    "musical",
    "podcast",
    "documentary",
}


@pytest.mark.parametrize("name", BANKS)
def test_every_entry_has_its_attributes_and_nothing_else(name: str) -> None:
    entries = bank(name)
    assert entries, f"the {name} bank is empty"
    required, optional = REQUIRED[name], OPTIONAL.get(name, {})
    for entry in entries:
        missing = set(required) - set(entry)
        assert not missing, (name, entry, missing)
        assert not set(entry) - set(required) - set(optional), (name, entry)
        for key, kind in {**required, **optional}.items():
            if key in entry:
                assert isinstance(entry[key], kind), (name, entry, key)
                if isinstance(entry[key], str) and entry[key] is not None:
                    assert entry[key].strip() == entry[key] and entry[key], (name, entry, key)


@pytest.mark.parametrize("name", BANKS)
def test_no_entry_is_there_twice(name: str) -> None:
    keys = IDENTITY.get(name, ("title",) if "title" in REQUIRED[name] else ("name",))
    # Case and spacing aside: "÷" and "+" are two albums although they normalise alike.
    seen = Counter(tuple(" ".join(str(e[k]).casefold().split()) for k in keys) for e in bank(name))
    assert [k for k, n in seen.items() if n > 1] == []


def test_vocabularies_are_closed() -> None:
    assert {e["kind"] for e in bank("shows")} <= SHOW_KINDS
    assert {e["type"] for e in bank("works")} <= WORK_TYPES
    assert {e["sex"] for e in bank("people")} | {e["sex"] for e in bank("baby_names")} <= {"M", "F"}


def test_references_between_banks_lead_somewhere() -> None:
    networks = {e["name"] for e in bank("networks")}
    assert {e["network"] for e in bank("shows")} - networks <= {"Syndication"}
    ceremonies = {e["name"] for e in bank("ceremonies")}
    assert {e["ceremony"] for e in bank("awards") if e["ceremony"]} <= ceremonies
    assert {e["field"] for e in bank("awards")} <= {e["field"] for e in bank("ceremonies")} | {
        "general",
        "sport",
    }


def test_a_team_name_form_never_stands_for_two_teams_of_one_league() -> None:
    forms: Counter[tuple[str, str]] = Counter()
    for e in bank("teams"):
        for form in dict.fromkeys(
            normalize(f) for f in [e["name"], e.get("short", ""), *e.get("aliases", [])] if f
        ):
            forms[(e["league"], form)] += 1
    assert [k for k, n in forms.items() if n > 1] == []
