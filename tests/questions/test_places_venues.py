"""Venues of a couple's wedding, the universities people attended and the countries they are
from: the facts and the questions asked of them."""

from __future__ import annotations

from quiz.questions.distractors.banks import bank
from quiz.questions.distractors.places import _countries, _country_options
from quiz.questions.facts import extract
from quiz.questions.ingest import read_article
from quiz.questions.model import Fact, Question
from quiz.questions.pack import build_pack


def _places(text: str) -> list[tuple[str, str, str]]:
    """(subject, value, relation) of every place fact the engine reads."""
    facts: list[Fact] = extract(read_article(text)).facts
    return [(f.subject, f.value, f.relation) for f in facts if f.kind == "place"]


def _drafts(text: str) -> list[Question]:
    """Every place draft (chosen for the pack or not)."""
    _pack, drafts = build_pack(text)
    return [q for q in drafts if q.kind == "place"]


def _asked(text: str, prompt: str) -> Question:
    """The draft with that prompt."""
    found = [q for q in _drafts(text) if q.prompt == prompt]
    assert found, [q.prompt for q in _drafts(text)]
    return found[0]


def _wrong(q: Question) -> list[str]:
    return [c.text for c in q.choices if not c.correct]


def _venues(kind: str) -> set[str]:
    return {str(v["name"]) for v in bank("venues") if v["kind"] == kind}


# --- venues ---------------------------------------------------------------------------------

WED = (
    "Marisol Quint marries Devon Arkwright\n\nActress Marisol Quint and actor Devon Arkwright "
    "tied the knot in front of family and friends."
)


def test_a_venue_name_the_tagger_cut_in_two_is_one_venue():
    text = (
        f"{WED}\n\nThe couple tied the knot on 5 March at Sycamore Creek Ranch and Resort in "
        "California's Napa Valley."
    )
    assert (
        "Marisol Quint and Devon Arkwright",
        "Sycamore Creek Ranch and Resort",
        "wedding",
    ) in _places(text)
    q = _asked(text, "At which resort did Marisol Quint and Devon Arkwright get married?")
    assert q.answer == "Sycamore Creek Ranch and Resort"
    assert set(_wrong(q)) <= _venues("resort")


def test_two_venues_in_a_list_are_not_one_name():
    text = f"{WED}\n\nThey danced at Madison Square Garden and Barclays Center last year."
    assert not any(" and Barclays" in value for _, value, _ in _places(text))


def test_the_wedding_without_an_owner_is_the_couples_once_they_married():
    text = f"{WED}\n\nThe wedding was held at The Mansion At Holloway in New Jersey."
    q = _asked(text, "At which estate did Marisol Quint and Devon Arkwright get married?")
    assert q.answer == "The Mansion At Holloway"
    # Stars' homes are no wedding venues a fan would guess beside it.
    assert set(_wrong(q)) <= _venues("estate")


def test_the_wedding_of_another_family_is_not_the_couples():
    text = f"{WED}\n\nThe Pemberton wedding was held at The Mansion At Holloway."
    assert not any(value == "The Mansion At Holloway" for _, value, _ in _places(text))


def test_a_venue_the_tagger_missed_and_a_wedding_still_to_come():
    text = (
        "Marisol Quint engaged to Devon Arkwright\n\nMarisol Quint is engaged to Devon "
        "Arkwright.\n\nThe wedding will be held at the Rosewood Manor in Ohio next June."
    )
    q = _asked(text, "At which estate were Marisol Quint and Devon Arkwright due to get married?")
    assert q.answer == "Rosewood Manor"


def test_theme_parks_are_no_wedding_resorts():
    assert not _venues("resort") & {"Disneyland Resort", "Dollywood"}


# --- universities ---------------------------------------------------------------------------


def test_universities_people_attended():
    text = (
        "Devon Arkwright engaged to Marisol Quint\n\nActor Devon Arkwright is engaged to "
        "Marisol Quint, a student at Oregon State University.\n\nArkwright went to "
        "Northwestern University, where he studied drama.\n\nThe couple met while both "
        "attending Boston College in 2015."
    )
    places = _places(text)
    assert ("Marisol Quint", "Oregon State University", "school") in places
    assert ("Devon Arkwright", "Northwestern University", "school") in places
    assert ("Devon Arkwright and Marisol Quint", "Boston College", "school") in places
    q = _asked(text, "Which university did Devon Arkwright attend?")
    assert q.answer == "Northwestern University"
    # His other university is also true, so never an option; the options are American.
    assert "Boston College" not in _wrong(q)
    us = {str(v["name"]) for v in bank("venues") if v["country"] == "US"}
    assert set(_wrong(q)) <= us | {"Oregon State University"}


