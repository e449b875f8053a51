"""Facts: the article's parse, its people, and the typed claims the rules read from it."""

from __future__ import annotations

from ..model import Article, Fact
from .base import LATE_RULES, RULES, Findings, Rule
from .coref import build_cast
from .reading import read

__all__ = ["FACT_KINDS", "Findings", "extract"]

# Every kind the rules emit; each needs a question generator (the kinds registry checks).
FACT_KINDS = (
    "age", "spouse", "partner", "child", "parent", "sibling", "song", "album", "film", "show",
    "screen", "tour", "book", "band", "date", "place", "number", "team", "host", "award", "name",
    "person", "quote", "platform", "role", "job", "maker",
)  # fmt: skip


def _load_rules() -> None:
    """Import every rule module so that its rules register (idempotent)."""
    from . import (  # noqa: F401
        agents,
        ages,
        careers,
        charts,
        counts,
        courtship,
        events,
        family,
        jobs,
        measures,
        origins,
        past_ages,
        places,
        platforms,
        premieres,
        quotes,
        ranks,
        reach,
        schools,
        seasons,
        show_anaphora,
        tour_reach,
        tours,
        works,
    )


def _rules_in_order() -> list[Rule]:
    """Family rules first: later rules read their facts ("the couple" is the star and their
    partner); late rules last; otherwise the order the rules registered in. Import order is
    not relied on, since tools sort imports."""
    return sorted(RULES, key=lambda fn: (fn in LATE_RULES, not fn.__module__.endswith(".family")))


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (kind, subject, relation, value), keeping the earliest sentence."""
    seen: dict[tuple[str, str, str, str], Fact] = {}
    for fact in sorted(facts, key=lambda x: x.evidence.start):
        seen.setdefault(fact.key, fact)
    return list(seen.values())


def extract(article: Article) -> Findings:
    """Read the article once and run every fact rule over it."""
    _load_rules()
    findings = Findings(read(article), None)  # type: ignore[arg-type]
    findings.cast = build_cast(findings.reading)
    for fn in _rules_in_order():
        try:
            fn(findings)
        except Exception as exc:  # noqa: BLE001 - one odd sentence must not sink the pack
            findings.errors.append(f"{fn.__name__}: {type(exc).__name__}: {exc}")
    findings.facts = _dedupe(findings.facts)
    return findings
