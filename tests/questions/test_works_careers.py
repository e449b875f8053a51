"""Works and careers: titles as articles write them, who made them, shows, teams, awards, hosts,
networks, parts played and quotes, and wrong options of the key's type (articles written for
these tests; the people and most titles are made up)."""

from __future__ import annotations

import functools
from random import Random

import pytest

from quiz.questions import GeneratedPack, Question, generate_pack
from quiz.questions.distractors import Spec
from quiz.questions.distractors.banks import bank
from quiz.questions.distractors.titles import (
    group_entry,
    known_titles,
    named_options,
    network_entry,
    team_entries,
)
from quiz.questions.facts import Findings, extract
from quiz.questions.ingest import read_article
from quiz.questions.model import Fact
from quiz.questions.pack import build_pack
from quiz.questions.textutil import normalize

MUSIC = """ date 2024-03-04 Wade Harlan announces fourth album Copper Sky

Country singer Wade Harlan announced his fourth studio album, Copper Sky, on Monday.

The 41-year-old is best known for the singles Paper Moon, Slow Burn and Night Train.

Harlan will promote the record on his Glass Garden tour this summer.

On Friday, his rival Jody Crane dropped a diss track entitled Cold Call––a jab at Harlan.
"""

REALITY = """ date 2023-06-12 Jenna Marlow is engaged

Love Island star Jenna Marlow is engaged to her boyfriend Theo Banks, she announced on Sunday.

The Shameless alum shared the news with her fans in a long message.

On Saturday, Vanderpump Rules stars Tessa Brook and Leo Grant joined the party in Las Vegas.
"""

SPORT = """ date 2022-05-10 Darius Vann retires

Point guard Darius Vann announced his retirement from basketball on Tuesday.

Vann spent his first four seasons with the Phoenix Suns before a trade to the Utah Jazz in 2019.

He played two seasons in Portland and one in Houston before he finished his career in Utah.
"""

AWARDS = """ date 2021-11-20 Lena Park wins big at the Latin Grammys

Singer Lena Park won best pop album at the 2021 Latin Grammys on Thursday.

The ceremony was hosted by the comedians Tom Pell and Rick Dane.

Actress Ava Stone won the Leading Actress award at the TV Baftas in May.

The 2019 French Open champion Kira Vale was also in the audience.

Park plans to take on the American market next year.
"""

TV = """ date 2023-04-02 Gil Marsh to retire from game show

Gil Marsh, the longtime host of “Lucky Spin,” will retire next year.

“Lucky Spin” first ran as an NBC network program in 1979, with Hal Benton as host.

Maple Lane star Jonah Price paid tribute to Marsh on Monday.

Price played the grumpy innkeeper Walter in all four seasons of the sitcom.

His co-star Clara Voss, who played Lady Agnes Whitby in the period drama, also sent her wishes.

Jordan Lake, the winner of season one of NBC's singing competition The Voice, called him a legend.
"""

WEDDING = """ date 2023-07-30 Dom Reyes and Mara Velez tie the knot

Former Steelers linebacker Dom Reyes married pop singer Mara Velez on Saturday in Miami.

Velez, 29, is touring Europe on her Glass Garden tour this summer.

The Welsh star Owen Tate, a friend of the couple, sang at the reception.

The couple met at a party where Velez performed a rendition of Sia's "Chandelier" for the guests.

"I knew on our very first date that he would be my husband one day," Velez told reporters.

The news appeared first on Celeb Daily Network.

Reyes shared the happy news on Instagram on Monday.
"""

LATIN = """ date 2022-11-18 Nico Ferran sweeps the Latin Grammys

Nico Ferran closed the night by taking home song of the year and best rock song for ‘Luna Roja’.

Marta Sol, who joined the Velvet Owls in 2015, won best rock album.

Ferran's new album Night Harbor will feature the single "Glass Heart," released in April.

Ferran is living out the words of his 2021 hit “Paper Crown” these days.

Asked about his lyrics on Silver Rain, Ferran said the song was about his father.
"""


@functools.cache
def findings(text: str) -> Findings:
    """The facts read from an article (parsed once per text)."""
    return extract(read_article(text))


@functools.cache
def pack(text: str) -> GeneratedPack:
    """The article's pack at seed 0."""
    return generate_pack(text)


def facts_of(text: str, kind: str) -> list[Fact]:
    """Facts of one kind."""
    return [f for f in findings(text).facts if f.kind == kind]


def values(text: str, kind: str, subject: str | None = None) -> set[str]:
    """The values of one kind of fact (about one subject)."""
    return {f.value for f in facts_of(text, kind) if subject is None or f.subject == subject}


def question(text: str, *words: str) -> Question:
    """The one drafted or chosen question whose prompt holds every word."""
    p = pack(text)
    hits = [q for q in p.questions if all(w.lower() in q.prompt.lower() for w in words)]
    hits = hits or [
        r.draft
        for r in p.rejected
        if all(w.lower() in r.draft.prompt.lower() for w in words)
        and not r.reasons[0].startswith(("the evidence", "internal"))
    ]
    assert hits, f"no question with {words}: {[q.prompt for q in p.questions]}"
    return hits[0]


