"""The Content-Security-Policy in a real browser: our scripts run, nothing is blocked."""

from __future__ import annotations

from tests.e2e.browser import serious_violations


def test_htmx_and_our_scripts_load_under_the_policy(page) -> None:
    response = page.goto("/no-such-page")
    assert response.status == 404
    assert "default-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_function("() => window.htmx !== undefined")
    # htmx was told not to inject a <style>; a CSP refusal would be logged as an error.
    assert page.evaluate("() => htmx.config.includeIndicatorStyles") is False
    assert page.console_errors == []


def test_policy_blocks_an_injected_inline_script(page) -> None:
    page.goto("/no-such-page")
    page.evaluate(
        """() => { const s = document.createElement('script');
                   s.textContent = 'window.__injected = true';
                   document.body.appendChild(s); }"""
    )
    assert page.evaluate("() => window.__injected === undefined")
    assert any("Content Security Policy" in error for error in page.console_errors)


def test_error_page_is_accessible(page) -> None:
    page.goto("/no-such-page")
    assert serious_violations(page) == []
