"""Numbers, ages and dates perturbed within a plausible range, in the key's unit and format."""

from __future__ import annotations

import calendar
import datetime
import re
from random import Random
from typing import TYPE_CHECKING

from ..dates import MONTHS, find_dates
from ..textutil import is_variant, ordinal_value, to_int

if TYPE_CHECKING:
    from . import Spec

# Plausible ranges for ages by unit: a baby is days, weeks or months old.
AGE_RANGES = {"day": (1, 30), "week": (1, 20), "month": (1, 35), "year": (1, 99)}


def _split(key: str) -> tuple[str, float, str, str]:
    """(prefix, number, written number, suffix) of a key such as 'nearly 10 years' or '$70,000'."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", key)
    if m is None:
        n = to_int(key.split()[0]) if key.split() else None
        return "", float(n or 0), key.split()[0] if key.split() else "", " ".join(key.split()[1:])
    return key[: m.start()], float(m.group(0).replace(",", "")), m.group(0), key[m.end() :]


def _write(n: float, like: str) -> str:
    """n written like the key's number (thousands separators, decimals)."""
    if "." in like:
        decimals = len(like.split(".")[1])
        return f"{n:,.{decimals}f}" if "," in like else f"{n:.{decimals}f}"
    return f"{int(n):,}" if "," in like or n >= 10000 else str(int(n))