def test_a_conservatory_is_no_option_for_a_university():
    assert not _venues("university") & {"Juilliard School", "Berklee College of Music"}


# --- nationality ----------------------------------------------------------------------------


def test_the_nationality_before_a_named_star_is_where_they_are_from():
    text = (
        "Lina Ortega breaks records\n\nColombian singer Lina Ortega has broken five records "
        "with her new song."
    )
    assert ("Lina Ortega", "Colombia", "nationality") in _places(text)
    q = _asked(text, "Which country is Lina Ortega from?")
    assert q.answer == "Colombia"
    south = {"Argentina", "Bolivia", "Brazil", "Chile", "Ecuador", "Peru", "Paraguay"}
    assert set(_wrong(q)) <= south | {"Venezuela", "Uruguay"}


def test_a_nationality_without_a_name_or_of_two_countries_is_not_asked():
    text = (
        "Lina Ortega breaks records\n\nLina Ortega sang. The Colombian singer smiled. "
        "Spanish-Venezuelan player Rosa Lind cheered."
    )
    assert not [p for p in _places(text) if p[2] == "nationality"]


def test_country_options_are_near_real_nations_that_share_no_word_with_the_key():
    options = _country_options(_countries()["south korea"])
    assert "North Korea" not in options
    assert {"Japan", "China"} <= set(options)
    assert "Hong Kong" not in _country_options(_countries()["taiwan"])


def test_a_stars_nationality_is_guessed_among_homes_of_stars_of_her_language():
    options = _country_options(_countries()["australia"], nationality=True)
    assert "New Zealand" in options and "Canada" in options
    assert not {"Vietnam", "Myanmar", "China", "Indonesia"} & set(options)
    assert "Puerto Rico" not in _country_options(_countries()["colombia"], nationality=True)
    # Where a child was adopted from is no nationality: the region's countries stay.
    assert "Indonesia" in _country_options(_countries()["australia"])


# --- adoption and counties ------------------------------------------------------------------


def test_the_country_a_couple_adopted_a_child_from():
    text = (
        f"{WED}\n\nThree years after their wedding, Quint and Arkwright announced in 2018 that "
        "they had adopted a baby boy from Kenya, Milo James, now 5."
    )
    assert ("Marisol Quint and Devon Arkwright", "Kenya", "adoption") in _places(text)
    q = _asked(text, "From which country did Marisol Quint and Devon Arkwright adopt a baby boy?")
    assert q.answer == "Kenya"
    assert "Vietnam" not in _wrong(q)


def test_a_thing_from_a_country_is_no_adoption():
    text = f"{WED}\n\nThe couple adopted a strict diet from Italy last year."
    assert not [p for p in _places(text) if p[2] == "adoption"]


def test_an_english_county_is_where_a_star_is_from():
    text = (
        "Devon Arkwright marries\n\nThe Suffolk superstar Devon Arkwright keeps his "
        "marriage out of the spotlight but wears a ring.\n\nThe Suffolk superstar has kept quiet."
    )
    q = _asked(text, "Where is Devon Arkwright from?")
    assert q.answer == "Suffolk"
    assert set(_wrong(q)) <= {
        "Essex", "Kent", "Norfolk", "Surrey", "Yorkshire", "Cheshire", "Cornwall", "Dorset",
        "Somerset", "Lancashire", "Hampshire", "Berkshire", "Wiltshire", "Shropshire",
        "Cumbria", "Derbyshire", "Lincolnshire", "Oxfordshire", "Bedfordshire",
        "Buckinghamshire", "Cambridgeshire", "Gloucestershire", "Herefordshire",
        "Hertfordshire", "Leicestershire", "Northamptonshire", "Northumberland",
        "Nottinghamshire", "Staffordshire", "Warwickshire", "Worcestershire",
    }  # fmt: skip


