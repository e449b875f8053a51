"""First start: `quiz init` on an empty database builds the schema and publishes the demo pack."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, inspect, select

from quiz import create_app
from quiz.cli import cli
from quiz.extensions import db
from quiz.models import Article, Choice, Pack, Question
from quiz.play import service


def counts() -> tuple[int, ...]:
    """Rows of the tables the first start fills."""
    return tuple(
        db.session.execute(select(func.count()).select_from(model)).scalar_one()
        for model in (Pack, Question, Choice, Article)
    )


def fresh_app(tmp_path: Path):
    """An app on an empty SQLite file in its own instance folder."""
    return create_app(
        {
            "TESTING": True,
            "INSTANCE_PATH": str(tmp_path / "instance"),
            "SECRET_KEY": "first-start",
            "SQLALCHEMY_DATABASE_URI": "sqlite:///" + str(tmp_path / "instance" / "quiz.db"),
            "RATELIMIT_ENABLED": False,
        }
    )


def test_init_creates_schema_and_publishes_demo_pack_once(tmp_path: Path) -> None:
    app = fresh_app(tmp_path)
    runner = app.test_cli_runner()
    with app.app_context():
        assert inspect(db.engine).get_table_names() == []

    first = runner.invoke(cli, ["init"])
    assert first.exit_code == 0, first.output
    assert "demo pack" in first.output
    with app.app_context():
        tables = set(inspect(db.engine).get_table_names())
        assert {"pack", "question", "play", "answer", "alembic_version"} <= tables
        pack = db.session.scalars(select(Pack)).one()
        assert pack.is_published and pack.article is not None
        questions = pack.approved_questions()
        assert questions and all(q.evidence and q.correct_choice for q in questions)
        before = counts()

    second = runner.invoke(cli, ["init"])
    assert second.exit_code == 0, second.output
    assert "demo pack" not in second.output
    with app.app_context():
        assert counts() == before  # nothing imported twice
        # The demo pack is playable: a play snapshots its approved questions, in pack
        # order, up to the play's limit.
        pack = db.session.scalars(select(Pack)).one()
        play = service.start_play(pack, "First Fan")
        approved = pack.approved_questions()
        assert len(approved) == before[1]
        assert play.question_count == min(len(approved), app.config["PLAY_QUESTION_LIMIT"])
        assert [q.prompt for q in play.questions] == [q.prompt for q in approved][
            : play.question_count
        ]
        db.engine.dispose()


def test_home_shows_the_demo_pack_after_first_start(tmp_path: Path) -> None:
    app = fresh_app(tmp_path)
    assert app.test_cli_runner().invoke(cli, ["init"]).exit_code == 0
    with app.app_context():
        pack = db.session.scalars(select(Pack)).one()
        html = app.test_client().get("/").get_data(as_text=True)
        assert f'href="/p/{pack.slug}"' in html
        assert app.test_client().get(f"/p/{pack.slug}").status_code == 200
        db.engine.dispose()
