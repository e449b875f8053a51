"""Careers: teams, shows and films people are known for, hosts, awards, characters, birth names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..distractors.titles import (
    group_entry,
    known_titles,
    network_entry,
    team_entries,
    team_first_words,
    team_form,
)
from ..textutil import normalize
from . import lexicon
from .base import Findings, owner, person_in, rule, subject_of, who
from .reading import SentenceView
from .titles import title_run

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SPORT_ROLES = frozenset(
    "quarterback captain player guard forward striker pitcher goalkeeper linebacker receiver "
    "midfielder defender winger center centre footballer star coach".split()
)
SCREEN_ROLES = frozenset(
    "star actor actress alum contestant islander host judge cast co-star co-host co-anchor anchor "
    "weatherman presenter member comedian personality".split()
)
MUSIC_ROLES = frozenset(
    "singer frontman frontwoman guitarist drummer rapper vocalist member bassist".split()
)
_AWARD_VERBS = frozenset(
    {"win", "take", "bag", "scoop", "claim", "earn", "receive", "collect", "nab", "land", "pick"}
)


_RUN_SMALL = frozenset("of the and & 's ’s with in on to a for at by from".split())
_HOST_ROLES = frozenset(
    {
        "host",
        "co-host",
        "presenter",
        "anchor",
        "co-anchor",
        "emcee",
        "weatherman",
        "newscaster",
        "judge",
    }
)
_NOT_FOR_PEOPLE = frozenset(
    {
        "prize",
        "award",
        "category",
        "nomination",
        "nominee",
        "trophy",
        "title",
        "gong",
        "honour",
        "honor",
    }
)


def _before_run(view: SentenceView, end: int) -> list[Token]:
    """The title-case run that ends right before token index end ("I Am Ruth", "Ottawa Senators"),
    or the quoted title there ("“Today” co-anchor"); it stops at a person's name and at a
    lower-case 'and' ("Adil Ray and Two Pints ... star": the title starts after the name)."""
    doc = view.span.doc
    toks: list[Token] = []
    i = end - 1
    if i > view.span.start and doc[i].text.lower() == "cast":
        i -= 1  # "The Saturday Night Live alum"
    if i >= view.span.start and doc[i].text in ("”", '"', "’", "'") and i - 1 in view.titled:
        j = i - 1
        while j - 1 in view.titled:
            j -= 1
        return [doc[k] for k in range(j, i)]
    while i >= view.span.start:
        t = doc[i]
        if t.text == "and" and toks:
            # "Beauty and the Beast star": a lower-case 'and' inside a title the banks know.
            longer = _before_run(view, i)
            if longer and known_titles(" ".join(x.text for x in [*longer, t, *toks])):
                return [*longer, t, *toks]
            break
        if t.tag_ == "POS" and not toks:
            break
        if (
            t.text[:1].isupper()
            or t.text[:1].isdecimal()
            or (toks and t.text.lower() in _RUN_SMALL)
            or t.text in ("'", "’", "-", "!")
        ):
            toks.insert(0, t)
            i -= 1
            continue
        break
    # An opening quotation mark inside the run starts the title ("... Wedding‘Voice’ Winner").
    opens = [
        k
        for k, t in enumerate(toks)
        if t.text in ("‘", "“")
        or (t.text in ("'", '"') and k + 1 < len(toks) and toks[k + 1].text[:1].isupper())
    ]
    if opens and opens[-1] > 0:
        toks = toks[opens[-1] :]
    # A name inside the run ends it: the title is what follows the name.
    for k in range(len(toks) - 1, -1, -1):
        if (
            view.in_quote(toks[k]) is False
            and toks[k].i not in view.titled
            and _is_person(view, toks[k])
            and k < len(toks) - 1
        ):
            toks = toks[k + 1 :]
            break
    while toks and (
        toks[0].text.lower()
        in (
            "the",
            "of",
            "and",
            "former",
            "ex",
            "new",
            "with",
            "in",
            "on",
            "to",
            "a",
            "for",
            "at",
            "by",
            "from",
            "-",
            "'",
            "’",
        )
        or toks[0].tag_ == "POS"
    ):
        toks = toks[1:]
    return toks


_CAST: list[object] = []  # the findings being read, for _is_person (set by prenominal)


def _is_person(view: SentenceView, tok: Token) -> bool:
    """True when the token names a person of the cast."""
    f = _CAST[-1] if _CAST else None
    return bool(f is not None and who(f, view, tok))  # type: ignore[arg-type]


def _with_article(view: SentenceView, run: list[Token], category: str = "") -> str:
    """The run's text, with a leading 'The' when it is part of the title ("The Morning Show"):
    as the banks spell it when they know it, else when a capital 'The' stands mid-sentence."""
    doc = view.span.doc
    text = (
        " ".join(t.text for t in run)
        .replace(" 's", "'s")
        .replace(" ’s", "’s")
        .replace(" !", "!")
        .strip(" '’")
    )
    before = doc[run[0].i - 1] if run[0].i > view.span.start else None
    if before is None or before.text.lower() != "the":
        return text
    known = [e for c, e in known_titles(f"The {text}") if not category or c == category]
    if known:
        title = str(known[0].get("title", ""))
        return f"The {text}" if title.lower().startswith("the ") else text
    if before.text == "The" and not before.is_sent_start:
        return f"The {text}"
    return text


def _referents(f: Findings, view: SentenceView, role: Token, run: list[Token]) -> list[str]:
    """Who 'X star' names: the names right after it ("stars A and B"), or the story's star
    ("The Friends actress")."""
    doc = view.span.doc
    if (
        role.i + 2 < view.span.end
        and doc[role.i + 1].text == ","
        and doc[role.i + 2].tag_ == "NNP"
        and who(f, view, doc[role.i + 2])
    ):
        return [who(f, view, doc[role.i + 2])]  # "The 2017 Best New Artist winner, Ada Quill,"
    if role.i + 1 < view.span.end:
        after = who(f, view, doc[role.i + 1])
        if after:
            out = [after]
            # "Pump Rules stars Ada Quill and Tom Ardley"
            j = role.i + 2
            while j < min(view.span.end, role.i + 12):
                t = doc[j]
                p = who(f, view, t)
                if p and p not in out and t.dep_ == "conj":
                    out.append(p)
                elif not (p or t.text in (",", "and") or t.tag_ in ("NNP", "NNPS")):
                    break
                j += 1
            return out
    before = doc[run[0].i - 1] if run[0].i > view.span.start else None
    det = before is not None and before.text.lower() in ("the", "this")
    det = det or any(
        c.dep_ == "det" and c.text.lower() in ("the", "this") and c.i < run[0].i
        for c in role.children
    )
    if det and role.dep_ in (
        "nsubj",
        "nsubjpass",
        "appos",
        "attr",
        "pobj",
        "dobj",
        "conj",
        "compound",
    ):
        p = f.cast.who(view, role) or f.cast.topic(view) or f.cast.main
        return [p] if p else []
    return []


def _in_quotes(view: SentenceView, run: list[Token]) -> bool:
    """True when a run is written between quotation marks ("the 'Beat Again' singer")."""
    doc = view.span.doc
    marks = ("'", "’", "‘", '"', "“", "”")
    before = doc[run[0].i - 1].text if run[0].i > view.span.start else ""
    return (
        (run[0].text in marks or before in marks)
        and run[-1].text in marks
        or (before in marks and doc[run[-1].i + 1].text in marks)
    )


def _verbal(run: list[Token]) -> bool:
    """True if a run holds a verb or pronoun ("I Am Ruth", "Keeping Up With ..."): no name does."""
    return len(run) > 1 and any(t.tag_.startswith(("VB", "PRP", "MD")) for t in run)


def _athlete(f: Findings, person: str) -> bool:
    """True when the article or the bank makes the person an athlete."""
    p = f.cast.person(person)
    return bool(p is not None and p.field == "athlete")


def _category(f: Findings, role: str, text: str, run: list[Token], people: list[str]) -> str:
    """What a title-case run before a role noun is: team, band, film, show, screen or ''."""
    known = {c for c, _e in known_titles(text)}
    teams = team_entries(text)
    sporty = role in SPORT_ROLES and role != "star" or any(_athlete(f, p) for p in people)
    full = (
        any(team_form(t, text) == "full" for t in teams) and len(text.split()) > 1
    )  # "Williams" may be anyone's
    if (
        teams
        and (sporty or full and role in ("star", "captain", "coach"))
        and not (known & {"film", "show"} and not sporty)
    ):
        return "team"  # a short name ("Williams", "Giants") only for an athlete
    if role in MUSIC_ROLES:
        return "band" if not known & {"song", "album"} else ""
    if role in ("star", "bandmate") and group_entry(text):
        return "band"  # "JLS star Tom Vale": a known band's member, not a title he is known for
    if known & {"film", "show"} and role not in SPORT_ROLES - {"star"}:
        return (
            "show" if "show" in known and ("film" not in known or role in _HOST_ROLES) else "film"
        )
    if sporty and (run[-1].tag_ == "NNPS" or role != "star"):
        return "team" if role in SPORT_ROLES else ""
    if role in SCREEN_ROLES:
        return "screen"
    return ""


@rule
def prenominal(f: Findings) -> None:
    """'Ottawa Senators captain Brady Tkachuk', 'I Am Ruth star Kate Winslet', 'The Friends
    actress', 'Cranberries singer Dolores O'Riordan', 'Vanderpump Rules stars A and B'."""
    _CAST.append(f)
    try:
        for view in f.sentences():
            for tok in view.tokens:
                _prenominal_at(f, view, tok)
    finally:
        _CAST.pop()


def _prenominal_at(f: Findings, view: SentenceView, tok: Token) -> None:
    """One role noun and the title, team or band written in front of it."""
    role = tok.text.lower()
    if role == "stars" and tok.tag_ == "VBZ":
        role = "star"  # "Pump Rules stars Ada Quill and Tom Ardley"
    if view.in_quote(tok) or role not in lexicon.roles():
        return
    after_network = (
        tok.i > view.span.start and network_entry(view.span.doc[tok.i - 1].text) is not None
    )
    if tok.text[:1].isupper() and not tok.is_sent_start and not after_network:
        return  # "the Emmy for Outstanding Guest Actress": a word of a name, not a job
    role = {"stars": "star"}.get(role, role)
    doc = view.span.doc
    if tok.dep_ in ("compound", "amod") and tok.head.text.lower() in _NOT_FOR_PEOPLE:
        return  # "the Leading Actress prize": a category, not someone's job
    start = tok.i
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].text.lower() == "co":
        start, role = tok.i - 2, f"co-{role}"  # "co-anchor" comes in three tokens
    cast_member = start > view.span.start and doc[start - 1].text.lower() == "cast"
    if role in ("champion", "champ", "medallist", "medalist"):
        run = _champion_run(view, start)  # "The 2014 Australian Open and 2015 US Open champion"
        people = _referents(f, view, tok, run) if run else []
        if run and people:
            _champion(f, view, run, people)
        return
    run = _before_run(view, start)
    if not run:
        return
    quoted = all(t.i in view.titled for t in run) or _in_quotes(view, run)
    run = [t for t in run if t.text not in ("'", "’", "‘")]
    said = " ".join(t.text.lower() for t in run)
    if (
        not run
        or said in lexicon.word_set("demonyms")
        or said.replace(" & ", "&") in lexicon.data()["genre_words"]
    ):
        return  # "the Welsh star", "R&B singer": a nationality or a genre, not a title
    text = " ".join(t.text for t in run)
    known = bool(
        known_titles(text)
        or team_entries(text)
        or known_titles(f"The {text}")
        or group_entry(text)
        and role in MUSIC_ROLES | {"star", "bandmate"}
    )  # "Blink-182 drummer", "The Saturdays singer": the tagger reads a band as a noun or a day
    if (
        known
        and len(run) == 1
        and (run[0].ent_type_ in ("GPE", "NORP", "LOC") or run[0].text.isupper())
        and not quoted
    ):
        known = False  # "US star Jessica": a country, not the film "Us"
    named = bool(who(f, view, run[-1])) and not _verbal(run)
    if not known:
        if named or (
            not quoted
            and run[-1].ent_type_ in ("DATE", "NORP", "GPE", "CARDINAL", "ORDINAL", "TIME", "LOC")
        ):
            return
        if not quoted and (
            not any(t.tag_ in ("NNP", "NNPS", "CD") for t in run)
            or all(t.tag_ == "JJ" for t in run)
        ):
            return  # "the Welsh star": a nationality, not a title
    if quoted and role in MUSIC_ROLES:
        return  # 'the “Alone With You” singer': a song, read with the titles
    people = _referents(f, view, tok, run)
    if not people:
        return
    if named and not (team_entries(text) and any(_athlete(f, p) for p in people)):
        return  # "Williams star" is a team only for an athlete
    if role == "winner":
        return  # read with the awards
    if role in ("champion", "champ", "medallist", "medalist"):
        _champion(f, view, run, people)
        return
    if text.upper() in LEAGUE_NAMES:
        for person in people:
            f.add(
                "team",
                person,
                text.upper(),
                view,
                relation="league",
                type="org",
                role=role,
                weight=0.8,
            )
        return
    category = "screen" if cast_member else _category(f, role, text, run, people)
    if not category:
        return
    value = _with_article(view, run, category if category in ("film", "show") else "")
    employer = network_entry(value)
    if employer is not None and role in _HOST_ROLES | {
        "correspondent",
        "reporter",
        "meteorologist",
    }:
        for person in people:  # "CNN anchor Anderson Cooper": the network he works for
            f.add(
                "show",
                person,
                str(employer["name"]),
                view,
                relation="employer",
                type="network",
                role=role,
                weight=1.1,
            )
        return
    if len(value) < 2 or network_entry(value):
        return
    former = run[0].i > view.span.start and doc[run[0].i - 1].text.lower() in (
        "former",
        "ex",
        "ex-",
        "retired",
        "onetime",
        "one-time",
    )
    for person in people:
        if category == "team":
            entry = _team_entry(
                value,
                {str(e["league"]) for e in team_entries(value)}
                if len(team_entries(value)) == 1
                else _article_leagues(f),
            )
            league = str(entry["league"]) if entry else ""
            form = team_form(entry, value) if entry else ""
            f.add(
                "team",
                person,
                value,
                view,
                relation=role if role in SPORT_ROLES else "star",
                type="org",
                role=role,
                league=league,
                form=form,
                tense="past" if former else "present",
                weight=1.3,
            )
        elif category == "band":
            band = group_entry(value)  # "Saturdays" is the bank's "The Saturdays"
            name = (
                str(band["name"])
                if band and normalize(str(band["name"])).endswith(normalize(value))
                else value
            )
            f.add("band", person, name, view, relation=role, type="org", role=role, weight=1.2)
        else:
            f.add(
                category,
                person,
                value,
                view,
                relation=role,
                type="title",
                role=role,
                marked="quoted" if quoted else "unquoted",
                weight=1.3,
            )


LEAGUE_NAMES = frozenset(
    {
        "NBA",
        "NFL",
        "NHL",
        "MLB",
        "F1",
        "WNBA",
        "MLS",
        "NWSL",
        "LPGA",
        "PGA",
        "WTA",
        "ATP",
        "UFC",
        "WWE",
    }
)


def _champion_run(view: SentenceView, end: int) -> list[Token]:
    """The capitalised titles before "champion", a lower-case "and" between them allowed."""
    doc = view.span.doc
    toks: list[Token] = []
    i = end - 1
    while i >= view.span.start and (
        doc[i].text[:1].isupper() or doc[i].text[:1].isdecimal() or toks and doc[i].text == "and"
    ):
        toks.insert(0, doc[i])
        i -= 1
    while toks and (toks[0].text in ("The", "and") or toks[0].text.lower().endswith("-time")):
        toks = toks[1:]
    return toks


def _champion(f: Findings, view: SentenceView, run: list[Token], people: list[str]) -> None:
    """'The 2014 Australian Open and 2015 US Open champion': titles won."""
    text = " ".join(t.text for t in run)
    for part in text.split(" and "):
        part = part.strip()
        if len(part) > 3 and not part.lower().endswith("time"):
            for person in people:
                f.add("award", person, part, view, relation="champion", type="award", weight=1.3)


_TEAM_VERBS = frozenset(
    "play sign join trade draft score net fire move drive race spend star captain lead coach "
    "leave return finish begin start debut transfer average win suit re-sign rejoin".split()
)
_TEAM_NOUNS = frozenset(
    "member trade move spell stint season seasons time stay career debut transfer tenure "
    "captain star player teammate run years goals points touchdowns appearances games".split()
)
_TEAM_PREPS = frozenset({"for", "with", "to", "at", "by", "from", "of"})
_TEAM_OBJECT_VERBS = frozenset(
    {"join", "attend", "lead", "captain", "coach", "leave", "rejoin", "represent"}
)
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _team_mentions(view: SentenceView) -> list[tuple[int, int, str]]:
    """Team names the banks know, as (start, end, text) spans: full names, short names
    ("Knicks") and former or common names ("Red Bull")."""
    toks = view.tokens
    first = team_first_words()
    out = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        if (
            not tok.text[:1].isupper()
            or tok.text.lower() not in first
            or view.in_quote(tok)
            or tok.i in view.titled
        ):
            k += 1
            continue
        i = tok.i
        for n in (4, 3, 2, 1):
            if k + n > len(toks):
                continue
            j = i + n
            span = toks[k : k + n]
            if not span[-1].text[:1].isalnum() or any(
                not (t.text[:1].isupper() or t.text[:1].isdecimal() or t.text in ("&", "of", "."))
                for t in span
            ):
                continue
            text = " ".join(t.text for t in span)
            nxt = toks[k + n] if k + n < len(toks) else None
            if team_entries(text) and (
                nxt is None or not nxt.text[:1].isupper() or nxt.tag_ == "POS"
            ):
                out.append((i, j, text))
                k += n - 1
                break
        k += 1
    return out


def _weak_pronoun(f: Findings, view: SentenceView, verb: Token, person: str) -> bool:
    """True when the clause's subject is a pronoun resolved to someone other than the story's
    star who is named only once ("... Chris Bosh go No. 4. He played ..." is the star's career)."""
    from .base import subject_token

    subj = subject_token(verb)
    if subj is None or subj.tag_ != "PRP" or person == f.cast.main:
        return False
    known = f.cast.person(person)
    return known is None or known.mentions <= 1


def _subject_text(verb: Token) -> str:
    """The lower-case text of a clause's subject."""
    from .base import subject_token

    subj = subject_token(verb)
    return subj.text.lower() if subj is not None else ""


def _article_leagues(f: Findings) -> set[str]:
    """Leagues the article names or implies by an unambiguous team name."""
    words = {t.text for v in f.reading.sents for t in v.tokens if t.text.isupper()}
    leagues = {w for w in words if w in LEAGUE_NAMES}
    for view in f.reading.sents:
        for _s, _e, text in _team_mentions(view):
            entries = team_entries(text)
            if len({e["league"] for e in entries}) == 1:
                leagues.add(str(entries[0]["league"]))
    return leagues


def _team_entry(text: str, leagues: set[str]) -> dict[str, object] | None:
    """The one team a name stands for, given the article's leagues ('' when it stays unclear)."""
    entries = team_entries(text)
    fits = [e for e in entries if e["league"] in leagues] if len(entries) > 1 else list(entries)
    return fits[0] if len(fits) == 1 else None


def _royal_style(doc: Doc, start: int) -> bool:
    """True for the country of a royal's style ("Queen Mary of Denmark"), which no one plays for."""
    if start < 2 or doc[start - 1].text.lower() != "of":
        return False
    royal = lexicon.word_set("royal_titles")
    return any(doc[i].text.lower() in royal for i in range(max(0, start - 4), start - 1))


def _tally_came(verb: Token) -> Token | None:
    """The tally a clause "came with" a team: "(the bulk of) his goals came with Ajax"."""
    if lexicon.lemma_of(verb.text) != "come":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.text.lower() not in _TEAM_NOUNS:
        subj = next(
            (
                g
                for c in subj.children
                if c.dep_ == "prep" and c.text.lower() == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
    if subj is None or subj.text.lower() not in ("goals", "points", "touchdowns", "appearances"):
        return None
    return subj


# Spans of a career that a team phrase may hang on in the parse when it belongs to the verb
# ("spent the first five seasons of her career with the Sparks").
_TIME_NOUNS = frozenset("season seasons career years stint tenure time games".split())


def _time_verb(head: Token) -> Token:
    """The team verb a span-of-career noun is the object of ("spent the first five seasons of
    her career with X": spent), else the noun itself."""
    node = head
    if node.text.lower() not in _TIME_NOUNS or node.tag_.startswith("VB"):
        return head
    if node.dep_ == "pobj" and node.head.text.lower() == "of" and node.head.head.dep_ == "dobj":
        node = node.head.head  # "seasons of his career"
    verb = node.head
    if (
        node.dep_ == "dobj"
        and node.text.lower() in _TIME_NOUNS
        and verb.tag_.startswith("VB")
        and lexicon.lemma_of(verb.text) in _TEAM_VERBS
    ):
        return verb
    return head


@rule
def team_of(f: Findings) -> None:
    """'Ray Okafor of the Chicago Bulls', 'spent the first five seasons with the Seattle
    Storm', 'a member of the Miami Dolphins and Detroit Lions', 'drove for
    AlphaTauri and Red Bull', 'added nine for Porto'."""
    from .clauses import clause_for

    leagues: set[str] | None = None
    for view in f.sentences():
        mentions = _team_mentions(view)
        if not mentions:
            continue
        if leagues is None:
            leagues = _article_leagues(f)
        doc = view.span.doc
        for start, end, text in mentions:
            entry = _team_entry(text, leagues)
            if entry is None or _royal_style(doc, start):
                continue
            root = doc[end - 1]
            while root.dep_ == "conj" and root.head.i < root.i:
                root = root.head  # "the Patriots and Tampa Bay Buccaneers": the first's preposition
            if (
                root.dep_ == "dobj"
                and root.head.tag_.startswith("VB")
                and lexicon.lemma_of(root.head.text) in _TEAM_OBJECT_VERBS
            ):
                verb = (
                    root.head
                )  # "joined the Lakers", "attended Villanova", "led Syracuse to the title"
                person = subject_of(f, view, verb)
                if person and " and " not in person and normalize(person) != normalize(text):
                    team = text[4:] if text.lower().startswith("the ") else text
                    lemma = lexicon.lemma_of(verb.text)
                    f.add(
                        "team",
                        person,
                        team,
                        view,
                        relation=lemma,
                        type="org",
                        league=str(entry["league"]),
                        form=team_form(entry, text),
                        tense="past" if verb.tag_ in ("VBD", "VBN") else "present",
                        weight=1.2,
                    )
                continue
            prep = root.head if root.dep_ == "pobj" else None
            if prep is None and root.dep_ in ("compound", "nmod") and root.head.dep_ == "pobj":
                prep = root.head.head  # "with the Denver Nuggets" parsed with a compound head
            if prep is None or prep.text.lower() not in _TEAM_PREPS:
                continue
            head = _time_verb(prep.head)
            person, relation, clause, present = "", "", "", False
            tally = ""
            if head.tag_.startswith("VB") and lexicon.lemma_of(head.text) in _TEAM_VERBS:
                person = subject_of(f, view, head)
                relation = lexicon.lemma_of(head.text)
                present = head.tag_ in _PRESENT_TAGS
                skip = frozenset(t.i for t in prep.subtree)
                made = clause_for(head, view, f.cast, person, skip=skip) if person else None
                clause = (
                    made.base()
                    if made is not None
                    and not any(w in made.base().split() for w in ("more", "fewer", "than", "less"))
                    else ""
                )
            elif (
                head.tag_ in ("NNP", "NNPS")
                and who(f, view, head)
                and prep.text.lower() in ("of", "with")
            ):
                person, relation, present = (
                    who(f, view, head),
                    "plays for",
                    True,
                )  # "Bruson of the Knicks"
            elif _tally_came(head) is not None:
                noun = _tally_came(head)
                assert noun is not None
                person, relation = owner(f, view, noun), noun.text.lower()  # "his goals came with"
                subj = next(c for c in head.children if c.dep_ == "nsubj")
                if subj.text.lower() in ("bulk", "most", "majority") and relation != "appearances":
                    tally = relation  # "the bulk of his goals": the club he scored most for
            elif head.text.lower() in _TEAM_NOUNS:
                named = [who(f, view, c) for c in head.children if c.dep_ == "appos"]
                nxt = doc[end + 1] if end + 1 < view.span.end and doc[end].text == "," else None
                if nxt is not None and who(f, view, nxt):
                    named.append(who(f, view, nxt))
                # "the new skipper of the Ottawa Senators, Tom Ardley": the apposition
                # names him.
                person = next((p for p in named if p), "") or owner(f, view, head)
                definite = any(
                    c.dep_ == "det" and c.text.lower() in ("the", "this") for c in head.children
                )
                if not person and not (
                    definite and head.text.lower() in ("captain", "star", "player", "teammate")
                ):
                    person = subject_of(
                        f, view, head
                    )  # "as a member of the Patriots": the clause's subject
                relation = head.text.lower()
                present = (
                    relation in ("captain", "star", "player", "member")
                    and head.head.tag_ in _PRESENT_TAGS
                )
            if not person or " and " in person or normalize(person) == normalize(text):
                continue
            if _weak_pronoun(f, view, head, person):
                # "... Chris Bosh go No. 4. He played ...": a "he" the parse gave to someone named
                # once in passing is the story's star, when the star's sex fits.
                main = f.cast.main
                pronoun = {"he": "M", "she": "F"}.get(_subject_text(head), "")
                if not main or f.cast.sex(main) != pronoun:
                    continue
                person = main
            if not (
                _athlete(f, person)
                or relation in ("play", "plays for", "trade", "draft", "score", "drive", "captain")
                or team_form(entry, text) == "full"
            ):
                continue
            team = text[4:] if text.lower().startswith("the ") else text
            f.add(
                "team",
                person,
                team,
                view,
                relation=relation,
                type="org",
                league=str(entry["league"]),
                form=team_form(entry, text),
                clause=clause,
                prep=prep.text.lower(),
                tense="present" if present else "past",
                tally=tally,
                weight=1.2,
            )


_HOST_CUES = frozenset(
    {
        "host",
        "co-host",
        "presenter",
        "emcee",
        "hosts",
        "hosted",
        "hosting",
        "co-hosted",
        "ceremonies",
        "emceed",
    }
)
_CEREMONY_HEADS = frozenset(
    {
        "awards",
        "emmys",
        "oscars",
        "grammys",
        "globes",
        "baftas",
        "tonys",
        "brits",
        "vmas",
        "amas",
        "cmas",
        "espys",
        "olympics",
        "ceremony",
    }
)


def _titled_runs(view: SentenceView) -> list[tuple[int, int, str]]:
    """Shows and ceremonies a sentence names: its quoted titles, and title-case runs the banks
    know or that end in a ceremony word ("Sunday's Emmy Awards", "the TV Baftas")."""
    doc = view.span.doc
    out: list[tuple[int, int, str]] = []
    i = view.span.start
    while i < view.span.end:
        tok = doc[i]
        if tok.i in view.titled:
            j = i
            while j < view.span.end and doc[j].i in view.titled:
                j += 1
            text = " ".join(t.text for t in doc[i:j]).strip(" ,.")
            out.append((i, j, text))
            i = j
            continue
        if (
            tok.text[:1].isupper()
            and not view.in_quote(tok)
            and not (tok.text in _DAYS_POS and i + 1 < view.span.end and doc[i + 1].tag_ == "POS")
        ):
            run = title_run([doc[k] for k in range(i, view.span.end)], list_mode=True)
            # "the TV Baftas on Sunday": the longest part before a small word that names one.
            cuts = [run] + [
                run[:k] for k in range(len(run) - 1, 0, -1) if run[k].text[:1].islower()
            ]
            for part in cuts:
                text = " ".join(t.text for t in part).replace(" !", "!")
                if len(part) == 1 and part[0].text in _DAYS_POS | _MONTHS:
                    continue  # "on Friday", "since May": a day or month, not the film of its name
                if part and (known_titles(text) or part[-1].text.lower() in _CEREMONY_HEADS):
                    out.append((i, part[-1].i + 1, text))
                    i = part[-1].i
                    break
        i += 1
    return out


_DAYS_POS = frozenset(
    {
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Tonight",
        "Today",
    }
)


_MONTHS = frozenset(
    "January February March April May June July August September October November December".split()
)


def _ceremony(text: str) -> bool:
    """True for an awards ceremony's name ("Emmy Awards", "the Oscars")."""
    return text.split()[-1].lower() in _CEREMONY_HEADS


def _nearest(runs: list[tuple[int, int, str]], i: int, *, avoid: str = "") -> str:
    """The title closest to token index i (not one that holds the host's own name)."""
    fits = [
        r for r in runs if not (avoid and normalize(avoid.split()[-1]) in normalize(r[2]).split())
    ]
    if not fits:
        return ""
    return min(fits, key=lambda r: min(abs(r[0] - i), abs(r[1] - i)))[2]


@rule
def hosts(f: Findings) -> None:
    """'host Jesse Palmer announced it on “The Bachelorette”', 'hosted by Rob Beckett and Romesh
    Ranganathan', 'preparing to host Sunday's Emmy Awards', 'with Chuck Woolery as host', 'Pat
    Sajak, the master of ceremonies for “Lucky Spin”'."""
    for view in f.sentences():
        doc = view.span.doc
        if not any(t.text.lower() in _HOST_CUES for t in view.tokens):
            continue
        runs = _titled_runs(view)
        for tok in view.tokens:
            if view.in_quote(tok) or tok.i in view.titled:
                continue
            low = tok.text.lower()
            nxt = doc[tok.i + 1] if tok.i + 1 < view.span.end else None
            if (
                low in ("host", "co-host", "presenter", "emcee")
                and tok.text[:1].islower()
                and nxt is not None
                and who(f, view, nxt)
            ):
                host = who(f, view, nxt)  # "host Jesse Palmer"
                before = _before_run(view, tok.i)
                show = (
                    " ".join(t.text for t in before)
                    if before and known_titles(" ".join(t.text for t in before))
                    else _nearest(runs, tok.i, avoid=host)
                )
                if show:
                    _add_host(f, view, show, host, "host")
            elif low == "hosted" and nxt is not None and nxt.text.lower() == "by":
                names = []
                for t in doc[tok.i + 2 : min(tok.i + 12, view.span.end)]:
                    p = who(f, view, t)
                    if p and p not in names:
                        names.append(p)
                subj = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
                thing = (
                    _nearest([r for r in runs if r[1] <= tok.i], tok.i)
                    if subj is None
                    or subj.text.lower() not in ("ceremony", "show", "event", "gala")
                    else _article_ceremony(f)
                )
                if names and thing:
                    _add_host(f, view, thing, " and ".join(names), "hosted by")
            elif (
                tok.tag_.startswith("VB")
                and lexicon.lemma_of(tok.text) in ("host", "co-host", "emcee")
                and low != "hosted"
                or low == "hosted"
                and (nxt is None or nxt.text.lower() != "by")
            ):
                person = subject_of(f, view, tok)
                objs = [
                    r
                    for r in runs
                    if tok.i < r[0] <= tok.i + 4
                    or any(
                        doc[k].head.i == tok.i and doc[k].dep_ == "dobj" for k in range(r[0], r[1])
                    )
                ]
                for r in runs:  # "hosted the Tonys and the Oscars"
                    if (
                        objs
                        and r not in objs
                        and 0 < r[0] - objs[-1][1] <= 2
                        and doc[objs[-1][1]].text == "and"
                    ):
                        objs.append(r)
                if person and " and " not in person:
                    for _s, _e, title in objs[:2]:
                        _add_host(f, view, title, person, "hosted")
            elif low == "as" and nxt is not None and nxt.text.lower() in ("host", "presenter"):
                # "with Chuck Woolery as host": the name right before "as" is the host.
                host = who(f, view, doc[tok.i - 1]) if tok.i > view.span.start else ""
                show = _nearest(runs, tok.i, avoid=host)  # "with Chuck Woolery as host"
                if host and show:
                    _add_host(f, view, show, host, "as host", year=_year_in(view))
            elif (
                low in ("host", "ceremonies")
                and nxt is not None
                and nxt.text.lower() in ("of", "for")
                and not tok.text[:1].isupper()
            ):
                if low == "ceremonies" and not (
                    tok.i > 2 and doc[tok.i - 2].text.lower() == "master"
                ):
                    continue
                show = next((r[2] for r in runs if r[0] in (tok.i + 2, tok.i + 3)), "")
                head = tok if low == "host" else doc[tok.i - 2]
                anchor = head.head
                if anchor.tag_ in ("NN", "NNS"):
                    # "Her friend Lara Wills, the host of ...": the host is the friend's name,
                    # not whoever "her" is.
                    anchor = next(
                        (
                            c
                            for c in anchor.children
                            if c.dep_ == "appos" and c.tag_.startswith("NNP")
                        ),
                        anchor,
                    )
                host = next((who(f, view, t) for t in [anchor] if head.dep_ == "appos"), "") or who(
                    f, view, head
                )
                if show and host and head.dep_ in ("appos", "attr"):
                    _add_host(f, view, show, host, "host of")


def _add_host(
    f: Findings, view: SentenceView, thing: str, host: str, relation: str, **detail: str
) -> None:
    """A host fact: the show or ceremony is the subject, the host the value."""
    thing = thing.strip(' ,.“”"')
    if thing.lower().startswith("the ") and not known_titles(thing):
        thing = thing[4:]
    if not thing or normalize(host.split()[-1]) in normalize(thing).split():
        return  # "Who hosts Jimmy Kimmel Live!?" would give itself away
    f.add(
        "host",
        thing,
        host,
        view,
        relation=relation,
        type="person",
        sex=f.cast.sex(host) if " and " not in host else "",
        ceremony="yes" if _ceremony(thing) else "",
        **detail,
    )


def _article_ceremony(f: Findings) -> str:
    """The awards ceremony the article is about (its first mention)."""
    for view in f.reading.sents:
        for _s, _e, text in _titled_runs(view):
            if _ceremony(text):
                return text
    return ""


def _year_in(view: SentenceView) -> str:
    """A year written in the sentence ('' if none)."""
    import re

    m = re.search(r"\b(19[5-9]\d|20[0-4]\d)\b", view.text)
    return m.group(1) if m else ""


def _award_like(text: str) -> bool:
    """True for an award's name ("Best New Artist", "album of the year", "the Golden Globe"),
    not a description ("top honour", "awards", "home record of year and best pop song")."""
    words = text.split()
    low = text.lower()
    if len(words) > 14 or " and " in low and not low.startswith(("best ", "outstanding ")):
        return False
    if low.startswith(("best ", "outstanding ")) or "of the year" in low:
        return True
    if len(words) < 2 or low in lexicon.word_set("demonyms"):
        return False  # "won Outstanding" (a name cut short), "took on the American"
    caps = [w for w in words if w[:1].isupper()]
    return len(caps) >= max(1, len(words) - 1) and any(
        w.lower() in lexicon.word_set("award_heads") or w[:1].isupper() for w in words
    )


_TROPHIES = frozenset(
    {
        "emmy",
        "grammy",
        "oscar",
        "globe",
        "golden globe",
        "bafta",
        "tony",
        "brit",
        "award",
        "prize",
        "trophy",
        "statuette",
        "gong",
        "honour",
        "honor",
    }
)
_CATEGORY_SMALL = frozenset({"of", "the", "in", "a", "an", "or", "for", "by", "and", "&"})
_LIST_NOUNS = frozenset(
    {"categories", "category", "awards", "prizes", "honors", "honours", "trophies", "gongs"}
)


def _category_at(view: SentenceView, i: int) -> list[Token]:
    """An award category starting at token index i, written in capitals ("Best Turn by a
    Lead in a Feature Film, Drama") or not ("album of the year", "best rap album")."""
    doc = view.span.doc
    end = view.span.end
    toks: list[Token] = []
    lower = (
        doc[i].text.lower() in ("best", "outstanding")
        or doc[i].text.lower() == "album"
        or doc[i].text[:1].islower()
    )
    j = i
    while j < end and len(toks) < 14:
        t = doc[j]
        if (
            t.text in (",",)
            and toks
            and j + 1 < end
            and doc[j + 1].text in ("Drama", "Comedy", "Musical")
        ):
            toks.extend([t, doc[j + 1]])  # "in a Motion Picture, Drama"
            j += 2
            continue
        if t.text.lower() in _CATEGORY_SMALL and toks:
            if (
                t.text.lower() == "for" and doc[j + 1].text[:1] in ("“", '"', "‘", "'")
                if j + 1 < end
                else False
            ):
                break  # "Best Urban Song for “Luna Roja”": the work it won for follows
            if t.text.lower() == "and" and (
                lower
                or j + 1 < end
                and doc[j + 1].text.lower() in ("best", "outstanding")
                or j + 1 < end
                and doc[j + 1].text[:1].isupper()
                and doc[j + 1].text not in ("Anthology",)
            ):
                break  # a list of categories goes on
            toks.append(t)
        elif (
            t.text[:1].isupper()
            or t.text[:1].isdecimal()
            or (
                lower
                and t.is_alpha
                and t.text.islower()
                and t.tag_
                not in ("VB", "VBD", "VBZ", "VBP", "VBG", "VBN", "IN", "CC", "DT", "PRP", "PRP$")
            )
        ):
            toks.append(t)
        else:
            break
        j += 1
    while toks and toks[-1].text.lower() in _CATEGORY_SMALL | {","}:
        toks.pop()
    return toks


def _category_text(toks: list[Token]) -> str:
    """A category as the banks write it: title case ("album of the year" -> "Album of the Year")."""
    words = []
    for k, t in enumerate(toks):
        w = t.text
        if w.islower() and (k == 0 or w not in _CATEGORY_SMALL):
            w = w[:1].upper() + w[1:]
        words.append(w)
    return " ".join(words).replace(" ,", ",").replace("R & B", "R&B")


def _ceremony_near(view: SentenceView, tok: Token) -> tuple[str, str]:
    """(ceremony, year) a sentence names after the award: "at the 2019 Latin Grammys"."""
    import re

    doc = view.span.doc
    runs = [r for r in _titled_runs(view) if _ceremony(r[2]) and r[0] > tok.i - 3] or [
        r for r in _titled_runs(view) if _ceremony(r[2])
    ]
    if not runs:
        return "", ""
    s, e, text = runs[0]
    if " at " in text:
        cut = text.rsplit(" at ", 1)[1]  # "Best Lead Actor in a Comedy at the 61st ... Awards"
        s = e - len(cut.split())
        text = cut[4:] if cut.lower().startswith("the ") else cut
    year = ""
    before = [doc[k] for k in range(max(view.span.start, s - 2), s)]
    for t in [*before, *doc[s:e]]:
        if re.fullmatch(r"(?:19|20)\d\d", t.text):
            year = t.text
    text = re.sub(r"^(?:19|20)\d\d\s+", "", text)
    return text, year


def _add_award(
    f: Findings,
    view: SentenceView,
    person: str,
    toks: list[Token],
    verb: Token,
    relation: str = "won",
    trophy: str = "",
) -> None:
    """An award fact with its ceremony and year when the sentence names them."""
    text = _category_text(toks)
    if not text or not _award_like(text) or len(text) < 4:
        return
    ceremony, year = _ceremony_near(view, verb)
    f.add(
        "award",
        person,
        text,
        view,
        relation=relation,
        type="award",
        ceremony=ceremony or trophy,
        year=year,
        weight=1.3,
    )


def _maker_of_work(f: Findings, view: SentenceView, subj: Token) -> str:
    """The maker of a work that is a clause's subject ("Paper Crowns won best folk album"),
    found where the article introduces the title after its work noun ("her debut album, X")."""
    from .titles import titles_after
    from .works import artist_of

    words = normalize(" ".join(t.text for t in subj.subtree))
    if not subj.text[:1].isupper() or len(words.split()) > 8:
        return ""
    for other in f.reading.sents[: view.index + 1]:
        for tok in other.tokens:
            if tok.text.lower() in lexicon.works() and tok.text[:1].islower():
                for title in titles_after(other, tok):
                    if normalize(title.text) == words:
                        return artist_of(f, other, title, tok)
    return ""


@rule
def awards(f: Findings) -> None:
    """'won Best New Artist', 'won album of the year in 2015 at the Latin Grammys', 'won the
    Leading Actress prize', 'the Emmy for Outstanding Guest Actress in a ...', 'her win for
    Best Lead Actor in a Comedy', 'in categories like X and Y', 'her awards for X and Y'."""
    for view in f.sentences():
        doc = view.span.doc
        for tok in view.tokens:
            if view.in_quote(tok):
                continue
            low = tok.text.lower()
            if tok.tag_.startswith("VB") and lexicon.lemma_of(tok.text) in _AWARD_VERBS:
                obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                home = tok.i + 1 < view.span.end and doc[tok.i + 1].text.lower() in ("home", "up")
                if (
                    lexicon.lemma_of(tok.text) in ("take", "pick", "land")
                    and not home
                    and not any(c.dep_ == "prt" for c in tok.children)
                    and (
                        obj is None
                        or obj.text.lower() not in _TROPHIES | lexicon.word_set("award_heads")
                    )
                ):
                    continue  # "take on the American": no award without "take home"
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                person = subject_of(f, view, tok) or (
                    _maker_of_work(f, view, subj) if subj is not None else ""
                )
                if not person or " and " in person:
                    continue
                if (
                    obj is None
                    and lexicon.lemma_of(tok.text) == "win"
                    and tok.i + 1 < view.span.end
                    and doc[tok.i + 1].text.lower() == "for"
                ):
                    toks = _category_at(view, tok.i + 2)  # "to win for Best Lead Actor in a Comedy"
                    if toks and toks[0].text[:1].isupper():
                        _add_award(f, view, person, toks, tok)
                    continue
                if obj is None:
                    continue
                _award_object(f, view, tok, obj, person)
            elif (
                low in ("win", "nomination")
                and tok.tag_.startswith("NN")
                and tok.i + 1 < view.span.end
                and doc[tok.i + 1].text.lower() == "for"
            ):
                person = owner(f, view, tok) or subject_of(f, view, tok)
                toks = _category_at(view, tok.i + 2)
                if person and toks and low == "win":
                    _add_award(f, view, person, toks, tok)  # "to win for Best Lead Actor"
            elif (
                low in _LIST_NOUNS
                and tok.i + 1 < view.span.end
                and doc[tok.i + 1].text.lower() in ("like", "including", "for", "such")
            ):
                k = tok.i + (3 if doc[tok.i + 1].text.lower() == "such" else 2)
                person = owner(f, view, tok) or subject_of(f, view, tok)
                _category_list(f, view, person, k, tok)
        for tok in view.tokens:
            if tok.text.lower() == "winner" and not view.in_quote(tok) and _winner_is(f, view, tok):
                continue
            if (
                tok.text.lower() in ("winner", "winners")
                and tok.text[:1].islower()
                and tok.i > view.span.start
                and not view.in_quote(tok)
            ):
                run = _before_run(view, tok.i)
                text = " ".join(t.text for t in run)
                people = _referents(f, view, tok, run) if run else []
                if not text or len(text) < 3 or not people or _is_junk_run(run):
                    continue
                named_after = tok.i + 1 < view.span.end and (
                    who(f, view, doc[tok.i + 1]) or doc[tok.i + 1].text == ","
                )
                if not named_after and (
                    people != [f.cast.main] or tok.dep_ not in ("nsubj", "nsubjpass")
                ):
                    continue  # "rescuing the Oscar winner": a description the parse cannot pin down
                if known_titles(text) and {c for c, _e in known_titles(text)} & {"show"}:
                    for p in people:  # "Love Island winner Cody Brennan": a show he won
                        f.add(
                            "show",
                            p,
                            _with_article(view, run, "show"),
                            view,
                            relation="winner",
                            type="title",
                            role="winner",
                            marked="unquoted",
                            weight=1.2,
                        )
                    continue
                for p in people:
                    f.add("award", p, text, view, relation="winner", type="award", weight=1.1)


def _winner_is(f: Findings, view: SentenceView, tok: Token) -> bool:
    """ "The winner for the 2020 Grammy Awards Best New Artist is ... Ada Quill": the award
    named after "winner of/for" and the person after the verb "be"."""
    import re

    doc = view.span.doc
    verb = tok.head
    prep = next(
        (c for c in tok.children if c.dep_ == "prep" and c.text.lower() in ("of", "for")), None
    )
    if tok.dep_ != "nsubj" or prep is None or lexicon.lemma_of(verb.text) != "be" or verb.i < tok.i:
        return False
    start = next(
        (k for k in range(prep.i + 1, verb.i) if doc[k].text.lower() in ("best", "outstanding")),
        None,
    )
    if start is None:
        return False
    toks = [t for t in _category_at(view, start) if t.i < verb.i]
    while toks and toks[-1].text.lower() in ("award", "prize", "category", "trophy"):
        toks.pop()  # "the Best Actress award": the category without its head noun
    person = ""
    for k in range(verb.i + 1, min(verb.i + 4, view.span.end)):
        if doc[k].is_punct:
            continue
        person = who(f, view, doc[k])
        break
    else:
        if all(doc[k].is_punct for k in range(verb.i + 1, view.span.end)):
            person = who(f, view, tok)  # "... is... Ada Quill!": the name comes as its own line
    text = _category_text(toks)
    if not person or not toks or not _award_like(text):
        return False
    before = " ".join(t.text for t in doc[prep.i + 1 : start])
    m = re.match(r"^(?:the\s+)?(?:((?:19|20)\d\d)\s+)?(.*)$", before)
    year, ceremony = (m.group(1) or "", m.group(2)) if m else ("", "")
    if not ceremony or not _ceremony(ceremony):
        ceremony, year = _ceremony_near(view, tok)
    f.add(
        "award",
        person,
        text,
        view,
        relation="won",
        type="award",
        ceremony=ceremony,
        year=year,
        weight=1.3,
    )
    return True


def _work_of_award(
    f: Findings, view: SentenceView, person: str, category: list[Token], title: list[Token]
) -> None:
    """The song or album an award went to: "Best Urban Song for “Luna Roja”"."""
    words = {t.text.lower() for t in category}
    kind = "song" if words & {"song", "record", "single"} else "album" if "album" in words else ""
    text = " ".join(t.text for t in title).strip(" ,.")
    if kind and text and len(title) <= 8:
        f.add(
            kind,
            person,
            text,
            view,
            relation="award",
            type="title",
            marked="quoted",
            award=_category_text(category),
            weight=1.2,
        )


def _is_junk_run(run: list[Token]) -> bool:
    """A caption's run of capitals ("Casey Rowe Wife KElly Wedding"): kin or role nouns."""
    from ..distractors.titles import known_titles as known

    if known(" ".join(t.text for t in run)):
        return False
    words = {t.text.lower() for t in run}
    return bool(words & (set(lexicon.kin()) - {"love"} | {"wedding", "photo", "pic", "getty"}))


def _award_object(f: Findings, view: SentenceView, verb: Token, obj: Token, person: str) -> None:
    """The award a winning verb's object names."""
    doc = view.span.doc
    start = min(t.i for t in obj.subtree)
    if doc[start].text.lower() == "home" and doc[start].i == verb.i + 1:
        start += 1  # "taking home song of the year"
    while (
        start < view.span.end
        and doc[start].text.lower() in ("the", "a", "an", "his", "her", "their", "its")
        or doc[start].like_num
        and not doc[start].text[:1].isupper()
        or doc[start].text.lower()
        in ("first", "second", "third", "fourth", "fifth", "first-ever", "second-ever")
    ):
        start += 1
    if start >= view.span.end:
        return
    head = obj.text.lower()
    # "the Emmy for Outstanding Guest Actress ...": the category after the trophy.
    if head in _TROPHIES or f"{doc[obj.i - 1].text.lower()} {head}" in _TROPHIES:
        nxt = obj.i + 1
        if nxt < view.span.end and doc[nxt].text.lower() == "for" and nxt + 1 < view.span.end:
            toks = _category_at(view, nxt + 1)
            if toks and (
                toks[0].text[:1].isupper() or toks[0].text.lower() in ("best", "outstanding")
            ):
                _add_award(f, view, person, toks, verb, trophy=doc[obj.i].text)
                return
        if head in ("prize", "award", "trophy", "gong", "honour", "honor") and start < obj.i:
            toks = [doc[k] for k in range(start, obj.i) if doc[k].text[:1].isupper()]
            if toks and len(toks) == obj.i - start:
                _add_award(f, view, person, toks, verb)  # "the Leading Actress prize"
            return
        trophy = " ".join(t.text for t in doc[start : obj.i + 1])
        if trophy[:1].isupper() and len(trophy.split()) <= 3:
            ceremony, year = _ceremony_near(view, verb)
            f.add(
                "award",
                person,
                trophy,
                view,
                relation="won",
                type="award",
                trophy="yes",
                ceremony=ceremony,
                year=year,
                weight=1.2,
            )
        return
    _category_list(f, view, person, start, verb)


def _category_list(f: Findings, view: SentenceView, person: str, k: int, verb: Token) -> None:
    """Categories from token index k, a list of them ("record of the year plus best rock song
    for ‘Mi Casa Azul’"), with the work each went to."""
    doc = view.span.doc
    while person and k < view.span.end:
        toks = _category_at(view, k)
        if not toks or not (
            toks[0].text[:1].isupper()
            or toks[0].text.lower() in ("best", "outstanding")
            or "year" in {t.text.lower() for t in toks}
        ):
            break
        _add_award(f, view, person, toks, verb)
        k = toks[-1].i + 1
        if (
            k < view.span.end
            and doc[k].text == "for"
            and k + 1 < view.span.end
            and doc[k + 1].text in ("“", '"', "‘", "'")
        ):
            k += 2
            inside: list[Token] = []
            while k < view.span.end and len(inside) < 10:
                t = doc[k]
                if t.text in ("”", '"', "’", "'"):
                    k += 1
                    break  # the closing quotation mark
                if not (
                    k in view.titled
                    or t.text[:1].isupper()
                    or t.text.lower() in ("of", "the", "a", "and", "to", "in", "de", "la", "el")
                ):
                    break
                inside.append(t)
                k += 1
            _work_of_award(f, view, person, toks, inside)
        if k < view.span.end and doc[k].text in (",", "and"):
            k += 1
            if k < view.span.end and doc[k].text == "and":
                k += 1
            continue
        break


@rule
def birth_names(f: Findings) -> None:
    """'whose real name is Belcalis Almanzar', 'Malone's birth name, Austin Post'."""
    for view in f.sentences():
        doc = view.span.doc
        for tok in view.tokens:
            if tok.text.lower() != "name" or tok.i == view.span.start or view.in_quote(tok):
                continue
            prev = doc[tok.i - 1].text.lower()
            if prev not in ("real", "birth", "legal", "full", "given"):
                continue
            whose = ""
            for c in tok.children:
                if c.dep_ == "poss":
                    whose = who(f, view, c)
            if not whose and doc[tok.i - 2].text.lower() == "whose":
                # "Offset, whose real name is ...": the relative clause's head is whose name it is.
                node = tok
                for _ in range(4):
                    if node.dep_ == "relcl":
                        whose = who(f, view, node.head)
                        break
                    node = node.head
            nxt = [doc[j] for j in range(tok.i + 1, view.span.end)]
            while nxt and nxt[0].text in (",", "is", "was", ":"):
                nxt = nxt[1:]
            run = title_run(nxt)
            name = " ".join(t.text for t in run)
            if whose and name and name != whose and len(run) <= 4:
                f.add("name", whose, name, view, relation=f"{prev} name", type="person", weight=1.4)


_WHO_PREPS = frozenset({"with", "to", "against", "by", "alongside", "for"})


@rule
def people_in_events(f: Findings) -> None:
    """'Sajak replaced him', 'played every season with Tom Brady', 'tapped Charlie Puth'."""
    from .clauses import clause_for

    verbs = lexicon.data()["who_verbs"]
    for view in f.sentences():
        for verb in view.span:
            if (
                view.in_quote(verb)
                or not verb.tag_.startswith("VB")
                or lexicon.lemma_of(verb.text) not in verbs
            ):
                continue
            subject = subject_of(f, view, verb)
            if not subject or " and " in subject:
                continue
            for child in verb.children:
                target: Token | None
                if child.dep_ == "dobj":
                    target, skip = child, frozenset(t.i for t in child.subtree)
                    prep = ""
                elif child.dep_ == "prep" and child.text.lower() in _WHO_PREPS:
                    target = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if target is None:
                        continue
                    skip, prep = frozenset(t.i for t in child.subtree), child.text.lower()
                else:
                    continue
                if lexicon.lemma_of(verb.text) in (
                    "play",
                    "star",
                    "perform",
                    "sing",
                ) and prep not in ("with", "alongside", "against"):
                    continue  # "played Martin": a character, not someone he played with
                if (
                    lexicon.lemma_of(verb.text)
                    in ("welcome", "share", "expect", "have", "adopt", "raise")
                    and prep != "with"
                ):
                    continue  # only "welcomed a girl with partner X" asks for a person
                other = person_in(
                    f,
                    view,
                    [
                        t
                        for t in target.subtree
                        if t.text.lower() not in ("his", "her", "their", "him", "them")
                    ],
                )
                if not other or other == subject:
                    continue
                role = next(
                    (t.text.lower() for t in target.subtree if t.text.lower() in lexicon.roles()),
                    "",
                )
                clause = clause_for(verb, view, f.cast, subject, skip=skip, wide=True)
                if (
                    clause is None
                    or known_titles(subject)
                    or known_titles(other)
                    or team_entries(other)
                ):
                    continue
                lemma = clause.lemma
                if lemma in _ROMANCE_VERBS:
                    continue  # who someone dates or proposes to is read with the family
                if lemma not in _BARE_OK and not clause.rest:
                    continue  # "Who did Luis Suarez join?": join him in what?
                known = f.cast.person(other)
                if (
                    len(other.split()) == 1
                    and known is not None
                    and not known.famous
                    and lemma not in ("welcome", "expect", "have", "share")
                ):
                    continue  # "met Barack": a first name alone, someone the prompt cannot place
                f.add(
                    "person",
                    subject,
                    other,
                    view,
                    relation=lemma,
                    type="person",
                    clause=clause.base(),
                    rest=clause.rest,
                    prep=prep,
                    role=role,
                    sex=f.cast.sex(other),
                    weight=1.0,
                )


_ROMANCE_VERBS = frozenset({"date", "propose", "meet", "marry", "wed", "kiss"})
# Verbs whose bare form says enough: "Who did Pat Sajak replace?", "Who did Tyson Fury fight?".
_BARE_OK = frozenset(
    {
        "replace",
        "succeed",
        "beat",
        "defeat",
        "face",
        "fight",
        "coach",
        "hire",
        "draft",
        "sign",
        "tap",
        "choose",
        "pick",
        "select",
        "trade",
        "interview",
        "duet",
        "welcome",
        "expect",
        "have",
        "share",
        "adopt",
        "raise",
    }
)


_BAND_VERBS = frozenset({"join", "form", "front", "rejoin", "quit", "leave", "found", "co-found"})
_BAND_ROLES = frozenset(
    {
        "singer",
        "frontman",
        "frontwoman",
        "vocalist",
        "guitarist",
        "drummer",
        "bassist",
        "member",
        "keyboardist",
        "rapper",
    }
)


def _group_run(view: SentenceView, start: int) -> str:
    """A group's name from token index start: a bank group ("the Cranberries") or a capitalised
    plural run after "the" ("the Saturdays")."""
    doc = view.span.doc
    i = start
    the = i < view.span.end and doc[i].text.lower() == "the"
    if the:
        i += 1
    while (
        i < view.span.end
        and doc[i].text[:1].islower()
        and doc[i].tag_[:2] in ("JJ", "NN")
        and doc[i].text.lower() not in ("band", "group")
    ):
        i += 1  # "the Irish rock band the Cranberries"
    if i < view.span.end and doc[i].text.lower() in ("band", "group", "outfit", "quartet", "trio"):
        i += 1
        if i < view.span.end and doc[i].text.lower() == "the":
            i += 1
    run = title_run([doc[k] for k in range(i, view.span.end)], list_mode=True)
    text = " ".join(t.text for t in run)
    entry = group_entry(text) if text else None
    if entry:
        return str(entry["name"])
    if (
        run
        and the
        and len(run) <= 3
        and (run[-1].tag_ == "NNPS" or run[-1].text.endswith("s"))
        and not team_entries(text)
    ):
        return f"The {text}" if not text.startswith("The ") else text  # "the Velvet Owls"
    return ""


@rule
def bands(f: Findings) -> None:
    """'joined the Cranberries in 1990', 'lead singer of the Irish rock band the Cranberries',
    'frontman of Coldplay'."""
    for view in f.sentences():
        doc = view.span.doc
        for tok in view.tokens:
            if view.in_quote(tok):
                continue
            low = tok.text.lower()
            if tok.tag_.startswith("VB") and lexicon.lemma_of(tok.text) in _BAND_VERBS:
                obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if obj is None:
                    continue
                band = _group_run(view, min(t.i for t in obj.subtree))
                person = subject_of(f, view, tok)
                if (
                    band
                    and person
                    and " and " not in person
                    and normalize(person) != normalize(band)
                ):
                    f.add(
                        "band",
                        person,
                        band,
                        view,
                        relation="member",
                        type="org",
                        role="member",
                        weight=1.1,
                    )
            elif (
                low in _BAND_ROLES
                and tok.text[:1].islower()
                and tok.i + 1 < view.span.end
                and doc[tok.i + 1].text.lower() in ("of", "for")
            ):
                band = _group_run(view, tok.i + 2)
                person = who(f, view, tok.head) if tok.dep_ == "appos" else ""
                person = person or next(
                    (
                        who(f, view, c)
                        for c in tok.children
                        if c.dep_ == "appos" and who(f, view, c)
                    ),
                    "",
                )
                if band and person and normalize(person) != normalize(band):
                    f.add(
                        "band", person, band, view, relation=low, type="org", role=low, weight=1.2
                    )
