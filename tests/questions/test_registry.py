"""The kinds registry finds one generator per fact kind and fails loudly on a missing one."""

from __future__ import annotations

import pytest

from quiz.questions import facts, kinds


def test_every_fact_kind_has_a_generator() -> None:
    found = kinds.generators()
    assert set(facts.FACT_KINDS) <= set(found)


def test_a_fact_kind_without_a_generator_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(facts, "FACT_KINDS", (*facts.FACT_KINDS, "horoscope"))
    kinds.generators.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="horoscope"):
            kinds.generators()
    finally:
        kinds.generators.cache_clear()


def test_two_generators_for_one_kind_is_an_error() -> None:
    kinds.generators()
    with pytest.raises(RuntimeError, match="age"):
        kinds.generator("age")(lambda fact, asker: [])
