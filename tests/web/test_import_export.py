"""Pack files: JSON, CSV and Kahoot round trips, GIFT export, and refused files."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from quiz.extensions import db
from quiz.models import AuditEntry, Pack
from quiz.packs import PackFormatError, export_pack, import_pack
from quiz.packs.files import export_file, read_pack_file
from quiz.packs.gift import escape_gift
from tests.helpers import logged_in, pack_document

CSV_HEADER = (
    "prompt,option1,option2,option3,option4,option5,option6,correct,explanation,"
    "time_limit,difficulty,evidence,kind"
)


def roundtrip(pack, fmt: str) -> tuple[bytes, bytes]:
    """Export, import the file as a new pack, export that: both files."""
    first = export_file(export_pack(pack), fmt, pack.slug).content
    again = import_pack(read_pack_file(first, f"x.{'xlsx' if fmt == 'kahoot' else fmt}", "T"))
    db.session.commit()
    return first, export_file(export_pack(again), fmt, again.slug).content


def test_json_round_trip_gives_the_same_file(make_pack) -> None:
    pack = make_pack(4, status="draft")
    pack.questions[1].status = "rejected"
    pack.questions[2].choices[0].text = 'Quotes " and ünïcode ✓'
    db.session.commit()
    first, second = roundtrip(pack, "json")
    assert first == second
    document = json.loads(first)
    assert document["questions"][1]["status"] == "rejected"
    assert document["source"] == {"title": "Test article", "published": "2026-01-10", "url": None}


def test_csv_round_trip_gives_the_same_file(make_pack) -> None:
    pack = make_pack(3, status="draft")
    pack.questions[0].prompt = 'A prompt, with a comma and "quotes"\nand a new line'
    db.session.commit()
    first, second = roundtrip(pack, "csv")
    assert first == second
    assert first.decode().splitlines()[0] == CSV_HEADER
    assert ",2," in first.decode().splitlines()[2]  # "Right 2" is option 2 in the fixture pack


def kahoot_rows(content: bytes) -> list[tuple]:
    sheet = load_workbook(io.BytesIO(content)).worksheets[0]
    return [row for row in sheet.iter_rows(min_row=9, values_only=True) if any(row)]


def test_kahoot_round_trip_keeps_every_cell(make_pack) -> None:
    pack = make_pack(3, status="draft")
    first, second = roundtrip(pack, "kahoot")
    assert kahoot_rows(first) == kahoot_rows(second)
    assert kahoot_rows(first)[0] == (
        1,
        "Question 1: which option is right?",
        "Wrong 1a",
        "Right 1",
        "Wrong 1b",
        "Wrong 1c",
        20,
        2,
    )
    header = load_workbook(io.BytesIO(first)).worksheets[0][8]
    assert str(header[1].value).startswith("Question")
    assert str(header[7].value).startswith("Correct")


def test_kahoot_keeps_the_correct_answer_of_a_long_question_and_snaps_time(make_pack) -> None:
    document = pack_document(1)
    question = document["questions"][0]
    question["choices"] = [{"text": f"W{i}", "correct": False} for i in range(5)]
    question["choices"].append({"text": "Right", "correct": True})
    question["time_limit"] = 25
    content = export_file(document, "kahoot", "x").content
    row = kahoot_rows(content)[0]
    assert row[2:6] == ("W0", "W1", "W2", "Right") and row[7] == 4
    assert row[6] in (20, 30)


def test_gift_export_marks_the_right_answer_and_escapes_specials(make_pack) -> None:
    pack = make_pack(2, status="draft")
    pack.questions[0].prompt = "Who sang {this}: A=B?"
    db.session.commit()
    text = export_file(export_pack(pack), "gift", pack.slug).content.decode()
    assert "::Q1::Who sang \\{this\\}\\: A\\=B? {" in text
    assert "\t=Right 1\n" in text and "\t~Wrong 1a\n" in text
    assert "\t####Right 2 is right.\n" in text
    assert escape_gift("a~b#c") == "a\\~b\\#c"


def csv_file(*rows: str, header: str = CSV_HEADER) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode()


GOOD_ROW = "Who?,Ann,Bob,,,,,2,Bob it is,30,easy,,custom"


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b'{"format": "quiz-pack", "title": ', "p.json", "not valid JSON: line 1"),
        (
            csv_file(GOOD_ROW, header="prompt,option1,option2,answer"),
            "p.csv",
            "missing column(s): correct",
        ),
        (
            csv_file(GOOD_ROW, header="prompt,option1,option2,correct,colour"),
            "p.csv",
            "unknown column(s): colour",
        ),
        (
            csv_file(GOOD_ROW, 'Which?,Ann,Bob,Cy,,,,"1,3",,20,easy,,custom'),
            "p.csv",
            "Row 3: 2 correct answers (1, 3)",
        ),
        (
            csv_file(GOOD_ROW, ",Ann,Bob,,,,,1,,20,easy,,custom"),
            "p.csv",
            "Row 3: the prompt is empty.",
        ),
        (
            csv_file("Who?,Ann,Ann,,,,,1,,20,easy,,custom"),
            "p.csv",
            "Row 2: two options have the same text.",
        ),
        (
            csv_file("Who?,Ann,Bob,,,,,5,,20,easy,,custom"),
            "p.csv",
            "Row 2: correct option 5 is not one of the 2 options.",
        ),
        (csv_file("Who?,Ann,Bob,,,,,1,,300,easy,,custom"), "p.csv", "Row 2: the time limit"),
        (b"just some words", "p.xlsx", "not an .xlsx spreadsheet"),
        (b"PK\x03\x04 broken zip", "p.xlsx", "not an .xlsx spreadsheet"),
        (b"", "p.csv", "The file is empty."),
        (b"\xff\xfe\x00bad", "p.csv", "not UTF-8"),
        (b"{}", "p.exe", "is not a .json, .csv or .xlsx pack file"),
    ],
)
def test_refused_files_name_the_row_and_problem(app, data, name, expected) -> None:
    with pytest.raises(PackFormatError) as raised:
        import_pack(read_pack_file(data, name))
    assert any(expected in problem for problem in raised.value.errors), raised.value.errors


def kahoot_book(*rows: tuple) -> bytes:
    book = Workbook()
    sheet = book.worksheets[0]
    sheet["B2"] = "Quiz template"
    sheet.append([])
    for _ in range(4):
        sheet.append([])
    sheet.append(
        [
            None,
            "Question - max 120 characters",
            "Answer 1 - max 75 characters",
            "Answer 2 - max 75 characters",
            "Answer 3 - max 75 characters",
            "Answer 4 - max 75 characters",
            "Time limit (sec)",
            "Correct answer(s)",
        ]
    )
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_kahoot_refuses_two_correct_answers_by_row(app) -> None:
    data = kahoot_book(
        (1, "Ok?", "Yes", "No", None, None, 20, 1), (2, "Both?", "A", "B", "C", None, 20, "1,3")
    )
    with pytest.raises(PackFormatError) as raised:
        read_pack_file(data, "quiz.xlsx")
    assert raised.value.errors == ["Row 10: 2 correct answers (1, 3); give exactly one."]


def test_kahoot_sheet_without_the_header_is_refused(app) -> None:
    book = Workbook()
    book.worksheets[0].append(["prompt", "a", "b"])
    out = io.BytesIO()
    book.save(out)
    with pytest.raises(PackFormatError, match="no Kahoot header row"):
        read_pack_file(out.getvalue(), "quiz.xlsx")


def test_kahoot_file_from_elsewhere_imports_by_content(app) -> None:
    data = kahoot_book((1, "Capital of France?", "Paris", "Lyon", "Nice", None, 30, 1))
    document = read_pack_file(data, "", title="Geography")
    assert document["title"] == "Geography"
    assert document["questions"][0]["choices"][0] == {"text": "Paris", "correct": True}
    assert document["questions"][0]["time_limit"] == 30


def test_ui_import_refuses_a_bad_file_whole(app, make_staff) -> None:
    client = logged_in(app.test_client(), make_staff())
    data = csv_file(GOOD_ROW, ",,,,,,,1,,20,easy,,custom")
    response = client.post(
        "/studio/import",
        data={"upload": (io.BytesIO(data), "quiz.csv")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Nothing was imported" in page and "Row 3: the prompt is empty." in page
    assert db.session.scalar(select(func.count(Pack.id))) == 0


def test_ui_import_creates_a_draft_pack_and_audits_it(app, make_staff) -> None:
    editor = make_staff()
    client = logged_in(app.test_client(), editor)
    response = client.post(
        "/studio/import",
        data={
            "upload": (
                io.BytesIO(csv_file(GOOD_ROW, GOOD_ROW.replace("Who", "Why"))),
                "my_quiz.csv",
            )
        },
        content_type="multipart/form-data",
    )
    pack = db.session.scalars(select(Pack)).one()
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/{pack.id}")
    assert (pack.title, pack.status, len(pack.questions)) == ("My quiz", "draft", 2)
    assert pack.updated_by_id == editor.id
    entry = db.session.scalars(select(AuditEntry).where(AuditEntry.action == "pack.import")).one()
    assert entry.staff_id == editor.id and entry.target_id == pack.id


@pytest.mark.parametrize(
    ("fmt", "mimetype"),
    [
        ("json", "application/json"),
        ("csv", "text/csv"),
        ("kahoot", "application/vnd.openxml"),
        ("gift", "text/plain"),
    ],
)
def test_ui_export_downloads_each_format(app, make_pack, make_staff, fmt, mimetype) -> None:
    pack = make_pack(3)
    client = logged_in(app.test_client(), make_staff())
    response = client.get(f"/studio/packs/{pack.id}/export/{fmt}")
    assert response.status_code == 200
    assert str(response.mimetype).startswith(mimetype)
    assert f'filename="{pack.slug}.' in response.headers["Content-Disposition"]
    expected = export_file(export_pack(pack), fmt, pack.slug).content
    if fmt == "kahoot":  # a workbook's zip carries its creation time: compare the cells
        assert kahoot_rows(response.data) == kahoot_rows(expected)
    else:
        assert response.data == expected
