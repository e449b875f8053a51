"""Staff accounts: password hashing (Argon2) and the Flask-Login user loader."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from quiz.extensions import db, login_manager
from quiz.models import Staff

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
def load_staff(staff_id: str) -> Staff | None:
    """Load the logged-in staff member for Flask-Login (None if gone or disabled)."""
    if not staff_id.isdigit():
        return None
    staff = db.session.get(Staff, int(staff_id))
    return staff if staff and staff.active else None
