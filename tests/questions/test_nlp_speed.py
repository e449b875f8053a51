"""The engine's faster matrix products (numpy's BLAS, one thread) leave every parse unchanged."""

from __future__ import annotations

import glob
import os
import sys

import pytest
from qhelpers import DATA, DEMO

from quiz.questions import read_article
from quiz.questions.blas import one_thread
from quiz.questions.nlp import MODELS, load_nlp, paragraphs


def _bodies() -> list[str]:
    """Cleaned bodies of the demo article and every test article."""
    paths = [DEMO, *sorted(p for p in DATA.iterdir() if p.suffix in (".txt", ".md", ".html"))]
    return [read_article(p.read_text(encoding="utf-8")).body for p in paths]


def _reading(doc) -> list[tuple]:
    """Everything the engine reads from a parse, token by token."""
    return [
        (t.text, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc
    ]


@pytest.mark.skipif(sys.platform != "linux", reason="numpy's wheels bundle OpenBLAS on Linux")
def test_numpy_openblas_is_found_and_used():
    """On Linux wheels the engine reaches numpy's OpenBLAS, so its models multiply with it."""
    import numpy

    libs = os.path.join(os.path.dirname(os.path.dirname(numpy.__file__)), "numpy.libs")
    if not glob.glob(os.path.join(libs, "*openblas*")):
        pytest.skip("this numpy does not bundle OpenBLAS")
    assert one_thread()
    nlp = load_nlp()
    for name in ("tok2vec", "ner", "parser", "tagger"):
        assert nlp.get_pipe(name).model.ops.use_blis is False, name


def test_engine_parse_matches_the_stock_pipeline():
    """Tags, dependencies, entities and sentence starts equal the stock (BLIS) model's."""
    import spacy

    stock = None
    for name in MODELS:
        try:
            stock = spacy.load(name, disable=["attribute_ruler", "lemmatizer"])
            break
        except OSError:
            continue
    assert stock is not None
    assert stock.get_pipe("tok2vec").model.ops.use_blis, "the reference must be the stock ops"
    paras = [p for body in _bodies() for _, p in paragraphs(body)]
    ours = list(load_nlp().pipe(paras))
    theirs = list(stock.pipe(paras))
    assert sum(len(d) for d in ours) > 3000
    for a, b in zip(ours, theirs, strict=True):
        assert _reading(a) == _reading(b), a.text[:80]
