"""Calendar dates as articles write them ("Sept. 12", "12th May 2023", "on Sunday")."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH = (
    r"(?P<{}>(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?))"
)
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{}>(?:1[89]|20)\d\d)"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
# Month-day-year, day-month-year, month-year, then ISO: the forms English copy uses.
_FORMS = (
    ("mdy", _WEEKDAY + _MONTH.format("m") + r"\s+" + _DAY.format("d") + r"(?:,\s*|\s+)"
            + _YEAR.format("y")),
    ("dmy", _WEEKDAY + _DAY.format("d") + r"\s+(?:of\s+)?" + _MONTH.format("m") + r",?\s*"
            + _YEAR.format("y")),
    ("md", _WEEKDAY + _MONTH.format("m") + r"\s+" + _DAY.format("d")),
    ("dm", _WEEKDAY + _DAY.format("d") + r"\s+(?:of\s+)?" + _MONTH.format("m")),
    ("my", _MONTH.format("m") + r",?\s+(?:of\s+)?" + _YEAR.format("y")),
    ("iso", _YEAR.format("y") + r"-(?P<m>[01]\d)-(?P<d>[0-3]\d)"),
)  # fmt: skip
_PATTERNS = [(name, re.compile(r"\b" + rx + r"\b")) for name, rx in _FORMS]


@dataclass(frozen=True)
class DateValue:
    """A calendar date at the precision the article gives: year, month and day as known."""

    year: int | None
    month: int | None = None
    day: int | None = None
    text: str = ""  # as written
    relative: bool = False  # resolved from "on Sunday" against the publication date

    @property
    def precision(self) -> str:
        """'day', 'month', 'year' or 'monthday' (a day and month with no year)."""
        if self.day and self.month:
            return "day" if self.year else "monthday"
        if self.month:
            return "month" if self.year else "monthonly"
        return "year"

    def render(self) -> str:
        """The date written out in full at its precision ("August 27, 2023", "May 2021")."""
        month = MONTHS[self.month - 1] if self.month else ""
        if self.day and self.month:
            return f"{month} {self.day}, {self.year}" if self.year else f"{month} {self.day}"
        if self.month:
            return f"{month} {self.year}" if self.year else month
        return str(self.year or "")

    def as_date(self) -> dt.date | None:
        """A datetime.date when year, month and day are all known and valid."""
        if not (self.year and self.month and self.day):
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


def _month_number(word: str) -> int:
    """1-12 for a month name or abbreviation."""
    return [m[:3] for m in MONTHS].index(word[:3].title()) + 1


def find_dates(text: str) -> list[tuple[int, int, DateValue]]:
    """Every absolute date in text as (start, end, value), longest forms first, no overlaps."""
    return list(_find_dates(text))


@functools.lru_cache(maxsize=4096)
def _find_dates(text: str) -> tuple[tuple[int, int, DateValue], ...]:
    """find_dates(), memoised: every stage asks about the same sentences."""
    found: list[tuple[int, int, DateValue]] = []
    taken: list[tuple[int, int]] = []
    for name, rx in _PATTERNS:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            groups = m.groupdict()
            month = int(groups["m"]) if name == "iso" else _month_number(groups["m"])
            day = int(groups["d"]) if groups.get("d") else None
            year = int(groups["y"]) if groups.get("y") else None
            if day is not None and not 1 <= day <= 31 or not 1 <= month <= 12:
                continue
            found.append((m.start(), m.end(), DateValue(year, month, day, m.group(0).strip())))
            taken.append((m.start(), m.end()))
    return tuple(sorted(found, key=lambda f: f[0]))


def find_date(text: str) -> str | None:
    """The first full date (day, month and year) in text, as ISO; else None."""
    for _s, _e, value in find_dates(text):
        day = value.as_date()
        if day:
            return day.isoformat()
    return None


_DAY_WORDS = {
    "yesterday": -1,
    "last night": -1,
    "today": 0,
    "this morning": 0,
    "earlier today": 0,
    "tonight": 0,
    "tomorrow": 1,
}
_RELATIVE = re.compile(
    r"\b(?:(?P<last>last|this past|this)\s+)?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?P<part>night|morning|afternoon|evening))?\b(?![’']s)(?!,?\s+(?:\d|(?-i:[A-Z])))"
    r"|\b(?P<rel>yesterday|last\s+night|earlier\s+today|this\s+morning|today|tonight|tomorrow)\b",
    re.I,
)
_MONTH_ONLY = re.compile(
    r"\b(?P<lead>(?i:in|last|this|this past|earlier in|early|late|since|next|until|by))\s+"
    r"(?:early\s+|late\s+|mid-)?"
    r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+(?:\d|of\s+\d))"
)


@dataclass(frozen=True)
class Mention:
    """A date an article writes relative to its publication ("on Sunday", "last October",
    "Valentine's Day"): resolved once the tense of its clause is known."""

    start: int
    end: int
    text: str
    kind: str  # "weekday", "dayword", "month" or "holiday"
    weekday: int = -1
    month: int = 0
    day: int = 0  # a fixed holiday's day
    offset: int = 0  # a day word's distance from publication ("yesterday" = -1)
    lead: str = ""  # "last", "this past", "in" ...

    def resolve(self, published: dt.date | None, future: bool = False) -> DateValue | None:
        """The calendar date meant, counted from publication: back for what happened, forward
        for what is to come (None when it cannot be known)."""
        last = self.lead.lower() in ("last", "this past")
        if self.kind == "holiday":
            return _holiday(self, published, future)
        if self.kind == "month":
            if published is None:
                return DateValue(None, self.month, None, self.text)
            if future and not last:
                year = published.year + (1 if self.month < published.month else 0)
            elif last:
                year = published.year - (1 if self.month >= published.month else 0)
            else:
                year = published.year - (1 if self.month > published.month else 0)
            return DateValue(year, self.month, None, self.text, relative=True)
        if published is None:
            return None
        if self.kind == "dayword":
            day = published + dt.timedelta(days=self.offset)
        elif future and not last:
            ahead = (self.weekday - published.weekday()) % 7
            day = published + dt.timedelta(days=ahead or 7)
        else:
            back = (published.weekday() - self.weekday) % 7
            if self.lead.lower() == "last" and back < 2:
                back += 7  # "last Wednesday" said on a Thursday: the week before
            # News copy says "on Sunday" for the last Sunday before (or on) the day it ran.
            day = published - dt.timedelta(days=back)
        return DateValue(day.year, day.month, day.day, self.text, relative=True)


def _holiday(m: Mention, published: dt.date | None, future: bool) -> DateValue | None:
    """A holiday as the date it fell on, when the day is fixed and the year can be told."""
    if not m.month or published is None:
        return DateValue(None, None, None, m.text)
    this_year = dt.date(published.year, m.month, m.day)
    if "last year" in m.lead:
        year = published.year - 1
    elif future and not m.lead.startswith(("last", "this past")):
        year = published.year + (1 if this_year < published else 0)
    else:
        year = published.year - (1 if this_year > published else 0)
    return DateValue(year, m.month, m.day, m.text, relative=True)


def find_relative(text: str, holidays: dict[str, tuple[int, int]] | None = None) -> list[Mention]:
    """Every relative date in text: weekdays, day words, months without a day, holidays."""
    return list(_find_relative(text, tuple(sorted((holidays or {}).items()))))


@functools.lru_cache(maxsize=4096)
def _find_relative(
    text: str, holidays: tuple[tuple[str, tuple[int, int]], ...]
) -> tuple[Mention, ...]:
    """find_relative(), memoised."""
    out: list[Mention] = []
    for m in _RELATIVE.finditer(text):
        if m.group("wd"):
            out.append(
                Mention(
                    m.start(),
                    m.end(),
                    m.group(0).strip(),
                    "weekday",
                    weekday=WEEKDAYS.index(m.group("wd").title()),
                    lead=m.group("last") or "",
                )
            )
        else:
            if m.group("rel")[0].isupper() and m.start() > 0:
                continue  # "The Day After Tomorrow": a title, not a day
            word = " ".join(m.group("rel").lower().split())
            out.append(Mention(m.start(), m.end(), m.group(0), "dayword", offset=_DAY_WORDS[word]))
    for m in _MONTH_ONLY.finditer(text):
        lead = m.group("lead").lower()
        start = m.start() if lead in ("last", "this past", "this") else m.start("m")
        written = text[start : m.end()]
        if lead in ("until", "by"):
            continue  # a deadline, not when something happened
        out.append(
            Mention(
                start, m.end(), written, "month", month=MONTHS.index(m.group("m")) + 1, lead=lead
            )
        )
    for name, (month, day) in holidays:
        written = re.escape(name).replace("'", "['’]").replace(r"St\ ", r"St\.?\ ")
        for m in re.finditer(
            rf"\b(?:(?P<lead>last|this past|this)\s+)?(?P<name>{written})(?P<tail>\s+last year)?",
            text,
            re.I,
        ):
            lead = " ".join(x for x in (m.group("lead"), m.group("tail")) if x).strip()
            out.append(
                Mention(
                    m.start("name"),
                    m.end("name"),
                    m.group("name"),
                    "holiday",
                    month=month,
                    day=day,
                    lead=lead,
                )
            )
    return tuple(sorted(out, key=lambda x: x.start))


def parse_iso(text: str | None) -> dt.date | None:
    """A date from 'YYYY-MM-DD', or None."""
    try:
        return dt.date.fromisoformat(text or "")
    except ValueError:
        return None


def dated_elsewhen(text: str) -> bool:
    """True when a sentence puts its event at another time than the story's ("got engaged last
    October", "in 2019"): an age or a tally given in passing is not its value then."""
    months = "|".join(MONTHS)
    return bool(
        re.search(
            rf"\b(?:last|in|since)\s+(?:{months}|(?:19|20)\d\d)\b|\b(?:months|years) ago\b", text
        )
    )
