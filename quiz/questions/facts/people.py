"""Who the article names: people (and bands) found from proper-noun runs and cues, clustered.

The small English model often labels a celebrity ORG or GPE ("Tyson Fury", "Paris" the wife),
so a run of proper nouns counts as a person on the weight of its cues: the entity label, a kin
or role noun beside it, a known first name, a verb only people do, and a pronoun that follows.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..dates import MONTHS, WEEKDAYS
from ..model import Person
from . import lexicon
from .reading import Reading, SentenceView

if TYPE_CHECKING:
    from spacy.tokens import Token

_NAME_TOKEN = re.compile(
    r"^(?:[A-Z][\w'’.-]*|Mc\w+|de|da|van|von|del|la|le|dos|du|of|Jr\.?|Sr\.?|II|III|IV)$"
)
_NOT_NAMES = frozenset(
    {m.lower() for m in MONTHS + WEEKDAYS}
    | set("the a an i he she they we it his her their our my this that god mom dad mama".split())
    | set("rip proud congrats congratulations wow omg happy welcome love thanks thank yes".split())
)
_PARTICLES = frozenset("de da van von del la le dos du".split())
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
PERSON_THRESHOLD = 3


@dataclass
class Mention:
    """A resolved name inside one sentence (token offsets in the paragraph's doc)."""

    start: int
    end: int
    person: str


@functools.cache
def _detector() -> object:
    """gender-guesser's first-name table (loaded once)."""
    import gender_guesser.detector as gender

    return gender.Detector(case_sensitive=False)


def _gender(first: str) -> str:
    """gender-guesser's verdict, as the English-speaking world uses the name when its tables
    say ("Kyle" is mostly a man's name there, mostly a woman's across all countries)."""
    local = str(_detector().get_gender(first, "usa"))  # type: ignore[attr-defined]
    if local not in ("unknown", "andy"):
        return local
    return str(_detector().get_gender(first))  # type: ignore[attr-defined]


def first_name_guess(first: str) -> str:
    """gender-guesser's verdict on a first name: 'F', 'M', 'A' (either) or '' (unknown)."""
    guess = _gender(first)
    return {"female": "F", "mostly_female": "F", "male": "M", "mostly_male": "M", "andy": "A"}.get(
        guess, ""
    )


def first_name_vote(first: str) -> tuple[str, int]:
    """('F'|'M', weight) from a first name: 2 when the tables are sure, 1 for "mostly"."""
    guess = _gender(first)
    return {
        "female": ("F", 2),
        "male": ("M", 2),
        "mostly_female": ("F", 1),
        "mostly_male": ("M", 1),
    }.get(guess, ("", 0))


def sex_of_first_name(first: str) -> str:
    """'F' or 'M' from a first name, '' when the tables do not say."""
    guess = first_name_guess(first)
    return guess if guess in ("F", "M") else ""


def looks_like_name(text: str) -> bool:
    """True for 1-5 capitalised words that are not a month, weekday or pronoun."""
    parts = text.split()
    if not 1 <= len(parts) <= 5 or text.lower() in _NOT_NAMES:
        return False
    if len(parts) == 1 and text.lower() in lexicon.data()["honorifics"]:
        return False  # "the late Queen's": a title on its own names nobody in particular
    if not parts[0][:1].isupper() or parts[0].lower() in _NOT_NAMES:
        return False
    short_ok = len(parts) == 1 and re.match(r"^[A-Z][A-Z0-9]{1,5}$", parts[0])  # "U2", "MGK"
    return all(_NAME_TOKEN.match(p) for p in parts) and (
        any(len(p) > 2 for p in parts) or bool(short_ok)
    )


_AGED = re.compile(r"^(?:\d+|[a-z]+)-(?:year|month|week)s?-old$")


def _aged_month(toks: list[Token], view: SentenceView) -> bool:
    """True for a month that is a child's name: "two-year-old August" (only people are given an
    age like that, and no date follows one)."""
    if len(toks) != 1 or toks[0].text.lower() not in {m.lower() for m in MONTHS}:
        return False
    i = toks[0].i
    doc = view.span.doc
    before = doc[i - 1] if i > view.span.start else None
    aged = before is not None and (
        bool(_AGED.match(before.text.lower()))
        or before.text.lower() == "old"
        and before.i - 2 >= view.span.start
        and doc[before.i - 2].text.lower().rstrip("s") in ("year", "month", "week")
    )
    if not aged:
        return False
    return i + 1 >= view.span.end or not doc[i + 1].like_num


def _runs(view: SentenceView) -> list[list[Token]]:
    """Maximal runs of proper nouns outside quotations ("Prince Tyson Fury II")."""
    runs: list[list[Token]] = []
    cur: list[Token] = []
    skip_to = -1
    doc = view.span.doc
    for tok in view.tokens:
        if tok.i < skip_to:
            continue
        if cur and tok.text in ("“", '"', "‘", "'", "(") and tok.i + 2 < view.span.end:
            # Chris “Swaggy C” Williams, Chris (Swaggy C) Williams: a nickname inside the name.
            closers = (")",) if tok.text == "(" else ("”", '"', "’", "'")
            close = next(
                (
                    j
                    for j in range(tok.i + 1, min(tok.i + 5, view.span.end))
                    if doc[j].text in closers
                ),
                None,
            )
            if close is not None and close + 1 < view.span.end and doc[close + 1].tag_ == "NNP":
                skip_to = close + 1
                continue
        proper = (
            (tok.tag_ in ("NNP", "NNPS") or tok.ent_type_ == "PERSON")
            and _NAME_TOKEN.match(tok.text)
            and (not view.in_quote(tok) or bool(cur) or _kin_before(view, tok))
            and tok.i not in view.titled
        )
        particle = bool(cur) and tok.text.lower() in _PARTICLES
        # "Kaia-Rose Penrith": a hyphen written tight between two capitalised names.
        nxt = doc[tok.i + 1] if tok.i + 1 < view.span.end else None
        hyphen = (
            bool(cur)
            and tok.text == "-"
            and not cur[-1].whitespace_
            and not tok.whitespace_
            and nxt is not None
            and nxt.text[:1].isupper()
        )
        if proper or particle or hyphen or (cur and tok.text in ("Jr.", "Sr.")):
            cur.append(tok)
            continue
        if cur:
            runs.append(cur)
        cur = []
    if cur:
        runs.append(cur)
    return [r for r in runs if r[-1].text.lower() not in _PARTICLES]


def _kin_before(view: SentenceView, tok: Token) -> bool:
    """Inside a quotation only a name a kin word introduces counts ("our little girl Alaia-Mai",
    "his wife Greta and sons Otto and Felix"): quoted words are the speaker's, not names."""
    doc = view.span.doc
    prev = [doc[i] for i in range(max(view.span.start, tok.i - 3), tok.i)]
    words = set(lexicon.kin()) | set(lexicon.data()["child_words"]) | {"little", "named", "called"}
    if prev and prev[-1].text.lower() in words:
        return True
    # "sons Frank and Noah": the second of a pair a kin word introduced.
    return (
        len(prev) >= 2
        and prev[-1].text.lower() == "and"
        and prev[-2].tag_ == "NNP"
        and any(t.text.lower() in words for t in prev[:-2])
    )


def _strip(run: list[Token]) -> list[Token]:
    """A run without what comes before the name: an honorific (Mr, Dr), a role or demonym
    written with a capital ("Comedian Amy Sedaris", "Englishman Justin Rose", "CNN Anchor
    Anderson Cooper"); royal titles stay ("Prince Louis")."""
    data = lexicon.data()
    honorifics = data["honorifics"]
    royal = lexicon.word_set("royal_titles")
    prefixes = lexicon.word_set("name_prefixes")
    roles = lexicon.roles().keys() | lexicon.word_set("associates")
    toks = list(run)
    while len(toks) > 1:
        low = toks[0].text.lower()
        if low in royal:
            break
        if (
            low.endswith("ing")
            and toks[0].i == toks[0].sent.start
            and not first_name_guess(toks[0].text)
        ):
            toks = toks[1:]  # "Following Jennie's ...": a sentence's first word, not a name
            continue
        if len(toks) > 2 and f"{low} {toks[1].text.lower()}" in prefixes:
            toks = toks[2:]  # "First Lady Michelle Obama"
            continue
        # An acronym is part of a stage name ("DJ Khaled"), not a role in front of one.
        role = low in roles and not toks[0].text.isupper()
        norp = (
            (toks[0].ent_type_ == "NORP" or low in lexicon.word_set("demonyms"))
            and len(toks) > 2
            and not first_name_guess(toks[0].text)
        )
        if low.rstrip(".") in honorifics or low in honorifics or low in prefixes or role or norp:
            toks = toks[1:]
            continue
        if low in lexicon.kin() and first_name_guess(toks[1].text):
            toks = toks[1:]  # "Baby Son Max" in a caption: the son is Max
            continue
        break
    for i in range(len(toks) - 3, 0, -1):
        low = toks[i].text.lower()
        if low in roles and low not in royal and not toks[i].text.isupper():
            return toks[i + 1 :]  # "CNN Anchor Anderson Cooper": the name follows the role
    return toks


def title_cued(run: list[Token], view: SentenceView) -> bool:
    """True if a work noun names the run a title: "his album, Austin", "their Joshua Tree album"."""
    doc = view.span.doc
    works = lexicon.works()
    prev = [doc[i].text.lower() for i in range(max(run[0].i - 2, view.span.start), run[0].i)]
    if prev and (prev[-1] in works or (prev[-1] == "," and len(prev) > 1 and prev[-2] in works)):
        return True
    verbs = lexicon.word_set("title_verbs")
    if prev and (prev[-1] in verbs or (prev[-1] == "," and len(prev) > 1 and prev[-2] in verbs)):
        # "a daughter named Rosa" names a person; "an album called Austin" a title.
        near = {doc[i].text.lower() for i in range(max(view.span.start, run[0].i - 8), run[0].i)}
        return not near & (
            set(lexicon.kin()) | set(lexicon.data()["child_words"]) | {"twins", "him", "her"}
        )
    last = run[-1]
    if last.dep_ == "compound" and last.head.text.lower() in works:
        return True
    # "Bohemian Rhapsody star Rami Malek": a title (or team) in front of a role and a name.
    nxt = doc[last.i + 1] if last.i + 1 < view.span.end else None
    after = doc[last.i + 2] if last.i + 2 < view.span.end else None
    first = doc[run[0].i - 1] if run[0].i > view.span.start else None
    if (
        nxt is not None
        and nxt.text.lower() in lexicon.roles()
        and lexicon.roles()[nxt.text.lower()] != "band"
    ):
        if (
            first is not None
            and first.text.lower() == "the"
            and not (after is not None and after.tag_ in ("NNP", "NNPS"))
        ):
            return True  # "the Shameless alum shared", "The Bachelorette star found": a title
        from ..distractors.titles import known_titles, team_entries

        text = " ".join(t.text for t in run)
        if known_titles(text) or team_entries(text):
            return True  # "Love Island star Sophie Gradon": a title the banks know
    return (
        nxt is not None
        and nxt.text.lower() in lexicon.roles()
        and after is not None
        and after.tag_ == "NNP"
        and not first_name_guess(run[0].text)
    )


def group_score(run: list[Token], view: SentenceView) -> int:
    """Evidence that a run names a band or group: 'band' before it, or a group's plural verb."""
    doc = view.span.doc
    if {t.text.lower() for t in run} & lexicon.word_set("org_words"):
        return 0
    prev = [doc[i].text.lower() for i in range(max(run[0].i - 2, view.span.start), run[0].i)]
    if prev and prev[-1] in {"band", "group", "duo", "trio", "quartet", "outfit", "act"}:
        return 6
    last = run[-1]
    plural = (
        last.dep_ == "nsubj"
        and last.tag_ == "NNP"
        and any(c.text.lower() in ("have", "are", "were") for c in [last.head, *last.head.children])
    )
    return 4 if plural and not first_name_guess(run[0].text) else 0


def _person_score(run: list[Token], view: SentenceView) -> int:
    """Evidence that a proper-noun run names a person."""
    doc = view.span.doc
    labels = {t.ent_type_ for t in run}
    words = {t.text.lower() for t in run}
    score = 3 if "PERSON" in labels else 0
    before = doc[run[0].i - 1] if run[0].i > view.span.start else None
    after = doc[run[-1].i + 1] if run[-1].i + 1 < view.span.end else None
    cues = (
        set(lexicon.kin()) | set(lexicon.roles()) | lexicon.word_set("associates") | {"girl", "boy"}
    )
    cued = False  # a kin or role noun names the run a person: no label argues with that
    if before is not None and (
        before.text.lower() in cues
        or (before.text == "," and before.i > 0 and doc[before.i - 1].text.lower() in lexicon.kin())
    ):
        score += 4
        cued = True
    aged = before is not None and (
        re.match(r"^(?:\d+|[a-z]+)-(?:year|month|week)s?-old$", before.text.lower())
        or (
            before.text.lower() == "old"
            and before.i - 2 >= view.span.start
            and doc[before.i - 2].text.lower().rstrip("s") in ("year", "month", "week")
        )
    )
    if aged:
        score += 4  # "seven-year-old Carmen": only people are given an age like that
        cued = True
    if (
        before is not None
        and before.text.lower() in ("named", "called")
        and first_name_guess(run[0].text) != ""
    ):
        score += 3  # "a daughter named Rosa"
    elif (
        before is not None
        and before.text.lower() in ("named", "called")
        and any(
            t.text.lower() in lexicon.kin() or t.text.lower() in ("boy", "girl", "baby")
            for t in doc[max(view.span.start, before.i - 4) : before.i]
        )
    ):
        score += 4  # "a baby boy named Cy": a name nobody has heard of
    head = run[-1].head
    if run[-1].dep_ == "appos" and head.text.lower() in cues:
        score += 4  # "his wife of 9 years, Odile"
        cued = True
    if any(
        c.dep_ in ("compound", "amod", "nmod") and c.text.lower() in cues for c in run[-1].children
    ):
        score += 4  # "wife Tiffany", "rapper Offset"
        cued = True
    if after is not None and after.tag_ == "POS":
        nxt = doc[after.i + 1] if after.i + 1 < len(doc) else None
        if nxt is not None and nxt.text.lower() in lexicon.kin():
            score += 3
    if run[-1].dep_ in ("nsubj", "nsubjpass") and lexicon.lemma_of(
        run[-1].head.text
    ) in lexicon.word_set("person_verbs"):
        score += 2
    guess = first_name_guess(run[0].text)
    if guess or run[0].text.lower() in lexicon.word_set("royal_titles"):
        score += 2
    if len(run) >= 2:
        score += 1
    if after is not None and after.text == "," and _age_follows(doc, after.i + 1, view.span.end):
        score += 4  # "Dayton, 25, let out ...": only people are given an age like that
        cued = True
    if any(
        c.dep_ == "relcl"
        and any(g.text.lower() == "who" and g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in run[-1].children
    ):
        score += 2  # "Jade Carrow, who appeared in ..."
    if run[-1].dep_ in ("nsubj", "nsubjpass") and any(
        t.text.lower() in ("he", "she", "his", "her") and not view.in_quote(t)
        for t in doc[run[-1].i + 1 : view.span.end]
    ):
        score += 1  # "Reese Witherspoon is marking her tenth anniversary"
    if title_cued(run, view):
        score -= 5
    if (
        after is not None
        and after.text in ("And", "Of", "The", "In", "On", "To", "For", "With")
        and after.i + 1 < view.span.end
        and doc[after.i + 1].text[:1].isupper()
    ):
        score -= 4  # "Ada Quill And The Silver Lantern": a title in title case
    if _names_a_title(" ".join(t.text for t in run)):
        score -= 6  # "appeared in Love Island", "the Shameless alum": a show, not a person
    if (
        before is not None
        and before.text.lower() == "the"
        and run[0].text.lower() not in lexicon.word_set("royal_titles")
    ):
        score -= 4  # "The Voice", "the Royal House": a person's name takes no article
    if labels & _PLACE_LABELS and score < 6 and not cued:
        known = len(run) >= 2 and first_name_guess(run[0].text) in ("F", "M")
        score -= 1 if known else 3  # "Marnie Penrith" is tagged a building
    if run[-1].tag_ == "NNPS" and score < 7 and not cued:
        score -= 3  # "the Dallas Mavericks", "the Cranberries": teams and bands, not a person
    orgs = lexicon.word_set("org_words")
    if words & orgs:
        # "Washington Post" ends in an organisation's word; "Post Malone" only starts with one.
        score -= 2 if len(run) > 1 and words & orgs == {run[0].text.lower()} else 4
    return score


def _age_follows(doc: object, i: int, end: int) -> bool:
    """True when tokens from i read as an age and a closing comma: "25," or "25 ."."""
    toks = [doc[j] for j in range(i, min(i + 2, end))]  # type: ignore[index]
    return (
        len(toks) == 2
        and toks[0].like_num
        and toks[0].text.isdecimal()
        and 0 < int(toks[0].text) <= 110
        and toks[1].text in (",", ".", ";")
    )


@functools.cache
def _names_a_title(name: str) -> bool:
    """True when the name is a show, film, work or platform the banks know, and no person."""
    from ..distractors.banks import lookup, work_entry
    from ..distractors.people import famous

    if famous(name):
        return False
    platforms = lexicon.word_set("platforms")
    if (
        name.lower() in platforms
        or name.split()[0].lower() in platforms
        or lookup("platforms", name)
    ):
        return True  # "Instagram", "YouTube Views"
    if " " not in name and first_name_guess(name):
        return False  # "Paris", "Angela": songs share first names; a name alone is a person's
    return bool(work_entry(name) or work_entry(f"The {name}"))


@dataclass
class People:
    """The article's people: registry, mentions per sentence, and the main subject."""

    persons: dict[str, Person]
    mentions: dict[int, list[Mention]]  # sentence index -> mentions in order
    main: str
    _lookup: dict[str, str] = field(default_factory=dict)

    def resolve(self, text: str) -> str:
        """The canonical person a written name refers to ('' if none)."""
        return self._lookup.get(" ".join(text.split()).lower(), "")

    def sex(self, name: str) -> str:
        """'F', 'M' or '' for a canonical name."""
        p = self.persons.get(name)
        return p.sex if p else ""


def _core(name: str) -> list[str]:
    """The name's words without a royal title, a territorial "of Denmark" or a suffix."""
    parts = name.split()
    royal = lexicon.word_set("royal_titles")
    titled = len(parts) > 1 and (parts[0].lower() in royal or parts[0].lower() == "crown")
    while len(parts) > 1 and (parts[0].lower() in royal or parts[0].lower() == "crown"):
        parts = parts[1:]
    if titled and "of" in parts[1:]:
        parts = parts[: parts.index("of", 1)]  # "Queen Mary of Denmark" is "Queen Mary"
    return [p for p in parts if p.lower() not in _SUFFIXES] or parts


def _title(name: str) -> str:
    """A royal title in front of a name ("crown prince"), '' if none."""
    parts = name.lower().split()
    royal = lexicon.word_set("royal_titles")
    if len(parts) > 2 and f"{parts[0]} {parts[1]}" in royal:
        return f"{parts[0]} {parts[1]}"
    return parts[0] if len(parts) > 1 and parts[0] in royal else ""


def _is_full(name: str) -> bool:
    """A first and last name, or a royal title and a name ("Princess Eugenie")."""
    return len(_core(name)) >= 2 or len(name.split()) > len(_core(name))


def _same_person(short: str, long: str) -> bool:
    """True when short is a form of long: same first and last word, middle names aside."""
    s, lg = _core(short), _core(long)
    if (
        short == long
        or len(s) > len(lg)
        or (len(s) == len(lg) and len(short.split()) >= len(long.split()))
    ):
        return False
    ts, tl = _title(short), _title(long)
    if ts and tl and ts != tl and not tl.endswith(" " + ts):
        # "Prince George" is not "King George V" ("Crown Prince Christian" is "Prince Christian")
        return False
    if len(s) == 1:
        if ts and tl and s[0] == lg[0]:
            return True  # "Prince George" is "Prince George Alexander Louis"
        return len(lg) == 1 and s == lg  # "Eugenie" is "Princess Eugenie"

    def suffix(n: str) -> list[str]:
        return [p for p in n.split() if p.lower() in _SUFFIXES]

    return s[0] == lg[0] and s[-1] == lg[-1] and suffix(short) == suffix(long)


def build_people(reading: Reading, title_names: list[str]) -> People:
    """Cluster every name into people and pick the main subject."""
    from ..textutil import contains_phrase

    headline = reading.article.title
    scored: dict[int, list[tuple[int, int, str, int]]] = {}
    groups: set[str] = set()
    for view in reading.sents:
        spans = []
        for run in _runs(view):
            toks = _strip(run)
            name = (
                " ".join(t.text for t in toks)
                .replace(" - ", "-")
                .replace(" -", "-")
                .replace("’", "'")
            )
            if (looks_like_name(name) or _aged_month(toks, view)) and not {
                t.text.lower() for t in toks
            } & {
                "wife",
                "husband",
                "winner",
                "star",
                "alum",
            }:
                sc = -100 if title_cued(toks, view) else _person_score(toks, view)
                cued = "PERSON" in {t.ent_type_ for t in toks} or first_name_guess(
                    toks[0].text
                ) in ("F", "M")
                if (
                    sc > -100
                    and len(toks) >= 2
                    and cued
                    and headline
                    and contains_phrase(headline, name)
                ):
                    sc += 2  # the headline names them too: the story is about a person
                if sc > -100 and group_score(toks, view) >= 4:
                    groups.add(name)
                    sc = max(sc, PERSON_THRESHOLD)
                spans.append((toks[0].i, toks[-1].i + 1, name, sc))
        scored[view.index] = spans
    # A name the article also uses as a title ("his album, Austin") is not taken for a person.
    titles = {n for spans in scored.values() for _s, _e, n, sc in spans if sc <= -99}
    sure = {
        n for spans in scored.values() for *_x, n, sc in spans if sc >= PERSON_THRESHOLD
    } - titles
    sure |= set(title_names)
    # "Post Malone" once, then "Malone" throughout: the full name is who the surname stands for.
    # A family shares a surname: "Kaia-Rose Penrith" beside "Marnie Penrith" is a person too.
    singles = {n for n in sure if len(n.split()) == 1} | {
        _core(n)[-1] for n in sure if len(_core(n)) >= 2
    }
    for spans in scored.values():
        for _s, _e, n, sc in spans:
            if (
                n not in sure
                and n not in titles
                and sc > -2
                and 2 <= len(n.split()) <= 3
                and n.split()[-1] in singles
            ):
                sure.add(n)
    full = Counter(
        n for spans in scored.values() for *_x, n, _sc in spans if n in sure and _is_full(n)
    )
    full.update(n for n in title_names if _is_full(n))
    canon: dict[str, str] = {}
    for name in sorted(full, key=lambda n: (-len(n.split()), -full[n], n)):
        canon[name] = next(
            (c for c in dict.fromkeys(canon.values()) if _same_person(name, c)), name
        )
    people = set(canon.values())
    lookup: dict[str, str] = {n.lower(): c for n, c in canon.items()}
    weight = Counter({p: sum(full[n] for n, c in canon.items() if c == p) for p in people})
    lede = next(
        (spans for spans in scored.values() if any(n in canon for *_x, n, _sc in spans)), []
    )
    for *_x, n, _sc in lede[:1]:
        if n in canon:
            weight[canon[n]] += 2
    # A single word names the person whose surname (then first name) it is; where two share
    # a surname (the Baldwins), the one the story is about, then the one named most in full.
    for p in sorted(people, key=lambda p: (-weight[p], p)):
        lookup.setdefault(_core(p)[-1].lower(), p)
    # A first name alone is someone's only when one person has it and it is a plain given
    # name ("Marvin"), not the first of a royal's four ("George Frederick Ernest Albert").
    firsts = Counter(_core(p)[0].lower() for p in people if len(_core(p)) >= 2)
    for p in sorted(people, key=lambda p: (-weight[p], p)):
        given = _core(p)[0].lower()
        if 2 <= len(_core(p)) <= 3 and firsts[given] == 1:
            lookup.setdefault(given, p)
    _link_initialisms(people, lookup)
    for name in sorted(sure):
        if name.lower() not in lookup and " " not in name:
            _misspelt_surname(name, people, lookup, scored)
        if name.lower() not in lookup:
            lookup[name.lower()] = name
            people.add(name)
    mentions: dict[int, list[Mention]] = {}
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for view in reading.sents:
        # A known surname counts wherever it is capitalised, whatever its tag ("Fury was ...").
        taken = {i for s, e, *_x in scored[view.index] for i in range(s, e)}
        for tok in view.tokens:
            low = tok.text.lower().replace("’", "'")
            if (
                tok.i not in taken
                and tok.text[:1].isupper()
                and low in lookup
                and not view.in_quote(tok)
                and low not in _NOT_NAMES
            ):
                scored[view.index].append((tok.i, tok.i + 1, tok.text.replace("’", "'"), 0))
        scored[view.index].sort()
    for idx, spans in scored.items():
        # Once someone is known, a bare surname counts even without cues ("Malone will ...").
        mentions[idx] = [
            Mention(s, e, lookup[n.lower()])
            for s, e, n, sc in spans
            if n.lower() in lookup and n not in titles and sc > -2
        ]
        for m in mentions[idx]:
            counts[m.person] += 1
            first.setdefault(m.person, idx)
    for person in _headline_people(headline, title_names, lookup, Counter(counts)):
        counts[person] += 3  # the headline names who the story is about
        first[person] = -1
    main = _main_subject(reading, mentions, counts, first)
    persons = {
        p: Person(p, field="band" if p in groups else "", mentions=counts[p])
        for p in sorted(people)
        if counts[p]
    }
    return People(persons, mentions, main, lookup)


def _link_initialisms(people: set[str], lookup: dict[str, str]) -> None:
    """A name of three or more words is also written as its initials ("ADK" for a stage name
    "Ace Dee Kay"): the capitals stand for the one person whose initials they are."""
    initials: dict[str, set[str]] = {}
    for p in people:
        words = [w for w in re.split(r"[\s-]+", " ".join(_core(p))) if w]
        if len(words) >= 3 and all(w[:1].isupper() for w in words):
            initials.setdefault("".join(w[0] for w in words).lower(), set()).add(p)
    for short, owners in initials.items():
        if len(owners) == 1 and short not in lookup:
            lookup[short] = next(iter(owners))


def _misspelt_surname(
    word: str,
    people: set[str],
    lookup: dict[str, str],
    scored: dict[int, list[tuple[int, int, str, int]]],
) -> None:
    """ "Jalen Bruson" once and "Brunson" throughout: one letter apart, one person, and the
    spelling the article uses most is the name (a typo in the full name is fixed)."""
    from rapidfuzz.distance import Levenshtein

    if len(word) < 5:
        return
    close = [
        p
        for p in people
        if len(_core(p)) >= 2
        and _core(p)[-1][:1] == word[:1]
        and Levenshtein.distance(_core(p)[-1].lower(), word.lower()) == 1
    ]
    if len(close) != 1:
        return
    person = close[0]
    uses = Counter(n for spans in scored.values() for *_x, n, _sc in spans)
    if uses[word] > uses[person] + uses[_core(person)[-1]]:
        fixed = person.rsplit(" ", 1)[0] + " " + word
        people.discard(person)
        people.add(fixed)
        for key, value in list(lookup.items()):
            if value == person:
                lookup[key] = fixed
        lookup[fixed.lower()] = fixed
        person = fixed
    lookup[word.lower()] = person


def _headline_people(
    headline: str, title_names: list[str], lookup: dict[str, str], counts: Counter[str]
) -> list[str]:
    """The people a headline names: in full, or by a surname or first name the body uses
    ("Tamra's Husband Files for Divorce")."""
    from ..textutil import contains_phrase

    found = [lookup[n.lower()] for n in title_names if n.lower() in lookup]
    royal = lexicon.word_set("royal_titles")
    for word in {w.lower().strip(",.:!?") for w in headline.split()} & royal:
        # "The Danish princess turned 17": the one the article titles so, named most.
        titled = sorted(
            {p for p in lookup.values() if p.lower().startswith(word + " ")},
            key=lambda p: -counts[p],
        )
        if titled and (len(titled) == 1 or counts[titled[0]] > counts[titled[1]]):
            found.append(titled[0])
    if headline:
        words = {
            w.strip("'’‘\"“”:,.!?").removesuffix("'s").removesuffix("’s")
            for w in headline.split()
            if w[:1].isupper()
        }
        for key, person in sorted(lookup.items()):
            if person in found:
                continue
            if (" " in key and contains_phrase(headline, key)) or (
                " " not in key and any(w.lower() == key for w in words)
            ):
                found.append(person)
    return list(dict.fromkeys(found))


def _main_subject(
    reading: Reading,
    mentions: dict[int, list[Mention]],
    counts: Counter[str],
    first: dict[str, int],
) -> str:
    """The most mentioned person, with the lede's subject and the headline's people ahead."""
    if not counts:
        return ""
    score = Counter(counts)
    # The lede's person counts most, unless the first sentence is a caption listing a group.
    lede = next(
        (
            v
            for v in reading.sents
            if mentions.get(v.index) and len({m.person for m in mentions[v.index]}) <= 3
        ),
        None,
    )
    if lede is not None:
        doc = lede.span.doc
        # "BLACKPINK's Jennie gets ...": the possessor frames the subject; the subject is next.
        starts = {m.start for m in mentions[lede.index]}
        own = [
            m
            for m in mentions[lede.index]
            if not (m.end < len(doc) and doc[m.end].tag_ == "POS" and m.end + 1 in starts)
        ]
        star = (own or mentions[lede.index])[0].person
        score[star] += 3 if counts[star] >= 2 else 1  # a roundup's lede names someone once
    return max(score, key=lambda p: (score[p], -first.get(p, 10**6)))


def name_spans_in_title(title: str) -> list[str]:
    """People the headline names (it is parsed on its own: it is not part of the body)."""
    from ..nlp import parse_all

    if not title.strip():
        return []
    doc = parse_all([title])[0]
    names = []
    for ent in doc.ents:
        toks = _strip([t for t in ent if t.tag_ in ("NNP", "NNPS")])
        name = " ".join(t.text for t in toks)
        known = first_name_guess(toks[0].text) if toks else ""
        words = {t.text.lower() for t in toks}
        if words & (set(lexicon.kin()) | set(lexicon.roles())):
            continue  # "Casey Rowe Wife Kelly": a headline's run of capitals, not a name
        if (
            toks
            and looks_like_name(name)
            and (
                ent.label_ == "PERSON"
                and known
                or (ent.label_ in ("PERSON", "ORG") and known and len(toks) >= 2)
            )
        ):
            names.append(name)
    return names
