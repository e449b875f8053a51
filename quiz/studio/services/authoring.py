"""Pack-level studio work: drafts from articles, the pack list, details and publishing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from slugify import slugify
from sqlalchemy import func, select

from quiz import clock
from quiz.extensions import db
from quiz.models import Pack, Play, Question, Staff
from quiz.packs.service import import_generated
from quiz.studio.services import audit

MIN_PUBLISHED_QUESTIONS = 3
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


class AuthoringError(ValueError):
    """A pack change that is refused; the message is for the staff member to read."""


def read_article_upload(filename: str, data: bytes, limit: int) -> str:
    """Text of an uploaded article file; refuses other types, oversize, binary, bad UTF-8."""
    from quiz.questions import ArticleInputError, decode_article_bytes

    suffix = PurePath(filename or "").suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise ArticleInputError(
            f"“{filename}” is not a .txt, .md or .html file; upload the article as text."
        )
    return decode_article_bytes(data, limit=limit)


def check_pasted_article(text: str, limit: int) -> str:
    """Pasted text, refused when empty or larger than the article limit."""
    from quiz.questions import ArticleInputError

    if not text.strip():
        raise ArticleInputError("Paste the article text or choose a file to upload.")
    if len(text.encode("utf-8")) > limit:
        raise ArticleInputError(f"The article is larger than {limit:,} bytes; shorten it.")
    return text


def create_pack_from_article(raw_text: str, staff: Staff) -> Pack:
    """Run the question engine and store the article, a draft pack and draft questions."""
    from quiz.questions import generate_pack

    pack = import_generated(generate_pack(raw_text), raw_text, staff=staff)
    audit.record(
        staff, "pack.create", "pack", pack.id, f"from article, {len(pack.questions)} questions"
    )
    db.session.commit()
    return pack


@dataclass(frozen=True)
class PackRow:
    """One line of the pack list."""

    pack: Pack
    approved: int
    drafts: int
    plays: int
    edited_by: str | None


def list_packs(search: str = "") -> list[PackRow]:
    """Every pack with its question counts, plays and last editor, newest edit first."""

    def count_questions(status: str):  # a correlated count per pack row
        return (
            select(func.count(Question.id))
            .where(Question.pack_id == Pack.id, Question.status == status)
            .scalar_subquery()
        )

    plays = select(func.count(Play.id)).where(Play.pack_id == Pack.id).scalar_subquery()
    stmt = (
        select(Pack, count_questions("approved"), count_questions("draft"), plays, Staff.email)
        .outerjoin(Staff, Staff.id == Pack.updated_by_id)
        .order_by(Pack.updated_at.desc(), Pack.id.desc())
    )
    if search.strip():
        pattern = "%" + _escape_like(search.strip().lower()) + "%"
        stmt = stmt.where(func.lower(Pack.title).like(pattern, escape="\\"))
    return [PackRow(*row) for row in db.session.execute(stmt)]


def update_details(
    pack: Pack, title: str, description: str | None, slug: str | None, staff: Staff
) -> None:
    """Change title and description; the slug only while the pack was never published."""
    wanted = slugify(slug or "", max_length=80, word_boundary=True)
    if wanted and wanted != pack.slug:
        if pack.published_at is not None:
            raise AuthoringError("The address of a published pack stays as it is.")
        if db.session.scalar(select(Pack.id).where(Pack.slug == wanted, Pack.id != pack.id)):
            raise AuthoringError(f"Another pack already uses the address “{wanted}”.")
        pack.slug = wanted
    pack.title = title.strip()
    pack.description = (description or "").strip()
    audit.touch_pack(pack, staff)
    audit.record(staff, "pack.edit", "pack", pack.id, f"title={pack.title!r} slug={pack.slug}")


def publish(pack: Pack, staff: Staff) -> None:
    """Make the pack public; it needs enough approved questions (only those are played)."""
    approved = len(pack.approved_questions())
    if approved < MIN_PUBLISHED_QUESTIONS:
        raise AuthoringError(
            f"A pack needs at least {MIN_PUBLISHED_QUESTIONS} approved questions to be"
            f" published; this one has {approved}."
        )
    pack.status = "published"
    pack.published_at = pack.published_at or clock.utcnow()
    audit.touch_pack(pack, staff)
    audit.record(staff, "pack.publish", "pack", pack.id, f"{approved} approved questions")


def unpublish(pack: Pack, staff: Staff) -> None:
    """Hide the pack from fans and stop new plays; existing plays and results stay."""
    if pack.status != "published":
        raise AuthoringError("The pack is not published.")
    pack.status = "unpublished"
    audit.touch_pack(pack, staff)
    audit.record(staff, "pack.unpublish", "pack", pack.id)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
