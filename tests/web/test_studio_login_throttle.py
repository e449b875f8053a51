"""Login throttling an attacker cannot turn against the owner (OWASP's device cookies)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from quiz.studio.login_guard import DEVICE_COOKIE
from tests.helpers import STAFF_PASSWORD

OWNER = "owner@example.com"
LIMIT = 5


@pytest.fixture
def limited(make_app, make_staff) -> Iterator[Flask]:
    """An app with rate limits on (each test's own memory store) and the owner's account."""
    app = make_app(RATELIMIT_ENABLED=True, RATELIMIT_STORAGE_URI="memory://")
    with app.app_context():
        make_staff(OWNER)
        yield app


def browser(app: Flask, address: str) -> FlaskClient:
    """A browser at this client address."""
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    return client


def attempt(client: FlaskClient, password: str, email: str = OWNER) -> int:
    """One login; its status (302 in, 401 wrong password, 429 throttled)."""
    response = client.post("/studio/login", data={"email": email, "password": password})
    if response.status_code == 302:
        client.post("/studio/logout")
    return response.status_code


def known_device(app: Flask, address: str) -> FlaskClient:
    """A browser the owner has logged in with before (so it holds a device cookie)."""
    client = browser(app, address)
    assert attempt(client, STAFF_PASSWORD) == 302
    assert client.get_cookie(DEVICE_COOKIE, path="/studio/login") is not None
    return client


def attack(app: Flask, rounds: int = 3, email: str = OWNER) -> None:
    """Wrong passwords for an account from many addresses, past every per-account limit."""
    for n in range(rounds * LIMIT):
        assert attempt(browser(app, f"203.0.113.{n + 1}"), "guess", email) in (401, 429)


def test_the_owners_known_browser_gets_in_while_the_account_is_attacked(limited) -> None:
    laptop = known_device(limited, "198.51.100.7")
    attack(limited)
    # A new browser now meets the per-account count ...
    response = browser(limited, "198.51.100.8").post(
        "/studio/login", data={"email": OWNER, "password": STAFF_PASSWORD}
    )
    assert response.status_code == 429
    assert "browsers it has not used before" in response.get_data(as_text=True)
    # ... while the owner's own browser logs in with the right password, again and again.
    for _ in range(3):
        assert attempt(laptop, STAFF_PASSWORD) == 302
        attack(limited, rounds=1)


def test_the_address_count_does_not_stop_a_known_browser_on_the_same_network(limited) -> None:
    laptop = known_device(limited, "192.0.2.10")
    neighbour = browser(limited, "192.0.2.10")  # the same office address
    statuses = [attempt(neighbour, "guess", f"staff{n}@example.com") for n in range(LIMIT + 1)]
    assert statuses == [401] * LIMIT + [429]
    assert attempt(laptop, STAFF_PASSWORD) == 302


def test_a_known_browser_has_a_count_of_its_own(limited) -> None:
    laptop = known_device(limited, "198.51.100.7")
    phone = known_device(limited, "198.51.100.9")
    assert [attempt(laptop, "typo") for _ in range(LIMIT + 1)] == [401] * LIMIT + [429]
    assert attempt(laptop, STAFF_PASSWORD) == 429
    assert attempt(phone, STAFF_PASSWORD) == 302  # another device of the owner is not held


def test_a_device_cookie_counts_only_for_its_account_and_only_when_ours(limited) -> None:
    laptop = known_device(limited, "198.51.100.7")
    attack(limited)
    device = laptop.get_cookie(DEVICE_COOKIE, path="/studio/login")
    assert device is not None
    cookie = device.value
    forged = browser(limited, "198.51.100.20")
    tampered = cookie[:-2] + ("AA" if cookie[-2:] != "AA" else "BB")
    forged.set_cookie(DEVICE_COOKIE, tampered, path="/studio/login")
    assert attempt(forged, STAFF_PASSWORD) == 429
    # The owner's cookie is no pass for another account under attack.
    attack(limited, email="victim@example.com")
    other_account = browser(limited, "198.51.100.21")
    other_account.set_cookie(DEVICE_COOKIE, cookie, path="/studio/login")
    assert attempt(other_account, "guess", "victim@example.com") == 429
    assert attempt(other_account, STAFF_PASSWORD) == 302  # and is one for the owner's


def test_successful_logins_use_up_nothing(limited) -> None:
    client = browser(limited, "198.51.100.7")
    for _ in range(LIMIT * 2):
        client.delete_cookie(DEVICE_COOKIE, path="/studio/login")  # a new browser each time
        assert attempt(client, STAFF_PASSWORD) == 302
