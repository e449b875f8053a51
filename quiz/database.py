"""Database plumbing: SQLite pragmas and schema migration on start."""

from __future__ import annotations

from typing import Any

from flask import Flask
from sqlalchemy import event
from sqlalchemy.engine import Engine


def init_app(app: Flask) -> None:
    """Tune SQLite connections; other backends are left as configured."""
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        event.listen(Engine, "connect", _sqlite_pragmas)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Enforce foreign keys and let readers and one writer work at once (WAL)."""
    if type(dbapi_connection).__module__ != "sqlite3":
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Read pages through a shared memory map: with several workers writing, every commit by
    # one would otherwise make the others drop and re-read their whole page cache.
    cursor.execute("PRAGMA mmap_size=268435456")
    cursor.close()


def upgrade_schema() -> None:
    """Create or migrate the schema to the newest revision (inside an app context)."""
    from flask_migrate import upgrade

    upgrade()
