"""Works and who made them: songs, albums, films, shows, specials, books, podcasts, tours.

A title is found quoted, right after a work noun ("his fifth studio album, Austin", "the
singles A, B and C"), before one ("their Joshua Tree album") or after a title verb ("a diss
track entitled Paper Crown"); its type comes from the noun, a role beside it ("the 'Alone With
You' singer"), or the banks; its maker from "by X", a possessive ("Sia's “Chandelier”"), the
noun's owner ("his album"), the subject of the verb that made it, or the story's star when
nobody else is named. The banks also veto a maker: "8 Mile" is Eminem's film even where the
sentence says "his movie" of someone else, when Eminem is in the article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..distractors.people import famous
from ..distractors.titles import known_titles
from ..textutil import contains_phrase, normalize, ordinal_value
from . import lexicon
from .base import Findings, owner, person_in, rule, subject_of, subject_token, who
from .coref import PRONOUN_SEX
from .reading import SentenceView
from .titles import (
    Title,
    quoted_titles,
    run_text,
    title_before,
    title_run,
    titles_after,
    work_phrase,
    work_type,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

KINDS = {
    "song": "song",
    "album": "album",
    "film": "film",
    "show": "show",
    "special": "show",
    "documentary": "show",
    "book": "book",
    "podcast": "show",
    "tour": "tour",
    "musical": "show",
}
_MAKE_VERBS = frozenset(
    "release drop perform sing record debut unveil announce write star host direct premiere "
    "launch cover top spawn produce tease preview co-write film play headline rap cast know".split()
)
_ORDINAL_WORDS = {
    "debut": 1,
    "sophomore": 2,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
# Nouns that name a version of a song rather than the song's maker ("a rendition of Sia's X").
_VERSION_NOUNS = frozenset({"rendition", "version", "cover", "remix", "performance"})
# Nouns that say a film follows another ("the Captain Marvel sequel"): asked as the original.
_FOLLOW_NOUNS = frozenset({"sequel", "prequel", "spin-off", "spinoff", "remake", "reboot"})
_GENERIC_BEFORE = frozenset(
    {
        "new",
        "latest",
        "upcoming",
        "debut",
        "first",
        "next",
        "solo",
        "hit",
        "world",
        "north",
        "american",
        "european",
        "uk",
        "us",
        "christmas",
        "holiday",
        "netflix",
        "broadway",
    }
)


def _modifiers(noun: Token) -> dict[str, str]:
    """Year and ordinal written on a work noun: "his 2022 hit", "her fifth studio album"."""
    out: dict[str, str] = {}
    for child in noun.children:
        text = child.text.lower()
        if re.fullmatch(r"(?:19|20)\d\d", text):
            out["year"] = text
        elif text in _ORDINAL_WORDS or ordinal_value(text):
            out["ordinal"] = str(_ORDINAL_WORDS.get(text) or ordinal_value(text))
        elif text in ("new", "latest", "upcoming", "newest"):
            out["fresh"] = text
        elif child.dep_ == "poss" and re.fullmatch(r"(?:19|20)\d\d", child.text):
            out["year"] = child.text  # "2017's Something Else"
    if noun.text.lower() == "debut":
        out["ordinal"] = "1"  # "his 2019 debut, X": the first
    if noun.i > 0 and noun.nbor(-1).text.lower() in ("debut", "sophomore") and "ordinal" not in out:
        out["ordinal"] = str(_ORDINAL_WORDS[noun.nbor(-1).text.lower()])  # "her debut album"
    if "year" not in out:
        # "his 2021 hit" where the tagger made "hit" a verb: the year stands right before it.
        if noun.i > 0 and re.fullmatch(r"(?:19|20)\d\d", noun.nbor(-1).text):
            out["year"] = noun.nbor(-1).text
    return out


def _noun_near(view: SentenceView, title: Title) -> tuple[Token | None, str]:
    """The work noun just before or after a title, and which side it is on."""
    doc = view.span.doc
    works = lexicon.works()
    listed = False  # past another title of a list: "hit singles in "Harbour" and "Lanterns""
    for i in range(title.start - 1, max(title.start - 12, view.span.start - 1), -1):
        tok = doc[i]
        right_before = (
            i + 1 == title.start or doc[i + 1].text in ("“", '"', "‘", "'") and i + 2 == title.start
        )
        if (
            tok.text.lower() in works
            and (tok.tag_.startswith("NN") or right_before)
            and tok.text[:1].islower()
        ):
            return (
                tok,
                "before",
            )  # "his 2021 hit “Count the Stars”" (the tagger may call "hit" a verb)
        if i in view.titled:
            listed = True
            continue
        if (
            tok.text.lower() in ("and", "or", "&")
            and i - 1 >= view.span.start
            and (doc[i - 1].i in view.titled or doc[i - 1].text in ("”", '"', "’", "'"))
        ):
            continue
        if i < title.start - 4 and not listed:
            break
        if (
            tok.text
            not in (
                "“",
                '"',
                "‘",
                "'",
                "”",
                "’",
                ",",
                "the",
                "his",
                "her",
                "their",
                "its",
                "new",
                "in",
                "like",
                "including",
                "as",
                "such",
            )
            and not tok.like_num
            and tok.tag_ not in ("JJ", "NNP", "POS", "PRP$")
        ):
            break
    for i in range(title.end, min(title.end + 3, view.span.end)):
        tok = doc[i]
        if tok.text[:1].islower() and (
            tok.text.lower() in works
            and tok.tag_.startswith("NN")
            or tok.text.lower() in lexicon.roles()
        ):
            return tok, "after"  # "the 'X' singer" (not '"X," Okafor captioned': a name)
        if tok.text not in ("”", '"', "’", "'", ","):
            break
    return None, ""


def _named_before(f: Findings, view: SentenceView, title: Title) -> str:
    """Who a possessive or a name right before a quoted title credits: "Sia's “Chandelier”",
    'Harry Styles "Adore You"'."""
    doc = view.span.doc
    i = title.start - 1
    while i >= view.span.start and doc[i].text in ("“", '"', "‘", "'"):
        i -= 1
    if i < view.span.start:
        return ""
    tok = (
        doc[i - 1]
        if doc[i].tag_ == "POS" and i - 1 >= view.span.start
        else doc[i]
        if title.marked == "quoted" and doc[i].tag_ in ("NNP", "NNPS")
        else None
    )
    if tok is None:
        return ""
    person = who(f, view, tok)
    # The written word must be part of the name it resolves to (no guess through coreference).
    return person if person and normalize(tok.text) in normalize(person).split() else ""


CATEGORY_OF = {"song": "song", "album": "album", "ep": "album"}


def _possessor_text(view: SentenceView, title: Title) -> str:
    """The name written in the possessive right before a quoted title ("Sia's “Chandelier”")."""
    doc = view.span.doc
    i = title.start - 1
    while i >= view.span.start and doc[i].text in ("“", '"', "‘", "'"):
        i -= 1
    if i - 1 < view.span.start or doc[i].tag_ != "POS":
        return ""
    toks: list[str] = []
    k = i - 1
    while k >= view.span.start and doc[k].tag_ in ("NNP", "NNPS") and len(toks) < 4:
        toks.insert(0, doc[k].text)
        k -= 1
    return " ".join(toks)


def _possessor_before(f: Findings, view: SentenceView, noun: Token) -> str:
    """The name in the possessive before a work noun and its adjectives ("Lane's breakout
    single"), when the parse did not hang it on the noun."""
    doc = view.span.doc
    k = noun.i - 1
    while (
        k > view.span.start
        and noun.i - k <= 3
        and doc[k].tag_ in ("JJ", "JJR", "JJS", "CD", "NN", "NNS", "VBN")
        and doc[k].text[:1].islower()
    ):
        k -= 1
    if k <= view.span.start or doc[k].tag_ != "POS":
        return ""
    return who(f, view, doc[k - 1])


def _verb_maker(f: Findings, view: SentenceView, start: Token) -> tuple[str, str]:
    """The subject of the making verb a title or its noun hangs from ("Eminem released X")."""
    head = start
    for _ in range(4):
        if (
            head.tag_.startswith("VB")
            and lexicon.lemma_of(head.text) in _MAKE_VERBS
            and not view.in_quote(head)
        ):
            return subject_of(f, view, head), lexicon.lemma_of(head.text)
        if head.head == head:
            break
        head = head.head
    return "", ""


def _artist(
    f: Findings, view: SentenceView, title: Title, noun: Token | None, side: str
) -> tuple[str, str]:
    """(who made or stars in the work, how the sentence says so) from the title's surroundings."""
    doc = view.span.doc
    # "by Nina Cole", "Kim Vale's song", "his 2022 hit", "the 'Alone With You' singer".
    for gap in (0, 1):
        k = title.end + gap
        if (
            k < view.span.end
            and doc[k].text.lower() == "by"
            and all(doc[j].text in ("”", '"', "’", "'", ",") for j in range(title.end, k))
        ):
            names = person_in(f, view, [doc[j] for j in range(k + 1, min(k + 5, view.span.end))])
            if names:
                return names, "by"
    named = _named_before(f, view, title)
    if named and (noun is None or side == "after"):
        return named, "possessive"
    if noun is not None and side == "before":
        # The possessive may hang from the title's head: "Ferran's new album Night Harbor", or
        # stand before the noun's adjectives where the parse lost it ("Lane's breakout single").
        p = (
            owner(f, view, noun)
            or owner(f, view, doc[title.end - 1])
            or _possessor_before(f, view, noun)
            or _role_owner(f, view, noun)
        )
        pronoun = next(
            (c.lower_ for c in noun.children if c.dep_ == "poss" and c.lower_ in PRONOUN_SEX), ""
        )
        if p and pronoun and f.cast.sex(p) != PRONOUN_SEX[pronoun]:
            return "", ""  # "he co-wrote her second album": hers, and unclear who she is
        if p:
            return p, "owner"
        if any(
            c.dep_ == "poss" and c.text.lower() in ("its", "their", "his", "her")
            for c in noun.children
        ):
            # "their Joshua Tree album", "its sophomore album": whose the clause is about.
            p = _one_of(f, subject_of(f, view, noun))
            if p and (not pronoun or f.cast.sex(p) == PRONOUN_SEX[pronoun]):
                return p, "owner"
            return "", ""
    if noun is not None and side == "after" and noun.text.lower() in lexicon.roles():
        p = who(f, view, noun) or (
            who(f, view, doc[noun.i + 1]) if noun.i + 1 < view.span.end else ""
        )
        if p:
            return p, noun.text.lower()
    maker, how = _verb_maker(
        f, view, noun if noun is not None and side == "before" else doc[title.end - 1]
    )
    if maker:
        return maker, "subject"
    if noun is not None and side == "before" and not any(c.dep_ == "poss" for c in noun.children):
        # "the single 'Chemical'" in a story about one star: the star's, unless someone
        # else is named in the sentence (or the clause's subject is a name nobody resolved:
        # "MGK dropped a track", where MGK may be anyone).
        listed = {i for t in titles_after(view, noun) for i in range(t.start, t.end)}
        people = {f.cast.who(view, t) for t in view.tokens if t.i not in listed} - {""}
        main = f.cast.main
        subj = subject_token(noun)
        if subj is not None and title.start <= subj.i < title.end:
            subj = None  # "Night Harbor will feature ...": the title is the subject
        if (
            subj is not None
            and subj.text[:1].isupper()
            and subj.tag_ not in ("PRP", "DT", "WP")
            and not f.cast.who(view, subj)
        ):
            # "Austin will feature the single 'Chemical'": the album's maker made its songs; a
            # name nobody resolved ("MGK dropped a track") may be anyone.
            words = " ".join(t.text for t in subj.subtree)
            album = next(
                (
                    x.subject
                    for x in f.facts
                    if x.kind == "album" and contains_phrase(words, x.value)
                ),
                "",
            )
            return (album, "album") if album else ("", "")
        if people <= {main} and main:
            return main, "story"
    return "", ""


_PART_NOUNS = frozenset(
    {
        "role",
        "roles",
        "part",
        "parts",
        "turn",
        "turns",
        "performance",
        "performances",
        "portrayal",
        "work",
        "appearance",
        "appearances",
        "cameo",
    }
)


def _role_owner(f: Findings, view: SentenceView, noun: Token) -> str:
    """Whose part in the work it is: "his roles in spy film Silver Of Midnight, ... and TV
    series including Harrowgate" (up through the list to "his roles"), "the 58-year-old lead of
    films such as ..." (the story's star, described by age)."""
    head = noun
    for _ in range(10):
        nxt = head.head
        if nxt == head or head.dep_ not in (
            "conj",
            "pobj",
            "appos",
            "prep",
            "compound",
            "nmod",
            "dobj",
        ):
            break
        if nxt.text.lower() in _PART_NOUNS and head.text.lower() in ("in", "of", "on"):
            return owner(f, view, nxt)
        if (
            nxt.text.lower() in ("star", "actor", "actress", "veteran", "alum")
            and head.text.lower() == "of"
        ):
            desc = [t.text.lower() for t in nxt.subtree][:6]
            if "old" in desc:
                return f.cast.main  # "the 58-year-old lead of films such as ..."
            return f.cast.topic(view)
        head = nxt
    return ""


def _one_of(f: Findings, subject: str) -> str:
    """One maker for "A and B": the story's star if one of them, else the first."""
    if " and " not in subject:
        return subject
    parts = subject.split(" and ")
    return f.cast.main if f.cast.main in parts else parts[0]


def artist_of(f: Findings, view: SentenceView, title: Title, noun: Token) -> str:
    """Who made a work introduced after its noun (for rules that meet the title again later)."""
    return _artist(f, view, title, noun, "before")[0]


def _bank_maker(f: Findings, title: str, kind: str, maker: str) -> str:
    """The maker the banks credit, when that person is in the article and is not the one the
    sentence seemed to say (the parse took "his movie 8 Mile" for the wrong "his")."""
    entries = [e for c, e in known_titles(title) if c == kind]
    if not entries:
        return maker
    by = str(entries[0].get("by", ""))
    if not by or normalize(by) == normalize(maker):
        return maker
    credited = f.cast.people.resolve(by) or next(
        (p for p in f.cast.people.persons if normalize(p) == normalize(by)), ""
    )
    return credited or maker


def _kind_of(noun: Token | None, title: Title) -> tuple[str, str]:
    """(fact kind, role) a title's work or role noun gives it."""
    if noun is not None and noun.text.lower() in lexicon.roles():
        role = noun.text.lower()
        field = lexicon.roles()[role]
        if field == "singer":
            return "song", role
        if field in ("actor", "") and role not in ("member", "winner"):
            bank = {c for c, _e in known_titles(title.text)}
            return ("film" if bank == {"film"} else "show" if "show" in bank else "screen"), role
        return "", ""
    if noun is None:
        return "", ""
    return KINDS.get(work_type(noun), ""), ""


def _record(
    f: Findings,
    view: SentenceView,
    title: Title,
    noun: Token | None,
    side: str,
    *,
    kind: str = "",
    weight: float = 1.3,
) -> None:
    """Record a work fact when its type and its maker are both known."""
    role = ""
    if not kind:
        kind, role = _kind_of(noun, title)
    trimmed = trim_title(f, view, title)
    if trimmed is None or not kind or _not_a_title(f, view, trimmed):
        return
    title = trimmed
    who_made, how = _artist(f, view, title, noun, side)
    if not who_made or normalize(who_made) == normalize(title.text):
        return
    if (
        kind in ("song", "album")
        or how == "owner"
        and noun is not None
        and any(c.dep_ == "poss" for c in noun.children)
    ):
        # The banks know a song's artist; a film's lead only settles "his movie 8 Mile".
        who_made = _bank_maker(f, title.text, "show" if kind == "screen" else kind, who_made)
    extra = _modifiers(noun) if noun is not None and side == "before" else {}
    if title.year:
        extra["year"] = title.year
    if noun is not None:
        extra["noun"] = work_phrase(noun) if side == "before" else noun.text.lower()
        hint = _show_hint(view, noun) if kind == "show" else ""
        if hint:
            extra["hint"] = hint
    if role:
        extra["role"] = role
    f.add(
        kind,
        who_made,
        title.text,
        view,
        relation=how,
        type="title",
        marked=title.marked,
        weight=weight,
        **extra,
    )


_TAIL_WORDS = frozenset(
    {
        "with",
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "to",
        "during",
        "after",
        "before",
        "alongside",
        "featuring",
        "via",
        "through",
    }
)


def trim_title(f: Findings, view: SentenceView, title: Title) -> Title | None:
    """A title without the words a run picked up after it ("Love Island in 2016", "Project with
    Charlamagne Tha God", "Instagram on Monday"), unless the banks know the whole."""
    if title.marked == "quoted" or known_titles(title.text):
        return title
    doc = view.span.doc
    for i in range(title.start + 1, title.end - 1):
        tok, nxt = doc[i], doc[i + 1]
        if tok.text in _TAIL_WORDS and (
            f.cast.who(view, nxt)
            or nxt.ent_type_ in ("DATE", "TIME", "CARDINAL", "GPE", "LOC")
            or nxt.text.lower() in ("the", "a", "an")
        ):
            cut = [doc[j] for j in range(title.start, i)]
            text = run_text(cut)
            return Title(text, title.start, i, title.marked, title.year) if text else None
    return title


def _show_hint(view: SentenceView, noun: Token) -> str:
    """The kind of show the preceding words say: "reality TV series", "the ABC dating show"."""
    words = lexicon.data()["show_kind_words"]
    doc = view.span.doc
    for i in range(noun.i, max(view.span.start, noun.i - 4) - 1, -1):
        kind = words.get(doc[i].text.lower())
        if kind:
            return str(kind)
    return ""


def _not_a_title(f: Findings, view: SentenceView, title: Title) -> bool:
    """True for a run that names a person, a network or a platform, not a work."""
    low = title.text.lower()
    if low in lexicon.word_set("platforms") or len(title.text) < 2:
        return True
    if title.marked != "quoted" and re.fullmatch(r"(?:19|20)\d\d", title.text):
        return True  # "his first screen role in 2012": a year, whatever film shares its name
    doc = view.span.doc
    toks = [doc[i] for i in range(title.start, title.end)]
    if (
        title.marked != "quoted"
        and toks
        and all(f.cast.who(view, t) for t in toks if t.text[:1].isupper())
    ):
        return _a_person(
            f, view, title, listed=True
        )  # a one-off "name" after a work noun is a title
    from ..distractors.titles import network_entry

    return bool(network_entry(title.text))


@rule
def titled_works(f: Findings) -> None:
    """Quoted titles beside a work or role noun; unquoted titles after or before a work noun."""
    works = lexicon.works()
    for view in f.sentences():
        quoted = quoted_titles(view)
        taken: set[int] = {i for t in quoted for i in range(t.start, t.end)}
        # Unquoted titles first: "Ferran's new album Night Harbor will feature the single
        # “Glass Heart”" makes the single the album maker's.
        _debut_named(f, view, taken)
        for tok in view.tokens:
            if (
                tok.i in taken
                or tok.text.lower() not in works
                or not tok.tag_.startswith("NN")
                or view.in_quote(tok)
                or tok.i in view.titled
                or not tok.text[:1].islower()
            ):
                continue
            after = titles_after(view, tok)
            for found in after:
                if found.start not in taken and not _a_person(
                    f, view, found, listed=len(after) > 1
                ):
                    _record(f, view, found, tok, "before", weight=1.3 if len(after) == 1 else 1.15)
                    taken.update(range(found.start, found.end))
            if not after:
                _record_before(f, view, tok, taken)
        for title in quoted:
            noun, side = _noun_near(view, title)
            if noun is None:
                _record_unmarked(f, view, title)
            else:
                _record(f, view, title, noun, side)
        _titled_opening(f, view)
        _lyrics_of(f, view, taken)
        _parts_in(f, view, taken)
        _possessive_stars(f, view)


# Music works a sentence may name beside a bare "debut", which then means the first album.
_ALBUM_NOUNS = frozenset({"album", "albums", "record", "lp", "ep", "mixtape"})


def _debut_named(f: Findings, view: SentenceView, taken: set[int]) -> None:
    """'the follow-up to his 2019 debut, Quiet Harbour': a bare "debut" with a title after it
    is the maker's first album when the sentence is about albums (a "film debut", a "Broadway
    debut" or a debut in a sentence about no album is not)."""
    if not any(t.text.lower() in _ALBUM_NOUNS and t.tag_.startswith("NN") for t in view.tokens):
        return
    for tok in view.tokens:
        if (
            tok.text != "debut"
            or not tok.tag_.startswith("NN")
            or any(c.dep_ in ("compound", "amod") for c in tok.children)
            or tok.i + 1 >= view.span.end
            or tok.nbor(1).text != ","
        ):
            continue
        for found in titles_after(view, tok):
            if found.start not in taken and not _a_person(f, view, found, listed=False):
                _record(f, view, found, tok, "before", kind="album")
                taken.update(range(found.start, found.end))


def _possessive_stars(f: Findings, view: SentenceView) -> None:
    """'“Adolescence’s” Erin Doherty', 'Bohemian Rhapsody's Rami Malek': a show or film in the
    possessive before a name is that person's (a title the banks know, or a quoted one)."""
    doc = view.span.doc
    for tok in view.tokens:
        if (
            not (tok.tag_ == "POS" or tok.text in ("’s", "'s"))
            or tok.i + 1 >= view.span.end
            or tok.i - 1 < view.span.start
        ):
            continue
        j = tok.i + 1
        closing = j < view.span.end and doc[j].text in ("”", '"', "’")
        if closing:
            j += 1  # "“Adolescence’s” Erin Doherty": the quotation closes after the possessive
        if j >= view.span.end:
            continue
        person = who(f, view, doc[j])
        if not person or doc[j].tag_ not in ("NNP", "NNPS"):
            continue
        end = tok.i
        k = end - 1
        quoted = closing or k in view.titled or doc[k].text in ("”", '"', "’")
        while k >= view.span.start and (doc[k].text in ("”", '"', "’") or k in view.titled):
            k -= 1
        if quoted:
            first = k + 1
            while first < end and doc[first].text in ("“", '"', "‘", "”", "’"):
                first += 1
            run = [
                doc[i]
                for i in range(first, end)
                if doc[i].text not in ("”", '"', "’", "“", "‘", "’s", "'s")
            ]
        else:
            run = []
            while k >= view.span.start and (
                doc[k].text[:1].isupper() or run and doc[k].text.lower() in ("of", "the", "and")
            ):
                run.insert(0, doc[k])
                k -= 1
        text = " ".join(t.text for t in run)
        if not run or who(f, view, run[-1]) and not known_titles(text):
            continue
        kinds = {c for c, _e in known_titles(text)} & {"film", "show"}
        if not kinds and not quoted:
            continue  # "Catastrophe's Rob Delaney": no title the banks know, nor quotation marks
        kind = kinds.pop() if len(kinds) == 1 else "screen"
        f.add(
            kind,
            person,
            text,
            view,
            relation="possessive",
            type="title",
            role="star",
            marked="quoted" if quoted else "unquoted",
            weight=1.1,
        )


def _named_just_before(view: SentenceView, tok: Token, actor: str) -> bool:
    """True when a capitalised name other than the actor stands in the few words before a
    "his role" ("Tom Ardley for his role in Lantern")."""
    doc = view.span.doc
    start = max(view.span.start, tok.i - 5)
    words = [t.text for t in doc[start : tok.i]]
    names = re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+", " ".join(w.split(":")[-1] for w in words))
    return any(not contains_phrase(actor, n) and n.split()[-1] not in actor for n in names)


def _parts_in(f: Findings, view: SentenceView, taken: set[int]) -> None:
    """'his role in Manchester by the Sea', 'her performance in The Lantern': the title a part
    was played in (a film or show as the banks know it, else a screen title)."""
    doc = view.span.doc
    for tok in view.tokens:
        if (
            tok.text.lower() not in ("role", "performance", "turn", "part", "portrayal")
            or tok.i + 2 >= view.span.end
        ):
            continue
        if doc[tok.i + 1].text.lower() != "in" or not any(c.dep_ == "poss" for c in tok.children):
            continue
        run = title_run([doc[j] for j in range(tok.i + 2, view.span.end)])
        if (
            not run
            or run[0].i in taken
            or any(d in doc[run[-1].i].text for d in ("—", "–"))
            and len(run) == 1
        ):
            continue
        title = Title(run_text(run), run[0].i, run[-1].i + 1, "unquoted")
        if not title.text or _a_person(f, view, title, listed=True) or _not_a_title(f, view, title):
            continue
        actor = owner(f, view, tok)
        if actor and _named_just_before(view, tok, actor):
            # "Tom Ardley for his role in Lantern": "his" is the name just before it, even
            # one the cast did not catch, not the story's star.
            actor = ""
        kinds = {c for c, _e in known_titles(title.text)} & {"film", "show"}
        kind = kinds.pop() if len(kinds) == 1 else "screen"
        if actor:
            f.add(
                kind,
                actor,
                title.text,
                view,
                relation="role in",
                type="title",
                role="star",
                marked="unquoted",
                weight=1.2,
            )
            taken.update(range(title.start, title.end))


_LYRIC_NOUNS = frozenset({"lyrics", "lyric", "verse", "verses", "chorus", "hook", "bars"})


def _lyrics_of(f: Findings, view: SentenceView, taken: set[int]) -> None:
    """'his lyrics on Remember The Name': the song whose words someone wrote or sings."""
    doc = view.span.doc
    for tok in view.tokens:
        if (
            tok.text.lower() not in _LYRIC_NOUNS
            or tok.i + 2 >= view.span.end
            or doc[tok.i + 1].text.lower() not in ("on", "in", "of", "from")
        ):
            continue
        run = title_run([doc[j] for j in range(tok.i + 2, view.span.end)])
        if len(run) < 2 or run[0].i in taken:
            continue
        title = Title(run_text(run), run[0].i, run[-1].i + 1, "unquoted")
        if _a_person(f, view, title, listed=True):
            continue
        maker = owner(f, view, tok)
        if maker and title.text:
            f.add(
                "song",
                maker,
                title.text,
                view,
                relation="lyrics",
                type="title",
                marked="unquoted",
                weight=1.1,
            )


def _a_person(f: Findings, view: SentenceView, title: Title, *, listed: bool) -> bool:
    """True when a title-case run after a work noun names a person, not a title. In a list
    ("the singles Paper Moon, Slow Burn and Night Train") a run the parse took for a name
    nobody else mentions is a title."""
    person = who(f, view, view.span.doc[title.start])
    if not person:
        return False
    p = f.cast.person(person)
    return not (listed and p is not None and p.mentions <= 1 and not p.famous)


def _record_unmarked(f: Findings, view: SentenceView, title: Title) -> None:
    """A quoted title with no work noun beside it: typed by a version noun ("a rendition of
    Sia's “Chandelier”"), a verb that makes songs, or the banks, when its maker is named."""
    doc = view.span.doc
    maker = _named_before(f, view, title)
    before = [
        doc[i].text.lower() for i in range(max(view.span.start, title.start - 5), title.start)
    ]
    kinds = {c for c, _e in known_titles(title.text)} & {
        "song",
        "album",
    }  # a possessive makes music, not shows
    if any(w in _VERSION_NOUNS for w in before):
        kinds = {"song"}
    if not maker and not any(w in _VERSION_NOUNS for w in before):
        verb_maker, lemma = _verb_maker(f, view, doc[title.end - 1])
        if lemma in ("perform", "sing", "record", "release", "drop", "cover") and verb_maker:
            maker, kinds = verb_maker, kinds or {"song"}
    owned = _possessor_text(view, title)
    if not maker and owned:
        # "a rendition of Sia's “Chandelier”": the banks may credit the name the parse did not know.
        credited = [
            e
            for c, e in known_titles(title.text)
            if c in ("song", "album") and normalize(str(e.get("by", ""))) == normalize(owned)
        ]
        if credited:
            maker, kinds = str(credited[0]["by"]), {CATEGORY_OF[str(credited[0]["type"])]}
        else:
            return  # someone else's song, by a name nobody resolved: not the singer's
    if not maker and any(w in _VERSION_NOUNS for w in before):
        subject = subject_of(f, view, doc[title.start])
        if subject and subject == f.cast.main:
            maker = subject  # "Gabby Barrett taps Charlie Puth for the new version of “Northbound”"
    if not maker:
        # A quoted title the banks credit to someone the article names: "“I Hope” topped the chart".
        for category, known in known_titles(title.text):
            resolved = f.cast.people.resolve(str(known.get("by", "")))
            if category in ("song", "album") and resolved:
                maker, kinds = resolved, {category}
                break
    if maker and len(kinds) == 1:
        kind = kinds.pop()
        f.add(
            kind,
            _bank_maker(f, title.text, kind, maker),
            title.text,
            view,
            relation="possessive",
            type="title",
            marked=title.marked,
            weight=1.2,
        )


def _record_before(f: Findings, view: SentenceView, noun: Token, taken: set[int]) -> None:
    """A title in front of its work noun: "their Joshua Tree album", "the Twelve Carat tour"."""
    title = title_before(view, noun)
    if title is None or title.start in taken:
        return
    doc = view.span.doc
    toks = [doc[i] for i in range(title.start, title.end)]
    known = known_titles(title.text) or known_titles(f"The {title.text}")
    if not known:
        if any(f.cast.who(view, t) for t in toks) or any(
            t.ent_type_
            in ("DATE", "TIME", "NORP", "GPE", "LOC", "ORDINAL", "CARDINAL", "PERCENT", "MONEY")
            for t in toks
        ):
            return  # "a Drake song", "her 2019 tour", "the North American leg"
        if len(toks) == 1 and (
            toks[0].tag_ not in ("NNP", "NNPS") or toks[0].text.lower() in _GENERIC_BEFORE
        ):
            return
        if all(t.text.lower() in _GENERIC_BEFORE or t.tag_ == "JJ" for t in toks):
            return
        if toks[0].is_sent_start:
            return  # a sentence-initial capital says nothing about a title
    if normalize(title.text) in {normalize(w) for w in lexicon.data().get("genre_words", [])}:
        return
    taken.update(range(title.start, title.end))
    if noun.text.lower() in _FOLLOW_NOUNS:
        who_made, _how = _artist(f, view, title, noun, "before")
        if who_made:
            f.add(
                "film",
                who_made,
                title.text,
                view,
                relation="sequel",
                type="title",
                marked="unquoted",
                noun=noun.text.lower(),
                weight=1.2,
            )
        return
    _record(f, view, title, noun, "before", weight=1.2)


def _titled_opening(f: Findings, view: SentenceView) -> None:
    """'Titled, Carried By Rivers To Be Finally Home, the record is ...'."""
    toks = view.tokens
    if len(toks) < 4 or toks[0].text.lower() not in lexicon.word_set("title_verbs"):
        return
    start = 2 if toks[1].text == "," else 1
    run = title_run(toks[start:])
    if not run:
        return
    after = toks[start + len(run) :]
    noun = next((t for t in after[:4] if t.text.lower() in lexicon.works()), None)
    if noun is None:
        return
    text = run_text(run)
    kind = KINDS.get(work_type(noun), "")
    maker = f.cast.main
    if kind and maker and text:
        f.add(
            kind,
            maker,
            text,
            view,
            relation="titled",
            type="title",
            marked="unquoted",
            noun=work_type(noun),
            weight=1.4,
        )


_SHOW_VERBS = frozenset(
    {
        "appear",
        "star",
        "compete",
        "feature",
        "guest",
        "return",
        "join",
        "host",
        "co-host",
        "debut",
        "perform",
        "sing",
        "reveal",
        "announce",
        "confirm",
        "tell",
        "talk",
        "discuss",
        "share",
        "judge",
        "win",
    }
)
_SHOW_NOUNS = frozenset(
    {
        "appearance",
        "episode",
        "finale",
        "season",
        "set",
        "stage",
        "premiere",
        "contestant",
        "contestants",
        "judge",
        "judges",
        "guest",
        "stint",
        "spot",
        "role",
    }
)
_EPISODE_WORDS = frozenset(
    {
        "season",
        "series",
        "finale",
        "edition",
        "episode",
        "premiere",
        "broadcast",
        "installment",
        "instalment",
    }
)
_DAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})


