"""Dates tied to their event: 'tied the knot in September 2017', 'arrived on October 30th'.

A date belongs to what its phrase hangs from: a verb ("died on Monday"), or an event noun
("the couple's Oct. 3, 1998 wedding", "following his birth in April 1987", "a midseason trade
... in 2011"), never to a verb the parse reaches past another event. Relative dates ("on
Sunday", "last October", "this past New Year's Day") are resolved against the publication
date once the clause's tense says whether they lie behind or ahead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..dates import DateValue, Mention, find_dates, find_relative
from ..textutil import WORD_NUMBERS
from . import lexicon
from .base import (
    COUPLE_WORDS,
    PRONOUNS,
    Findings,
    couple,
    late_rule,
    rule,
    subject_of,
    subject_token,
    who,
)
from .clauses import Clause, clause_for, pronoun_for, tense_of, verb_form
from .reading import SentenceView

if TYPE_CHECKING:
    from spacy.tokens import Token

_YEAR = re.compile(r"^(?:19[0-9]\d|20[0-4]\d)$")
_DATELINE_WORDS = frozenset(
    {"published", "updated", "posted", "written", "by", "on", "last", "modified", "at", "|", ":"}
)


def governing_verb(tok: Token) -> Token | None:
    """The verb a date (or place) hangs from, a few steps up the parse."""
    node = tok
    for _ in range(5):
        title_word = node.text[:1].isupper() and not node.is_sent_start and node.i > 0
        # "a concert, titled X, ... on Jan. 31": the naming participle is not the event.
        naming = node.dep_ == "acl" and node.text.lower() in (
            "titled",
            "entitled",
            "called",
            "named",
            "dubbed",
        )
        if (
            node.tag_.startswith("VB")
            and node.dep_ not in ("amod", "compound", "prep")
            and not title_word
            and not naming
        ):
            return node  # (a capitalised "Crying" mid-sentence is a word of a title)
        if node.head == node:
            return None
        node = node.head
    return None


@dataclass(frozen=True)
class _Date:
    """A date written in a sentence: its tokens and its value (or how to resolve it)."""

    first: Token
    toks: frozenset[int]
    text: str  # as written
    value: DateValue | None = None  # absolute dates
    mention: Mention | None = None  # relative ones
    span: bool = False  # the first year of "from 2010 to 2018": when a lasting state began

    def resolve(self, f: Findings, future: bool) -> DateValue | None:
        """The calendar date at the precision written, relative ones resolved."""
        if self.mention is None:
            return _that_year(f, self) or self.value
        value = self.mention.resolve(f.reading.published, future)
        if (
            self.value is not None
            and value is not None
            and (value.month, value.day) == (self.value.month, self.value.day)
        ):
            # "on Saturday (Sept. 12)": the weekday tells the year the day leaves out.
            return DateValue(value.year, value.month, value.day, self.value.text)
        return self.value or value


def _that_year(f: Findings, date: _Date) -> DateValue | None:
    """'married on March 15, 2014 ... born that Aug. 13': a day of "that" year, the year of
    the last full date written before it in the sentence or the one before (None if none)."""
    value, first = date.value, date.first
    if value is None or value.year or not value.day or first.i == 0:
        return None
    if first.nbor(-1).lower_ != "that":
        return None
    view = f.reading.view(first)
    views = [view]
    if view.index > 0:
        views.insert(0, f.reading.sents[view.index - 1])
    years = []
    for v in views:
        cut = first.idx - v.span.start_char if v is view else len(v.text) + 1
        years += [d.year for s, _e, d in f.reading.dates_in(v) if d.year and d.day and s < cut]
    if not years:
        return None
    return DateValue(years[-1], value.month, value.day, value.text)


def _tokens_between(view: SentenceView, start: int, end: int) -> list[Token]:
    """The tokens covering characters [start, end) of the sentence's text."""
    offset = view.span.start_char + (len(view.span.text) - len(view.span.text.lstrip()))
    return [t for t in view.tokens if start <= t.idx - offset < end]


_LEADS = frozenset({"this", "past", "last", "that", "earlier", "early", "late"})


def _with_leads(view: SentenceView, toks: list[Token]) -> frozenset[int]:
    """A date's tokens with the words that lead it ("this past", "last") and "last year"."""
    idx = {t.i for t in toks}
    doc = toks[0].doc
    i = toks[0].i - 1
    while i >= view.span.start and doc[i].text.lower() in _LEADS:
        idx.add(i)
        i -= 1
    j = toks[-1].i + 1
    if (
        j + 1 < view.span.end
        and doc[j].text.lower() == "last"
        and doc[j + 1].text.lower() == "year"
    ):
        idx |= {j, j + 1}
    return frozenset(idx)


def _dates(view: SentenceView) -> list[_Date]:
    """Every date in the sentence: absolute, relative (merged with an absolute one beside it:
    "on Monday (January 15th)"), holidays, and bare years after 'in', 'of' or 'since'."""
    out: list[_Date] = []
    used: set[int] = set()
    text = view.text
    absolute = find_dates(text)
    for start, end, value in absolute:
        toks = _tokens_between(view, start, end)
        if toks:
            out.append(_Date(toks[0], frozenset(t.i for t in toks), value.text, value=value))
            used.update(t.i for t in toks)
    for m in find_relative(text, lexicon.holidays()):
        toks = _tokens_between(view, m.start, m.end)
        if not toks or any(t.i in used for t in toks):
            continue
        near = next(
            (
                i
                for i, (s, e, _v) in enumerate(absolute)
                if 0 <= s - m.end <= 3 or 0 <= m.start - e <= 3
            ),
            None,
        )
        if near is not None and m.kind in ("weekday", "dayword"):
            # The weekday and the date it names are one date.
            old = next(d for d in out if d.value is absolute[near][2])
            out[out.index(old)] = _Date(
                old.first, old.toks | {t.i for t in toks}, old.text, value=old.value, mention=m
            )
        elif near is None:
            out.append(_Date(toks[0], _with_leads(view, toks), m.text, mention=m))
        used.update(t.i for t in toks)
    for tok in view.tokens:
        if tok.i in used or not _YEAR.match(tok.text) or tok.ent_type_ != "DATE":
            continue
        nxt = tok.nbor(1).text if tok.i + 1 < len(tok.doc) else ""
        if not tok.whitespace_ and (nxt in ("-", "–", "/") or nxt.startswith(("-", "–"))):
            continue  # "2021-22": a season, not a year (but "since 2019 - after ...": a year)
        prev = tok.nbor(-1).text.lower() if tok.i > view.span.start else ""
        until = _span_end(tok) if prev == "from" else None
        if until is not None:
            used.add(until.i)
            out.append(
                _Date(
                    tok,
                    frozenset({tok.i, until.i, until.head.i}),
                    tok.text,
                    value=DateValue(int(tok.text), text=tok.text),
                    span=True,
                )
            )
        elif prev in ("in", "of", "year", "since") or _event_noun_after(tok):
            out.append(
                _Date(
                    tok, frozenset({tok.i}), tok.text, value=DateValue(int(tok.text), text=tok.text)
                )
            )
    return out


