"""Studio views: staff turn articles into reviewed, published packs."""

from __future__ import annotations

from flask import Blueprint

from quiz.studio import accounts  # noqa: F401  (registers the Flask-Login user loader)

bp = Blueprint("studio", __name__)

# The routes live in one module per area; importing them attaches them to bp.
from quiz.studio import auth, import_export, packs, review, staff_admin  # noqa: E402, F401
