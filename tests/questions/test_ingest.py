"""Ingest keeps the article and drops the page: prose survives, furniture goes."""

from __future__ import annotations

import pytest
from qhelpers import CORPUS, corpus_articles, read_data

from quiz.questions import read_article

PASTED_PAGE = """Listen Live
Search icon
Maya Reyes announces her first world tour
By Jo Winter
12 March 2024, 09:15 | Updated: 12 March 2024, 10:02
Advertisement
Maya Reyes will take her new album on a 30-date world tour, the singer announced on Monday. \
(Reuters)
RELATED: Maya Reyes splits from her label
Maya Reyes performs in Austin. (Photo by Sam Lee/Getty Images)
Maya Reyes and her dog, Biscuit.
Credit: Dana Holt/Instagram
"It feels like the right time," Reyes, 29, told fans in a video. Credit: Dana Holt
The tour opens in Lisbon on June 2 and ends in Denver, where Reyes grew up, in
"""


def test_furniture_goes_and_every_prose_line_stays() -> None:
    article = read_article(PASTED_PAGE)
    body = article.body
    for noise in (
        "Listen Live",
        "Search icon",
        "By Jo Winter",
        "Advertisement",
        "RELATED",
        "Getty",
        "Credit",
    ):
        assert noise not in body
    assert "Maya Reyes and her dog" not in body  # a label caption under a credit
    assert "30-date world tour, the singer announced on Monday." in body  # wire tag cut, line kept
    assert "(Reuters)" not in body
    assert '"It feels like the right time," Reyes, 29, told fans in a video.' in body
    # The page cut the last paragraph off mid-sentence: it is still prose.
    assert "The tour opens in Lisbon on June 2" in body


def test_headline_and_date_come_from_the_page_head() -> None:
    article = read_article(PASTED_PAGE)
    assert article.title == "Maya Reyes announces her first world tour"
    assert article.published == "2024-03-12"
    assert article.title not in article.body


def test_a_dateline_below_a_long_page_head_still_dates_the_story() -> None:
    widgets = "\n\n".join(["Now playing", "Drive Time", "4:00 pm 7:00 pm"] * 4)
    page = (
        f"{widgets}\n\nNell Ashby engaged to the fan she met on a train\n\n"
        "Written by on March 3, 2022\n\n"
        "Nell Ashby, the tennis champion, announced her engagement on Tuesday."
    )
    assert read_article(page).published == "2022-03-03"
    late = (
        "Nell Ashby engaged to a fan\n\nNell Ashby, the champion, announced her engagement.\n\n"
        + "\n\n".join(["She is happy."] * 22)
        + "\n\nWritten by on March 3, 2022"
    )
    assert read_article(late).published is None  # a date among the body's lines is not the story's


def test_date_line_convention_and_a_lede_in_the_headline_slot() -> None:
    dated = read_article(
        " date 2023-05-16 Tom Hale will put out a fresh album in July.\n\nThe singer, 31, said so."
    )
    assert dated.published == "2023-05-16"
    assert dated.title == "Tom Hale will put out a fresh album in July."
    assert dated.body.startswith("Tom Hale will put out a fresh album in July.")  # also the lede
    headline = read_article(
        " date 2023-05-16 Tom Hale Announces New Album\n\nThe singer, 31, said so."
    )
    assert headline.title == "Tom Hale Announces New Album"
    assert "Announces" not in headline.body


def test_no_headline_leaves_the_title_empty() -> None:
    article = read_article(
        "Tom Hale, 31, married Ana Ruiz in Lisbon on Saturday.\n\nThe couple met in 2019."
    )
    assert article.title == ""
    assert article.body.startswith("Tom Hale, 31, married")


def test_teasers_and_repeats_give_way_to_the_full_line() -> None:
    text = (
        "Ana Ruiz announced Monday, March 4, 2019, on\n"
        "Ana Ruiz announced Monday, March 4, 2019, on the show that she is pregnant.\n"
    )
    body = read_article(text).body
    assert body.count("Ana Ruiz announced") == 1


def test_tour_listings_are_kept_as_lines() -> None:
    text = (
        "Tom Hale announced a tour.\n\n"
        "March 28 – Nashville, TN Cedar Ridge Hall\n"
        "April 1 – Atlanta, GA Peachtree Loft\n"
    )
    body = read_article(text).body
    assert "March 28 – Nashville, TN Cedar Ridge Hall" in body
    assert "April 1 – Atlanta, GA Peachtree Loft" in body


def test_html_and_markdown_give_title_date_and_prose() -> None:
    html = read_article(read_data("tvhost-renee-caldwell.html"))
    assert html.title and html.published
    assert "<" not in html.body
    md = read_article(read_data("athlete-darnell-price.md"))
    assert md.title and "#" not in md.body


def test_every_sentence_is_an_exact_substring_of_the_body() -> None:
    article = read_article(PASTED_PAGE)
    assert article.sentences
    for s in article.sentences:
        assert article.body[s.start : s.end] == s.text


@pytest.mark.skipif(not CORPUS.exists(), reason="the shared corpus is not beside this clone")
def test_corpus_gold_evidence_survives_ingest() -> None:
    """At least 97% of the sentences editors took facts from are in the cleaned article."""
    from bench.quality import same_sentence

    kept = total = 0
    for _name, text, gold in corpus_articles():
        article = read_article(text)
        sentences = [s.text for s in article.sentences] + [article.title]
        for fact in gold:
            total += 1
            kept += any(same_sentence(s, fact["evidence"]) for s in sentences)
    assert total > 1000
    assert kept / total >= 0.97, f"{kept}/{total}"


def test_a_nickname_in_brackets_is_part_of_the_sentence_not_a_dateline() -> None:
    text = (
        "Finale news\n\nLeo (Big L) Marsh proposed to Dana Pike on the live finale.\n\n"
        "LONDON (Reuters) - A rival show also ended."
    )
    body = read_article(text).body
    assert "Leo (Big L) Marsh proposed" in body
    assert "(Reuters)" not in body
