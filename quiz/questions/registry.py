"""Registry of fact extractors and question generators, keyed by kind (CTFd-style)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from random import Random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .context import Context
    from .model import Fact, Question

Extractor = Callable[["Context"], list["Fact"]]
Generator = Callable[["Fact", "Context", Random], list["Question"]]

EXTRACTORS: dict[str, Extractor] = {}
GENERATORS: dict[str, Generator] = {}


def extractor(name: str) -> Callable[[Extractor], Extractor]:
    """Register a function that reads facts of one or more kinds from an article.

    The result is memoised on the article's context: generators re-read their kind's facts
    (to know every truth a wrong option must avoid) once per question, which used to re-run
    the whole extractor each time.
    """

    def wrap(fn: Extractor) -> Extractor:
        @functools.wraps(fn)
        def memo(ctx: Context) -> list[Fact]:
            key = ("extract", name)
            if key not in ctx.cache:
                ctx.cache[key] = fn(ctx)
            return ctx.cache[key]

        EXTRACTORS[name] = memo
        return memo

    return wrap


def generator(*kinds: str) -> Callable[[Generator], Generator]:
    """Register the question builder for facts of the given kinds."""

    def wrap(fn: Generator) -> Generator:
        for kind in kinds:
            GENERATORS[kind] = fn
        return fn

    return wrap


def load_kinds() -> None:
    """Import every kind module so that its decorators run (idempotent)."""
    from . import (  # noqa: F401
        kind_age,
        kind_award,
        kind_event,
        kind_family,
        kind_number,
        kind_place,
        kind_quote,
        kind_role,
        kind_show,
        kind_song,
        kind_spouse,
    )