def _near(n: int, lo: int, hi: int, gap: int, rng: Random) -> list[int]:
    """Distinct integers around n, at least gap apart from n and each other, within [lo, hi]."""
    spread = max(3 * gap, n // 3 if n > 12 else 4)
    chosen: list[int] = []
    # Near a bound ("August 1", "1 year") one side is short: widen until there are options.
    for _ in range(4):
        pool = [x for x in range(max(lo, n - spread), min(hi, n + spread) + 1) if abs(x - n) >= gap]
        rng.shuffle(pool)
        chosen = []
        for x in pool:
            if all(abs(x - c) >= gap for c in chosen):
                chosen.append(x)
        # Six, so that the studio's "new wrong options" still has a fresh three to show.
        if len(chosen) >= 6 or (n - spread <= lo and n + spread >= hi):
            break
        spread *= 2
    # Balanced around the key, so the key is not always the smallest or largest.
    return sorted(chosen, key=lambda x: (abs(x - n), rng.random()))


def number_options(spec: Spec, rng: Random) -> list[str]:
    """Wrong numbers in the key's form: ages by unit, counts, ordinals and durations."""
    if spec.type == "ordinal":
        n = ordinal_value(spec.key) or 0
        from ..kinds.wording import ordinal

        step = 10 ** (len(str(n)) - len(str(n).rstrip("0"))) if n else 1
        if n >= 100 and step >= 10:
            # A round milestone ("500th goal"): round wrong options, or the key is the only one.
            picks = [x for k in (1, 2, 3) for x in (n - k * step, n + k * step) if x > 0]
            return [ordinal(x) for x in sorted(picks, key=lambda x: (abs(x - n), rng.random()))]
        return [ordinal(x) for x in _near(n, 1, max(n * 2, 12), 1, rng)]
    prefix, value, written, suffix = _split(spec.key)
    n = int(value)
    if spec.type == "age":
        lo, hi = AGE_RANGES.get(spec.unit or "year", (1, 99))
        if spec.relation == "child" and (spec.unit or "year") == "year":
            hi = 17
        # Ages asked for a month or year: a year either side may also be true, so 2 apart.
        gap = 2 if (spec.unit or "year") == "year" and n > 3 else 1
        nums = _near(n, lo, hi, gap, rng)
        out = []
        for x in nums:
            text = str(x) if not suffix.strip() else f"{x} {_unit_word(spec.unit, x)}"
            out.append(prefix + text if not suffix.strip() else text)
        return out
    if spec.relation == "rough":
        # "more than 40 million": options far apart, so that only the key is about right.
        factors = [0.25, 0.5, 2.0, 3.0, 4.0, 0.4]
        rng.shuffle(factors)
        lead = len(str(int(value))) - 1
        rounded = [max(1, round(value * f, -lead) if lead else round(value * f)) for f in factors]
        if "." in written and re.match(r"\s*(?:million|billion|thousand)\b", suffix):
            # "over 14.3 million": whole numbers of the scale ("over 7 million"), not "1.0".
            rounded = [max(1, round(value * f)) for f in factors]
            written = written.split(".")[0]
        options = dict.fromkeys(f"{prefix}{_write(x, written)}{suffix}" for x in rounded)
        # "3 million" beside "7.3 million" reads as a part of the key: the gate drops it.
        return [o for o in options if not is_variant(o, spec.key)]
    if value != int(value):
        steps = [value * f for f in (0.6, 0.75, 1.3, 1.5, 0.85, 1.2)]
        return [f"{prefix}{_write(round(x, 1), written)}{suffix}" for x in steps]
    if n >= 100:
        # Big counts: same order of magnitude, rounded the way the key is.
        zeros = len(str(n)) - len(str(n).rstrip("0"))
        unit = 10 ** min(zeros, max(len(str(n)) - 2, 0))
        factors = [0.5, 0.7, 1.4, 1.8, 0.6, 1.25, 2.0]
        rng.shuffle(factors)
        return [
            f"{prefix}{_write(max(unit, round(n * f / unit) * unit), written)}{suffix}"
            for f in factors
        ]
    gap = 1 if n <= 20 else max(2, n // 10)
    return [
        f"{prefix}{_write(x, written)}{_plural_suffix(suffix, x)}"
        for x in _near(n, 1 if n > 0 else 0, max(n * 3, n + 10), gap, rng)
    ]


def weight_options(spec: Spec, rng: Random) -> list[str]:
    """A newborn's weight in the key's form ("7 pounds, 2 ounces", "7lb 1oz"): pounds from 5 to
    10 and ounces from 0 to 15, at least four ounces from the key and from each other."""
    m = re.fullmatch(r"(\D*?)(\d+)(\D+?)(\d+)(\D*)", spec.key)
    if m is None:
        return []
    lead, lbs, mid, oz, tail = m.groups()
    key = int(lbs) * 16 + int(oz)
    picks: list[int] = []
    pool = [p * 16 + o for p in range(5, 11) for o in range(1, 16)]
    rng.shuffle(pool)
    for x in sorted(pool, key=lambda x: abs(x - key) // 8):
        if abs(x - key) >= 4 and all(abs(x - c) >= 4 for c in picks):
            picks.append(x)
        if len(picks) == 8:
            break
    out = []
    for x in picks:
        o = x % 16
        # "1 ounces" reads wrong; "2 ounce" does too (the key's word may be either).
        ounce_tail = re.sub(r"^(\s*ounce)s?", r"\1" if o == 1 else r"\1s", tail)
        text = f"{lead}{x // 16}{mid}{o}{ounce_tail}"
        if not is_variant(text, spec.key):  # "7 pounds, 7 ounces" is all words of the key's
            out.append(text)
    return out


def _unit_word(unit: str, n: int) -> str:
    """'month' / 'months'."""
    word = unit or "year"
    return word if n == 1 else word + "s"


def _plural_suffix(suffix: str, n: int) -> str:
    """' years' stays plural, ' year' becomes ' years' for n != 1."""
    s = suffix
    if n != 1 and re.fullmatch(r"\s+(year|month|week|day|time)", s):
        return s + "s"
    if n == 1 and re.fullmatch(r"\s+(years|months|weeks|days|times)", s):
        return s[:-1]
    return s


def date_options(spec: Spec, rng: Random) -> list[str]:
    """Dates of the key's precision: days of the same month, months near it, years near it."""
    holiday = _holiday_options(spec.key, rng)
    if holiday:
        return holiday
    found = find_dates(spec.key)
    if not found and spec.key.strip() in MONTHS:
        month = MONTHS.index(spec.key.strip())
        return [MONTHS[(month + s) % 12] for s in _near(0, -5, 6, 1, rng)]
    if not found:
        year = to_int(spec.key.strip())
        if year is None:
            return []
        latest = spec.year or year + 5
        return [str(y) for y in _near(year, year - 15, max(latest, year + 1), 1, rng)]
    value = found[0][2]
    month = value.month or 1
    if value.day and value.year and spec.relation == "release":
        return _same_weekday(datetime.date(value.year, month, value.day), spec, rng)
    if value.day:
        year = value.year or 2001
        last = calendar.monthrange(year, month)[1]
        days = _near(value.day, 1, last, 3, rng)
        tail = f", {value.year}" if value.year else ""
        return [f"{MONTHS[month - 1]} {d}{tail}" for d in days]
    if value.year:
        out = []
        for shift in _near(0, -14, 14, 2, rng):
            m0 = month - 1 + shift
            y = value.year + m0 // 12
            if spec.year and y > spec.year:
                continue
            if spec.latest and (y, m0 % 12 + 1) > (spec.latest.year, spec.latest.month):
                continue  # "July 2023" for what happened before a story of June 2023
            out.append(f"{MONTHS[m0 % 12]} {y}")
        return out
    return [MONTHS[(month - 1 + s) % 12] for s in _near(0, -5, 6, 1, rng)]


def _same_weekday(day: datetime.date, spec: Spec, rng: Random) -> list[str]:
    """Days of the key's weekday in the weeks around it: records and films come out on one
    day of the week (Friday), so the only Friday among release dates is the key."""
    weeks = [w for w in range(-6, 7) if w]
    rng.shuffle(weeks)
    out = []
    for w in weeks:
        other = day + datetime.timedelta(weeks=w)
        if spec.latest and (other.year, other.month) > (spec.latest.year, spec.latest.month):
            continue  # not after the story's month, for a release already out
        out.append(f"{MONTHS[other.month - 1]} {other.day}, {other.year}")
    return out


def _holiday_options(key: str, rng: Random) -> list[str]:
    """Other holidays for a holiday ("Valentine's Day"), with the key's apostrophes."""
    from ..facts import lexicon

    names = lexicon.holidays()
    plain = key.replace("’", "'")
    if plain not in names:
        return []
    curly = "’" in key
    # One country's holiday only beside a key of that country: St George's Day among the
    # holidays of an American proposal gives itself away.
    national = lexicon.data()["national_holidays"].values()
    home = next((set(days) for days in national if plain in days), set())
    foreign = {d for days in national for d in days} - home
    out = [
        n.replace("'", "’") if curly else n
        for n in names
        if n != plain
        and n not in foreign
        and not (plain.startswith("Easter") and n.startswith("Easter"))
    ]
    rng.shuffle(out)
    return out
