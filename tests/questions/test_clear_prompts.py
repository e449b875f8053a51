"""Prompts a fan can follow without the article: which child, which record, which engagement,
which month's count. Every article here is invented for these tests (fictional people); each
test fails if the rule it names is removed.
"""

from __future__ import annotations

from quiz.questions.model import Question
from quiz.questions.pack import build_pack


def _alternatives(text: str) -> list[str]:
    """Every draft's prompt and the more discreet wordings it offers the selection."""
    _pack, drafts = build_pack(text)
    return [p for q in drafts for p in (q.prompt, *q.alternatives)]


def _drafts(text: str) -> list[Question]:
    """Every draft the generators write for the article."""
    return build_pack(text)[1]


def test_a_count_of_children_with_a_baby_born_that_month_holds_at_the_months_end():
    text = (
        "date 2021-03-14 Baby joy\n\n"
        "Singer Marisol Quint took to social media on Friday to share the news about her first "
        "son and fourth child overall."
    )
    prompts = [q.prompt for q in _drafts(text) if q.kind == "number"]
    assert "By the end of March 2021, how many children did Marisol Quint have?" in prompts
    assert not any(p.startswith("In March 2021, how many children") for p in prompts), prompts


def test_an_age_at_an_engagement_names_the_fiance():
    text = (
        "Comedian Aila Brisk is engaged to her longtime boyfriend, writer Tobin Marsh.\n\n"
        "The 31-year-old said she had no idea he would propose."
    )
    prompts = [q.prompt for q in _drafts(text) if q.kind == "age"]
    assert prompts, prompts
    assert not any(p.endswith("when she got engaged?") for p in prompts), prompts
