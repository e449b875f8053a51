"""The question engine: one article in, a validated multiple-choice quiz pack out.

Pure Python (no Flask, no database). Data flows through sub-packages in this order:
``ingest`` (text, Markdown, HTML and noise into a clean Article), ``facts`` (the parse, people
and coreference, relation rules and the lexicon), ``kinds`` (one question generator per fact
kind, found by a registry), ``distractors`` (typed wrong options and their banks), then the
quality gate (``quality``) and the pack's selection (``select``, ``pack``).

spaCy is loaded lazily on first use, never at import time, and so are the engine's modules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .fresh import fresh_distractors
    from .ingest import read_article
    from .ingest.inputs import ArticleInputError, decode_article_bytes
    from .model import (
        Article,
        Choice,
        Fact,
        GeneratedPack,
        Question,
        Rejection,
        Sentence,
        Source,
    )
    from .pack import generate_pack
    from .quality import check_question

_WHERE = {
    "Article": "model",
    "ArticleInputError": "ingest.inputs",
    "Choice": "model",
    "Fact": "model",
    "GeneratedPack": "model",
    "Question": "model",
    "Rejection": "model",
    "Sentence": "model",
    "Source": "model",
    "check_question": "quality",
    "decode_article_bytes": "ingest.inputs",
    "fresh_distractors": "fresh",
    "generate_pack": "pack",
    "read_article": "ingest",
}
__all__ = [
    "Article",
    "ArticleInputError",
    "Choice",
    "Fact",
    "GeneratedPack",
    "Question",
    "Rejection",
    "Sentence",
    "Source",
    "check_question",
    "decode_article_bytes",
    "fresh_distractors",
    "generate_pack",
    "read_article",
]


def __getattr__(name: str) -> Any:
    """Import the module that defines name on first use (PEP 562)."""
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """Public names, for completion and help()."""
    return sorted([*globals(), *__all__])
