"""The audit trail: every studio change records who made it and when."""

from __future__ import annotations

from quiz import clock
from quiz.extensions import db
from quiz.models import AuditEntry, Pack, Question, Staff


def record(
    staff: Staff | None, action: str, target_type: str, target_id: int | None, detail: str = ""
) -> AuditEntry:
    """Add an audit entry to the session (committed with the change it describes)."""
    entry = AuditEntry(
        staff_id=staff.id if staff else None,
        action=action,
        target_type=target_type,
        target_id=target_id,
        detail=detail[:2000],
        at=clock.utcnow(),
    )
    db.session.add(entry)
    return entry


def touch_pack(pack: Pack, staff: Staff | None) -> None:
    """Stamp the pack as last edited by this staff member, now."""
    pack.updated_by_id = staff.id if staff else None
    pack.updated_at = clock.utcnow()


def touch_question(question: Question, staff: Staff | None) -> None:
    """Stamp the question and its pack as edited by this staff member, now."""
    question.updated_by_id = staff.id if staff else None
    question.updated_at = clock.utcnow()
    touch_pack(question.pack, staff)
