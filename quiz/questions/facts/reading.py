"""One article's parse: its sentences with their spaCy spans, quotations and time frame."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..dates import DateValue, find_dates, parse_iso
from ..model import Article, Sentence
from ..nlp import parse_all, sentences_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_OPENERS = {"“": "”", '"': '"', "‘": "’"}
LEDE_SENTENCES = 3  # an undated article's own date, if any, is in its first sentences
_WEEKDAY_FIRST = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_ON_A_DAY = re.compile(
    r"\b(?:on|this|last)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", re.IGNORECASE
)


@dataclass
class SentenceView:
    """A sentence of the body, its span in the paragraph's parse, and its quoted tokens."""

    sentence: Sentence
    span: Span
    quoted: frozenset[int]  # token indices (in the paragraph's doc) inside quotation marks
    titled: frozenset[int] = frozenset()  # tokens of short quoted titles ("All of Me")
    tokens: list[Token] = field(default_factory=list)  # the span's tokens, made once (spaCy
    # builds a new Token object on every access, and the rules walk each sentence many times)

    @property
    def index(self) -> int:
        """Position among the body's sentences."""
        return self.sentence.index

    @property
    def text(self) -> str:
        """The sentence as written."""
        return self.sentence.text

    def in_quote(self, token: Token) -> bool:
        """True when the token stands inside a quotation."""
        return token.i in self.quoted


def _quoted_tokens(doc: Doc) -> tuple[frozenset[int], frozenset[int]]:
    """Indices of tokens inside quotations, and of those inside short quoted titles."""
    inside: set[int] = set()
    titles: set[int] = set()
    open_at: int | None = None
    closer = ""
    for tok in doc:
        t = tok.text
        if (
            open_at is None
            and t in _OPENERS
            and not (t == "‘" and tok.i > 0 and tok.nbor(-1).text.isalpha())
        ):
            open_at, closer = tok.i, _OPENERS[t]
        elif open_at is not None and (t == closer or (closer == '"' and t == "”")):
            span = range(open_at + 1, tok.i)
            # A short capitalised quotation is a title ("All of Me"), not someone's words.
            words = [doc[i] for i in span if doc[i].is_alpha]
            if len(words) > 6 or not all(w.text[:1].isupper() or len(w) <= 3 for w in words):
                inside.update(span)
            else:
                titles.update(span)
            open_at = None
    if open_at is not None and len(doc) - open_at > 6:
        inside.update(range(open_at + 1, len(doc)))  # a quotation running to the paragraph end
    return frozenset(inside), frozenset(titles)


@dataclass
class Reading:
    """Everything the fact rules read about one article, built once."""

    article: Article
    sents: list[SentenceView]
    published: dt.date | None
    # Token (paragraph, index) -> sentence position, for rules that walk the parse.
    sentence_of: dict[tuple[int, int], int] = field(default_factory=dict)

    def view(self, token: Token) -> SentenceView:
        """The sentence a token belongs to."""
        return self.sents[self.sentence_of[(id(token.doc), token.i)]]

    @property
    def story_date(self) -> DateValue | None:
        """When the story happened: the publication date, else a full date (day, month and year)
        the lede gives for what it reports ("on Monday, Feb. 3, 2020"), at month precision."""
        if self.published is not None:
            p = self.published
            return DateValue(p.year, p.month, p.day, p.isoformat())
        for view in self.sents[:LEDE_SENTENCES]:
            for start, _e, value in find_dates(view.text):
                # Only a date the story happened on: "on Monday, Feb. 3, 2020", not the
                # "Sept. 16, 1995 wedding" a photo shows.
                # A weekday with the date ("announced Tuesday, June 7, 2016") is one too.
                on_a_day = _ON_A_DAY.search(view.text[:start]) or _WEEKDAY_FIRST.match(
                    view.text[start:]
                )
                if value.as_date() is not None and on_a_day:
                    return DateValue(value.year, value.month, None, value.text)
        return None

    def dates_in(self, view: SentenceView) -> list[tuple[int, int, DateValue]]:
        """Absolute dates written in a sentence, as character spans of its text."""
        return find_dates(view.text)


def read(article: Article) -> Reading:
    """Parse the article's paragraphs (cached from ingest) and index its sentences."""
    paragraphs = article.body.split("\n\n") if article.body else []
    docs = parse_all(paragraphs)
    views: list[SentenceView] = []
    sentence_of: dict[tuple[int, int], int] = {}
    by_start = {s.start: s for s in article.sentences}
    offset = 0
    for para, doc in zip(paragraphs, docs, strict=True):
        quoted, titled = _quoted_tokens(doc)
        for span in sentences_of(doc):
            lead = len(span.text) - len(span.text.lstrip())
            sentence = by_start.get(offset + span.start_char + lead)
            if sentence is None:
                continue
            for tok in span:
                sentence_of[(id(doc), tok.i)] = len(views)
            views.append(SentenceView(sentence, span, quoted, titled, list(span)))
        offset += len(para) + 2
    return Reading(article, views, parse_iso(article.published), sentence_of)
