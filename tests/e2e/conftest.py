"""Browser tests: the app served on a loopback port, driven by Debian's Chromium.

One browser per session and a new context per test keep the suite fast and isolated.
The live server runs in a thread of this process against the same migrated test database
as the rest of the suite, so the usual factories (make_pack, make_staff) prepare data.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from werkzeug.serving import make_server

from quiz import create_app
from tests.helpers import STATIC_BUILD

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
IN_CI = bool(os.environ.get("CI"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark everything under tests/e2e as e2e (so `-m "not e2e"` deselects it)."""
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Chromium for the whole session; missing Chromium skips, except in CI."""
    if not CHROMIUM.exists():
        reason = f"browser tests need Debian's Chromium at {CHROMIUM} (apt-get install chromium)"
        if IN_CI:
            pytest.fail(reason + "; CI must run them")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def live_server(migrated_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app with CSRF on, as in production, served on a free loopback port."""
    app = create_app(
        {
            "TESTING": False,
            "INSTANCE_PATH": str(tmp_path_factory.mktemp("live-instance")),
            "SECRET_KEY": "e2e-secret-key",
            "SQLALCHEMY_DATABASE_URI": migrated_database,
            "RATELIMIT_ENABLED": False,
            "REQUEST_LOG": False,
            # A test clicks faster than a person; its plays must still rank.
            "MIN_HUMAN_ANSWER_MS": 0,
            "STATIC_BUILD_DIR": str(STATIC_BUILD),
        }
    )
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)
    from quiz.extensions import db

    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def new_page(browser: Any, live_server: str) -> Iterator[Callable[..., Any]]:
    """Open pages in fresh browser contexts (cookies, storage) that close after the test."""
    contexts: list[Any] = []

    def open_page(**context_options: Any) -> Any:
        context = browser.new_context(base_url=live_server, **context_options)
        context.set_default_timeout(15_000)  # a busy 2-core CI machine
        contexts.append(context)
        page = context.new_page()
        # Script errors and CSP refusals; a 404 status (e.g. no favicon) is not one.
        page.console_errors = []
        page.on("console", lambda m: _is_script_error(m) and page.console_errors.append(m.text))
        page.on("pageerror", lambda e: page.console_errors.append(str(e)))
        return page

    yield open_page
    for context in contexts:
        context.close()


def _is_script_error(message: Any) -> bool:
    return message.type == "error" and not message.text.startswith("Failed to load resource")


@pytest.fixture
def page(new_page: Callable[..., Any]) -> Any:
    """A page in a fresh context with JavaScript on."""
    return new_page()
