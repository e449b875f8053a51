"""The quality gate: every question, drafted or imported, must pass these checks."""

from __future__ import annotations

import functools
import re
from typing import Any

from .model import DIFFICULTIES
from .textutil import contains_phrase, is_variant, normalize

_PRONOUN = re.compile(r"\b(?:he|she|they|him|his|her|them|their)\b", re.I)
_NAME_WORD = re.compile(r"\b[A-Z][\w'’.-]*[a-z]")
_NAMED = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*|[\"“][^\"”]+[\"”]|\b[A-Z]{2,}\b")
# A present-tense age or family size stops being true: it must be anchored in time.
_DRIFTING = re.compile(r"\bhow old (?:is|are)\b|\bhow many (?:children|kids) (?:does|do)\b", re.I)
MAX_PROMPT = 220


@functools.cache
def _leaning() -> re.Pattern[str]:
    """'the photo', 'her post', 'this video': things only the article's reader has seen."""
    from .facts import lexicon

    words = "|".join(sorted(lexicon.word_set("article_words"), key=len, reverse=True))
    return re.compile(
        rf"\b(?:the|his|her|their|this|that|these|those|some|a|an)\s+(?:\w+\s+)?(?:{words})\b", re.I
    )


_DOUBLED = re.compile(r"\b(the|a|an|his|her|their|its|of|to|in|on)\s+\1\b", re.I)
_DID_BE = re.compile(r"\b(?:did|does|do)\b[^?]*\bbe\b", re.I)  # "did X be nominated"
_DETERMINERS = frozenset(
    "a an the his her their its my our your this that fellow which what".split()
)


def _garbled(prompt: str) -> bool:
    """A prompt cut badly from its clause: a doubled word ("deliver her her husband") or a
    verb left with a bare role noun ("did she wed singer?")."""
    if _DOUBLED.search(prompt) or _DID_BE.search(prompt):
        return True
    from .facts import lexicon

    words = re.findall(r"[A-Za-z'’-]+", prompt)
    return (
        len(words) >= 2
        and words[-1].lower() in lexicon.roles()
        and words[-2].lower() not in _DETERMINERS
        and not words[-2][:1].isupper()
        and not words[-2].lower().endswith(("'s", "’s"))
        # "was Joe Bloggs a television anchor?": the role is what the named person was (but
        # "launch the show as a news anchor" is cut from "after a decade as a news anchor")
        and not (len(words) >= 4 and words[-3].lower() in ("a", "an") and words[-4][:1].isupper())
    )


def _key_supported(key: str, evidence: str, support: list[str]) -> bool:
    """The key (or, for derived answers, every support string) is in the evidence."""
    if support:
        return all(contains_phrase(evidence, s) for s in support)
    if contains_phrase(evidence, key):
        return True
    # Ages and dates carry units and forms the evidence writes otherwise ("5-year-old").
    parts = normalize(key).split()
    return bool(parts) and all(
        contains_phrase(evidence, p) for p in parts if len(p) > 1 or p.isdecimal()
    )


def check_question(question: dict[str, Any], article_body: str) -> list[str]:
    """Reasons a pack-format question fails the gate; an empty list means it passes."""
    reasons: list[str] = []
    prompt = str(question.get("prompt") or "").strip()
    choices = question.get("choices") or []
    evidence = str(question.get("evidence") or "")
    if not question.get("kind"):
        reasons.append("no kind")
    if not prompt.endswith("?"):
        reasons.append("prompt does not end with '?'")
    if len(prompt) > MAX_PROMPT:
        reasons.append("prompt is too long")
    if not _NAMED.search(prompt[1:]):
        reasons.append("prompt names no person or title")
    unquoted = re.sub(r"[\"“][^\"”]*[\"”]", "", prompt)  # a quotation may say "he"
    pronoun = _PRONOUN.search(unquoted)
    if pronoun and not _NAME_WORD.search(unquoted[1 : pronoun.start()]):
        reasons.append("prompt leans on a pronoun")  # "he" before anyone is named
    if _DRIFTING.search(prompt):
        reasons.append("prompt asks in the present tense about something that changes")
    if _leaning().search(unquoted):
        reasons.append("prompt points to something only the article shows")
    if _garbled(unquoted):
        reasons.append("prompt is garbled")
    texts = [str(c.get("text") or "").strip() for c in choices if isinstance(c, dict)]
    if not 3 <= len(texts) <= 5:
        reasons.append(f"{len(texts)} options (3-5 needed)")
    if any(not t for t in texts):
        reasons.append("an option is empty")
    if len({normalize(t) for t in texts}) != len(texts):
        reasons.append("options are not distinct")
    correct = [
        str(c.get("text") or "")
        for c in choices
        if isinstance(c, dict) and c.get("correct") is True
    ]
    if len(correct) != 1:
        reasons.append(f"{len(correct)} correct options (exactly 1 needed)")
    if not evidence or evidence not in article_body:
        reasons.append("evidence is not an exact sentence of the article")
    if not str(question.get("explanation") or "").strip():
        reasons.append("no explanation")
    if question.get("difficulty") not in DIFFICULTIES:
        reasons.append("difficulty is not easy/medium/hard")
    limit = question.get("time_limit")
    if not isinstance(limit, int) or isinstance(limit, bool) or limit <= 0:
        reasons.append("time_limit is not a positive whole number")
    if len(correct) == 1:
        key = correct[0]
        if contains_phrase(prompt, key):
            reasons.append("the answer appears in the prompt")
        if evidence and not _key_supported(key, evidence, list(question.get("support") or [])):
            reasons.append("the evidence does not support the answer")
        wrong = [t for t in texts if t != key]
        if any(is_variant(w, key) for w in wrong):
            reasons.append("a wrong option is a variant of the answer")
        if _named_alone(prompt, key, wrong):
            reasons.append("the answer alone shares a name with the prompt")
    return reasons


def _name_words(text: str) -> set[str]:
    """The capitalised words of a text that may be a name ("Affleck" of "Ben Affleck")."""
    return {
        w.lower()
        for w in re.findall(r"\b[A-Z][\w'’-]{2,}", text)
        if w.lower() not in _PLAIN_CAPITALS
    }


_PLAIN_CAPITALS = frozenset(
    "who what which when where how the and his her their this that these in on at of for "
    "with from prince princess king queen lady lord sir dame duke duchess".split()
)


def _named_alone(prompt: str, key: str, wrong: list[str]) -> bool:
    """True when the key shares a name with the prompt and no wrong option does: "Who is Casey
    Affleck's brother?" gives away Ben Affleck among three other actors."""
    shared = _name_words(key) & _name_words(prompt.replace("’s", "").replace("'s", ""))
    return bool(shared) and not any(shared & _name_words(w) for w in wrong)
