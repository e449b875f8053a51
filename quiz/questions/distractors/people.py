"""People as wrong options: the article's peers, famous names from the bank, or made-up names.

A famous key gets famous options of the same sex, field and era; a key nobody has heard of (a
fiancé, a baby, a non-famous spouse) gets realistic made-up names of the same sex and shape,
so that no option stands out as the only real person or the only unknown one.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import re
import unicodedata
from random import Random
from typing import TYPE_CHECKING, Any

from ..facts import lexicon
from ..facts.people import first_name_guess, sex_of_first_name
from ..textutil import normalize
from .banks import bank, lookup

if TYPE_CHECKING:
    from faker import Faker

    from . import Spec

ERA_YEARS = 15


@functools.cache
def _faker(locale: str) -> Faker:
    """One Faker per locale (reseeded for every question, so packs stay deterministic)."""
    from faker import Faker

    return Faker(locale)


# Where a surname nobody has listed comes from, by its ending (or, for Yoruba and Igbo, its
# opening): a Dominican or an Italian-American key gets options of its own origin.
_SURNAME_ORIGINS = (
    (re.compile(r"(?:cci|tti|ini|elli|ello|etti|otti|oni|ucci|acci|ozzi|ieri)$"), "it_IT"),
    (re.compile(r"(?:ez|zar|zas|oza|uez|ado|edo|ejo|illa|ales|anes)$"), "es_MX"),
    # Yoruba and Igbo surnames end in a vowel ("Akins" is English).
    (re.compile(r"^(?:Olu|Ade|Ola|Oye|Ayo|Oba|Ogun|Fola)[a-z]*[aeiou]$"), "yo_NG"),
    (re.compile(r"^(?:Nw|Okon|Chukw|Eze|Onye)[a-z]*[aeiou]$"), "ig_NG"),
)

# Latin-script locales whose surname lists are checked, English first (it lists many
# American surnames of every origin, "Lopez" and "Kowalski" among them).
_LOCALES = ("en_US", "es_MX", "es_ES", "it_IT", "pt_BR", "fr_FR", "de_DE", "pl_PL", "nl_NL")


@functools.cache
def _names_of(locale: str) -> tuple[frozenset[str], frozenset[str]]:
    """One Faker locale's surnames and first names."""
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    last = frozenset(getattr(provider, "last_names", ()) or ())
    first: set[str] = set()
    for attr in ("first_names", "first_names_male", "first_names_female"):
        first |= set(getattr(provider, attr, ()) or ())
    return last, frozenset(first)


def _origin(name: str) -> str:
    """The Faker locale a made-up name like this one comes from: the surname's list, else
    its ending; English when nothing tells."""
    parts = name.split()
    if len(parts) < 2:
        return "en_US"
    surname = parts[-1]
    for locale in _LOCALES:
        if surname in _names_of(locale)[0]:
            return locale
    plain = _ascii(surname)
    return next((loc for pattern, loc in _SURNAME_ORIGINS if pattern.search(plain)), "en_US")


def _ascii(text: str) -> str:
    """The text without accents ("Rodríguez" -> "Rodriguez")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _sex_of(entry: dict[str, Any]) -> str:
    """A bank person's sex."""
    return str(entry.get("sex", ""))


def famous(name: str) -> dict[str, Any] | None:
    """The bank's record of a famous person (or group), if any."""
    return lookup("people", name) or lookup("groups", name)


def _era_of(spec: Spec) -> int | None:
    """The birth year options should be near: the key's, else the article's guess, else the
    subject's (a spouse or a rival is of the subject's generation)."""
    me = famous(spec.key) or {}
    born = me.get("born") or spec.born or (famous(spec.subject) or {}).get("born")
    return int(born) if born else None


def _of_era(peers: list[str], spec: Spec) -> list[str]:
    """The article's people minus the famous ones of another generation: a co-star who played
    the subject's daughter is no fair option for the subject's ex-wife."""
    born = _era_of(spec)
    if not born:
        return peers
    return [
        p
        for p in peers
        if not (entry := lookup("people", p)) or abs(int(entry["born"]) - born) <= ERA_YEARS
    ]


# Music sung in a language of its own: no peer of theirs for a key of none.
_LANGUAGE_GENRES = frozenset({"latin", "reggaeton", "k-pop"})