def _span_end(start: Token) -> Token | None:
    """The last year of 'from 2010 to 2018', both phrases of one verb (None if no such year)."""
    prep = start.head
    if prep.text.lower() != "from" or start.dep_ != "pobj":
        return None
    for sib in (*prep.head.children, *prep.children):  # "to" hangs on the verb or on "from"
        if (
            sib.dep_ == "prep"
            and sib.text.lower() in ("to", "until", "through")
            and sib.i > start.i
        ):
            end = next((c for c in sib.children if c.dep_ == "pobj"), None)
            if end is not None and _YEAR.match(end.text) and sib.i == start.i + 1:
                return end
    return None


def _event_noun_after(tok: Token) -> Token | None:
    """An event noun the date stands before ("their 1995 wedding", "a 2023 release")."""
    doc = tok.doc
    i = tok.i + 1
    while (
        i < len(doc)
        and doc[i].tag_ in ("JJ", "NN")
        and doc[i].text.lower() not in lexicon.event_nouns()
        and i - tok.i <= 2
    ):
        i += 1  # "a 2023 world release"
    if (
        i < len(doc)
        and doc[i].text.lower() in lexicon.event_nouns()
        and doc[i].tag_.startswith("NN")
    ):
        return doc[i]
    return None


def _dateline(view: SentenceView, date: _Date) -> bool:
    """'Dec. 27 (UPI) --', 'SEOUL, Jan. 15 (Korea Bizwire)', 'Published May 20, 2013': when the
    story was filed, not when anything in it happened."""
    toks = sorted(date.toks)
    before = [t for t in view.tokens if t.i < toks[0]]
    after = [t for t in view.tokens if t.i > toks[-1]]
    lead_ok = all(
        t.text.isupper() or t.text in (",", "-") or t.text.lower() in _DATELINE_WORDS
        for t in before
    )
    tail = after[0].text if after else ""
    return lead_ok and (
        not after
        or tail in ("(", "--", "—", "–", "-", "|", ":")
        or all(not t.tag_.startswith("VB") for t in view.tokens)
    )


def _attachment(date: _Date) -> tuple[str, Token] | None:
    """('verb', v) or ('noun', n): what the date belongs to, or None if it is unclear."""
    last = max(date.toks)
    doc = date.first.doc
    root = next(
        (
            doc[i]
            for i in sorted(date.toks)
            if doc[i].head.i not in date.toks or doc[i].head == doc[i]
        ),
        date.first,
    )
    if date.span:
        verb = root.head.head
        return ("verb", verb) if verb.tag_.startswith("VB") else None
    after = _event_noun_after(doc[last])
    if after is not None:
        return "noun", after  # "the couple's Oct. 3, 1998 wedding"
    prep = root.head if root.dep_ == "pobj" else None
    attach = prep.head if prep is not None else root.head
    nouns = lexicon.event_nouns()
    since = _since_noun(date)
    if since is not None:
        return "verb", since.head.head  # "has hosted the show since its debut in 1983"
    if (
        attach.tag_.startswith("NN")
        and attach.text.lower() in nouns
        and attach.dep_ not in ("dobj", "nsubj", "nsubjpass")
    ):
        return "noun", attach  # "its release in November 2018", "a trade to the Knicks in 2011"
    if prep is not None and prep.i > 0:
        before = _noun_ending_at(doc[prep.i - 1], nouns)
        if before is not None:
            return "noun", before  # "following his birth in April 1987" (parsed onto the verb)
    node = attach
    for _ in range(6):
        naming = node.dep_ == "acl" and node.text.lower() in (
            "titled",
            "entitled",
            "called",
            "named",
            "dubbed",
        )
        if (
            node.tag_.startswith("VB")
            and node.dep_ not in ("amod", "compound", "prep", "pcomp")
            and not naming
        ) or _misread_verb(node):
            return "verb", node
        if (
            node.dep_ == "pobj"
            and node.head.text.lower() in lexicon.word_set("temporal_preps")
            and node.head.i != (prep.i if prep is not None else -1)
        ):
            return None  # "played ... before a midseason trade in 2011": the trade's date
        if node.dep_ == "pcomp" and node.head.text.lower() in lexicon.word_set("temporal_preps"):
            return None
        if node.head == node:
            return None
        node = node.head
    return None


def _misread_verb(tok: Token) -> bool:
    """'“Lamp Street” premieres on June 5': the verb after a quoted title that the tagger read
    as a plural noun at the sentence's root."""
    return (
        tok.dep_ == "ROOT"
        and tok.tag_ == "NNS"
        and tok.lower_.endswith("s")
        and lexicon.lemma_of(tok.text) in _WORK_EVENTS
        and tok.i > 0
        and tok.nbor(-1).text in '”"'
        # Words of the title hang on it too; a determiner of its own makes it a noun.
        and not any(
            c.dep_ in ("nsubj", "det", "amod", "poss") and c.i > tok.i - 1 for c in tok.children
        )
    )


def _misread_title(view: SentenceView, verb: Token) -> str:
    """The quoted title just before a misread verb ('' if the quotation is no title)."""
    doc = verb.doc
    end = verb.i - 1
    start = end - 1
    while start > view.span.start and doc[start].text not in '“"':
        start -= 1
    inner = doc[start + 1 : end]
    if doc[start].text not in '“"' or not len(inner) or not all(t.i in view.titled for t in inner):
        return ""
    return doc[start : end + 1].text


def _since_its(noun: Token) -> Token | None:
    """The verb of 'has hosted the show since its debut': a work's own beginning, named as the
    start of the state the verb says (None for any other noun)."""
    if (
        noun.text.lower() not in lexicon.event_nouns()
        or noun.dep_ != "pobj"
        or noun.head.text.lower() != "since"
        or not any(c.dep_ == "poss" and c.text.lower() == "its" for c in noun.children)
    ):
        return None
    verb = noun.head.head
    return verb if verb.tag_.startswith("VB") else None


def _since_noun(date: _Date) -> Token | None:
    """The noun of "since its debut" when the date is that debut's ("since its debut in
    1983", however the parse hangs the date)."""
    doc = date.first.doc
    root = next((doc[i] for i in sorted(date.toks) if doc[i].head.i not in date.toks), date.first)
    if root.dep_ != "pobj" or root.head.i == 0:
        return None
    prep = root.head
    nouns = lexicon.event_nouns()
    for noun in (prep.head, _noun_ending_at(doc[prep.i - 1], nouns)):
        if noun is not None and _since_its(noun) is not None:
            return noun
    return None


