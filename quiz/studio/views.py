"""Studio views: staff turn articles into reviewed, published packs."""

from __future__ import annotations

from typing import Any

from flask import Blueprint
from flask_login import current_user

from quiz.studio import accounts  # noqa: F401  (registers the Flask-Login user loader)

bp = Blueprint("studio", __name__)


@bp.context_processor
def staff_context() -> dict[str, Any]:
    """Studio templates show who is logged in."""
    return {"current_user": current_user}


# The routes live in one module per area; importing them attaches them to bp.
from quiz.studio import auth, import_export, packs, review, staff_admin  # noqa: E402, F401
