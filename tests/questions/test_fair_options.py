"""Wrong options a strict reader calls fair: of the key's kind, maker, era and audience (specs
and articles written for these tests; the people and titles are made up)."""

from __future__ import annotations

import datetime as dt
from random import Random
from typing import Any

from quiz.questions.distractors import Spec
from quiz.questions.distractors.banks import bank
from quiz.questions.distractors.titles import _maker_country, maker_sex, named_options
from quiz.questions.facts import extract
from quiz.questions.ingest import read_article
from quiz.questions.kinds.works import article_genres, story_year


def _options(spec: Spec, n: int = 8) -> list[str]:
    """The first n bank options for a spec."""
    return named_options(spec, [], Random(3))[:n]


def _entry(title: str, work: str) -> dict[str, Any]:
    """The bank entry of an option, by its exact title ("=" and "+" normalise alike)."""
    return next(e for e in bank("works") if e["title"] == title and e["type"] == work)


def test_a_mans_song_gets_songs_by_men_and_a_bands_album_albums_by_bands() -> None:
    song = Spec("title", "Copper Sky", work="song", sex="M", genre="country", year=2020)
    assert {maker_sex(_entry(t, "song")["by"]) for t in _options(song)} == {"M"}
    album = Spec("title", "Glass Rooms", work="album", sex="group", genre="rock", year=1995)
    assert {maker_sex(_entry(t, "album")["by"]) for t in _options(album)} == {"group"}


def test_record_options_are_of_the_keys_years_and_none_came_out_after_the_story() -> None:
    spec = Spec(
        "title", "Paper Lanterns", work="album", sex="M", genre="pop,soul", year=2023,
        latest=dt.date(2023, 5, 1),
    )  # fmt: skip
    years = [int(_entry(t, "album")["year"]) for t in _options(spec, 6)]
    assert all(2017 <= y <= 2023 for y in years), years


def test_an_artist_the_people_bank_lacks_takes_the_genres_of_records_credited_to_them() -> None:
    spec = Spec("title", "Rolling Plains", work="song", subject="Johnny Cash")
    genres = [set(_entry(t, "song")["genres"]) for t in _options(spec, 6)]
    assert all("country" in g for g in genres), genres


def test_an_english_language_film_gets_no_bollywood_film_beside_it() -> None:
    spec = Spec("title", "Harbor Lights", work="film", field="actor", year=2002)
    countries = {_maker_country(str(_entry(t, "film")["by"])) for t in _options(spec, 30)}
    assert "IN" not in countries, countries


def test_popping_the_question_names_no_music_genre() -> None:
    text = (
        "Milo Brandt engaged\n\nMilo Brandt popped the question to his girlfriend, Tara Lund, "
        "on a beach last week. He had to pop the question without a ring."
    )
    assert "pop" not in article_genres(extract(read_article(text)))


def test_an_undated_story_is_as_recent_as_the_latest_year_it_names() -> None:
    text = (
        "Ivy Marsh joins cast\n\nIvy Marsh, who starred in a 2016 thriller, will join the "
        "cast of a new film. Filming starts in 2021, and it will open in 2022."
    )
    assert story_year(extract(read_article(text))) == 2022


def test_the_artists_bank_holds_credited_artists_the_people_and_groups_banks_lack() -> None:
    credited = {e["by"] for e in bank("works")}
    for entry in bank("artists"):
        assert entry["sex"] in ("M", "F", "group"), entry
        assert entry["name"] in credited, entry
        assert maker_sex(entry["name"]) == entry["sex"], entry  # no other bank says otherwise


def _show(title: str) -> dict[str, Any]:
    """The shows-bank entry of an option, else its tv-series works entry."""
    return next(
        (e for e in bank("shows") if e["title"] == title),
        next((e for e in bank("works") if e["title"] == title and e["type"] == "tv-series"), {}),
    )


def test_an_actors_show_the_banks_cannot_place_gets_series_not_game_or_reality_shows() -> None:
    spec = Spec("title", "The Quiet Hours", work="show", field="actor", year=2021)
    kinds = {str(_show(t).get("kind", "tv-series")) for t in _options(spec, 12)}
    assert kinds <= {"drama", "sitcom", "sketch", "tv-series"}, kinds


def test_a_live_action_sitcom_gets_no_cartoon_and_an_american_show_no_foreign_one() -> None:
    spec = Spec("title", "Friends", work="show", field="actor", subject="Ada Quill", year=2020)
    shown = _options(spec, 20)
    assert "South Park" not in shown and "The Simpsons" not in shown
    countries = {str(_show(t).get("country", "US")) for t in shown}
    assert countries <= {"US", "GB", "IE", "CA", "AU", "NZ"}, countries