def _noun_ending_at(last: Token, nouns: dict[str, lexicon.EventNoun]) -> Token | None:
    """The event noun, object of a preposition, whose phrase ends at `last`: a date right after
    "before his christening in the Blue Room of the castle" is the christening's, though the
    parse hangs it on the verb."""
    node = last
    for _ in range(6):
        if (
            node.text.lower() in nouns
            and node.dep_ == "pobj"
            and node.tag_.startswith("NN")
            and node.right_edge.i == last.i
        ):
            return node
        if node.head == node or node.head.i > node.i and node.head.i > last.i:
            return None
        node = node.head
    return None


def _precision(value: DateValue) -> str:
    """The precision name a prompt is worded by."""
    return value.precision


def _shown(date: _Date, value: DateValue | None) -> tuple[str, str]:
    """The answer as the question gives it, and its precision: a holiday by its name
    ("Valentine's Day"), any other date written out in full at its own precision."""
    if date.mention is not None and date.mention.kind == "holiday" and date.value is None:
        return date.mention.text, "holiday"
    if value is None or not value.render():
        return "", ""
    return value.render(), value.precision


def _settle(f: Findings, date: _Date, tense: str) -> tuple[DateValue | None, str]:
    """The date's value and the tense to ask in: a present-tense verb is a plan when the date
    lies ahead ("The tour opens on May 22"), a caption's report when it lies behind."""
    published = f.reading.published
    if tense == "present":
        value = date.resolve(f, future=False)
        mention = date.mention
        if mention is not None and mention.kind == "weekday" and mention.lead in ("", "on"):
            # "Her single arrives Friday": a schedule's present names the coming weekday.
            tense = "future"
        elif value is not None and value.relative and value.day is None:
            # "before Lane returns to rehearsals in October": a bare month with a present verb
            # is a plan; counted back it would land a year before the story.
            tense = "future"
        elif value is not None and value.year and published is not None:
            tense = (
                "future"
                if (value.year, value.month or 0, value.day or 0)
                > (published.year, published.month, published.day)
                else "past"
            )
        elif date.mention is not None:
            tense = "past"
        elif value is not None and value.year:
            tense = "past"
        else:
            tense = "future"
    value = date.resolve(f, future=tense == "future")
    return value, tense


def _since_state(verb: Token, prep_word: str) -> Clause | None:
    """'have been dating since 2015', 'has been together since 2017': when the state began."""
    if prep_word != "since":
        return None
    lemma = lexicon.lemma_of(verb.text)
    kids = {c.text.lower() for c in verb.children}
    if lemma == "date" and verb.tag_ == "VBG":
        return Clause("start", "started", "dating")
    if lemma == "be" and "together" in kids:
        return Clause("get", "got", "together")
    if lemma == "be" and any(
        c.dep_ == "prep" and any(g.text.lower() == "relationship" for g in c.children)
        for c in verb.children
    ):
        return Clause("start", "started", "dating")
    return None


def _since_start(verb: Token, clause: Clause, *, span: bool = False) -> Clause | None:
    """'has hosted the show since 1983', 'played for the Hawks from 2010 to 2018' -> 'start
    hosting the show', 'start playing for the Hawks': a state of a lasting verb held since a
    date, or over years, began then (None for a count, a denial or any other verb)."""
    lemma = clause.lemma
    aux = {c.text.lower() for c in verb.children if c.dep_ == "aux"}
    perfect = bool(aux & {"has", "have", "had", "'s", "'ve"}) and verb.tag_ in ("VBN", "VBG")
    if (
        not (perfect or span)
        or clause.passive
        or lemma not in lexicon.word_set("lasting_verbs")
        or any(w.isdecimal() or w in WORD_NUMBERS for w in clause.rest.lower().split())
    ):
        return None
    words = clause.rest.split()
    if words and words[-1].lower() in lexicon.works() and not any(w[:1].isupper() for w in words):
        return None  # "since 2015 has starred in the soap": which soap, a fan would ask
    rest = f"{verb_form(lemma, 'VBG')} {clause.rest}".strip()
    return Clause("start", "started", rest, tense="past")


_WORK_NOUNS = frozenset(
    "album record ep mixtape single song track film movie series show sitcom documentary "
    "docuseries tour "
    "book memoir video special podcast sequel season residency".split()
)


_WORK_EVENTS = frozenset(
    {
        "open",
        "end",
        "begin",
        "start",
        "close",
        "kick",
        "wrap",
        "launch",
        "premiere",
        "debut",
        "return",
        "air",
        "finish",
    }
)


def _work_subject(verb: Token) -> str:
    """The work a clause is about, as a prompt names it ("the record is set for ..." -> "album",
    "The music video ... hit the milestone" -> "music video"), or ''."""
    # Any of the verb's subjects: "Titled Night Rivers, the record is set ..." parses as two.
    subjects: list[Token | None] = [
        c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
    ] or [subject_token(verb)]
    subj = next((s for s in subjects if s is not None and s.text.lower() in _WORK_NOUNS), None)
    if subj is None:
        # "her new single Paper Boats arrives Friday": the title, its work noun in front of it
        subj = next(
            (
                c
                for s in subjects
                if s is not None
                for c in s.children
                if c.dep_ in ("amod", "compound") and c.i < s.i and c.lower_ in _WORK_NOUNS
            ),
            None,
        )
    if subj is None:
        return ""
    kind = lexicon.works().get(subj.text.lower(), "")
    compound = [c.text.lower() for c in subj.children if c.dep_ == "compound" and c.i == subj.i - 1]
    if kind == "video" and compound == ["music"]:
        return "music video"
    if kind in ("album", "song") and subj.text.lower() not in ("record", "track"):
        return subj.text.lower()  # "single", "album", "song" as written
    return kind


def _is_out(verb: Token) -> bool:
    """The 'is out' of "the album is out June 23" ("is out now" has no day to ask)."""
    return lexicon.lemma_of(verb.text) == "be" and any(
        c.dep_ in ("advmod", "prt", "acomp", "prep")
        and c.lower_ == "out"
        and not any(g.lower_ == "of" for g in c.children)  # "out of the tour"
        for c in verb.children
    )


