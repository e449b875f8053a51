"""What the studio's pack page and its fragments are rendered from, for every route module."""

from __future__ import annotations

from quiz.extensions import db
from quiz.models import Pack, Question
from quiz.studio.forms import PackMetaForm
from quiz.studio.highlight import highlight_article
from quiz.studio.services.authoring import MIN_PUBLISHED_QUESTIONS


def get_pack(pack_id: int) -> Pack:
    """The pack, or 404."""
    return db.get_or_404(Pack, pack_id)


def get_question(question_id: int) -> Question:
    """The question, or 404."""
    return db.get_or_404(Question, question_id)


def pack_context(pack: Pack, **extra: object) -> dict[str, object]:
    """What the pack page and its fragments need."""
    article = pack.article
    evidence = [(q.id, q.evidence) for q in pack.questions if q.evidence]
    meta_form = extra.pop("meta_form", None) or PackMetaForm(obj=pack, formdata=None)
    return {
        "pack": pack,
        "article_html": highlight_article(article.body, evidence) if article else None,
        "meta_form": meta_form,
        "slug_editable": pack.published_at is None,
        "approved": len(pack.approved_questions()),
        "min_published": MIN_PUBLISHED_QUESTIONS,
        **extra,
    }