def test_no_show_or_film_option_came_out_after_a_dated_story() -> None:
    spec = Spec(
        "title", "The Quiet Hours", work="screen", field="actor", year=2019,
        latest=dt.date(2019, 5, 1),
    )  # fmt: skip
    years = [_show(t).get("start") or _show(t).get("year") for t in _options(spec, 20)]
    films = [
        int(e["year"])
        for t in _options(spec, 20)
        for e in bank("works")
        if e["title"] == t and e["type"] == "film"
    ]
    assert all(int(y) <= 2019 for y in years if y) and all(y <= 2019 for y in films)


def test_a_tour_stop_in_a_named_city_gets_that_citys_stages_and_a_hotel_its_citys_hotels() -> None:
    from quiz.questions.distractors.places import place_options

    stop = Spec("place", "Juniper Hall", relation="tour", region="Nashville, TN")
    cities = {
        str(e["city"]) for t in place_options(stop, [], Random(1)) for e in bank("venues")
        if e["name"] == t
    }  # fmt: skip
    assert cities == {"Nashville"}
    hotel = Spec("place", "The Juniper Hotel", relation="wedding", region="Las Vegas")
    shown = place_options(hotel, [], Random(1))
    assert shown and {e["city"] for e in bank("venues") if e["name"] in shown} == {"Las Vegas"}


def test_a_hotel_chain_named_alone_gets_other_chains_of_its_tier() -> None:
    from quiz.questions.distractors.places import place_options

    spec = Spec("place", "the Ritz-Carlton", relation="wedding", region="Tulsa")
    assert set(place_options(spec, [], Random(1))) >= {"Four Seasons", "St. Regis"}


def test_a_start_case_title_is_shown_in_title_case_and_a_known_key_as_the_banks_spell_it() -> None:
    from quiz.questions.distractors.spelling import key_as_written, title_cased

    assert title_cased("Letters From The Edge Of Town") == "Letters from the Edge of Town"
    assert title_cased("Songs: A Love Story Of Sorts") == "Songs: A Love Story of Sorts"
    assert title_cased("Keeping Up With the Neighbours") == "Keeping Up With the Neighbours"
    title = Spec("title", "PURPLE RAIN", work="song")
    assert key_as_written(title, "He sang PURPLE RAIN.") == "Purple Rain"
    person = Spec("person", "Beyonce")
    assert key_as_written(person, "Beyonce sang.") == "Beyoncé"


def test_a_photo_post_gets_mainstream_social_apps_as_options() -> None:
    from quiz.questions.kinds.base import Asker
    from quiz.questions.kinds.platform import ask_platform
    from quiz.questions.model import Fact

    text = (
        "date 2022-06-01 Nora Vale marks anniversary\n\nActress Nora Vale shared some photos "
        "of her husband on Instagram on Tuesday."
    )
    found = extract(read_article(text))
    evidence = found.reading.article.sentences[0]
    fact = Fact(
        "platform", "Nora Vale", "Instagram", evidence, detail=(("clause", "share some photos"),)
    )
    (q,) = ask_platform(fact, Asker(found))
    shown = {c.text for c in q.choices if not c.correct}
    kinds = {e["kind"] for e in bank("platforms") if e["name"] in shown}
    assert kinds == {"social"} and not shown & {"LinkedIn", "Myspace", "Rumble", "Reddit"}


def test_a_pop_stars_award_options_are_pops_categories_and_the_general_ones() -> None:
    spec = Spec(
        "award", "Best New Artist", sex="F", field="singer", genre="Grammy Awards",
        subject="Ariana Grande",
    )  # fmt: skip
    shown = " ".join(named_options(spec, [], Random(2))[:10])
    assert not {"Metal", "Rap", "Country", "R&B", "Comedy"} & set(shown.split()), shown


def test_an_american_rappers_peers_are_no_k_pop_idols_or_gospel_acts() -> None:
    from quiz.questions.distractors.people import people_options

    def genres_of(spec: Spec) -> set[str]:
        shown = people_options(spec, [], Random(5))[:12]
        return {g for e in bank("people") if e["name"] in shown for g in e["genres"]}

    full = Spec("person", "Dax Renner", sex="M", field="rapper", genre="hip-hop", famous=True)
    assert not genres_of(full) & {"k-pop", "gospel", "latin"}
    one_name = Spec("person", "Zayvo", sex="M", field="rapper", famous=True)
    assert "k-pop" not in genres_of(one_name)


