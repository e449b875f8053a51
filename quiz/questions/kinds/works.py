"""Works: which album, song, film or show; who sang or starred; which band someone fronts.

Wrong options are works of the key's type from the banks, of the subject's genre (read from
the bank or from the article's own words: "the country star") and era, never the subject's;
the article's other titles join them only when they are of the same type and kind.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter

from ..distractors import Spec
from ..distractors.banks import work_entry
from ..distractors.titles import SHOW_GROUPS, group_entry, known_titles, show_kind
from ..facts import Findings, lexicon
from ..model import Fact, Question
from ..textutil import normalize, possessive
from . import generator
from .base import Asker, draft
from .wording import a_or_an, anchor, display, ordinal_word

_TITLE_KINDS = frozenset({"album", "song", "film", "show", "screen", "tour", "book"})
_NOUN = {
    "album": "album",
    "song": "song",
    "film": "film",
    "show": "show",
    "tour": "tour",
    "book": "book",
}
_SHOWN_NOUNS = (
    "studio album",
    "debut album",
    "single",
    "ep",
    "mixtape",
    "memoir",
    "novel",
    "documentary",
    "special",
    "podcast",
    "sitcom",
)
# What a show of each kind is called in a prompt.
_KIND_WORDS = {
    "sketch": "sketch show",
    "sitcom": "sitcom",
    "morning": "morning show",
    "late-night": "late-night show",
    "reality-dating": "reality show",
}
_SHOW_WORDS = {
    "reality": "reality show",
    "talk": "talk show",
    "news": "show",
    "scripted": "TV series",
    "game": "game show",
    "cooking": "cooking show",
    "sports": "show",
    "award-show": "awards show",
}


MONTH_WORD = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d{1,2}\b)"
)
_YEAR_WORD = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


def event_when(fact: Fact, asker: Asker) -> str:
    """When the sentence's event happened: its own month ("In April, X appeared on ..." in an
    August article is April), its own year, else the article's time anchor."""
    from ..dates import MONTHS

    text = fact.evidence.text
    published = asker.findings.reading.published
    year = _YEAR_WORD.search(text)
    month = MONTH_WORD.search(text)
    if month and published is not None and not year:
        m = MONTHS.index(month.group(1)) + 1
        return f"{month.group(1)} {published.year - (1 if m > published.month else 0)}"
    if year and not month:
        return year.group(1)
    return anchor(fact, asker.findings)


def article_genres(findings: Findings, subject: str = "") -> str:
    """The music genres the article speaks of ("the country star", "rapper"), comma-joined,
    the subject's bank genres first."""
    from ..distractors.people import famous

    words = lexicon.data()["genre_words"]
    counts: Counter[str] = Counter()
    for view in findings.reading.sents:
        for tok in view.tokens:
            genre = words.get(tok.text.lower())
            if genre and not tok.tag_.startswith("VB"):
                counts[genre] += 1  # "pop the question" names no genre
    own = list((famous(subject) or {}).get("genres", [])) if subject else []
    top = [g for g, _n in counts.most_common(2)]
    return ",".join(dict.fromkeys([*own, *top]))


def story_year(findings: Findings) -> int | None:
    """The story's year: its date's, else the latest year its body names (an undated story is
    at least that recent), for options of the story's era."""
    if findings.reading.published:
        return findings.reading.published.year
    years = [int(y) for y in _YEAR_WORD.findall(findings.reading.article.body)]
    return max((y for y in years if y <= dt.date.today().year), default=None)


