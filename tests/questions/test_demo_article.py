"""The demo article (People, 2023-08-28) covers everything the issue lists."""

from __future__ import annotations

from qhelpers import assert_pack_sound, find

from quiz.questions import generate_pack


def test_demo_has_enough_sound_questions(demo_pack):
    assert len(demo_pack.questions) >= 12
    assert_pack_sound(demo_pack)
    assert demo_pack.source.published == "2023-08-28"
    assert demo_pack.article.title.startswith("John Legend Confirms Son Miles")


def test_demo_ages(demo_pack):
    assert find(demo_pack, "How old", "son Miles").answer == "5"
    assert find(demo_pack, "How old is John Legend?").answer == "44"
    assert find(demo_pack, "How old", "Luna").answer == "7"
    esti = find(demo_pack, "How old", "Esti")
    assert esti.answer == "7 months"
    assert all(c.text.endswith("months") for c in esti.choices)
    wren = find(demo_pack, "How old", "Wren")
    assert wren.answer == "10 weeks"
    assert all(c.text.endswith("weeks") for c in wren.choices)


def test_demo_family(demo_pack):
    wife = [q for q in demo_pack.questions if q.kind == "spouse"]
    assert wife and {q.answer for q in wife} <= {"Chrissy Teigen", "John Legend"}
    assert "Chrissy Teigen" in wife[0].prompt + wife[0].answer
    assert find(demo_pack, "How long", "married").answer == "Nearly 10 years"
    assert find(demo_pack, "How many children").answer == "4"
    daughter = find(demo_pack, "daughter", kind="child")
    wrong = {c.text for c in daughter.choices if not c.correct}
    assert not wrong & {"Luna", "Esti", "Miles", "Wren", "John Legend"}


def test_demo_show_and_host(demo_pack):
    assert find(demo_pack, "Which show").answer == "The Late Late Show"
    assert find(demo_pack, "host").answer == "James Corden"


def test_demo_songs(demo_pack):
    assert find(demo_pack, "Just the Two of Us").answer == "Bill Withers and Grover Washington Jr."
    assert find(demo_pack, "Twinnem").answer == "Coi Leray"
    all_of_me = find(demo_pack, "All of Me")
    assert all_of_me.answer == "John Legend"
    assert all_of_me.to_dict()["support"]  # answered through 'the "All of Me" singer'


def test_demo_platform_award_and_dates(demo_pack):
    platforms = {q.answer for q in demo_pack.questions if q.kind == "platform"}
    assert "TikTok" in platforms
    tiktok = find(demo_pack, "photo montage", kind="platform")
    assert tiktok.answer == "TikTok"
    assert "Instagram" not in {c.text for c in tiktok.choices}  # he posted there too
    assert find(demo_pack, "honor").answer == "EGOT"
    egot_wrong = {c.text for c in find(demo_pack, "honor").choices if not c.correct}
    assert not egot_wrong & {"Emmy", "Grammy", "Oscar", "Tony"}
    sunday = find(demo_pack, "On what date")
    assert sunday.answer == "August 27, 2023"  # "On Sunday" before Monday 2023-08-28
    assert find(demo_pack, "month and year").answer == "December 2021"


def test_demo_prompts_name_people_and_hide_answers(demo_pack):
    for q in demo_pack.questions:
        assert q.prompt.endswith("?")
        assert q.answer.lower() not in q.prompt.lower()
        assert 3 <= len(q.choices) <= 5
        assert sum(c.correct for c in q.choices) == 1


def test_demo_is_deterministic_and_seed_changes_order(demo_text, demo_pack):
    again = generate_pack(demo_text)
    assert again.to_dict() == demo_pack.to_dict()
    other = generate_pack(demo_text, seed=7)
    orders = [[c.text for c in q.choices] for q in demo_pack.questions]
    others = [[c.text for c in q.choices] for q in other.questions]
    assert orders != others
    assert [q.answer for q in other.questions] == [q.answer for q in demo_pack.questions]


def test_demo_pack_format(demo_pack):
    d = demo_pack.to_dict()
    assert d["format"] == "quiz-pack" and d["version"] == 1
    assert d["source"] == {"title": demo_pack.article.title, "published": "2023-08-28", "url": None}
    for q in d["questions"]:
        assert set(q) >= {
            "kind",
            "prompt",
            "choices",
            "explanation",
            "evidence",
            "difficulty",
            "time_limit",
        }
        assert q["time_limit"] in (20, 30)
