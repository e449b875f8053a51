"""The model multiplies with numpy's BLAS on one thread, and that changes no parse."""

from __future__ import annotations

from typing import Any

from qhelpers import DATA, DEMO

from quiz.questions import read_article
from quiz.questions.nlp import MODELS, load_nlp, news_tokenizer, one_blas_thread


def _paragraphs() -> list[str]:
    """The paragraphs of the demo article and of every test article."""
    paths = [DEMO, *sorted(p for p in DATA.iterdir() if p.suffix in (".txt", ".md", ".html"))]
    return [
        p
        for path in paths
        for p in read_article(path.read_text(encoding="utf-8")).body.split("\n\n")
    ]


def _reading(doc) -> list[tuple]:
    """Everything the engine reads from a parse, token by token."""
    return [
        (t.text, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc
    ]


def test_blas_is_held_to_one_thread_and_the_model_uses_it() -> None:
    from threadpoolctl import threadpool_info

    assert one_blas_thread()
    nlp = load_nlp()
    blas = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    assert blas and all(lib["num_threads"] == 1 for lib in blas)
    for name in ("tok2vec", "ner", "parser", "tagger"):
        pipe: Any = nlp.get_pipe(name)  # a trained pipe: spaCy's pipe classes ship no types
        assert pipe.model.ops.use_blis is False, name


def test_engine_parse_matches_the_stock_pipeline() -> None:
    """Tags, dependencies, entities and sentence starts equal the stock (BLIS) model's, given
    the same tokens."""
    import spacy

    stock = None
    for name in MODELS:
        try:
            stock = news_tokenizer(spacy.load(name, disable=["attribute_ruler", "lemmatizer"]))
            break
        except OSError:
            continue
    assert stock is not None
    stock_tok2vec: Any = stock.get_pipe("tok2vec")  # as above: no types for the pipe
    assert stock_tok2vec.model.ops.use_blis, "the reference must be the stock ops"
    paras = _paragraphs()
    ours = list(load_nlp().pipe(paras))
    theirs = list(stock.pipe(paras))
    assert sum(len(d) for d in ours) > 3000
    for a, b in zip(ours, theirs, strict=True):
        assert _reading(a) == _reading(b), a.text[:80]
