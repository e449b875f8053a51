"""The pack's selection: the best drafts that do not give each other away."""

from __future__ import annotations

from dataclasses import replace

from quiz.questions.model import Choice, Fact, Question, Sentence
from quiz.questions.select import MAX_QUESTIONS, select


def _q(
    prompt: str,
    answer: str,
    *,
    kind: str = "song",
    score: float = 1.0,
    sentence: str = "S",
    subject: str = "Ann Bee",
    value: str = "",
) -> Question:
    """A question whose fact sits in the given sentence."""
    fact = Fact(kind, subject, value or answer, Sentence(sentence, 0), relation="r")
    choices = (
        Choice(answer, True),
        Choice("Wrong One", False),
        Choice("Wrong Two", False),
        Choice("Wrong Three", False),
    )
    return Question(kind, prompt, choices, "x", sentence, fact=fact, score=score)


def test_no_prompt_names_another_questions_answer() -> None:
    son = _q("What is the name of Ann Bee's son?", "Milo", kind="child", score=2.0, sentence="A")
    age = _q(
        "How old was Ann Bee's son Milo in May 2023?", "5", kind="age", score=1.5, sentence="B"
    )
    chosen = select([son, age], main="Ann Bee").questions
    assert [q.answer for q in chosen] == ["Milo"]  # the better one stays, the leak goes


def test_a_year_named_in_another_prompt_is_given_away() -> None:
    year = _q("In which year did Spin for Cash first air?", "1975", kind="date", score=2.0)
    network = _q("Which network aired Spin for Cash in 1975?", "CBS", kind="show", sentence="B")
    other = _q("Which network aired Spin for Cash in 19750?", "ABC", kind="show", sentence="C")
    chosen = select([year, network, other], main="Hal Brenner").questions
    assert [q.answer for q in chosen] == ["1975", "ABC"]  # "19750" is no year


def test_the_packs_own_star_is_never_the_answer() -> None:
    star = _q("Who sang “Blue Hour”?", "Ann Bee", score=3.0)
    other = _q("Who sang “Red Sky”?", "Cal Doe", score=1.0, sentence="T")
    chosen = select([star, other], main="Ann Bee").questions
    assert [q.answer for q in chosen] == ["Cal Doe"]


def test_at_most_two_questions_from_one_sentence() -> None:
    drafts = [
        _q(
            f"Which song number {i} is by Ann Bee?",
            f"Song {i}",
            score=3 - i * 0.1,
            sentence="same",
            value=f"v{i}",
        )
        for i in range(4)
    ]
    chosen = select(drafts, main="Ann Bee").questions
    assert len(chosen) == 2


def test_one_question_per_fact_and_per_romance() -> None:
    a = _q("Who did Ann Bee marry?", "Cal Doe", kind="spouse", score=2.0, sentence="A")
    b = _q(
        "Who is Cal Doe's wife?",
        "Ann Bee",
        kind="spouse",
        score=1.0,
        sentence="B",
        subject="Cal Doe",
        value="Ann Bee",
    )
    c = _q("Who did Ann Bee get engaged to?", "Cal Doe", kind="partner", score=1.5, sentence="C")
    chosen = select([a, b, c], main="").questions
    assert len(chosen) == 1 and chosen[0].prompt == "Who did Ann Bee marry?"


def test_the_pack_is_capped_and_ordered_for_play() -> None:
    drafts = [
        _q(
            f"Which song {i} is by Ann Bee?",
            f"Song {i}",
            score=1.0 + i / 100,
            sentence=f"S{i}",
            kind=("song", "album", "film", "show", "award", "team")[i % 6],
            value=f"v{i}",
        )
        for i in range(30)
    ]
    chosen = select(drafts, main="Ann Bee").questions
    assert len(chosen) == MAX_QUESTIONS
    kinds = [q.kind for q in chosen]
    assert all(a != b for a, b in zip(kinds, kinds[1:], strict=False))  # no kind twice in a row


def test_no_wrong_option_is_another_questions_answer() -> None:
    a = _q("Which song is by Ann Bee?", "Blue Hour", score=2.0, sentence="A")
    b = replace(
        _q("Which song is by Cal Doe?", "Red Sky", score=1.5, sentence="B"),
        choices=(
            Choice("Red Sky", True),
            Choice("Blue Hour", False),
            Choice("Wrong Two", False),
            Choice("Wrong Three", False),
        ),
        pool=("Blue Hour", "Green Day"),
    )
    chosen = {q.answer: q for q in select([a, b], main="").questions}
    assert [c.text for c in chosen["Red Sky"].choices] == [
        "Red Sky",
        "Green Day",
        "Wrong Two",
        "Wrong Three",
    ]


