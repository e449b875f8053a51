"""The article text as safe HTML, with each question's evidence sentence marked."""

from __future__ import annotations

import re
from collections.abc import Iterable

from markupsafe import Markup, escape


def find_spans(body: str, evidence: Iterable[tuple[int, str]]) -> list[tuple[int, int, int]]:
    """(start, end, question id) for each evidence found in the body, without overlaps."""
    spans: list[tuple[int, int, int]] = []
    for question_id, sentence in evidence:
        sentence = sentence.strip()
        start = body.find(sentence) if sentence else -1
        if start >= 0:
            spans.append((start, start + len(sentence), question_id))
    spans.sort()
    kept: list[tuple[int, int, int]] = []
    for span in spans:
        # Two questions may rest on one sentence; the first keeps the mark (and its anchor).
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def highlight_article(body: str, evidence: Iterable[tuple[int, str]]) -> Markup:
    """Escape the article, wrap evidence in <mark id="evidence-N">, one <p> per paragraph."""
    spans = find_spans(body, evidence)
    paragraphs: list[Markup] = []
    for para_start, para_end in _paragraphs(body):
        pieces: list[Markup] = []
        cursor = para_start
        for start, end, question_id in spans:
            if start < para_start or end > para_end:
                continue  # a sentence running across paragraphs stays unmarked
            pieces.append(escape(body[cursor:start]))
            pieces.append(
                Markup('<mark id="evidence-{}">{}</mark>').format(question_id, body[start:end])
            )
            cursor = end
        pieces.append(escape(body[cursor:para_end]))
        paragraphs.append(Markup("<p>{}</p>\n").format(Markup("").join(pieces)))
    return Markup("").join(paragraphs)


def _paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text between blank lines."""
    bounds, cursor = [], 0
    for gap in re.finditer(r"\n[ \t]*\n\s*", body):
        bounds.append((cursor, gap.start()))
        cursor = gap.end()
    bounds.append((cursor, len(body)))
    return [(a, b) for a, b in bounds if body[a:b].strip()]
