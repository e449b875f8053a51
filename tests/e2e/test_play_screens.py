"""Every fan page on a phone (390x844) and a laptop (1280x800), light and dark.

Each page is photographed into build/screenshots/, checked for horizontal overflow and by
axe-core; the play screens must show the whole question, the timer and the Next button
without scrolling, with tiles told apart by colour and by shape.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from quiz.extensions import db
from tests.e2e.browser import heading, screenshot, serious_violations, settle
from tests.helpers import pack_document

SIZES = {"phone": (390, 844), "laptop": (1280, 800)}
LONG_TITLE = "John Legend Confirms Son Miles Is His 'Mini Me' as They Twin in Adorable Video"
# Long enough to wrap on a phone, like the engine's real prompts and options.
QUESTIONS = [
    (
        "Which artists recorded “Just the Two of Us”, the song on John Legend's video with Miles?",
        "Bill Withers and Grover Washington Jr.",
        [
            "Justin Timberlake and Whitney Houston",
            "Stevie Wonder and Ne-Yo",
            "Pharrell and Nick Jonas",
        ],
        20,
    ),
    ("How old is John Legend's son Miles?", "5", ["6", "4", "9"], 20),
    (
        "On which platform did John Legend post the video?",
        "Instagram",
        ["X", "Snapchat", "Pinterest"],
        5,
    ),
]


@pytest.fixture
def screen_pack(make_pack) -> Any:
    """A published pack with long texts; its last question has only 5 seconds."""
    document = pack_document(0, title=LONG_TITLE, description="")
    document["questions"] = [
        {
            "kind": "song",
            "prompt": prompt,
            "choices": [{"text": right, "correct": True}]
            + [{"text": text, "correct": False} for text in wrong],
            "explanation": f"The answer is {right}.",
            "evidence": f"John Legend's 5-year-old son Miles is a chip off the old block: {right}.",
            "difficulty": "easy",
            "time_limit": limit,
        }
        for prompt, right, wrong, limit in QUESTIONS
    ]
    from quiz.packs import import_pack

    pack = import_pack(document, status="published", approve_all=True)
    db.session.commit()
    return pack


def no_overflow(page: Any) -> bool:
    """Nothing runs off the page's right edge."""
    return page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


def in_view(page: Any, selector: str) -> bool:
    """Every element matching selector lies wholly inside the viewport as it is scrolled."""
    return page.evaluate(
        """(selector) => [...document.querySelectorAll(selector)].every(el => {
             const r = el.getBoundingClientRect();
             return r.width > 0 && r.top >= 0 && r.left >= 0
                    && r.bottom <= window.innerHeight && r.right <= window.innerWidth; })""",
        selector,
    )


def tile_looks(page: Any) -> tuple[set[str], set[str]]:
    """The answer tiles' background colours and their shapes' outlines."""
    return (
        set(
            page.eval_on_selector_all(
                ".tile", "ts => ts.map(t => getComputedStyle(t).backgroundColor)"
            )
        ),
        set(
            page.eval_on_selector_all(
                ".tile .shape", "ss => ss.map(s => getComputedStyle(s).clipPath)"
            )
        ),
    )


def tile_texts(page: Any) -> list[str]:
    return [t.strip() for t in page.locator("form.options .tile-text").all_inner_texts()]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", list(SIZES))
