"""Articles and the question packs made from them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quiz import clock
from quiz.extensions import Model

PACK_STATUSES = ("draft", "published", "unpublished")
QUESTION_STATUSES = ("draft", "approved", "rejected")
DIFFICULTIES = ("easy", "medium", "hard")


class Article(Model):
    """An article as staff supplied it, with the cleaned text the engine read."""

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    published: Mapped[date | None]
    url: Mapped[str | None] = mapped_column(String(2000))
    raw_text: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=clock.utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class Pack(Model):
    """A set of questions fans play; public once published."""

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("article.id"))
    source_title: Mapped[str] = mapped_column(String(300), default="")
    source_published: Mapped[date | None]
    source_url: Mapped[str | None] = mapped_column(String(2000))
    created_at: Mapped[datetime] = mapped_column(default=clock.utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=clock.utcnow, onupdate=clock.utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    published_at: Mapped[datetime | None]

    article: Mapped[Article | None] = relationship()
    questions: Mapped[list[Question]] = relationship(
        back_populates="pack", order_by="Question.position", cascade="all, delete-orphan"
    )

    @property
    def is_published(self) -> bool:
        """True when fans can see and start the pack."""
        return self.status == "published"

    def approved_questions(self) -> list[Question]:
        """Questions that go into a play, in play order."""
        return [q for q in self.questions if q.status == "approved"]


class Question(Model):
    """One multiple-choice question of a pack, backed by its evidence sentence."""

    __table_args__ = (Index("ix_question_pack_position", "pack_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pack_id: Mapped[int] = mapped_column(ForeignKey("pack.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(40), default="custom")
    prompt: Mapped[str] = mapped_column(Text)
    explanation: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    difficulty: Mapped[str] = mapped_column(String(10), default="medium")
    time_limit: Mapped[int] = mapped_column(default=20)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    created_at: Mapped[datetime] = mapped_column(default=clock.utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=clock.utcnow, onupdate=clock.utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    pack: Mapped[Pack] = relationship(back_populates="questions")
    choices: Mapped[list[Choice]] = relationship(
        back_populates="question", order_by="Choice.position", cascade="all, delete-orphan"
    )

    @property
    def correct_choice(self) -> Choice | None:
        """The one choice marked correct, if the question is well formed."""
        return next((c for c in self.choices if c.correct), None)


class Choice(Model):
    """One option of a question."""

    __table_args__ = (UniqueConstraint("question_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(String(300))
    correct: Mapped[bool] = mapped_column(default=False)

    question: Mapped[Question] = relationship(back_populates="choices")
