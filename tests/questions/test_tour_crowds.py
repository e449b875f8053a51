"""How many fans a named tour drew, asked through the tour and its artist.

Every article here is written for these tests (fictional people); each test would fail if the
rule it names broke.
"""

from __future__ import annotations

from random import Random

from quiz.questions.distractors import Spec
from quiz.questions.distractors.numbers import number_options
from quiz.questions.model import Question
from quiz.questions.pack import build_pack
from quiz.questions.textutil import is_variant


def _drafts(text: str) -> dict[str, Question]:
    """Prompt -> number draft (chosen for the pack or not)."""
    _pack, drafts = build_pack(text)
    return {q.prompt: q for q in drafts if q.kind == "number"}


def test_a_finished_tours_crowd_is_asked_with_the_tour_and_its_owner():
    text = (
        "Ava Stone Plans Comeback\n\n"
        "Ava Stone announced a new world tour on Tuesday.\n\n"
        "The singer's last outing, the Night Sky Tour, attracted more than 2.4 million fans "
        "worldwide.\n\n"
        "Her album “Blue Lanterns” came out in 2019."
    )
    q = _drafts(text)["About how many fans did Ava Stone's Night Sky Tour attract?"]
    assert q.answer == "2.4 million"


def test_a_tour_named_after_its_artist_is_not_named_twice():
    text = (
        "Jonah Reyes Returns\n\n"
        "Jonah Reyes will headline a festival in Denver this summer.\n\n"
        "Back then, the Jonah Reyes Homecoming Tour sold 900,000 tickets across the country."
    )
    prompts = _drafts(text)
    assert "How many tickets did the Jonah Reyes Homecoming Tour sell?" in prompts
    assert not [p for p in prompts if "Reyes's Jonah" in p or "Reyes' Jonah" in p]


def test_a_crowd_still_growing_in_an_undated_story_is_not_asked():
    text = (
        "Ava Stone on the Road\n\n"
        "Ava Stone spoke to reporters after a show.\n\n"
        "Her Night Sky Tour has drawn over 2 million fans so far."
    )
    assert not [p for p in _drafts(text) if "Night Sky Tour" in p]


def test_a_crowd_still_growing_is_asked_by_the_storys_month():
    text = (
        "date 2025-03-14 Ava Stone on the Road\n\n"
        "Ava Stone spoke to reporters after a show.\n\n"
        "Her Night Sky Tour has drawn over 2 million fans so far."
    )
    prompts = [p for p in _drafts(text) if "Night Sky Tour" in p]
    assert prompts == ["By March 2025, about how many fans had Ava Stone's Night Sky Tour drawn?"]


def test_a_tour_with_no_artist_named_is_not_asked():
    text = (
        "Summer Season\n\n"
        "Promoters said on Monday that the Coastal Lights Tour attracted 1.2 million fans."
    )
    assert not [p for p in _drafts(text) if "Coastal Lights Tour" in p]


def test_rough_options_are_no_part_of_a_decimal_key():
    for seed in range(20):
        spec = Spec("number", "7.3 million", unit="fans", subject="Ava Stone", relation="rough")
        wrong = number_options(spec, Random(seed))
        assert wrong and not [w for w in wrong if is_variant(w, "7.3 million")]
