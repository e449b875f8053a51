"""Question kinds: one module per fact kind, found by a registry keyed by kind (CTFd's model).

Every kind the fact rules can emit must have a generator: ``generators()`` fails loudly when
one is missing, so a new fact kind cannot silently produce no questions.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Fact, Question
    from .base import Asker

Generator = Callable[["Fact", "Asker"], list["Question"]]
_REGISTRY: dict[str, Generator] = {}
_HELPERS = frozenset({"base", "kin", "wording"})


def generator(*kinds: str) -> Callable[[Generator], Generator]:
    """Register the question builder for facts of the given kinds."""

    def wrap(fn: Generator) -> Generator:
        for kind in kinds:
            if kind in _REGISTRY and _REGISTRY[kind] is not fn:
                raise RuntimeError(f"two generators claim the fact kind {kind!r}")
            _REGISTRY[kind] = fn
        return fn

    return wrap


@functools.cache
def generators() -> dict[str, Generator]:
    """Every kind module imported, checked against the kinds the fact rules emit."""
    from ..facts import FACT_KINDS

    for info in pkgutil.iter_modules(__path__):
        if info.name not in _HELPERS:
            importlib.import_module(f"{__name__}.{info.name}")
    missing = sorted(set(FACT_KINDS) - set(_REGISTRY))
    if missing:
        raise RuntimeError(f"fact kinds with no question generator: {', '.join(missing)}")
    return dict(_REGISTRY)


def generator_for(kind: str) -> Generator:
    """The generator of one fact kind (KeyError for a kind nobody registered)."""
    return generators()[kind]
