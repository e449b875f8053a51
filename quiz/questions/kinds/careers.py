"""Careers: which team, which award, who hosted, the name someone was born with, who said it.

Every prompt says the claim the article makes, as narrowly as the article does ("With which
team did Jalen Brunson spend his first four NBA seasons?", "Which award did Rosalia win at the
2019 Latin Grammys?"), so that no wrong option is true elsewhere in the star's career.
"""

from __future__ import annotations

import re

from ..distractors import Spec
from ..distractors.people import famous
from ..distractors.titles import SHOW_GROUPS, ceremony_entry, known_titles, show_kind, team_entries
from ..model import Fact, Question
from ..textutil import contains_phrase, normalize, possessive
from . import generator
from .base import Asker, draft
from .wording import anchor, display, main_event, sentence_date
from .works import MONTH_WORD, event_when

LEAGUES = ("NBA", "NFL", "NHL", "MLB", "MLS", "WNBA", "NWSL", "F1", "Premier League", "La Liga")
_SHOW_WORDS = {
    "reality": "reality show",
    "talk": "talk show",
    "news": "show",
    "scripted": "series",
    "game": "game show",
    "cooking": "cooking show",
}
# What a team is called in each sport ("club" in football, "team" elsewhere).
_CLUB_LEAGUES = frozenset(
    {
        "Premier League",
        "La Liga",
        "Serie A",
        "Bundesliga",
        "Ligue 1",
        "Eredivisie",
        "Scottish Premiership",
        "Liga MX",
        "Saudi Pro League",
        "Uruguayan Primera División",
        "MLS",
        "NWSL",
    }
)
_VERB_PHRASE = {
    "member": "play for",
    "play": "play for",
    "plays for": "play for",
    "drive": "drive for",
    "spell": "play for",
    "goals": "play for",
    "score": "play for",
    "star": "play for",
}


def _cities_in_article(asker: Asker, league: str, key: str) -> frozenset[str]:
    """Cities of the league's teams that the article names (a player "played two seasons in
    Portland" may have played for Portland's team: it is no wrong option)."""
    from ..distractors.banks import bank

    body = asker.findings.reading.article.body
    cities = {
        str(e["city"])
        for e in bank("teams")
        if e["league"] == league and normalize(str(e["name"])) != normalize(key)
    }
    return frozenset(c for c in cities if contains_phrase(body, c))


# Verbs whose particle stands for what they finish or begin ("finished up", "started out").
_CUT_VERBS = frozenset({"finish up", "end up", "wind up", "start out", "finish", "end"})
_SEASON = re.compile(r",? (?:in|during) (?:the )?((?:19|20)\d\d(?:[-–/](?:\d\d){1,2})?)\b")


_TALLY_NOUNS = ("goals", "points", "touchdowns")


def _bare_tally(fact: Fact, clause: str | None) -> str:
    """The noun a bare count stands for ("added nine for Porto" after "netted 40 goals"):
    the one tally noun the sentence names, '' when it names none or several."""
    if not clause or not re.fullmatch(r"(?:score|net|fire) \d+", clause):
        return ""
    named = [n for n in _TALLY_NOUNS if re.search(rf"\b{n}\b", fact.evidence.text)]
    return named[0] if len(named) == 1 else ""


