"""The migration that gives every play a challenge code: backfill, uniqueness, the way back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from quiz.extensions import db
from quiz.models import Pack
from tests.helpers import migrate, scratch_app
from tests.web.test_leaderboard_migration import add_plays, old_tallies_match

BEFORE = "d10b49fb6a61"  # the revision before challenge codes


def codes() -> list[str | None]:
    return list(db.session.scalars(text("SELECT challenge_code FROM play ORDER BY id")))


def test_existing_plays_get_unique_codes_and_downgrade_drops_them(
    scratch_url: str, tmp_path: Path
) -> None:
    app = scratch_app(scratch_url, tmp_path)
    with app.app_context():
        migrate(BEFORE)
        pack = Pack(slug="one", title="one", status="published")
        db.session.add(pack)
        db.session.commit()
        pack_id = pack.id
        add_plays(pack_id, 40, seed=3)
        tokens = set(db.session.scalars(text("SELECT token FROM play")))

        migrate()
        found = codes()
        assert len(found) == 40 and all(found) and len(set(found)) == 40
        assert not set(found) & tokens  # a code is never the play's token
        # The unique index refuses a second play with the same code.
        last = "(SELECT max(id) FROM play)"
        duplicate = text(f"UPDATE play SET challenge_code = :code WHERE id = {last}")
        try:
            db.session.execute(duplicate, {"code": found[0]})
            db.session.commit()
        except Exception:  # IntegrityError, named per driver
            db.session.rollback()
        else:  # pragma: no cover - the assertion below reports it
            raise AssertionError("two plays share a challenge code")
        assert old_tallies_match()  # the backfill touched no leaderboard column

        migrate(BEFORE, down=True)
        columns = db.session.execute(text("SELECT * FROM play LIMIT 1")).keys()
        assert "challenge_code" not in columns
        add_plays(pack_id, 5, seed=5)  # triggers still in place after the way back
        assert old_tallies_match()
        db.session.remove()
        db.engine.dispose()
