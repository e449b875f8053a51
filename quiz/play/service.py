"""Starting plays, serving questions and grading answers: all fairness lives here.

The browser never decides anything: the server starts each question's clock when it first
serves it, grades against the snapshot in PlayQuestion and keeps one Answer per position.
"""

from __future__ import annotations

import random
import secrets
from itertools import groupby, islice
from typing import Any, TypeVar, cast

from flask import current_app
from sqlalchemy import (
    ColumnElement,
    CursorResult,
    Executable,
    Table,
    bindparam,
    case,
    exists,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased, joinedload, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value

from quiz import clock
from quiz.extensions import db
from quiz.models import Answer, Choice, Pack, Play, PlayQuestion, Question
from quiz.play.scoring import grade


class PlayError(Exception):
    """A request the rules of play refuse; the message is shown to the player."""


class PackNotPlayable(PlayError):
    """The pack is not published or has no approved questions."""


class AnswerRefused(PlayError):
    """An answer out of turn: skipping ahead, unserved, or after the play finished."""


def new_token() -> str:
    """An unguessable play token: 32 random bytes (256 bits), URL-safe."""
    return secrets.token_urlsafe(32)


def question_limit() -> int:
    """How many of a pack's playable questions one play takes (PLAY_QUESTION_LIMIT)."""
    return max(1, int(current_app.config["PLAY_QUESTION_LIMIT"]))


def start_play(pack: Pack, nickname: str, *, challenger: Play | None = None) -> Play:
    """Create a play of a published pack, snapshotting its playable questions."""
    snapshots = question_snapshots(pack.id, question_limit()) if pack.is_published else []
    if not snapshots:
        raise PackNotPlayable("This quiz can't be played right now.")
    if challenger is not None and (challenger.pack_id != pack.id or not challenger.is_finished):
        challenger = None  # only a finished play of the same pack can be a challenge
    play = Play(
        token=new_token(),
        pack=pack,
        nickname=nickname,
        started_at=clock.utcnow(),
        question_count=len(snapshots),
        challenger_id=challenger.id if challenger else None,
    )
    db.session.add(play)
    try:
        db.session.flush()  # the play's id, which its question rows carry
        _core(_INSERT_PLAY_QUESTION, [{"play_id": play.id, **row} for row in snapshots])
        commit_keeping_state()  # the start view only needs the token it just generated
    except Exception:
        # Leave no half-started play in an open (on PostgreSQL, aborted) transaction for
        # the caller's next query; callers outside a request have no teardown to do it.
        db.session.rollback()
        raise
    return play


def _playable() -> tuple[ColumnElement[bool], ...]:
    """The conditions for a question to go into plays (and to count as playable anywhere)."""
    # Approved, with a right answer to grade against: a question the studio left without
    # one is skipped rather than breaking every start of the pack. The option is an alias
    # because the snapshot query joins Choice too, and must not correlate to its row.
    option = aliased(Choice)
    has_right_answer = exists().where(option.question_id == Question.id, option.correct)
    return (Question.status == "approved", has_right_answer)


# Built once, with the pack as a parameter: building these conditions per call cost more
# than running the start page's whole count query.
PLAYABLE = _playable()
PLAYABLE_QUESTIONS = (Question.pack_id == bindparam("pack_id"), *PLAYABLE)


# Shuffles options: the system's randomness, so no play's order can be predicted.
_SHUFFLER = random.SystemRandom()


def question_snapshots(
    pack_id: int, limit: int | None = None, rng: random.Random = _SHUFFLER
) -> list[dict[str, Any]]:
    """The pack's first `limit` playable questions, frozen as PlayQuestion rows in play order.

    Questions keep the pack's order (the engine orders them so that no prompt gives a later
    answer away); each question's options are shuffled for this play, and the snapshot
    keeps that order, so a reload, the review and the result all show the same one.
    """
    rows = db.session.execute(_PLAYABLE_WITH_OPTIONS, {"pack_id": pack_id})
    questions = groupby(rows, key=lambda row: row.question_id)
    snapshots: list[dict[str, Any]] = []
    for _, group in islice(questions, limit):
        options = list(group)
        rng.shuffle(options)
        first = options[0]
        snapshots.append(
            {
                "position": len(snapshots),
                "question_id": first.question_id,
                "kind": first.kind,
                "prompt": first.prompt,
                "choices": [option.text for option in options],
                "correct_index": next(i for i, option in enumerate(options) if option.correct),
                "explanation": first.explanation,
                "evidence": first.evidence,
                "time_limit": first.time_limit,
            }
        )
    return snapshots


def play_by_token(token: str) -> Play | None:
    """The play with this token, or None (one indexed lookup)."""
    return db.session.scalar(select(Play).where(Play.token == token))


# A play snapshots its playable questions with their options: one row per option, in play
# order, read as plain rows (building ORM objects for a pack's worth costs more than this).
_PLAYABLE_WITH_OPTIONS = (
    select(
        Question.id.label("question_id"),
        Question.kind,
        Question.prompt,
        # An explanation written for another correct option would tell fans the old answer.
        case((Question.explanation_review == "answer", ""), else_=Question.explanation).label(
            "explanation"
        ),
        Question.evidence,
        Question.time_limit,
        Choice.text,
        Choice.correct,
    )
    .join(Choice, Choice.question_id == Question.id)
    .where(*PLAYABLE_QUESTIONS)
    .order_by(Question.position, Question.id, Choice.position)
)
# Declarative classes type __table__ as any FromClause; these are plain Tables.
_ANSWERS = cast(Table, Answer.__table__)
_PLAYS = cast(Table, Play.__table__)
_PLAY_QUESTIONS = cast(Table, PlayQuestion.__table__)
_INSERT_PLAY_QUESTION = insert(_PLAY_QUESTIONS)


# The play loop's lookups, built once: constructing a select costs more Python than
# running a cached one, and these run on every request of every player.
_PLAY_AND_QUESTION = (
    select(Play, PlayQuestion)
    .outerjoin(
        PlayQuestion,
        (PlayQuestion.play_id == Play.id) & (PlayQuestion.position == Play.current_position),
    )
    .where(Play.token == bindparam("token"))
)
_PLAY_PACK_AND_QUESTION = _PLAY_AND_QUESTION.options(joinedload(Play.pack, innerjoin=True))
_QUESTION_AT = select(PlayQuestion).where(
    PlayQuestion.play_id == bindparam("play_id"), PlayQuestion.position == bindparam("position")
)
_ANSWER_AT = select(Answer).where(
    Answer.play_id == bindparam("play_id"), Answer.position == bindparam("position")
)


# The play loop's writes as Core statements: the ORM's unit of work costs more
# Python than the statements themselves, and these run on every answer of every player.
_INSERT_ANSWER = insert(_ANSWERS).returning(_ANSWERS.c.id)
# SET takes the columns named in the parameters (the moved play's new values).
_MOVE_PLAY = update(_PLAYS).where(_PLAYS.c.id == bindparam("play_id"))
_START_CLOCK = (
    update(_PLAY_QUESTIONS)
    .where(
        _PLAY_QUESTIONS.c.id == bindparam("row_id"),
        _PLAY_QUESTIONS.c.served_at.is_(None),
    )
    .values(served_at=bindparam("now"))
    .returning(_PLAY_QUESTIONS.c.served_at)
)


def _core(statement: Executable, params: dict[str, Any] | list[dict[str, Any]]) -> CursorResult:
    """Run a Core statement on the session's connection, inside the session's transaction."""
    return db.session.connection().execute(statement, params)


def load_play(token: str, *, with_pack: bool = False) -> Play | None:
    """The play with this token and the question it is on, in one round trip.

    The play loop needs both on every request; question_at() then finds the current
    question without asking the database again. with_pack also loads the pack (for the
    full page's title).
    """
    query = _PLAY_PACK_AND_QUESTION if with_pack else _PLAY_AND_QUESTION
    row = db.session.execute(query, {"token": token}).first()
    if row is None:
        return None
    play, question = row
    if question is not None:
        _remember(question)
    return play


def question_at(play: Play, position: int) -> PlayQuestion | None:
    """One question of the play by position (uses the unique (play_id, position) index)."""
    known = _known(PlayQuestion, play.id, position)
    if known is not None:
        return known
    question = db.session.scalar(_QUESTION_AT, {"play_id": play.id, "position": position})
    return _remember(question) if question is not None else None


def answer_at(play: Play, position: int) -> Answer | None:
    """The stored answer to one position of the play, if any."""
    known = _known(Answer, play.id, position)
    if known is not None:
        return known
    answer = db.session.scalar(_ANSWER_AT, {"play_id": play.id, "position": position})
    return _remember(answer) if answer is not None else None


# A play's rows that this session remembers by (kind, play id, position).
PlayRow = TypeVar("PlayRow", PlayQuestion, Answer)


def _remember(row: PlayRow) -> PlayRow:
    """Note a play's question or answer in this session, so the request asks only once."""
    db.session.info.setdefault(_KNOWN, {})[(type(row), row.play_id, row.position)] = row
    return row


def _known(kind: type[PlayRow], play_id: int, position: int) -> PlayRow | None:
    """A row this session already loaded and still holds unexpired (else None: query)."""
    row = db.session.info.get(_KNOWN, {}).get((kind, play_id, position))
    if row is None:
        return None
    state = inspect(row)
    # A rollback or an expiring commit may have made it stale: then ask the database.
    if not state.persistent or state.session_id != db.session().hash_key:
        return None
    return None if state.expired_attributes else row


_KNOWN = "quiz.play.known_rows"


def commit_keeping_state() -> None:
    """Commit without expiring the session's objects.

    What this request just wrote is what the database now holds, so re-reading the play,
    its question and its answer after the commit (the default expire_on_commit) would only
    cost round trips. Other sessions' changes cannot hide here: a request's session ends
    with the request.
    """
    session = db.session()
    previous, session.expire_on_commit = session.expire_on_commit, False
    try:
        session.commit()
    finally:
        session.expire_on_commit = previous


def serve_current(play: Play) -> PlayQuestion | None:
    """The question the player is on, starting its clock the first time only."""
    if play.is_finished:
        return None
    question = question_at(play, play.current_position)
    if question is not None and question.served_at is None:
        # A conditional UPDATE, so two tabs racing cannot restart the clock; RETURNING
        # tells us whether we started it, without reading the row back.
        started = _core(_START_CLOCK, {"row_id": question.id, "now": clock.utcnow()}).scalar()
        commit_keeping_state()
        if started is not None:
            set_committed_value(question, "served_at", started)
        else:  # another request served it first: its time is the one that counts
            db.session.refresh(question, ["served_at"])
    return question


def seconds_left(question: PlayQuestion) -> float:
    """Seconds until the served question's time runs out (never negative)."""
    if question.served_at is None:
        return float(question.time_limit)
    spent = (clock.utcnow() - question.served_at).total_seconds()
    return max(question.time_limit - spent, 0.0)


def submit_answer(play: Play, position: int, choice_index: int | None) -> Answer:
    """Grade and store the answer to the current question; replays return the stored one."""
    if play.is_finished or position < play.current_position:
        stored = answer_at(play, position)
        if stored is not None:
            return stored
        raise AnswerRefused("This play has finished." if play.is_finished else "No such answer.")
    if position != play.current_position:
        raise AnswerRefused("Answer the current question first; skipping ahead isn't allowed.")
    question = question_at(play, position)
    if question is None or question.served_at is None:
        raise AnswerRefused("This question hasn't been shown yet.")
    if choice_index is not None and not 0 <= choice_index < len(question.choices):
        raise AnswerRefused("That option doesn't exist.")
    return _record(play, question, choice_index)


def expire_if_late(play: Play) -> Answer | None:
    """Record a timeout for the current question once its time has run out."""
    if play.is_finished:
        return None
    question = question_at(play, play.current_position)
    if question is None or question.served_at is None or seconds_left(question) > 0:
        return None
    return _record(play, question, None)


def _record(play: Play, question: PlayQuestion, choice_index: int | None) -> Answer:
    """Insert the graded answer, then move the play on; the unique index settles races."""
    if question.served_at is None:  # the callers check: an unserved question has no clock
        raise AnswerRefused("This question hasn't been shown yet.")
    now = clock.utcnow()
    elapsed_ms = int((now - question.served_at).total_seconds() * 1000)
    result = grade(
        choice_index=choice_index,
        correct_index=question.correct_index,
        elapsed_ms=elapsed_ms,
        time_limit_s=question.time_limit,
        streak_before=play.streak,
    )
    too_fast = choice_index is not None and elapsed_ms < current_app.config["MIN_HUMAN_ANSWER_MS"]
    graded = {
        "play_id": play.id,
        "position": question.position,
        "choice_index": choice_index,
        "correct": result.correct,
        "points": result.points,
        "streak_bonus": result.streak_bonus,
        "elapsed_ms": result.elapsed_ms,
        "answered_at": now,
        "too_fast": too_fast,
    }
    try:
        # Insert before touching the play: the loser of a race stops here. Columns not
        # named here get their defaults from the INSERT, as a flush would give them.
        answer_id = _core(_INSERT_ANSWER, graded).scalar_one()
    except IntegrityError:
        db.session.rollback()
        stored = answer_at(play, question.position)
        if stored is None:  # pragma: no cover - the constraint says another row exists
            raise
        return stored
    moved = {
        "score": play.score + result.points,
        "correct_count": play.correct_count + int(result.correct),
        "streak": result.streak,
        "total_time_ms": play.total_time_ms + result.elapsed_ms,
        "flagged": play.flagged or too_fast,
        "current_position": question.position + 1,
        "finished_at": now if question.position + 1 >= play.question_count else play.finished_at,
    }
    _core(_MOVE_PLAY, {"play_id": play.id, **moved})
    commit_keeping_state()
    for name, value in moved.items():
        set_committed_value(play, name, value)
    # The row is stored: attach the object as loaded (no flush, no re-read); a column it
    # does not carry is marked expired and loaded if anything reads it.
    answer = Answer(id=answer_id, **graded)
    make_transient_to_detached(answer)
    db.session.add(answer)
    return _remember(answer)
