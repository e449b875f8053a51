"""The question engine: one article in, a validated multiple-choice quiz pack out.

Pure Python (no Flask). spaCy is loaded lazily on first use, never at import time.
"""

from __future__ import annotations

from .fresh import fresh_distractors
from .ingest import read_article
from .inputs import ArticleInputError, decode_article_bytes
from .model import Article, Choice, Fact, GeneratedPack, Question, Rejection, Sentence, Source
from .pack import generate_pack
from .quality import check_question

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