def _weight(lemma: str, kind: str, clause: Clause) -> float:
    """How much a fan wants to know when this happened: life events and releases most, the
    day of a post or an appearance least."""
    minor = lexicon.word_set("minor_events")
    phrasal = f"{lemma} {clause.rest.split()[0]}" if clause.rest else ""
    if lemma in minor or phrasal in minor or lemma in lexicon.word_set("weak_verbs"):
        return 0.35
    if kind in (
        "romance",
        "wedding",
        "birth",
        "death",
        "engagement",
        "retirement",
        "release",
        "split",
        "win",
        "career",
        "performance",
        "naming",
        "pregnancy",
    ):
        return 1.2
    if kind == "announcement":
        events = {n.noun for n in lexicon.events().values() if n.noun}
        states = set(lexicon.data()["state_nouns"].values())  # "revealed her pregnancy"
        last = clause.rest.split()[-1:]
        return 0.9 if last and last[0] in events | states else 0.5
    return 0.6


@rule
def dated_events(f: Findings) -> None:
    """A date and the event its verb or noun names, with the clause a prompt can ask about."""
    for view in f.sentences():
        placed: list[tuple[_Date, tuple[str, Token]]] = []
        for date in _dates(view):
            if view.in_quote(date.first) or _dateline(view, date) or _listed(date):
                continue
            where = _attachment(date)
            if where is not None:
                placed.append((date, where))
        for date, where in _merge_years(placed):
            if where[0] == "noun":
                _noun_event(f, view, date, where[1])
            else:
                _verb_event(f, view, date, where[1])


_TITLE_KINDS = ("show", "film", "album", "song", "book", "screen")


@late_rule
def dated_works(f: Findings) -> None:
    """'the hit sitcom, which debuted in 2011': a work's own debut, asked by its title (the
    sentence's, or the one the works rules read "the sitcom" as)."""
    for view in f.sentences():
        _year_works(f, view)
        for date in _dates(view):
            if view.in_quote(date.first) or _dateline(view, date) or _listed(date):
                continue
            where = _attachment(date)
            if where is None or where[0] != "verb":
                continue
            verb = where[1]
            lemma = lexicon.lemma_of(verb.text)
            if (
                verb.dep_ != "relcl"
                or lemma not in _WORK_EVENTS
                or not any(
                    c.dep_ == "nsubj" and c.text.lower() in ("which", "that") for c in verb.children
                )
            ):
                continue
            noun, title = _work_named(f, view, verb.head)
            clause = clause_for(verb, view, f.cast, title, skip=_skip_of(date)) if title else None
            if clause is None or clause.passive:
                continue
            value, tense = _settle(f, date, clause.tense)
            shown, precision = _shown(date, value)
            if not shown:
                continue
            f.add(
                "date", title, shown, view,
                relation="release", type="date", precision=precision, clause=clause.base(),
                past=clause.past(), tense=tense, verb=clause.lemma, support=date.text,
                described=f"the {noun.text.lower()}", weight=0.9,
            )  # fmt: skip


# Works a year before the noun dates as a whole ("the 2016 series" is one season, "a 2019
# show" one night, "the 2023 tour" a run of dates).
_YEAR_WORKS = frozenset(
    "album record ep mixtape single song track film movie documentary book memoir".split()
)


def _year_works(f: Findings, view: SentenceView) -> None:
    """ "Ada Lark's 2013 song Night Rivers", "her 2018 hit song 'Solo'": the year a titled work
    came out, asked by its owner and title."""
    from ..textutil import possessive

    for tok in view.tokens:
        noun = tok.head
        if (
            not _YEAR.match(tok.text)
            or tok.ent_type_ != "DATE"
            or tok.dep_ not in ("nummod", "amod", "compound")
            or noun.text.lower() not in _YEAR_WORKS
            or not tok.i < noun.i
            or view.in_quote(tok)
        ):
            continue
        title = _title_of(f, view, noun)
        if not title:
            continue
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        owner = f.cast.who(view, poss) if poss is not None else ""
        if poss is not None and not owner:
            continue  # "its 2013 song": whose, a fan could not tell
        described = (
            f"{possessive(owner)} {noun.text.lower()}" if owner else f"the {noun.text.lower()}"
        )
        f.add(
            "date", title, tok.text, view,
            relation="release", type="date", precision="year", clause="come out",
            past="came out", tense="past", verb="come", support=tok.text, described=described,
            weight=0.8,
        )  # fmt: skip


def _work_named(f: Findings, view: SentenceView, head: Token) -> tuple[Token, str]:
    """The work noun a relative clause hangs from and the title it stands for: "the sitcom Lamp
    Street, which", "the hit sitcom, which" (its title read elsewhere in the sentence); the
    title is '' when unsure."""
    if head.text.lower() in _WORK_NOUNS:
        return head, _title_of(f, view, head)
    noun = next(
        (c for c in head.children if c.dep_ == "compound" and c.text.lower() in _WORK_NOUNS), None
    )
    if noun is None or head.tag_ != "NNP" or head.ent_type_ == "PERSON":
        return head, ""
    run = head.doc[noun.i + 1 : head.i + 1]
    if not all(t.tag_ in ("NNP", "NNPS") or t.i in view.titled for t in run):
        return noun, ""
    return noun, run.text  # "the sitcom Lamp Street"


def _title_of(f: Findings, view: SentenceView, noun: Token) -> str:
    """The title a work noun stands for: its apposition in quotes or capitals ("the sitcom, Lamp
    Street,"), else the one work the sentence's facts name ('' when unsure)."""
    if noun.text.lower() not in _WORK_NOUNS:
        return ""
    for child in noun.children:
        if child.dep_ in ("appos", "compound") and child.i in view.titled:
            run = [t for t in child.subtree if t.i in view.titled and t.text not in '"“”,']
            if run and run[-1].i - run[0].i + 1 == len(run):
                return " ".join(t.text for t in run)
        if (
            child.dep_ == "appos"
            and child.i == noun.i + 2
            and child.tag_ == "NNP"
            and child.ent_type_ != "PERSON"
        ):
            run = [t for t in child.subtree if t.tag_ in ("NNP", "NNPS")]
            if run and run[0].i == noun.i + 1 and run[-1].i - run[0].i + 1 == len(run):
                return " ".join(t.text for t in run)  # "the song Night Rivers"
    here = {
        x.subject
        for x in f.facts
        if x.evidence == view.sentence
        and x.kind in _TITLE_KINDS
        and f.cast.person(x.subject) is None
    }
    return next(iter(here)) if len(here) == 1 else ""


def _listed(date: _Date) -> bool:
    """'in 2008, 2012 and 2016': one of several, so "In which year" would have three keys."""
    doc = date.first.doc
    return any(
        doc[i].dep_ == "conj"
        or any(c.dep_ == "conj" and c.ent_type_ == "DATE" for c in doc[i].children)
        for i in date.toks
    )


