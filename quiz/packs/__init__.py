"""Packs in and out of the database: validation, import and export (JSON pack format)."""

from __future__ import annotations

from quiz.packs.schema import PackFormatError, validate_pack
from quiz.packs.service import export_pack, import_pack, unique_slug

__all__ = ["PackFormatError", "export_pack", "import_pack", "unique_slug", "validate_pack"]
