"""Production tests: real gunicorn servers (`quiz serve`) against the test database."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from bench.servers import Server
from tests.prod.helpers import PG_ONLY, QUIZ, require_nginx


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything here starts real servers: mark it slow."""
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def postgresql(migrated_database: str) -> str:
    """The PostgreSQL test database URL; skips on SQLite."""
    if not migrated_database.startswith("postgresql"):
        pytest.skip(PG_ONLY)
    return migrated_database


@pytest.fixture
def serve(app: Any, migrated_database: str, tmp_path: Path) -> Iterator[Callable[..., Server]]:
    """Start `quiz serve` instances on free ports against the test database."""
    numbers = itertools.count()
    with ExitStack() as stack:

        def start(workers: int = 2, args: tuple[str, ...] = (), **kwargs: Any) -> Server:
            if "--no-proxy" not in args:
                require_nginx()
            number = next(numbers)
            server = Server(
                [QUIZ, "serve", *args],
                workers,
                database_url=migrated_database,
                instance=tmp_path / f"instance-{number}",
                log=tmp_path / f"server-{number}.log",
                **kwargs,
            )
            return stack.enter_context(server)

        yield start