def _team_prompt(fact: Fact, asker: Asker, noun: str) -> str:
    """The narrowest prompt the article's sentence allows."""
    who = display(fact.subject, asker.findings)
    when = anchor(fact, asker.findings)
    event = "" if when else main_event(asker.findings, fact.subject)
    relation = fact.relation
    clause = fact.get("clause")
    prep = fact.get("prep")
    siblings = [
        f
        for f in asker.findings.facts
        if f.kind == "team"
        and f.subject == who
        and f.evidence.index == fact.evidence.index
        and f.value != fact.value
        and f.relation == relation
    ]
    if fact.get("tally"):
        his = {"F": "her"}.get(asker.findings.cast.sex(fact.subject), "his")
        return f"With which {noun} did {who} score most of {his} {fact.get('tally')}?"
    if relation == "captain" or fact.get("role") == "captain":
        at = f" in {when}" if when else f" {event}" if event else ""
        return f"Which {noun} was {who} the captain of{at}?"
    if fact.get("tense") == "past" and fact.get("role") and relation == fact.get("role"):
        # "Former Chargers quarterback"
        return f"Which {noun} did {who} play for as a {fact.get('role')}?"
    if (
        fact.get("tense") == "present"
        and relation in ("plays for", "play", "star", "quarterback", "player")
        or fact.get("role")
        in ("star", "player", "forward", "guard", "striker", "quarterback", "driver")
    ):
        drive = fact.get("league") == "Formula 1"  # a driver races for a team, not plays
        return (
            f"Which {noun} did {who} {'drive' if drive else 'play'} for in {when}?"
            if when
            else f"Which of these {noun}s has {who} {'driven' if drive else 'played'} for?"
        )
    if siblings and relation in _VERB_PHRASE:
        other = siblings[0].value
        the = (
            "the "
            if len(team_entries(other)) == 1
            and len(other.split()) > 1
            and not other.lower().startswith("the ")
            else ""
        )
        return f"Besides {the}{other}, which {noun} did {who} {_VERB_PHRASE[relation]}?"
    if relation == "trade":
        year = re.search(r"\b(19[5-9]\d|20[0-4]\d)\b", fact.evidence.text)
        return f"Which {noun} was {who} traded to{' in ' + year.group(1) if year else ''}?"
    if relation in ("move", "transfer"):
        return f"Which {noun} did {who} move to?"
    if relation == "attend":
        return f"Which college did {who} attend?"  # "Brunson attended Villanova"
    if relation in ("join", "rejoin"):
        year = re.search(r"\b(19[5-9]\d|20[0-4]\d)\b", fact.evidence.text)
        return (
            f"Which {noun} did {who} join{' in ' + year.group(1) if year else ''}?"
            if year or fact.get("tense") == "present"
            else ""
        )
    if relation == "lead" and fact.get("league") == "NCAA":
        year = re.search(r"\b(19[5-9]\d|20[0-4]\d)\b", fact.evidence.text)
        return f"Which college team did {who} lead{' in ' + year.group(1) if year else ''}?"
    if (
        clause
        and prep
        and not re.search(r"\d$", clause)
        and clause.startswith("be ")
        and len(clause.split()) > 1
    ):
        year = re.search(r"\b(19[5-9]\d|20[0-4]\d)\b", fact.evidence.text)
        # A passive clause keeps its voice: "By which team was Marcus Hale drafted in 2018?"
        return (
            f"{prep.capitalize()} which {noun} was {who} "
            f"{clause[3:]}{' in ' + year.group(1) if year else ''}?"
        )
    if clause in _CUT_VERBS:
        # "finished up with the Lakers in 2021-22": finished what, a fan asks; the season says
        # when the star played there, and without one the clause is left unasked.
        text = fact.evidence.text
        pos = text.find(fact.value)
        # Only a season right after the team is the clause's ("joined X in 2010" is another).
        season = _SEASON.match(text, pos + len(fact.value)) if pos >= 0 else None
        return f"Which {noun} did {who} play for in {season.group(1)}?" if season else ""
    if clause and prep and not re.search(r"\d$", clause) and len(clause.split()) > 1:
        return f"{prep.capitalize()} which {noun} did {who} {clause}?"
    tally = _bare_tally(fact, clause)
    if tally and prep:
        return f"{prep.capitalize()} which {noun} did {who} {clause} {tally}?"
    if relation in _VERB_PHRASE:
        return f"Which of these {noun}s has {who} played for?"
    return ""


