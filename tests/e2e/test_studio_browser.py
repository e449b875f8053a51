"""The studio in Chromium: log in, paste an article, approve, publish, then play the pack."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.browser import screenshot, serious_violations
from tests.helpers import STAFF_PASSWORD

DEMO_ARTICLE = Path(__file__).resolve().parents[2] / "quiz" / "demo" / "john-legend-mini-me.txt"
HOSTILE_LINES = '<script>alert("article")</script>\n<img src=x onerror=alert("img")>\n\n'


@pytest.fixture
def editor(make_staff) -> Any:
    """An editor account that can draft, review and publish."""
    return make_staff("editor@example.com", "editor")


def _log_in(page: Any) -> None:
    page.goto("/studio/")
    page.get_by_label("Email").fill("editor@example.com")
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/studio/$"))


def _no_dialogs(page: Any) -> list[str]:
    dialogs: list[str] = []

    def record(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    return dialogs


def test_studio_flow_from_article_to_played_pack(page, editor) -> None:
    dialogs = _no_dialogs(page)
    checked: dict[str, list[str]] = {}
    page.goto("/studio/login")
    checked["studio-login"] = serious_violations(page)
    screenshot(page, "studio-login")
    _log_in(page)
    checked["studio-packs"] = serious_violations(page)

    page.goto("/studio/packs/new")
    page.get_by_label("Paste the article").fill(HOSTILE_LINES + DEMO_ARTICLE.read_text())
    page.get_by_role("button", name="Draft the pack").click()
    page.wait_for_url(re.compile(r"/studio/packs/\d+$"), timeout=60_000)  # the engine runs
    # The pasted markup is shown as text, never run.
    assert page.get_by_text('<script>alert("article")</script>').count() >= 1
    checked["studio-pack-review"] = serious_violations(page)
    screenshot(page, "studio-pack-review")
    # The evidence highlight stays readable in dark mode (axe checks its contrast).
    page.emulate_media(color_scheme="dark")
    assert page.locator(".article-text mark").count() > 0
    checked["studio-pack-review-dark"] = serious_violations(page)
    screenshot(page, "studio-pack-review-dark")
    page.emulate_media(color_scheme="light")

    page.evaluate("() => { window.__samePage = 'yes'; }")
    approve = page.locator("article.question-card").get_by_role(
        "button", name="Approve", exact=True
    )
    drafted = approve.count()
    assert drafted >= 3
    for _ in range(drafted):
        approve.first.click()
        page.wait_for_function(
            "n => document.querySelectorAll('.status-approved .badge').length >= n", arg=_ + 1
        )
    assert page.evaluate("() => window.__samePage") == "yes"  # reviewed without reloads
    page.get_by_role("button", name="Publish", exact=True).click()
    page.get_by_text("published", exact=False).first.wait_for()
    title = page.locator("h1").first.inner_text()

    player = page.context.browser.new_context(base_url=page.url.split("/studio")[0])
    fan = player.new_page()
    fan.goto("/")
    fan.get_by_role("link", name=title, exact=True).click()
    fan.get_by_role("button", name="Start playing").click()
    fan.wait_for_url(re.compile(r"/play/"))
    fan.get_by_role("button", name="Start", exact=True).click()
    for _ in range(min(drafted, 15)):  # a play takes at most PLAY_QUESTION_LIMIT
        fan.locator("form.options button.tile").first.click()
        fan.locator("[data-next]").click()
    fan.wait_for_url(re.compile(r"/r/"))
    assert "scored" in fan.get_by_role("heading", level=1).inner_text()
    player.close()
    assert dialogs == []
    assert checked == {name: [] for name in checked}
