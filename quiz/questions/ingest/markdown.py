"""Markdown ingest: front matter, headings and emphasis become a title, a date and lines."""

from __future__ import annotations

import re

from ..dates import find_date

_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_ITALIC = re.compile(r"(?<![\w*_])[*_]([A-Z][^*_\n]{0,80}?)[*_](?![\w*_])")
_MD_BOLD = re.compile(r"(\*\*|__)(.+?)\1")


def looks_like_markdown(text: str) -> bool:
    """True when text uses Markdown headings, front matter, links or emphasis."""
    return bool(
        re.search(r"^(?:#{1,6}\s|---\s*$)", text, re.M)
        or _MD_LINK.search(text)
        or _MD_BOLD.search(text)
    )


def markdown_lines(text: str) -> tuple[str, str | None, list[str]]:
    """Strip Markdown syntax; return (title, ISO date or None, lines)."""
    title, date = "", None
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":
        # YAML-style front matter: only title and date matter here.
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)
        for ln in lines[1:end]:
            key, _, val = ln.partition(":")
            if key.strip().lower() == "title":
                title = val.strip().strip("\"'")
            elif key.strip().lower() == "date":
                date = find_date(val) or (
                    val.strip()[:10] if re.match(r"\s*\d{4}-\d\d-\d\d", val) else None
                )
        lines = lines[end + 1 :]
    out = []
    for ln in lines:
        s = _MD_IMAGE.sub("", ln)
        s = _MD_LINK.sub(r"\1", s)
        s = _MD_BOLD.sub(r"\2", s)
        # Italics mark titles of works in entertainment copy: keep them as quoted titles.
        s = _MD_ITALIC.sub(r"“\1”", s)
        s = re.sub(r"^\s*(?:>+|[-*+]\s|\d+\.\s)\s*", "", s)
        heading = re.match(r"^\s*(#{1,6})\s+(.*)$", s)
        if heading:
            if heading.group(1) == "#" and not title:
                title = heading.group(2).strip()
            continue  # sub-headings are not prose
        out.append(s)
    return title, date, out