def test_filler_only_fills_a_short_pack() -> None:
    story = [
        _q(
            f"Which song {i} is by Ann Bee?",
            f"Song {i}",
            score=2.0,
            sentence=f"S{i}",
            kind=("song", "album", "film", "show")[i % 4],
            value=f"v{i}",
        )
        for i in range(9)
    ]
    filler = [
        _q(
            "Who said: “I lead with kindness”?",
            "Cal Doe",
            kind="quote",
            score=0.5,
            sentence="Q",
        )
    ]
    assert "quote" not in {q.kind for q in select(story + filler, main="Ann Bee").questions}
    assert "quote" in {q.kind for q in select(story[:3] + filler, main="Ann Bee").questions}


def test_a_draft_below_the_floor_is_never_asked() -> None:
    story = [_q("Which song is by Ann Bee?", "Song 1", score=2.0, sentence="S1", kind="song")]
    low = [_q("In which year did Ann Bee open up to a magazine?", "2011", score=0.3, kind="date")]
    chosen = select(story + low, main="Ann Bee")
    assert [q.kind for q in chosen.questions] == ["song"]
    assert any("news value" in why for r in chosen.rejected for why in r.reasons)


def test_a_side_figures_age_is_filler():
    from quiz.questions.facts import extract
    from quiz.questions.ingest import read_article
    from quiz.questions.kinds.base import Asker
    from quiz.questions.select import FILLER_SCORE

    text = (
        "date 2024-05-02 Baby\n\n"
        "Singer Ada Brook, 31, welcomed a son, Leo, on Tuesday.\n\n"
        "Her friend, the chef Gil Marsh, 44, cooked for the family later that week."
    )
    findings = extract(read_article(text))
    asker = Asker(findings, 0)
    ages = {f.subject: asker.score(f, "age") for f in findings.facts if f.kind == "age"}
    assert ages["Gil Marsh"] < FILLER_SCORE < ages["Ada Brook"], ages


def _gate(prompt: str) -> list[str]:
    """The gate's reasons for a question that is sound but for its prompt."""
    from quiz.questions import check_question

    body = "Ada Brook married Tom Vale in 2012."
    question = {
        "kind": "date",
        "prompt": prompt,
        "choices": [
            {"text": "2012", "correct": True},
            {"text": "2010", "correct": False},
            {"text": "2014", "correct": False},
        ],
        "evidence": body,
        "explanation": "They married in 2012.",
        "difficulty": "easy",
        "time_limit": 20,
    }
    return check_question(question, body)


def test_the_gate_refuses_prompts_cut_badly_from_their_clause():
    assert "prompt is garbled" in _gate("In which year did Ada Brook deliver her her husband?")
    assert "prompt is garbled" in _gate("In which year did Ada Brook wed singer?")
    assert "prompt is garbled" in _gate("In how many categories did Ada Brook be nominated?")
    assert _gate("In which year did Ada Brook marry Tom Vale?") == []
    assert _gate("In which year did Ada Brook wed the singer?") == []
    # What the named person was is no cut: "was Ada Brook a television anchor?"
    assert _gate("In which city was Ada Brook a television anchor?") == []
    assert "prompt is garbled" in _gate("In which year did Ada Brook launch it as a news anchor?")


def test_a_spouse_with_the_subjects_surname_has_options_with_it_too():
    from quiz.questions import generate_pack

    text = (
        "date 2013-05-21 Baby\n\n"
        "Singer Ada Vale has just given birth to a daughter, Ivy, with her husband, Tom Vale.\n\n"
        "Vale, 24, married the producer in July 2012 in Leeds."
    )
    (q,) = [q for q in generate_pack(text).questions if q.kind == "spouse"]
    assert q.answer == "Tom Vale"
    assert all(c.text.endswith(" Vale") for c in q.choices), q.choices


def test_a_tour_listing_gives_at_most_one_stop():
    from quiz.questions import generate_pack

    text = (
        "date 2023-01-10 Tour\n\n"
        "Singer Ada Brook announced her new album, Night Harbor, and a North American tour on "
        "Tuesday.\n\nThe tour dates are below.\n\n"
        "March 30 – Nashville, TN Ryman Auditorium\n\n"
        "April 8 – New York, NY Harbor Light Hall\n\n"
        "April 12 – Boston, MA Copley Music Hall"
    )
    stops = [
        q for q in generate_pack(text).questions if q.fact is not None and q.fact.relation == "tour"
    ]
    assert len([q for q in stops if q.kind == "place"]) == 1, [q.prompt for q in stops]
    assert len([q for q in stops if q.kind == "date"]) <= 1, [q.prompt for q in stops]


