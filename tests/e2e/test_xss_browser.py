"""Hostile text in packs and nicknames stays text in a real browser: no dialog ever opens."""

from __future__ import annotations

import re
from typing import Any

from quiz.play.service import start_play

PAYLOAD = '<img src=x onerror=alert("{where}")><script>alert("{where}")</script>'


def _hostile_pack(make_pack: Any) -> Any:
    document_overrides = {
        "title": PAYLOAD.format(where="title"),
        "description": PAYLOAD.format(where="description"),
    }
    pack = make_pack(questions=3, **document_overrides)
    for question in pack.questions:
        question.prompt = PAYLOAD.format(where="prompt")
        question.explanation = PAYLOAD.format(where="explanation")
        question.evidence = PAYLOAD.format(where="evidence")
        question.choices[0].text = f'"><svg onload=alert("option")> {question.position}'
    from quiz.extensions import db

    db.session.commit()
    return pack


def test_payloads_render_as_text_and_never_run(page, make_pack) -> None:
    dialogs: list[str] = []

    def dismiss(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    pack = _hostile_pack(make_pack)
    # Nicknames may be refused by the form; the service stores whatever it is given.
    play = start_play(pack, '<svg onload=alert("nick")>')
    slug, token = pack.slug, play.token

    page.goto("/")
    page.goto(f"/p/{slug}")
    assert page.get_by_text(PAYLOAD.format(where="description")).count() == 1
    page.goto(f"/play/{token}")
    page.get_by_role("button", name="Start", exact=True).click()
    page.locator("form.options").wait_for()
    assert page.get_by_text(PAYLOAD.format(where="prompt")).count() == 1
    for _ in range(3):
        page.locator("form.options button.tile").first.click()
        page.locator(".feedback-card").wait_for()
        assert page.get_by_text(PAYLOAD.format(where="explanation")).count() == 1
        page.locator("[data-next]").click()
    page.wait_for_url(re.compile(r"/r/"))
    assert '<svg onload=alert("nick")>' in page.get_by_role("heading", level=1).inner_text()
    page.goto(f"/p/{slug}/leaderboard")
    assert page.locator("table.board").get_by_text('<svg onload=alert("nick")>').count() == 1
    # Our own icons are <svg><use>; an injected one would carry its onload.
    injected = "main img[src=x], main svg[onload], main [onerror], main script:not([src])"
    assert page.evaluate(f"() => document.querySelectorAll('{injected}').length") == 0
    assert dialogs == []
