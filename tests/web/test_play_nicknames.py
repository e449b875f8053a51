"""Nickname rules: length, printable characters, the block list, generated fun names."""

from __future__ import annotations

import random

import pytest

from quiz.extensions import db
from quiz.models import BlockedWord
from quiz.play.nicknames import fun_name, normalise_nickname, validate_nickname


@pytest.mark.parametrize(
    "name", ["Sam", "Jo", "x" * 24, "Zoë K.", "李小龍", "  Ann   Lee  ", "Cassandra", "Scunthorpe"]
)
def test_good_nicknames_pass(app, name: str) -> None:
    assert validate_nickname(name) is None


@pytest.mark.parametrize(
    ("name", "reason"),
    [("A", "2 to 24"), ("   ", "2 to 24"), ("y" * 25, "2 to 24"), ("Tab\there", "printable"),
     ("Null\x00Byte", "printable"), ("Zero\u200bWidth", "printable"), ("RTL\u202egnp", "printable"),
     ("shit", "different"), ("Big SHIT", "different"), ("sh1t", "different"),
     ("F.U.C.K", "different"), ("f u c k", "different"), ("Admin", "different")],
)  # fmt: skip
def test_bad_nicknames_say_why(app, name: str, reason: str) -> None:
    error = validate_nickname(name)
    assert error is not None and reason in error


def test_staff_blocked_words_count_too(app) -> None:
    assert validate_nickname("Gronk Fan") is None
    db.session.add(BlockedWord(word="Gronk"))
    db.session.commit()
    assert validate_nickname("gronk fan") == "Please choose a different nickname."


def test_fun_names_are_valid_and_follow_the_seed(app) -> None:
    names = [fun_name(random.Random(seed)) for seed in range(200)]
    assert names[:5] == [fun_name(random.Random(seed)) for seed in range(5)]
    assert len(set(names)) > 100
    assert all(validate_nickname(name) is None for name in names)


def test_normalise_collapses_whitespace() -> None:
    assert normalise_nickname("  Ann \t  Lee ") == "Ann Lee"
    assert normalise_nickname(None) == ""
