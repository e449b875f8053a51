"""Titles of works as articles write them: quoted, unquoted after or before a work noun, in lists.

A title is a run of title-case words ("Carried By Rivers To Be Finally Home"); small words may
stand inside it ("No Need To Argue", "Keeping Up With the Kardashians"), a title may end in "?"
or "!" ("Are You Listening?"), and a lower-case "and" ends it where a list goes on ("films
including The Paper Kite and The Year After Winter") unless the banks know the longer title
("Beauty and the Beast").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..textutil import strip_title
from . import lexicon
from .reading import SentenceView

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SMALL = frozenset(
    "a an and as at but by for from in into of on or the to with vs. vs is it my me you your "
    "we our i be do can't don't won't no so not all".split()
)
_CONTRACTIONS = frozenset(
    {
        "n't",
        "n’t",
        "'s",
        "’s",
        "'d",
        "’d",
        "'ll",
        "’ll",
        "'re",
        "’re",
        "'ve",
        "’ve",
        "'m",
        "’m",
        "'all",
        "’all",
    }
)
_STOP = frozenset(',.;:!?()[]—–"“”')
_DASHES = ("––", "—", "–-", "--")
_LIST_CUES = frozenset({"including", "like", "such"})
_NOT_TITLE_LABELS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
)
MAX_TITLE_WORDS = 12


@dataclass(frozen=True)
class Title:
    """A title found in a sentence: its text, token span and how it was marked."""

    text: str
    start: int
    end: int
    marked: str  # "quoted" or "unquoted"
    year: str = ""  # "2007's Are You Listening?": the year written on it


def quoted_titles(view: SentenceView) -> list[Title]:
    """Short capitalised quotations ("All of Me", ‘Solo’, 'Beat Again'): the reading marks
    double and curly quotes; straight single quotes are found here (an apostrophe is no quote)."""
    out: list[Title] = []
    doc = view.span.doc
    run: list[int] = []
    for tok in view.tokens:
        if tok.i in view.titled:
            run.append(tok.i)
            continue
        if run:
            out.append(_title_from(doc, run))
            run = []
    if run:
        out.append(_title_from(doc, run))
    out.extend(_single_quoted(view))
    return [t for t in out if t.text]


def _single_quoted(view: SentenceView) -> list[Title]:
    """Titles between single quotes the reading left unmarked: "the 'Beat Again' singer", "hit
    Netflix show ‘Racing the Dawn’" (a curly quote after a word may be an apostrophe, so the
    reading does not take it for a quotation)."""
    doc = view.span.doc
    out = []
    toks = view.tokens
    for k, tok in enumerate(toks):
        if (
            tok.text not in ("'", "‘")
            or view.in_quote(tok)
            or tok.i in view.titled
            or k + 1 < len(toks)
            and toks[k + 1].i in view.titled
        ):
            continue
        closer = "'" if tok.text == "'" else "’"
        close = next(
            (
                j
                for j in range(k + 1, min(k + MAX_TITLE_WORDS + 2, len(toks)))
                if toks[j].text == closer
            ),
            None,
        )
        if close is None or close == k + 1:
            continue
        inner = toks[k + 1 : close]
        words = [t for t in inner if t.is_alpha]
        if (
            words
            and all(w.text[:1].isupper() or w.text.lower() in _SMALL for w in words)
            and words[0].text[:1].isupper()
        ):
            out.append(_title_from(doc, [t.i for t in inner]))
    return out


def _title_from(doc: Doc, run: list[int]) -> Title:
    """A Title for the token indices of a quotation's inside."""
    toks = [doc[i] for i in run]
    text = strip_title("".join(t.text_with_ws for t in toks))
    return Title(text, run[0], run[-1] + 1, "quoted")


def _capital(text: str) -> bool:
    """True for a word a title may hold: capitalised, a number, or an ampersand."""
    return text[:1].isupper() or text[:1].isdecimal()


