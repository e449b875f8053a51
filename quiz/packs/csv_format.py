"""Packs as CSV: one row per question.

Header (first row), in this order when we write it:
    prompt, option1 ... option6, correct, explanation, time_limit, difficulty, evidence, kind
`prompt`, `option1`, `option2` and `correct` are required; the others may be left out.
`correct` is the number (1-6) of the correct option; unused option columns stay empty.
A text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a
carriage return) is written with a leading apostrophe, as OWASP advises, and read back
without it.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from quiz.packs.schema import MAX_CHOICES, PackFormatError, question_problems

OPTION_COLUMNS = [f"option{n}" for n in range(1, MAX_CHOICES + 1)]
COLUMNS = ["prompt", *OPTION_COLUMNS, "correct", "explanation", "time_limit", "difficulty"]
COLUMNS += ["evidence", "kind"]
REQUIRED = ("prompt", "option1", "option2", "correct")
# What makes a spreadsheet read a cell as a formula (=HYPERLINK(...), +cmd|..., @SUM(...)).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text_cell(value: Any) -> Any:
    """A cell value a spreadsheet shows as text, never runs: a formula sign gets a "'"."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def from_text_cell(text: str) -> str:
    """Undo as_text_cell, so an exported pack imports as it was."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def write_csv(document: dict[str, Any]) -> str:
    """The document's questions as CSV text (header first)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for question in document["questions"]:
        choices = question["choices"]
        texts = [c["text"] for c in choices] + [""] * (MAX_CHOICES - len(choices))
        correct = next(i for i, c in enumerate(choices, start=1) if c["correct"])
        row = [question["prompt"], *texts, correct, question.get("explanation", "")]
        row += [question.get("time_limit", 20), question.get("difficulty", "medium")]
        row += [question.get("evidence", ""), question.get("kind", "custom")]
        writer.writerow([as_text_cell(cell) for cell in row])
    return out.getvalue()


def read_csv(text: str) -> list[dict[str, Any]]:
    """Question documents from CSV text; every problem is reported by row, nothing partial."""
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:  # e.g. a bare carriage return inside a field
        raise PackFormatError([f"The CSV file cannot be read: {exc}."]) from None
    if not rows:
        raise PackFormatError(["The CSV file is empty."])
    header = [cell.strip().lower() for cell in rows[0]]
    errors = _header_problems(header)
    if errors:
        raise PackFormatError(errors)
    questions = []
    for number, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header):
            errors.append(f"Row {number}: has {len(cells)} cells but the header has {len(header)}.")
            continue
        row = dict(zip(header, [from_text_cell(c.strip()) for c in cells], strict=False))
        question, problems = _question(row)
        errors.extend(f"Row {number}: {p}" for p in row_problems(problems, question))
        questions.append(question)
    if not questions and not errors:
        errors.append("The CSV file has a header but no questions.")
    if errors:
        raise PackFormatError(errors)
    return questions


def row_problems(own: list[str], question: dict[str, Any]) -> list[str]:
    """A row's own parse problems, then the schema's (minus a repeat about the correct mark)."""
    schema = question_problems(question)
    if any("correct" in p for p in own):
        schema = [p for p in schema if not p.startswith("exactly one option must be correct")]
    return own + schema


def _header_problems(header: list[str]) -> list[str]:
    problems = []
    missing = [c for c in REQUIRED if c not in header]
    unknown = [c for c in header if c not in COLUMNS]
    if missing:
        problems.append(f"Row 1 (header): missing column(s): {', '.join(missing)}.")
    if unknown:
        problems.append(f"Row 1 (header): unknown column(s): {', '.join(unknown)}.")
    if len(set(header)) != len(header):
        problems.append("Row 1 (header): a column is named twice.")
    if problems:
        problems.append(f"Expected columns: {', '.join(COLUMNS)}.")
    return problems


def _question(row: dict[str, str]) -> tuple[dict[str, Any], list[str]]:
    """One question document from a row, plus problems only the row format can have."""
    options = [row.get(c, "") for c in OPTION_COLUMNS]
    while options and not options[-1]:
        options.pop()
    problems: list[str] = []
    correct = parse_correct(row.get("correct", ""), len(options), problems)
    question: dict[str, Any] = {
        "kind": row.get("kind") or "custom",
        "prompt": row.get("prompt", ""),
        "choices": [{"text": t, "correct": i == correct} for i, t in enumerate(options, 1)],
        "explanation": row.get("explanation", ""),
        "evidence": row.get("evidence", ""),
        "difficulty": row.get("difficulty") or "medium",
        "time_limit": parse_time_limit(row.get("time_limit", ""), problems),
    }
    return question, problems


def parse_correct(value: Any, option_count: int, problems: list[str]) -> int | None:
    """The single correct option number; two or more numbers is a problem of its own."""
    numbers = [p.strip() for p in str(value if value is not None else "").split(",") if p.strip()]
    if len(numbers) > 1:
        problems.append(f"{len(numbers)} correct answers ({', '.join(numbers)}); give exactly one.")
        return None
    # isdecimal, not isdigit: "¹" is a digit that int() refuses.
    if not numbers or not numbers[0].removesuffix(".0").isdecimal():
        problems.append(f"the correct option must be a number from 1 to {option_count}.")
        return None
    number = _whole_number(numbers[0].removesuffix(".0"))
    if not 1 <= number <= option_count:
        problems.append(f"correct option {number} is not one of the {option_count} options.")
        return None
    return number


def parse_time_limit(value: Any, problems: list[str]) -> Any:
    """Seconds as an int (20 when blank); a non-number is reported, range checks follow."""
    text = str(value if value is not None else "").strip().removesuffix(".0")
    if not text:
        return 20
    if not text.isdecimal():
        problems.append(f"the time limit {text[:20]!r} is not a whole number of seconds.")
        return 20
    return _whole_number(text)


def _whole_number(digits: str) -> int:
    """The number; one past every limit of ours when it is too long to read (or to print)."""
    # int() refuses more than 4,300 digits with a ValueError, and a range error quoting a
    # 400-digit number helps nobody: any number this long is simply out of range.
    return int(digits) if len(digits) <= 18 else 10**18