@generator("team")
def ask_team(fact: Fact, asker: Asker) -> list[Question]:
    """'Which team was Brady Tkachuk the captain of in July 2023?', 'With which team did Jalen
    Brunson spend his first four NBA seasons?', 'Besides the Patriots, which team ...?'."""
    if fact.relation == "league":
        spec = Spec("team", fact.value, subject=fact.subject)
        q = draft(
            fact,
            asker,
            kind="team",
            prompt=f"In which league has {fact.subject} starred?",
            spec=spec,
            explanation=f"{fact.subject} is a star of the {fact.value}.",
            pool=[x for x in LEAGUES if x != fact.value][:4],
        )
        return [q] if q else []
    entries = team_entries(fact.value)
    league = fact.get("league") or (str(entries[0]["league"]) if len(entries) == 1 else "")
    if not league:
        return []
    noun = "club" if league in _CLUB_LEAGUES else "team"
    prompt = _team_prompt(fact, asker, noun)
    if not prompt:
        return []
    # Every team the article names is left out: "Besides AlphaTauri, which team did Alex Albon
    # drive for?" must not offer Williams, where the article says he drives now.
    named = {f.value for f in asker.findings.facts if f.kind == "team"} - {fact.value}
    # Where he scored most, his other clubs are the best wrong options: he played there too.
    pool = (
        sorted(
            {
                f.value
                for f in asker.findings.facts
                if f.kind == "team" and f.subject == fact.subject and f.value != fact.value
            }
        )
        if fact.get("tally")
        else []
    )
    spec = Spec(
        "team",
        fact.value,
        subject=fact.subject,
        genre=league,
        avoid=frozenset(named - set(pool)) | _cities_in_article(asker, league, fact.value),
    )
    q = draft(
        fact,
        asker,
        kind="team",
        prompt=prompt,
        spec=spec,
        explanation=f"{fact.subject} played for {fact.value}.",
        pool=pool,
    )
    return [q] if q else []


# Championships that are asked as "which of these did X win in <year>", with their siblings.
_MAJORS = {
    "tennis": ("Australian Open", "French Open", "Wimbledon", "US Open"),
    "golf": ("Masters", "PGA Championship", "US Open", "Open Championship"),
}


def _major(value: str) -> tuple[str, str, tuple[str, ...]]:
    """(year, event, siblings) for a championship such as "2016 French Open"."""
    m = re.match(r"^(?:the\s+)?((?:19|20)\d\d)\s+(.+)$", value, re.I)
    year, event = (m.group(1), m.group(2)) if m else ("", value)
    for sport, events in _MAJORS.items():
        if normalize(event) in {normalize(e) for e in events}:
            word = "Grand Slam" if sport == "tennis" else "major"
            return (
                year,
                event,
                tuple(e for e in events if normalize(e) != normalize(event)) + (word,),
            )
    return year, event, ()