def wrong(q: Question) -> list[str]:
    """A question's wrong options."""
    return [c.text for c in q.choices if not c.correct]


# --- titles ----------------------------------------------------------------------------------


def test_an_unquoted_album_after_its_noun_is_asked_by_its_ordinal() -> None:
    (album,) = facts_of(MUSIC, "album")
    assert (album.subject, album.value, album.get("ordinal")) == ("Wade Harlan", "Copper Sky", "4")
    q = question(MUSIC, "fourth studio album")
    assert q.answer == "Copper Sky"
    assert len(wrong(q)) == 3 and not any(w in values(MUSIC, "song") for w in wrong(q))


def test_a_list_of_titles_after_a_plural_noun_is_split_into_its_titles() -> None:
    assert {"Paper Moon", "Slow Burn", "Night Train"} <= values(MUSIC, "song", "Wade Harlan")


def test_a_title_glued_to_the_next_words_by_a_dash_is_cut_at_the_dash() -> None:
    assert values(MUSIC, "song", "Jody Crane") == {"Cold Call"}


def test_a_title_written_before_its_noun_is_read() -> None:
    assert values(MUSIC, "tour", "Wade Harlan") == {"Glass Garden"}
    q = question(MUSIC, "tour")
    assert not any("tour" in w.lower() for w in wrong(q))  # written like the key: no "Tour"


def test_song_options_are_of_the_articles_genre_and_never_another_questions_key() -> None:
    q = question(MUSIC, "song by Wade Harlan")
    genres = {
        w: {g for c, e in known_titles(w) if c == "song" for g in e["genres"]} for w in wrong(q)
    }
    assert all("country" in g for g in genres.values()), genres  # "Country singer Wade Harlan"
    keys = {other.answer for other in pack(MUSIC).questions if other is not q}
    assert not keys & set(wrong(q))


def test_someone_elses_song_in_the_possessive_is_theirs_not_the_performers() -> None:
    assert "Chandelier" not in values(WEDDING, "song", "Mara Velez")


# --- shows -----------------------------------------------------------------------------------


def test_a_bank_known_show_before_a_role_noun_is_the_stars_show() -> None:
    assert "Love Island" in values(REALITY, "show", "Jenna Marlow")
    q = question(REALITY, "reality show", "Jenna Marlow")
    assert q.answer == "Love Island"
    kinds = {e["kind"] for w in wrong(q) for c, e in known_titles(w) if c == "show"}
    assert kinds <= {
        "reality-dating",
        "reality-docusoap",
        "reality-competition",
        "singing-competition",
        "dancing-competition",
    }


def test_the_show_alum_is_a_title_not_a_person() -> None:
    cast = findings(REALITY).cast.people.persons
    assert "Shameless" not in cast
    assert "Shameless" in values(REALITY, "show", "Jenna Marlow")


def test_show_stars_named_together_each_get_the_show() -> None:
    assert {f.subject for f in facts_of(REALITY, "show") if f.value == "Vanderpump Rules"} == {
        "Tessa Brook",
        "Leo Grant",
    }


def test_one_show_asked_once_even_when_several_people_are_on_it() -> None:
    prompts = [q.prompt for q in pack(REALITY).questions if q.answer == "Vanderpump Rules"]
    assert len(prompts) <= 1


def test_a_winner_of_a_season_of_a_show_won_the_show() -> None:
    (won,) = [f for f in facts_of(TV, "show") if f.subject == "Jordan Lake"]
    assert (won.value, won.get("role")) == ("The Voice", "winner")
    assert question(TV, "Jordan Lake", "win").answer == "The Voice"


def test_nationality_platforms_and_web_footers_are_no_titles() -> None:
    shows = values(WEDDING, "show") | values(WEDDING, "screen") | values(WEDDING, "film")
    assert not shows & {"Welsh", "Instagram", "Celeb Daily Network"}


# --- networks --------------------------------------------------------------------------------


def test_a_networks_possessive_and_an_aired_program_give_the_network() -> None:
    networks = {
        (f.subject, f.value, f.get("tense"))
        for f in facts_of(TV, "show")
        if f.relation == "network"
    }
    assert ("The Voice", "NBC", "present") in networks
    assert (
        "Lucky Spin",
        "NBC",
        "past",
    ) in networks  # "first ran as an NBC network program in 1979"


def test_network_options_are_live_networks_of_the_same_country_and_kind() -> None:
    q = question(TV, "network", "Lucky Spin")
    assert "1979" in q.prompt
    entries = [network_entry(w) for w in wrong(q)]
    assert all(
        e and e["country"] == "US" and e["kind"] == "network" and not e.get("defunct")
        for e in entries
    )


# --- teams -----------------------------------------------------------------------------------


