"""Create packs from pack documents and turn packs back into documents."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from slugify import slugify
from sqlalchemy import select

from quiz import clock
from quiz.extensions import db
from quiz.models import Article, Choice, Pack, Question, Staff
from quiz.packs.schema import (
    MAX_LENGTH,
    PACK_FORMAT,
    PACK_VERSION,
    PackFormatError,
    validate_pack,
)


def import_pack(
    data: Any,
    *,
    status: str = "draft",
    approve_all: bool = False,
    staff: Staff | None = None,
    slug: str | None = None,
) -> Pack:
    """Validate a pack document and add it as a new pack (whole or not at all)."""
    errors = validate_pack(data)
    if errors:
        raise PackFormatError(errors)
    source = data.get("source") or {}
    pack = Pack(
        slug=unique_slug(slug or data["title"]),
        title=data["title"].strip(),
        description=data.get("description", "").strip(),
        status=status,
        source_title=source.get("title") or "",
        source_published=parse_iso_date(source.get("published")),
        source_url=source.get("url"),
        updated_by_id=staff.id if staff else None,
        published_at=clock.utcnow() if status == "published" else None,
    )
    for position, item in enumerate(data["questions"]):
        pack.questions.append(
            question_from_document(item, position, approve=approve_all, staff=staff)
        )
    db.session.add(pack)
    db.session.flush()
    return pack


def import_generated(
    generated: Any,
    raw_text: str,
    *,
    status: str = "draft",
    approve_all: bool = False,
    staff: Staff | None = None,
) -> Pack:
    """Store what the question engine made of an article: the article and its pack."""
    document = generated.to_dict()
    # An article's own headline or sentence may run past our limits; the pack gets a
    # shortened title and evidence rather than failing to import at all.
    document["title"] = clip((document.get("title") or "").strip(), "title") or "Untitled pack"
    document["description"] = lasting_description(
        document.get("description", ""), document["title"]
    )
    source = document["source"] = document.get("source") or {}
    source["title"] = clip(source.get("title") or "", "source title")
    for question in document["questions"]:
        question["evidence"] = clip(question.get("evidence") or "", "evidence")
    article = Article(
        title=clip(generated.article.title or "", "source title"),
        published=parse_iso_date(generated.source.published),
        url=generated.source.url,
        raw_text=raw_text,
        body=generated.article.body,
        sentences=[sentence.text for sentence in generated.article.sentences],
        created_by_id=staff.id if staff else None,
    )
    db.session.add(article)
    pack = import_pack(document, status=status, approve_all=approve_all, staff=staff)
    pack.article = article
    db.session.flush()
    return pack


# "12 questions on ..." is stale as soon as staff add or remove a question; every page
# shows the pack's own count beside the description instead.
COUNTS_QUESTIONS = re.compile(r"\b\d+\s+questions?\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def lasting_description(description: str, title: str) -> str:
    """A generated description without sentences that count questions or only repeat the title."""
    headline = _bare(title)
    kept = [
        sentence
        for sentence in SENTENCE_END.split(description.strip())
        if sentence and not COUNTS_QUESTIONS.search(sentence) and _bare(sentence) != headline
    ]
    return " ".join(kept)


def _bare(text: str) -> str:
    """Text compared loosely: case, quotes and end punctuation left out."""
    return text.strip().strip("\"'“”‘’.!?").strip().casefold()


def question_from_document(
    item: dict[str, Any], position: int, *, approve: bool = False, staff: Staff | None = None
) -> Question:
    """Build a Question (with its choices) from one validated question document."""
    question = Question(
        position=position,
        kind=item.get("kind") or "custom",
        prompt=item["prompt"].strip(),
        explanation=item.get("explanation", "").strip(),
        evidence=item.get("evidence", "").strip(),
        difficulty=item.get("difficulty", "medium"),
        time_limit=item.get("time_limit", 20),
        status="approved" if approve else item.get("status", "draft"),
        updated_by_id=staff.id if staff else None,
    )
    for index, choice in enumerate(item["choices"]):
        question.choices.append(
            Choice(position=index, text=choice["text"].strip(), correct=choice["correct"] is True)
        )
    return question


def export_pack(pack: Pack) -> dict[str, Any]:
    """The pack as a quiz-pack document; importing it gives back the same document."""
    return {
        "format": PACK_FORMAT,
        "version": PACK_VERSION,
        "title": pack.title,
        "description": pack.description,
        "source": {
            "title": pack.source_title,
            "published": pack.source_published.isoformat() if pack.source_published else None,
            "url": pack.source_url,
        },
        "questions": [question_document(q) for q in pack.questions],
    }


def question_document(question: Question) -> dict[str, Any]:
    """One question in the pack format (plus its review status)."""
    return {
        "kind": question.kind,
        "prompt": question.prompt,
        "choices": [{"text": c.text, "correct": c.correct} for c in question.choices],
        "explanation": question.explanation,
        "evidence": question.evidence,
        "difficulty": question.difficulty,
        "time_limit": question.time_limit,
        "status": question.status,
    }


def clip(text: str, field: str) -> str:
    """The text cut at a word to fit MAX_LENGTH[field], with an ellipsis when cut."""
    limit = MAX_LENGTH[field]
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip() + "…"


def unique_slug(text: str) -> str:
    """A URL slug for the text that no pack uses yet (adds -2, -3, ... if needed)."""
    base = slugify(text, max_length=60, word_boundary=True) or "pack"
    taken = set(db.session.scalars(select(Pack.slug).where(Pack.slug.like(f"{base}%"))))
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def parse_iso_date(value: Any) -> date | None:
    """A date from an ISO string (or a date/datetime); None when absent or unreadable."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
