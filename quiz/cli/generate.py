"""`quiz generate FILE|-`: print a question pack for one article (plain click, no Flask app)."""

from __future__ import annotations

import json
import sys

import click

from quiz.questions import ArticleInputError, GeneratedPack, decode_article_bytes, generate_pack

EXIT_BAD_INPUT = 2


def _read(file: str) -> bytes:
    """Bytes of FILE, or of standard input for '-'."""
    if file == "-":
        return sys.stdin.buffer.read()
    with open(file, "rb") as fh:
        return fh.read()


def _text_report(pack: GeneratedPack, verbose: bool) -> str:
    """Human-readable pack: each question, its options (correct one marked) and evidence."""
    lines = [pack.title, pack.description, ""]
    for n, q in enumerate(pack.questions, 1):
        lines.append(f"{n}. [{q.kind}, {q.difficulty}] {q.prompt}")
        lines += [f"   {'*' if c.correct else '-'} {c.text}" for c in q.choices]
        lines += [f"   evidence: {q.evidence}", ""]
    if verbose:
        lines.append(f"Rejected drafts ({len(pack.rejected)}):")
        for r in pack.rejected:
            lines.append(f"  - [{r.draft.kind}] {r.draft.prompt}")
            lines += [f"      reason: {reason}" for reason in r.reasons]
    return "\n".join(lines).rstrip() + "\n"


@click.command("generate")
@click.argument("file", type=str)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "text"]),
    default="json",
    show_default=True,
    help="JSON is the quiz-pack format; text is for reading.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Changes the option order.")
@click.option("--verbose", is_flag=True, help="Also list rejected drafts and why (text format).")
def generate(file: str, fmt: str, seed: int, verbose: bool) -> None:
    """Print a multiple-choice question pack for the article FILE (or - for stdin)."""
    try:
        data = _read(file)
    except OSError as exc:
        click.echo(f"error: cannot read {file}: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    try:
        text = decode_article_bytes(data)
    except ArticleInputError as exc:
        click.echo(f"error: {file}: {exc}", err=True)
        sys.exit(EXIT_BAD_INPUT)
    pack = generate_pack(text, seed=seed)
    if not pack.questions:
        click.echo(f"warning: no quiz facts found in {file}; the pack has no questions", err=True)
    if fmt == "json":
        click.echo(json.dumps(pack.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(_text_report(pack, verbose), nl=False)