def test_teams_are_read_with_the_clause_that_ties_them_to_the_player() -> None:
    teams = {f.value: f for f in facts_of(SPORT, "team")}
    assert {"Phoenix Suns", "Utah Jazz"} <= set(teams)
    q = question(SPORT, "first four seasons")
    assert q.prompt == "With which team did Darius Vann spend his first four seasons?"
    assert q.answer == "Phoenix Suns"
    leagues = {e["league"] for w in wrong(q) for e in team_entries(w)}
    assert leagues == {"NBA"}
    # "He played two seasons in Portland and one in Houston": no team of those cities is wrong.
    assert not any(city in w for w in wrong(q) for city in ("Portland", "Houston", "Utah"))


def test_a_trade_is_asked_with_its_year() -> None:
    assert question(SPORT, "traded to").prompt == "Which team was Darius Vann traded to in 2019?"


def test_a_short_team_name_gets_short_options() -> None:
    (team,) = facts_of(WEDDING, "team")
    assert (team.value, team.get("league"), team.get("form")) == ("Steelers", "NFL", "short")
    q = question(WEDDING, "linebacker")
    assert all(len(w.split()) == 1 or w in ("Trail Blazers",) for w in wrong(q))
    assert all(any(e["league"] == "NFL" for e in team_entries(w)) for w in wrong(q))


def test_a_team_name_is_no_team_for_someone_who_is_not_an_athlete() -> None:
    text = "Williams star Nora Flint, a painter, opened a gallery in Leeds on Friday.\n"
    assert not facts_of(text, "team")


def test_the_club_most_goals_came_with_is_asked_among_the_player_s_other_clubs() -> None:
    text = (
        " date 2021-03-01 Striker Mateo Ruiz scored his 400th career goal on Sunday.\n\n"
        "Ruiz scored more goals for Ajax than for his country.\n\n"
        "The bulk of Ruiz's goals came with Barcelona, where he won four league titles.\n"
    )
    assert ("Mateo Ruiz", "Barcelona") in {(f.subject, f.value) for f in facts_of(text, "team")}
    q = question(text, "most of his goals")
    assert (q.prompt, q.answer) == (
        "With which club did Mateo Ruiz score most of his goals?",
        "Barcelona",
    )
    assert "Ajax" in q.pool  # a club he played for is wrong here, so it may be offered


def test_a_captaincy_with_no_story_date_is_anchored_by_the_wedding() -> None:
    text = (
        "Ottawa Senators captain Rory Dane married his longtime girlfriend Mia Holt on July 24.\n\n"
        "The couple met in 2017 at college.\n"
    )
    q = question(text, "captain")
    assert q.prompt == "Which team was Rory Dane the captain of when he got married?"


def test_a_driver_drives_for_a_team() -> None:
    text = (
        " date 2026-01-12 Driver Theo Lund engaged\n\n"
        "Formula 1 driver Theo Lund, 29, proposed to golfer Ana Ruiz on Sunday.\n\n"
        "The Williams driver has been racing in Formula 1 since 2019.\n"
    )
    q = question(text, "Theo Lund", "team")
    assert q.prompt == "Which team did Theo Lund drive for in January 2026?"


def test_a_team_hung_on_the_seasons_of_a_career_is_asked_with_the_verb() -> None:
    # The parse hangs "with the Suns" on "career"; the claim is what he played there.
    text = (
        " date 2022-05-10 Darius Vann retires\n\n"
        "Point guard Darius Vann announced his retirement from basketball on Tuesday.\n\n"
        "He played the opening seven seasons of his career with the Orlando Magic before a trade "
        "to the Utah Jazz in 2019.\n"
    )
    q = question(text, "seven seasons")
    assert q.prompt == (
        "With which team did Darius Vann play the opening seven seasons of his career?"
    )
    assert q.answer == "Orlando Magic"
    assert "Utah Jazz" not in wrong(q)


def test_a_bare_count_of_goals_for_a_club_takes_the_sentence_s_tally_noun() -> None:
    text = (
        " date 2021-03-01 Mateo Ruiz scores 400th goal\n\n"
        "Striker Mateo Ruiz scored his 400th career goal on Sunday.\n\n"
        "Ruiz has fired 40 goals for his country, while he has also scored 15 for Groningen "
        "and 12 for Porto.\n"
    )
    q = question(text, "15")
    assert (q.prompt, q.answer) == ("For which club did Mateo Ruiz score 15 goals?", "Groningen")


def test_the_country_of_a_royal_s_style_is_no_team() -> None:
    text = "Queen Ilse of Norway, 52, shared a new portrait of her daughter on Sunday.\n"
    assert not facts_of(text, "team")


# --- awards ----------------------------------------------------------------------------------