def _merge_years(
    placed: list[tuple[_Date, tuple[str, Token]]],
) -> list[tuple[_Date, tuple[str, Token]]]:
    """'set for a 2024 release on March 8': the year and the day of one event are one date."""
    out: list[tuple[_Date, tuple[str, Token]]] = []
    for date, where in placed:
        twin = next((i for i, (d, w) in enumerate(out) if w[1].i == where[1].i), None)
        if twin is None:
            out.append((date, where))
            continue
        other = out[twin][0]
        year, day = (
            (date, other) if date.value and date.value.precision == "year" else (other, date)
        )
        if (
            year.value
            and year.value.precision == "year"
            and day.value
            and day.value.precision == "monthday"
        ):
            value = DateValue(
                year.value.year, day.value.month, day.value.day, f"{day.text}|{year.text}"
            )
            out[twin] = (
                _Date(day.first, day.toks | year.toks, f"{day.text}|{year.text}", value=value),
                where,
            )
        else:
            out.append((date, where))
    return out


def subject_for(f: Findings, view: SentenceView, verb: Token) -> str:
    """The clause's subject, resolved; when the parse gives the verb two subjects ("A Boston
    native who was raised in Ohio, Anthony spent ..."), the one that names a person."""
    subject = subject_of(f, view, verb)
    if subject:
        return subject
    if (
        verb.dep_ == "relcl"
        and verb.head.dep_ in ("nsubj", "nsubjpass")
        and verb.head.head != verb.head
    ):
        # "A Boston native who was raised in Ohio, Anthony spent ...": the native is Anthony.
        return subject_for(f, view, verb.head.head)
    if verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.text.lower() == "who" for c in verb.children
    ):
        described = _described(f, view, verb.head)
        if described:
            return described  # "Mr Ardley's father Hugh who died in 2016"
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    pair = couple(f)
    for s in subjects:
        conjs = [c for c in s.children if c.dep_ == "conj"]
        conj = f.cast.who(view, conjs[0]) if conjs else ""
        if pair and conj and conj in pair.split(" and ")[1:]:
            # "The duke's niece and husband Tom Ellery welcomed ...": the
            # star described, and her husband named: the couple.
            return pair
        spouse_word = conjs and any(
            c.dep_ == "compound"
            and lexicon.kin().get(c.text.lower()) is not None
            and lexicon.kin()[c.text.lower()].relation == "spouse"
            for c in conjs[0].children
        )
        if conj and spouse_word and f.cast.main and conj != f.cast.main and not f.cast.who(view, s):
            return f"{f.cast.main} and {conj}"
    main = f.cast.person(f.cast.main) if f.cast.main else None
    if [s.text.lower() for s in subjects] == ["they"] and main is not None and main.field == "band":
        return main.name  # "They will play at Harbour Dome": the band the story is about
    if len(subjects) > 1:
        return next((f.cast.who(view, s) for s in subjects if f.cast.who(view, s)), "")
    return ""


def _named_work(verb: Token) -> str:
    """'The Lanterns is due to premiere in March 2021': a work by its name, as the
    subject of a verb only works do."""
    node = verb.head if verb.dep_ == "xcomp" else verb
    subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.tag_ not in ("NNP", "NNPS") or subj.ent_type_ == "PERSON":
        return ""
    return (
        _name_run(subj)
        if not any(c.dep_ == "det" for c in subj.children)
        else f"The {_name_run(subj)}"
    )


def _happening(f: Findings, view: SentenceView, date: _Date, verb: Token) -> bool:
    """'his last newscast will be on April 3', 'The Tkachuk wedding took place on ...': an
    event said to happen on a day, asked as "When was X's final newscast scheduled?"."""
    lemma = lexicon.lemma_of(verb.text)
    if (
        lemma not in ("be", "take", "happen", "occur")
        or lemma == "take"
        and not any(c.text.lower() == "place" for c in verb.children)
    ):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.text.lower() not in lexicon.word_set("happening_nouns"):
        return False
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    person = f.cast.who(view, poss) if poss is not None else ""
    person = person or next(
        (
            f.cast.who(view, c)
            for c in subj.children
            if c.dep_ == "compound" and f.cast.who(view, c)
        ),
        "",
    )
    if not person:
        return False
    tense = tense_of(verb)
    value, tense = _settle(f, date, "future" if tense == "future" else "past")
    shown, precision = _shown(date, value)
    if not shown:
        return True
    mods = " ".join(c.text for c in subj.children if c.dep_ == "amod" and c.i < subj.i)
    post = next(
        (
            c
            for c in subj.children
            if c.dep_ == "prep" and c.i == subj.i + 1 and c.text.lower() in ("in", "at")
        ),
        None,
    )
    if post is not None and post.right_edge.i - post.i <= 3:
        mods = f"{mods} {subj.text.lower()} {subj.doc[post.i : post.right_edge.i + 1].text}".strip()
        subj_word = ""  # "the band's only show in the UK"
    else:
        subj_word = subj.text.lower()
    f.add(
        "date", person, shown, view,
        relation="career" if subj.text.lower() in ("newscast", "broadcast", "show", "episode")
        else "performance",
        type="date", precision=precision, happening=f"{mods} {subj_word}".strip(),
        clause="take place", past="took place", tense=tense, verb="happen", support=date.text,
        weight=1.1,
    )  # fmt: skip
    return True


def _titled_subject(view: SentenceView, verb: Token) -> str:
    """A quoted title as the clause's subject, with its quotation marks ('' if none)."""
    subj = subject_token(verb)
    if subj is None or subj.i not in view.titled:
        return ""
    doc = subj.doc
    start, end = subj.i, subj.i
    while start - 1 >= view.span.start and (
        start - 1 in view.titled or doc[start - 1].text in '“"'
    ):
        start -= 1
    while end + 1 < view.span.end and (end + 1 in view.titled or doc[end + 1].text in '”"'):
        end += 1
    text = doc[start : end + 1].text
    return text if text[:1] in '“"' and text[-1:] in '”"' else ""


def _name_run(tok: Token) -> str:
    """A proper name as written, with its compounds ("Colonel Hugh Ashby")."""
    toks = [t for t in tok.subtree if t.dep_ == "compound" and t.tag_ == "NNP" or t == tok]
    if toks[-1].i - toks[0].i + 1 != len(toks):
        return ""
    return " ".join(t.text for t in toks)


