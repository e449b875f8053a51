"""Packs as Kahoot's quiz spreadsheet (.xlsx): question, answers 1-4, time limit, correct.

Layout as in Kahoot's template: a few lines of instructions, the header on row 8 and one
question per row from row 9 (column A numbers them). Kahoot takes at most four answers, so
a longer question keeps its correct answer and its first wrong ones; time limits snap to
the nearest value Kahoot offers.

An .xlsx file is a zip archive whose sheet may claim any size: a 1.6 KB file can claim
cells up to XFD1048576 (openpyxl would fill in 17 billion empty ones) and a 1 MB one can
unzip to a gigabyte. The archive's unzipped size and the sheet's rows and columns are
capped before any cell is read.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any, cast

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from quiz.packs.csv_format import FORMULA_STARTS, parse_correct, parse_time_limit, row_problems
from quiz.packs.schema import MAX_QUESTIONS, PackFormatError

KAHOOT_ANSWERS = 4
KAHOOT_TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
HEADER_ROW = 8
HEADERS = [
    "Question - max 120 characters",
    *(f"Answer {n} - max 75 characters" for n in range(1, KAHOOT_ANSWERS + 1)),
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
]
MAX_UNZIPPED_BYTES = 20 * 1024 * 1024
MAX_ARCHIVE_MEMBERS = 1000
MAX_ROWS = HEADER_ROW + 2 * MAX_QUESTIONS  # room for a pack's questions and blank rows
MAX_COLUMNS = 50
NOT_XLSX = "The file is not an .xlsx spreadsheet."
INTRO = [
    "Quiz template",
    "One question per row from row 9: the question, two to four answers, a time limit and"
    " the number of the correct answer.",
    "Questions can be 120 characters long and answers 75.",
]


def write_kahoot(document: dict[str, Any]) -> bytes:
    """The document's questions as a Kahoot-template .xlsx workbook."""
    book = Workbook()
    sheet = cast(Worksheet, book.active)  # a new workbook opens on its one empty sheet
    sheet.title = "Sheet1"
    for offset, line in enumerate(INTRO, start=2):
        sheet.cell(row=offset, column=2, value=line)
    sheet.cell(row=2, column=2).font = Font(bold=True, size=14)
    for column, label in enumerate(HEADERS, start=2):
        sheet.cell(row=HEADER_ROW, column=column, value=label).font = Font(bold=True)
    for number, question in enumerate(document["questions"], start=1):
        answers, correct = _four_answers(question["choices"])
        limit = min(KAHOOT_TIME_LIMITS, key=lambda s: (abs(s - question["time_limit"]), s))
        row = [number, question["prompt"], *answers, limit, correct]
        for column, value in enumerate(row, start=1):
            _write_cell(sheet.cell(row=HEADER_ROW + number, column=column), value)
    sheet.column_dimensions["B"].width = 60
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _write_cell(cell: Any, value: Any) -> None:
    """Write a value; text stays text, even text that starts like a formula."""
    cell.value = value
    if isinstance(value, str):
        # openpyxl stores a string starting with "=" as a live formula. A string cell with
        # Excel's quote prefix shows as typed and stays text when someone edits it.
        cell.data_type = "s"
        cell.quotePrefix = value.startswith(FORMULA_STARTS)