def _show_after(view: SentenceView, start: int) -> tuple[list[Token], bool]:
    """The show title starting at token index start, past "the season 20 finale of", "Thursday's",
    "tonight's broadcast of", "Matt James' season of"; (tokens, quoted)."""
    doc = view.span.doc
    end = view.span.end
    for j in range(start, min(start + 9, end - 2)):
        if doc[j].text.lower() in _EPISODE_WORDS:
            k = j + 1
            while k < min(j + 3, end - 1) and (
                doc[k].like_num or doc[k].text.lower() in _ORDINAL_WORDS
            ):
                k += 1  # "season one of", "Season 9 of"
            if doc[k].text.lower() == "of":
                start = k + 1
                break
    if start + 1 < end and doc[start + 1].tag_ == "POS":
        from ..distractors.titles import network_entry

        if network_entry(doc[start].text):
            start += 2  # "NBC's singing competition The Voice": past the network and its nouns
            while start < end and doc[start].text[:1].islower():
                start += 1
    for _ in range(2):
        if (
            start + 1 < end
            and (
                doc[start].text in _DAYS
                or doc[start].text.lower() in ("tonight", "today", "sunday", "last", "this")
            )
            and doc[start + 1].tag_ == "POS"
        ):
            start += 2  # "Monday's Late Hours With Ada Quill"
    if (
        start < end
        and doc[start].text.lower() == "the"
        and start + 1 < end
        and doc[start + 1].i in view.titled
    ):
        start += 1
    if start < end and doc[start].text in ("“", '"', "‘"):
        inner = []
        k = start + 1
        while k < end and k in view.titled:
            inner.append(doc[k])
            k += 1
        return inner, True
    if (
        start < end
        and doc[start].text == "the"
        and start + 1 < end
        and doc[start + 1].text[:1].isupper()
    ):
        start += 1
    run = title_run([doc[j] for j in range(start, end)])
    if (
        run
        and run[-1].i + 2 < end
        and doc[run[-1].i + 1].text == ":"
        and doc[run[-1].i + 2].text[:1].isupper()
    ):
        # "Watch What Happens: Live": a colon inside a title the banks know.
        longer = title_run([doc[j] for j in range(run[-1].i + 2, end)])
        if longer and known_titles(run_text([*run, doc[run[-1].i + 1], *longer])):
            run = [*run, doc[run[-1].i + 1], *longer]
    return run, False


