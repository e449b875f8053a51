"""Pack descriptions never hold a question count; pages count the pack as it is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select, text

from quiz import create_app
from quiz.extensions import db
from quiz.models import Pack
from quiz.packs.service import lasting_description
from tests.helpers import SEED_ARTICLE, migrate

COUNT = re.compile(r"\d+\s+questions?", re.IGNORECASE)
TITLE = "Singer Shares Sweet Video With Son"


@pytest.mark.parametrize(
    ("generated", "kept"),
    [
        (f"24 questions on “{TITLE}” (2023-08-28).", ""),
        (f"1 question on “{TITLE}”.", ""),
        (f"{TITLE}.", ""),
        (f"“{TITLE}”", ""),
        (
            "A singer and his son dress alike in a new video. There are 8 questions here.",
            "A singer and his son dress alike in a new video.",
        ),
        ("The singer's son, 5, is his mini-me.", "The singer's son, 5, is his mini-me."),
    ],
)
def test_a_generated_description_keeps_only_what_stays_true(generated, kept) -> None:
    assert lasting_description(generated, TITLE) == kept


def test_a_drafted_pack_stores_no_count_and_pages_count_it_as_it_is(studio, client, editor) -> None:
    article = SEED_ARTICLE.read_text(encoding="utf-8")
    assert studio.post("/studio/packs/new", data={"text": article}).status_code == 302
    pack = db.session.scalars(select(Pack)).one()
    assert not COUNT.search(pack.description), pack.description
    assert pack.description.strip().casefold() != pack.title.strip().casefold()

    for question in pack.questions[:3]:
        studio.post(f"/studio/questions/{question.id}/approve")
    studio.post(f"/studio/packs/{pack.id}/publish")
    added = {
        "prompt": "Which outfit colour did father and son share?",
        "options-0": "All black",
        "options-1": "All white",
        "correct": "0",
        "evidence": "none",
        "difficulty": "easy",
        "time_limit": "20",
    }
    studio.post(f"/studio/packs/{pack.id}/questions/new", data=added)
    studio.post(f"/studio/questions/{pack.questions[-1].id}/approve")
    db.session.refresh(pack)
    assert len(pack.playable_questions()) == 4

    home = client.get("/").get_data(as_text=True)
    assert "<dt>Questions</dt><dd>4</dd>" in home
    start = client.get(f"/p/{pack.slug}").get_data(as_text=True)
    assert "<dt>Questions</dt><dd>4</dd>" in start
    assert not COUNT.search(pack.description)


def test_the_migration_removes_counts_from_generated_descriptions_only(
    scratch_url: str, tmp_path: Path
) -> None:
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": scratch_url,
            "INSTANCE_PATH": str(tmp_path / "instance"),
            "SECRET_KEY": "test",
        }
    )
    with app.app_context():
        migrate("d10b49fb6a61")
        db.session.execute(
            text(
                "INSERT INTO article (id, title, raw_text, body, created_at)"
                " VALUES (1, 't', '', '', '2026-01-01')"
            )
        )
        rows = [
            ("made", 1, f"24 questions on “{TITLE}” (2023-08-28)."),
            ("story", 1, "A son copies his dad. 3 questions to go."),
            ("imported", None, "10 questions for true fans."),
        ]
        for slug, article_id, description in rows:
            db.session.execute(
                text(
                    "INSERT INTO pack (slug, title, description, status, article_id,"
                    " source_title, created_at, updated_at)"
                    " VALUES (:slug, :slug, :description, 'draft', :article_id, '',"
                    " '2026-01-01', '2026-01-01')"
                ),
                {"slug": slug, "description": description, "article_id": article_id},
            )
        db.session.commit()
        migrate("770db3d28a76")
        stored = db.session.execute(text("SELECT slug, description FROM pack"))
        found = {slug: description for slug, description in stored}
        assert found == {
            "made": "",
            "story": "A son copies his dad.",
            "imported": "10 questions for true fans.",
        }
        db.session.remove()
        db.engine.dispose()
