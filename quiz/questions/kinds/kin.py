"""Which child: a name-free way to pick one son or daughter out of several ("her eldest
daughter", "his third child", "her son born in 2023"), for prompts that must not name them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..dates import dated_elsewhen
from ..model import Fact
from ..textutil import ordinal_value
from .wording import ordinal_word

if TYPE_CHECKING:
    from ..facts import Findings

_SEXED = ("son", "daughter")
_BY_SEX = {"M": "son", "F": "daughter"}
_TOGETHER = re.compile(r"\btogether\b", re.I)
_BIRTH_WORDS = re.compile(r"\b(?:born|birth|welcom\w*|arrival|arrived)\b", re.I)


def _members(subject: str) -> set[str]:
    """The people of a fact's subject ("Ann and Tom" is two)."""
    return {p.strip() for p in subject.split(" and ")}


def family(findings: Findings, parent: str) -> set[str]:
    """The parent and the partners they are still with: their children are the couple's."""
    return {parent} | {
        f.value
        for f in findings.facts
        if f.kind in ("spouse", "partner")
        and f.subject == parent
        and f.get("status") not in ("ex", "coparent")
    }


def children(findings: Findings, parent: str) -> dict[str, str]:
    """Every named child of the parent's family, with "son", "daughter" or "" when unsaid."""
    home = family(findings, parent)
    out: dict[str, str] = {}
    for f in findings.facts:
        if f.kind != "child" or f.get("form") == "newborn" or not home & _members(f.subject):
            continue
        said = f.relation if f.relation in _SEXED else _BY_SEX.get(f.get("sex"), "")
        out[f.value] = out.get(f.value) or said
    # "Wren" and "Wren Ada Vance" are one child, told once short and once in full.
    for name in list(out):
        full = [o for o in out if o != name and o.startswith(f"{name} ")]
        if full:
            short = out.pop(name)
            out[full[0]] = out[full[0]] or short
    return out


# Months per unit of an age ("10 weeks" is younger than "5", which is years).
_PER_MONTH = {"year": 12.0, "month": 1.0, "week": 12 / 52, "day": 12 / 365}


def _months(findings: Findings, person: str) -> float | None:
    """A child's age in months, from the article's one age for them (None if unknown)."""
    ages = {f.value for f in findings.facts if f.kind == "age" and f.subject == person}
    if len(ages) != 1:
        return None
    n, _, unit = next(iter(ages)).partition(" ")
    if not n.isdecimal():
        return None
    return int(n) * _PER_MONTH.get(unit.rstrip("s") or "year", 12.0)


def _counted(findings: Findings, home: set[str], relation: str) -> int:
    """The most children of the relation the article counts for the family (0 if none)."""
    nouns = {"son": ("sons",), "daughter": ("daughters",)}.get(relation, ())
    best = 0
    for f in findings.facts:
        if f.kind == "number" and home & _members(f.subject):
            if f.get("noun") in (*nouns, "children", "kids") or f.relation == "ordinal-children":
                digits = "".join(ch for ch in f.value if ch.isdecimal())
                best = max(best, int(digits) if digits else 0)
    return best


def _by_age(findings: Findings, parent: str, child: str, relation: str) -> str:
    """'eldest daughter' or 'youngest daughter' when the article ages every one of them."""
    kids = children(findings, parent)
    if any(not sex for sex in kids.values()):
        return ""  # a child of unsaid sex may be one more daughter
    same = [k for k, sex in kids.items() if sex == relation]
    if len(same) < 2 or _counted(findings, family(findings, parent), relation) > len(kids):
        return ""  # the article counts children it does not name: one of them may be older
    ages = {k: _months(findings, k) for k in same}
    known = [a for a in ages.values() if a is not None]
    if len(known) != len(same) or len(set(known)) != len(known):
        return ""
    if ages[child] == max(known):
        return f"eldest {relation}"
    if ages[child] == min(known):
        return f"youngest {relation}"
    return ""


def _born_here(findings: Findings, parent: str, child: str) -> list[Fact]:
    """The story's own birth facts of this child (the lede's news, not a birth recalled)."""
    home = family(findings, parent)
    return [
        f
        for f in findings.facts
        if f.kind == "child"
        and f.value == child
        and home & _members(f.subject)
        and (f.get("event") == "birth" or bool(_BIRTH_WORDS.search(f.evidence.text)))
        and not dated_elsewhen(f.evidence.text)
    ]


def _place(findings: Findings, parent: str, child: str) -> str:
    """'third child' for the one baby the story reports born, when it says which child it is."""
    if not _born_here(findings, parent, child):
        return ""
    home = family(findings, parent)
    born = {
        f.value
        for f in findings.facts
        if f.kind == "child"
        and (f.get("event") == "birth" or bool(_BIRTH_WORDS.search(f.evidence.text)))
        and home & _members(f.subject)
    }
    ordinals = [
        f
        for f in findings.facts
        if f.kind == "number"
        and f.relation == "ordinal-children"
        and not f.get("expecting")
        and home & _members(f.subject)
    ]
    places = {ordinal_value(f.value) for f in ordinals}
    if (
        born != {child}
        or len(places) != 1
        or any(_TOGETHER.search(f.evidence.text) for f in ordinals)
    ):
        return ""  # "their fifth child together" is not his fifth: he may have more
    earlier = any(
        f.kind in ("spouse", "partner")
        and f.subject == parent
        and f.get("status") in ("ex", "coparent")
        for f in findings.facts
    )
    if earlier:
        return ""  # a couple's count is not a parent's own when an earlier partner is named
    n = places.pop()
    return f"{ordinal_word(n)} child" if n and n > 1 else ""


def _born_year(findings: Findings, parent: str, child: str, relation: str) -> str:
    """'son born in 2023' for the lede's newborn in a dated story."""
    published = findings.reading.published
    facts = _born_here(findings, parent, child)
    if published is None or not any(f.evidence.index <= 2 for f in facts):
        return ""
    return f"{relation} born in {published.year}"


def only_of_kind(findings: Findings, parent: str, child: str, relation: str) -> bool:
    """True when the child is the family's one son (or daughter): every named child's sex
    is known, and the article counts no more children than it names."""
    kids = children(findings, parent)
    if relation not in _SEXED or any(not sex for sex in kids.values()):
        return False
    same = [k for k, sex in kids.items() if sex == relation]
    counted = _counted(findings, family(findings, parent), relation)
    return [k.split()[0] for k in same] == [child.split()[0]] and counted <= len(kids)


def which_child(findings: Findings, parent: str, child: str, relation: str) -> str:
    """A name-free tie that picks this child out of the parent's others ('' if none does)."""
    if relation not in _SEXED:
        relation = children(findings, parent).get(child, "")
    return (
        _place(findings, parent, child)
        or (_born_year(findings, parent, child, relation) if relation else "")
        or (_by_age(findings, parent, child, relation) if relation else "")
    )