def title_run(tokens: list[Token], *, list_mode: bool = False) -> list[Token]:
    """The title-case run at the start of tokens ("Carried By Rivers To Be Finally Home").

    In a list (``list_mode``) a lower-case "and" ends the run."""
    run: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        text = tok.text
        if i == 0 and text == "The":
            run.append(tok)
            i += 1
            continue
        if text in ("?", "!") and run:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and nxt.text not in ('"', "”", "’"):
                run.append(tok)  # "Can You Hear Me? and 2011's Small Hours": the title ends here
            break
        if text == "," and run and _comma_inside(tokens, i):
            run.append(tok)  # "Nobody Else Is Singing It, So Why Should We?"
            i += 1
            continue
        if text == ":" and run and i + 1 < len(tokens) and _capital(tokens[i + 1].text):
            from ..distractors.titles import known_titles

            tail = title_run(tokens[i + 1 :])
            if tail and known_titles(run_text([*run, tok, *tail])):
                run.extend([tok, *tail])  # "Love & Hip Hop: New York", a colon inside a known title
            break
        if (
            text == "."
            and run
            and run[-1].text in ("No", "Vol", "Pt", "Op")
            and i + 1 < len(tokens)
            and tokens[i + 1].text[:1].isdecimal()
        ):
            run.append(tok)  # "No. 6 Collaborations Project", "Vol. 1"
            i += 1
            continue
        if text in _STOP or set(text) <= set("—–-") and len(text) > 1:
            break
        if any(d in text for d in _DASHES):
            head = text.split("—")[0].split("–")[0].split("-")[0]
            if head[:1].isupper():
                run.append(tok)  # "Rap Devil––a play on ...": the title ends inside the token
            break
        if list_mode and text == "and" and run:
            break
        if (
            run
            and text in ("in", "on", "at", "since", "from", "by")
            and i + 1 < len(tokens)
            and (tokens[i + 1].like_num or tokens[i + 1].ent_type_ in ("DATE", "TIME"))
        ):
            break  # "the Cranberries in 1990", "Love Island in 2016": a date follows, not the title
        if (
            _capital(text)
            or (text.lower() in _SMALL and run)
            or text in ("'", "’", "&", "-", "'s", "’s")
            or (text.lower() in _CONTRACTIONS and run)
        ):
            run.append(tok)
        else:
            break
        if len(run) > MAX_TITLE_WORDS:
            return []
        i += 1
    while run and (
        run[-1].text in _SMALL
        or run[-1].text in _NEVER_LAST
        or run[-1].text in ("'", "’", "&", "-", ",")
    ):
        run.pop()
    return run


# Capitalised small words that never end a title ("Rap Devil And ..." is cut before "And").
_NEVER_LAST = frozenset(
    {"The", "A", "An", "And", "Of", "To", "For", "With", "By", "At", "From", "Or", "As"}
)


def _comma_inside(tokens: list[Token], i: int) -> bool:
    """True when a comma stands inside a question-shaped title: title case through a '?'."""
    for tok in tokens[i + 1 : i + 8]:
        if tok.text == "?":
            return True
        if not (
            _capital(tok.text) or tok.text.lower() in _SMALL or tok.text.lower() in _CONTRACTIONS
        ):
            return False
    return False


def run_text(run: list[Token]) -> str:
    """A run's text as written, cut where a dash glues the next words on ("Rap Devil––a")."""
    text = "".join(t.text_with_ws for t in run)
    for dash in _DASHES:
        if dash in text:
            text = text.split(dash)[0]
    return strip_title(text.replace(" ,", ","))