def _title_spec(fact: Fact, asker: Asker, work: str, *, genre: str = "") -> tuple[Spec, list[str]]:
    """A title spec whose options are works of the same type, none the subject's own."""
    own = asker.truths(
        {fact.kind, "screen"} if fact.kind in ("film", "show", "screen") else {fact.kind},
        fact.subject,
    )
    makers = frozenset(
        {
            f.subject
            for f in asker.findings.facts
            if f.kind == fact.kind and normalize(f.value) == normalize(fact.value)
        }
    )
    person = asker.findings.cast.person(fact.subject)
    # The work's era: its own year, a year its sentence gives ("signed in 1994 and put out its
    # debut disc"), else the story's.
    said = re.search(r"\b(19[5-9]\d|20[0-4]\d)\b", fact.evidence.text)
    year = int(fact.get("year") or (said.group(1) if said else 0)) or story_year(asker.findings)
    genre = genre or (
        article_genres(asker.findings, fact.subject) if work in ("song", "album", "tour") else ""
    )
    # No option is a title the article names: each may be another question's key.
    named = {
        f.value for f in asker.findings.facts if f.kind in _TITLE_KINDS and f.relation != "network"
    } - {fact.value}
    spec = Spec(
        "title",
        fact.value,
        work=work,
        sex="group" if _is_group(asker, fact.subject) else person.sex if person else "",
        subject=fact.subject,
        field=person.field if person else "",
        genre=genre,
        year=year,
        latest=asker.findings.reading.published,  # a dated story's day: no option after it
        avoid=frozenset(own) | makers | frozenset(named),
    )
    # The article's other titles are no options: each may be another question's key.
    pool: list[str] = []
    return spec, sorted(set(pool))


def _is_group(asker: Asker, name: str) -> bool:
    """True when a maker is a band or group (the banks know it, or the article says so)."""
    person = asker.findings.cast.person(name)
    return bool(group_entry(name)) or (person is not None and person.field == "band")


def _artist_spec(fact: Fact, asker: Asker, field: str = "singer") -> tuple[Spec, list[str]]:
    """A person spec for 'Who sang X?': other artists of the article and the bank; a band's
    options are bands."""
    if _is_group(asker, fact.subject):
        spec = Spec(
            "band",
            fact.subject,
            genre=article_genres(asker.findings, fact.subject),
            avoid=frozenset({fact.subject}),
        )
        return spec, []
    person = asker.findings.cast.person(fact.subject)
    sex = person.sex if person else ""
    got = person.field if person else ""
    avoid = frozenset(
        {f.subject for f in asker.findings.facts if f.kind == fact.kind and f.value == fact.value}
    )
    spec = Spec(
        "person",
        fact.subject,
        sex=sex,
        field=got or field,
        genre=article_genres(asker.findings, fact.subject) if field == "singer" else "",
        avoid=avoid,
    )
    pool = [
        p
        for p in asker.people_pool(
            sex, set(avoid) | asker.relatives(fact.subject), like=fact.subject
        )
        if p != asker.main and not known_titles(p)
    ]
    return spec, pool


def _music_prompt(fact: Fact, asker: Asker, noun: str, whose: str, when: str) -> str:
    """The prompt for an album, song, tour or book, most specific first."""
    name = display(fact.subject, asker.findings)
    if fact.get("ordinal"):
        n = int(fact.get("ordinal"))
        label = "debut" if n == 1 else ordinal_word(n)
        shown = noun if noun != "song" else "single"
        if shown.startswith("debut"):
            shown = shown.replace("debut", "").strip() or "album"
        return f"What is the name of {whose} {label} {shown}?"
    if fact.get("year"):
        verb = "release" if fact.kind in ("song", "album", "book") else "launch"
        return f"Which {noun} did {name} {verb} in {fact.get('year')}?"
    if fact.get("fresh") and when:
        return f"What was the name of {whose} new {noun} in {when}?"
    if fact.relation == "titled" and when:
        return f"What is the title of the {noun} {name} announced in {when}?"
    if fact.kind == "tour" and when:
        return f"What was the name of {whose} tour as of {when}?"
    if fact.kind == "book":
        return f"Which of these books is by {name}?"
    return f"Which of these is {a_or_an(noun)} by {name}?"