def test_a_network_option_for_a_past_year_was_on_the_air_then() -> None:
    shown = named_options(Spec("network", "NBC", year=1975), [], Random(0))
    assert "ABC" in shown and not {"Fox", "The CW"} & set(shown)


def test_a_borough_gets_the_citys_other_boroughs_written_like_it() -> None:
    from quiz.questions.distractors.places import place_options

    shown = place_options(Spec("place", "Queens", relation="birthplace"), [], Random(0))
    assert set(shown) == {"Manhattan", "Brooklyn", "Bronx", "Staten Island"}


def test_an_actresss_award_gets_no_presenters_award_beside_it() -> None:
    spec = Spec("award", "Leading Actress", sex="F", field="actor", genre="TV Baftas")
    shown = named_options(spec, [], Random(0))[:10]
    assert shown and not any("Presenter" in s or "Host" in s for s in shown), shown


def test_a_king_gets_real_kings_written_like_him_not_made_up_ones() -> None:
    from quiz.questions.distractors.people import people_options

    shown = people_options(Spec("person", "King Osric", sex="M"), [], Random(0))
    kings = {str(e["name"]) for e in bank("people") if str(e["name"]).startswith("King ")}
    assert shown and all(any(k.startswith(s) for k in kings) for s in shown), shown
    assert not any(s.endswith((" I", " V", " X")) or " of " in s for s in shown), shown


def test_a_shared_holiday_gets_no_one_countrys_holiday_beside_it() -> None:
    from quiz.questions.distractors.numbers import _holiday_options

    for seed in range(5):
        shown = set(_holiday_options("Christmas Day", Random(seed)))
        assert shown and not shown & {"St George's Day", "Boxing Day", "Thanksgiving"}
    assert "Memorial Day" in _holiday_options("Thanksgiving", Random(0))


def test_an_award_key_is_punctuated_as_the_bank_writes_the_category() -> None:
    from quiz.questions.distractors.spelling import key_as_written

    name = next(str(e["name"]) for e in bank("awards") if " – " in str(e["name"]))
    written = name.replace(" – ", ", ")
    assert key_as_written(Spec("award", written), f"She won {written}.") == name


def _surnames(locale: str) -> set[str]:
    """A Faker locale's surnames, accents dropped."""
    import importlib
    import unicodedata

    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    plain = (unicodedata.normalize("NFKD", n) for n in provider.last_names)
    return {"".join(c for c in n if not unicodedata.combining(c)) for n in plain}


def test_made_up_names_follow_the_origin_of_the_keys_surname() -> None:
    from quiz.questions.distractors.people import people_options

    shown = people_options(Spec("person", "Yaritza Valdizar", sex="F"), [], Random(2))[:6]
    assert shown and all(name.split()[-1] in _surnames("es_MX") for name in shown), shown
    assert all(name.isascii() for name in shown)  # no accent beside a key without one
    shown = people_options(Spec("person", "Carla Bonfanucci", sex="F"), [], Random(2))[:6]
    assert shown and all(name.split()[-1] in _surnames("it_IT") for name in shown), shown
    # An English surname that merely opens like a Yoruba one keeps English names.
    shown = people_options(Spec("person", "Dana Akinsley", sex="F"), [], Random(2))[:6]
    assert shown and all(name.split()[-1] in _surnames("en_US") for name in shown), shown


def test_no_show_that_had_ended_before_the_story_is_offered() -> None:
    ended = {str(e["title"]): int(e["ended"]) for e in bank("shows") if e.get("ended")}
    spec = Spec(
        "title", "Midnight with Orla Quill", work="show", genre="late-night", year=2024,
        latest=dt.date(2024, 10, 1),
    )  # fmt: skip
    shown = _options(spec, 12)
    assert shown
    assert all(ended.get(t, 2024) >= 2024 for t in shown), shown
    # A key that ended long ago is asked of the past: shows of its own years stay options.
    past = Spec("title", "Seinfeld", work="show", year=2024, latest=dt.date(2024, 10, 1))
    assert any(ended.get(t, 0) < 2024 for t in _options(past, 12))


