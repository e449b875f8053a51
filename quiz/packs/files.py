"""Pack files in and out: JSON, CSV, Kahoot .xlsx (both ways) and GIFT (export only)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from quiz.packs.csv_format import read_csv, write_csv
from quiz.packs.gift import write_gift
from quiz.packs.kahoot import read_kahoot, write_kahoot
from quiz.packs.schema import PACK_FORMAT, PACK_VERSION, PackFormatError

XLSX_MAGIC = b"PK\x03\x04"
MAX_IMPORT_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class ExportFile:
    """An exported pack: its bytes, media type and a download name."""

    content: bytes
    mimetype: str
    filename: str


EXPORT_FORMATS = {
    "json": ("application/json", "json"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "kahoot": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "gift": ("text/plain; charset=utf-8", "gift.txt"),
}


def detect_format(filename: str, data: bytes) -> str:
    """json, csv or kahoot: by the file's extension, else by its first bytes."""
    suffix = PurePath(filename or "").suffix.lower()
    by_suffix = {".json": "json", ".csv": "csv", ".xlsx": "kahoot"}
    if suffix in by_suffix:
        return by_suffix[suffix]
    if suffix and suffix not in (".txt", ""):
        raise PackFormatError([f"“{filename}” is not a .json, .csv or .xlsx pack file."])
    if data.startswith(XLSX_MAGIC):
        return "kahoot"
    return "json" if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else "csv"


def read_pack_file(data: bytes, filename: str = "", title: str | None = None) -> dict[str, Any]:
    """A pack document from file bytes; PackFormatError lists every problem, row by row."""
    if not data.strip():
        raise PackFormatError(["The file is empty."])
    if len(data) > MAX_IMPORT_BYTES:
        raise PackFormatError([f"The file is larger than {MAX_IMPORT_BYTES:,} bytes."])
    kind = detect_format(filename, data)
    if kind == "kahoot":
        questions = read_kahoot(data)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise PackFormatError([f"The file is not UTF-8 text (byte {exc.start})."]) from None
        if kind == "json":
            return _read_json(text)
        questions = read_csv(text)
    return {
        "format": PACK_FORMAT,
        "version": PACK_VERSION,
        "title": (title or "").strip() or _title_from(filename),
        "description": "",
        "source": {"title": "", "published": None, "url": None},
        "questions": questions,
    }


def export_file(document: dict[str, Any], fmt: str, slug: str) -> ExportFile:
    """Render a pack document in one of EXPORT_FORMATS."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"Unknown export format {fmt!r}.")
    mimetype, extension = EXPORT_FORMATS[fmt]
    if fmt == "json":
        content = dumps_json(document).encode("utf-8")
    elif fmt == "csv":
        content = write_csv(document).encode("utf-8")
    elif fmt == "kahoot":
        content = write_kahoot(document)
    else:
        content = write_gift(document).encode("utf-8")
    return ExportFile(content, mimetype, f"{slug}.{extension}")


def dumps_json(document: dict[str, Any]) -> str:
    """The pack format as we write it: stable key order, two-space indent, UTF-8."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _read_json(text: str) -> dict[str, Any]:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise PackFormatError(
            [f"The file is not valid JSON: line {exc.lineno}, column {exc.colno}: {exc.msg}."]
        ) from None
    except ValueError:  # Python refuses to read an integer of more than 4,300 digits
        raise PackFormatError(["The file holds a number too long to be part of a pack."]) from None
    except RecursionError:
        raise PackFormatError(
            ["The file nests lists or objects too deeply to be a pack."]
        ) from None


def _title_from(filename: str) -> str:
    stem = PurePath(filename or "").stem.replace("_", " ").replace("-", " ").strip()
    return stem[:1].upper() + stem[1:] if stem else "Imported pack"