def _described(f: Findings, view: SentenceView, noun: Token) -> str:
    """Someone the cast does not know, as the sentence names them: "Colonel Hugh Ashby",
    "Tom Ellery's father George" ('' if the sentence does not name them)."""
    from ..textutil import possessive

    if noun.tag_ == "NNP" and noun.ent_type_ == "PERSON":
        return _name_run(noun)
    if noun.text.lower() in lexicon.kin():
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        whose = f.cast.who(view, poss) if poss is not None else ""
        name = next(
            (_name_run(c) for c in noun.children if c.dep_ == "appos" and c.tag_ == "NNP"), ""
        )
        if whose and name:
            return f"{possessive(whose)} {noun.text} {name}"
        return ""  # a relative of someone unnamed: not "George" alone
    named = [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i]
    if (
        noun.tag_.startswith("NN")
        and len(named) == 1
        and named[0].tag_ == "NNP"
        and named[0].ent_type_ == "PERSON"
    ):
        return f.cast.who(view, named[0]) or _name_run(named[0])  # "the manager Ron Gale who"
    return ""


def clear_subject(f: Findings, view: SentenceView, verb: Token, subject: str) -> bool:
    """False when the clause's subject is not the person named: a thing ("it broke the top
    10"), a 'they' that is no couple, or one of two people ("She and Sajak celebrated")."""
    subj = subject_token(verb)
    if subj is None:
        return True
    low = subj.text.lower()
    if low in ("it", "this", "that", "which", "its"):
        return False
    if low in ("they", "them") and " and " not in subject:
        person = f.cast.person(subject)
        return person is not None and person.field == "band"  # "They will play at Harbour Dome"
    kin = lexicon.kin()
    for c in subj.children:
        if (
            c.dep_ == "conj"
            and " and " not in subject
            and not (c.text.lower() in kin and any(g.dep_ == "poss" for g in c.children))
        ):
            return False  # "She and Sajak celebrated" (but "Holt and his wife were wed")
    return True


def _stray_to(f: Findings, view: SentenceView, verb: Token, date: _Date) -> bool:
    """'recalled how she met Holt to Vogue in 2015': a 'to' the verb cannot take, before the
    date, means the parse hung the phrases after it on the wrong verb, the date among them."""
    if lexicon.lemma_of(verb.text) in lexicon.word_set("to_verbs"):
        return False
    first = min(date.toks)
    for c in verb.children:
        if c.dep_ == "prep" and c.text.lower() == "to" and c.i < first:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and not f.cast.who(view, pobj):
                return True
    return False


def _by_doing(f: Findings, view: SentenceView, verb: Token, subject: str) -> Clause | None:
    """'stunned fans by dropping his latest album': the event is the releasing."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.text.lower() != "by":
            continue
        doing = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if doing is None or lexicon.lemma_of(doing.text) not in lexicon.events():
            continue
        inner = clause_for(doing, view, f.cast, subject)
        if inner is not None and not inner.passive:
            return Clause(
                inner.lemma,
                inner.verb_text,
                inner.rest,
                tense=tense_of(verb) if tense_of(verb) in ("future",) else "past",
            )
    return None


def _skip_of(date: _Date) -> frozenset[int]:
    """The date's tokens and its preposition (left out of the clause)."""
    doc = date.first.doc
    root = next((doc[i] for i in sorted(date.toks) if doc[i].head.i not in date.toks), date.first)
    skip = set(date.toks)
    if root.dep_ == "pobj":
        skip |= {t.i for t in root.head.subtree}
    return frozenset(skip)


_OBJECT_SEX = {"him": "M", "her": "F"}


def _replaced(
    f: Findings, view: SentenceView, verb: Token, subject: str, date: _Date
) -> Clause | None:
    """'Vale replaced him in 1981', just after a sentence naming one other man: the clause with
    him named ("replace Rupert Vale"); None when the verb, or who "him" is, is unclear."""
    lemma = lexicon.lemma_of(verb.text)
    if lemma not in lexicon.word_set("succession_verbs") or view.index == 0:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].text.lower() not in _OBJECT_SEX:
        return None
    sex = _OBJECT_SEX[objects[0].text.lower()]
    skip = _skip_of(date)
    if any(
        c.dep_ not in ("nsubj", "dobj", "cc", "conj", "punct", "advmod") and c.i not in skip
        for c in verb.children
    ):
        return None  # more said than "X replaced him (in 1981)": left to the full clause
    before = list(f.sentences())[view.index - 1]
    named = {f.cast.who(before, t) for t in before.tokens if t.tag_ in ("NNP", "NNPS")} - {""}
    others = [n for n in named if n != subject and f.cast.sex(n) in (sex, "")]
    if len(others) != 1 or " and " in subject:
        return None
    return Clause(lemma, verb.text, others[0], tense=tense_of(verb))


_PAIR_EVENTS = frozenset({"wedding", "engagement", "romance", "split"})


def _lede_couple(f: Findings, view: SentenceView, verb: Token, event: object) -> str:
    """'The couple (, who got engaged ...,) tied the knot': the pair the story opens with ("A
    and B made sure ...") when no partner fact names the star's other half ('' if none)."""
    if getattr(event, "kind", "") not in _PAIR_EVENTS or couple(f):
        return ""
    subj = subject_token(verb)
    if subj is not None and subj.text.lower() in ("who", "that") and verb.dep_ == "relcl":
        subj = verb.head
    if (
        subj is None
        or subj.text.lower() not in COUPLE_WORDS
        or not any(c.text.lower() == "the" for c in subj.children)
    ):
        return ""
    first = next(iter(f.sentences()), None)
    if first is None:
        return ""
    root = first.span.root
    head = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if head is None or not any(t.dep_ == "cc" and t.text.lower() == "and" for t in head.subtree):
        return ""
    people = [p for p in dict.fromkeys(f.cast.who(first, t) for t in head.subtree) if p]
    if len(people) == 2 and f.cast.main in people:
        return " and ".join(people)  # "A and B made sure they were surrounded ..."
    return ""


def said_i_do(view: SentenceView, verb: Token) -> bool:
    """The 'said "I do"' of a wedding: a saying whose quoted clause is only 'I do'."""
    if lexicon.lemma_of(verb.text) != "say":
        return False
    for c in verb.children:
        # A quotation this short reads as a title to the reading, so either mark will do.
        marked = [t for t in c.subtree if view.in_quote(t) or t.i in view.titled]
        words = [t.lower_ for t in marked if not t.is_punct]
        if c.dep_ == "ccomp" and words == ["i", "do"]:
            return True
    return False


def vows_couple(f: Findings, view: SentenceView, verb: Token) -> str:
    """Who said "I do": the saying's subject when it is a pair with the story's star, else,
    for "the reality star, 43, and the band member, 46, said", the story's couple, unless the
    words before the saying name someone else ("her parents said ...")."""
    subject = subject_for(f, view, verb)
    pair = couple(f)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subject in pair.split(" and ") and (
        len(subjects) > 1 or any(c.dep_ == "conj" for s in subjects for c in s.children)
    ):
        subject = ""  # "the pop star, 31, and the actor, 35, said": read as one of the two
    if not subject:
        before = [t for t in view.tokens if t.i < verb.i]
        if any(
            t.lower_ in lexicon.kin() or t.dep_ == "poss" and t.lower_ in PRONOUNS for t in before
        ) or any(who(f, view, t) not in ("", *pair.split(" and ")) for t in before):
            return ""
        subject = pair
    if " and " not in subject or (f.cast.main and f.cast.main not in subject.split(" and ")):
        return ""
    return subject


