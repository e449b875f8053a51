"""Staff accounts: password hashing (Argon2) and the Flask-Login user loader."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, text, update

from quiz.extensions import db, login_manager
from quiz.models import BlockedWord, Staff
from quiz.models.staff import ROLES
from quiz.studio.services import audit

MIN_PASSWORD_LENGTH = 10

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    """Hash a password for storage; the clear text is never kept."""
    return _hasher.hash(password)


def password_matches(staff: Staff, password: str) -> bool:
    """Check a password against the stored hash without revealing why it failed."""
    try:
        return _hasher.verify(staff.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@login_manager.user_loader
def load_staff(session_id: str) -> Staff | None:
    """The staff member a session cookie names (None if gone, disabled or logged out)."""
    staff_id, _, epoch = session_id.partition(":")
    # isdecimal and the length bound keep int() and the database to numbers they take.
    if not (staff_id.isdecimal() and epoch.isdecimal()) or len(staff_id + epoch) > 30:
        return None
    staff = db.session.get(Staff, int(staff_id))
    if staff is None or not staff.active or staff.session_epoch != int(epoch):
        return None
    return staff


def end_sessions(staff: Staff) -> None:
    """Make every session cookie issued to this account so far worthless."""
    # In SQL, so two logouts at once both count; the new value is read back on next use.
    epoch = update(Staff).where(Staff.id == staff.id).values(session_epoch=Staff.session_epoch + 1)
    db.session.execute(epoch)
    db.session.expire(staff, ["session_epoch"])


class StaffError(ValueError):
    """A staff change that is refused; the message is for the admin to read."""


# Verified against when the email is unknown, so a miss costs as much time as a wrong password.
_DUMMY_HASH = _hasher.hash("not a real password")


def normalise_email(email: str) -> str:
    """Emails compare case-insensitively and without surrounding spaces."""
    return email.strip().lower()


def authenticate(email: str, password: str) -> Staff | None:
    """The active staff member with this email and password, else None (no reason given)."""
    staff = db.session.scalar(select(Staff).where(Staff.email == normalise_email(email)))
    if staff is None:
        password_matches(Staff(password_hash=_DUMMY_HASH), password)
        return None
    if not password_matches(staff, password) or not staff.active:
        return None
    if _hasher.check_needs_rehash(staff.password_hash):
        staff.password_hash = hash_password(password)
        db.session.commit()
    return staff


def change_password(staff: Staff, current: str, new: str) -> None:
    """Set a new password (the current one proves it is the owner) and end every session."""
    if not password_matches(staff, current):
        raise StaffError("That is not your current password; nothing was changed.")
    if len(new) < MIN_PASSWORD_LENGTH:
        raise StaffError(f"The new password needs at least {MIN_PASSWORD_LENGTH} characters.")
    if new == current:
        raise StaffError("The new password is the one you have; choose another.")
    staff.password_hash = hash_password(new)
    end_sessions(staff)
    audit.record(staff, "staff.password", "staff", staff.id)


def create_staff(email: str, password: str, role: str = "editor", by: Staff | None = None) -> Staff:
    """Add a staff account; refuses a taken email, an unknown role or a short password."""
    email = normalise_email(email)
    if role not in ROLES:
        raise StaffError(f"Role must be one of: {', '.join(ROLES)}.")
    if "@" not in email:
        raise StaffError("That does not look like an email address.")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise StaffError(f"The password needs at least {MIN_PASSWORD_LENGTH} characters.")
    if db.session.scalar(select(Staff.id).where(Staff.email == email)):
        raise StaffError(f"{email} already has an account.")
    staff = Staff(email=email, role=role, password_hash=hash_password(password))
    db.session.add(staff)
    db.session.flush()
    audit.record(by, "staff.create", "staff", staff.id, f"{email} as {role}")
    return staff


def change_role(staff: Staff, role: str, by: Staff) -> None:
    """Re-role a staff member, never leaving the studio without an active admin."""
    if role not in ROLES:
        raise StaffError(f"Role must be one of: {', '.join(ROLES)}.")
    if role != "admin":
        _hold_admin_changes(staff, by)
        if staff.is_admin and staff.active:
            _keep_an_admin(staff)
    old, staff.role = staff.role, role
    audit.record(by, "staff.role", "staff", staff.id, f"{staff.email}: {old} -> {role}")


def set_active(staff: Staff, active: bool, by: Staff) -> None:
    """Disable or re-enable an account; nobody disables themselves or the last admin."""
    if not active:
        if staff.id == by.id:
            raise StaffError("You cannot disable your own account.")
        _hold_admin_changes(staff, by)
        if staff.is_admin:
            _keep_an_admin(staff)
    staff.active = active
    if not active:
        end_sessions(staff)
    action = "staff.enable" if active else "staff.disable"
    audit.record(by, action, "staff", staff.id, staff.email)


def _hold_admin_changes(staff: Staff, by: Staff) -> None:
    """Wait until no other change to the admins is in flight, then read both accounts anew."""
    # Two admins disabling each other at once both saw the other still active, and both
    # changes went through. Now such changes queue here until the one before commits, so
    # the check below and the change after it are one step no other change can enter.
    if db.session.get_bind().dialect.name == "sqlite":
        # SQLite has one write lock per database: a write that changes nothing takes it.
        db.session.execute(text("UPDATE staff SET role = role WHERE 0 = 1"))
    else:
        # PostgreSQL locks the active admins' rows until commit; a second change waits,
        # then reads what the first one committed.
        admins = select(Staff.id).where(Staff.role == "admin", Staff.active.is_(True))
        db.session.execute(admins.order_by(Staff.id).with_for_update())
    db.session.refresh(staff)
    db.session.refresh(by)
    if not (by.active and by.is_admin):
        raise StaffError("Your account is no longer an active admin; nothing was changed.")


def _keep_an_admin(leaving: Staff) -> None:
    """Refuse a change that would leave no active admin besides `leaving`."""
    others = db.session.scalar(
        select(func.count(Staff.id)).where(
            Staff.role == "admin", Staff.active.is_(True), Staff.id != leaving.id
        )
    )
    if not others:
        raise StaffError("The studio needs at least one active admin; add another admin first.")


def add_blocked_word(word: str, by: Staff) -> BlockedWord:
    """Ban a word from nicknames (stored lower-case, once)."""
    word = word.strip().casefold()
    if not word:
        raise StaffError("Give a word to block.")
    if db.session.scalar(select(BlockedWord.id).where(BlockedWord.word == word)):
        raise StaffError(f"“{word}” is already blocked.")
    blocked = BlockedWord(word=word, added_by_id=by.id)
    db.session.add(blocked)
    db.session.flush()
    audit.record(by, "blocked_word.add", "blocked_word", blocked.id, word)
    return blocked


def remove_blocked_word(blocked: BlockedWord, by: Staff) -> None:
    """Allow a word in nicknames again."""
    audit.record(by, "blocked_word.remove", "blocked_word", blocked.id, blocked.word)
    db.session.delete(blocked)
