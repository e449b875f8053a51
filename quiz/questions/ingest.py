"""Read plain text, Markdown or HTML into a cleaned Article (title, date, body, sentences)."""

from __future__ import annotations

import re

from .ingest_html import html_to_lines, looks_like_html
from .model import Article
from .noise import clean_lines, is_prose

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(.*)$", re.IGNORECASE)
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_LONG_DATE = re.compile(
    r"\b(" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b", re.I
)
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
# At the start of a line, or after a byline: "By Ann Bee | Published May 20, 2024".
_PUBLISHED = re.compile(r"(?:^|[|•·]\s*)(?:published|updated|posted|date)\b", re.IGNORECASE)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_ITALIC = re.compile(r"(?<![\w*_])[*_]([A-Z][^*_\n]{0,80}?)[*_](?![\w*_])")
_MD_BOLD = re.compile(r"(\*\*|__)(.+?)\1")


def find_date(text: str) -> str | None:
    """First 'August 28, 2023' or '2023-08-28' style date in text, as ISO, else None."""
    m = _LONG_DATE.search(text)
    if m:
        month = [x[:3] for x in _MONTHS].index(m.group(1).lower()[:3]) + 1
        return f"{int(m.group(3)):04d}-{month:02d}-{int(m.group(2)):02d}"
    m = _ISO_DATE.search(text)
    return m.group(0) if m else None


def _markdown_lines(text: str) -> tuple[str, str | None, list[str]]:
    """Strip Markdown syntax; return (title, date, lines)."""
    title, date = "", None
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":
        # YAML-ish front matter: only title and date matter to us.
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)
        for ln in lines[1:end]:
            key, _, val = ln.partition(":")
            if key.strip().lower() == "title":
                title = val.strip().strip("\"'")
            elif key.strip().lower() == "date":
                date = find_date(val)
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


def looks_like_markdown(text: str) -> bool:
    """True when text uses Markdown headings, front matter, links or emphasis."""
    return bool(
        re.search(r"^(?:#{1,6}\s|---\s*$)", text, re.M)
        or _MD_LINK.search(text)
        or _MD_BOLD.search(text)
    )


def read_article(text: str) -> Article:
    """Ingest an article in plain text, Markdown or HTML into a cleaned Article."""
    from .nlp import split_sentences

    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    url = None
    if looks_like_html(text):
        title, date, url, lines = html_to_lines(text)
    elif looks_like_markdown(text):
        title, date, lines = _markdown_lines(text)
    else:
        title, date, lines = "", None, text.split("\n")
    # The plain-text convention: a first line " date YYYY-MM-DD Headline".
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is not None:
        m = _DATE_LINE.match(lines[first])
        if m:
            date, title = m.group(1), title or m.group(2).strip()
            lines = lines[first + 1 :]
        elif not title and not is_prose(lines[first]) and len(lines[first].split()) <= 25:
            title = lines[first].strip()
            lines = lines[first + 1 :]
    if date is None:
        # A dateline such as "Published on August 28, 2023 03:47PM EDT".
        date = next((find_date(ln) for ln in lines[:12] if _PUBLISHED.search(ln.strip())), None)
    body = "\n\n".join(clean_lines(lines, title))
    return Article(
        title=title.strip() or "Untitled article",
        published=date,
        body=body,
        url=url,
        sentences=split_sentences(body),
    )
