"""The database side of the load test: a pack to play, and the audit after the run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from quiz import create_app


def answer_total(answer: Any) -> int:
    """What one answer adds to its play's score.

    The play service stores Answer.points with the streak bonus already included
    (Answer.streak_bonus repeats the bonus part for display), so the score is the sum of
    points; if that convention changes, this is the one place the audits follow it.
    """
    return answer.points


def _app(database_url: str, instance: Path) -> Any:
    instance.mkdir(parents=True, exist_ok=True)
    return create_app(
        {"SQLALCHEMY_DATABASE_URI": database_url, "INSTANCE_PATH": str(instance), "SECRET_KEY": "x"}
    )


def pack_document(questions: int) -> dict[str, Any]:
    """A valid pack whose questions have four options each."""
    return {
        "format": "quiz-pack",
        "version": 1,
        "title": "Load test pack",
        "description": "Many players at once.",
        "source": {"title": "Load", "published": "2026-01-01", "url": None},
        "questions": [
            {
                "kind": "number",
                "prompt": f"Load question {n}?",
                "choices": [{"text": f"Option {n}.{k}", "correct": k == n % 4} for k in range(4)],
                "explanation": "Because.",
                "evidence": "The article says so.",
                "difficulty": "easy",
                "time_limit": 60,
            }
            for n in range(questions)
        ],
    }


def prepare_pack(database_url: str, instance: Path, questions: int) -> str:
    """Migrate the database and import a fresh published pack; return its slug."""
    from quiz.database import upgrade_schema
    from quiz.extensions import db
    from quiz.packs import import_pack

    app = _app(database_url, instance)
    with app.app_context():
        upgrade_schema()
        pack = import_pack(pack_document(questions), status="published", approve_all=True)
        db.session.commit()
        slug = pack.slug
        db.engine.dispose()
    return slug


def audit_plays(
    database_url: str, instance: Path, slug: str, logs: list[Any], questions: int
) -> list[str]:
    """Every acknowledged answer stored once; every finished play complete and summed right."""
    from quiz.extensions import db
    from quiz.models import Answer, Pack, Play

    problems: list[str] = []
    app = _app(database_url, instance)
    with app.app_context():
        pack_id = db.session.scalar(select(Pack.id).where(Pack.slug == slug))
        plays = {
            p.token: p for p in db.session.scalars(select(Play).where(Play.pack_id == pack_id))
        }
        duplicates = db.session.execute(
            select(Answer.play_id, Answer.position, func.count())
            .join(Play)
            .where(Play.pack_id == pack_id)
            .group_by(Answer.play_id, Answer.position)
            .having(func.count() > 1)
        ).all()
        problems += [f"answer stored twice: play {p} position {n}" for p, n, _ in duplicates]
        for log in logs:
            play = plays.get(log.token or "")
            if play is None:
                problems.append(f"play {log.token} missing")
                continue
            stored = {a.position: a for a in play.answers}
            problems += [
                f"{log.token}: acknowledged answer {n} lost"
                for n in log.answered
                if n not in stored
            ]
            if log.finished and (len(stored) != questions or not play.is_finished):
                problems.append(f"{log.token}: finished with {len(stored)}/{questions} answers")
            total = sum(answer_total(a) for a in stored.values())
            if play.score != total:
                problems.append(f"{log.token}: score {play.score} != sum of answers {total}")
        db.session.remove()
        db.engine.dispose()
    return problems
