"""Staff accounts, the audit trail of their changes, and the nickname block list."""

from __future__ import annotations

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quiz import clock
from quiz.extensions import Model

ROLES = ("editor", "admin")


class Staff(UserMixin, Model):
    """A content staff member who logs in to the studio."""

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20), default="editor")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=clock.utcnow)
    # Part of every session cookie's user id; raised on logout and on a password change,
    # so each cookie signed before then names an epoch that is over.
    session_epoch: Mapped[int] = mapped_column(default=0, server_default="0")

    def get_id(self) -> str:
        """What Flask-Login keeps in the session cookie: the id and the session epoch."""
        return f"{self.id}:{self.session_epoch}"

    @property
    def is_active(self) -> bool:  # Flask-Login refuses sessions of disabled staff
        """Disabled staff cannot log in or keep a session."""
        return self.active

    @property
    def is_admin(self) -> bool:
        """Admins manage other staff."""
        return self.role == "admin"


class AuditEntry(Model):
    """Who changed what, and when."""

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(60))
    target_type: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[int | None]
    detail: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(default=clock.utcnow, index=True)

    staff: Mapped[Staff | None] = relationship()


class BlockedWord(Model):
    """A word staff have banned from nicknames (on top of the shipped list)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    word: Mapped[str] = mapped_column(String(60), unique=True)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    added_at: Mapped[datetime] = mapped_column(default=clock.utcnow)
