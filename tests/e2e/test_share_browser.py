"""Sharing a result: the Web Share API where there is one, else the clipboard, else a link."""

from __future__ import annotations

import re
from typing import Any

import pytest

# A share sheet that records what it was given (headless Chromium has none of its own).
FAKE_SHARE = """
  window.__shared = [];
  Object.defineProperty(Navigator.prototype, 'share', {configurable: true,
    value: function (data) { window.__shared.push(data); return Promise.resolve(); }});
  Object.defineProperty(Navigator.prototype, 'canShare', {configurable: true,
    value: function () { return true; }});
"""
NO_SHARE = "delete Navigator.prototype.share; delete Navigator.prototype.canShare;"
NO_CLIPBOARD = (
    "Object.defineProperty(Navigator.prototype, 'clipboard', {configurable: true, get: () => ({"
    " writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) })});"
)


@pytest.fixture
def finished(new_page, make_pack, live_server) -> Any:
    """A play of a one-question pack, finished in a browser; returns (page, pack)."""
    pack = make_pack(questions=1, title="Share pack")

    def play(init_script: str, **context: Any) -> tuple[Any, Any]:
        page = new_page(**context)
        page.add_init_script(init_script)
        page.goto(f"/p/{pack.slug}")
        page.get_by_label("Nickname").fill("Sharer")
        page.get_by_role("button", name="Start playing").click()
        page.get_by_role("button", name="Start", exact=True).click()
        page.get_by_role("button", name="Right 1").click()
        page.locator("[data-next]").click()
        page.wait_for_url(re.compile(r"/r/"))
        return page, pack

    return play


def test_challenge_uses_the_web_share_api(finished) -> None:
    page, pack = finished(FAKE_SHARE)
    token = page.url.rsplit("/", 1)[-1]
    page.get_by_role("button", name="Challenge a friend").click()
    shared = page.evaluate("() => window.__shared")
    assert len(shared) == 1
    url = shared[0]["url"]
    # A link to play the same pack against this score, with a code that is not the token.
    assert re.search(rf"/p/{pack.slug}\?challenge=[\w-]+$", url) and token not in url
    assert "Can you beat my" in shared[0]["text"] and "Share pack" in shared[0]["text"]
    page.get_by_role("button", name="Share result").click()
    assert page.evaluate("() => window.__shared[1].url").endswith(f"/r/{token}")
    assert page.console_errors == []


def test_without_web_share_the_link_is_copied(finished) -> None:
    page, pack = finished(NO_SHARE, permissions=["clipboard-read", "clipboard-write"])
    page.get_by_role("button", name="Challenge a friend").click()
    page.get_by_text("Challenge link copied").wait_for()
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert re.search(rf"/p/{pack.slug}\?challenge=[\w-]+$", copied)
    # The copied link really challenges: a friend sees whom to beat.
    friend = page.context.browser.new_context()
    other = friend.new_page()
    other.goto(copied)
    assert "Beat Sharer's" in other.locator(".challenge-banner").inner_text()
    friend.close()


def test_without_a_clipboard_the_link_is_selected_to_copy(finished) -> None:
    page, pack = finished(NO_SHARE + NO_CLIPBOARD)
    assert not page.get_by_label("Copy this link").is_visible()
    page.get_by_role("button", name="Challenge a friend").click()
    field = page.get_by_label("Copy this link")
    field.wait_for()
    assert re.search(rf"/p/{pack.slug}\?challenge=", field.input_value())
    selected = page.evaluate("() => [document.activeElement.id, window.getSelection().toString()]")
    assert selected[0] == "copy-fallback-input" and "challenge=" in selected[1]
    assert "Ctrl+C" in page.locator("[data-copy-status]").inner_text()
