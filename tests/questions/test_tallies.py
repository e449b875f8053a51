"""Tallies a quiz editor asks: the size of a star's family said with "have", and counts in
an undated story asked at the story's own event.

Every article here is written for these tests (fictional people); each test would fail if the
rule it names broke.
"""

from __future__ import annotations

from quiz.questions.model import Question
from quiz.questions.pack import build_pack


def _drafts(text: str) -> list[Question]:
    """Every number draft (chosen for the pack or not)."""
    _pack, drafts = build_pack(text)
    return [q for q in drafts if q.kind == "number"]


def _one(text: str, word: str) -> Question:
    """The one number draft whose prompt names word."""
    (q,) = [q for q in _drafts(text) if word in q.prompt]
    return q


def test_a_family_said_with_have_is_worth_as_much_as_a_mother_of_three():
    story = "date 2023-05-04 Star news\n\nActor Dane Fairlow got engaged on Sunday.\n\n"
    has = _one(story + "Fairlow has three children.", "children")
    father = _one(story + "Fairlow is a father of three.", "children")
    dogs = _one(story + "Fairlow has three dogs.", "dogs")
    assert has.prompt == "In May 2023, how many children did Dane Fairlow have?"
    # "have" is weak for pets or subscribers, not for a family.
    assert has.score > dogs.score
    assert has.score >= 0.9 * father.score


_MILESTONE = (
    "Striker Reaches Milestone\n\n"
    "Tomas Vireo reached a special milestone on Sunday as the Rovers star scored the 300th "
    "goal of his career.\n\n"
    "Vireo was signed by the Rovers four years ago.\n\n"
    "Internationally, Vireo has scored 41 goals for his country.\n\n"
    "He netted 87 goals during his time in Portugal."
)


def test_an_undated_tally_is_asked_at_the_career_milestone_the_story_reports():
    q = _one(_MILESTONE, "for his country")
    assert q.prompt == (
        "How many goals had Tomas Vireo scored for his country when he scored his 300th career "
        "goal?"
    )
    assert q.answer == "41"


def test_goals_for_his_country_and_goals_at_a_club_are_two_questions():
    pack, _drafts = build_pack(_MILESTONE)
    keys = {q.answer for q in pack.questions if q.kind == "number"}
    assert {"41", "87"} <= keys, [q.prompt for q in pack.questions]