def _starts_title(tok: Token) -> bool:
    """True when a token may open an unquoted title: a capital that is no date, or a number
    with a capitalised word after it ("8 Mile"). A capital "The" may open one the model calls
    a date ("The Day After Tomorrow")."""
    from ..dates import MONTHS, WEEKDAYS

    if (
        tok.text in MONTHS
        or tok.text in WEEKDAYS
        or tok.text.rstrip(".") in ("Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
    ):
        return False
    if tok.ent_type_ in ("DATE", "TIME") and tok.text != "The":
        return False
    if tok.text[:1].isupper():
        return True
    if tok.text[:1].isdecimal() and tok.i + 1 < len(tok.doc):
        nxt = tok.nbor(1)
        return nxt.text[:1].isupper() and nxt.ent_type_ not in ("DATE", "TIME")
    return False


def titles_after(view: SentenceView, noun: Token) -> list[Title]:
    """The titles a work noun introduces: one ("his album, Austin", "a track entitled Rap Devil")
    or a list after a plural or "including" ("the singles Paper Moons, We Run It and Stay Golden",
    "films including The Paper Kite and The Year After Winter")."""
    doc = view.span.doc
    end = view.span.end
    i = noun.i + 1
    many = noun.tag_ in ("NNS", "NNPS")
    if i < end and doc[i].text == ",":
        i += 1
    if i < end and doc[i].text.lower() in lexicon.word_set("title_verbs"):
        i += 1
    elif i < end and doc[i].text.lower() in _LIST_CUES:
        i += (
            2
            if doc[i].text.lower() == "such" and i + 1 < end and doc[i + 1].text.lower() == "as"
            else 1
        )
        many = True
    out: list[Title] = []
    while i < end and len(out) < 8:
        year = ""
        if i + 1 < end and doc[i].like_num and len(doc[i].text) == 4 and doc[i + 1].tag_ == "POS":
            year, i = doc[i].text, i + 2  # "2007's Are You Listening?"
        if i >= end or doc[i].i in view.titled or view.in_quote(doc[i]):
            break
        first = doc[i]
        if not _starts_title(first) or (first.text.lower() in _SMALL and first.text[:1].islower()):
            break
        rest = [doc[j] for j in range(i, end)]
        run = title_run(rest, list_mode=many)
        if many and run:
            run = _bank_join(rest, run)
        if not run or (
            len(run) == 1
            and run[0].tag_ not in ("NNP", "NNPS", "CD")
            and not run[0].text[:1].isupper()
        ):
            break
        if len(run) == 1 and run[0].like_num:
            break
        after = doc[run[-1].i + 1] if run[-1].i + 1 < end else None
        if after is not None and after.text.lower() in lexicon.works():
            break  # "and TV series including ...": a new work noun, not a title
        text = run_text(run)
        if not text:
            break
        out.append(Title(text, run[0].i, run[-1].i + 1, "unquoted", year))
        if not many:
            break
        i = run[-1].i + 1
        if i < end and doc[i].text == ",":
            i += 1
        if i < end and doc[i].text in ("and", "&", "or"):
            i += 1
        elif i < end and doc[i - 1].text != ",":
            break
    return out


def _bank_join(rest: list[Token], run: list[Token]) -> list[Token]:
    """A list item that the banks know with a lower-case 'and' inside ("Pride and Prejudice")."""
    from ..distractors.titles import known_titles

    n = len(run)
    if n < len(rest) and rest[n].text == "and":
        longer = title_run(rest)
        if len(longer) > n and known_titles(run_text(longer)):
            return longer
    return run


def title_before(view: SentenceView, noun: Token) -> Title | None:
    """A title written in front of its work noun: "their Joshua Tree album", "his Twelve Carat
    tour", "the If You Were Here, We'd Be Dancing tour", "the upcoming The Eternals film"."""
    doc = view.span.doc
    toks: list[Token] = []
    i = noun.i - 1
    if i >= view.span.start and any(d in doc[i].text for d in _DASHES):
        return None  # "Rap Devil––a play on": the dash glues a title to other words
    if i > view.span.start and doc[i].text.lower() in (
        "studio",
        "debut",
        "solo",
        "world",
        "concert",
        "farewell",
        "reunion",
        "comeback",
        "stadium",
        "arena",
    ):
        i -= 1  # "their Joshua Tree world tour"
    while i >= view.span.start:
        t = doc[i]
        if t.i in view.titled or view.in_quote(t):
            return None
        if t.tag_ == "POS":
            break  # "Malone's Twelve Carat tour": the owner, not the title
        if (
            _capital(t.text)
            or t.text in ("&", "-", "'", "’")
            or (toks and (t.text.lower() in _SMALL or t.text.lower() in _CONTRACTIONS))
        ):
            toks.insert(0, t)
            i -= 1
            continue
        if t.text == "," and toks and i - 1 >= view.span.start and _capital(doc[i - 1].text):
            toks.insert(0, t)  # a comma inside a long title; the run must then start after "the"
            i -= 1
            continue
        break
    while toks and (
        toks[0].text.lower() in _SMALL
        and toks[0].text != "The"
        or toks[0].text in (",", "-", "'", "’")
    ):
        toks = toks[1:]
    if toks and toks[0].text == "The" and toks[0].is_sent_start:
        toks = toks[1:]
    if not toks or len(toks) > MAX_TITLE_WORDS:
        return None
    before = doc[toks[0].i - 1] if toks[0].i > view.span.start else None
    if any(t.text == "," for t in toks) and not (
        before is not None and before.text.lower() in ("the", "his", "her", "their")
    ):
        return None
    text = run_text(toks)
    return Title(text, toks[0].i, toks[-1].i + 1, "unquoted") if text else None


def work_type(noun: Token) -> str:
    """The work type a noun names, looking at two-word forms first ("studio album")."""
    works = lexicon.works()
    prev = noun.nbor(-1).text.lower() if noun.i > 0 else ""
    return works.get(f"{prev} {noun.text.lower()}", works.get(noun.text.lower(), ""))


def work_phrase(noun: Token) -> str:
    """The work noun as written, with a compound in front if the lexicon has it ("studio album")."""
    works = lexicon.works()
    prev = noun.nbor(-1).text.lower() if noun.i > 0 else ""
    two = f"{prev} {noun.text.lower()}"
    return two if two in works else noun.text.lower()