def _network_off(run: list[Token]) -> list[Token]:
    """A show title without the network's possessive in front ("Bravo's Watch What Happens")."""
    from ..distractors.titles import network_entry

    for k, tok in enumerate(run[:4]):
        if tok.tag_ == "POS" and k > 0 and network_entry(" ".join(t.text for t in run[:k])):
            return run[k + 1 :]
    return run


@rule
def shows_on(f: Findings) -> None:
    """'appears on The Real Neighbours of Maple Court', 'an appearance on Watch What Happens:
    Live', "revealed on Monday's Late Hours With Ada Quill", 'contestants on “Big Brother”'."""
    for view in f.sentences():
        doc = view.span.doc
        for prep in view.tokens:
            if (
                prep.text.lower() not in ("on", "in")
                or view.in_quote(prep)
                or prep.i + 1 >= view.span.end
            ):
                continue
            if prep.i > view.span.start and doc[prep.i - 1].text.lower() in (
                "first",
                "only",
                "exclusively",
            ):
                continue  # "appeared first on <site>": a web page's footer, not a show
            head = prep.head
            verb = head if head.tag_.startswith("VB") else None
            noun_ok = head.text.lower() in _SHOW_NOUNS
            if verb is None and not noun_ok:
                continue
            if verb is not None and lexicon.lemma_of(verb.text) not in _SHOW_VERBS:
                continue
            if prep.text.lower() == "in" and not (
                verb is not None
                and lexicon.lemma_of(verb.text) in ("appear", "star", "compete")
                or head.text.lower() in ("role", "stint")
            ):
                continue
            run, quoted = _show_after(view, prep.i + 1)
            if not run:
                continue
            if not quoted:
                run = _network_off(run)
                found = (
                    trim_title(f, view, Title(run_text(run), run[0].i, run[-1].i + 1, "unquoted"))
                    if run
                    else None
                )
                if found is None:
                    continue
                run = [doc[j] for j in range(found.start, found.end)]
                if run and run[-1].tag_ == "POS":
                    continue  # "star in Marvel's upcoming flick": an owner, not a show
            title = run_text(run) if not quoted else " ".join(t.text for t in run).strip()
            if (
                not run
                or not quoted
                and (
                    who(f, view, run[0])
                    or run[0].ent_type_ in ("DATE", "TIME", "GPE", "LOC", "CARDINAL", "NORP")
                )
            ):
                continue
            if run[0].text.lower() in lexicon.word_set("platforms"):
                continue
            if (
                len(title) < 3
                or title.lower() in lexicon.word_set("platforms")
                or title.lower() in ("social media", "the", "tv", "television", "stage", "camera")
            ):
                continue
            from ..distractors.titles import network_entry

            if network_entry(title):
                continue
            if (
                not quoted
                and not known_titles(title)
                and not any(t.tag_ in ("NNP", "NNPS") for t in run)
            ):
                continue
            subj_tok = subject_token(verb if verb is not None else head)
            described = (
                subj_tok is not None
                and subj_tok.text.lower() in lexicon.word_set("descriptor_heads") | {"member"}
                and any(c.text.lower() == "the" for c in subj_tok.children)
            )
            if (
                subj_tok is not None
                and not who(f, view, subj_tok)
                and subj_tok.tag_ != "PRP"
                and subj_tok.text.lower() not in ("who",)
                and not described
            ):
                if head.text.lower() not in ("contestants", "contestant"):
                    continue  # "The post appeared on ...": a thing, not a person
            people = _people_of(f, view, verb if verb is not None else head)
            if not people and described and f.cast.topic(view):
                people = [f.cast.topic(view)]  # "The Saturday Night Live alum said on ..."
            lemma = lexicon.lemma_of(verb.text) if verb is not None else head.text.lower()
            role = (
                "host"
                if lemma in ("host", "co-host")
                else "contestant"
                if lemma in ("compete", "contestant", "contestants", "win")
                else "judge"
                if lemma in ("judge", "judges")
                else "guest"
                if lemma in ("appear", "appearance", "guest", "episode")
                else ""
            )
            for person in people:
                f.add(
                    "show",
                    person,
                    title,
                    view,
                    relation="appeared",
                    type="title",
                    marked="quoted" if quoted else "unquoted",
                    role=role,
                    weight=1.1,
                )