@generator("award")
def ask_award(fact: Fact, asker: Asker) -> list[Question]:
    """'Which award did Rosalia win at the 2019 Latin Grammys?', 'Which Grand Slam did Garbiñe
    Muguruza win in 2016?'."""
    person = asker.findings.cast.person(fact.subject)
    if known_titles(fact.subject) and person is None:
        return []
    when = event_when(fact, asker)
    truths = {f.value for f in asker.findings.facts if f.kind == "award"} - {
        fact.value
    }  # the article's awards: truths or other keys
    year, event, siblings = _major(fact.value)
    if siblings:
        earlier = [
            f
            for f in asker.findings.facts
            if f.kind == "award"
            and f.subject == fact.subject
            and f is not fact
            and _major(f.value)[2]
            and (f.evidence.start, f.value) < (fact.evidence.start, fact.value)
        ]
        if earlier:
            return []  # one question per set of majors: a second would offer the first's key
        word = siblings[-1]
        options = [e for e in siblings[:-1]]
        spec = Spec("award", event, subject=fact.subject, avoid=frozenset(truths))
        prompt = (
            f"Which {word} did {display(fact.subject, asker.findings)} "
            f"win{' in ' + year if year else ''}?"
        )
        q = draft(
            fact,
            asker,
            kind="award",
            prompt=prompt,
            spec=spec,
            explanation=f"{fact.subject} won the {fact.value}.",
            pool=options,
        )
        return [q] if q else []
    if fact.relation == "champion" or known_titles(fact.subject) and not famous(fact.subject):
        return []  # "Super Bowl champion" is asked as a count; a title wins no award here
    if fact.get("trophy") == "yes":
        return _trophy(fact, asker, when, truths)
    key = fact.value
    m = re.match(r"^((?:19|20)\d\d)\s+(.+)$", key)
    if m:
        year, key = m.group(1), m.group(2)  # "2019 Best New Artist" -> "Best New Artist", in 2019
    ceremony = fact.get("ceremony") or _article_ceremony(asker, fact) or _ceremony_in_text(asker)
    entry = ceremony_entry(ceremony) if ceremony else None
    shared = _article_ceremony(asker, fact)
    if (
        entry is not None
        and shared
        and not re.match(r"^(?:the\s+)?\d", ceremony)
        and re.match(r"^(?:the\s+)?\d", shared)
        and ceremony_entry(shared) == entry
    ):
        ceremony = shared  # "won the Emmy for ..." in a story of "the 77th Primetime Emmy Awards"
    year = fact.get("year") or year
    if not (
        sentence_date(fact)
        or MONTH_WORD.search(fact.evidence.text)  # "at the TV Baftas in May"
        or fact.evidence.index <= 1
        or contains_phrase(asker.findings.reading.article.title, key)
    ):
        when = _same_night(fact, asker, shared)  # else an award of the past the article recalls
    if entry is not None:
        said = re.sub(r"^(?:the\s+)?(?:annual\s+)?", "", ceremony, flags=re.I)
        said = re.sub(r"^(?:19|20)\d\d\s+", "", said)
        if len(said.split()) == 1 and not said.endswith("s"):
            said = str(entry["short"])  # "won the Emmy for ...": asked "at the Emmys"
        numbered = re.match(r"^\d+(?:st|nd|rd|th)\s", said) is not None
        work = _winning_work(fact, asker)
        if work and not year and not sentence_date(fact):
            when = ""  # the album's win is recalled: the story's month is not the show's
        if not year and not when and not numbered and not work:
            return []  # "at the Emmys": which year's, a fan asks; the show comes every year
        if numbered:
            when = ""  # "at the 77th Primetime Emmy Awards" says which year's show it was
        at = (
            f" at the {year + ' ' if year else ''}{said}"
            f"{' in ' + when if not year and when else ''}"
        )
    else:
        at = f" in {year}" if year else f" in {when}" if when else ""
    same_ceremony: list[str] = []  # the article's other awards may be other questions' keys
    spec = Spec(
        "award",
        key,
        subject=fact.subject,
        sex=person.sex if person else "",
        genre=str(entry["name"]) if entry else "",
        field=person.field if person else "",
        avoid=frozenset(truths),
    )
    name = display(fact.subject, asker.findings)
    prompt = (
        f"Which award did {name} win{at}?"
        if fact.relation != "winner"
        else f"{name} was the{' ' + year if year else ''} winner of which award?"
    )
    discreet: tuple[str, ...] = ()
    if entry is not None and not year and not when and work:
        # "Her album won best rap album at the Grammys": a work wins its category once.
        prompt = f"Which award did {possessive(name)} {work} win{at}?"
        if _debut_work(fact, asker, work):
            kind = work.split()[0]
            discreet = (f"Which award did {possessive(name)} debut {kind} win{at}?",)
    q = draft(
        fact,
        asker,
        kind="award",
        prompt=prompt,
        spec=spec,
        explanation=f"{fact.subject} won {key}.",
        pool=same_ceremony,
        also=discreet,
    )
    return [q] if q else []


_RECALLED = re.compile(
    r"\b(?:has|have|had|previously|once|earlier|before|already|last|former|past|ago)\b", re.I
)


def _same_night(fact: Fact, asker: Asker, shared: str) -> str:
    """The story's date for a further win at the ceremony the article leads with ("Ada Quill
    bagged Best Comedy Performance" down a story of "the TV Baftas on Sunday"), when the
    sentence names no show, year or past of its own; else ''."""
    if (
        fact.get("ceremony")
        or fact.get("year")
        or not shared
        or _RECALLED.search(fact.evidence.text)
    ):
        return ""
    if re.search(r"\b(?:19|20)\d\d\b", fact.evidence.text):
        return ""
    lead = any(
        f.kind == "award"
        and f is not fact
        and f.evidence.index <= 1
        and normalize(f.get("ceremony")) == normalize(shared)
        for f in asker.findings.facts
    )
    return event_when(fact, asker) if lead else ""


