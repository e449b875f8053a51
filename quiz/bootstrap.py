"""First start: migrate the database and publish the demo pack when there are no packs."""

from __future__ import annotations

from sqlalchemy import func, select

from quiz import PACKAGE_DIR
from quiz.database import upgrade_schema
from quiz.extensions import db
from quiz.models import Pack
from quiz.packs.service import import_generated


def prepare_instance(demo_article: str) -> Pack | None:
    """Bring the schema up to date and seed the demo pack; safe to run on every start."""
    upgrade_schema()
    return seed_demo_pack(demo_article)


def seed_demo_pack(demo_article: str) -> Pack | None:
    """Generate, import and publish the demo pack if the database has no packs yet."""
    if db.session.scalar(select(func.count(Pack.id))):
        return None
    from quiz.questions import generate_pack  # spaCy loads only when a pack is generated

    raw_text = (PACKAGE_DIR / "demo" / demo_article).read_text(encoding="utf-8")
    pack = import_generated(generate_pack(raw_text), raw_text, status="published", approve_all=True)
    db.session.commit()
    return pack