_INTERVIEW_KINDS = frozenset({"talk", "late-night", "morning", "news"})


@rule
def told_shows(f: Findings) -> None:
    """'Ortega told CBS' Sunrise Hour that ...': an interview on a talk, morning
    or news show the banks know."""
    from ..distractors.titles import bank_title

    for view in f.sentences():
        doc = view.span.doc
        for tok in view.tokens:
            if (
                not tok.tag_.startswith("VB")
                or lexicon.lemma_of(tok.text) not in ("tell", "reveal", "confirm")
                or view.in_quote(tok)
            ):
                continue
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
            if obj is None:
                continue
            start = min(t.i for t in obj.subtree)
            run = _network_off(title_run([doc[j] for j in range(start, view.span.end)]))
            # "ABC News' Good Morning America": past a network's (or its news division's) possessive
            for k, t in enumerate(run):
                if t.tag_ == "POS" or t.text in ("'", "’"):
                    run = run[k + 1 :]
                    break
            text = run_text(run) if run else ""
            show = bank_title(text, "show") if text else None
            person = subject_of(f, view, tok)
            if show and show.get("kind") in _INTERVIEW_KINDS and person and " and " not in person:
                f.add(
                    "show",
                    person,
                    text,
                    view,
                    relation="appeared",
                    type="title",
                    role="guest",
                    marked="unquoted",
                    weight=1.0,
                )