def _bank_people(spec: Spec, rng: Random, *, era: bool = True) -> list[str]:
    """Famous people of the key's sex and field, born near the key (or the subject) when era."""
    me = famous(spec.key) or {}
    born = _era_of(spec) if era else None
    fields = set(me.get("fields", [])) | ({spec.field} if spec.field else set())
    genres = set(me.get("genres", [])) | ({spec.genre} if spec.genre else set())
    # An unknown key (an ex-wife, a rival) is of the subject's country as far as anyone knows.
    country = me.get("country") or (famous(spec.subject) or {}).get("country")
    scored = []
    for entry in bank("people"):
        if spec.sex and _sex_of(entry) != spec.sex:
            continue
        if fields and not fields & set(entry["fields"]):
            continue
        theirs = set(entry["genres"])
        if genres and theirs & _LANGUAGE_GENRES and not genres & _LANGUAGE_GENRES:
            continue  # a K-pop idol beside an American rapper gives the key away
        # A genre the key lacks counts against (a gospel rapper is a poor peer of a rap star).
        score = (
            2 * len(genres & theirs)
            - (len(theirs - genres) if genres else 0)
            + (1 if country and entry.get("country") == country else 0)
        )
        if born and abs(int(entry["born"]) - int(born)) > ERA_YEARS:
            continue
        if (
            spec.relation in ("spouse", "partner")
            and entry.get("married") is False
            and spec.relation == "spouse"
        ):
            continue
        scored.append((-score, rng.random(), str(entry["name"])))
    return [name for *_x, name in sorted(scored)]


def _famous_peers(spec: Spec, rng: Random) -> list[str]:
    """Stars of the key's line, near its era first, then of any era: a made-up name beside a
    famous key gives the key away, so none is ever added here."""
    near = _bank_people(spec, rng)
    wide = _bank_people(spec, rng, era=False) if len(near) < 6 else []
    return near + [p for p in wide if p not in near]


def _made_up(spec: Spec, rng: Random, n: int = 8) -> list[str]:
    """Realistic names nobody has heard of, of the key's sex and origin, written like the key."""
    locale = _origin(spec.key)
    fake = _faker(locale)
    fake.seed_instance(rng.randrange(10**9))
    parts = spec.key.split()
    # No sex for the key: the subject's (an opponent, a co-star), else either, by the seed.
    sex = spec.sex or str((famous(spec.subject) or {}).get("sex", "")) or rng.choice("FM")
    given = fake
    if (
        locale != "en_US"
        and parts[0] not in _names_of(locale)[1]
        and parts[0] in _names_of("en_US")[1]
    ):
        # "Emma Bellantoni": an American first name on an Italian surname, like the key.
        given = _faker("en_US")
        given.seed_instance(rng.randrange(10**9))
    first = given.first_name_female if sex == "F" else given.first_name_male
    plain = spec.key == _ascii(spec.key)
    out = []
    for _ in range(n * 3):
        if spec.type == "first_name" or len(parts) == 1:
            name = first()
        elif spec.surname and parts[-1] == spec.surname:
            middle = f" {first()}" if len(parts) >= 3 else ""
            name = f"{first()}{middle} {spec.surname}"
        else:
            name = f"{first()} {fake.last_name()}"
        if plain:
            name = _ascii(name)  # no accent where the key has none: it would stand out
        if len(name.split()) != len(parts):
            continue  # "Maria Helena da Cunha" beside a two-word key
        if name not in out and normalize(name) != normalize(spec.key):
            out.append(name)
        if len(out) >= n:
            break
    return out


def _baby_names(spec: Spec, rng: Random) -> list[str]:
    """First names of the style celebrities give their children, of the key's sex, written like
    the key: as many names, the family surname kept, a royal title kept ("Prince Louis")."""
    parts = spec.key.split()
    royal = lexicon.word_set("royal_titles")
    title = ""
    if len(parts) > 2 and f"{parts[0]} {parts[1]}".lower() in royal:
        title, parts = f"{parts[0]} {parts[1]}", parts[2:]  # "Crown Prince Christian"
    elif parts and parts[0].lower() in royal:
        title, parts = parts[0], parts[1:]
    surname = spec.surname if spec.surname and len(parts) >= 2 and parts[-1] == spec.surname else ""
    if not surname and not title and len(parts) >= 2 and not first_name_guess(parts[-1]):
        surname = parts[-1]  # "Lila Brandt": the child's own surname, kept on every option
    given = len(parts) - (1 if surname else 0)
    unusual = not first_name_guess(parts[0]) if parts else False
    names = [
        str(e["name"])
        for e in bank("baby_names")
        if (not spec.sex or e["sex"] == spec.sex) and (e["style"] != "classic") == unusual
    ]
    rng.shuffle(names)
    hyphenated = bool(parts) and "-" in parts[0]  # "Alaia-Mai": two names made one
    step = given + (1 if hyphenated else 0)
    out = []
    for i in range(0, max(0, len(names) - step), max(1, step)):
        chunk = names[i : i + step]
        if len(chunk) < step:
            break
        if hyphenated:
            chunk = [f"{chunk[0]}-{chunk[1]}", *chunk[2:]]
        out.append(" ".join([title, *chunk, surname]).strip())
    return out


