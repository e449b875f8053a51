"""Hypermedia responses: the fragment for an htmx request, the whole page otherwise."""

from __future__ import annotations

from typing import Any

from flask import render_template

from quiz.extensions import htmx


def fragment_or_page(
    fragment: str, page: str, status: int = 200, **context: Any
) -> tuple[str, int]:
    """Render only the fragment for htmx (HX-Request), the page that includes it otherwise."""
    return render_template(fragment if htmx else page, **context), status