def _people_of(f: Findings, view: SentenceView, tok: Token) -> list[str]:
    """Who a show verb or noun is about: the clause subject (both of a couple)."""
    subject = subject_of(f, view, tok)
    if not subject:
        return []
    return subject.split(" and ") if " and " in subject else [subject]


_AIR_VERBS = frozenset(
    {"air", "return", "premiere", "stream", "debut", "broadcast", "launch", "run", "move"}
)
_SHOW_NOUN_WORDS = frozenset(
    {
        "series",
        "show",
        "sitcom",
        "drama",
        "program",
        "programme",
        "special",
        "soap",
        "docuseries",
        "miniseries",
    }
)


def _network_spans(view: SentenceView) -> list[tuple[int, int, str]]:
    """The banks' TV networks and streamers, as (start, end, name) spans ("ABC", "Channel 4")."""
    from ..distractors.titles import network_entry, network_first_words

    first = network_first_words()
    toks = view.tokens
    out = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        if not tok.text[:1].isupper() or tok.text.lower() not in first or view.in_quote(tok):
            k += 1
            continue
        for n in (3, 2, 1):
            if k + n > len(toks):
                continue
            span = toks[k : k + n]
            text = "".join(t.text_with_ws for t in span).strip()
            entry = (
                network_entry(text)
                if span[-1].tag_ != "POS" and span[-1].text not in (",", ".")
                else None
            )
            if entry is not None:
                out.append((tok.i, tok.i + n, str(entry["name"])))
                k += n - 1
                break
        k += 1
    return out