def _winning_work(fact: Fact, asker: Asker) -> str:
    """'album “Aurora”' when the award's sentence has the subject's album or song as the one
    that won ("Aurora won best pop album at the Grammys"), else ''."""
    for f in asker.findings.facts:
        if f.kind in ("album", "song") and f.subject == fact.subject and len(f.value) > 2:
            if re.search(
                rf"(?:^|[“‘\"'\s]){re.escape(f.value)}[”’\"']?\s+(?:won|took home|picked up)\b",
                fact.evidence.text,
            ):
                return f"{f.kind} “{f.value}”"
    return ""


def _debut_work(fact: Fact, asker: Asker, work: str) -> bool:
    """True when the article calls the winning album or song the subject's first."""
    return any(
        f.kind in ("album", "song")
        and f.subject == fact.subject
        and f"“{f.value}”" in work
        and f.get("ordinal") == "1"
        for f in asker.findings.facts
    )


def _article_ceremony(asker: Asker, fact: Fact) -> str:
    """The ceremony the article's other awards name, when they all name the same one."""
    named = list(
        dict.fromkeys(
            f.get("ceremony")
            for f in asker.findings.facts
            if f.kind == "award" and f.get("ceremony") and f.get("trophy") != "yes"
        )
    )
    entries = {str(e["name"]) for n in named for e in [ceremony_entry(n)] if e}
    if len(entries) == 1:
        return next(n for n in named if ceremony_entry(n))  # the first as the article writes it
    return ""


def _ceremony_in_text(asker: Asker) -> str:
    """The first awards ceremony the article names ("the 2020 Grammy Awards")."""
    text = f"{asker.findings.reading.article.title}\n{asker.findings.reading.article.body}"
    pattern = (
        r"(?:[A-Z][\w'’.-]*\s+){0,3}"
        r"(?:Awards|Grammys|Emmys|Oscars|Globes|Baftas|BAFTAs|Brits|VMAs|AMAs|CMAs)\b"
    )
    for m in re.finditer(pattern, text):
        if ceremony_entry(m.group(0)):
            return m.group(0)
    return ""


def _trophy(fact: Fact, asker: Asker, when: str, truths: set[str]) -> list[Question]:
    """'Which award did Alan Cumming win in September 2025?' -> Emmy, among the trophies of its
    field; never asked of a famous winner, who may have won the others that season too."""
    from ..facts import lexicon

    if famous(fact.subject) or not when:
        return []
    table = lexicon.data()["trophies"]
    key = normalize(fact.value).split()[-1]
    field = next(
        (fld for fld, names in table.items() if key in {normalize(n).split()[-1] for n in names}),
        "",
    )
    if not field:
        return []
    options = [n for n in table[field] if normalize(n).split()[-1] != key]
    spec = Spec("award", fact.value, subject=fact.subject, avoid=frozenset(truths))
    q = draft(
        fact,
        asker,
        kind="award",
        prompt=f"Which award did {display(fact.subject, asker.findings)} win in {when}?",
        spec=spec,
        explanation=f"{fact.subject} won {a_or_an_name(fact.value)}.",
        pool=options,
    )
    return [q] if q else []


def a_or_an_name(award: str) -> str:
    """'an Emmy', 'a Golden Globe'."""
    from .wording import a_or_an

    return a_or_an(award)


def _host_sex_field(asker: Asker, host: str) -> tuple[str, str]:
    """The sex of a host (or of a pair of hosts) for options of the same kind."""
    names = host.split(" and ")
    sexes = {asker.findings.cast.sex(n) for n in names}
    return (sexes.pop() if len(sexes) == 1 else ""), "host"


def _pairs(names: list[str]) -> list[str]:
    """Pairs of names ("A and B") from a list, for a pair of hosts' options."""
    return [f"{a} and {b}" for a, b in zip(names[0::2], names[1::2], strict=False)]