def _stage_names(spec: Spec, rng: Random) -> list[str]:
    """Famous one-word names of the key's sex and field ("Offset": Future, Nas, Usher)."""
    fields = {spec.field} if spec.field else set()
    fields |= {"rapper", "musician"} if spec.field == "singer" else set()
    # A K-pop or Latin one-name star only beside a key (or subject) of that music.
    ours = set((famous(spec.key) or famous(spec.subject) or {}).get("genres", []))
    out = [
        str(e["name"])
        for e in bank("people")
        if len(str(e["name"]).split()) == 1
        and (not spec.sex or _sex_of(e) == spec.sex)
        and (not fields or fields & set(e["fields"]))
        and not (set(e["genres"]) & _LANGUAGE_GENRES - ours)
    ]
    rng.shuffle(out)
    return out


_REGNAL = re.compile(r"\s+(?:[IVX]+\b|of\s+.+)$")


def _monarchs(key: str) -> list[str]:
    """Other reigning kings (or queens) of the bank for a 'King ...' or 'Queen ...' key, written
    like it (no numeral or country when it has none): made-up kings beside a real one give
    him away."""
    title = key.split()[0] if key else ""
    if title not in ("King", "Queen"):
        return []
    bare = not _REGNAL.search(key)
    out = []
    for entry in bank("people"):
        name = str(entry["name"])
        if not name.startswith(f"{title} ") or normalize(name).startswith(normalize(key)):
            continue  # "King Frederik X" is the key itself
        shown = _REGNAL.sub("", _REGNAL.sub("", name)) if bare else name
        if normalize(shown) != normalize(key) and shown not in out:
            out.append(shown)
    return out


# "Prince Daniel of Sweden", "Prince Albert II": a title and one first name ("Prince Carl
# Philip" is no "Prince Carl").
_ROYAL_STYLE = re.compile(r"^(?:Crown\s+)?(Prince|Princess)\s+([^\s,]+)(?:,|\s+(?:[IVX]+|of)\b|$)")


def _titled_royals(spec: Spec, peers: list[str]) -> list[str]:
    """The bank's princes (or princesses) written like the key, "Prince" and a first name, the
    youngest first; none of the family's house, none with a first name the article gives
    anyone (a sibling's would be true)."""
    key = spec.key
    title = key.split()[0]
    named = [*peers, *spec.avoid, spec.subject]
    words = {normalize(w) for p in named for w in p.split()}
    houses = {g for p in named for g in (famous(p) or {}).get("genres", [])}
    out = []
    for entry in sorted(bank("people"), key=lambda e: -int(e["born"])):
        match = _ROYAL_STYLE.match(str(entry["name"]))
        if not match or match.group(1) != title or spec.sex and _sex_of(entry) != spec.sex:
            continue
        if "royal" not in entry["fields"] or houses & set(entry["genres"]):
            continue
        shown = f"{title} {match.group(2)}"
        if normalize(match.group(2)) not in words and normalize(shown) != normalize(key):
            out.append(shown)
    return list(dict.fromkeys(out))


def people_options(spec: Spec, article_pool: list[str], rng: Random) -> list[str]:
    """Wrong people for a key: peers from the article, then the bank or made-up names."""
    if not spec.sex:
        # A sex nobody stated: the bank's, or the key's first name's, before any default.
        entry = famous(spec.key) or {}
        guess = (
            str(entry.get("sex", "")) or sex_of_first_name(spec.key.split()[0]) if spec.key else ""
        )
        if guess:
            spec = dataclasses.replace(spec, sex=guess)
    peers = list(article_pool)
    rng.shuffle(peers)
    monarchs = _monarchs(spec.key)
    if len(monarchs) >= 3:
        rng.shuffle(monarchs)
        return monarchs
    if spec.key.split()[0].lower() in lexicon.word_set("royal_titles") and not famous(spec.key):
        # "Princess Josephine": other royal children's names, titled the same way.
        titled = [p for p in peers if p.split()[0] == spec.key.split()[0]]
        real = _titled_royals(spec, peers) if len(spec.key.split()) == 2 else []
        if len(titled) + len(real) >= 3:
            # Real royals of the key's title: made-up princes beside a real one give him away.
            return titled + real
        return titled + _baby_names(dataclasses.replace(spec, surname=""), rng)
    if spec.relation == "child" or (spec.type == "first_name" and not spec.famous):
        return peers + _baby_names(spec, rng) + _made_up(spec, rng)
    if spec.surname and spec.key.endswith(f" {spec.surname}"):
        # A spouse who shares the subject's surname: every option carries it, famous or not.
        return [p for p in peers if p.endswith(f" {spec.surname}")] + _made_up(spec, rng)
    if famous(spec.key):
        # A star among stars: a made-up name beside a famous key gives the key away, so the
        # bank's peers are taken across eras before any question goes short of options.
        return _of_era(peers, spec) + _famous_peers(spec, rng)
    if spec.famous and len(spec.key.split()) == 1:
        # A star known by one name ("rapper Offset"): other one-name stars, not first names.
        return [p for p in peers if len(p.split()) == 1] + _stage_names(spec, rng)
    if spec.famous and spec.field:
        return _of_era(peers, spec) + _famous_peers(spec, rng)
    # Nobody famous: every option must be as unknown as the key.
    return [p for p in peers if not famous(p)] + _made_up(spec, rng)