def test_a_tally_over_years_is_asked_as_had_by_the_story_month():
    from quiz.questions import generate_pack

    text = (
        "date 2024-11-18 Farewell\n\n"
        "TV host Ada Brook ended her 12-year run on the morning show on Friday.\n\n"
        "Brook won four Emmys during her time on the show."
    )
    prompts = {q.prompt: q.answer for q in generate_pack(text).questions if q.answer == "4"}
    assert prompts == {"By November 2024, how many Emmys had Ada Brook won?": "4"}, prompts


def test_two_different_counts_of_one_person_are_two_questions() -> None:
    def count(prompt: str, answer: str, noun: str, sentence: str) -> Question:
        q = _q(prompt, answer, kind="number", sentence=sentence, score=3.0 - len(sentence))
        assert q.fact is not None
        return replace(q, fact=replace(q.fact, relation="count", detail=(("noun", noun),)))

    seasons = count("How many seasons did Ann Bee play?", "19", "seasons", "")
    teams = count("How many teams did Ann Bee play for?", "6", "teams", "B")
    again = count("After how many seasons did Ann Bee retire?", "18", "seasons", "C")
    chosen = select([seasons, teams, again], main="Ann Bee").questions
    assert {q.answer for q in chosen} == {"19", "6"}


def test_a_prompt_naming_a_count_gives_that_count_away() -> None:
    seasons = _q("How many seasons did Ann Bee play?", "19", kind="number", score=2.0)
    teams = _q("In her 19 seasons, for how many teams did Ann Bee play?", "6", kind="number")
    assert teams.fact is not None
    teams = replace(teams, fact=replace(teams.fact, relation="other"))
    chosen = select([seasons, teams], main="Ann Bee").questions
    assert [q.answer for q in chosen] == ["19"]
    season = _q("How many blocks did Ann Bee average in 2018-19?", "3.5", kind="number")
    assert season.fact is not None
    season = replace(season, fact=replace(season.fact, relation="other"))
    nineteen = _q("How many titles did Ann Bee win?", "19", kind="number", sentence="T")
    assert len(select([season, nineteen], main="Ann Bee").questions) == 2


def test_four_counts_from_four_sentences_all_stay_and_a_fifth_does_not() -> None:
    drafts = [
        _q(f"How many things number {i} did Ann Bee do?", str(10 + i), kind="number",
           score=2 - i * 0.1, sentence=f"S{i}", value=str(10 + i))
        for i in range(5)
    ]  # fmt: skip
    drafts = [
        replace(q, fact=Fact("number", "Ann Bee", q.answer, Sentence(f"S{i}", 0), relation=f"r{i}"))
        for i, q in enumerate(drafts)
    ]
    chosen = select(drafts, main="Ann Bee").questions
    assert sorted(q.answer for q in chosen) == ["10", "11", "12", "13"]


def test_two_counts_with_one_value_are_two_answers_but_one_name_twice_is_one() -> None:
    def count(prompt: str, relation: str, sentence: str) -> Question:
        q = _q(prompt, "3", kind="number", sentence=sentence, score=3.0 - len(prompt) / 100)
        assert q.fact is not None
        return replace(q, fact=replace(q.fact, relation=relation))

    sons = count("How many sons did Ann Bee have in May 2023?", "children", "A")
    wed = count("By May 2023, how many times had Ann Bee been married?", "times-done", "B")
    assert len(select([sons, wed], main="Ann Bee").questions) == 2
    first = _q("Who is Ann Bee's son?", "Theo", kind="child", sentence="A", value="Theo")
    again = _q("Who did Ann Bee name after her father?", "Theo", sentence="B", value="x")
    assert len(select([first, again], main="Ann Bee").questions) == 1


def test_a_band_named_by_several_prompts_gives_way_with_every_question_it_answers() -> None:
    band = _q("Ann Bee is best known as the singer of which band?", "The Larks", kind="band")
    joined = _q(
        "Which band did Ann Bee join in 1990?", "The Larks", kind="band", score=0.9, sentence="J"
    )
    naming = [
        _q(
            f"Which of these is song {i} by The Larks?",
            f"Song {i}",
            kind=kind,
            score=0.8,
            sentence=f"N{i}",
        )
        for i, kind in enumerate(("song", "album", "number", "date"))
    ]
    chosen = select([band, joined, *naming], main="Ann Bee").questions
    assert sorted(q.answer for q in chosen) == [f"Song {i}" for i in range(4)]