@generator("album", "song", "tour", "book")
def ask_music(fact: Fact, asker: Asker) -> list[Question]:
    """'What is the name of Post Malone's fifth studio album?', 'Who sang “Glass Doors”?'."""
    work = fact.kind
    noun = (
        fact.get("noun")
        if fact.get("noun") in _SHOWN_NOUNS and work != "song" or fact.get("noun") == "single"
        else _NOUN[work]
    )
    whose = possessive(display(fact.subject, asker.findings))
    when = anchor(fact, asker.findings)
    out: list[Question] = []
    spec, pool = _title_spec(fact, asker, work)
    prompt = _music_prompt(fact, asker, noun, whose, when)
    q = draft(
        fact,
        asker,
        kind=work,
        prompt=prompt,
        spec=spec,
        explanation=f"“{fact.value}” is {whose} {noun}.",
        pool=pool,
    )
    if q:
        out.append(q)
    if fact.subject != asker.main and work in ("song", "album"):
        aspec, apool = _artist_spec(fact, asker)
        verb = "sang" if work == "song" else "released the album"
        who = "Which band" if aspec.type == "band" else "Who"
        q = draft(
            fact,
            asker,
            kind=work,
            prompt=f"{who} {verb} “{fact.value}”?",
            spec=aspec,
            explanation=f"“{fact.value}” is by {fact.subject}.",
            pool=apool,
            variant="reverse",
        )
        if q:
            out.append(q)
    return out


def _screen_kind(fact: Fact, asker: Asker) -> tuple[str, str]:
    """(fact kind to ask as, show kind) for a title: a 'screen' title becomes a film or a show
    when the banks know it; a show's kind comes from the banks or the noun the article used."""
    entry = work_entry(fact.value) or {}
    kind = fact.kind
    if kind == "screen":
        kind = "film" if entry.get("type") == "film" else "show" if entry else "screen"
    skind = show_kind(fact.value) if kind in ("show", "screen") else ""
    if kind == "screen" and skind:
        kind = "show"
    if not skind:
        skind = fact.get("hint")
    if (
        not skind
        and kind in ("show", "screen")
        and (fact.get("role") in _HOSTED_ROLES or fact.relation == "appeared")
    ):
        skind = _article_show_kind(fact, asker)  # a host's or a guest's show: the article's words
    return kind, skind


_HOSTED_ROLES = frozenset(
    {"host", "co-host", "presenter", "anchor", "co-anchor", "weatherman", "newscaster"}
)


def _article_show_kind(fact: Fact, asker: Asker) -> str:
    """A show's kind the article says in words ("retire from game show"), for a show the banks
    do not know; a host's show is a talk show when the article does not say."""
    words = lexicon.data()["show_kind_words"]
    text = f"{asker.findings.reading.article.title}\n{asker.findings.reading.article.body}".lower()
    found = Counter(
        words[m.group(1)]
        for m in re.finditer(r"\b([a-z-]+)\s+(?:show|series|competition|programme|program)\b", text)
        if m.group(1) in words
    )
    if found:
        return str(found.most_common(1)[0][0])
    return "talk" if fact.get("role") in _HOSTED_ROLES else ""


