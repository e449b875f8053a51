"""play views."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("play", __name__)