@generator("host")
def ask_host(fact: Fact, asker: Asker) -> list[Question]:
    """'Which game show has Pat Sajak hosted?', 'Who hosted “Wheel of Fortune” in 1975?', 'Who
    hosted the 2023 TV Baftas?', 'Which awards show did Stephen Colbert host in September 2017?'."""
    show, host = fact.subject, fact.value
    ceremony = fact.get("ceremony") == "yes"
    when = event_when(fact, asker)
    year = fact.get("year") or (
        str(asker.findings.reading.published.year)
        if asker.findings.reading.published and ceremony
        else ""
    )
    dated = bool(fact.get("year") or sentence_date(fact))
    known = asker.findings.cast.person(host)
    if (
        host == asker.main
        or " and " not in host
        and known is not None
        and known.famous
        and not ceremony
    ):
        asked = _which_show(fact, asker, when)
        if host != asker.main and when:
            # A star's guest spot names the show elsewhere in the pack: who was hosting it then
            # is the question that is still open.
            guest = next(
                (
                    f.subject
                    for f in asker.findings.facts
                    if f.kind == "show" and f.value == show and f.subject != host
                ),
                "",
            )
            # Named by the guest spot, the show stays out of the prompt in case another
            # question asks it.
            quiet = (
                (f"Who was the host of the show {guest} appeared on in {when}?",) if guest else ()
            )
            asked += _who_hosted(fact, asker, f"Who hosted “{show}” in {when}?", quiet)
        return asked
    if ceremony and not dated and not fact.relation == "hosted by":
        return _which_show(
            fact, asker, when
        )  # "has hosted the Emmys": which year? ask the other way
    if ceremony:
        said = re.sub(r"^(?:19|20)\d\d\s+", "", show)
        prompt = f"Who hosted the {year + ' ' if year else ''}{said}?"
    elif fact.get("year"):
        prompt = f"Who hosted “{show}” in {fact.get('year')}?"
    else:
        return _which_show(fact, asker, when)
    return _who_hosted(fact, asker, prompt)


def _who_hosted(
    fact: Fact, asker: Asker, prompt: str, also: tuple[str, ...] = ()
) -> list[Question]:
    """The host (or pair of hosts) as the answer, with other hosts as the wrong options."""
    show, host = fact.subject, fact.value
    sex, field = _host_sex_field(asker, host)
    truths = {f.value for f in asker.findings.facts if f.kind == "host" and f.subject == show}
    if " and " in host:
        spec = Spec("host", host, subject=show, avoid=frozenset(truths))
        singles = _host_pool(asker, sex, host, truths, show)
        pool = _pairs(singles)
    else:
        # Hosts are public figures: their options are hosts from the bank, never made-up names
        # (a "person" spec for someone the bank does not know would get unknown names).
        spec = Spec("host", host, sex=sex, field=field, subject=show, avoid=frozenset(truths))
        pool = _host_pool(asker, sex, host, truths, show, fact.get("year"))
    q = draft(
        fact,
        asker,
        kind="host",
        prompt=prompt,
        spec=spec,
        explanation=f"{host} hosted {show}.",
        pool=pool,
        also=also,
    )
    return [q] if q else []


def _host_pool(
    asker: Asker, sex: str, host: str, truths: set[str], show: str = "", year: str = ""
) -> list[str]:
    """Hosts and comedians of the key's sex and country from the bank (a made-up name would
    stand out among hosts everyone knows)."""
    from random import Random

    from ..distractors.banks import bank
    from ..distractors.titles import bank_title

    me = famous(host.split(" and ")[0]) or {}
    on = bank_title(show, "show") or {}
    from ..distractors.titles import network_entry

    aired = (
        next(
            (
                network_entry(f.value)
                for f in asker.findings.facts
                if f.relation == "network" and f.subject == show
            ),
            None,
        )
        or {}
    )
    country = (
        me.get("country")
        or (ceremony_entry(show) or {}).get("country")
        or on.get("country")
        or aired.get("country")
    )
    kind = {
        "late-night": "late-night",
        "talk": "talk",
        "game": "game",
        "morning": "morning",
        "news": "news",
    }.get(str(on.get("kind", "")), "")
    mine = set(me.get("genres", ())) - {"tv"}
    # The key's own line of hosting counts most (a British host of an American late-night show
    # is among late-night hosts), then the show's kind, then the country.
    names = [
        (
            0 if mine & set(e["genres"]) else 1,
            0 if kind and kind in e["genres"] else 1,
            0 if not country or e.get("country") == country else 1,
            str(e["name"]),
        )
        for e in bank("people")
        if (not sex or e["sex"] == sex)
        and {"host", "comedian"} & set(e["fields"])
        and ("athlete" in e["fields"])
        == ("athlete" in me.get("fields", ()))  # a pundit is no talk-show host
        and (mine or not country or e.get("country") == country)
        and str(e["name"]) not in truths
        and normalize(str(e["name"])) not in normalize(host)
        and (
            not year or int(e.get("born") or 0) <= int(year) - 22
        )  # a host in 1975 was born by 1953
    ]
    rng = Random(host)
    rng.shuffle(names)
    return [n for *_rank, n in sorted(names, key=lambda entry: entry[:3])][:24]


