"""What the studio's pack page and its fragments are rendered from, for every route module."""

from __future__ import annotations

from quiz.extensions import db
from quiz.models import Pack, Question
from quiz.play.service import question_limit
from quiz.studio.forms import PackMetaForm
from quiz.studio.highlight import highlight_article
from quiz.studio.services.authoring import publish_blocker


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
        "playable": len(pack.playable_questions()),
        "play_limit": question_limit(),
        "publish_blocker": publish_blocker(pack),
        **extra,
    }
