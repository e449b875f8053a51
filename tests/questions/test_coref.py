"""Who a sentence is about: nationality nouns, pronouns and compound subjects.

The sentences are written for these tests; each test fails if the rule it names breaks.
"""

from __future__ import annotations

from quiz.questions.facts import extract
from quiz.questions.facts.coref import Cast, _newborns
from quiz.questions.ingest import read_article


def cast_of(text: str) -> Cast:
    """The coreference of a made-up article."""
    return extract(read_article(text)).cast


def refs_of(text: str, word: str) -> set[str]:
    """Whom every occurrence of a word was resolved to ('' for unresolved)."""
    findings = extract(read_article(text))
    cast = findings.cast
    return {
        cast.who(view, tok)
        for view in findings.reading.sents
        for tok in view.span
        if tok.text == word
    }


def test_a_nationality_noun_is_the_star_of_that_nationality():
    text = (
        "Ryan Reynolds has opened a bakery in a small seaside town with Tom Barrow. "
        "Locals cheered as the Canadian cut the ribbon on Friday."
    )
    assert refs_of(text, "Canadian") == {"Ryan Reynolds"}


def test_a_nationality_noun_stays_unresolved_when_two_people_share_it():
    text = (
        "Ryan Reynolds has opened a bakery with Keanu Reeves in a small seaside town. "
        "Locals cheered as the Canadian cut the ribbon on Friday."
    )
    assert refs_of(text, "Canadian") == {""}


def test_a_nationality_noun_that_does_not_fit_the_star_is_not_the_star():
    text = (
        "Ryan Reynolds has opened a bakery in a small seaside town with Tom Barrow. "
        "Locals cheered as the Spaniard cut the ribbon on Friday."
    )
    assert refs_of(text, "Spaniard") == {""}


def test_a_nationality_before_a_noun_is_left_to_the_noun():
    text = (
        "Ryan Reynolds has opened a bakery in a small seaside town with Tom Barrow. "
        "Locals cheered as the Canadian baker cut the ribbon on Friday."
    )
    assert refs_of(text, "Canadian") == {""}


def test_a_pronoun_after_a_sentence_without_a_subject_is_the_one_person_it_named():
    text = (
        "Dorian Kest will retire from the quiz show next year. "
        "Marla Quint praised him, she said. "
        "Nothing was said about the future of Tessa Rowe, the co-host of the show. "
        "She and Kest have worked together since 1990."
    )
    findings = extract(read_article(text))
    last = findings.reading.sents[-1]
    she = next(t for t in last.span if t.text == "She")
    assert findings.cast.who(last, she) == "Tessa Rowe"


def test_a_pronoun_after_a_sentence_with_a_subject_keeps_the_subject():
    text = (
        "Marla Quint will retire from the quiz show next year. "
        "Quint praised the co-host of the show, Tessa Rowe. "
        "She has hosted it since 1990."
    )
    findings = extract(read_article(text))
    last = findings.reading.sents[-1]
    she = next(t for t in last.span if t.text == "She")
    assert findings.cast.who(last, she) == "Marla Quint"


def _he_in_last(text: str) -> str:
    """Whom the first 'he' of the last sentence was resolved to."""
    findings = extract(read_article(text))
    last = findings.reading.sents[-1]
    he = next(t for t in last.span if t.text == "he")
    return findings.cast.who(last, he)


def test_he_was_born_after_a_son_is_named_is_the_son():
    text = (
        "Dancer Rollo Vance has become a father. "
        "Vance shared a photo with fans, adding their son's name: Pip Arlo Vance. "
        "The couple also revealed the date on which he was born, May 3."
    )
    assert _he_in_last(text) == "Pip Arlo Vance"


def test_he_was_born_without_a_named_newborn_is_the_subject():
    text = (
        "Dancer Rollo Vance has opened a studio in Leeds. "
        "Vance shared a photo with fans of the town where he was born."
    )
    assert _he_in_last(text) == "Rollo Vance"


def test_a_quoted_son_before_a_speaker_does_not_make_the_speaker_a_newborn():
    text = (
        "Dancer Rollo Vance has become a father. "
        '"Welcome, my son," Rollo Vance wrote online. '
        "Fans asked the date on which he was born."
    )
    findings = extract(read_article(text))
    view = findings.reading.sents[1]
    assert _newborns(view, findings.cast.people.mentions.get(view.index, [])) == {}


def test_a_quotes_tail_naming_someone_does_not_take_the_next_pronoun():
    text = (
        "Model Ada Vell has welcomed a daughter. "
        "Singer Tamsin Roe congratulated her, saying: 'Lovely news, my dear. "
        "Welcome to the world sweet baby Ivy!' "
        "She added: 'See you soon!'"
    )
    findings = extract(read_article(text))
    last = findings.reading.sents[-1]
    she = next(t for t in last.span if t.text == "She")
    assert findings.cast.who(last, she) == "Tamsin Roe"