def _which_show(fact: Fact, asker: Asker, when: str) -> list[Question]:
    """The other way round: which show or ceremony the host hosted."""
    show, host = fact.subject, fact.value
    if " and " in host:
        return []
    ceremony = fact.get("ceremony") == "yes"
    if ceremony:
        entry = ceremony_entry(show)
        if entry is None:
            return []
        spec = Spec(
            "ceremony",
            show,
            subject=host,
            field=str(entry["field"]),
            avoid=frozenset(
                asker.truths({"host"}, show)
                | {f.subject for f in asker.findings.facts if f.kind == "host" and f.value == host}
            ),
        )
        prompt = f"Which awards show did {host} host{' in ' + when if when else ''}?"
    else:
        from .works import _article_show_kind

        kind = show_kind(show) or _article_show_kind(fact, asker) or "talk"
        word = _SHOW_WORDS.get(SHOW_GROUPS.get(kind, ""), "show")
        spec = Spec(
            "title",
            show,
            work="show",
            subject=host,
            genre=kind,
            avoid=frozenset(
                {f.subject for f in asker.findings.facts if f.kind == "host" and f.value == host}
            ),
        )
        prompt = f"Which {word} has {host} hosted?"
    q = draft(
        fact,
        asker,
        kind="host",
        prompt=prompt,
        spec=spec,
        explanation=f"{host} hosted {show}.",
        variant="which",
    )
    return [q] if q else []


@generator("name")
def ask_name(fact: Fact, asker: Asker) -> list[Question]:
    """ "What is Cardi B's real name?"."""
    person = asker.findings.cast.person(fact.subject)
    spec = Spec("person", fact.value, sex=person.sex if person else "", subject=fact.subject)
    q = draft(
        fact,
        asker,
        kind="name",
        prompt=f"What is {possessive(display(fact.subject, asker.findings))} {fact.relation}?",
        spec=spec,
        explanation=f"{possessive(fact.subject)} {fact.relation} is {fact.value}.",
        bump=1.1,
    )
    return [q] if q else []


# A star's rival in a contest, or successor in a role, is news because they are a peer (a
# team-mate or a collaborator may be anyone, and keeps the article's and made-up names).
_PEER_RELATIONS = frozenset({"fight", "beat", "defeat", "face", "replace", "succeed"})


