"""Packs as Kahoot's quiz spreadsheet (.xlsx): question, answers 1-4, time limit, correct.

Layout as in Kahoot's template: a few lines of instructions, the header on row 8 and one
question per row from row 9 (column A numbers them). Kahoot takes at most four answers, so
a longer question keeps its correct answer and its first wrong ones; time limits snap to
the nearest value Kahoot offers.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any, cast

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from quiz.packs.csv_format import parse_correct, parse_time_limit, row_problems
from quiz.packs.schema import PackFormatError

KAHOOT_ANSWERS = 4
KAHOOT_TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
HEADER_ROW = 8
HEADERS = [
    "Question - max 120 characters",
    *(f"Answer {n} - max 75 characters" for n in range(1, KAHOOT_ANSWERS + 1)),
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
]
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
            sheet.cell(row=HEADER_ROW + number, column=column, value=value)
    sheet.column_dimensions["B"].width = 60
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def read_kahoot(data: bytes) -> list[dict[str, Any]]:
    """Question documents from a Kahoot-template workbook; problems are named by row."""
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise PackFormatError(["The file is not an .xlsx spreadsheet."]) from None
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
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