def test_an_award_category_keeps_its_ceremony_and_year() -> None:
    (award,) = [f for f in facts_of(AWARDS, "award") if f.subject == "Lena Park"]
    assert (award.value, award.get("ceremony"), award.get("year")) == (
        "Best Pop Album",
        "Latin Grammys",
        "2021",
    )
    q = question(AWARDS, "Lena Park", "2021 Latin Grammys")
    latin = {e["name"] for e in bank("awards") if e["ceremony"] == "Latin Grammy Awards"}
    assert set(wrong(q)) <= latin


def test_an_actress_award_has_no_actor_among_its_options() -> None:
    q = question(AWARDS, "Ava Stone", "award")
    assert q.answer == "Leading Actress"
    assert not any("actor" in w.lower().split() or "male" in w.lower().split() for w in wrong(q))
    assert not any(w.startswith("Best ") for w in wrong(q))  # written like the key


def test_a_champion_of_a_major_is_asked_among_the_other_majors() -> None:
    q = question(AWARDS, "Grand Slam")
    assert (q.prompt, q.answer) == ("Which Grand Slam did Kira Vale win in 2019?", "French Open")
    assert set(wrong(q)) == {"Australian Open", "Wimbledon", "US Open"}


NUMBERED = (
    "Rowan Pike won Best Lead Actor in a Comedy at the 64th Primetime Emmy Awards, and he "
    "thanked his mother first.\n\nAnother first-time winner was comedian Tessa Bloom, who won "
    "the Emmy for Outstanding Supporting Actress in a Comedy Series.\n"
)


def test_a_numbered_ceremony_says_which_year_s_show_it_was() -> None:
    q = question(NUMBERED, "Rowan Pike", "award")
    assert (q.prompt, q.answer) == (
        "Which award did Rowan Pike win at the 64th Primetime Emmy Awards?",
        "Best Lead Actor in a Comedy",
    )
    other = question(NUMBERED, "Tessa Bloom", "award")
    assert other.prompt == "Which award did Tessa Bloom win at the 64th Primetime Emmy Awards?"


def test_the_winner_of_a_category_is_the_name_after_the_verb() -> None:
    text = (
        " date 2022-02-06 And the winner for the 2022 Grammy Awards Best New Artist is... "
        "Mira Solano!\n\nMira Solano, 20, thanked her fans.\n"
    )
    (award,) = facts_of(text, "award")
    assert (award.subject, award.value, award.get("year")) == (
        "Mira Solano",
        "Best New Artist",
        "2022",
    )
    q = question(text, "Mira Solano", "award")
    assert q.prompt == "Which award did Mira Solano win at the 2022 Grammy Awards?"


def test_an_album_s_award_with_no_year_is_asked_of_the_album() -> None:
    text = (
        " date 2022-05-02 Rapper Kaya Storm files for divorce\n\n"
        "Rapper Kaya Storm, 29, filed for divorce on Monday.\n\n"
        "She released her debut album, Glass Crown, in March 2019.\n\n"
        "Glass Crown won best rap album at the Grammys and was also nominated for album of "
        "the year.\n"
    )
    q = question(text, "Kaya Storm", "award")
    assert q.answer == "Best Rap Album"
    assert q.prompt in (
        "Which award did Kaya Storm's album “Glass Crown” win at the Grammys?",
        "Which award did Kaya Storm's debut album win at the Grammys?",
    )
    assert "Which award did Kaya Storm's debut album win at the Grammys?" in (
        q.prompt,
        *q.alternatives,
    )


def test_taking_on_someone_is_no_award() -> None:
    assert not [f for f in facts_of(AWARDS, "award") if "American" in f.value]


# --- hosts -----------------------------------------------------------------------------------


def test_a_day_named_near_a_host_is_no_show_they_host() -> None:
    text = (
        " date 2024-03-02 Dana Reyes announces engagement\n\n"
        "Dana Reyes announced her engagement on Friday. The quiz show Brain Race, hosted by "
        "Reyes since 2019, airs on NBC.\n\nReyes, 41, said she was thrilled.\n"
    )
    assert not [f for f in facts_of(text, "host") if f.subject in ("Friday", "May")]


def test_a_ceremony_hosted_by_two_is_asked_with_pairs() -> None:
    (host,) = facts_of(AWARDS, "host")
    assert (host.subject, host.value) == ("Latin Grammys", "Tom Pell and Rick Dane")
    q = question(AWARDS, "Who hosted")
    assert all(" and " in w for w in wrong(q))


STAR_NIGHT = """ date 2023-05-15 Nora Quill wins Leading Actress at the TV Baftas

Nora Quill won the Leading Actress prize at the TV Baftas on Sunday night.

The ceremony was hosted by comedians Dev Amin and Jo Carver.

Quill thanked her mother and her co-stars in a tearful speech.

The actress, who also starred in the thriller Dark Harbour, said she was stunned.

Quill told reporters she had watched the show as a child with her family.

Her friend Lara Wills, the longtime host of “Sunday Feast,” cheered her on.
"""


