"""Numbers that never change once told: the season of a show a person won, led or got
engaged in.

Every article here is written for these tests (fictional people); each test would fail if the
rule it names broke.
"""

from __future__ import annotations

import re

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


_FIRST_DAY = (
    "date 2024-02-10 Records\n\n"
    "Pop singer Lia Moreno released her single “Paper Lanterns” on Friday. "
    "The song set the record for the most viewed pop video on YouTube within 24 hours with "
    "41 million views and then went on to reach 90 million views. "
    "The track also became the most streamed song on Spotify within 24 hours with over 12.6 "
    "million plays."
)


def test_a_works_first_day_count_is_asked_with_its_site_and_stretch():
    prompts = {q.prompt: q for q in _drafts(_FIRST_DAY)}
    views = prompts[
        "How many views did Lia Moreno's “Paper Lanterns” get on YouTube within 24 hours?"
    ]
    assert views.answer == "41 million"
    assert not any("90 million" == q.answer for q in prompts.values())  # a mark, not a count
    plays = prompts[
        "About how many plays did Lia Moreno's “Paper Lanterns” get on Spotify within 24 hours?"
    ]
    assert plays.answer == "over 12.6 million"
    # Rough options are whole numbers of the key's scale, all different.
    wrong = [c.text for c in plays.choices if not c.correct]
    assert len(set(wrong)) == 3 and all(re.fullmatch(r"over \d+ million", w) for w in wrong)


def test_a_works_first_day_views_and_plays_are_two_questions():
    pack, _drafts_made = build_pack(_FIRST_DAY)
    answers = {q.answer for q in pack.questions}
    assert {"41 million", "over 12.6 million"} <= answers


def test_a_place_in_a_line_of_firsts_is_asked_without_a_date():
    text = (
        "Milestone\n\n"
        "Striker Tom Vale scored twice for Harbor City on Sunday. "
        "Vale is only the fourth active player to reach the 300-goal mark, the league said. "
        "He was the first Welsh player to win the award."
    )
    prompts = {q.prompt: q.answer for q in _drafts(text)}
    key = "What number active player to reach the 300-goal mark was Tom Vale?"
    assert prompts.get(key) == "4th"
    assert not any("Welsh" in p for p in prompts)  # the first of a line is no count


def test_a_works_chart_debut_is_asked_and_a_place_held_now_takes_the_month():
    debut = (
        "date 2024-02-10 News\n\n"
        "Pop singer Lia Moreno released her new album, “Glass Harbor”, in January. "
        "The album debuted at No. 3 on the Billboard 200."
    )
    prompts = {q.prompt: q for q in _drafts(debut)}
    q = prompts["At what number did Lia Moreno's “Glass Harbor” debut on the Billboard 200?"]
    assert q.answer == "No. 3"
    assert all(re.fullmatch(r"No\. \d+", c.text) for c in q.choices)
    now = (
        "date 2024-02-10 News\n\n"
        "Country singer Dana Pell shared her single “Open Road” last year. "
        "“Open Road” is currently sitting in the number-four spot on the Billboard Country "
        "Airplay chart."
    )
    prompts = {q.prompt: q.answer for q in _drafts(now)}
    key = (
        "In February 2024, at what number was Dana Pell's “Open Road” on the Billboard "
        "Country Airplay chart?"
    )
    assert prompts.get(key) == "No. 4"


def test_a_chart_peak_is_not_asked():
    text = (
        "date 2024-02-10 News\n\n"
        "Pop singer Lia Moreno released her new album, “Glass Harbor”, in January. "
        "The album peaked at No. 3 on the Billboard 200."
    )
    assert not any("Billboard" in q.prompt for q in _drafts(text))


def test_a_count_in_a_show_told_by_its_kind_names_the_show():
    text = (
        "date 2024-02-10 News\n\n"
        "Actor Tom Vale, the star of the sitcom Shore Road, has died at 61. Vale played the "
        "grumpy father Ron in all five series of the hit BBC Two sitcom, which debuted in 2009."
    )
    prompts = {q.prompt: q.answer for q in _drafts(text)}
    assert prompts.get("In how many series of “Shore Road” did Tom Vale play Ron?") == "5"


def test_a_shows_grand_prize_is_asked_with_the_month():
    text = (
        "date 2024-02-10 News\n\n"
        "Two contestants on “Island Hearts” got engaged during Monday night's live season 7 "
        "finale. Ryan Dufort proposed to Mia Calloway months after meeting her on the show, "
        "when both were competing for the $250,000 grand prize."
    )
    prompts = {q.prompt: q.answer for q in _drafts(text)}
    key = "In February 2024, how much was the grand prize on “Island Hearts”?"
    assert prompts.get(key) == "$250,000"


def test_the_attempt_a_first_title_came_at_is_asked():
    text = (
        "date 2024-02-10 Golf\n\n"
        "Golfer Nick Ward won the Harbor Open on Sunday. He beat Tom Vale in a play-off, "
        "claiming a first major title at the 41st attempt. "
        "Vale had won the event at the third attempt."
    )
    prompts = {q.prompt: q.answer for q in _drafts(text)}
    assert prompts.get("At which attempt did Nick Ward claim his first major title?") == "41st"
    assert "3rd" not in prompts.values()  # no first is named: won what, the first of what?