def test_fan_pages_fit_the_screen(new_page, screen_pack, size: str, scheme: str) -> None:
    width, height = SIZES[size]
    page = new_page(viewport={"width": width, "height": height}, color_scheme=scheme)
    problems: dict[str, list[str]] = {}

    def check(name: str) -> None:
        screenshot(page, f"{name}-{size}-{scheme}")
        found = serious_violations(page)
        if not no_overflow(page):
            found.append("horizontal overflow")
        problems[name] = found

    page.goto("/")
    check("home")
    page.locator(".pack-card h2 a").first.click()
    check("start")
    page.get_by_label("Nickname").fill("Screens")
    page.get_by_role("button", name="Start playing").click()
    page.get_by_role("button", name="Start", exact=True).wait_for()
    check("ready")
    assert in_view(page, "[data-next]")
    page.get_by_role("button", name="Start", exact=True).click()

    # Question 1: prompt, timer and all four tiles on one screen, no scrolling.
    page.locator("form.options").wait_for()
    check("question")
    assert in_view(page, "#prompt") and in_view(page, ".tile") and in_view(page, ".timer")
    colours, shapes = tile_looks(page)
    assert len(colours) == 4 and len(shapes) == 4
    # The timer is a ring of its own, apart from the progress bar.
    timer = page.locator(".timer").bounding_box()
    bar = page.locator("progress").bounding_box()
    assert timer["width"] >= 56 and (
        timer["x"] >= bar["x"] + bar["width"] or timer["y"] >= bar["y"] + bar["height"]
    )
    # The shuffled order is the play's own: a reload shows it again.
    order = tile_texts(page)
    page.reload()
    page.locator("form.options").wait_for()
    assert tile_texts(page) == order
    if size == "phone":  # the long title is cut to one line on a phone
        title = page.locator(".play-title")
        assert (
            title.evaluate("t => t.scrollWidth > t.clientWidth")
            and title.bounding_box()["height"] < 30
        )

    wrong = next(text for text in order if text != QUESTIONS[0][1])
    page.locator(".tile", has_text=wrong).click()
    page.locator(".feedback-card").wait_for()
    check("feedback-wrong")
    assert (
        in_view(page, ".verdict-box") and in_view(page, ".tiles") and in_view(page, "[data-next]")
    )
    assert [
        t.strip() for t in page.locator(".tiles.answered .tile-text").all_inner_texts()
    ] == order

    page.locator("[data-next]").click()
    page.get_by_text(QUESTIONS[1][0]).wait_for()
    page.locator(".tile-text", has_text=re.compile(r"^5$")).click()
    page.locator(".feedback-right").wait_for()
    check("feedback-right")
    assert in_view(page, "[data-next]") and "+" in page.locator(".points").inner_text()

    page.locator("[data-next]").click()
    page.locator("form.options").wait_for()
    page.locator(".feedback-timeout").wait_for(timeout=12_000)  # 5 seconds, then the server
    check("feedback-timeout")
    assert "Time's up" in page.locator(".verdict").inner_text() and in_view(page, "[data-next]")

    page.locator("[data-next]").click()
    page.wait_for_url(re.compile(r"/r/"))
    assert heading(page).startswith("Screens scored")
    check("result")
    assert in_view(page, ".result-hero") and in_view(page, ".actions")
    page.locator(".review-card summary").click()
    # Misses first: the wrong answer, then time's up, then the right one.
    items = page.locator(".review-item")
    assert [items.nth(i).get_attribute("class") for i in range(3)] == [
        "review-item is-wrong", "review-item is-timeout", "review-item is-right",
    ]  # fmt: skip
    first = items.nth(0)
    shown = first.locator(".review-options .option-text").all_inner_texts()
    assert [text.strip() for text in shown] == order
    screenshot(page, f"result-review-{size}-{scheme}")
    result_url = page.url

    page.get_by_role("link", name="See the leaderboard").click()
    page.locator("table.board").wait_for()
    check("leaderboard")
    assert page.locator("tr.is-me").is_visible() and in_view(page, "tr.is-me")

    stranger = new_page(viewport={"width": width, "height": height}, color_scheme=scheme)
    stranger.goto(result_url)
    page = stranger
    check("result-public")
    assert page.locator(".review-item").count() == 0 and QUESTIONS[0][1] not in page.content()
    page.goto("/no-such-page")
    check("error")
    assert problems == {name: [] for name in problems}


def test_urgent_timer_and_auto_advance(new_page, screen_pack) -> None:
    """The ring turns red and pulses in the last seconds; auto-advance moves on by itself."""
    page = new_page(viewport={"width": 390, "height": 844})
    page.goto(f"/p/{screen_pack.slug}")
    page.get_by_role("button", name="Start playing").click()
    page.get_by_role("button", name="Start", exact=True).click()
    page.locator("form.options").wait_for()
    ring = page.locator(".ring-fill")
    calm = ring.evaluate("r => getComputedStyle(r).stroke")
    page.evaluate(
        "() => { const t = document.querySelector('[data-countdown]'); t.dataset.seconds = '4'; }"
    )
    page.evaluate("() => document.dispatchEvent(new Event('DOMContentLoaded'))")  # restart it
    page.locator(".timer.is-low").wait_for()
    assert ring.evaluate("r => getComputedStyle(r).stroke") != calm
    assert page.locator(".timer-text").evaluate("t => getComputedStyle(t).animationName") == "pulse"

    page.locator(".tile").first.click()
    page.locator(".feedback-card").wait_for()
    toggle = page.get_by_label("Auto-advance")
    assert toggle.is_visible() and not toggle.is_checked()
    toggle.check()
    page.locator("form.options").wait_for(timeout=10_000)  # the next question, untouched
    assert "Question 2 of 3" in page.locator(".progress-label").inner_text()
    # The choice is remembered: the next feedback moves on by itself too.
    page.locator(".tile").first.click()
    page.locator(".feedback-card").wait_for()
    assert page.get_by_label("Auto-advance").is_checked()
    page.locator("[data-next]", has_text=re.compile(r"Next question in \d")).wait_for()


def test_reduced_motion_turns_the_animations_off(new_page, screen_pack) -> None:
    page = new_page(reduced_motion="reduce")
    page.goto(f"/p/{screen_pack.slug}")
    page.get_by_role("button", name="Start playing").click()
    page.get_by_role("button", name="Start", exact=True).click()
    page.locator(".tile").first.click()
    page.locator(".feedback-card").wait_for()
    settle(page)
    names = page.evaluate(
        "() => [...document.querySelectorAll('.card, .points, .verdict-box, .verdict-icon')]"
        ".map(el => getComputedStyle(el).animationName)"
    )
    assert names and set(names) == {"none"}
