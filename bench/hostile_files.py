"""Hostile Kahoot spreadsheets: how long reading each takes, and how much memory.

    python bench/hostile_files.py [--memory-gb 3] [--seconds 60]

Builds four small .xlsx files, each an attack on the importer, and reads each with
quiz.packs.kahoot.read_kahoot in a child process capped at --memory-gb of address space
and --seconds of time (so the code from before the caps can be measured safely too: check
it out and run the same command). For each file it prints the outcome (read, refused and
why, MemoryError at the cap, killed at the time limit), the seconds taken and the child's
peak resident memory (the interpreter alone is about 90 MB). The baseline is a well-formed
one-question sheet read the same way.
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import re
import resource
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

# Run as a script from anywhere: import quiz from the repository.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import Workbook  # noqa: E402

FAR_CELL = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
SHEET = "xl/worksheets/sheet1.xml"


def kahoot_sheet() -> bytes:
    """A well-formed Kahoot-layout sheet with one question."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for _ in range(7):
        sheet.append([])
    answers = [f"Answer {n}" for n in range(1, 5)]
    sheet.append([None, "Question", *answers, "Time limit (sec)", "Correct answer(s)"])
    sheet.append([1, "Capital of France?", "Paris", "Lyon", None, None, 30, 1])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def with_sheet(data: bytes, edit: Callable[[str], str], padding: int = 0) -> bytes:
    """The workbook with its sheet's XML edited, and `padding` spaces in a comment after it."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename != SHEET:
                target.writestr(item, source.read(item.filename))
                continue
            with target.open(SHEET, "w", force_zip64=True) as sheet:
                sheet.write(edit(source.read(SHEET).decode()).encode())
                if padding:
                    sheet.write(b"<!--")
                    for _ in range(padding // 1_000_000):
                        sheet.write(b" " * 1_000_000)  # written in pieces, never held whole
                    sheet.write(b"-->")
    return out.getvalue()


def claim(xml: str) -> str:
    return re.sub(r'<dimension ref="[^"]+"', '<dimension ref="A1:XFD1048576"', xml)


def far_cell(xml: str) -> str:
    return xml.replace("</sheetData>", FAR_CELL + "</sheetData>")


def no_claim(xml: str) -> str:
    return re.sub(r'<dimension ref="[^"]+"/>', "", xml)


def attacks() -> dict[str, bytes]:
    """The files, by what each does."""
    good = kahoot_sheet()
    return {
        "baseline: one question": good,
        "claims A1:XFD1048576, a cell at XFD1048576": with_sheet(
            good, lambda x: far_cell(claim(x))
        ),
        "claims nothing, a cell at XFD1048576": with_sheet(good, lambda x: far_cell(no_claim(x))),
        "unzips to 1 GB": with_sheet(good, lambda x: x, padding=1_000_000_000),
    }


def read_capped(path: str, memory: int, queue: multiprocessing.Queue) -> None:
    """In the child: read the file under an address-space cap; report outcome and peak RSS."""
    from quiz.packs.kahoot import read_kahoot
    from quiz.packs.schema import PackFormatError

    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    started = time.monotonic()
    try:
        read_kahoot(Path(path).read_bytes())
        outcome = "read"
    except PackFormatError as error:
        outcome = "refused: " + error.errors[0][:60] + "…"
    except MemoryError:
        outcome = "MemoryError at the cap"
    seconds = time.monotonic() - started
    status = Path("/proc/self/status").read_text()
    queue.put((outcome, seconds, int(status.split("VmHWM:")[1].split()[0]) // 1024))


def main(argv: list[str] | None = None) -> int:
    """Read each file in a capped child process and print what happened."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--memory-gb", type=float, default=3.0)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args(argv)
    memory = int(args.memory_gb * 2**30)
    context = multiprocessing.get_context("spawn")  # a fresh interpreter, its own peak RSS
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in attacks().items():
            path = Path(tmp) / "attack.xlsx"
            path.write_bytes(data)
            queue: multiprocessing.Queue = context.Queue()
            child = context.Process(target=read_capped, args=(str(path), memory, queue))
            child.start()
            child.join(args.seconds)
            if child.is_alive():
                child.kill()
                child.join()
                print(f"{name} ({len(data):,} bytes): still reading after {args.seconds:.0f} s")
                continue
            if queue.empty():
                print(f"{name} ({len(data):,} bytes): the child died ({child.exitcode})")
                continue
            outcome, seconds, peak = queue.get()
            print(f"{name} ({len(data):,} bytes): {outcome} in {seconds:.2f} s, peak RSS {peak} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
