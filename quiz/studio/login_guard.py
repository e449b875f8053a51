"""Login throttling that an attacker cannot turn against the account's owner.

Counting wrong passwords per account alone lets anyone lock a staff member out: five
guesses from anywhere and the right password fails everywhere. Following OWASP's device
cookies ("Slow Down Online Guessing Attacks with Device Cookies"), failures are counted
in three places, apart:

- per client address, for browsers that have not logged in to the account before: one
  machine guessing at any accounts;
- per account, for those same browsers: many machines guessing at one account;
- per known device: a browser that logged in to the account before carries a signed
  cookie naming the account and a nonce of its own. Its failures count against that
  cookie alone, so the owner's own browsers keep getting in while the account is
  attacked from everywhere else, and a thief without the cookie cannot use its allowance.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any

from flask import current_app, request, url_for
from flask_limiter.util import get_remote_address
from itsdangerous import BadData, URLSafeTimedSerializer
from werkzeug.wrappers import Response

from quiz.studio.services.accounts import normalise_email

DEVICE_COOKIE = "studio_device"
DEVICE_LIFETIME = timedelta(days=365)


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key or "", salt="studio-known-device")


def _email_tried() -> str:
    return normalise_email(request.form.get("email", ""))


def known_device() -> str | None:
    """This browser's device nonce when its cookie is ours, unexpired and for this email."""
    cookie = request.cookies.get(DEVICE_COOKIE)
    if not cookie:
        return None
    try:
        data: Any = _serializer().loads(cookie, max_age=int(DEVICE_LIFETIME.total_seconds()))
    except BadData:
        return None
    if not isinstance(data, dict) or data.get("email") != _email_tried():
        return None
    nonce = data.get("nonce")
    return nonce if isinstance(nonce, str) else None


def remember_device(response: Response, email: str) -> Response:
    """After a successful login: this browser is a known device of the account from now on."""
    value = _serializer().dumps({"email": normalise_email(email), "nonce": secrets.token_hex(16)})
    response.set_cookie(
        DEVICE_COOKIE,
        value,
        max_age=DEVICE_LIFETIME,
        path=url_for("studio.login"),
        secure=bool(current_app.config.get("SESSION_COOKIE_SECURE")),
        httponly=True,
        samesite="Strict",
    )
    return response


def is_known_device() -> bool:
    """Exempt from the address and account counts: the device has a count of its own."""
    return known_device() is not None


def is_unknown_device() -> bool:
    """Exempt from the per-device count: there is no device to count against."""
    return known_device() is None


def address_key() -> str:
    """Failures from one client address."""
    return "login-address:" + get_remote_address()


def account_key() -> str:
    """Failures at one account from browsers it has not seen (any email, known or not)."""
    return "login-account:" + _email_tried()


def device_key() -> str:
    """Failures from one known device of the account."""
    return f"login-device:{known_device()}"


def failed(response: Response) -> bool:
    """Only wrong passwords count; a successful login uses up nothing."""
    return response.status_code == 401