def _article_shows(f: Findings) -> list[str]:
    """Shows the article names that the banks know, the headline's first."""
    seen: list[str] = []
    title = f.reading.article.title or ""
    texts = [title] + [v.text for v in f.reading.sents]
    for text in texts:
        for m in re.finditer(
            r"[“\"‘']?([A-Z][\w'’&!:.-]*(?:\s+(?:[A-Z][\w'’&!:.-]*|of|the|and|with|in|on|a))*)",
            text,
        ):
            cand = m.group(1).strip(" .:")
            for size in range(len(cand.split()), 0, -1):
                piece = " ".join(cand.split()[:size])
                if any(c == "show" for c, _e in known_titles(piece)) and piece not in seen:
                    seen.append(piece)
                    break
    return seen


@rule
def networks(f: Findings) -> None:
    """Which network airs a show: "NBC's smash singing series, The Stage", "Bravo's Watch What
    Happens", "“The Bachelor” returns ... on ABC", "the hit ABC series" (the article's show the
    banks place on ABC), "Bad Sisters (Apple TV+)"."""

    shows: list[str] | None = None
    for view in f.sentences():
        spans = _network_spans(view)
        if not spans:
            continue
        doc = view.span.doc
        for start, end, network in spans:
            found, tense = "", "present"
            after = doc[end] if end < view.span.end else None
            if after is not None and after.tag_ == "POS":
                # "NBC's smash singing series, The Stage" / "Bravo's Watch What Happens: Live"
                k = end + 1
                while k < view.span.end and (
                    doc[k].tag_ in ("JJ", "NN", "NNS")
                    and doc[k].text.lower() not in _SHOW_NOUN_WORDS
                    and doc[k].text[:1].islower()
                ):
                    k += 1
                if k < view.span.end and doc[k].text.lower() in _SHOW_NOUN_WORDS:
                    k += 1
                    if k < view.span.end and doc[k].text == ",":
                        k += 1
                run = title_run([doc[j] for j in range(k, view.span.end)])
                if run and not f.cast.who(view, run[0]):
                    found = run_text(run)
            elif (
                start > view.span.start
                and doc[start - 1].text == "("
                and start - 2 >= view.span.start
            ):
                run = _run_before(view, start - 1)  # "Bad Sisters (Apple TV+)"
                found = run_text(run) if run else ""
            elif after is not None and after.text.lower() in _SHOW_NOUN_WORDS | {
                "dating",
                "reality",
                "talk",
                "morning",
                "network",
            }:
                k = end
                while k < view.span.end and doc[k].text.lower() in _SHOW_NOUN_WORDS | {
                    "dating",
                    "reality",
                    "talk",
                    "morning",
                    "network",
                    "comedy",
                    "game",
                    "competition",
                    "tv",
                }:
                    k += 1
                named = [t for t in quoted_titles(view) if t.start in (k, k + 1)]
                if named:
                    found = named[0].text  # "hit Netflix show ‘Racing the Dawn’"
                else:
                    quoted = [t for t in quoted_titles(view) if t.start < start]
                    if quoted:
                        # "“Lucky Spin” first ran as an NBC network program in 1979"
                        found, tense = quoted[0].text, _tense(view)
                    else:
                        # "the hit ABC series": the article's show the banks put on this network
                        if shows is None:
                            shows = _article_shows(f)
                        found = _show_on(f, view, shows, network)
            else:
                prep = doc[start].head if doc[start].dep_ == "pobj" else None
                verb = prep.head if prep is not None and prep.text.lower() == "on" else None
                for _ in range(3):
                    if verb is None or verb.tag_.startswith("VB") or verb.head == verb:
                        break
                    verb = verb.head  # "returns on Feb. 6, 2024 at 9PM on ABC"
                if (
                    verb is not None
                    and verb.tag_.startswith("VB")
                    and lexicon.lemma_of(verb.text) in _AIR_VERBS
                ):
                    subj = subject_token(verb)
                    if subj is not None:
                        words = " ".join(
                            t.text for t in subj.subtree if t.text not in ("“", "”", '"')
                        )
                        # "The special will premiere on Netflix": a title is written as one
                        titled = all(
                            w[:1].isupper() or not w[:1].isalpha()
                            for w in words.split()
                            if len(w) > 3
                        )
                        found = (
                            words if known_titles(words) and titled or subj.i in view.titled else ""
                        )
                        tense = _tense(view)
            found = found.strip(" “”\"‘’'")
            if found and not network_entry_of(found) and len(found) > 2:
                f.add(
                    "show",
                    found,
                    network,
                    view,
                    relation="network",
                    type="network",
                    tense=tense,
                    weight=0.9,
                )