def _show_prompt(fact: Fact, asker: Asker, kind: str, skind: str) -> str:
    """The prompt for a film or show, by the role the article gives the person."""
    subject = display(fact.subject, asker.findings)
    role = fact.get("role") or (
        "star" if fact.relation not in ("appeared", "owner", "story", "subject", "sequel") else ""
    )
    group = SHOW_GROUPS.get(skind, "")
    word = (
        "film"
        if kind == "film"
        else _KIND_WORDS.get(skind) or _SHOW_WORDS.get(group, "show")
        if kind == "show"
        else "title"
    )
    when = event_when(fact, asker)
    if fact.relation == "sequel":
        # A casting may change after the story: it is asked as it stood then.
        lead = f"In {when}, {subject}" if when else subject
        return f"{lead} was set to star in the sequel to which film?"
    noun = fact.get("noun")
    if noun in (
        "special",
        "comedy special",
        "stand-up special",
        "documentary",
        "docuseries",
        "podcast",
    ):
        shown = {"special": "comedy special", "docuseries": "documentary series"}.get(noun, noun)
        return (
            f"What is the name of {possessive(subject)} "
            f"{shown}{' released in ' + when if when and fact.get('fresh') else ''}?"
        )
    if kind == "film" and fact.get("fresh") and when:
        return f"What was the name of {possessive(subject)} new film in {when}?"
    if role == "winner":
        return f"Which {word} did {subject} win?"
    if role == "lead":
        return f"Which {word} named {subject} as its lead?"
    if role in (
        "host",
        "co-host",
        "presenter",
        "anchor",
        "co-anchor",
        "weatherman",
        "newscaster",
        "judge",
    ):
        title = {
            "co-host": "a co-host",
            "co-anchor": "a co-anchor",
            "anchor": "an anchor",
            "weatherman": "the weatherman",
            "judge": "a judge",
            "newscaster": "a newscaster",
        }.get(role, "a host")
        return (
            f"In {when}, {subject} was {title} on which {word}?"
            if when
            else f"Which {word} is {subject} known for?"
        )
    if group == "reality" and role in (
        "contestant",
        "islander",
        "alum",
        "alums",
        "star",
        "stars",
        "guest",
        "member",
        "",
    ):
        return f"On which reality show did {subject} appear?"
    if fact.relation == "appeared" and group in ("talk", "news"):
        return f"On which {word} did {subject} appear{' in ' + when if when else ''}?"
    if fact.relation == "appeared" and role == "guest":
        return ""  # a guest spot on a show the banks cannot place: not worth asking
    if kind == "film" and (fact.get("fresh") or role == ""):
        return f"Which of these films stars {subject}?"  # a new film: nobody knows them for it yet
    if word == "title":
        return f"Which of these titles is {subject} known for?"
    return f"Which {word} is {subject} known for?"


def _ask_network(fact: Fact, asker: Asker) -> list[Question]:
    """'Which network aired “Lucky Spin” in 1975?' (networks of the same country and kind)."""
    show, network = fact.subject, fact.value
    when = anchor(fact, asker.findings)  # where it airs now: the story's time
    others = frozenset(
        f.value
        for f in asker.findings.facts
        if f.relation == "network" and f.subject == show and f.value != network
    )
    spec = Spec("network", network, subject=show, avoid=others)
    year = re.search(r"\b(19[4-9]\d|20[0-4]\d)\b", fact.evidence.text)
    if fact.get("tense") == "past" and year:
        when = year.group(1)  # "first went out as an NBC network program ... in 1975"
    if fact.get("tense") != "past" or not year:
        # "Which network aired “Love Island” in June 2018?": readers judged every channel of a
        # show running as the story ran side trivia (common knowledge, an odd time frame);
        # only a show's history, dated by its sentence, is asked.
        return []
    spec = dataclasses.replace(spec, year=int(year.group(1)))
    prompt = f"Which network aired “{show}” in {when}?"
    q = draft(
        fact,
        asker,
        kind="show",
        prompt=prompt,
        spec=spec,
        explanation=f"“{show}” airs on {network}.",
        bump=0.8,
    )
    return [q] if q else []


def _ask_employer(fact: Fact, asker: Asker) -> list[Question]:
    """'In June 2016, which network was Anderson Cooper an anchor for?' (news among news)."""
    when = anchor(fact, asker.findings)
    role = fact.get("role") or "host"
    article = "an" if role[:1] in "aeiou" else "a"
    spec = Spec("network", fact.value, subject=fact.subject)
    name = display(fact.subject, asker.findings)
    # Without a date, the perfect tense stays true after a move: "has worked ... as an anchor".
    prompt = (
        f"In {when}, which network was {name} {article} {role} for?"
        if when
        else f"For which network has {name} worked as {article} {role}?"
    )
    q = draft(
        fact,
        asker,
        kind="show",
        prompt=prompt,
        spec=spec,
        explanation=f"{fact.subject} works for {fact.value}.",
        bump=0.9,
    )
    return [q] if q else []


