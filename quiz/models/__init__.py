"""Database models, grouped by area; import them from here."""

from __future__ import annotations

from quiz.models.content import Article, Choice, Pack, Question
from quiz.models.play import Answer, Play, PlayQuestion
from quiz.models.scores import PlayScoreBand, PlayScoreTally
from quiz.models.staff import AuditEntry, BlockedWord, Staff

__all__ = [
    "Answer",
    "Article",
    "AuditEntry",
    "BlockedWord",
    "Choice",
    "Pack",
    "Play",
    "PlayQuestion",
    "PlayScoreBand",
    "PlayScoreTally",
    "Question",
    "Staff",
]