def _wedding_of_vows(f: Findings, view: SentenceView, verb: Token, date: _Date) -> None:
    """'A and B said "I do" on May 22': the couple's wedding day, asked as "get married"."""
    subject = vows_couple(f, view, verb)
    if not subject:
        return
    value, tense = _settle(f, date, "past")
    shown, precision = _shown(date, value)
    if not shown:
        return
    f.add(
        "date", subject, shown, view,
        relation="wedding", type="date", precision=precision, clause="get married",
        past="got married", tense=tense, verb="get", support=date.text, weight=1.2,
    )  # fmt: skip


def _reported_pregnancy(verb: Token) -> bool:
    """True for the 'was pregnant' of 'revealed she was pregnant', a state said by a verb of
    telling (its date is the telling's)."""
    from .clauses import _event_noun

    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and lexicon.lemma_of(verb.text) in ("be", "expect")
        and head.tag_.startswith("VB")
        and lexicon.lemma_of(head.text) in lexicon.word_set("needs_object")
        and _event_noun(verb) == "pregnancy"
    )


def _verb_event(f: Findings, view: SentenceView, date: _Date, verb: Token) -> None:
    """'tied the knot in September 2017': the verb's clause and its subject."""
    lemma = lexicon.lemma_of(verb.text)
    event = lexicon.events().get(lemma)
    if event is None and verb.dep_ == "relcl" and verb.head.dep_ in ("dobj", "attr"):
        host = verb.head.head
        if host.tag_.startswith("VB") and lexicon.lemma_of(host.text) in lexicon.events():
            # "welcomed their third baby, who weighed 8lb 4oz, ... on June 12": the welcome's day.
            _verb_event(f, view, date, host)
            return
    if _reported_pregnancy(verb):
        # "revealed (that) she was pregnant again in May": one is not pregnant on a date, so the
        # date is the reveal's.
        _verb_event(f, view, date, verb.head)
        return
    if _happening(f, view, date, verb):
        return
    if said_i_do(view, verb):
        _wedding_of_vows(f, view, verb, date)  # 'A and B said "I do" on May 22': they married
        return
    subject = subject_for(f, view, verb) or _lede_couple(f, view, verb, event)
    work = _work_subject(verb)
    if work and not subject:
        subject = f.cast.main  # "the record is set for release on May 19": the star's
    titled = _titled_subject(view, verb) if not subject else ""
    misread = _misread_verb(verb)
    if misread:
        subject, titled = "", _misread_title(view, verb)  # "“Lamp Street” premieres June 5"
    titled = titled or (_named_work(verb) if not subject and lemma in _WORK_EVENTS else "")
    subject = subject or titled  # "“Wheel of Fortune” originally aired ... in 1975"
    if (
        not subject
        or not titled
        and not clear_subject(f, view, verb, subject)
        or _stray_to(f, view, verb, date)
    ):
        return
    doc = date.first.doc
    root = next((doc[i] for i in sorted(date.toks) if doc[i].head.i not in date.toks), date.first)
    prep_word = root.head.text.lower() if root.dep_ == "pobj" else ""
    skip = _skip_of(date)
    if date.span:
        prep_word = "since"  # "played from 2009 to 2017": asked as when the playing began
    since = _since_noun(date)
    if since is not None and since.head.head == verb:
        prep_word = "since"  # "since its debut in March 1986"
        skip |= {t.i for t in since.head.subtree}
    clause = _since_state(verb, prep_word) or clause_for(verb, view, f.cast, subject, skip=skip)
    if (
        clause is None
        and (work or misread)
        and lemma in _WORK_EVENTS
        and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
    ):
        # "The tour opens (at a venue a place question asks about) on May 22."
        tense = "present" if misread else tense_of(verb)  # a misread "premieres" is present
        clause = Clause(
            lemma, verb.text, "", tense=tense if tense in ("future", "present") else "past"
        )
    if clause is None and work and _is_out(verb):
        # "The album is out June 23": a work's release day, asked as "due to be released".
        clause = Clause("release", "released", "", True, tense=tense_of(verb))
        lemma, event = "release", lexicon.events().get("release")
    if clause is None:
        clause = _replaced(f, view, verb, subject, date)
    if clause is None:
        return
    if prep_word == "since" and clause.lemma not in ("get", "start"):
        # "has hosted the show since 1983" is not when he hosted it, but when he began to.
        clause = _since_start(verb, clause, span=date.span)
        if clause is None:
            return
    means = _by_doing(f, view, verb, subject)
    if means is not None:
        clause, lemma = (
            means,
            means.lemma,
        )  # "stunned fans by dropping his album": a release
        event = lexicon.events().get(lemma)
    if (
        lemma in lexicon.word_set("minor_events")
        and not clause.rest.replace(clause.rest.split()[0] if clause.rest else "", "", 1).strip()
    ):
        return  # "In which month did X speak out?": about what?
    value, tense = _settle(f, date, clause.tense if clause.tense != "present" else "present")
    shown, precision = _shown(date, value)
    if not shown:
        return
    kind = event.kind if event else lemma
    if clause.first and lemma in _WORK_EVENTS and (titled or work):
        kind = "release"  # "“Lamp Street” originally aired in 1975": the show's debut
    if clause.rest in ("dating", "together") and clause.lemma in ("start", "get"):
        kind, lemma = "romance", "date"  # "began dating in 2012", "have been together since 2017"
        if " and " not in subject:
            pair = couple(f)
            if not pair or subject not in pair.split(" and "):
                return  # "X started dating": whom, the prompt must say
            subject = pair  # "has been in a happy relationship with the golfer since 2019"
    f.add(
        "date", subject, shown, view,
        relation=kind, type="date", precision=precision, clause=clause.base(), past=clause.past(),
        tense=tense, verb=clause.lemma, work=work, support=date.text,
        weight=_weight(lemma, kind, clause),
    )  # fmt: skip


def _owner(f: Findings, view: SentenceView, noun: Token) -> str:
    """Whose event a noun names: 'his birth', 'the couple's engagement', 'the Tkachuk wedding'."""
    for child in noun.children:
        if child.dep_ == "poss":
            low = child.text.lower()
            if low in COUPLE_WORDS:
                return couple(f) or f.cast.main
            if low == "its":
                return ""  # a work's or a team's: asked through the work, or not at all
            if low == "their":
                pair = subject_of(f, view, noun)
                return (
                    pair
                    if " and " in pair
                    else couple(f)
                    if f.cast.main in (pair, f.cast.who(view, child))
                    else ""
                )
            return f.cast.who(view, child) or next(
                (f.cast.who(view, t) for t in child.subtree if f.cast.who(view, t)), ""
            )
        if child.dep_ == "compound" and f.cast.who(view, child):
            return f.cast.who(view, child)
    return ""