def test_a_star_misspelt_by_a_letter_is_shown_as_fans_know_her_among_her_peers() -> None:
    from quiz.questions import generate_pack
    from quiz.questions.distractors.people import famous

    text = (
        "Actor Tobin Marsh, 61, is a dad again.\n\n"
        "Marsh welcomed a son with his wife Della Frost on Monday, the couple said.\n\n"
        "Marsh was previously married to Geena Davsi, with whom he shares a daughter.\n"
    )
    q = next(q for q in generate_pack(text).questions if "ex-wife" in q.prompt)
    assert q.answer == "Geena Davis" and q.support == ("Geena Davsi",)
    assert all(famous(c.text) for c in q.choices), q.choices


def test_a_real_princes_sibling_gets_real_princes_of_other_houses_not_made_up_ones() -> None:
    from quiz.questions.distractors.people import people_options

    royal_words = {
        w.strip(",") for e in bank("people") if "royal" in e["fields"] for w in e["name"].split()
    }
    spec = Spec(
        "person", "Prince Aurelio", sex="M", relation="sibling", subject="Princess Odile",
        avoid=frozenset({"Crown Prince Hisahito", "Queen Silvia of Sweden"}),
    )  # fmt: skip
    shown = people_options(spec, [], Random(1))
    assert len(shown) >= 3 and all(o.split()[0] == "Prince" for o in shown), shown
    assert all(o.split()[1] in royal_words for o in shown), shown  # real princes
    assert "Prince Hisahito" not in shown  # a first name the article gives a relative
    # None of a house the article names: the key's own family may be among them.
    assert not {"Prince Daniel", "Prince Carl"} & set(shown), shown


def test_a_release_day_is_offered_among_days_of_its_weekday() -> None:
    from quiz.questions.distractors import options

    friday = dt.date(2023, 5, 19)
    spec = Spec("date", "May 19, 2023", relation="release", latest=dt.date(2023, 6, 1))
    shown = options(spec, [], Random(4))
    assert len(shown) >= 3
    days = [dt.datetime.strptime(s, "%B %d, %Y").date() for s in shown]
    assert {d.weekday() for d in days} == {friday.weekday()}, shown
    assert all((d.year, d.month) <= (2023, 6) for d in days)  # none after the story's month


def test_a_grammy_category_gets_no_latin_grammy_category_beside_it() -> None:
    latin = {str(e["name"]) for e in bank("awards") if e.get("ceremony") == "Latin Grammy Awards"}
    grammy = {str(e["name"]) for e in bank("awards") if e.get("ceremony") == "Grammy Awards"}
    for subject in ("Ariana Grande", "Nova Quill"):
        spec = Spec(
            "award", "Best New Artist", sex="F", field="singer", genre="Grammy Awards",
            subject=subject,
        )  # fmt: skip
        shown = named_options(spec, [], Random(2))
        assert len(shown) >= 3, shown
        # Only what is the Grammys' own: a name both share may stay ("Song of the Year").
        assert not (set(shown) & latin) - grammy, shown


def test_a_new_artists_award_at_a_ceremony_short_of_pop_categories_gets_its_general_ones() -> None:
    spec = Spec(
        "award", "Best New Artist", sex="F", field="singer", genre="Grammy Awards",
        subject="Ariana Grande", avoid=frozenset({"Album of the Year"}),
    )  # fmt: skip
    shown = named_options(spec, [], Random(2))
    grammy = {str(e["name"]) for e in bank("awards") if e.get("ceremony") == "Grammy Awards"}
    assert len(shown) >= 3 and set(shown) <= grammy, shown
    assert all(s.startswith("Best ") for s in shown), shown


def _show_countries(shown: list[str]) -> set[str]:
    """The shows bank's countries of some titles."""
    return {str(e.get("country")) for e in bank("shows") if e["title"] in shown}


def test_an_american_dancing_shows_options_are_american_before_they_are_dancing_shows() -> None:
    spec = Spec(
        "title", "Dancing with the Stars", work="show", field="reality", subject="Tova Lindqvist",
        year=2023,
    )  # fmt: skip
    assert _show_countries(_options(spec, 6)) == {"US"}


def test_a_series_the_works_bank_lists_keeps_the_shows_banks_country() -> None:
    # A US drama and a British one, both in the works bank as series without a country.
    for country in ("US", "GB"):
        key = next(
            str(e["title"])
            for e in bank("shows")
            if e.get("country") == country
            and e["kind"] == "drama"
            and any(w["title"] == e["title"] and w["type"] == "tv-series" for w in bank("works"))
        )
        spec = Spec(
            "title", key, work="show", genre="tv-series", field="actor", subject="Tova Lindqvist",
            year=2023,
        )  # fmt: skip
        shown = _options(spec, 6)
        assert _show_countries(shown) <= {country}, (key, shown)
