"""Nicknames fans play under: validation against a block list, and generated fun names."""

from __future__ import annotations

import random
import re
import unicodedata
from functools import cache
from importlib import resources

from sqlalchemy import select

from quiz.extensions import db
from quiz.models import BlockedWord

MIN_LENGTH = 2
MAX_LENGTH = 24

ADJECTIVES = (
    "Swift", "Brave", "Clever", "Lucky", "Sunny", "Jolly", "Mighty", "Quiet", "Witty",
    "Cosmic", "Golden", "Happy", "Nimble", "Bold", "Zesty", "Groovy", "Snappy", "Plucky",
)  # fmt: skip
ANIMALS = (
    "Otter", "Falcon", "Panda", "Tiger", "Koala", "Badger", "Dolphin", "Fox", "Heron",
    "Lynx", "Moose", "Owl", "Puffin", "Raven", "Walrus", "Yak", "Gecko", "Llama",
)  # fmt: skip

# Common look-alike spellings, so "sh1t" is caught like "shit".
_LEET = str.maketrans("013457@$", "oieastas")
_WORD = re.compile(r"[^\W_]+")


def normalise_nickname(text: str | None) -> str:
    """Trim the nickname and collapse runs of whitespace to one space."""
    return " ".join((text or "").split())


def validate_nickname(text: str) -> str | None:
    """Return why the nickname can't be used, or None when it is fine."""
    name = normalise_nickname(text)
    if not MIN_LENGTH <= len(name) <= MAX_LENGTH:
        return f"Nicknames are {MIN_LENGTH} to {MAX_LENGTH} characters long."
    if not all(_allowed_char(ch) for ch in text.strip()):
        return "Nicknames can only use printable characters."
    if _contains_blocked_word(name, blocked_words()):
        return "Please choose a different nickname."
    return None


def fun_name(rng: random.Random | None = None) -> str:
    """A friendly generated nickname such as "Swift Otter 42"."""
    rng = rng or random.Random()
    return f"{rng.choice(ADJECTIVES)} {rng.choice(ANIMALS)} {rng.randint(10, 99)}"


def blocked_words() -> frozenset[str]:
    """The shipped block list plus the words staff have added."""
    added = db.session.scalars(select(BlockedWord.word))
    return shipped_blocked_words() | {w.strip().lower() for w in added if w.strip()}


@cache
def shipped_blocked_words() -> frozenset[str]:
    """The block list that ships with the package (data/blocked_nicknames.txt)."""
    text = resources.files("quiz.play").joinpath("data/blocked_nicknames.txt").read_text("utf-8")
    lines = (line.strip().lower() for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _allowed_char(ch: str) -> bool:
    # Plain spaces are fine; other separators, control and format characters
    # (zero-width joiners, bidi overrides) let names impersonate others or break layouts.
    return ch == " " or (ch.isprintable() and unicodedata.category(ch)[0] not in "CZ")


def _contains_blocked_word(name: str, blocked: frozenset[str]) -> bool:
    """Match whole words, and the squashed name, so "F.U.C.K" and "sh1t" are caught too."""
    folded = unicodedata.normalize("NFKD", name).casefold()
    for variant in (folded, folded.translate(_LEET)):
        words = _WORD.findall(variant)
        if any(word in blocked for word in words) or "".join(words) in blocked:
            return True
    return False