def test_a_womens_college_is_no_option():
    from random import Random

    from quiz.questions.distractors import Spec
    from quiz.questions.distractors.places import place_options

    spec = Spec("place", "Vanderbilt University", subject="Devon Arkwright")
    assert "Spelman College" not in place_options(spec, [], Random(1))


# --- where someone was for a piece of work --------------------------------------------------

STAY = "Devon Arkwright busy\n\n"


def test_where_someone_was_to_do_a_piece_of_work():
    text = (
        f"{STAY}Devon Arkwright was in Miami for ten days preparing to host the Golden "
        "Globe Awards.\n\nMarisol Quint was in Toronto to promote her new film Harbor Lights."
    )
    q = _asked(text, "Where was Devon Arkwright preparing to host the Golden Globe Awards?")
    assert q.answer == "Miami"
    q = _asked(text, "Where was Marisol Quint promoting her new film?")
    assert q.answer == "Toronto"


def test_a_stay_for_no_work_or_for_the_articles_own_week_is_not_asked():
    text = (
        f"{STAY}Devon Arkwright was in Chicago with his family last spring.\n\nMarisol Quint "
        "was in Toronto preparing to host Sunday's Golden Globe Awards."
    )
    assert not [p for p in _places(text) if p[2] == "stay"]


# --- where a tour opens and ends ------------------------------------------------------------

TOUR = (
    "The Velvet Pines announce tour\n\nThe Velvet Pines will kick off their Midnight Orchard "
    "tour on July 8 in Tulsa, Okla.\n\nThe tour opens at the 40,000-capacity Harbour Stadium "
    "in Halifax, Canada, on June 3 and closes at the Stade de France in Paris on July 30."
)


def test_the_venues_a_tour_opens_and_ends_at():
    q = _asked(TOUR, "At which stadium was Velvet Pines' tour due to open?")
    assert q.answer == "Harbour Stadium"
    # Options from the venue's own side of the world (Halifax, Canada), not Paris's.
    america = {str(v["name"]) for v in bank("venues") if v["country"] in ("US", "CA", "MX")}
    assert set(_wrong(q)) <= america
    q = _asked(TOUR, "At which stadium was Velvet Pines' tour due to close?")
    assert q.answer == "Stade de France"


def test_a_foreign_venue_word_the_tagger_takes_for_a_people_still_names_the_venue():
    text = (
        "Glass Harbor announce tour\n\nRock band Glass Harbor has announced a world tour.\n\n"
        "The tour opens at the Harbour Arena in Halifax, Canada, on May 2 and ends at the "
        "40,000-capacity Stade Roi Albert in Liege, Belgium, on July 30."
    )
    q = _asked(text, "At which stadium was Glass Harbor's tour due to end?")
    assert q.answer == "Stade Roi Albert"


# --- islands --------------------------------------------------------------------------------


def test_an_island_is_asked_among_islands_of_its_group():
    text = (
        "Marisol Quint engaged\n\nMarisol Quint got engaged to Devon Arkwright on Maui last "
        "month.\n\nThe couple married in Mykonos in 2019."
    )
    q = _asked(text, "On which island did Marisol Quint get engaged?")
    assert q.answer == "Maui"
    assert set(_wrong(q)) <= {"Oahu", "Kauai", "Molokai", "Lanai"}
    q = _asked(text, "On which island did Marisol Quint and Devon Arkwright get married?")
    assert set(_wrong(q)) <= {"Santorini", "Crete", "Corfu", "Rhodes", "Paros", "Zakynthos"}


def test_an_island_that_shares_a_towns_name_is_the_island():
    from quiz.questions.distractors.places import place_level

    assert place_level("Bali") == "island"


# --- where someone is from ------------------------------------------------------------------


def test_the_ways_copy_says_where_someone_is_from():
    text = (
        "Marisol Quint news\n\nMarisol Quint, who hails from Tucson, Arizona, has a new album "
        "out.\n\nDevon Arkwright is a native of Cork, Ireland.\n\nTexas native Cal Mercer said "
        "hello.\n\nKira Dunn, originally from Leeds, now lives in London."
    )
    places = _places(text)
    assert ("Marisol Quint", "Tucson, Arizona", "hometown") in places
    assert ("Devon Arkwright", "Cork, Ireland", "hometown") in places
    assert ("Cal Mercer", "Texas", "hometown") in places
    assert ("Kira Dunn", "Leeds", "hometown") in places
    assert _asked(text, "Where is Kira Dunn from?").answer == "Leeds"


