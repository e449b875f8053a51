"""Query-string forms of the scores pages (GET only, so no CSRF token)."""

from __future__ import annotations

from typing import Any

from flask import request
from flask_wtf import FlaskForm
from wtforms import SelectField, StringField

# SelectChoice is new in WTForms 3.3; types-WTForms still describes 3.2.
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]
from wtforms.validators import Length, NumberRange, Optional

from quiz.forms import BoundedIntegerField
from quiz.scores.service import SCOPES


class LeaderboardQuery(FlaskForm):
    """?scope=all|week|today&page=N&me=<token> of the leaderboard page and its JSON."""

    class Meta:
        csrf = False  # read-only GET: nothing to forge

    scope = SelectField("Scope", choices=[SelectChoice(s, s) for s in SCOPES], default="all")
    page = BoundedIntegerField(
        "Page", default=1, validators=[Optional(), NumberRange(min=1, max=10**7)]
    )
    me = StringField("Your play", validators=[Optional(), Length(max=64)])

    @classmethod
    def from_request(cls) -> LeaderboardQuery:
        """Bind the form to the query string."""
        return cls(formdata=request.args)

    def error_text(self) -> str:
        """All validation errors as one sentence for a 400 page or JSON body."""
        parts: list[Any] = []
        for name, errors in self.errors.items():
            parts.extend(f"{name}: {error}" for error in errors)
        return "; ".join(parts)
