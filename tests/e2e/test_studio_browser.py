"""The studio in Chromium: log in, paste an article, approve, publish, then play the pack."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

import pytest

from quiz.extensions import db
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


PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
SCREENS = pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])


def _inside(page: Any, selector: str) -> list[str]:
    """Elements matching selector that reach past the viewport's left or right edge."""
    return page.evaluate(
        """s => Array.from(document.querySelectorAll(s)).filter(e => {
             const box = e.getBoundingClientRect();
             return box.width && (box.left < 0 || box.right > window.innerWidth);
           }).map(e => e.textContent.trim().slice(0, 40))""",
        selector,
    )


@SCREENS
def test_pack_list_and_review_cards_fit_the_screen(new_page, editor, make_pack, viewport) -> None:
    title = "A reality star's long wedding weekend in Lisbon, told in full"
    draft = make_pack(4, status="draft", title=title)
    for question in draft.questions:
        question.status = "draft"
    db.session.commit()
    make_pack(3, title="Film night")
    page = new_page(viewport=viewport)
    _log_in(page)
    name = "phone" if viewport is PHONE else "desktop"
    assert _inside(page, ".pack-table td") == []
    screenshot(page, f"studio-packs-{name}")

    page.get_by_role("link", name=title).click()
    card = page.locator("article.question-card").first
    # Approve and Reject up front; everything else waits in the card's menu.
    assert card.locator(".question-actions > form button").all_inner_texts() == [
        "Approve",
        "Reject",
    ]
    assert not card.get_by_role("button", name="Delete").is_visible()
    card.locator("summary").click()
    assert card.get_by_role("button", name="Delete").is_visible()
    assert _inside(page, ".menu-items") == []
    assert serious_violations(page) == []
    screenshot(page, f"studio-card-menu-{name}")
    page.keyboard.press("Escape")
    assert not card.get_by_role("button", name="Delete").is_visible()

    card.locator("summary").click()
    card.get_by_role("link", name="Edit").click()
    form = page.locator(".question-card.editing")
    form.get_by_text("No evidence (fans are told").wait_for()
    assert _inside(page, ".evidence-options") == []
    screenshot(page, f"studio-question-form-{name}")


@SCREENS
def test_drafting_shows_progress_and_a_failure_keeps_the_text(
    new_page, editor, monkeypatch, viewport
) -> None:
    import quiz.questions

    real = quiz.questions.generate_pack
    release = threading.Event()

    def slow(text: str, *, seed: int = 0) -> Any:
        release.wait(timeout=20)  # held until the page has been looked at mid-draft
        return real(text, seed=seed)

    # The live server runs in a thread of this process, so it drafts with this engine.
    monkeypatch.setattr(quiz.questions, "generate_pack", slow)
    name = "phone" if viewport is PHONE else "desktop"
    page = new_page(viewport=viewport)
    _log_in(page)
    page.goto("/studio/packs/new")
    article = DEMO_ARTICLE.read_text()
    page.get_by_label("Paste the article").fill(article)
    page.get_by_role("button", name="Draft the pack").click()
    page.locator("#drafting").wait_for(state="visible")
    assert page.get_by_role("button", name="Draft the pack").is_disabled()
    assert "Drafting the pack" in page.locator("#draft-status").inner_text()
    screenshot(page, f"studio-new-pack-drafting-{name}")
    release.set()
    page.wait_for_url(re.compile(r"/studio/packs/\d+$"), timeout=60_000)

    def broken(text: str, *, seed: int = 0) -> Any:
        raise RuntimeError("engine bug")

    monkeypatch.setattr(quiz.questions, "generate_pack", broken)
    page.goto("/studio/packs/new")
    page.get_by_label("Paste the article").fill(article)
    page.get_by_role("button", name="Draft the pack").click()
    page.get_by_role("alert").get_by_text("The question engine failed").wait_for()
    assert page.get_by_label("Paste the article").input_value() == article
    assert page.get_by_role("button", name="Draft the pack").is_enabled()
    assert serious_violations(page) == []
    screenshot(page, f"studio-new-pack-failed-{name}")

    # A failure the server cannot put in words (a proxy's 502, say) is said by the page.
    page.route(
        "**/studio/packs/new",
        lambda route: (
            route.fulfill(status=502, body="Bad gateway")
            if route.request.method == "POST"
            else route.continue_()
        ),
    )
    page.get_by_role("button", name="Draft the pack").click()
    page.get_by_role("alert").get_by_text("error 502").wait_for()
    assert page.get_by_label("Paste the article").input_value() == article


def test_changing_the_password_in_the_browser(page, editor) -> None:
    _log_in(page)
    page.get_by_role("link", name="Password").click()
    page.wait_for_url(re.compile(r"/studio/password$"))
    page.get_by_label("Current password").fill("not my password")
    page.get_by_label("New password", exact=True).fill("a brand new passphrase")
    page.get_by_label("New password again").fill("a brand new passphrase")
    page.get_by_role("button", name="Change password").click()
    page.get_by_role("alert").filter(has_text="That is not your current password").wait_for()
    assert serious_violations(page) == []
    screenshot(page, "studio-password-refused")
    page.get_by_label("Current password").fill(STAFF_PASSWORD)
    page.get_by_label("New password", exact=True).fill("a brand new passphrase")
    page.get_by_label("New password again").fill("a brand new passphrase")
    page.get_by_role("button", name="Change password").click()
    page.wait_for_url(re.compile(r"/studio/$"))
    page.get_by_text("Every other session of your account has ended").wait_for()
    screenshot(page, "studio-password-changed")