def _someone_else_asked(fact: Fact, asker: Asker) -> bool:
    """True when the same title is asked of someone the story cares more about (three "Love
    Island" questions for three islanders make one question three times)."""
    same = [
        f.subject
        for f in asker.findings.facts
        if f.kind in ("film", "show", "screen")
        and f.relation != "network"
        and normalize(f.value) == normalize(fact.value)
    ]
    if len(set(same)) < 2:
        return False
    cast = asker.findings.cast

    def weight(name: str) -> tuple[int, int]:
        person = cast.person(name)
        return (1 if name == asker.main else 0, person.mentions if person else 0)

    return max(set(same), key=lambda n: (weight(n), n)) != fact.subject


@generator("film", "show", "screen")
def ask_screen(fact: Fact, asker: Asker) -> list[Question]:
    """'Which show is Sophie Gradon known for?', 'On which reality show did X appear?',
    'Who starred in the show “Severance”?'."""
    if fact.relation == "network":
        return _ask_network(fact, asker)
    if fact.relation == "employer":
        return _ask_employer(fact, asker)
    if _someone_else_asked(fact, asker):
        return []
    kind, skind = _screen_kind(fact, asker)
    noun = fact.get("noun")
    work = (
        "special"
        if noun in ("special", "comedy special", "stand-up special")
        else "documentary"
        if noun in ("documentary", "docuseries")
        else "podcast"
        if noun == "podcast"
        else kind
    )
    spec, pool = _title_spec(fact, asker, work, genre=skind)
    prompt = _show_prompt(fact, asker, kind, skind)
    if not prompt:
        return []
    q = draft(
        fact,
        asker,
        kind=fact.kind,
        prompt=prompt,
        spec=spec,
        explanation=f"{fact.subject} is known for “{fact.value}”.",
        pool=pool,
    )
    out = [q] if q else []
    group = SHOW_GROUPS.get(skind, "")
    if (
        fact.subject != asker.main
        and kind in ("film", "show")
        and group in ("scripted", "")
        and fact.get("role") in ("star", "actor", "actress", "co-star", "")
    ):
        aspec, apool = _artist_spec(fact, asker, field="actor")
        noun = "film" if kind == "film" else "series"
        q = draft(
            fact,
            asker,
            kind=fact.kind,
            prompt=f"Who starred in the {noun} “{fact.value}”?",
            spec=aspec,
            explanation=f"{fact.subject} starred in “{fact.value}”.",
            pool=apool,
            variant="reverse",
        )
        if q:
            out.append(q)
    return out


@generator("band")
def ask_band(fact: Fact, asker: Asker) -> list[Question]:
    """'Dolores O'Riordan was the singer of which band?'."""
    spec = Spec(
        "band",
        fact.value,
        subject=fact.subject,
        genre=article_genres(asker.findings, fact.subject),
        avoid=frozenset({fact.subject}),
    )
    role = fact.get("role") or "member"
    if role in ("star", "bandmate"):
        role = "member"  # "the star of which band" reads as its lead; any member is a member
    if known_titles(fact.value) and not any(c == "song" for c, _e in known_titles(fact.value)):
        return []  # a show or a film, not a band
    name = display(fact.subject, asker.findings)
    if fact.relation == "member":
        year = re.search(r"\b(19[5-9]\d|20[0-4]\d)\b", fact.evidence.text)
        prompt = f"Which band did {name} join{' in ' + year.group(1) if year else ''}?"
    else:
        entry = group_entry(fact.value)
        noun = "group" if entry and str(entry.get("kind", "")).endswith("group") else "band"
        # A group has several singers and members; a band has one drummer ("the drummer").
        a = "a" if role == "member" or noun == "group" else "the"
        prompt = f"{name} is best known as {a} {role} of which {noun}?"
    q = draft(
        fact,
        asker,
        kind="band",
        prompt=prompt,
        spec=spec,
        explanation=f"{fact.subject} is the {role} of {fact.value}.",
    )
    return [q] if q else []


