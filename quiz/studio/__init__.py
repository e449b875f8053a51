"""The studio blueprint: staff turn articles into reviewed, published packs.

Route modules live in views/ (one per area, none importing another) and call the
services in services/; importing the route modules below attaches their views to bp.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint
from flask_login import current_user

bp = Blueprint("studio", __name__)


@bp.context_processor
def staff_context() -> dict[str, Any]:
    """Studio templates show who is logged in."""
    return {"current_user": current_user}


# At the bottom, as in microblog: the route modules import bp from here.
from quiz.studio.services import accounts  # noqa: E402, F401  (registers the user loader)
from quiz.studio.views import auth, pack_files, packs, questions, staff  # noqa: E402, F401
