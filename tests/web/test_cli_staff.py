"""The studio's commands: create-staff, import-pack and export-pack."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from quiz.cli import cli
from quiz.extensions import db
from quiz.models import Pack, Staff
from quiz.studio.services.accounts import password_matches
from tests.helpers import pack_document


def test_create_staff_reads_the_password_from_stdin(runner) -> None:
    result = runner.invoke(
        cli, ["create-staff", " Ada@Example.com ", "--role", "admin"], input="long enough pw\n"
    )
    assert result.exit_code == 0, result.output
    staff = db.session.scalars(select(Staff)).one()
    assert (staff.email, staff.role) == ("ada@example.com", "admin")
    assert "long enough pw" not in staff.password_hash
    assert password_matches(staff, "long enough pw")
    assert "long enough pw" not in result.output


def test_create_staff_refuses_short_password_taken_email_and_unknown_role(runner) -> None:
    short = runner.invoke(cli, ["create-staff", "a@example.com"], input="short\n")
    assert short.exit_code == 1 and "at least 10 characters" in short.output
    assert (
        runner.invoke(cli, ["create-staff", "a@example.com"], input="long enough pw\n").exit_code
        == 0
    )
    again = runner.invoke(cli, ["create-staff", "A@example.com"], input="long enough pw\n")
    assert again.exit_code == 1 and "already has an account" in again.output
    role = runner.invoke(cli, ["create-staff", "b@example.com", "--role", "boss"], input="x" * 12)
    assert role.exit_code == 2
    assert db.session.scalar(select(func.count(Staff.id))) == 1


def test_import_pack_then_export_pack_round_trips_json(runner, tmp_path) -> None:
    source = tmp_path / "pack.json"
    source.write_text(json.dumps(pack_document(3, title="Cli pack")))
    result = runner.invoke(cli, ["import-pack", str(source)])
    assert result.exit_code == 0, result.output
    assert "Imported 'cli-pack': 3 questions, status draft." in result.output
    first = tmp_path / "first.json"
    assert runner.invoke(cli, ["export-pack", "cli-pack", "-o", str(first)]).exit_code == 0
    assert runner.invoke(cli, ["import-pack", str(first)]).exit_code == 0
    second = runner.invoke(cli, ["export-pack", "cli-pack-2"])
    assert second.exit_code == 0
    assert second.stdout == first.read_text()


def test_import_pack_reads_csv_and_refuses_a_bad_file_whole(runner, tmp_path) -> None:
    good = tmp_path / "trivia-night.csv"
    good.write_text("prompt,option1,option2,correct\nWho?,Ann,Bob,2\n")
    assert runner.invoke(cli, ["import-pack", str(good)]).exit_code == 0
    assert db.session.scalar(select(Pack.title)) == "Trivia night"
    bad = tmp_path / "bad.csv"
    bad.write_text('prompt,option1,option2,correct\nWho?,Ann,Bob,2\nWhy?,Ann,Bob,"1,2"\n')
    result = runner.invoke(cli, ["import-pack", str(bad)])
    assert result.exit_code == 1
    assert "bad.csv: Row 3: 2 correct answers (1, 2); give exactly one." in result.output
    assert db.session.scalar(select(func.count(Pack.id))) == 1


def test_export_pack_writes_each_format_and_refuses_an_unknown_slug(
    runner, make_pack, tmp_path
) -> None:
    pack = make_pack(3)
    gift = runner.invoke(cli, ["export-pack", pack.slug, "--format", "gift"])
    assert gift.exit_code == 0 and "::Q3::" in gift.output
    csv = runner.invoke(cli, ["export-pack", pack.slug, "--format", "csv"])
    assert csv.output.splitlines()[0].startswith("prompt,option1")
    sheet = tmp_path / "k.xlsx"
    kahoot = runner.invoke(cli, ["export-pack", pack.slug, "--format", "kahoot", "-o", str(sheet)])
    assert kahoot.exit_code == 0 and sheet.read_bytes().startswith(b"PK")
    missing = runner.invoke(cli, ["export-pack", "nope"])
    assert missing.exit_code == 1 and "no pack has the slug 'nope'" in missing.output
