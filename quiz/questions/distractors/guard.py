"""Never true, never a variant of the key, never a near-duplicate of another option."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz

from ..textutil import is_variant, normalize

NEAR_DUPLICATE = 85  # rapidfuzz ratio above which two options read as the same
# Long names that differ in one word are different things ("Outstanding Supporting Actress in
# a Drama Series" / "... in a Comedy Series"): they must be nearly equal to count as the same.
LONG_NAME, LONG_NEAR_DUPLICATE = 30, 96


def _near(a: str, b: str) -> bool:
    """True when two normalised options read as the same."""
    limit = LONG_NEAR_DUPLICATE if min(len(a), len(b)) > LONG_NAME else NEAR_DUPLICATE
    return fuzz.ratio(a, b) >= limit


def clean(
    key: str,
    candidates: Iterable[str],
    avoid: Iterable[str],
    *,
    numeric: bool = False,
    limit: int = 0,
    shape: bool = False,
) -> list[str]:
    """Candidates in order, without article truths, key variants or near-duplicates (at most
    ``limit`` of them when it is set: the banks offer thousands)."""
    avoid = list(avoid)
    banned = [normalize(a) for a in avoid if a]
    out: list[str] = []
    nkey = normalize(key)
    for cand in candidates:
        c = " ".join(cand.split())
        nc = normalize(c)
        if not nc or nc == nkey or nc in banned:
            continue
        if shape and len(c.split()) != len(key.split()):
            continue  # a full name among first names (or the other way round) gives the key away
        if not numeric:
            # A variant of the key gives it away; a truth must only never be offered itself.
            if is_variant(c, key) or any(_near(nc, b) for b in banned):
                continue
            if _near(nc, nkey) or any(_near(nc, normalize(o)) for o in out):
                continue
        elif any(normalize(o) == nc for o in out):
            continue
        out.append(c)
        if limit and len(out) >= limit:
            break
    return out
