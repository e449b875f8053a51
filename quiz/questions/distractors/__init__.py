"""Wrong options of the key's type and attributes: the article first, then banks, then made up.

A spec says what the key is (a woman's name, an age in months, a city in Florida, a pop
album); each source offers candidates of that type, and the guard drops any that is true per
the article, a variant of the key, or formatted unlike it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from random import Random

from .guard import clean
from .numbers import date_options, number_options, weight_options
from .people import people_options
from .places import place_options
from .titles import named_options

__all__ = ["Spec", "options"]


@dataclass(frozen=True)
class Spec:
    """What a key is, for choosing wrong options of the same kind."""

    type: str  # person, first_name, title, place, date, number, ordinal, award, team, band
    key: str
    sex: str = ""  # for people: the sex the prompt implies; for records: the maker's ('group')
    field: str = ""  # singer, actor, athlete, host, reality, royal, band ...
    genre: str = ""
    work: str = ""  # album, song, film, show ...
    unit: str = ""  # year, month, week, day (ages), or the counted noun
    relation: str = ""  # the prompt's relation (child, spouse, age-of-child ...)
    subject: str = ""  # who the question is about (their own facts are never options)
    surname: str = ""  # a surname the key shares with the subject's family
    year: int | None = None  # the story's year, for eras and for dates
    latest: dt.date | None = None  # the story's day (or year's end): no option after it
    region: str = ""  # for places: where the key lies ("Chicago" for the Ritz-Carlton there)
    avoid: frozenset[str] = dataclasses.field(default_factory=frozenset)  # true per the article
    famous: bool = False  # for people: the article calls the key a star ("rapper Offset")
    born: int | None = None  # for people: the key's birth year as far as the article tells


def options(spec: Spec, article_pool: list[str], rng: Random, n: int = 8) -> list[str]:
    """Up to n wrong options for the key, best first, already cleared by the guard."""
    if spec.type in ("person", "first_name"):
        raw = people_options(spec, article_pool, rng)
    elif spec.type in ("number", "ordinal", "duration", "age"):
        raw = number_options(spec, rng)
    elif spec.type == "weight":
        raw = weight_options(spec, rng)
    elif spec.type == "date":
        raw = date_options(spec, rng)
    elif spec.type == "place":
        raw = place_options(spec, article_pool, rng)
    else:
        raw = named_options(spec, article_pool, rng)
    return clean(
        spec.key,
        raw,
        spec.avoid,
        numeric=spec.type in ("number", "ordinal", "duration", "age", "date", "weight"),
        limit=n,
        shape=spec.type in ("person", "first_name"),
    )
