"""Named things as wrong options: works of the same type and genre, awards of the same field,
teams of the same league, bands of the same genre; never one by the subject."""

from __future__ import annotations

import functools
import heapq
import re
from collections import defaultdict
from itertools import takewhile
from random import Random
from typing import TYPE_CHECKING, Any

from ..facts import lexicon
from ..textutil import normalize
from .banks import bank, lookup
from .people import famous

if TYPE_CHECKING:
    from . import Spec

WORK_TYPES = {
    "song": ("song",),
    "album": ("album", "ep"),
    "film": ("film",),
    "show": ("tv-series", "documentary", "stand-up-special"),
    "screen": ("film", "tv-series"),
    "tour": ("tour",),
    "book": ("book", "memoir"),
    "special": ("stand-up-special",),
    "documentary": ("documentary",),
    "podcast": ("podcast",),
    "musical": ("musical",),
}


# The family of fact kinds each bank work type belongs to.
CATEGORY = {
    "song": "song",
    "album": "album",
    "ep": "album",
    "film": "film",
    "tv-series": "show",
    "documentary": "show",
    "stand-up-special": "show",
    "podcast": "show",
    "musical": "show",
    "tour": "tour",
    "book": "book",
    "memoir": "book",
}


def _bare(text: str) -> str:
    """A name without a leading 'the', normalised ("the Knicks" -> "knicks")."""
    n = normalize(text)
    return n[4:] if n.startswith("the ") else n


@functools.cache
def _title_index() -> dict[str, tuple[tuple[str, dict[str, Any]], ...]]:
    """Every bank work and show by normalised title ('the' aside): (category, entry) pairs."""
    out: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for entry in bank("works"):
        out[_bare(str(entry["title"]))].append((CATEGORY.get(str(entry["type"]), ""), entry))
    for entry in bank("shows"):
        out[_bare(str(entry["title"]))].append(("show", entry))
    return {k: tuple(v) for k, v in out.items()}


def known_titles(text: str) -> tuple[tuple[str, dict[str, Any]], ...]:
    """What the banks know a title as: (category, entry) pairs ('film', 'show', 'song' ...)."""
    return _title_index().get(_bare(text), ())


def bank_title(text: str, category: str) -> dict[str, Any] | None:
    """The bank entry of a title in one category (a show, a film ...), if the banks know it."""
    return next((e for c, e in known_titles(text) if c == category), None)


@functools.cache
def _team_index() -> dict[str, tuple[dict[str, Any], ...]]:
    """Teams by full name, short name ("Knicks") and former or common names ("Red Bull")."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in bank("teams"):
        forms = [entry["name"], entry.get("short", ""), *entry.get("aliases", [])]
        for form in dict.fromkeys(_bare(str(f)) for f in forms if f):
            out[form].append(entry)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def team_first_words() -> frozenset[str]:
    """The lower-case first word of every team name form, to find names without trying every
    word of a sentence ("knicks", "new", "red")."""
    return frozenset(k.split()[0] for k in _team_index() if k)


@functools.cache
def network_first_words() -> frozenset[str]:
    """The lower-case first word of every network's name ("abc", "channel", "apple")."""
    out = set()
    for e in bank("networks"):
        words = str(e["name"]).lower().split()
        out.add(words[0])
        if words[0] == "the" and len(words) > 1:
            out.add(words[1])
    return frozenset(out)


def team_entries(text: str) -> tuple[dict[str, Any], ...]:
    """The teams a name may stand for ("the Giants" is an NFL and an MLB team)."""
    return _team_index().get(_bare(text), ())


def team_form(entry: dict[str, Any], text: str) -> str:
    """How the article writes a team: 'full', 'short' ("Knicks") or 'alias' ("Red Bull")."""
    n = _bare(text)
    if n == _bare(str(entry["name"])):
        return "full"
    return "short" if n == _bare(str(entry.get("short", ""))) else "alias"


def network_entry(text: str) -> dict[str, Any] | None:
    """A TV network or streamer by name ("ABC", "Netflix", "ITV2")."""
    return lookup("networks", text)


