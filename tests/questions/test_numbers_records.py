"""Numbers that never change once told: the season of a show a person won, led or got
engaged in.

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


def _season_prompts(text: str) -> dict[str, str]:
    """Prompt -> key of the drafts that ask which season."""
    return {q.prompt: q.answer for q in _drafts(text) if "season of" in q.prompt}


def test_the_season_a_person_won_is_asked_with_the_show():
    text = (
        "Singer Wins Again\n\n"
        "Tessa Marlowe, the winner of Season 12 of NBC's singing contest “Star Search Live”, "
        "released her debut album on Friday."
    )
    prompts = _season_prompts(text)
    assert prompts.get("Which season of “Star Search Live” did Tessa Marlowe win?") == "Season 12"


def test_an_engagement_on_a_season_finale_is_asked_by_its_season():
    text = (
        "Finale Proposal\n\n"
        "Two contestants on “Island Hearts” got engaged during Monday night's live season 7 "
        "finale. Ryan Dufort proposed to Mia Calloway in front of the studio audience. "
        "Dufort is engaged to Calloway, the show's winner."
    )
    prompts = _season_prompts(text)
    key = next((k for p, k in prompts.items() if "get engaged" in p), "")
    assert key == "Season 7"
    (q,) = [q for q in _drafts(text) if "get engaged" in q.prompt]
    wrong = [c.text for c in q.choices if not c.correct]
    assert all(w.startswith("Season ") and w != "Season 7" for w in wrong)


def test_a_season_with_no_deed_is_not_asked():
    text = (
        "New Season\n\nThe reality show “Island Hearts” returns for season 8 in June, and "
        "Ryan Dufort will watch it at home."
    )
    assert _season_prompts(text) == {}