@generator("person")
def ask_person(fact: Fact, asker: Asker) -> list[Question]:
    """'Who did Pat Sajak replace as host in 1981?', 'Which quarterback did X play with?'."""
    person = asker.findings.cast.person(fact.value)
    field = person.field if person else ""
    sex = fact.get("sex")
    if not sex and fact.relation in ("fight", "beat", "defeat", "face", "replace", "succeed"):
        sex = asker.findings.cast.sex(fact.subject)  # a boxer's opponent, a host's successor
    star = famous(fact.subject) if fact.relation in _PEER_RELATIONS else None
    genre = ""
    if star and not field:
        # A star's opponent, successor or team-mate is one of the star's peers: options come
        # from the same line of work, never made-up names beside a famous one.
        field, genre = str(star["fields"][0]), str((star.get("genres") or [""])[0])
    spec = Spec(
        "person",
        fact.value,
        sex=sex,
        field=field,
        genre=genre,
        subject=fact.subject,
        avoid=frozenset({fact.subject}),
        famous=bool(star),
    )
    pool = [
        p
        for p in asker.people_pool(
            sex, {fact.subject, fact.value} | asker.relatives(fact.subject), like=fact.value
        )
        if not known_titles(p) and not team_entries(p)
    ]
    who = f"Which {fact.get('role')}" if fact.get("role") else "Who"
    prep = fact.get("prep")
    when = anchor(fact, asker.findings)
    clause = fact.get("clause")
    words = clause.split()
    if (
        fact.relation in ("welcome", "expect", "have", "share")
        and prep == "with"
        and len(words) > 1
    ):
        # "had a baby girl with partner X" -> "Who is the father of Tara Quill's baby girl?"
        parent = {"M": "father", "F": "mother"}.get(sex, "other parent")
        thing = " ".join(
            w for w in words[1:] if w.lower() not in ("a", "an", "the", "her", "his", "their")
        )
        prompt = f"Who is the {parent} of {possessive(fact.subject)} {thing}?"
        q = draft(
            fact,
            asker,
            kind="person",
            prompt=prompt,
            spec=spec,
            explanation=f"{fact.value} is the {parent} of {possessive(fact.subject)} {thing}.",
            pool=pool,
        )
        return [q] if q else []
    rest = fact.get("rest")
    lemma = fact.relation
    # Only the sentence's own date: a playoff won a year before the article is not "in March 2018".
    when = (
        event_when(fact, asker)
        if re.search(
            r"\b(19|20)\d\d\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)\b",
            fact.evidence.text,
        )
        else ""
    )
    if (
        prep
        and rest
        and rest.split()[0].lower() in ("at", "in", "on", "during", "after", "before", "for")
    ):
        # "propose to at their high school court" reads "propose to ... at"
        phrase = f"{lemma} {prep} {rest}"
    else:
        phrase = f"{clause}{' ' + prep if prep else ''}"
    dated = fact.relation in (
        "replace",
        "succeed",
        "beat",
        "defeat",
        "sign",
        "hire",
        "draft",
        "trade",
    )
    prompt = (
        f"{who} did {display(fact.subject, asker.findings)} "
        f"{phrase}{' in ' + when if when and dated else ''}?"
    )
    q = draft(
        fact,
        asker,
        kind="person",
        prompt=prompt,
        spec=spec,
        explanation=f"{fact.subject} {clause}{' ' + prep if prep else ''} {fact.value}.",
        pool=pool,
        bump=0.9,
    )
    return [q] if q else []


@generator("quote")
def ask_quote(fact: Fact, asker: Asker) -> list[Question]:
    """'Who said: “I lead with kindness”?' (never the pack's own star: that gives it away)."""
    if fact.subject == asker.main:
        return []
    person = asker.findings.cast.person(fact.subject)
    sex = person.sex if person else ""
    spec = Spec(
        "person", fact.subject, sex=sex, field=person.field if person else "", avoid=frozenset()
    )
    from ..facts.people import first_name_guess

    named = bool(first_name_guess(fact.subject.split()[0]))
    pool = [
        p
        for p in asker.people_pool(sex, {fact.subject}, like=fact.subject)
        if p
        and not known_titles(p)
        and not team_entries(p)
        and len(p.split()) == len(fact.subject.split())
        and (not named or first_name_guess(p.split()[0]))
    ]  # people only: "Bachelor Nation" or "Aunt Karen" is no one's name
    main_sex = asker.findings.cast.sex(asker.main)
    if (
        asker.main
        and asker.main not in pool
        and main_sex in (sex, "")
        and len(asker.main.split()) == len(fact.subject.split())
    ):
        pool.insert(0, asker.main)  # the star is a fair wrong option for someone else's words
    if len(pool) < 3:
        return []  # made-up names beside the real speaker give the answer away
    q = draft(
        fact,
        asker,
        kind="quote",
        prompt=f"Who said: “{fact.value.rstrip('.,')}”?",
        spec=spec,
        explanation=f"{fact.subject} said it.",
        pool=pool,
        bump=0.8,
    )
    if q is None or any(not c.correct and c.text not in pool for c in q.choices):
        return []
    return [q]