def test_the_host_of_the_stars_evening_is_asked_but_a_friends_show_is_not() -> None:
    hosts = {(h.subject, h.value) for h in facts_of(STAR_NIGHT, "host")}
    assert ("Sunday Feast", "Lara Wills") in hosts  # the friend's show, not the star's
    p = pack(STAR_NIGHT)
    host = next(q for q in p.questions if q.prompt.startswith("Who hosted"))
    assert host.answer == "Dev Amin and Jo Carver"
    refused = {r.draft.answer: r.reasons[0] for r in p.rejected}
    assert refused.get("Sunday Feast", refused.get("Lara Wills", "")).startswith("side trivia")


def test_the_stars_own_show_is_asked_the_other_way_round() -> None:
    q = question(TV, "Gil Marsh", "hosted")
    assert q.answer == "Lucky Spin"
    assert q.prompt.startswith("Which game show")  # the article says "game show"


def test_a_host_in_a_year_gets_hosts_of_that_era() -> None:
    q = question(TV, "Who hosted", "1979")
    assert q.answer == "Hal Benton"
    people = {e["name"]: e for e in bank("people")}
    assert all(
        w in people and people[w]["born"] <= 1979 - 22 and people[w]["sex"] == "M" for w in wrong(q)
    )


# --- parts played ----------------------------------------------------------------------------


def test_a_part_played_is_read_with_its_work() -> None:
    roles = {(f.subject, f.value, f.get("work")) for f in facts_of(TV, "role")}
    assert ("Jonah Price", "Walter", "Maple Lane") in roles  # "the grumpy innkeeper Walter"
    assert ("Clara Voss", "Lady Agnes Whitby", "Maple Lane") in roles  # "in the period drama"


def test_character_options_are_written_like_the_character() -> None:
    q = question(TV, "character", "Clara Voss")
    assert all(w.startswith("Lady ") and len(w.split()) == 3 for w in wrong(q))
    q = question(TV, "character", "Jonah Price")
    assert all(len(w.split()) == 1 for w in wrong(q))


# A star's one signature work, named in other prompts, is written by its kind instead.
SITCOM_STAR = """ date 2024-05-06 Actor Colm Rafferty dies aged 61

Tributes have been paid to Harbour Lane actor Colm Rafferty, who has died at the age of 61.

Colm played the grumpy landlord Declan in all five series of the BBC sitcom Harbour Lane, which \
began in 2009.

He is survived by his wife Maura and his daughter Niamh.
"""

GAME_SHOW_HOST = """ date 2024-05-06 Host Dale Brennan to retire

Dale Brennan, the longtime host of “Spin City Jackpot,” plans to retire next year after 30 years \
hosting the game show, he said on Monday.

Brennan, 70, first took over the syndicated evening edition of “Spin City Jackpot” in \
September 1994.

He lives in Ohio with his wife Carol.
"""


def test_a_signature_sitcom_is_named_by_its_kind_where_another_question_asks_it() -> None:
    p = pack(SITCOM_STAR)
    prompts = {q.prompt: q.answer for q in p.questions}
    assert prompts["Which of these titles is Colm Rafferty known for?"] == "Harbour Lane"
    assert prompts["Which character did Colm Rafferty play in his best-known sitcom?"] == "Declan"
    # The work first: the name after it becomes a pronoun, the noun phrase before it goes too.
    asked = (
        "In how many series of Colm Rafferty's best-known sitcom did he play the grumpy landlord?"
    )
    assert prompts[asked] == "5"


def test_a_hosts_show_is_named_by_its_kind_where_another_question_asks_it() -> None:
    prompts = {q.prompt: q.answer for q in pack(GAME_SHOW_HOST).questions}
    assert prompts["Which game show has Dale Brennan hosted?"] == "Spin City Jackpot"
    assert (
        prompts[
            "In which month and year did Dale Brennan first take over the syndicated evening "
            "edition of his best-known game show?"
        ]
        == "September 1994"
    )


def test_two_signature_works_are_never_called_best_known() -> None:
    text = SITCOM_STAR.replace(
        "He is survived", "The Glass Harbour star also wrote plays. He is survived"
    )
    assert not [q for q in pack(text).questions if "best-known" in q.prompt]


# --- quotes ----------------------------------------------------------------------------------


def test_a_quote_of_the_packs_own_star_is_never_asked() -> None:
    assert any(f.subject == "Mara Velez" for f in facts_of(WEDDING, "quote"))
    assert not any(q.kind == "quote" for q in pack(WEDDING).questions)


@pytest.mark.parametrize(
    "line",
    [
        'Her manager said she was "heartbroken by this awfully sad news for all of us".\n',
        '"He is much taller than I expected him to be," Nell Orr said.\n',
    ],
)
def test_fragments_and_quotes_that_lean_on_someone_unnamed_are_no_quotes(line: str) -> None:
    assert not facts_of(line, "quote")


def test_the_speaker_of_who_said_is_the_name_before_who() -> None:
    text = (
        "Her choice was down to Tom Ash and Rob Lane, who said, "
        '"Nobody else in this world gets my heart, not ever."\n'
    )
    assert {f.subject for f in facts_of(text, "quote")} == {"Rob Lane"}