def test_a_persons_other_home_towns_are_no_options_in_any_written_form():
    text = (
        "Lina Ortega news\n\nThe Atlanta-born singer Lina Ortega was raised in Savannah, "
        "Georgia.\n\nLina Ortega now lives in Augusta, Georgia."
    )
    q = _asked(text, "Where did Lina Ortega grow up?")
    assert not {"Atlanta, Georgia", "Augusta, Georgia"} & set(_wrong(q))


# --- honeymoons -----------------------------------------------------------------------------


def test_where_a_couple_went_on_honeymoon():
    text = (
        "Marisol Quint weds Devon Arkwright in a small ceremony\n\nActress Marisol Quint and "
        "actor Devon Arkwright tied the knot in front of family and friends.\n\nThe couple "
        "spent their honeymoon in the Maldives, according to a representative for the pair."
    )
    assert ("Marisol Quint and Devon Arkwright", "Maldives", "honeymoon") in _places(text)
    q = _asked(text, "Where did Marisol Quint and Devon Arkwright go on honeymoon?")
    assert q.answer == "Maldives"


def test_one_person_honeymooning_is_no_couples_fact():
    text = (
        "Marisol Quint weds Devon Arkwright in a small ceremony\n\nActress Marisol Quint and "
        "actor Devon Arkwright tied the knot in front of family and friends.\n\nHer sister "
        "Ana Quint honeymooned in Bali for two weeks before heading back to work on her film."
    )
    assert not [p for p in _places(text) if p[2] == "honeymoon"]


MOVE = (
    " date 2023-05-02 Tennis star Mia Lund engaged\n\n"
    "Tennis star Mia Lund announced her engagement to Owen Marsh on Sunday.\n\n"
    "After they met, Marsh left his job in Chicago and moved to Geneva, Switzerland, to be "
    "with her.\n\n"
    "Lund herself relocated to Madrid in 2015.\n"
)


def test_where_someone_moved_is_asked_at_its_level_with_its_year():
    places = _places(MOVE)
    assert ("Owen Marsh", "Geneva, Switzerland", "move") in places
    assert ("Mia Lund", "Madrid", "move") in places
    q = _asked(MOVE, "To which city did Mia Lund's fiancé move?")
    assert q.answer == "Geneva, Switzerland"
    assert all(w.endswith(", Switzerland") for w in _wrong(q))
    madrid = _asked(MOVE, "To which city did Mia Lund move in 2015?")
    assert madrid.answer == "Madrid"
    assert "Chicago" not in _wrong(madrid)  # the story's other town may be hers too
    # Its age and purpose tell a move from the person's others; "to be with her" does not.
    text = (
        " date 2023-05-02 Actor Ned Vale\n\n"
        "Ned Vale grew up in Leeds and moved to Boston at 19 to study drama.\n"
    )
    assert _asked(text, "To which city did Ned Vale move at 19 to study drama?").answer == "Boston"


def test_a_move_still_to_come_or_of_a_team_is_no_place_question():
    text = (
        " date 2023-05-02 Singer Ada Vane to move\n\n"
        "Singer Ada Vane will move to Paris next year, she said on Sunday.\n\n"
        "Vane moved the show to Friday nights.\n"
    )
    assert not [q for q in _drafts(text) if q.prompt.startswith("To which")]


def test_a_stay_before_a_weekdays_ceremony_names_it_by_the_storys_year():
    text = (
        " date 2016-09-16 Host Ray Dunn visits a rival\n\n"
        "Late-night host Ray Dunn has been in Los Angeles all week preparing to host "
        "Sunday’s Emmy Awards.\n"
    )
    q = _asked(text, "Where was Ray Dunn preparing to host the 2016 Emmy Awards?")
    assert q.answer == "Los Angeles"
    # A weekday's show is no yearly ceremony: which Sunday only the article knows.
    show = text.replace("Emmy Awards", "show")
    assert not [d for d in _drafts(show) if d.prompt.startswith("Where was Ray Dunn")]
