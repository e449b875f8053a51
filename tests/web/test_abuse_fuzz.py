"""Property-based fuzzing of the pack import formats: bad input is a PackFormatError, always."""

from __future__ import annotations

import io
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.extensions import db
from quiz.packs import PackFormatError, import_pack, validate_pack
from quiz.packs.files import read_pack_file
from tests.helpers import pack_document

FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=25,
)


@st.composite
def damaged_documents(draw: st.DrawFn) -> Any:
    """A valid pack document with some fields replaced by arbitrary JSON values."""
    document = pack_document(draw(st.integers(0, 4)))
    keys = ["format", "version", "title", "description", "source", "questions"]
    for key in draw(st.lists(st.sampled_from(keys), max_size=3)):
        document[key] = draw(json_values)
    for question in document["questions"] if isinstance(document["questions"], list) else []:
        if not isinstance(question, dict):
            continue
        fields = [
            "prompt",
            "choices",
            "kind",
            "explanation",
            "evidence",
            "difficulty",
            "time_limit",
        ]
        for key in draw(st.lists(st.sampled_from(fields), max_size=2)):
            question[key] = draw(json_values)
        if isinstance(question.get("choices"), list) and draw(st.booleans()):
            question["choices"].append(draw(json_values))
    return document


def _import_or_refuse(document: Any) -> None:
    try:
        import_pack(document)
        db.session.flush()  # the database must accept whatever validation let through
    except PackFormatError as error:
        assert error.errors
    finally:
        db.session.rollback()


@FUZZ
@given(document=json_values)
def test_arbitrary_json_is_refused_cleanly(app, document: Any) -> None:
    assert isinstance(validate_pack(document), list)
    _import_or_refuse(document)


@FUZZ
@given(document=damaged_documents())
def test_damaged_pack_documents_are_refused_cleanly(app, document: Any) -> None:
    _import_or_refuse(document)


@FUZZ
@given(data=st.binary(max_size=400), name=st.sampled_from(["p.json", "p.csv", "p.xlsx", "p"]))
def test_arbitrary_file_bytes_are_refused_cleanly(data: bytes, name: str) -> None:
    try:
        read_pack_file(data, name)
    except PackFormatError as error:
        assert error.errors


csv_cells = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=15)


@FUZZ
@given(rows=st.lists(st.lists(csv_cells, max_size=9), max_size=5), header=st.booleans())
def test_arbitrary_csv_rows_are_refused_cleanly(app, rows: list[list[str]], header: bool) -> None:
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    if header:
        writer.writerow(["prompt", "option1", "option2", "option3", "option4", "correct"])
    writer.writerows(rows)
    try:
        document = read_pack_file(buffer.getvalue().encode("utf-8"), "pack.csv")
    except PackFormatError as error:
        assert error.errors
        return
    _import_or_refuse(document)


# Spreadsheets cannot hold control characters at all, so the sheet is built without them.
sheet_cells = st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=15)


@FUZZ
@given(cells=st.lists(st.lists(sheet_cells | st.integers(-5, 300), max_size=8), max_size=5))
def test_arbitrary_kahoot_sheets_are_refused_cleanly(app, cells: list[list[Any]]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    for row in cells:
        book.worksheets[0].append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    try:
        document = read_pack_file(buffer.getvalue(), "pack.xlsx")
    except PackFormatError as error:
        assert error.errors
        return
    _import_or_refuse(document)
