"""Small text helpers shared by ingest, extraction and the quality gate."""

from __future__ import annotations

import functools
import re
import unicodedata

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_NUMBERS: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
for _t, _w in enumerate(_TENS):
    if _t >= 2:
        WORD_NUMBERS[_w] = _t * 10
        for _u in range(1, 10):
            WORD_NUMBERS[f"{_w}-{_UNITS[_u]}"] = _t * 10 + _u
WORD_NUMBERS["a dozen"] = 12
WORD_NUMBERS["dozen"] = 12

# A number written as digits or as English words ("5", "five", "forty-four").
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?|"
    + "|".join(sorted((re.escape(w) for w in WORD_NUMBERS), key=len, reverse=True))
    + r")"
)

# A personal name: capitalised words, initials, particles and suffixes.
_CAPWORD = r"(?:[A-Z][a-zà-öø-ÿ'’]+(?:-[A-Z][a-zà-öø-ÿ'’]+)?|[A-Z]\.|[A-Z]{2,}(?=[\s,.]))"
NAME = _CAPWORD + r"(?: (?:Jr\.|Sr\.|" + _CAPWORD + r"|de|van|von|da|del|II|III))*"

QUOTES = "\"“”‘’'"


def to_int(text: str) -> int | None:
    """Parse '5', '1,200' or 'forty-four' into an int; None if it is not a whole number."""
    t = text.strip().lower().replace(",", "")
    if t.isdigit():
        return int(t)
    return WORD_NUMBERS.get(t)


@functools.lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Lower-case, strip accents and punctuation, spell numbers as digits, squeeze spaces."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).lower()
    t = re.sub(r"[’'`]s\b", "", t)
    t = re.sub(r"[^\w\s-]", " ", t).replace("-", " ")
    words = []
    for w in t.split():
        n = WORD_NUMBERS.get(w)
        words.append(str(n) if n is not None else w)
    return " ".join(words)


def contains_phrase(haystack: str, needle: str) -> bool:
    """Whole-word, normalised containment of needle in haystack."""
    # normalize() leaves only word characters and single spaces, so padding both with a
    # space turns the whole-word test into a substring test (no per-needle regex to compile).
    n, h = normalize(needle), normalize(haystack)
    return bool(n) and f" {n} " in f" {h} "


def strip_title(text: str) -> str:
    """Trim quotes and trailing punctuation a title picks up inside quotation marks."""
    return text.strip().strip(QUOTES).strip().rstrip(",.;:!?").strip()


@functools.lru_cache(maxsize=65536)
def _word_set(text: str) -> tuple[str, frozenset[str]]:
    """normalize(text) and its set of words."""
    n = normalize(text)
    return n, frozenset(n.split())


def is_variant(a: str, b: str) -> bool:
    """True when one option is a part or spelling of the other ('Smith' vs 'Jane Smith')."""
    (na, sa), (nb, sb) = _word_set(a), _word_set(b)
    if not na or not nb:
        return na == nb
    if na == nb:
        return True
    return sa <= sb or sb <= sa


def possessive(name: str) -> str:
    """English possessive of a name ("Ross" -> "Ross'", "Ana" -> "Ana's")."""
    return name + ("'" if name.endswith("s") else "'s")