def read_kahoot(data: bytes) -> list[dict[str, Any]]:
    """Question documents from a Kahoot-template workbook; problems are named by row."""
    check_archive(data)
    unreadable = (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except unreadable:
        raise PackFormatError([NOT_XLSX]) from None
    try:
        rows = _bounded_rows(book.worksheets[0])
    except PackFormatError:
        raise
    except unreadable:  # a damaged sheet shows only once its cells are read
        raise PackFormatError([NOT_XLSX]) from None
    finally:
        book.close()
    header_at = next((i for i, r in enumerate(rows) if _is_header(r)), None)
    if header_at is None:
        raise PackFormatError(
            [
                "The spreadsheet has no Kahoot header row (Question, Answer 1-4, Time limit,"
                " Correct answer(s))."
            ]
        )
    columns = _columns(rows[header_at])
    questions: list[dict[str, Any]] = []
    errors: list[str] = []
    for number, row in enumerate(rows[header_at + 1 :], start=header_at + 2):
        cells = {k: _text(row[i] if i < len(row) else None) for k, i in columns.items()}
        if not any(cells.values()):
            continue
        question, problems = _question(cells)
        errors.extend(f"Row {number}: {p}" for p in row_problems(problems, question))
        questions.append(question)
    if not questions and not errors:
        errors.append("The spreadsheet has no questions under its header row.")
    if errors:
        raise PackFormatError(errors)
    return questions


def check_archive(data: bytes) -> None:
    """Refuse a zip that would unpack to more than we read, before anything is unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise PackFormatError([NOT_XLSX]) from None
    # Python's zipfile never inflates a member past the size the archive declares for it
    # (it stops there and fails the checksum), so the declared sizes bound the real ones.
    unzipped = sum(member.file_size for member in members)
    if len(members) > MAX_ARCHIVE_MEMBERS or unzipped > MAX_UNZIPPED_BYTES:
        raise PackFormatError(
            [
                f"The spreadsheet unpacks to {unzipped:,} bytes in {len(members):,} parts; a"
                f" pack spreadsheet may unpack to at most {MAX_UNZIPPED_BYTES:,} bytes."
            ]
        )


def _bounded_rows(sheet: Any) -> list[list[Any]]:
    """The sheet's cells as rows, refused when it has (or claims) too many rows or columns."""
    rows_claimed, columns_claimed = sheet.max_row or 0, sheet.max_column or 0
    if rows_claimed > MAX_ROWS or columns_claimed > MAX_COLUMNS:
        claim = f"{rows_claimed:,} rows and {columns_claimed:,} columns"
        raise PackFormatError([_too_big(claim)])
    # The claim may be false or missing: read what is there, at most MAX_COLUMNS wide, and
    # stop one row past the limit (openpyxl fills skipped rows in lazily, as we ask).
    sheet.reset_dimensions()
    rows: list[list[Any]] = []
    for row in sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True):
        if len(rows) == MAX_ROWS:
            raise PackFormatError([_too_big(f"more than {MAX_ROWS:,} rows")])
        rows.append(list(row))
    return rows


def _too_big(size: str) -> str:
    return (
        f"The spreadsheet has {size}; a pack spreadsheet may use at most {MAX_ROWS:,} rows"
        f" and {MAX_COLUMNS} columns (row {HEADER_ROW} is the header, a question per row after it)."
    )


def _four_answers(choices: list[dict[str, Any]]) -> tuple[list[str], int]:
    """Up to four answers keeping the correct one; its 1-based number."""
    correct_index = next(i for i, c in enumerate(choices) if c["correct"])
    keep = [i for i in range(len(choices)) if i != correct_index][: KAHOOT_ANSWERS - 1]
    keep = sorted([*keep, correct_index])
    answers = [choices[i]["text"] for i in keep]
    return answers + [None] * (KAHOOT_ANSWERS - len(answers)), keep.index(correct_index) + 1


def _is_header(row: list[Any]) -> bool:
    labels = [_text(c).lower() for c in row]
    return any(x.startswith("question") for x in labels) and any(
        x.startswith("answer 1") for x in labels
    )


def _columns(header: list[Any]) -> dict[str, int]:
    """Column index by meaning, matched on the start of each header label."""
    wanted = {"question": "question", "time limit": "time_limit", "correct": "correct"}
    wanted |= {f"answer {n}": f"answer{n}" for n in range(1, KAHOOT_ANSWERS + 1)}
    found = {}
    for index, cell in enumerate(header):
        label = _text(cell).lower()
        for prefix, key in wanted.items():
            if label.startswith(prefix) and key not in found:
                found[key] = index
    missing = [k for k in wanted.values() if k not in found]
    if missing:
        raise PackFormatError([f"Header row: missing column(s): {', '.join(missing)}."])
    return found


def _question(cells: dict[str, str]) -> tuple[dict[str, Any], list[str]]:
    answers = [cells[f"answer{n}"] for n in range(1, KAHOOT_ANSWERS + 1)]
    while answers and not answers[-1]:
        answers.pop()
    problems: list[str] = []
    correct = parse_correct(cells["correct"], len(answers), problems)
    question = {
        "kind": "custom",
        "prompt": cells["question"],
        "choices": [{"text": t, "correct": i == correct} for i, t in enumerate(answers, 1)],
        "explanation": "",
        "evidence": "",
        "difficulty": "medium",
        "time_limit": parse_time_limit(cells["time_limit"], problems),
    }
    return question, problems


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()
