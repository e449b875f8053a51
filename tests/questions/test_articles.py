"""Our own articles (tests/data): expected facts, and no question that is wrong.

reviewed-answers.json holds every prompt -> answer the engine gave, each checked by hand
against the article. A new prompt, or a changed answer, fails until someone reviews it.
"""

from __future__ import annotations

import json

import pytest
from qhelpers import DATA, assert_pack_sound, find, read_data

from quiz.questions import generate_pack

REVIEWED = json.loads((DATA / "reviewed-answers.json").read_text(encoding="utf-8"))
ARTICLES = sorted(REVIEWED)

# What each article must yield (prompt words -> answer), and names that must never be a
# wrong option because the article makes them true for some relation.
EXPECTED = {
    "musician-marisol-vega.txt": {
        ("How old is Marisol Vega?",): "36",
        ("How old", "son Teo"): "3",
        ("How old", "daughter Ruby"): "6",
        ("How many children",): "2",
        ("husband of which singer",): "Marisol Vega",
        ("Which album",): "“Night Swimming”",
        ("Where was", "born"): "Tucson",
        ("Which show",): "The Kelly Clarkson Show",
        ("On what date",): "March 16, 2024",  # "On Saturday", published Monday 18th
    },
    "actor-theo-brandt-messy.txt": {
        ("How old is Theo Brandt?",): "41",
        ("wife of which actor",): "Theo Brandt",
        ("How many children",): "2",
        ("Where was", "born"): "Cleveland",
        ("host",): "Seth Meyers",
        ("mother",): "Helen Brandt",
        ("honor",): "Emmy",
    },
    "athlete-darnell-price.md": {
        ("How old is Darnell Price?",): "28",
        ("wife",): "Simone Price",
        ("grow up",): "Memphis",
        ("On what date",): "January 18, 2024",
        ("honor",): "Super Bowl MVP",
    },
    "tvhost-renee-caldwell.html": {
        ("How old is Renee Caldwell?",): "52",
        ("husband",): "Paul Caldwell",
        ("How long", "married"): "24 years",
        ("Where was", "born"): "Atlanta",
        ("How old", "Imani"): "19",
    },
    "reality-brooke-dalton-messy.txt": {
        ("How old is Brooke Dalton?",): "31",
        ("Who is", "boyfriend"): "Shane Mercer",
        ("How old is Shane Mercer?",): "34",
        ("sister",): "Kayla Dalton",
        ("grow up",): "Tampa",
        ("likes",): "900,000",
    },
    "comedian-ray-okonjo.txt": {
        ("How old is Ray Okonjo?",): "39",
        ("Who is", "mother"): "Grace Okonjo",
        ("brother",): "Samuel Okonjo",
        ("How many children",): "2",
        ("host",): "Jimmy Fallon",
        ("honor",): "Peabody Award",
    },
    "singer-jackson-reid-messy.txt": {
        ("How old is Jackson Reid?",): "47",
        ("wife",): "Lila Reid",
        ("How old", "son Wyatt"): "13",
        ("How old", "son Beau"): "10",
        ("How old", "daughter Daisy"): "7",
        ("How many children",): "3",
        ("Porch Light",): "Jackson Reid",
        ("How old is Lila Reid?",): "44",
    },
    "actress-nadia-flores.txt": {
        ("How old is Nadia Flores?",): "33",
        ("father",): "Luis Flores",
        ("sister",): "Elena Flores",
        ("Where was", "born"): "San Antonio",
        ("followers",): "2.1 million",
    },
}
NEVER_WRONG_OPTION = {
    "singer-jackson-reid-messy.txt": {"Wyatt", "Beau", "Daisy", "Lila Reid", "Jackson Reid"},
    "musician-marisol-vega.txt": {"Ruby", "Teo", "Daniel Okafor"},
    "reality-brooke-dalton-messy.txt": {"Brooke Dalton", "Kayla Dalton", "Shane Mercer"},
    "comedian-ray-okonjo.txt": {"Ray Okonjo", "Grace Okonjo", "Samuel Okonjo", "Nadia Okonjo"},
    "actress-nadia-flores.txt": {"Nadia Flores", "Luis Flores", "Elena Flores"},
    "actor-theo-brandt-messy.txt": {"Clara Mendes", "Helen Brandt", "Theo Brandt"},
}


@pytest.fixture(scope="module", params=ARTICLES)
def article(request):
    return request.param, generate_pack(read_data(request.param))


def test_there_are_eight_articles_of_each_form():
    assert len(ARTICLES) >= 8
    assert any(a.endswith(".html") for a in ARTICLES)
    assert any(a.endswith(".md") for a in ARTICLES)
    assert sum("messy" in a for a in ARTICLES) >= 3


def test_pack_is_sound(article):
    _name, pack = article
    assert len(pack.questions) >= 5
    assert_pack_sound(pack)


def test_expected_facts_are_asked(article):
    name, pack = article
    for words, answer in EXPECTED[name].items():
        assert find(pack, *words).answer == answer, words


def test_no_question_is_wrong(article):
    name, pack = article
    reviewed = REVIEWED[name]
    for q in pack.questions:
        assert q.prompt in reviewed, f"unreviewed question: {q.prompt!r} -> {q.answer!r}"
        assert q.answer == reviewed[q.prompt], q.prompt
        wrong = {c.text for c in q.choices if not c.correct}
        assert not wrong & NEVER_WRONG_OPTION.get(name, set()), q.prompt


def test_noise_never_reaches_the_body(article):
    _name, pack = article
    body = pack.article.body
    for noise in ("Advertisement", "ADVERTISEMENT", "RELATED", "Related Posts", "See also",
                  "Getty Images", "/Instagram", "newsletter", "©", "All rights reserved",
                  "By Dana", "By Kim", "READ MORE", "Story continues", "trackPage", "font-family",
                  "Home TV Music", "Photo:"):
        assert noise not in body, noise


def test_titles_and_dates_are_detected():
    assert generate_pack(read_data("tvhost-renee-caldwell.html")).source.published == "2024-05-10"
    html = generate_pack(read_data("tvhost-renee-caldwell.html"))
    assert html.source.title == "Renee Caldwell Marks 1,000 Episodes of Her Morning Show"
    assert html.source.url == "https://starline.example/renee-caldwell-1000"
    md = generate_pack(read_data("athlete-darnell-price.md"))
    assert md.source.published == "2024-01-22"
    assert md.source.title.startswith("Quarterback Darnell Price")
    messy = generate_pack(read_data("reality-brooke-dalton-messy.txt"))
    assert messy.source.published == "2024-06-03"  # from "Published on June 3, 2024"
    assert messy.source.title.startswith("Brooke Dalton Gets Engaged")
