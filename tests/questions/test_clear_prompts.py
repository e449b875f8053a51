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


def test_a_daughter_among_several_is_named_by_her_age_not_as_the_daughter():
    text = (
        "date 2023-10-12 Anniversary\n\n"
        "Country singer Dale Marrow celebrated his tenth wedding anniversary with his wife, "
        "Jenna Crisp.\n\n"
        "Marrow and Crisp share two daughters: Posy Lane, 9, and Ivy Rose, 5."
    )
    prompts = _alternatives(text)
    assert not any("Dale Marrow's daughter in" in p for p in prompts), prompts
    assert any("Dale Marrow's eldest daughter" in p for p in prompts), prompts


def test_the_storys_newborn_is_named_by_its_place_in_the_family():
    text = (
        "Baby news\n\n"
        "Quarterback Ray Okafor has welcomed a son, Theo Okafor.\n\n"
        "Ray Okafor and his wife welcomed their fourth child, who weighed 8 pounds, 2 ounces.\n\n"
        "The boy joins sisters Ada Okafor and Mia Okafor and brother Sam Okafor."
    )
    prompts = _alternatives(text)
    weights = [p for p in prompts if "weigh at birth" in p]
    assert "How much did Ray Okafor's fourth child weigh at birth?" in weights, weights
    assert "How much did Ray Okafor's son weigh at birth?" not in weights, weights


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


def test_a_release_date_names_the_record_it_is_about():
    text = (
        "date 2022-03-01 New music\n\n"
        "Singer Marisol Quint has shared details of her second album.\n\n"
        "Titled Glass Harbor, the record is set for a 2022 release on May 20."
    )
    prompts = [q.prompt for q in _drafts(text) if q.kind == "date"]
    assert any("Marisol Quint's album “Glass Harbor”" in p for p in prompts), prompts
    assert not any("Marisol Quint's album due" in p for p in prompts), prompts


def test_a_childs_birth_date_names_the_child_with_the_parent():
    text = (
        "TV host Dana Pell married Tom Rusk on March 15, 2014, in Tucson.\n\n"
        "The couple’s daughter, Wren Pell Rusk, was born that Aug. 13."
    )
    prompts = [q.prompt for q in _drafts(text) if q.kind == "date"]
    assert not any(p.startswith("On what date was Wren Pell Rusk born") for p in prompts), prompts
    assert any("Dana Pell's daughter Wren" in p for p in prompts), prompts


def test_a_birth_date_can_name_the_baby_by_its_tie_when_the_name_is_an_answer():
    text = (
        "Golfer Rory Vance has named his daughter Wren.\n\n"
        "His wife, Ada, gave birth to Wren Ada Vance, their first baby, on March 3, 2021."
    )
    prompts = _alternatives(text)
    assert any(p.endswith("give birth to their daughter?") for p in prompts), prompts


def test_a_release_date_names_the_record_by_its_place_when_no_title_is_near():
    text = (
        "date 2022-03-01 New music\n\n"
        "Singer Marisol Quint has shared details of her long-awaited sophomore album.\n\n"
        "The record is set for a 2022 release on May 20."
    )
    prompts = [q.prompt for q in _drafts(text) if q.kind == "date"]
    assert any("Marisol Quint's second album" in p for p in prompts), prompts


def test_a_star_with_a_very_common_name_is_introduced_by_what_they_are():
    text = (
        "date 2019-08-02 Engaged!\n\n"
        "Two houseguests on “Big Brother” got engaged during Thursday night’s live finale.\n\n"
        "Sam Johnson proposed to Lila Oduya on stage in front of the live audience.\n\n"
        "“I knew on day one,” Johnson, 27, said after she said yes."
    )
    pack, _drafts = build_pack(text)
    about = [q.prompt for q in pack.questions if "Sam Johnson" in q.prompt]
    assert about, [q.prompt for q in pack.questions]
    assert all("reality star Sam Johnson" in p for p in about), about


def test_an_uncommon_name_is_left_as_it_is():
    text = (
        "date 2019-08-02 Engaged!\n\n"
        "Two houseguests on “Big Brother” got engaged during Thursday night’s live finale.\n\n"
        "Sam Okonkwo proposed to Lila Oduya on stage in front of the live audience.\n\n"
        "“I knew on day one,” Okonkwo, 27, said after she said yes."
    )
    pack, _drafts = build_pack(text)
    assert not any("reality star" in q.prompt for q in pack.questions), pack.questions


def test_a_son_the_couple_shares_is_asked_as_her_son_with_her_husband():
    text = (
        "date 2021-06-02 Anniversary\n\n"
        "Actress Dana Pell and her husband, Tom Vale, marked ten years of marriage on Sunday.\n\n"
        "Dana Pell and Tom Vale share one son, 8-year-old Jasper."
    )
    prompts = [q.prompt for q in _drafts(text) if q.kind == "child"]
    assert "What is the name of Dana Pell's son with her husband?" in prompts, prompts


def test_a_prompt_about_some_pictures_is_refused():
    from quiz.questions.quality import check_question

    q = {
        "prompt": "On which platform did Dana Pell share some pictures?",
        "choices": [
            {"text": "Instagram", "correct": True},
            {"text": "Myspace", "correct": False},
            {"text": "LinkedIn", "correct": False},
            {"text": "Rumble", "correct": False},
        ],
        "evidence": "Dana Pell shared some pictures on Instagram.",
    }
    reasons = check_question(q, "Dana Pell shared some pictures on Instagram.")
    assert "prompt points to something only the article shows" in reasons, reasons


