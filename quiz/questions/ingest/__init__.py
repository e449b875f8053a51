"""Ingest: plain text, Markdown or HTML in; a cleaned Article (title, date, prose) out.

Every prose paragraph survives: credits and wire tags are cut from a line rather than sinking
it, and only page furniture (ads, share buttons, bylines, widgets, label captions) goes.
"""

from __future__ import annotations

import re

from ..dates import find_date
from ..model import Article, Sentence
from ..nlp import parse_all, sentences_of
from ..textutil import normalize
from .html import html_to_lines, looks_like_html
from .markdown import looks_like_markdown, markdown_lines
from .noise import (
    clean_line,
    ends_like_prose,
    is_boilerplate,
    is_listing,
    is_timestamp,
    title_case_share,
    words,
)

__all__ = ["read_article"]

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(.*)$", re.IGNORECASE)
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
HEAD_LINES = 10  # a headline or a dateline sits among the first lines of a pasted page


def _normalise(text: str) -> str:
    """One newline convention, plain spaces, no invisible characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    return re.sub(r"[\u00a0\u2009\u202f\t]", " ", text)


def _split_source(text: str) -> tuple[str, str | None, str | None, list[str]]:
    """(title, date, url, lines) from whichever form the text is in."""
    if looks_like_html(text):
        return html_to_lines(text)
    if looks_like_markdown(text):
        title, date, lines = markdown_lines(text)
        return title, date, None, lines
    return "", None, None, text.split("\n")


def _is_prose(line: str) -> bool:
    """Running text: a sentence with its punctuation, or a long sentence-case line (a dek or
    a paragraph cut off mid-sentence by the page)."""
    n = len(words(line))
    if n >= 4 and ends_like_prose(line):
        return True
    return n >= 9 and title_case_share(line) < 0.7


def _headline(line: str) -> str:
    """A headline line without its site-name suffix ("... | Be Korea-savvy")."""
    s = _SITE_SUFFIX.sub("", line) if " | " in line else line
    return s.strip()


class _Lines:
    """The article's lines as they are classified, in order, with duplicates dropped."""

    def __init__(self) -> None:
        self.kept: list[tuple[str, str]] = []  # (line, "prose" | "listing" | "short")
        self.seen: set[str] = set()

    def add(self, line: str, kind: str) -> None:
        """Keep a line once; a teaser cut short of a later line gives way to the full one."""
        key = normalize(line)
        if not key or key in self.seen:
            return
        if self.kept and len(key) >= 20:
            last = normalize(self.kept[-1][0])
            if key.startswith(last) and len(last) >= 20:
                self.kept.pop()  # "Dana Holt announced Monday, March 4, 2019, on"
        self.seen.add(key)
        self.kept.append((line, kind))


def _classify(raw: list[str], title: str) -> tuple[str, str | None, _Lines]:
    """Walk the lines: find a headline and a dateline near the top, keep prose and listings."""
    lines = _Lines()
    date: str | None = None
    punctuated_seen = False  # a headline comes before the first punctuated sentence
    cleaned = []
    body_started = False  # a page's widgets may push the dateline far down, never the body
    for i, ln in enumerate(raw):
        line = clean_line(ln)
        if line and is_timestamp(line):
            # "PUBLISHED: 14:47 3 March 2021 | UPDATED: ..." is furniture that dates the story.
            if date is None and (i < HEAD_LINES * 2 or not body_started):
                date = find_date(line)
            continue
        body_started = body_started or (bool(line) and _is_prose(line) and ends_like_prose(line))
        if line and not is_boilerplate(line):
            cleaned.append((i, line))
    last = cleaned[-1][0] if cleaned else -1
    for i, line in cleaned:
        n = len(words(line))
        if is_listing(line):
            lines.add(line, "listing")
            continue
        if not title and not punctuated_seen and 4 <= n <= 25 and not ends_like_prose(line):
            title = _headline(line)
            continue
        if _is_prose(line) or (i == last and n >= 5 and title_case_share(line) < 0.7):
            # The last line may be cut off mid-sentence by the page: it is still prose.
            punctuated_seen = punctuated_seen or ends_like_prose(line)
            lines.add(line, "prose")
        elif n >= 3:
            lines.add(line, "short")  # a caption or a label; the parse decides
    return title, date, lines


def _has_finite_verb(doc_tags: list[str]) -> bool:
    """True when a parse shows a finite verb (a caption sentence, not a label)."""
    return any(t in _FINITE for t in doc_tags)


def read_article(text: str) -> Article:
    """Ingest an article in plain text, Markdown or HTML into a cleaned Article."""
    text = _normalise(text)
    title, date, url, raw = _split_source(text)
    first = next((i for i, ln in enumerate(raw) if ln.strip()), None)
    lede: list[str] = []
    if first is not None:
        m = _DATE_LINE.match(raw[first])
        if m:
            date, rest = m.group(1), clean_line(m.group(2))
            raw = raw[first + 1 :]
            if _is_prose(rest):
                lede = [rest]  # the "headline" slot holds the article's first sentence
                if not title and len(words(rest)) <= 16:
                    title = rest
            elif not title and not is_boilerplate(rest) and len(words(rest)) >= 3:
                title = _headline(rest)
    title, found_date, lines = _classify(lede + raw, title)
    date = date or found_date
    title_key = normalize(title)
    paragraphs = [ln for ln, _kind in lines.kept if normalize(ln) != title_key or ln in lede]
    # Short lines stay only when they have a verb; so do short punctuated ones without a
    # quotation ("Ann Bee and her dog, Biscuit." is a label caption, not a sentence).
    shorts = [
        ln for ln, kind in lines.kept
        if ln in paragraphs
        and (kind == "short" or (kind == "prose" and len(words(ln)) <= 12
                                 and not re.search("[\"“”]", ln)))
    ]  # fmt: skip
    parse_all(paragraphs)  # one pass over every candidate paragraph; the rest read the cache
    if shorts:
        # A headline further down (a related story's link) is in Title Case: not the article.
        verbed = {
            ln for ln, doc in zip(shorts, parse_all(shorts), strict=True)
            if _has_finite_verb([t.tag_ for t in doc])
            and (ends_like_prose(ln) or len(words(ln)) >= 9)
            and (ends_like_prose(ln) or title_case_share(ln) < 0.7)
        }  # fmt: skip
        paragraphs = [ln for ln in paragraphs if ln not in shorts or ln in verbed]
    body = "\n\n".join(paragraphs)
    return Article(
        title=title,
        published=date,
        body=body,
        url=url,
        sentences=split_sentences(paragraphs),
        raw_words=len(words(text)),
    )


def split_sentences(paragraphs: list[str]) -> tuple[Sentence, ...]:
    """Each paragraph's sentences (quote-aware), with offsets into the joined body."""
    out: list[Sentence] = []
    offset = 0
    for p_index, (para, doc) in enumerate(zip(paragraphs, parse_all(paragraphs), strict=True)):
        for span in sentences_of(doc):
            raw = span.text
            lead = len(raw) - len(raw.lstrip())
            stripped = raw.strip()
            if stripped:
                start = offset + span.start_char + lead
                out.append(Sentence(stripped, start, len(out), p_index))
        offset += len(para) + 2
    return tuple(out)
