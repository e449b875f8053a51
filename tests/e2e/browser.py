"""Helpers for browser tests: screenshots and axe-core accessibility checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def screenshot(page: Any, name: str) -> Path:
    """Save a full-page screenshot under build/screenshots/ (git-ignored)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    settle(page)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def heading(page: Any) -> str:
    """The page's h1 as one line of text."""
    return " ".join(page.get_by_role("heading", level=1).inner_text().split())


def settle(page: Any) -> None:
    """Wait until every CSS animation that ends has ended (axe reads colours mid-fade too).

    Transitions are left out: the timer ring's runs for as long as the clock ticks.
    """
    page.wait_for_function(
        """() => document.getAnimations().every(a => !(a instanceof CSSAnimation)
             || a.effect.getComputedTiming().iterations === Infinity
             || a.playState !== 'running')"""
    )


def serious_violations(page: Any) -> list[str]:
    """axe-core's serious and critical accessibility violations on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    settle(page)
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v.get("impact") in ("serious", "critical")
    ]
