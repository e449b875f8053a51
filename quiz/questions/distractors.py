"""Distractor strategies: article entities first, then curated banks, then number perturbation."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from random import Random

from . import banks
from .context import Context
from .textutil import contains_phrase, is_variant


def clean_pool(
    key: str,
    candidates: Iterable[str],
    *,
    truths: Iterable[str] = (),
    evidence: str = "",
    avoid: Sequence[str] = (),
    limit: int = 12,
) -> list[str]:
    """Keep candidates that are not the key, a variant of it, a known truth or in the evidence."""
    banned = list(dict.fromkeys([key, *truths, *avoid]))
    out: list[str] = []
    for cand in candidates:
        cand = cand.strip()
        if not cand or any(is_variant(cand, b) for b in banned):
            continue
        # A name or title printed in the evidence sentence may be related to the key there.
        if evidence and not cand.isdigit() and contains_phrase(evidence, cand):
            continue
        if any(is_variant(cand, o) for o in out):
            continue
        out.append(cand)
        if len(out) >= limit:
            break  # enough for a question and a few 'new wrong options' requests
    return out


def shuffled(items: Iterable[str], rng: Random) -> list[str]:
    """A seeded shuffle of a sorted copy (sorting first removes any input-order dependence)."""
    out = sorted(set(items))
    rng.shuffle(out)
    return out


def numbers(key: int, rng: Random, *, lo: int, hi: int, spread: int) -> list[str]:
    """Plausible wrong whole numbers near key, inside [lo, hi]."""
    near = [n for n in range(max(lo, key - spread), min(hi, key + spread) + 1) if n != key]
    rng.shuffle(near)
    # Keep at least one below and one above where possible, so the key is not always central.
    below = [n for n in near if n < key]
    above = [n for n in near if n > key]
    head = below[:1] + above[:1]
    return [str(n) for n in head + [n for n in near if n not in head]]


def people_pool(
    ctx: Context,
    rng: Random,
    *,
    gender: str = "",
    roles: Sequence[str] = ("singer", "actor", "athlete", "reality", "host"),
    exclude: Iterable[str] = (),
) -> list[str]:
    """Full names of the article's other people (same gender), then bank people of the roles."""
    excluded = set(exclude)
    # Article people have no known role: only offer them when the prompt names no role.
    article = (
        []
        if len(roles) == 1
        else [
            n
            for n in ctx.people.full
            if len(n.split()) > 1
            and n not in excluded
            and (not gender or ctx.people.gender(n) == gender)
        ]
    )
    bank = [
        row["name"]
        for role in roles
        for row in banks.people(role)
        if not gender or row["gender"] == gender
    ]
    return shuffled(article, rng) + shuffled(bank, rng)


def first_names(gender: str, rng: Random) -> list[str]:
    """Bank first names of a gender ('F'/'M'), shuffled."""
    names = banks.misc("first_names")
    pool = names.get(gender) or names["F"] + names["M"]
    return shuffled(pool, rng)


def artists_pool(rng: Random, exclude: Iterable[str] = (), pairs: bool = False) -> list[str]:
    """Singer names (or 'A and B' pairs when the key names two artists)."""
    excluded = list(exclude)
    names = [
        p["name"]
        for p in banks.people("singer")
        if not any(is_variant(p["name"], e) for e in excluded)
    ]
    names = shuffled(names, rng)
    if not pairs:
        return names
    return [f"{a} and {b}" for a, b in zip(names[::2], names[1::2], strict=False)]


def same_surname(key: str, ctx: Context, rng: Random, *, gender: str = "") -> list[str]:
    """'Reggie Hale' -> 'Curtis Hale', 'Leon Hale'...: relatives share a surname, so a bank name
    would give the answer away. First names the article uses for anyone are never offered."""
    words = _bare_words(key)
    if len(words) < 2:
        return []
    taken = {w for n in ctx.people.full for w in n.split()}
    hints = banks.misc("gender_hints")
    firsts = hints.get(gender) or hints["F"] + hints["M"]
    out: list[str] = []
    prefixes: set[str] = set()
    for first in shuffled(firsts, rng):
        # "Steven" beside "Stephen" reads as a typo, not as a different person.
        if first not in taken and first[:3] not in prefixes:
            prefixes.add(first[:3])
            out.append(f"{first} {words[-1]}")
            if len(out) >= 12:
                break  # enough for a question and a few 'new wrong options' requests
    return out


def shares_surname(a: str, b: str) -> bool:
    """True when two full names end with the same surname."""
    wa, wb = _bare_words(a), _bare_words(b)
    return len(wa) > 1 and len(wb) > 1 and wa[-1] == wb[-1]


def _bare_words(name: str) -> list[str]:
    """Words of a name without a Jr./Sr./III suffix."""
    words = name.split()
    return words[:-1] if len(words) > 2 and words[-1] in ("Jr.", "Sr.", "II", "III") else words