_HONORIFICS = (
    "Dr.",
    "Dr",
    "Lady",
    "Lord",
    "Sir",
    "Dame",
    "Captain",
    "Detective",
    "Agent",
    "Professor",
    "Mr.",
    "Mrs.",
    "Miss",
    "Ms.",
    "Father",
    "Sister",
    "Uncle",
    "Aunt",
    "King",
    "Queen",
    "Prince",
    "Princess",
)


def _character_names(key: str, sex: str, asker: Asker, fact: Fact) -> list[str]:
    """Made-up character names written like the key: a title kept ("Lady Mary Crawley" ->
    "Lady Anne Whitfield"), as many names, of the actor's sex."""
    from random import Random

    from ..distractors.banks import bank
    from ..distractors.people import _faker
    from ..facts.people import first_name_guess

    parts = key.split()
    title = parts[0] if parts and parts[0] in _HONORIFICS and len(parts) > 1 else ""
    names = parts[1:] if title else parts
    if len(names) == 1 and not first_name_guess(names[0]):
        # "Gilgamesh": an unusual name among unusual names, not among Colin and Garry.
        rare = [
            str(e["name"])
            for e in bank("baby_names")
            if e["style"] != "classic" and (not sex or e["sex"] == sex)
        ]
        Random(f"{asker.seed}|{key}").shuffle(rare)
        return [" ".join([title, n]).strip() for n in rare[:12]]
    fake = _faker("en_GB")
    fake.seed_instance(Random(f"{asker.seed}|{key}").randrange(10**9))
    first = fake.first_name_female if sex == "F" else fake.first_name_male
    out = []
    for _ in range(12):
        given = [first()] + [fake.last_name() for _ in names[1:]]
        name = " ".join([title, *given]).strip()
        if name not in out and normalize(name) != normalize(key):
            out.append(name)
    return out


@generator("role")
def ask_role(fact: Fact, asker: Asker) -> list[Question]:
    """'Which character did Paul Ritter play in “Friday Night Dinner”?', 'Who did Rami Malek
    portray in “Bohemian Rhapsody”?'."""
    work = fact.get("work")
    actor = display(fact.subject, asker.findings)
    sex = fact.get("sex") or asker.findings.cast.sex(fact.subject)
    others = [
        f.value
        for f in asker.findings.facts
        if f.kind == "role"
        and f.value != fact.value
        and f.subject != fact.subject
        and (not sex or f.get("sex") in ("", sex))
        and len(f.value.split()) == len(fact.value.split())
    ]
    if fact.get("real") == "yes":
        spec = Spec(
            "person", fact.value, sex=sex, subject=fact.subject, avoid=frozenset({fact.subject})
        )
        prompt = f"Which real-life figure did {actor} portray in “{work}”?"
        q = draft(
            fact,
            asker,
            kind="role",
            prompt=prompt,
            spec=spec,
            explanation=f"{fact.subject} played {fact.value} in “{work}”.",
            pool=others,
        )
        return [q] if q else []
    spec = Spec("character", fact.value, sex=sex, subject=fact.subject)
    key_words = set(normalize(fact.value).split()) - {normalize(h) for h in _HONORIFICS}
    pool = [
        n
        for n in others + _character_names(fact.value, sex, asker, fact)
        if not key_words & set(normalize(n).split())
    ]  # no "Tom Hudson" for "Tom Branson"
    prompt = f"Which character did {actor} play in “{work}”?"
    q = draft(
        fact,
        asker,
        kind="role",
        prompt=prompt,
        spec=spec,
        explanation=f"{fact.subject} played {fact.value} in “{work}”.",
        pool=pool,
    )
    return [q] if q else []