def test_the_newborns_name_is_asked_by_its_place_when_older_children_go_unnamed():
    text = (
        "Royal baby\n\n"
        "Prince Edmund and Lady Ines have named their newborn son Felix Ansel Hugo.\n\n"
        "Edmund and Ines took their time over a name for their third child."
    )
    prompts = [q.prompt for q in _drafts(text) if q.kind == "child"]
    assert "What is the name of Prince Edmund's third child?" in prompts, prompts


def test_a_couples_count_together_is_not_the_parents_own_place():
    text = (
        "Baby news\n\n"
        "Quarterback Ray Okafor has welcomed a son, Theo Okafor.\n\n"
        "Ray Okafor and his wife welcomed their fourth child together, who weighed 8 pounds, "
        "2 ounces.\n\n"
        "The boy joins sisters Ada Okafor and Mia Okafor and brother Sam Okafor."
    )
    prompts = _alternatives(text)
    assert not any("Ray Okafor's fourth child" in p for p in prompts), prompts


def test_an_untitled_tour_is_told_apart_by_its_year():
    text = (
        "date 2024-03-05 Tour news\n\n"
        "Rapper Kovo Brandt will release a new album in June.\n\n"
        "Brandt is due to kick off the European leg of his tour in Lisbon on July 9 and end "
        "it in Oslo on August 30."
    )
    prompts = _alternatives(text)
    legs = [p for p in prompts if "leg of his" in p]
    assert legs, prompts
    assert all("2024" in p for p in legs), legs  # the day's question already says its year
    assert any("his 2024 tour" in p for p in legs), legs


def test_a_baby_named_only_as_a_little_girl_is_named_by_her_place_in_the_family():
    text = (
        "Baby news\n\n"
        "Model Suri Calloway has announced the birth of her third child.\n\n"
        "The 31-year-old welcomed a little girl with partner Ned Varga.\n\n"
        "Suri and Ned are already parents to a five-year-old daughter, Lila, and a "
        "two-year-old son, Otto."
    )
    prompts = _alternatives(text)
    assert not any("a little girl" in p for p in prompts), prompts
    assert any("her third child" in p for p in prompts), prompts


def test_a_casting_in_a_sequel_is_asked_as_it_stood_in_the_storys_month():
    text = (
        "date 2022-03-04 Casting\n\n"
        "Actor Tomas Vey has been confirmed to star in the upcoming superhero film Iron Harbor 2."
        "\n\nHis agency said on Friday that the 30-year-old is set to star in the Iron Harbor "
        "sequel, and had flown out to begin filming."
    )
    prompts = [q.prompt for q in _drafts(text) if q.kind == "film"]
    assert "In March 2022, Tomas Vey was set to star in the sequel to which film?" in prompts
    assert not any(" is set to star" in p for p in prompts), prompts


def test_a_team_a_star_finished_up_with_is_asked_by_the_season_or_not_at_all():
    lead = (
        "date 2023-05-22 Retirement\n\n"
        "Forward Dario Venn announced his retirement on Monday after 15 seasons.\n\n"
        "He played two seasons in Denver and one in Miami and then finished up with the "
        "Chicago Bulls"
    )
    seasoned = [q.prompt for q in _drafts(lead + " in 2021-22.") if q.kind == "team"]
    assert "Which team did Dario Venn play for in 2021-22?" in seasoned, seasoned
    bare = [q.prompt for q in _drafts(lead + ".") if q.kind == "team"]
    assert not any("finish up" in p for p in bare + seasoned), bare


def test_a_new_album_is_named_by_the_number_the_article_gives_it():
    text = (
        "date 2024-02-06 Album news\n\n"
        "Singer Marla Devine will release a new album in May.\n\n"
        "The 31-year-old announced her third studio album, Low Tide, on Monday."
    )
    prompts = [q.prompt for q in _drafts(text) if q.kind == "date"]
    assert "In which month and year was Marla Devine due to release her third studio album?" in (
        prompts
    ), prompts
    assert not any("a new album" in p for p in prompts), prompts


def test_a_newborns_ordinal_has_a_wording_without_it_and_the_pack_keeps_both_questions():
    text = (
        "date 2023-05-04 Baby news\n\n"
        "Actor Gil Marrow and his wife Dana Marrow welcomed their fourth child together, a son, "
        "on Tuesday.\n\n"
        "The boy joins Ivy, 9, Jude, 6, and Wren, 3."
    )
    pack, drafts = build_pack(text)
    assert any(
        "their fourth child" in q.prompt and any("their latest child" in a for a in q.alternatives)
        for q in drafts
    ), [(q.prompt, q.alternatives) for q in drafts]
    prompts = [q.prompt for q in pack.questions]
    counts = [p for p in prompts if p.lower().count("how many children")]
    assert counts, prompts
    assert not any("fourth" in p for p in prompts), prompts
    assert any("their latest child" in p for p in prompts), prompts


def test_a_baby_aged_in_weeks_is_younger_than_a_boy_aged_in_years():
    text = (
        "date 2023-06-10 Family\n\n"
        "Cole Varga's 6-year-old son Milo is a chip off the old block!\n\n"
        "On Sunday, the singer, 41, posted a video of him and his son Milo on Instagram.\n\n"
        "Varga shares sons Milo, and Reed Thomas Varga, 8 weeks, and daughters Ada Rose, "
        "7 months, and Nina Jane, 4, with wife of nearly 9 years, Mina Varga."
    )
    worded = [(a, q.answer) for q in _drafts(text) if q.kind == "age" for a in q.alternatives]
    assert ("How old was Cole Varga's eldest son in June 2023?", "6") in worded, worded
    assert not any("youngest son" in a and key == "6" for a, key in worded), worded