def _show_on(f: Findings, view: SentenceView, shows: list[str], network: str) -> str:
    """The show "the hit ABC series" means: one of the sentence's people's shows, else the
    headline's, else the only one of the article's shows that the banks put on the network."""
    from ..distractors.titles import bank_title

    fits = [t for t in shows if (bank_title(t, "show") or {}).get("network") == network]
    people = {f.cast.who(view, t) for t in view.tokens} - {""} | {f.cast.topic(view)}
    theirs = [
        x.value
        for x in f.facts
        if x.kind in ("show", "screen") and x.subject in people and x.value in fits
    ]
    if theirs:
        return theirs[0]
    headline = f.reading.article.title or ""
    top = [t for t in fits if normalize(t) in normalize(headline)]
    if top:
        return top[0]
    return fits[0] if len(fits) == 1 else ""


def _tense(view: SentenceView) -> str:
    """'past' when the sentence's main verb is in the past ("originally aired as an NBC
    program"), else 'present' ("returns on ABC", "NBC's smash series")."""
    root = view.span.root
    if root.tag_ in ("VBD", "VBN") and not any(
        c.text.lower() in ("has", "have", "will") for c in root.children
    ):
        return "past"
    return "present"


def network_entry_of(text: str) -> bool:
    """True when a text is itself a network's name."""
    from ..distractors.titles import network_entry

    return network_entry(text) is not None


def _run_before(view: SentenceView, end: int) -> list[Token]:
    """The title-case run ending right before token index end."""
    doc = view.span.doc
    toks: list[Token] = []
    i = end - 1
    while i >= view.span.start and (
        doc[i].text[:1].isupper() or toks and doc[i].text.lower() in ("of", "the", "and", "&")
    ):
        toks.insert(0, doc[i])
        i -= 1
    while toks and toks[0].text.lower() in ("of", "the", "and", "&") and toks[0].text != "The":
        toks = toks[1:]
    return toks


_PLAY_VERBS = frozenset({"play", "portray"})
_ROLE_NOUNS = frozenset({"role", "portrayal", "turn", "part"})
_CAST_VERBS = frozenset({"cast", "appear", "star", "return", "reprise", "debut", "feature"})
_WORK_NOUNS = frozenset(
    {
        "film",
        "movie",
        "series",
        "show",
        "drama",
        "sitcom",
        "comedy",
        "franchise",
        "sequel",
        "version",
        "musical",
        "play",
        "soap",
    }
)
_NOT_CHARACTERS = frozenset(
    {
        "role",
        "roles",
        "part",
        "character",
        "father",
        "mother",
        "dad",
        "mom",
        "husband",
        "wife",
        "son",
        "daughter",
    }
)


def _name_run(view: SentenceView, start: int) -> list[Token]:
    """The capitalised run of a character's name from token index start ("Dr. Helen Cho",
    "Lady Mary Crawley"), past an article and descriptive words ("the immortal Gilgamesh",
    "the Goodman family patriarch Martin")."""
    doc = view.span.doc
    i = start
    while i < view.span.end and (
        doc[i].text.lower() in ("the", "a", "an")
        or doc[i].text[:1].islower()
        and doc[i].tag_[:2] in ("JJ", "NN")
        and i + 1 < view.span.end
    ):
        i += 1
    while (
        i < view.span.end
        and doc[i].text[:1].isupper()
        and i + 1 < view.span.end
        and doc[i + 1].text[:1].islower()
        and doc[i + 1].tag_[:2] in ("NN", "JJ")
        and doc[i + 1].text not in _NOT_CHARACTERS
    ):
        i += 2  # "the Goodman family patriarch Martin": a surname used as a modifier, then its noun
        while i < view.span.end and doc[i].text[:1].islower() and doc[i].tag_[:2] in ("NN", "JJ"):
            i += 1
    run: list[Token] = []
    while i < view.span.end and (
        doc[i].text[:1].isupper()
        or doc[i].text == "."
        and run
        and run[-1].text in ("Dr", "Mr", "Mrs", "Ms", "St")
    ):
        run.append(doc[i])
        i += 1
    while run and run[-1].text == ".":
        run.pop()
    return run


