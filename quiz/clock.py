"""The one place the app reads the time, so tests can fix the clock.

Call it as `clock.utcnow()` (import the module, not the function) so a test's
`monkeypatch.setattr(clock, "utcnow", ...)` reaches every caller.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Return the current UTC time as a naive datetime (how the database stores it)."""
    return datetime.now(UTC).replace(tzinfo=None)
