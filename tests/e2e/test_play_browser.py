"""A fan's whole game in Chromium: by mouse, by keyboard, and with JavaScript off."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.e2e.browser import heading, screenshot, serious_violations
from tests.helpers import first_group

QUESTIONS = 3


@pytest.fixture
def pack(make_pack) -> Any:
    """A published pack whose right answer is always the second option, "Right N"."""
    return make_pack(questions=QUESTIONS, title="Browser pack")


def _count_loads(page: Any) -> list[str]:
    """Record every full page load of the main frame (htmx swaps are not loads)."""
    loads: list[str] = []

    def navigated(frame: Any) -> None:
        if frame == page.main_frame:
            loads.append(frame.url)

    page.on("framenavigated", navigated)
    return loads


def _settled(page: Any) -> None:
    """Wait until htmx has wired up the current card (a fast click could beat it)."""
    page.wait_for_function(
        """() => { const card = document.getElementById('card');
                   const el = card && card.querySelector('form.options, [data-next]');
                   return el && el['htmx-internal-data'] !== undefined
                          && !document.querySelector('.htmx-settling, .htmx-swapping'); }"""
    )


def _start(page: Any, nickname: str) -> None:
    page.goto("/")
    page.get_by_role("link", name="Browser pack", exact=True).click()
    page.get_by_label("Nickname").fill(nickname)
    page.get_by_role("button", name="Start playing").click()
    page.wait_for_url(re.compile(r"/play/"))
    # The clock starts with this button, not with the page load.
    page.get_by_role("button", name="Start", exact=True).click()
    page.locator("form.options").wait_for()


def test_play_to_the_end_by_clicking_without_page_loads(page, pack) -> None:
    _start(page, "Clicker")
    page.evaluate("() => { window.__samePage = 'yes'; }")
    loads = _count_loads(page)
    for n in range(1, QUESTIONS + 1):
        _settled(page)
        page.get_by_role("button", name=f"Right {n}").click()
        feedback = page.locator(".feedback-card")
        feedback.wait_for()
        _settled(page)
        assert "Right!" in feedback.locator(".verdict").inner_text()
        assert f"Right {n} is right." in feedback.inner_text()
        # The feedback arrived by an htmx swap: the page (and our marker) is still there.
        assert page.evaluate("() => window.__samePage") == "yes"
        assert loads == []
        label = "See your result" if n == QUESTIONS else "Next question"
        page.get_by_role("button", name=re.compile(label)).click()
        if n < QUESTIONS:
            page.get_by_role("button", name=f"Right {n + 1}").wait_for()
            assert page.evaluate("() => window.__samePage") == "yes"
    page.wait_for_url(re.compile(r"/r/"))
    assert "Clicker scored" in heading(page)
    assert page.console_errors == []


def test_play_the_demo_pack_to_the_end_by_keyboard(page, app) -> None:
    from quiz.bootstrap import seed_demo_pack

    demo = seed_demo_pack(app.config["DEMO_ARTICLE"])
    assert demo is not None, "the test database already held a pack"
    questions = min(len(demo.approved_questions()), app.config["PLAY_QUESTION_LIMIT"])
    page.goto(f"/p/{demo.slug}")
    page.get_by_label("Nickname").fill("Typist")
    page.get_by_role("button", name="Start playing").click()
    page.wait_for_url(re.compile(r"/play/"))
    page.evaluate("() => { window.__samePage = 'yes'; }")
    _settled(page)
    page.keyboard.press("Enter")  # the get-ready card's Start
    for n in range(1, questions + 1):
        page.get_by_text(f"Question {n} of {questions}").wait_for()
        _settled(page)
        if n == 1:
            screenshot(page, "demo-play-card")
        page.keyboard.press(str(1 + n % 4))  # keys 1-4, a different option each time
        verdict = page.locator(".feedback-card .verdict")
        verdict.wait_for()
        assert re.search(r"Right!|Wrong", verdict.inner_text())
        assert page.evaluate("() => window.__samePage") == "yes"
        _settled(page)
        page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/r/"))
    assert "Typist scored" in heading(page)


def test_play_with_javascript_disabled(new_page, pack) -> None:
    page = new_page(java_script_enabled=False)
    _start(page, "NoScript")
    loads = _count_loads(page)
    for n in range(1, QUESTIONS + 1):
        _hidden_without_script(page)
        page.get_by_role("button", name=f"Wrong {n}a").click()
        page.locator(".feedback-card").wait_for()
        assert "Wrong" in page.locator(".verdict").inner_text()
        assert "Correct answer" in page.locator(".is-correct").inner_text()
        _hidden_without_script(page)
        # The last answer's feedback too comes before the result.
        label = "See your result" if n == QUESTIONS else "Next question"
        assert page.locator("[data-next]").inner_text().strip() == label
        page.locator("[data-next]").click()
    page.wait_for_url(re.compile(r"/r/"))
    assert len(loads) == 2 * QUESTIONS
    assert "NoScript scored 0" in heading(page)
    _hidden_without_script(page)
    # The share links are there to copy, and the buttons that would need a script are not.
    assert page.get_by_role("button", name="Challenge a friend").count() == 0
    assert page.locator(".share-links a").first.is_visible()


def _hidden_without_script(page: Any) -> None:
    """Controls that need JavaScript (keys, sound, auto-advance, share) stay out of sight."""
    controls = page.locator("[data-js-show], kbd, .keys-hint, [data-sound-toggle], [data-share]")
    assert controls.count() > 0
    assert [controls.nth(i).is_visible() for i in range(controls.count())] == [
        False
    ] * controls.count()


def test_finished_play_is_ranked_and_its_share_link_opens_for_others(new_page, pack) -> None:
    page = new_page()
    _start(page, "Sharer")
    for n in range(1, QUESTIONS + 1):
        _settled(page)
        page.get_by_role("button", name=f"Right {n}").click()
        page.locator(".feedback-card").wait_for()
        _settled(page)
        page.locator("[data-next]").click()
    page.wait_for_url(re.compile(r"/r/"))
    score = first_group(r"scored ([\d,]+)", heading(page))
    share_url = page.get_by_role("button", name="Share result").get_attribute("data-share-url")
    page.get_by_role("link", name="See the leaderboard").click()
    row = page.locator("table.board tr", has_text="Sharer")
    assert score in row.inner_text()

    friend = new_page()  # someone else opens the shared link: score, rank, no answers
    friend.goto(share_url)
    assert f"Sharer scored {score}" in heading(friend)
    assert friend.locator(".review-item").count() == 0 and "Right 1" not in friend.content()


def test_every_play_page_is_accessible_and_photographed(page, pack) -> None:
    checked: dict[str, list[str]] = {}

    def check(name: str) -> None:
        screenshot(page, name)
        checked[name] = serious_violations(page)

    page.goto("/")
    check("home")
    page.get_by_role("link", name="Browser pack", exact=True).click()
    check("start")
    page.get_by_label("Nickname").fill("Checker")
    page.get_by_role("button", name="Start playing").click()
    page.get_by_role("button", name="Start", exact=True).wait_for()
    check("ready")
    page.get_by_role("button", name="Start", exact=True).click()
    page.get_by_role("button", name="Right 1").wait_for()
    check("play-card")
    page.get_by_role("button", name="Right 1").click()
    page.locator(".feedback-card").wait_for()
    check("feedback")
    for n in range(2, QUESTIONS + 1):
        page.locator("[data-next]").click()
        page.get_by_role("button", name=f"Right {n}").click()
    page.locator("[data-next]").click()
    page.wait_for_url(re.compile(r"/r/"))
    check("result")
    page.get_by_role("link", name="See the leaderboard").click()
    page.locator("table.board").wait_for()
    check("leaderboard")
    assert checked == {name: [] for name in checked}
