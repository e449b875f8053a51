"""Choosing the pack: the best 8 to 15 drafts that do not give each other away.

Drafts arrive scored for news value. The selection takes them best first and refuses one that
repeats a fact, names another question's answer (or is named by one), asks about the pack's
own star as the answer, takes a third question from one sentence, or overfills its kind.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from .model import Choice, Question, Rejection
from .textutil import contains_phrase, normalize, ordinal_value

MAX_QUESTIONS = 15
MIN_QUESTIONS = 8
# A sentence gives at most two questions on one topic, and four in all: a long family sentence
# ("shares sons A and B, 10 weeks, and daughters C and D with wife of ten years, E") may give
# two on the children and two on the marriage, never a run of six children's ages.
PER_SENTENCE = 2
SENTENCE_MAX = 4
PER_KIND = {
    "age": 3,
    "date": 3,
    "number": 4,
    "child": 3,
    "place": 3,
    "partner": 2,
    "spouse": 2,
    "host": 1,
    "name": 1,
}
DEFAULT_PER_KIND = 3
# Past the minimum, a draft must be worth at least this share of the best one.
KEEP_SHARE = 0.35
# Below this news value a draft is filler (who posted where, a bland quote, the day of a
# post): it only fills a pack that would otherwise stay under MIN_QUESTIONS.
FILLER_SCORE = 0.6
# Below this a draft is not asked at all: readers refused every one (the year of an interview,
# the month a post went up, a side figure's death in a royal story).
FLOOR_SCORE = 0.45


@dataclass
class Selection:
    """The chosen questions and the refused drafts with their reasons."""

    questions: list[Question]
    rejected: list[Rejection]


# Capitalised words of titles that say nothing alone ("The Voice" is not named by "The").
_PLAIN_TITLE_WORDS = frozenset(
    "the a an of and in on at to for with from my your his her our their is it this that "
    "show tour live night day new world music awards award prize best season series movie film "
    "album song part big little".split()
)
_HONORIFICS = frozenset(
    "prince princess king queen lady lord sir dame dr mr mrs ms miss duke duchess".split()
)
_PEOPLE_KINDS = frozenset(
    {"spouse", "partner", "child", "parent", "sibling", "person", "quote", "name"}
)


def _names(text: str, key: str, *, person: bool = False) -> bool:
    """True when text names key, or the part of it that gives it away: a person's first name
    ("son Theo" names "Theo Okafor"; a surname is shared by the family, so it does not), a
    title's distinctive word ("Lisa Vanderpump" all but names "Vanderpump Rules")."""
    k = key.strip('“”"')
    if len(normalize(k)) < 3 or not any(ch.isalpha() for ch in k):
        return False
    if contains_phrase(text, k):
        return True
    words = re.findall(r"[A-Za-z][\w'’-]*", k)
    if len(words) < 2:
        return False
    if person:
        words = [w for w in words if w.lower().rstrip(".") not in _HONORIFICS]
    telling = (
        words[:1]
        if person and len(words) >= 2
        else [
            w
            for w in words
            if w[0].isupper() and len(w) >= 4 and w.lower() not in _PLAIN_TITLE_WORDS
        ]
    )
    # Case matters: "Rules" names the show only when it is written as a name.
    return any(
        re.search(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", text) for w in telling if len(w) >= 3
    )


def _leaks(prompt: str, q: Question) -> bool:
    """True when the prompt gives away q's answer (a short count too: "In his 19 seasons, with
    how many teams ..." answers "How many seasons ...?")."""
    if (
        q.kind == "number"
        and q.answer.isdigit()
        and re.search(rf"(?<![\w.,-]){q.answer}(?![\w.,-])", prompt)
    ):
        return True
    if q.kind == "number" and q.answer.isdigit() and _ordinal_counts(prompt, q):
        return True
    if q.kind == "date" and re.fullmatch(r"(?:1[89]|20)\d\d", q.answer):
        # "Which network aired the show in 1975?" answers "In which year did it first air?"
        return re.search(rf"(?<![\w.,-]){q.answer}(?![\w.,-])", prompt) is not None
    return _names(prompt, q.answer, person=q.kind in _PEOPLE_KINDS)


_CHILD_NOUNS = frozenset("child children kid kids baby babies son sons daughter daughters".split())


def _stem(noun: str) -> str:
    """What a count counts, one form for the singular and the plural ("children" is "child")."""
    n = noun.lower()
    return "child" if n in _CHILD_NOUNS else n.removesuffix("s")


def _ordinal_counts(prompt: str, q: Question) -> bool:
    """True when the prompt's ordinal gives a count away: "their fifth child" answers "how many
    children did they have?" with 5, "his 41st season" answers "how many seasons?"."""
    f = q.fact
    counted = f.get("noun") if f is not None else ""
    if not counted:
        return False
    n, what = int(q.answer), _stem(counted.split()[-1])
    words = re.findall(r"[\w-]+", prompt)
    # The noun may come a word later: "her 41st straight season", "their fifth baby boy".
    return any(
        ordinal_value(w) == n and what in (_stem(x) for x in words[i + 1 : i + 3])
        for i, w in enumerate(words)
    )


def _topic(q: Question) -> tuple[str, str, str]:
    """What a question is about: two questions on one topic are one too many."""
    f = q.fact
    if f is None:
        return (q.kind, q.prompt, "")
    if f.kind == "age" and f.get("form") == "when":
        # "when he got married" is another time of life than the story's month.
        return ("age", f.subject.lower(), f"when {f.get('clause') or f.get('at')}")
    if f.kind == "age":
        return ("age", f.subject.lower(), "")  # two ages of one person say one thing twice
    if f.kind in ("spouse", "partner"):
        a, b = sorted((f.subject.lower(), f.value.lower()))
        return ("romance", a, b)  # either way round
    if f.relation == "tour" and f.kind in ("place", "date"):
        # One stop of a tour's listing is worth a question; three are a timetable.
        return (f"tour-{f.kind}", f.subject.lower(), "")
    if f.kind == "date" and f.relation == "release":
        # "the video “Solo” came out in November 2018" and "her 2018 song “Solo”" are one
        # release asked twice, though one fact's subject is the singer and the other's the song.
        year = re.search(r"\b(?:19|20)\d\d\b", f.value)
        return ("release", year.group(0) if year else f.value.lower(), "")
    if f.kind == "number" and f.relation in ("count", "first-span", "times"):
        # "19 seasons" and "six teams" of one career are two questions; "played 19 seasons" and
        # "retiring after 19 seasons" are one (and a song's first-day views and plays are two).
        # Goals "for his country" and goals in all are two tallies too.
        post = f.get("post").lower()
        return ("number", f.subject.lower(), f"count {f.get('noun').lower().rstrip('s')} {post}")
    if f.kind == "number" and f.relation:
        # "nearly 30 years" and "28 years" of one marriage are one question asked twice.
        return ("number", f.subject.lower(), f.relation)
    return (f.kind, f.subject.lower(), f.value.lower())


_STRANDS = {"child": "children", "spouse": "romance", "partner": "romance"}


def _strand(q: Question, children: frozenset[str]) -> str:
    """The topic a question follows within its sentence: the children (names, ages, count), the
    marriage (spouse, years married), or its own kind."""
    f = q.fact
    if f is None:
        return q.kind
    if f.kind == "age" and f.subject in children:
        return "children"
    if f.kind == "number" and f.relation in ("children", "kids", "sons", "daughters"):
        return "children"
    if f.kind == "number" and f.relation in ("married", "together", "dating"):
        return "romance"
    return _STRANDS.get(f.kind, f.kind)


def select(drafts: list[Question], main: str) -> Selection:
    """The pack's questions, best first within the rules; every other draft with its reason."""
    # The story's questions first; filler only while the pack is short of the minimum.
    story = [q for q in drafts if q.score >= FILLER_SCORE]
    filler = [q for q in drafts if FLOOR_SCORE <= q.score < FILLER_SCORE]
    low = [q for q in drafts if q.score < FLOOR_SCORE]
    ranked = sorted(story, key=_rank) + sorted(filler, key=_rank)
    chosen, rejected = _greedy(ranked, main)
    rejected.extend(Rejection(q, ("too little news value to ask",)) for q in low)
    chosen, rejected = _unblock(ranked, main, chosen, rejected)
    chosen, dropped = _no_option_is_another_key(chosen)
    rejected.extend(
        Rejection(q, ("its wrong options include other questions' answers",)) for q in dropped
    )
    return Selection(_play_order(chosen), rejected)


def _unblock(
    ranked: list[Question], main: str, chosen: list[Question], rejected: list[Rejection]
) -> tuple[list[Question], list[Rejection]]:
    """Give up a question whose answer is named by several others' prompts when that makes
    the pack bigger: best-first alone would let one "Which show did X host?" keep out three
    questions that must name the show."""
    for _ in range(3):
        if len(chosen) >= MAX_QUESTIONS:
            break
        # A short pack gains from any extra question; a full enough one only from two.
        need = 1 if len(chosen) < MIN_QUESTIONS else 2
        best: tuple[list[Question], list[Rejection]] | None = None
        for c in chosen:
            if not any(_leaks(r.draft.prompt, c) for r in rejected):
                continue
            # Every draft with the same answer goes too: "Which band did she join?" would take
            # the place of "Which band was she the singer of?" and block the same prompts.
            same = [q for q in ranked if normalize(q.answer) == normalize(c.answer)]
            trial, refused = _greedy([q for q in ranked if all(q is not s for s in same)], main)
            if len(trial) - len(chosen) >= need and (best is None or len(trial) > len(best[0])):
                best = (trial, [*refused, *(Rejection(q, (UNBLOCKED,)) for q in same)])
        if best is None:
            break
        chosen, rejected = best
    return chosen, rejected


UNBLOCKED = "its answer is named by several better questions' prompts"


def _greedy(ranked: list[Question], main: str) -> tuple[list[Question], list[Rejection]]:
    """Best first, each draft taken unless a rule refuses it."""
    chosen: list[Question] = []
    rejected: list[Rejection] = []
    per_sentence: Counter[tuple[str, str]] = Counter()
    answers: set[str] = set()
    children = frozenset(q.fact.value for q in ranked if q.fact and q.fact.kind == "child")
    per_kind: Counter[str] = Counter()
    topics: set[tuple[str, str, str]] = set()
    prompts: set[str] = set()
    best = ranked[0].score if ranked else 0.0
    for q in ranked:
        reason = ""
        if len(chosen) >= MAX_QUESTIONS:
            reason = "the pack is full"
        elif q.score < FILLER_SCORE and len(chosen) >= MIN_QUESTIONS:
            reason = "filler, and the pack has enough questions on the story"
        elif main and normalize(q.answer) == normalize(main):
            reason = "the answer is the pack's own star"
        elif _topic(q) in topics or normalize(q.prompt) in prompts:
            reason = "another question already asks this"
        elif (
            per_sentence[(q.evidence, _strand(q, children))] >= PER_SENTENCE
            or per_sentence[(q.evidence, "")] >= SENTENCE_MAX
        ):
            reason = "enough questions already come from this sentence"
        elif _answer_key(q) in answers:
            reason = "another question has the same answer"
        elif per_kind[q.kind] >= PER_KIND.get(q.kind, DEFAULT_PER_KIND):
            reason = f"enough {q.kind} questions already"
        elif any(_leaks(c.prompt, q) for c in chosen) or any(_leaks(q.prompt, c) for c in chosen):
            # A more discreet wording may not ("Mirelle and her husband" for "Mirelle and Pete
            # Alder"), of this draft or of the chosen one that names its answer ("their latest
            # child" for "their fifth child" beside "How many children ...?").
            quiet = _quiet(q, chosen)
            if quiet is None:
                reason = "one prompt names another question's answer"
            else:
                q, chosen[:] = quiet
        elif len(chosen) >= MIN_QUESTIONS + 2 and q.score < best * KEEP_SHARE:
            reason = "not worth a place in the pack"
        if reason:
            rejected.append(Rejection(q, (reason,)))
            continue
        chosen.append(q)
        per_sentence[(q.evidence, _strand(q, children))] += 1
        per_sentence[(q.evidence, "")] += 1
        answers.add(_answer_key(q))
        per_kind[q.kind] += 1
        topics.add(_topic(q))
        prompts.add(normalize(q.prompt))
    return chosen, rejected


def _quiet(q: Question, chosen: list[Question]) -> tuple[Question, list[Question]] | None:
    """Wordings of q and of the chosen questions under which no prompt names another's answer
    (None if there are none): q's own first, then a chosen prompt that names q's answer
    swapped for one of its alternatives."""
    for p in (q.prompt, *q.alternatives):
        if any(_leaks(p, c) for c in chosen):
            continue
        out = []
        for c in chosen:
            if not _leaks(c.prompt, q):
                out.append(c)
                continue
            a = next(
                (
                    a
                    for a in c.alternatives
                    if not _leaks(a, q) and not any(_leaks(a, o) for o in chosen if o is not c)
                ),
                None,
            )
            if a is None:
                break
            out.append(replace(c, prompt=a))
        else:
            return replace(q, prompt=p), out
    return None


def _answer_key(q: Question) -> str:
    """What makes two answers one: the text, and for a count also what it counts ("3" sons
    and "3" times married are two answers; "Theo" twice is one)."""
    f = q.fact
    if q.kind == "number" and f is not None and f.relation:
        return f"{normalize(q.answer)} {f.relation} {f.get('noun').lower()}"
    return normalize(q.answer)


def _rank(q: Question) -> tuple[float, int, str]:
    """Best first; ties in story order."""
    return (-q.score, q.fact.evidence.start if q.fact else 0, q.prompt)


def _no_option_is_another_key(chosen: list[Question]) -> tuple[list[Question], list[Question]]:
    """Swap any wrong option that is another question's answer for a spare from the draft's
    pool (a fan who knows one answer must not rule out another); drop a question with no spare."""
    keys = {normalize(q.answer) for q in chosen}
    kept: list[Question] = []
    dropped: list[Question] = []
    for q in chosen:
        others = keys - {normalize(q.answer)}
        shown = {normalize(c.text) for c in q.choices}
        spares = [p for p in q.pool if normalize(p) not in others and normalize(p) not in shown]
        choices = []
        for c in q.choices:
            if not c.correct and normalize(c.text) in others:
                if not spares:
                    break
                c = Choice(spares.pop(0), False)
            choices.append(c)
        if len(choices) == len(q.choices):
            kept.append(replace(q, choices=tuple(choices)))
        else:
            dropped.append(q)
    return kept, dropped


def _play_order(questions: list[Question]) -> list[Question]:
    """Story order, easy ones first, with no kind twice in a row where it can be helped."""
    level = {"easy": 0, "medium": 1, "hard": 2}
    pending = sorted(
        questions,
        key=lambda q: (level.get(q.difficulty, 1), q.fact.evidence.start if q.fact else 0),
    )
    out: list[Question] = []
    while pending:
        nxt = next((q for q in pending if not out or q.kind != out[-1].kind), pending[0])
        pending.remove(nxt)
        out.append(nxt)
    return out
