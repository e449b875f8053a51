"""Validation of the quiz-pack JSON format; every problem is named, nothing is half-read."""

from __future__ import annotations

from typing import Any

from quiz.models.content import DIFFICULTIES, QUESTION_STATUSES

PACK_FORMAT = "quiz-pack"
PACK_VERSION = 1
MIN_CHOICES, MAX_CHOICES = 2, 6
MIN_TIME_LIMIT, MAX_TIME_LIMIT = 5, 120
MAX_QUESTIONS = 500
# The longest text each field may hold, in characters: the studio's forms and every import
# apply the same limits (and none is longer than its database column).
MAX_LENGTH = {
    "title": 200,
    "description": 2000,
    "prompt": 1000,
    "option": 300,
    "explanation": 2000,
    "evidence": 5000,
    "kind": 40,
    "source title": 300,
    "source url": 2000,
}


class PackFormatError(ValueError):
    """A pack file that cannot be imported; `errors` lists every problem found."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


def validate_pack(data: Any) -> list[str]:
    """Return every problem with a pack document (an empty list means it is valid)."""
    if not isinstance(data, dict):
        return ["The file is not a quiz pack: expected a JSON object."]
    errors: list[str] = []
    if data.get("format") != PACK_FORMAT:
        errors.append(f'"format" must be "{PACK_FORMAT}".')
    if data.get("version") != PACK_VERSION:
        errors.append(f'"version" must be {PACK_VERSION}.')
    if not _nonempty_str(data.get("title")):
        errors.append('"title" must be a non-empty string.')
    errors.extend(_capitalised(length_problems(data.get("title"), "title")))
    if not isinstance(data.get("description", ""), str):
        errors.append('"description" must be a string.')
    errors.extend(_capitalised(length_problems(data.get("description"), "description")))
    errors.extend(_capitalised(source_problems(data.get("source", {}))))
    questions = data.get("questions")
    if not isinstance(questions, list):
        errors.append('"questions" must be a list.')
        return errors
    if len(questions) > MAX_QUESTIONS:
        errors.append(f"A pack holds at most {MAX_QUESTIONS} questions, not {len(questions):,}.")
        return errors
    for number, question in enumerate(questions, start=1):
        errors.extend(f"Question {number}: {problem}" for problem in question_problems(question))
    return errors


def question_problems(question: Any) -> list[str]:
    """Problems with one question of a pack document."""
    if not isinstance(question, dict):
        return ["must be an object."]
    problems = []
    if not _nonempty_str(question.get("prompt")):
        problems.append("the prompt is empty.")
    problems.extend(length_problems(question.get("prompt"), "prompt"))
    problems.extend(choice_problems(question.get("choices")))
    for key in ("kind", "explanation", "evidence"):
        if not isinstance(question.get(key, ""), str):
            problems.append(f'"{key}" must be a string.')
        problems.extend(length_problems(question.get(key), key))
    if question.get("difficulty", "medium") not in DIFFICULTIES:
        problems.append(f'"difficulty" must be one of {", ".join(DIFFICULTIES)}.')
    if question.get("status", "draft") not in QUESTION_STATUSES:
        problems.append(f'"status" must be one of {", ".join(QUESTION_STATUSES)}.')
    limit = question.get("time_limit", 20)
    if (
        not isinstance(limit, int)
        or isinstance(limit, bool)
        or not (MIN_TIME_LIMIT <= limit <= MAX_TIME_LIMIT)
    ):
        problems.append(
            f"the time limit must be a whole number of seconds from {MIN_TIME_LIMIT}"
            f" to {MAX_TIME_LIMIT}."
        )
    return problems


def choice_problems(choices: Any) -> list[str]:
    """Problems with a question's options: count, empty text, duplicates, one correct."""
    if not isinstance(choices, list) or not all(isinstance(c, dict) for c in choices):
        return ["the choices must be a list of objects with text and correct."]
    problems = []
    if not MIN_CHOICES <= len(choices) <= MAX_CHOICES:
        problems.append(f"needs {MIN_CHOICES} to {MAX_CHOICES} options, not {len(choices)}.")
    texts = [c.get("text") for c in choices]
    for text in texts:
        problems.extend(length_problems(text, "option"))
    if not all(_nonempty_str(t) for t in texts):
        problems.append("an option is empty.")
    else:
        folded = [t.strip().casefold() for t in texts]
        if len(set(folded)) != len(folded):
            problems.append("two options have the same text.")
    correct = sum(1 for c in choices if c.get("correct") is True)
    if correct != 1:
        problems.append(f"exactly one option must be correct, not {correct}.")
    return problems


def source_problems(source: Any) -> list[str]:
    """Problems with the article a pack came from (every part of it may be left out)."""
    if source is None:
        return []
    if not isinstance(source, dict):
        return ['"source" must be an object.']
    problems = []
    for key in ("title", "published", "url"):
        if source.get(key) is not None and not isinstance(source[key], str):
            problems.append(f'"source" {key} must be a string.')
    problems.extend(length_problems(source.get("title"), "source title"))
    problems.extend(length_problems(source.get("url"), "source url"))
    return problems


def length_problems(value: Any, field: str) -> list[str]:
    """A problem when a text is longer than MAX_LENGTH allows for its field."""
    limit = MAX_LENGTH[field]
    if isinstance(value, str) and len(value.strip()) > limit:
        what = "an option" if field == "option" else f"the {field}"
        return [f"{what} is longer than {limit:,} characters ({len(value.strip()):,})."]
    return []


def _capitalised(problems: list[str]) -> list[str]:
    """Pack-level problems stand alone as sentences (question ones follow "Question N:")."""
    return [p[:1].upper() + p[1:] for p in problems]


def _nonempty_str(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())