# --- every pack ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [MUSIC, REALITY, SPORT, AWARDS, TV, WEDDING])
def test_no_wrong_option_is_another_questions_key_or_true_for_the_subject(text: str) -> None:
    p = pack(text)
    keys = {normalize(q.answer) for q in p.questions}
    for q in p.questions:
        if q.kind not in (
            "song",
            "album",
            "film",
            "show",
            "screen",
            "tour",
            "team",
            "award",
            "host",
            "role",
        ):
            continue
        truths = {
            normalize(f.value)
            for f in findings(text).facts
            if q.fact is not None and f.kind == q.fact.kind and f.subject == q.fact.subject
        }
        for w in wrong(q):
            assert normalize(w) not in keys - {normalize(q.answer)}, (q.prompt, w)
            assert normalize(w) not in truths, (q.prompt, w)


# --- more music ------------------------------------------------------------------------------


def test_a_list_of_categories_taken_home_keeps_each_and_the_work_it_went_to() -> None:
    assert {"Song of the Year", "Best Rock Song"} <= values(LATIN, "award", "Nico Ferran")
    (song,) = [f for f in facts_of(LATIN, "song") if f.value == "Luna Roja"]
    assert (song.subject, song.get("award")) == ("Nico Ferran", "Best Rock Song")


def test_a_band_someone_joined_is_asked_with_its_year() -> None:
    assert values(LATIN, "band", "Marta Sol") == {"The Velvet Owls"}
    q = question(LATIN, "Which band did Marta Sol join")
    assert q.prompt == "Which band did Marta Sol join in 2015?"
    assert all(group_entry(w) for w in wrong(q))  # bands among bands


def test_a_single_an_album_will_feature_is_the_album_makers() -> None:
    assert {"Night Harbor"} <= values(LATIN, "album", "Nico Ferran")
    assert "Glass Heart" in values(LATIN, "song", "Nico Ferran")


def test_a_hit_the_tagger_takes_for_a_verb_keeps_its_title_and_year() -> None:
    (hit,) = [f for f in facts_of(LATIN, "song") if f.value == "Paper Crown"]
    assert (hit.subject, hit.get("year")) == ("Nico Ferran", "2021")


def test_the_lyrics_on_a_song_name_the_song() -> None:
    assert "Silver Rain" in values(LATIN, "song", "Nico Ferran")


def test_a_guest_spot_is_asked_at_the_month_its_sentence_gives() -> None:
    text = (
        " date 2023-08-28 Kara Nile on the road\n\n"
        "In April, the singer Kara Nile appeared on The Late Late Show and told host James Corden "
        "about her tour.\n"
    )
    q = question(text, "talk show", "Kara Nile")
    assert q.prompt == "On which talk show did Kara Nile appear in April 2023?"


def test_a_capitalised_surname_after_a_quote_is_no_role_noun() -> None:
    text = (
        'Singer Dara Legend posted a video of her son.\n\n"Double Trouble," Legend captioned it.\n'
    )
    assert not [f for f in findings(text).facts if f.kind in ("screen", "show", "film", "song")]


def test_a_show_in_the_possessive_before_a_name_is_that_persons() -> None:
    text = "Another winner that night was “Harbor Nights’s” Ella Vance, who thanked her mother.\n"
    assert values(text, "screen", "Ella Vance") | values(text, "show", "Ella Vance") == {
        "Harbor Nights"
    }
    text = "Another winner was Harbor Nights's Ella Vance, who thanked her mother.\n"
    assert not values(text, "screen") | values(text, "show")  # neither quoted nor known


def test_the_title_of_a_role_in_is_the_actors() -> None:
    text = "Actor Sam Reed won the award for his role in Winter Orchard on Sunday.\n"
    assert values(text, "screen", "Sam Reed") == {"Winter Orchard"}


def test_telling_a_morning_show_is_a_guest_spot_on_it() -> None:
    text = "Tennis star Ana Korr told ABC News's Good Morning America that she wept for an hour.\n"
    (spot,) = facts_of(text, "show")
    assert (spot.subject, spot.value, spot.get("role")) == (
        "Ana Korr",
        "Good Morning America",
        "guest",
    )


def test_a_networks_anchor_is_asked_which_network_with_news_networks() -> None:
    text = "It is a happy time for CNN Anchor Tom Vale, who revealed he has become a father.\n"
    assert values(text, "show", "Tom Vale") == {"CNN"}
    q = question(text, "which network")
    assert q.prompt == "For which network has Tom Vale worked as an anchor?"
    assert all((network_entry(w) or {}).get("focus") == "news" for w in wrong(q))


ODDS = """ date 2024-10-02 Ada Brenn joins a new drama

Actor Ada Brenn was born in Leeds and trained at drama school before landing her first \
screen role in 2012.

Later, R&B singer Noor Vale and her husband, producer Cal Vale, presented the prize.

Her special will premiere on Netflix in April.

Point guard Tomas Reid was drafted by the Minnesota Lynx in 2018.
"""


