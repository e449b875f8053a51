"""Forms a fan submits: the nickname to start a play, and an answer."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import HiddenField, StringField, ValidationError
from wtforms.validators import InputRequired, NumberRange
from wtforms.widgets import HiddenInput

from quiz.forms import BoundedIntegerField
from quiz.play.nicknames import MAX_LENGTH, normalise_nickname, validate_nickname


class StartForm(FlaskForm):
    """Nickname (optional: a fun name is generated) and the challenge being answered."""

    nickname = StringField(
        "Nickname",
        filters=[normalise_nickname],
        description="Leave it empty and we'll pick a fun name for you.",
        render_kw={"maxlength": MAX_LENGTH, "autocomplete": "nickname"},
    )
    challenge = HiddenField()

    def validate_nickname(self, field: StringField) -> None:
        """Empty is fine (a fun name is generated); anything else must pass the rules."""
        # The raw input, so control characters are refused rather than silently dropped.
        raw = self.nickname.raw_data[0] if self.nickname.raw_data else ""
        if field.data and (error := validate_nickname(raw)):
            raise ValidationError(error)


class AnswerForm(FlaskForm):
    """One answer: the question's position in the play and the chosen option."""

    class Meta:
        # CSRFProtect (quiz.extensions.csrf) has already checked this POST's token before
        # the view runs; checking it again here would only repeat the work on every answer.
        csrf = False

    position = BoundedIntegerField(
        widget=HiddenInput(), validators=[InputRequired(), NumberRange(0)]
    )
    choice = BoundedIntegerField(
        validators=[InputRequired("Pick one of the options."), NumberRange(0, 9)]
    )
