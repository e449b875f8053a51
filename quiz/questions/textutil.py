"""Small text helpers shared by every stage: normalising, numbers in words, containment."""

from __future__ import annotations

import functools
import re
import unicodedata

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINAL_UNITS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_ORDINAL_TENS = "_ _ twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth"

WORD_NUMBERS: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
WORD_ORDINALS: dict[str, int] = {w: i for i, w in enumerate(_ORDINAL_UNITS)}
for _t, (_w, _o) in enumerate(zip(_TENS, _ORDINAL_TENS.split(), strict=True)):
    if _t >= 2:
        WORD_NUMBERS[_w] = _t * 10
        WORD_ORDINALS[_o] = _t * 10
        for _u in range(1, 10):
            WORD_NUMBERS[f"{_w}-{_UNITS[_u]}"] = _t * 10 + _u
            WORD_ORDINALS[f"{_w}-{_ORDINAL_UNITS[_u]}"] = _t * 10 + _u
WORD_NUMBERS.update({"a dozen": 12, "dozen": 12, "a hundred": 100, "hundred": 100})
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "mln": 1_000_000}

QUOTES = "\"“”‘’'"
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.I)


def to_int(text: str) -> int | None:
    """'5', '1,200', 'forty-four' or 'a dozen' as an int; None if not a whole number."""
    t = text.strip().lower().replace(",", "")
    if t.isascii() and t.isdigit():  # "¹" is a digit to isdigit(), not to int()
        return int(t)
    return WORD_NUMBERS.get(t)


def ordinal_value(text: str) -> int | None:
    """'5th', 'fifth', 'twenty-first' as an int; None if it is no ordinal."""
    t = text.strip().lower()
    m = _ORDINAL_DIGITS.match(t)
    if m:
        return int(m.group(1))
    return WORD_ORDINALS.get(t)


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
        if n is None:
            n = WORD_ORDINALS.get(w)
            m = _ORDINAL_DIGITS.match(w)
            n = int(m.group(1)) if m else n
        words.append(str(n) if n is not None else w)
    return " ".join(words)


def contains_phrase(haystack: str, needle: str) -> bool:
    """Whole-word, normalised containment of needle in haystack."""
    # normalize() leaves only word characters and single spaces, so padding both with a
    # space turns the whole-word test into a substring test.
    n, h = normalize(needle), normalize(haystack)
    return bool(n) and f" {n} " in f" {h} "


def strip_title(text: str) -> str:
    """Trim quotes and trailing punctuation a title picks up inside quotation marks."""
    return text.strip().strip(QUOTES).strip().rstrip(",.;:").strip()


@functools.lru_cache(maxsize=65536)
def word_set(text: str) -> frozenset[str]:
    """The normalised words of text."""
    return frozenset(normalize(text).split())


def is_variant(a: str, b: str) -> bool:
    """True when one option is a part or spelling of the other ('Smith' vs 'Jane Smith')."""
    na, nb = normalize(a), normalize(b)
    if not na or not nb or na == nb:
        return na == nb
    sa, sb = word_set(a), word_set(b)
    return sa <= sb or sb <= sa


def possessive(name: str) -> str:
    """English possessive of a name ("Ross" -> "Ross'", "Ana" -> "Ana's")."""
    return name + ("'" if name.endswith("s") else "'s")


def squeeze(text: str) -> str:
    """Collapse runs of white space into single spaces and trim."""
    return " ".join(text.split())