def test_a_year_a_genre_or_a_lower_case_noun_is_no_title() -> None:
    facts = findings(ODDS).facts
    titles = {f.value for f in facts if f.kind in ("film", "show", "screen", "band")}
    assert "2012" not in titles  # a year, although a film shares the name
    assert "R&B" not in titles  # a genre before "singer", not a band
    assert not [
        f for f in facts if f.relation == "network" and f.subject.lower().endswith("special")
    ]


def test_a_passive_career_clause_is_asked_in_the_passive() -> None:
    drafted = [q for q in pack(ODDS).questions if q.kind == "team"]
    assert drafted and drafted[0].prompt == "By which team was Tomas Reid drafted in 2018?"


def test_a_bare_debut_with_a_title_is_the_first_album_in_a_sentence_about_albums() -> None:
    text = (
        " date 2024-02-05 Tom Vasquez announces second album\n\n"
        "Singer Tom Vasquez, 31, has announced his second album, the follow-up to his 2018 "
        "debut, Quiet Harbour Lights.\n\n"
        "His sister made her stage debut, Glass Kings, in 2010.\n\n"
        "Vasquez made his debut, Night Ferry, as a teenager.\n"
    )
    (album,) = facts_of(text, "album")
    assert (album.subject, album.value) == ("Tom Vasquez", "Quiet Harbour Lights")
    assert (album.get("ordinal"), album.get("year")) == ("1", "2018")
    q = question(text, "debut album")
    assert q.answer == "Quiet Harbour Lights"


# --- whose work it is --------------------------------------------------------------------------

_COUPLE = (
    "date 2024-09-16 Wedding\n\n"
    "Pop star Kira Lane married producer Mateo Cruz on Saturday.\n\n"
    'The couple met in 2018 when Cruz produced Lane\'s breakout single "Paper Hearts," which '
    "has been streamed 900 million times.\n\n"
    'He went on to co-write much of her second album, "Glasshouse," which debuted at No. 1.'
)


def _works(text: str) -> set[tuple[str, str, str]]:
    """(kind, maker, title) of the works the engine reads."""
    return {
        (f.kind, f.subject, f.value)
        for f in extract(read_article(text)).facts
        if f.kind in ("song", "album")
    }


def test_a_named_possessive_before_the_work_noun_is_the_maker_not_the_producer():
    assert ("song", "Kira Lane", "Paper Hearts") in _works(_COUPLE)
    assert not {w for w in _works(_COUPLE) if w[1] == "Mateo Cruz"}


def test_her_album_is_never_credited_to_the_man_who_co_wrote_it():
    assert ("album", "Mateo Cruz", "Glasshouse") not in _works(_COUPLE)


# --- awards as a whole -------------------------------------------------------------------------


def _award_options(key: str, field: str) -> set[str]:
    """Wrong options the banks give for an award named as a whole."""
    return set(named_options(Spec("award", key, field=field), [], Random(0))[:12])


def test_an_actors_emmy_is_among_screen_awards_not_sports_trophies():
    options = _award_options("Emmy", "actor")
    assert {"Oscar", "Golden Globe"} & options, options
    assert not [o for o in options if "MVP" in o or "All-Star" in o or "Trophy" in o], options
    assert not [o for o in options if o.endswith(" Award")], options  # written like "Emmy"


def test_a_country_singers_award_is_among_music_awards():
    options = _award_options("CMA Award", "singer")
    assert "Grammy Award" in options, options
    assert not [o for o in options if "Emmy" in o or "Academy" in o], options


def test_a_rivals_role_is_not_the_stars():
    text = (
        "date 2017-01-09 Globes\n\n"
        "Actor Tom Brook won best actor at the Golden Globes for Harbor Nights.\n\n"
        "Brook had faced a tough field of rival nominees, "
        "including:Joel Edgar for his role in Lantern, Andrew Garland for Harrow Hill and "
        "Denzel Wash for Fences."
    )
    assert not [f for f in facts_of(text, "screen") + facts_of(text, "film") if f.value == "Lantern"
                and f.subject == "Tom Brook"]  # fmt: skip


def test_an_award_at_a_yearly_show_needs_its_year() -> None:
    text = (
        "Night of wins\n\nThe actress Mira Solano spoke to fans on Friday.\n\n"
        "Solano won the Leading Actress award at the TV Baftas, her agent said."
    )
    assert not [q for q in pack(text).questions if q.kind == "award"]
    dated = " date 2021-11-20 " + text
    assert [q.prompt for q in pack(dated).questions if q.kind == "award"] == [
        "Which award did Mira Solano win at the TV Baftas in November 2021?"
    ]


