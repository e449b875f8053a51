"""Shared fixtures for the question-engine tests (no Flask app needed)."""

from __future__ import annotations

import pytest
from qhelpers import DEMO

from quiz.questions import GeneratedPack, generate_pack


@pytest.fixture(scope="session")
def demo_text() -> str:
    """The demo article's text."""
    return DEMO.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def demo_pack(demo_text: str) -> GeneratedPack:
    """The demo article's pack at seed 0 (spaCy parses once per session)."""
    return generate_pack(demo_text)