def _work_in(f: Findings, view: SentenceView, after: int, actor: str) -> str:
    """The film or show a part is played in: "in Avengers: Age Of Ultron", "of Downton Abbey",
    "in the period drama" (the sentence's or the actor's show)."""
    doc = view.span.doc
    for i in range(after, min(after + 12, view.span.end)):
        if doc[i].text.lower() in ("in", "of", "on") and i + 1 < view.span.end:
            j = i + 1
            if (
                doc[j].text.lower() == "the"
                and j + 1 < view.span.end
                and doc[j + 1].text[:1].isupper()
            ):
                j += 1
            run = title_run([doc[k] for k in range(j, view.span.end)])
            end = run[-1].i + 1 if run else j
            if (
                run
                and end + 1 < view.span.end
                and doc[end].text == ":"
                and doc[end + 1].text[:1].isupper()
            ):
                run = [
                    *run,
                    doc[end],
                    *title_run([doc[k] for k in range(end + 1, view.span.end)]),
                ]  # "Avengers: Age Of Ultron"
            text = run_text(run) if run else ""
            known = known_titles(text) or known_titles(f"The {text}")
            if run and (known or ":" in text and not who(f, view, run[0])):
                return text
    mentioned = [
        x.value
        for x in f.facts
        if x.kind in ("film", "show", "screen")
        and x.relation != "network"
        and x.evidence.index == view.index
    ]
    mentioned += [
        x.subject for x in f.facts if x.relation == "network" and x.evidence.index == view.index
    ]
    # A title the article gives elsewhere, written again here ("The Marvels is scheduled ...").
    mentioned += [
        x.value
        for x in f.facts
        if x.kind in ("film", "show", "screen")
        and x.relation != "network"
        and contains_phrase(view.text, x.value)
    ]
    if mentioned:
        return mentioned[0]
    said = {t.text.lower() for t in doc[after : min(after + 12, view.span.end)]}
    if said & _WORK_NOUNS:
        own = [
            x.value
            for x in f.facts
            if x.kind in ("film", "show", "screen")
            and x.subject == actor
            and x.relation != "network"
        ]
        if len(set(own)) == 1:
            return own[0]
        every = {
            x.value
            for x in f.facts
            if x.kind in ("film", "show", "screen") and x.relation != "network"
        }
        if len(every) == 1 and not own:
            return every.pop()  # "in the period drama": the one drama the article is about
    return ""


def _actor_before(f: Findings, view: SentenceView, tok: Token) -> str:
    """The person a relative clause is about: "Michelle Dockery - who played ...", "Kim Ha
    Jun who was cast ..."."""
    doc = view.span.doc
    k = tok.i - 1
    while k > view.span.start and doc[k].text in (",", "-", "–", "—", "who"):
        k -= 1
    return who(f, view, doc[k]) if k >= view.span.start else ""


@rule
def characters(f: Findings) -> None:
    """Parts played: 'Paul played the Ashby family patriarch Victor in ...', 'who played Lady
    Ada Quill in the costume drama', 'reprise his role of Tom Branson', 'cast in The Eternals
    as the immortal Gilgamesh', 'his portrayal of Queen frontman Freddie Mercury'."""
    for view in f.sentences():
        doc = view.span.doc
        for tok in view.tokens:
            if view.in_quote(tok):
                continue
            low = tok.text.lower()
            lemma = lexicon.lemma_of(tok.text) if tok.tag_.startswith("VB") else ""
            actor, start = "", -1
            if lemma in _PLAY_VERBS:
                obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if obj is None or obj.text.lower() in _NOT_CHARACTERS:
                    continue
                start = min(t.i for t in obj.subtree)
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                actor = (
                    _actor_before(f, view, subj)
                    if subj is not None and subj.text.lower() == "who"
                    else subject_of(f, view, tok)
                )
            elif (
                low in _ROLE_NOUNS
                and tok.i + 1 < view.span.end
                and doc[tok.i + 1].text.lower() in ("of", "as")
            ):
                start = tok.i + 2
                actor = owner(f, view, tok) or subject_of(f, view, tok)
            elif (
                low == "as"
                and tok.head.tag_.startswith("VB")
                and lexicon.lemma_of(tok.head.text) in _CAST_VERBS
            ):
                start = tok.i + 1
                verb = tok.head
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                actor = (
                    _actor_before(f, view, subj)
                    if subj is not None and subj.text.lower() == "who"
                    else subject_of(f, view, verb)
                )
            if start < 0 or not actor or " and " in actor:
                continue
            run = _name_run(view, start)
            if (
                not run
                or len(run) > 4
                or run[-1].i + 1 < view.span.end
                and doc[run[-1].i + 1].tag_ == "POS"
            ):
                continue  # "played Quaid's on-screen fiancee": a part described, not named
            name = " ".join(t.text for t in run).replace(" .", ".")
            real = who(f, view, run[-1])
            if real == actor or name.lower() in ("him", "her"):
                continue
            work = _work_in(f, view, run[-1].i + 1, actor) or _work_in(
                f, view, view.span.start, actor
            )
            if not work or normalize(work) == normalize(name):
                continue
            f.add(
                "role",
                actor,
                name,
                view,
                relation="played",
                type="character",
                work=work,
                real="yes" if famous(name) else "",
                sex=f.cast.sex(actor),
                weight=1.1,
            )


_SHOW_ROLE_NOUNS = frozenset(
    {"winner", "champion", "runner-up", "contestant", "judge", "star", "alum", "finalist"}
)  # "host of" is read with the hosts


@rule
def show_roles_of(f: Findings) -> None:
    """'Dana Holt, the winner of Season 4 of NBC's smash singing series, The Stage', 'a judge
    on “Idol Nights”': a role noun, then the show."""
    for view in f.sentences():
        doc = view.span.doc
        for tok in view.tokens:
            low = tok.text.lower()
            if (
                low not in _SHOW_ROLE_NOUNS
                or not tok.text[:1].islower()
                or tok.i + 2 >= view.span.end
                or view.in_quote(tok)
            ):
                continue
            if doc[tok.i + 1].text.lower() not in ("of", "on"):
                continue
            start = tok.i + 2
            # past "Season 4 of NBC's smash singing series," to the title
            for j in range(start, min(start + 10, view.span.end - 1)):
                if doc[j].text.lower() in _SHOW_NOUN_WORDS and doc[j + 1].text == ",":
                    start = j + 2
                    break
            run, quoted = _show_after(view, start)
            if not run:
                continue
            title = " ".join(t.text for t in run).strip() if quoted else run_text(run)
            if not quoted and not (known_titles(title) or known_titles(f"The {title}")):
                continue  # an unquoted run after "winner of" is often a prize or a place
            if (
                title.lower().startswith("the ") is False
                and known_titles(f"The {title}")
                and not known_titles(title)
            ):
                title = f"The {title}"
            person = who(f, view, tok.head) if tok.dep_ == "appos" else ""
            person = person or next(
                (who(f, view, c) for c in tok.children if c.dep_ == "appos" and who(f, view, c)), ""
            )
            if person:
                role = {
                    "runner-up": "contestant",
                    "finalist": "contestant",
                    "champion": "winner",
                }.get(low, low)
                f.add(
                    "show",
                    person,
                    title,
                    view,
                    relation=role,
                    type="title",
                    role=role,
                    marked="quoted" if quoted else "unquoted",
                    weight=1.3,
                )