def test_a_running_show_s_network_is_not_asked() -> None:
    text = (
        " date 2023-05-15 Awards\n\nActress Mira Solano won on Sunday for her role in the "
        "drama The Crown (Netflix), the night's big winner."
    )
    drafts = [q.prompt for q in build_pack(text)[1]]
    assert not [p for p in drafts if p.startswith(("Which network", "On which network"))], drafts


def test_a_known_band_before_a_members_role_is_the_members_band() -> None:
    drummer = "date 2022-05-23 X\n\nBlink-182 drummer Ray Cole married Ada Lind on Sunday."
    singer = "date 2013-05-20 X\n\nThe Saturdays singer Ada Lind has given birth to a daughter."
    star = "date 2013-05-20 X\n\nWestlife star Tom Vale has become a father."
    assert values(drummer, "band", "Ray Cole") == {"Blink-182"}  # the tagger reads a noun
    assert values(singer, "band", "Ada Lind") == {"The Saturdays"}  # and a day here
    assert values(star, "band", "Tom Vale") == {"Westlife"}


def test_a_group_member_is_asked_which_group_among_groups_of_the_same_kind() -> None:
    kinds = {str(g["name"]): g["kind"] for g in bank("groups")}
    for band in ("Westlife", "CNCO", "The Jackson 5"):  # girl groups share their genres
        text = f"date 2016-05-20 X\n\n{band} star Tom Vale has become a father."
        q = question(text, "which group")
        assert q.prompt == "Tom Vale is best known as a member of which group?"
        assert q.answer == band and {kinds[w] for w in wrong(q)} == {"boy-group"}, wrong(q)


def test_where_a_post_went_up_is_never_asked_and_where_a_series_debuted_is() -> None:
    debut = (
        "date 2023-05-12 X\n\nComedian Ada Lind debuted her cooking series on YouTube on Friday."
    )
    post = (
        "date 2023-05-12 X\n\nComedian Ada Lind shared a video of her son on Instagram on Friday."
    )
    _pack, debut_drafts = build_pack(debut)
    _pack, post_drafts = build_pack(post)
    assert [q.prompt for q in debut_drafts if q.kind == "platform"] == [
        "On which platform did Ada Lind debut her cooking series?"
    ]
    assert values(post, "platform") == {"Instagram"}  # read, for other questions' options
    assert not [q for q in post_drafts if q.kind == "platform"]


def test_a_show_described_as_the_series_is_the_headline_s_or_the_sentence_s() -> None:
    lead = (
        "date 2023-05-12 “Survivor” has found its new host\n\n"
        "Tom Vale has been named as the long-running CBS series’ host for its next season."
    )
    assert values(lead, "show", "Tom Vale") == {"Survivor"}
    assert values(lead.replace("series’ host", "series’ fan"), "show", "Tom Vale") == set()
    named = (
        "date 2023-05-12 Tom Vale joins a new show\n\n"
        "Tom Vale has been named as the hit series’ lead for Season 3."
    )
    assert values(named, "show", "Tom Vale") == set()  # the headline names no show


def test_the_show_a_person_competed_on_is_the_one_the_sentence_before_names() -> None:
    text = (
        "date 2023-05-12 Tom Vale is back\n\n"
        "The news was shared by host Dana Holt on the finale of “Survivor” on Wednesday. "
        "Tom Vale competed on the reality competition show in 2019."
    )
    assert values(text, "show", "Tom Vale") == {"Survivor"}
    apart = text.replace("Wednesday. ", "Wednesday.\n\n")
    assert values(apart, "show", "Tom Vale") == set()  # another paragraph: too far back


def test_two_hosts_of_two_shows_give_the_star_the_show_not_named_for_the_other() -> None:
    text = (
        "date 2023-05-12 Ada Quill visits her rival\n\n"
        "Ada Quill stopped by the studio of her late-night rival Tom Vale on Monday. "
        "During the chat, the Tom Vale Tonight and Late Hour hosts compared notes, "
        "with Vale asking about Quill’s theater."
    )
    assert values(text, "show", "Ada Quill") == {"Late Hour"}
    unnamed = text.replace("Tom Vale Tonight", "Evening Hour")
    assert values(unnamed, "show", "Ada Quill") == set()  # neither title says whose it is


def test_a_further_win_on_the_night_the_story_leads_with_is_dated_by_the_story() -> None:
    lead = (
        " date 2023-05-15 Awards\n\nActress Mira Solano won the Leading Actress prize at the "
        "TV Baftas on Sunday night.\n\nThe crime drama Lowmarsh was the big winner of the "
        "evening, with three prizes.\n\n"
    )
    tonight = lead + "Presenter Dana Frost bagged Best Entertainment Performance for Brain Trap."
    before = lead + "Presenter Dana Frost had bagged Best Entertainment Performance for Brain Trap."
    prompts = [q.prompt for q in build_pack(tonight)[1] if q.kind == "award"]
    expected = "Which award did Dana Frost win at the TV Baftas in May 2023?"
    assert expected in prompts
    assert not [q for q in build_pack(before)[1] if q.kind == "award" and "Dana" in q.prompt]
