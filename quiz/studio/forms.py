"""Studio forms: login, staff admin, articles, pack details, questions and imports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    EmailField,
    FieldList,
    PasswordField,
    RadioField,
    SelectField,
    StringField,
    TextAreaField,
)

# SelectChoice is new in WTForms 3.3; types-WTForms still describes 3.2.
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]
from wtforms.validators import (
    DataRequired,
    EqualTo,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
    ValidationError,
)

from quiz.forms import BoundedIntegerField
from quiz.models.content import DIFFICULTIES
from quiz.models.staff import ROLES
from quiz.packs.schema import (
    MAX_CHOICES,
    MAX_LENGTH,
    MAX_TIME_LIMIT,
    MIN_CHOICES,
    MIN_TIME_LIMIT,
)
from quiz.studio.services.accounts import MIN_PASSWORD_LENGTH

ARTICLE_EXTENSIONS = (".txt", ".md", ".html", ".htm")
NO_EVIDENCE, KEEP_EVIDENCE = "none", "current"
NO = "No evidence (fans are told no sentence of the article backs the answer)"
IMPORT_EXTENSIONS = (".json", ".csv", ".xlsx")


class LoginForm(FlaskForm):
    """Email and password; failures never say which was wrong."""

    email = EmailField("Email", validators=[DataRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1000)])


class PasswordForm(FlaskForm):
    """A staff member's new password, proven by the current one."""

    current = PasswordField("Current password", validators=[DataRequired(), Length(max=1000)])
    new = PasswordField(
        "New password",
        validators=[
            DataRequired(),
            Length(
                min=MIN_PASSWORD_LENGTH,
                max=1000,
                message=f"The new password needs at least {MIN_PASSWORD_LENGTH} characters.",
            ),
        ],
    )
    confirm = PasswordField(
        "New password again",
        validators=[DataRequired(), EqualTo("new", message="The two new passwords differ.")],
    )