def group_entry(text: str) -> dict[str, Any] | None:
    """A band or group by name ('the' aside)."""
    return (
        lookup("groups", text) or lookup("groups", f"The {text}") or lookup("groups", _bare(text))
    )


# Show kinds that stand in for one another as wrong options ("a dating show" among reality shows).
SHOW_GROUPS = {
    "reality-dating": "reality",
    "reality-docusoap": "reality",
    "reality-competition": "reality",
    "singing-competition": "reality",
    "dancing-competition": "reality",
    "talk": "talk",
    "late-night": "talk",
    "morning": "news",
    "news": "news",
    "drama": "scripted",
    "sitcom": "scripted",
    "sketch": "scripted",
    "tv-series": "scripted",
    "game": "game",
    "cooking": "cooking",
    "sports": "sports",
    "award-show": "award-show",
    "variety": "talk",
}
# Music genres sung in a language of their own: no option of theirs for a key of none.
_LANGUAGE_GENRES = frozenset({"latin", "reggaeton", "k-pop"})
# Words of categories that go to a person ("Best Actress", "Entertainment Performance").
_PERSONAL_WORDS = frozenset(
    {
        "actor",
        "actress",
        "performance",
        "performer",
        "presenter",
        "host",
        "personality",
        "artist",
        "vocalist",
        "player",
        "sportsman",
        "sportswoman",
        "rookie",
        "mvp",
        "comedian",
    }
)
# Gendered words in category names: the options of "Best Actress" are women's categories.
_FEMALE_WORDS = frozenset(
    {"actress", "female", "woman", "women", "sportswoman", "damehood", "dame", "dbe"}
)
_MALE_WORDS = frozenset({"actor", "male", "man", "men", "sportsman", "knighthood", "knight"})


def _genres(spec: Spec) -> set[str]:
    """The genres the subject is known for (from the bank, else from the bank's works credited to
    them) and the spec's own (comma-separated)."""
    me = famous(spec.subject) or {}
    out = set(me.get("genres", [])) or set(_credited(spec.subject)[0])
    out.update(g for g in spec.genre.split(",") if g)
    return out


