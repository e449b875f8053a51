"""The demo article (People, 2023-08-28): its pack covers the story within 8 to 15 questions.

The checks name kinds and answers, not exact wordings: a prompt may change, the facts asked
may not. Each would fail if the engine stopped asking that fact, or asked it wrongly.
"""

from __future__ import annotations

from qhelpers import wrong

from quiz.questions import GeneratedPack, Question, generate_pack


def _asked(pack: GeneratedPack, kind: str, answer: str, *words: str) -> Question:
    """The pack's question of this kind with this answer (and these words in its prompt)."""
    hits = [
        q
        for q in pack.questions
        if q.kind == kind
        and q.answer == answer
        and all(w.lower() in q.prompt.lower() for w in words)
    ]
    assert hits, (kind, answer, words, [(q.kind, q.prompt, q.answer) for q in pack.questions])
    return hits[0]


def test_demo_pack_size_source_and_title(demo_pack: GeneratedPack) -> None:
    assert 8 <= len(demo_pack.questions) <= 15
    assert demo_pack.source.published == "2023-08-28"
    assert demo_pack.article.title.startswith("John Legend Confirms Son Miles")
    assert demo_pack.subject == "John Legend"


def test_demo_ages_are_anchored_to_the_story_month(demo_pack: GeneratedPack) -> None:
    # Miles is named by the question on the sons' names, so his age calls him the eldest son
    # (his brother is 10 weeks old: weeks are no years).
    miles = _asked(demo_pack, "age", "5", "eldest son", "August 2023")
    _asked(demo_pack, "child", "Miles")
    assert all(c.text.isdigit() and int(c.text) < 18 for c in miles.choices)  # a child's ages
    legend = _asked(demo_pack, "age", "44", "John Legend", "August 2023")
    assert all(int(c.text) >= 30 for c in legend.choices)
    listed = [
        q
        for q in demo_pack.questions
        if q.kind == "age"
        and q.fact
        and q.fact.subject in ("Esti Maxine", "Luna Simone", "Wren Alexander Stephens")
    ]
    assert listed, "one of the children listed with their ages"
    for q in listed:
        unit = q.answer.split()[-1] if " " in q.answer else ""
        assert all(c.text.endswith(unit) for c in q.choices)  # "7 months" among months


def test_demo_family_and_marriage(demo_pack: GeneratedPack) -> None:
    wife = _asked(demo_pack, "spouse", "Chrissy Teigen")
    assert "John Legend" not in wrong(wife)
    years = _asked(demo_pack, "number", "nearly 10 years", "married")
    assert all(c.text.startswith("nearly ") for c in years.choices)
    count = _asked(demo_pack, "number", "4", "children")
    assert "August 2023" in count.prompt  # a family grows: the count is dated


def test_demo_show_host_and_award(demo_pack: GeneratedPack) -> None:
    _asked(demo_pack, "show", "The Late Late Show", "April 2023")
    host = _asked(demo_pack, "host", "James Corden")
    assert "The Late Late Show" not in host.prompt  # the show is another question's answer
    egot = _asked(demo_pack, "award", "EGOT")
    assert not wrong(egot) & {"Emmy", "Grammy", "Oscar", "Tony"}  # each is part of an EGOT


def test_demo_songs_and_their_artists(demo_pack: GeneratedPack) -> None:
    _asked(demo_pack, "song", "All of Me", "John Legend")
    _asked(demo_pack, "song", "Twinnem", "Coi Leray")


def test_demo_prompts_hide_every_answer(demo_pack: GeneratedPack) -> None:
    for q in demo_pack.questions:
        assert q.prompt.endswith("?")
        assert sum(c.correct for c in q.choices) == 1 and len(q.choices) == 4
        for other in demo_pack.questions:
            assert q.answer.lower() not in other.prompt.lower(), (q.answer, other.prompt)


def test_demo_is_deterministic_and_the_seed_changes_only_the_order(
    demo_text: str, demo_pack: GeneratedPack
) -> None:
    assert generate_pack(demo_text).to_dict() == demo_pack.to_dict()
    other = generate_pack(demo_text, seed=7)
    assert [q.answer for q in other.questions] == [q.answer for q in demo_pack.questions]
    assert [[c.text for c in q.choices] for q in other.questions] != [
        [c.text for c in q.choices] for q in demo_pack.questions
    ]


def test_demo_pack_format(demo_pack: GeneratedPack) -> None:
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