def test_one_release_asked_of_the_singer_and_of_the_song_is_asked_once() -> None:
    video = _q("In which month and year was Ann Bee's video “Blue” released?", "May 2019")
    song = _q("In which year did Ann Bee's song Blue come out?", "2019", sentence="T")
    assert video.fact is not None and song.fact is not None
    video = replace(video, fact=replace(video.fact, kind="date", relation="release"))
    song = replace(song, fact=replace(song.fact, kind="date", subject="Blue", relation="release"))
    chosen = select([video, song], main="Ann Bee").questions
    assert [q.answer for q in chosen] == ["May 2019"]


def _scores(text: str, kind: str) -> dict[tuple[str, str], float]:
    """News value of every fact of one kind, by (subject, relation)."""
    from quiz.questions.facts import extract
    from quiz.questions.ingest import read_article
    from quiz.questions.kinds.base import Asker

    findings = extract(read_article(text))
    asker = Asker(findings, 0)
    return {(f.subject, f.relation): asker.score(f, kind) for f in findings.facts if f.kind == kind}


_FAMILY_TREE = (
    "date 2023-06-05 Royal baby\n\n"
    "Princess Ada Vell has given birth to a son and named him Rufus.\n\n"
    "Princess Ada Vell, 33, and husband Tom Reeve, 37, welcomed their second child, who "
    "weighed 7lb 3oz, on May 30.\n\n"
    "Ada Vell wrote that the couple were overjoyed.\n\n"
    "The boy is named after Tom Reeve's father Hugh Reeve, who died in 2019.\n\n"
    "Rufus is also a nod to the princess's grandfather Colm Tarrant, who died in 2004."
)


def test_the_year_a_side_figure_died_is_never_asked():
    from quiz.questions.select import FLOOR_SCORE

    deaths = {who: s for (who, rel), s in _scores(_FAMILY_TREE, "date").items() if rel == "death"}
    assert deaths and all(s < FLOOR_SCORE for s in deaths.values()), deaths


def test_a_death_in_the_lede_is_the_story():
    from quiz.questions.select import FLOOR_SCORE

    text = (
        "date 2023-06-05 Tributes\n\n"
        "Singer Ada Vell's manager Hugh Reeve, who discovered her, died in 2023, aged 70.\n\n"
        "Ada Vell said she was heartbroken."
    )
    deaths = [s for (_w, rel), s in _scores(text, "date").items() if rel == "death"]
    assert deaths and all(s >= FLOOR_SCORE for s in deaths), deaths


def test_a_newborns_weight_only_fills_a_short_pack():
    from quiz.questions.select import FILLER_SCORE

    weights = [
        s for (_w, rel), s in _scores(_FAMILY_TREE, "number").items() if rel == "birth-weight"
    ]
    assert weights and all(s < FILLER_SCORE for s in weights), weights


def test_an_in_laws_parent_nobody_knows_is_never_asked():
    from quiz.questions.pack import build_pack

    pack, drafts = build_pack(_FAMILY_TREE)
    assert any(q.kind == "parent" for q in drafts), [q.prompt for q in drafts]
    assert not any(q.kind == "parent" for q in pack.questions)
    assert not any("die" in q.prompt for q in pack.questions), [q.prompt for q in pack.questions]


def test_an_ordinal_in_a_prompt_gives_a_count_of_the_same_thing_away() -> None:
    count = _q("How many children did Ann Bee have by May 2023?", "5", kind="number", score=2.0)
    assert count.fact is not None
    count = replace(count, fact=replace(count.fact, detail=(("noun", "child"),)))
    born = _q("On what date did Ann Bee welcome her fifth child?", "May 2, 2023", sentence="T")
    assert [q.answer for q in select([count, born], main="Ann Bee").questions] == ["5"]
    # An ordinal of something else is no count of the children.
    season = _q("In which year did Ann Bee begin her fifth season?", "2019", sentence="U")
    assert len(select([count, season], main="Ann Bee").questions) == 2


def test_a_chosen_prompt_gives_way_to_its_alternative_so_that_a_later_draft_fits() -> None:
    born = _q("On what date did Ann Bee welcome her fifth child?", "May 2, 2023", score=2.0)
    born = replace(born, alternatives=("On what date did Ann Bee welcome her latest child?",))
    count = _q("How many children did Ann Bee have by May 2023?", "5", kind="number", sentence="T")
    assert count.fact is not None
    count = replace(count, fact=replace(count.fact, detail=(("noun", "children"),)))
    chosen = select([born, count], main="Ann Bee").questions
    assert sorted(q.prompt for q in chosen) == [
        "How many children did Ann Bee have by May 2023?",
        "On what date did Ann Bee welcome her latest child?",
    ]
