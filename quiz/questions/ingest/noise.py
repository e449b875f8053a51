"""Page furniture: which lines are not prose, and the credits and tags stripped from a line."""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

from ..dates import find_dates

_WORD = re.compile(r"[\w’'&+.-]+")
# Sentence punctuation at the end, possibly inside a closing quote or bracket.
_ENDS_LIKE_PROSE = re.compile(r"[.!?…][\"”’')\]]*$|[\"”]$")
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or the to vs with via nor so yet".split()
)
_TIME = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)", re.I)
_URL = re.compile(r"\b(?:https?://|www\.|pic\.twitter\.com/)\S+", re.I)
_HANDLE_TAIL = re.compile(r"\s+[—–-]\s+[^—–-]{1,40}\(@\w+\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$")
_GALLERY = re.compile(r"^\d+\s+of\s+\d+\s*\|\s*|\s*\|\s*license photo\s*$", re.I)
_ELLIPSIS_TAIL = re.compile(r"\s*(?:\[(?:\.\.\.|…)\]|\.\.\.|…)\s*$")


@functools.cache
def _data() -> dict[str, Any]:
    """The boilerplate word lists (package data)."""
    text = resources.files(__package__).joinpath("boilerplate.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _alternation(words: list[str]) -> str:
    """A regex alternation of literal phrases, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _rules() -> dict[str, re.Pattern[str]]:
    """Compiled rules built from the word lists."""
    d = _data()
    credit = _alternation(d["credit_words"])
    wire = _alternation(d["wire_agencies"])
    return {
        "line": re.compile(r"^(?:" + _alternation(d["lines"]) + r")[\s:.!|»›>-]*$", re.I),
        "prefix": re.compile(r"^(?:" + _alternation(d["prefixes"]) + r")", re.I),
        "contains": re.compile(r"(?:" + _alternation(d["contains"]) + r")", re.I),
        # "(AP Photo/Chris Pizzello)", "Credit: Corbin Gurkin", "PIC: Ann Bee/Facebook".
        "trailing_credit": re.compile(
            r"\s*(?:\((?:[^()]*/)?(?:" + credit + r")[^()]*\)"
            r"|\b(?:(?:image|photo|picture)\s+)?(?:credit|credits|photo|photos|pic|picture|image|images|source)\s*:\s*[^.!?]*"
            r"|\b(?:file\s+)?photo\s+by\s+[^.!?]*/[^.!?]*"
            r"|\s+advertisement"
            r"|(?<=[.!?\"”])\s*[A-Z][\w.'’ -]{0,40}/(?:" + credit + r")(?:\s[\w ]{0,30})?"
            r")\s*$",
            re.I,
        ),
        # "Jane Orr/Getty Images for GQ" glued before the prose.
        "leading_credit": re.compile(
            r"^[A-Z][\w.'’ -]{0,40}/(?:" + credit + r")(?:\s+for\s+[A-Z][\w]*)?\s*", re.I
        ),
        # "LOS ANGELES (Reuters) –", "CNN —", "(NEW YORK) —", "Dec. 27 (UPI) --".
        # Only the agency is matched in any case: "(NEW YORK)" is a dateline, the nickname in
        # "Chris (Swaggy C) Williams" is part of the sentence.
        "dateline": re.compile(
            r"^(?:[A-Z][A-Za-z0-9.,' ]{0,40}\s)?\((?:(?i:" + wire + r")|[A-Z][A-Z .,']{2,30})\)"
            r"\s*(?:[—–-]{1,2}\s*)?"
            r"|^(?i:" + wire + r")\s+[—–-]{1,2}\s*",
        ),
        "wire_tail": re.compile(
            r"\s*(?:\((?:" + wire + r")\)|[—–-]{1,2}\s*(?:" + wire + r"))\s*$", re.I
        ),
        "byline": re.compile(
            r"^(?i:by|written by|words by|reporting by)\s+"
            r"(?:[A-Z][\w.'’-]*\s*(?:and\s+|&\s+|,\s*)?){1,6}"
            r"(?:\s*[|,•·-].*)?$|^[—–-]\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}$"
        ),
    }  # fmt: skip


def words(line: str) -> list[str]:
    """The words of a line (punctuation dropped)."""
    return _WORD.findall(line)


def ends_like_prose(line: str) -> bool:
    """True when the line ends with sentence punctuation."""
    return bool(_ENDS_LIKE_PROSE.search(line.strip()))


def title_case_share(line: str) -> float:
    """Share of the content words that start with a capital (headlines are near 1)."""
    content = [w for w in words(line) if w.lower() not in _SMALL_WORDS and w[:1].isalpha()]
    if not content:
        return 0.0
    return sum(w[:1].isupper() for w in content) / len(content)


def clean_line(line: str) -> str:
    """The line without credits, wire tags, datelines, links and teaser ellipses."""
    r = _rules()
    s = " ".join(line.split())
    s = _URL.sub("", s)
    s = _GALLERY.sub("", s)
    s = _HANDLE_TAIL.sub("", s)
    s = r["leading_credit"].sub("", s)
    s = r["dateline"].sub("", s, count=1)
    for _ in range(2):  # a caption may end in a credit and then a wire tag
        s = r["trailing_credit"].sub("", s)
        s = r["wire_tail"].sub("", s)
    s = _ELLIPSIS_TAIL.sub("", s) if s.endswith(("[...]", "[…]")) else s
    return " ".join(s.split()).strip(" |•·")


def is_boilerplate(line: str) -> bool:
    """True for page furniture: ads, share buttons, related links, bylines, widgets, credits."""
    r = _rules()
    s = line.strip()
    if not s:
        return True
    if r["line"].match(s) or r["prefix"].match(s) or r["byline"].match(s):
        return True
    n = len(words(s))
    if n <= 14 and r["contains"].search(s):
        return True
    # Radio schedules and weather widgets: "Paul Brand 3pm - 6pm", "64° Good Morning".
    if n <= 8 and (_TIME.search(s) or "°" in s):
        return True
    return False


def is_timestamp(line: str) -> bool:
    """True for a line that is only a date and time ("9 April 2022, 06:12 | Updated: ...")."""
    s = line.strip()
    found = find_dates(s)
    if not found:
        return False
    rest = s
    for start, end, _v in reversed(found):
        rest = rest[:start] + " " + rest[end:]
    rest = re.sub(r"\d{1,2}:\d\d(?:\s*(?:am|pm))?|\b(?:updated|published|posted|on|at|ist|"
                  r"edt|est|bst|gmt|utc|pdt|pst|cet|written|by|last)\b|[|:,•·-]", " ", rest,
                  flags=re.I)  # fmt: skip
    return len(words(rest)) <= 2


def is_listing(line: str) -> bool:
    """A tour or schedule line: a date, a dash, then places ("March 30 – Nashville, TN ...")."""
    s = line.strip()
    found = find_dates(s)
    if not found or found[0][0] > 12:
        return False
    rest = s[found[0][1] :].lstrip()
    return bool(re.match(r"^[—–:|-]\s*[A-Z]", rest)) and len(words(rest)) <= 14
