"""Studio views: staff turn articles into reviewed, published packs."""

from __future__ import annotations

from flask import Blueprint

from quiz.studio import accounts  # noqa: F401  (registers the Flask-Login user loader)

bp = Blueprint("studio", __name__)