class NewStaffForm(FlaskForm):
    """An admin adds a staff member with a first password."""

    email = EmailField(
        "Email",
        validators=[
            DataRequired(),
            Length(max=254),
            # A light shape check: the address is proven when the person logs in.
            Regexp(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", message="Enter an email like name@example.com."),
        ],
    )
    role = SelectField(
        "Role", choices=[SelectChoice(r, r.title()) for r in ROLES], default="editor"
    )
    password = PasswordField(
        "First password", validators=[DataRequired(), Length(min=MIN_PASSWORD_LENGTH)]
    )


class RoleForm(FlaskForm):
    """Change a staff member's role."""

    role = SelectField("Role", choices=[SelectChoice(r, r.title()) for r in ROLES])


class BlockedWordForm(FlaskForm):
    """A word fans may not use in nicknames."""

    word = StringField("Word", validators=[DataRequired(), Length(min=2, max=60)])


class ArticleForm(FlaskForm):
    """Pasted article text or an uploaded .txt/.md/.html file (one of the two)."""

    text = TextAreaField("Paste the article", validators=[Optional()])
    upload = FileField("…or upload a .txt, .md or .html file (at most 1 MB)")


class PackMetaForm(FlaskForm):
    """A pack's title, description and (while never published) slug."""

    title = StringField("Title", validators=[DataRequired(), Length(max=MAX_LENGTH["title"])])
    description = TextAreaField(
        "Description", validators=[Optional(), Length(max=MAX_LENGTH["description"])]
    )
    slug = StringField("Address (slug)", validators=[Optional(), Length(max=120)])


class QuestionForm(FlaskForm):
    """A question with 2-6 options, exactly one of them correct."""

    prompt = TextAreaField(
        "Question", validators=[DataRequired(), Length(max=MAX_LENGTH["prompt"])]
    )
    options = FieldList(
        StringField("Option", validators=[Optional(), Length(max=MAX_LENGTH["option"])]),
        min_entries=MAX_CHOICES,
        max_entries=MAX_CHOICES,
    )
    correct = RadioField(
        "Correct option",
        choices=[SelectChoice(str(i), f"Option {i + 1}") for i in range(MAX_CHOICES)],
        validate_choice=False,  # validate_correct says what is wrong in our own words
        validators=[InputRequired(message="Mark the correct option.")],
    )
    explanation = TextAreaField(
        "Explanation", validators=[Optional(), Length(max=MAX_LENGTH["explanation"])]
    )
    # Choices come from the article (offer_evidence); a value outside them is refused.
    evidence = RadioField(
        "Evidence",
        validators=[
            InputRequired(message="Pick the sentence that backs the answer, or “No evidence”.")
        ],
    )
    difficulty = SelectField(
        "Difficulty", choices=[SelectChoice(d, d.title()) for d in DIFFICULTIES]
    )
    time_limit = BoundedIntegerField(
        "Time limit (seconds)",
        default=20,
        validators=[InputRequired(), NumberRange(min=MIN_TIME_LIMIT, max=MAX_TIME_LIMIT)],
    )
    _sentences: tuple[str, ...] = ()  # what offer_evidence offered, by choice value
    _current = ""

    def validate_options(self, field: FieldList) -> None:
        """Options fill from the top: 2-6 non-empty, no gaps, no duplicates."""
        texts = self.option_texts()
        if any(not t for t in texts):
            raise ValidationError("Fill the options from the top without leaving one empty.")
        if len(texts) < MIN_CHOICES:
            raise ValidationError(f"Give at least {MIN_CHOICES} options.")
        folded = [t.casefold() for t in texts]
        if len(set(folded)) != len(folded):
            raise ValidationError("Two options have the same text.")

    def validate_correct(self, field: RadioField) -> None:
        """The correct mark must be on one of the filled options."""
        if not str(field.data).isdigit() or int(field.data) >= MAX_CHOICES:
            raise ValidationError("Mark the correct option.")
        if int(field.data) >= len(self.option_texts()):
            raise ValidationError("The option marked correct is empty.")

    def offer_evidence(self, sentences: Sequence[str], current: str = "") -> None:
        """Offer no evidence, the current evidence if the article lacks it, then each sentence."""
        self._sentences, self._current = tuple(sentences), current
        choices = [SelectChoice(NO_EVIDENCE, NO)]
        if current and current not in self._sentences:
            choices.append(SelectChoice(KEEP_EVIDENCE, f"Keep the current evidence: “{current}”"))
        choices += [SelectChoice(str(i), text) for i, text in enumerate(self._sentences)]
        self.evidence.choices = choices

    def chosen_evidence(self) -> str:
        """The evidence sentence picked ("" for no evidence); call after validation."""
        value = self.evidence.data
        if value == NO_EVIDENCE:
            return ""
        if value == KEEP_EVIDENCE:
            return self._current
        return self._sentences[int(value)]

    def option_texts(self) -> list[str]:
        """The filled options, in order."""
        texts = [(entry.data or "").strip() for entry in self.options.entries]
        while texts and not texts[-1]:
            texts.pop()
        return texts

    def load(self, question: Any) -> None:
        """Fill the form from a stored question (for the edit view)."""
        self.prompt.data = question.prompt
        for entry, choice in zip(self.options.entries, question.choices, strict=False):
            entry.data = choice.text
        self.correct.data = next(
            (str(i) for i, c in enumerate(question.choices) if c.correct), None
        )
        self.explanation.data = question.explanation
        evidence = question.evidence
        if evidence in self._sentences:
            self.evidence.data = str(self._sentences.index(evidence))
        else:
            self.evidence.data = KEEP_EVIDENCE if evidence else NO_EVIDENCE
        self.difficulty.data = question.difficulty
        self.time_limit.data = question.time_limit


class ImportForm(FlaskForm):
    """A pack file: quiz-pack JSON, our CSV layout or a Kahoot spreadsheet."""

    upload = FileField("Pack file (.json, .csv or .xlsx)")
    title = StringField(
        "Title (for CSV and spreadsheets)", validators=[Optional(), Length(max=MAX_LENGTH["title"])]
    )


class SearchForm(FlaskForm):
    """Title search on the pack list (a GET form: no CSRF token needed)."""

    class Meta:
        csrf = False

    q = StringField("Search by title", validators=[Optional(), Length(max=200)])