def _owner_before(f: Findings, view: SentenceView, date: _Date) -> str:
    """'the pair's Sept. 16, 1995 wedding': the possessor written just before the date."""
    doc = date.first.doc
    i = min(date.toks) - 1
    if i <= view.span.start:
        return ""
    if doc[i].text in ("'s", "’s", "'", "’") and i - 1 >= view.span.start:
        word = doc[i - 1]
        if word.text.lower() in COUPLE_WORDS:
            return couple(f) or f.cast.main
        return f.cast.who(view, word)
    if doc[i].tag_ == "PRP$" and doc[i].text.lower() in ("his", "her"):
        return f.cast.who(view, doc[i])
    return ""


def _of_phrase(f: Findings, view: SentenceView, noun: Token) -> tuple[str, Token | None]:
    """The person an of-phrase names ("the birth of her son Ernest") and its head token."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.text.lower() == "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None:
        return "", None
    named = [f.cast.who(view, t) for t in pobj.subtree if t.text.lower() not in PRONOUNS]
    return next((n for n in named if n), ""), pobj


def _own_subject(f: Findings, view: SentenceView, noun: Token) -> str:
    """Whose ownerless trade or retirement it is: the subject of the clause whose time phrase
    it stands in ("He played there before a trade to Ohio"), when that subject is a person."""
    if noun.dep_ != "pobj" or noun.head.text.lower() not in lexicon.word_set("temporal_preps"):
        return ""
    if any(c.dep_ in ("det", "poss") and c.text.lower() not in ("a", "an") for c in noun.children):
        return ""  # "before the trade", "before that retirement": one the article spoke of
    verb = governing_verb(noun.head)
    if verb is None or noun.head.head != verb:
        return ""
    subject = subject_for(f, view, verb)
    said = subject_token(verb)
    if said is not None and said.tag_ == "PRP" and subject != f.cast.main:
        return ""  # "He", read as the last man named: only the star is safe to assume
    return subject if subject and clear_subject(f, view, verb, subject) else ""


def _noun_event(f: Findings, view: SentenceView, date: _Date, noun: Token) -> None:
    """'the pair's Sept. 16, 1995 wedding', 'following his birth in June 1982'."""
    from .clauses import _noun_phrase

    entry = lexicon.event_nouns()[noun.text.lower()]
    subject = _owner(f, view, noun) or _owner_before(f, view, date)
    rest = ""
    work = ""
    if entry.of:
        named, pobj = _of_phrase(f, view, noun)
        if entry.of == "subject" and named:
            subject = named  # "the birth of her son Ernest": Ernest was born
        elif entry.of == "object" and pobj is not None:
            verb = governing_verb(noun)
            subject = subject or (subject_for(f, view, verb) if verb is not None else "")
            if not subject:
                return
            rest = _noun_phrase(pobj, view, f.cast, subject)
            if not rest:
                return  # "the loss of it"
        elif entry.of == "object":
            return
    if entry.work:
        verb = governing_verb(noun)
        work = _work_subject(verb) if verb is not None else ""
        if not work:
            return  # whose release? a fan could not tell from the prompt
        subject = subject or f.cast.main
    if not subject and entry.own:
        subject = _own_subject(f, view, noun)  # "played there before a trade to Ohio in 2011"
    if not subject:
        return
    if entry.keep:
        prep = next(
            (c for c in noun.children if c.dep_ == "prep" and c.text.lower() == entry.keep), None
        )
        pobj = (
            next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        )
        phrase = _noun_phrase(pobj, view, f.cast, subject) if pobj is not None else ""
        if phrase:
            rest = f"{entry.keep} {phrase}"
    base = entry.base
    person = f.cast.person(subject)
    if (
        noun.text.lower() == "debut"
        and any(c.dep_ == "appos" for c in noun.children)
        and person is not None
        and person.field in ("singer", "band")
    ):
        base = "release {their} debut album"  # "his 2019 debut, Divinely Uninspired ..."
    words = base.replace("{their}", pronoun_for(f.cast, subject)).split()
    passive = words[0] == "be"
    if passive:
        clause = Clause(
            lexicon.lemma_of(words[1]), words[1], " ".join([*words[2:], rest]).strip(), passive=True
        )
    else:
        clause = Clause(words[0], words[0], " ".join([*words[1:], rest]).strip())
    verb = governing_verb(noun)
    tense = tense_of(verb) if verb is not None else "past"
    if tense == "unreal":
        return
    if verb is not None and lexicon.lemma_of(verb.text) in lexicon.word_set("future_heads"):
        tense = "future"  # "the album is due for a 2024 release"
    value, tense = _settle(f, date, "future" if tense == "future" else "past")
    shown, precision = _shown(date, value)
    if not shown:
        return
    f.add(
        "date", subject, shown, view,
        relation=entry.kind, type="date", precision=precision, clause=clause.base(),
        past=clause.past(), tense=tense, verb=clause.lemma, work=work, support=date.text,
        weight=1.2,
    )  # fmt: skip


_LISTING = re.compile(
    r"^(?P<city>[A-Z][\w.' -]+?),\s*(?P<region>[A-Z]{2}|[A-Z][a-z]+\.?)"
    r"\s+(?P<venue>[A-Z0-9].+?)\s*$"
)


@rule
def tour_listings(f: Findings) -> None:
    """'April 9 – Austin, TX Moody Hall': a tour date, its city and its venue."""
    main = f.cast.main
    if not main:
        return
    for view in f.sentences():
        found = find_dates(view.text)
        if not found or found[0][0] > 12:
            continue
        rest = view.text[found[0][1] :].lstrip(" –—-:|")
        m = _LISTING.match(rest)
        if m is None or len(rest.split()) > 12:
            continue
        value = found[0][2]
        city = f"{m.group('city')}, {m.group('region')}"
        venue = m.group("venue").strip()
        f.add(
            "date",
            main,
            value.render(),
            view,
            relation="tour",
            type="date",
            precision=value.precision,
            clause="play",
            past="played",
            tense="future",
            venue=venue,
            city=city,
            support=value.text,
            weight=0.9,
        )
        f.add(
            "place",
            main,
            venue,
            view,
            relation="tour",
            type="place",
            label="FAC",
            city=city,
            when=value.render(),
            weight=0.9,
        )