@functools.cache
def _credited(maker: str) -> tuple[frozenset[str], int | None]:
    """The music genres of the bank's records credited to a maker, and their median year."""
    n = normalize(maker)
    rows = [
        e
        for e in bank("works")
        if e["type"] in ("song", "album", "ep") and normalize(str(e.get("by", ""))) == n
    ]
    years = sorted(int(e["year"]) for e in rows if e.get("year"))
    genres = frozenset(g for e in rows for g in e.get("genres", []))
    return genres, years[len(years) // 2] if years else None


@functools.cache
def maker_sex(by: str) -> str:
    """'M', 'F' or 'group' for a work's credited artist, '' when the banks do not say."""
    if not by:
        return ""
    if lookup("groups", by):
        return "group"
    entry = lookup("people", by) or lookup("artists", by)
    return str(entry["sex"]) if entry else ""


def _career_year(subject: str) -> int | None:
    """When an undated story's star was at work: the median year of their bank records, else
    their thirtieth year (options of a 1990s star's era, not of today's)."""
    year = _credited(subject)[1]
    born = (famous(subject) or {}).get("born") or (famous(subject) or {}).get("formed")
    return year or (min(int(born) + 30, 2025) if born else None)


def _makers(spec: Spec) -> frozenset[str]:
    """The subject and the people the article ties to the same work, normalised."""
    return frozenset(normalize(a) for a in (spec.subject, *spec.avoid) if a)


@functools.cache
def _credit(by: str) -> tuple[str, frozenset[str]]:
    """A maker's normalised name and its words (cached: the banks repeat makers)."""
    n = normalize(by)
    return n, frozenset(n.split())


def _by_subject(entry: dict[str, Any], makers: frozenset[str]) -> bool:
    """True when the bank credits the work to one of the makers, also when the article names
    the maker by one word of the bank's name ("Malone" for Post Malone)."""
    by = entry.get("by")
    if not by:
        return False
    n, words = _credit(str(by))
    return n in makers or bool(words & makers)


def show_kind(title: str) -> str:
    """A show's kind as the banks know it ("reality-dating", "sitcom", "tv-series"), or ''."""
    for category, entry in known_titles(title):
        if category == "show":
            return str(entry.get("kind") or entry.get("type") or "")
    return ""


def _era(entry: dict[str, Any]) -> int | None:
    """A work's or show's year."""
    year = entry.get("year") or entry.get("start")
    return int(year) if year else None


@functools.cache
def _works_of(types: tuple[str, ...]) -> tuple[dict[str, Any], ...]:
    """The bank's works of some types."""
    return tuple(e for e in bank("works") if e["type"] in types)


@functools.cache
def _work_rows(
    types: tuple[str, ...],
) -> tuple[tuple[dict[str, Any], frozenset[str], bool, int], ...]:
    """(entry, genres, reads as no title, year) for the bank's works of some types, made once:
    a self-titled album reads as a name, "1984" as a year."""
    rows = []
    for e in _works_of(types):
        title = str(e["title"])
        odd = normalize(title) == normalize(str(e.get("by", ""))) or title.isdecimal()
        rows.append((e, frozenset(e.get("genres", [])), odd, int(e.get("year") or 2000)))
    return tuple(rows)


def _works(spec: Spec, rng: Random) -> list[str]:
    """Works of the key's type, the subject's genres and the key's era first, never the subject's
    own; shows of the key's kind (a dating show among dating shows)."""
    types = WORK_TYPES.get(spec.work, (spec.work,))
    genres = _genres(spec)
    wanted = {"screen": ("film", "show")}.get(spec.work, (spec.work,))
    # Two works may share a title: the subject's own is the key ("Adore You" is two singers').
    mine = [e for c, e in known_titles(spec.key) if c in wanted]
    makers = _makers(spec)
    own = next((e for e in mine if _by_subject(e, makers)), mine[0] if mine else {})
    year = _era(own) or spec.year or _career_year(spec.subject)
    # A person's bank genres are music genres for singers, but only "film"/"tv" for actors.
    key_genres = set(own.get("genres", [])) or (
        genres if spec.work in ("song", "album", "tour", "ep") else set()
    )
    if spec.work in ("show", "screen"):
        return _shows(spec, own, year, rng)
    scored = []
    cartoons = spec.work == "film" and "animation" not in key_genres
    music = spec.work in ("song", "album", "tour", "ep")
    # A man's song among men's, a band's among bands': a woman's hit beside his gives it away.
    sex = (spec.sex or maker_sex(spec.subject)) if music else ""
    # A Bollywood film or a French hit stands out among English-language ones, and the reverse.
    # A film's own country only: a Korean star's Korean peers may well have starred him.
    home = _language_area(
        _maker_country(str(own.get("by", "")))
        or (str((famous(spec.subject) or {}).get("country", "")) if music else "")
    )
    for entry, entry_genres, odd, entry_year in _work_rows(types):
        overlap = len(key_genres & entry_genres)
        if key_genres and not overlap:
            continue  # a country song among country songs, a comedy among comedies
        if cartoons and (
            "animation" in entry_genres or not key_genres and "family" in entry_genres
        ):
            continue  # no cartoon among a live-action film's options
        if music and entry_genres & _LANGUAGE_GENRES and not key_genres & _LANGUAGE_GENRES:
            continue  # a Spanish or Korean record stands out among English ones
        if odd and not spec.key.isdecimal() or _by_subject(entry, makers):
            continue
        if _after(entry, spec, own):
            continue
        era = abs(entry_year - int(year)) if year else 0
        theirs = maker_sex(str(entry.get("by", ""))) if sex else ""
        unlike = 0 if theirs == sex else 1 if not theirs else 2
        abroad = _language_area(_maker_country(str(entry.get("by", "")))) != home
        # The key's decade before its exact genres: a 2006 soul-pop album is no peer of a
        # 2023 pop one.
        scored.append(
            (unlike, abroad, era > 10, -overlap, era // 4, rng.random(), str(entry["title"]))
        )
    titles = [t for *_x, t in heapq.nsmallest(60, scored)]  # the guard keeps the first few
    if spec.work == "tour" and not re.search(r"\btour\b", spec.key, re.I):
        # "the Glass Garden tour": the key has no "Tour", so neither have its options
        titles = [
            re.sub(r"\s+(?:World\s+|Stadium\s+|Arena\s+)?Tour$", "", t, flags=re.I) for t in titles
        ]
    return titles


def _shows(spec: Spec, own: dict[str, Any], year: int | None, rng: Random) -> list[str]:
    """Shows (and scripted series) of the key's kind and country, near its era."""
    kind = (
        str(own.get("kind") or ("tv-series" if own.get("type") == "tv-series" else ""))
        or spec.genre.split(",")[0]
    )
    # A show the banks cannot place is a series when its star is an actor: no game show for him.
    group = SHOW_GROUPS.get(kind, "") or (
        "scripted" if spec.work == "screen" or spec.field == "actor" else ""
    )
    # A series the works bank lists has its country in the shows bank ("Wolf Hall": GB).
    country = own.get("country") or _show_country(spec.key)
    # Of the key's audience: a Korean drama or a British one stands out among American shows.
    home_country = str(
        country
        or (famous(spec.subject) or {}).get("country", "")
        or _maker_country(str(own.get("by", "")))
    )
    audience = _language_area(home_country)
    cartoon = _animated(spec.key)
    scored = []
    makers = _makers(spec)
    for entry in bank("shows"):
        if _by_subject(entry, makers):
            continue
        k = str(entry["kind"])
        if group and SHOW_GROUPS.get(k) != group or _animated(str(entry["title"])) != cartoon:
            continue  # a cartoon among live-action sitcoms gives itself away
        if _after(entry, spec, own) or _ended_before(entry, spec, own):
            continue
        era = abs(int(entry.get("start") or 2000) - int(year)) // 10 if year else 0
        # The key's country before its exact kind: a fan of an American dancing show knows
        # the British one is not where an American pro danced.
        scored.append(
            (
                int(_language_area(str(entry.get("country", ""))) != audience),
                0 if not home_country or entry.get("country") == home_country else 1,
                0 if k == kind or not kind else 1,
                era,
                rng.random(),
                str(entry["title"]),
            )
        )
    if group in ("scripted", "") or spec.work == "screen":
        genres = set(own.get("genres", []))
        place = country or _maker_country(str(own.get("by", ""))) or home_country or "US"
        home = _ENGLISH if place in _ENGLISH else {place}
        for entry in _works_of(("tv-series",)):
            if not _by_subject(entry, makers):
                shown = bank_title(str(entry["title"]), "show") or {}
                theirs = (
                    _show_country(str(entry["title"]))
                    or _maker_country(str(entry.get("by", "")))
                    or "US"
                )
                if theirs not in home or _animated(str(entry["title"])) != cartoon:
                    continue  # no Korean or German drama among English-language ones
                if _after(entry, spec, own) or _ended_before(shown, spec, own):
                    continue
                era = abs(int(entry.get("year") or 2000) - int(year)) // 10 if year else 0
                alike = (
                    0 if genres & set(entry.get("genres", [])) else 1
                )  # a period drama among dramas
                scored.append(
                    (
                        0,  # of the key's audience already
                        0 if theirs == place else 1,
                        0 if kind in ("tv-series", "") else 1,
                        alike + era,
                        rng.random(),
                        str(entry["title"]),
                    )
                )
    series = [t for *_x, t in heapq.nsmallest(60, scored)]
    if spec.work != "screen":
        return series
    # A title the banks cannot place may be a film or a series: its options are both, in turn.
    films = []
    for entry in _works_of(("film",)):
        if (
            not _by_subject(entry, makers)
            and (_maker_country(str(entry.get("by", ""))) or "US") in _ENGLISH
            and not {"animation", "family"} & set(entry.get("genres", []))
            and not _after(entry, spec, own)
        ):
            era = abs(int(entry.get("year") or 2000) - int(year)) // 10 if year else 0
            films.append((era, rng.random(), str(entry["title"])))
    film_titles = [t for *_x, t in heapq.nsmallest(30, films)]
    if kind:
        return series + film_titles
    return [t for pair in zip(series, film_titles, strict=False) for t in pair]


_ENGLISH = frozenset({"US", "GB", "IE", "CA", "AU", "NZ"})


@functools.cache
def _show_country(title: str) -> str:
    """Where the shows bank says a series was made ("Wolf Hall": GB), '' when it does not: the
    works bank's entry of a series has no country, and its star's is no guide (a British lead
    of an American drama)."""
    return next(
        (str(e["country"]) for c, e in known_titles(title) if c == "show" and e.get("country")),
        "",
    )


def _ended_before(entry: dict[str, Any], spec: Spec, own: dict[str, Any]) -> bool:
    """True when a show had ended before the story's year (or before the key itself ended): a
    fan crosses out a talk show gone for ten years as the one a star went on last month."""
    ended = entry.get("ended")
    story = spec.latest.year if spec.latest else spec.year
    if not ended or not story:
        return False
    return int(ended) < min(int(story), int(own.get("ended") or story))


def _after(entry: dict[str, Any], spec: Spec, own: dict[str, Any]) -> bool:
    """True when a work came out after the story and the key: an easy cross-out for a fan."""
    year = _era(entry)
    story = spec.latest.year if spec.latest else None
    return bool(story and year and year > max(story, _era(own) or 0))


@functools.cache
def _animated(title: str) -> bool:
    """True when the banks know a series or film of this title as animation."""
    return any(
        "animation" in e.get("genres", ())
        for c, e in known_titles(title)
        if c in ("show", "film") and e.get("type") in ("tv-series", "film")
    )


_SPANISH = frozenset(
    {"ES", "MX", "CO", "PR", "AR", "CL", "PE", "VE", "CU", "DO", "EC", "UY", "PA", "GT"}
)


def _language_area(country: str) -> str:
    """The audience a maker's country stands for: English, Spanish, else the country itself
    (an unknown maker counts as American, as most of the banks' are)."""
    country = country or "US"
    return "en" if country in _ENGLISH else "es" if country in _SPANISH else country


@functools.cache
def _maker_country(by: str) -> str:
    """The country of a work's maker, as the people or groups bank has it ('' if unknown)."""
    entry = lookup("people", by) or lookup("groups", by) if by else None
    return str((entry or {}).get("country", ""))


def ceremony_entry(text: str) -> dict[str, Any] | None:
    """The ceremony a name stands for ("the 2019 Latin Grammys", "TV Baftas", "Emmy")."""
    n = re.sub(r"^(?:the )?(?:\d+(?:st|nd|rd|th)? )?(?:annual )?(?:\d{4} )?", "", normalize(text))
    for entry in bank("ceremonies"):
        forms = {normalize(str(entry["name"])), normalize(str(entry["short"]))}
        if n in forms or n.rstrip("s") in {f.rstrip("s") for f in forms}:
            return entry
    aliases = {
        "tv baftas": "British Academy Television Awards",
        "bafta tv awards": "British Academy Television Awards",
        "baftas": "British Academy Film Awards",
        "emmy": "Primetime Emmy Awards",
        "emmys": "Primetime Emmy Awards",
        "emmy awards": "Primetime Emmy Awards",
        "grammy": "Grammy Awards",
        "oscar": "Academy Awards",
        "golden globe": "Golden Globe Awards",
        "golden globes": "Golden Globe Awards",
        "latin grammy": "Latin Grammy Awards",
    }
    name = aliases.get(n)
    return lookup("ceremonies", name) if name else None


_FIELD_OF = {
    "singer": "music",
    "band": "music",
    "actor": "film",
    "athlete": "sport",
    "host": "tv",
    "reality": "tv",
}
_HONOUR_ENDS = ("award", "prize", "trophy", "medal")


def _ceremony_award(key: str) -> dict[str, Any] | None:
    """The ceremony an award named only by it stands for ("CMA Award", "Emmy", "Grammys")."""
    return ceremony_entry(re.sub(r"\s+awards?$", "", key, flags=re.IGNORECASE))


def _as_fans_say(name: str) -> str:
    """An award as fans say it without "Award": "Oscar" for "Academy Award", "Grammy"."""
    if not name.endswith(" Award"):
        return name
    ceremony = lookup("ceremonies", f"{name}s")
    short = str(ceremony["short"]) if ceremony else ""
    if short.endswith("s") and " " not in short.rstrip("s").strip():
        return short[:-1]
    return name[: -len(" Award")]


def _honours(spec: Spec, own: dict[str, Any], rng: Random) -> list[str]:
    """Awards as a whole ("Emmy", "Peabody Award") among awards of the key's field, written like
    the key ("Golden Globe" beside "Emmy"); never a sports trophy for an actor."""
    field = str(
        own.get("field")
        or (_ceremony_award(spec.key) or {}).get("field")
        or _FIELD_OF.get(spec.field, "")
    )
    fields = {"film", "tv", "general"} if field in ("film", "tv", "general", "") else {field}
    if field == "":
        fields.add("music")
    bare = not spec.key.lower().endswith(_HONOUR_ENDS)
    names = []
    for e in bank("awards"):
        name = str(e["name"])
        if e.get("ceremony") is not None or e["field"] not in fields:
            continue
        if own.get("sport") and e.get("sport") != own.get("sport"):
            continue  # a quarterback's honours among football's
        if normalize(name).startswith(normalize(spec.key)) or (
            not own.get("sport") and not name.lower().endswith(_HONOUR_ENDS)
        ):
            continue  # "Emmy Award" is the key itself; "Vogue cover" is no award
        if e["field"] != field and not name.endswith(" Award"):
            continue  # a Pulitzer Prize is no peer of an Emmy
        names.append(_as_fans_say(name) if bare else name)
    rng.shuffle(names)
    return names


def _awards(spec: Spec, rng: Random) -> list[str]:
    """Awards of the key's ceremony (the spec's ``genre`` names it) and field, of the key's sex
    when the category has one, written like the key ("Leading Actress" without "Best")."""
    ceremony = ceremony_entry(spec.genre) if spec.genre else None
    own = lookup("awards", spec.key) or lookup("awards", f"{spec.key} Award") or {}
    whole = spec.key.lower().endswith(_HONOUR_ENDS) or _ceremony_award(spec.key)
    if whole and (not own or own.get("ceremony", "") is None):
        # An award as a whole, not a category; "EGOT" keeps its own rules below.
        return _honours(spec, own, rng)
    cname = str(ceremony["name"]) if ceremony else str(own.get("ceremony") or "")
    field = (
        (ceremony or {}).get("field")
        or own.get("field")
        or {
            "singer": "music",
            "band": "music",
            "actor": "film",
            "athlete": "sport",
            "host": "tv",
            "reality": "tv",
        }.get(spec.field, "")
    )
    key_words = set(normalize(spec.key).split())
    sexed = "F" if key_words & _FEMALE_WORDS else "M" if key_words & _MALE_WORDS else ""
    winner_sex = (
        spec.sex
    )  # a woman's "Entertainment Performance" has no "Male Comedy Performance" beside it
    last = normalize(spec.key).split()[-1] if spec.key else ""
    scored = []
    key_personal = bool(key_words & _PERSONAL_WORDS)
    # A pop star's categories are pop's and the general ones: "Best Metal Performance" beside
    # her "Best New Artist" is an easy cross-out.
    music = set(lexicon.data()["genre_words"].values())
    styles = _award_genres(spec.key) | (_genres(spec) & music if spec.subject else set())
    ranks = (
        {
            str(e["name"]): k
            for k, e in enumerate(x for x in bank("awards") if x.get("ceremony") == cname)
        }
        if cname
        else {}
    )
    key_rank = ranks.get(str(own.get("name", "")), ranks.get(spec.key, 99))
    # The key's ceremony first; when it has few categories of the key's kind, the categories of
    # ceremonies of its field and country come after ("Drama Performance" beside TV Bafta's).
    country = (ceremony or {}).get("country")
    sisters = {
        str(c["name"])
        for c in bank("ceremonies")
        if cname
        and c["field"] == field
        and c["country"] == country
        and c["name"] != cname
        and not _same_brand(str(c["name"]), cname)
    }
    spares = []  # the key's ceremony's general categories, should its own kind run short
    for e in bank("awards"):
        other = e.get("ceremony") in sisters
        if (
            cname
            and e.get("ceremony") != cname
            and not other
            or not cname
            and field
            and e["field"] != field
        ):
            continue
        impersonal = key_personal and not set(normalize(str(e["name"])).split()) & _PERSONAL_WORDS
        if impersonal and (e.get("ceremony") != cname or _award_genres(str(e["name"]))):
            continue  # a person's award among persons' awards, not "Best Scripted Comedy"
        if not cname and own.get("sport") and e.get("sport") != own.get("sport"):
            continue
        if styles and not _award_genres(str(e["name"])) <= styles:
            continue
        words = set(normalize(str(e["name"])).split())
        e_sex = "F" if words & _FEMALE_WORDS else "M" if words & _MALE_WORDS else ""
        personal = bool(
            words & {"performance", "performer", "presenter", "host", "personality", "artist"}
        )
        if (
            sexed
            and e_sex
            and e_sex != sexed
            or sexed
            and not e_sex
            and {"actor", "actress"} & key_words
            and not personal
        ):
            # an actress's options: actresses' and performers' awards, not "Best Drama Series"
            continue
        if sexed and e_sex == "" and not cname or winner_sex and e_sex and e_sex != winner_sex:
            continue
        if {"actor", "actress"} & key_words and words & {"presenter", "host", "personality"}:
            continue  # a presenter's award beside an actress's gives hers away
        name = _formatted_like(str(e["name"]), spec.key)
        if other and name.startswith("Best ") != spec.key.startswith("Best "):
            continue  # another ceremony's category, written unlike the key
        words_n = normalize(name).split()
        lead = len(
            list(
                takewhile(
                    lambda ab: ab[0] == ab[1],
                    zip(words_n, normalize(spec.key).split(), strict=False),
                )
            )
        )
        near = abs(ranks.get(str(e["name"]), 99) - key_rank) // 6 if key_rank < 99 else 0
        row = (1 if other else 0, -min(lead, 3), 0 if words_n[-1] == last else 1, near)
        if impersonal:
            if name.startswith("Best ") == spec.key.startswith("Best "):
                spares.append((*row, rng.random(), name))  # "Best Music Video", written alike
            continue
        scored.append((*row, rng.random(), name))
    out = [t for *_x, t in sorted(scored)]
    if len(out) < SHORT_OF_AWARDS:
        # Few persons' categories at the key's ceremony (a new artist's, at the Grammys): its
        # general ones of no genre, rather than none, or another ceremony's.
        out += [t for *_x, t in sorted(spares)]
    return out


SHORT_OF_AWARDS = 6


def _same_brand(a: str, b: str) -> bool:
    """True for two ceremonies of one brand ("Latin Grammy Awards", "Grammy Awards"): a
    category of the one is known as not the other's, so it is an easy cross-out."""
    generic = {"awards", "award", "music", "film", "television", "tv", "the", "of", "and"}
    return bool((set(normalize(a).split()) - generic) & (set(normalize(b).split()) - generic))


# Category words for genres the lexicon's genre words leave out.
_STYLE_WORDS = {
    "african": "afrobeats",
    "urbana": "reggaeton",
    "christian": "gospel",
    "comedy": "comedy",  # a comedian's category, no musician's
    "theater": "theatre",
    "theatre": "theatre",
}


def _award_genres(name: str) -> set[str]:
    """The music genres a category names ("Best R&B Song" -> r&b, "Best Rap Album" -> hip-hop)."""
    words = lexicon.data()["genre_words"]
    tokens = re.split(r"[\s/,]+", name.lower())
    return {g for t in tokens if (g := words.get(t) or _STYLE_WORDS.get(t))}


def _formatted_like(name: str, key: str) -> str:
    """A category written as the key is: no "Best " when the article dropped it from a category
    that has it ("Leading Actress" for "Best Leading Actress"), the key's case."""
    if (
        name.lower().startswith("best ")
        and not key.lower().startswith("best ")
        and lookup("awards", f"Best {key}")
    ):
        name = name[5:]
    if key.startswith("Best ") and name.startswith("Outstanding "):
        name = "Best " + name[len("Outstanding ") :]  # the article's "Best Lead Actor in a Comedy"
        if not key.endswith(" Series") and name.endswith(" Series"):
            name = name[: -len(" Series")]
    if key.islower():
        name = name.lower()
    return name


def _teams(spec: Spec, rng: Random) -> list[str]:
    """Teams of the key's league, written as the key is (short name with short names), none
    from a city the article places the player in (``avoid`` holds its cities)."""
    entries = team_entries(spec.key)
    league = spec.genre or (str(entries[0]["league"]) if len(entries) == 1 else "")
    if not league:
        return []
    form = team_form(entries[0], spec.key) if entries else "full"
    avoid = {normalize(a) for a in spec.avoid}
    out = []
    for e in bank("teams"):
        if (
            e["league"] != league
            or normalize(str(e["name"])) in avoid
            or normalize(str(e.get("city", ""))) in avoid
        ):
            continue
        if any(normalize(w) in avoid for w in str(e["name"]).split()[:-1] if len(w) > 3):
            continue  # "Portland Trail Blazers" when the article has him play in Portland
        name = str(e.get("short") or e["name"]) if form == "short" else str(e["name"])
        if form == "alias":
            if not e.get("aliases") and len(str(e["name"]).split()) > 1:
                continue  # "Villanova" among "Duke" and "UConn", not among "Alabama Crimson Tide"
            name = min([str(e["name"]), *[str(a) for a in e.get("aliases", [])]], key=len)
        out.append(name)
    rng.shuffle(out)
    return out


def _bands(spec: Spec, rng: Random) -> list[str]:
    """Groups of the key's kind, genre, era and country (a girl group among girl groups)."""
    own = group_entry(spec.key) or {}
    genres = set(own.get("genres", [])) | _genres(spec)
    kind = own.get("kind")
    formed = int(own.get("formed") or 0)
    scored = [
        (
            0 if not kind or g["kind"] == kind else 1,  # a boy band is never among girl groups
            # Then the key's era and country: a 2000s British boy band among its peers.
            0 if not formed or abs(int(g.get("formed") or 0) - formed) <= 12 else 1,
            -len(genres & set(g["genres"])),
            0 if g.get("country") == own.get("country") else 1,
            rng.random(),
            str(g["name"]),
        )
        for g in bank("groups")
        if (not genres or genres & set(g["genres"]))
        and (not kind or not str(kind).endswith("group") or g["kind"] == kind)
    ]
    return [t for *_x, t in sorted(scored)]


def _ceremonies(spec: Spec, rng: Random) -> list[str]:
    """Ceremonies of the key's field (an awards show among awards shows)."""
    own = ceremony_entry(spec.key) or {}
    field = own.get("field") or spec.field
    country = own.get("country")
    fields = {"film", "tv"} if field in ("film", "tv") else {field}
    names = [
        str(e["short"] if spec.key.endswith("s") and not spec.key.endswith("Awards") else e["name"])
        for e in bank("ceremonies")
        if (not field or e["field"] in fields)
        and (not country or e["country"] == country)
        and "Festival" not in str(e["name"])
    ]
    rng.shuffle(names)
    return names


def _networks(spec: Spec, rng: Random) -> list[str]:
    """Networks of the key's country and kind."""
    own = network_entry(spec.key) or {}
    names = [
        str(e["name"])
        for e in bank("networks")
        if e["country"] == own.get("country", "US")
        and (not own or e["kind"] == own.get("kind"))
        and not e.get("defunct")
        and e.get("focus") == own.get("focus")  # no news channel among entertainment channels
        # "Which network aired it in 1975?": none launched after that year
        and not (spec.year and int(e.get("launched") or 0) > spec.year)
    ]
    rng.shuffle(names)
    return names


def named_options(spec: Spec, article_pool: list[str], rng: Random) -> list[str]:
    """Wrong options for titles, awards, teams, bands and other names."""
    peers = list(article_pool)
    rng.shuffle(peers)
    if spec.type == "title":
        return peers + _works(spec, rng)
    if spec.type == "award":
        return peers + _awards(spec, rng)
    if spec.type == "team":
        return peers + _teams(spec, rng)
    if spec.type == "band":
        return peers + _bands(spec, rng)
    if spec.type == "ceremony":
        return peers + _ceremonies(spec, rng)
    if spec.type == "network":
        return peers + _networks(spec, rng)
    return peers
