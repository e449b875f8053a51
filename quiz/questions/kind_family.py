"""Children, parents and siblings: "Jane's son Leo", 'shares sons A and B', 'her mother, Ann'."""

from __future__ import annotations

import re
from random import Random

from .build import make_question
from .context import Context, role_of
from .distractors import clean_pool, first_names, people_pool, same_surname, shares_surname
from .model import Fact, Question
from .registry import extractor, generator
from .textutil import NAME, NUMBER, possessive

_KIN = re.compile(
    r"\b(sons?|daughters?|kids|children|twins|stepsons?|stepdaughters?)\b[,:]?\s+(?:named\s+)?(?=[A-Z])"
)
_ITEM = re.compile(
    r"(?P<name>"
    + NAME
    + r")(?:,\s+"
    + NUMBER
    + r"(?:\s+(?:years?|months?|weeks?|days?))?(?:\s+old)?)?"
)
_SEP = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+)(?:(?P<kin>sons?|daughters?)\s+)?")
_PARENT = re.compile(
    r"(?:(?P<child>" + NAME + r")(?:[’']s|(?<=s[’']))|\b(?P<pron>[Hh]is|[Hh]er))\s+"
    r"(?:(?:younger|older|big|little|baby|twin|late|elder|kid)\s+)?(?P<rel>mother|father|"
    r"mom|dad|brother|sister),?\s+(?P<name>" + NAME + ")"
)
_REL = {"mom": "mother", "dad": "father"}


_SPOUSE_BEFORE = re.compile(r"\b(?:his|her)\s+(?:wife|husband|partner|fianc[ée]e?),\s*$", re.I)


def _owner(ctx: Context, text: str, before: str) -> str:
    """Parent of a kin list: the possessive just before it, else who the sentence is about."""
    m = re.search(r"(" + NAME + r")(?:[’']s|(?<=s[’']))\s+(?:[\w-]+\s+){0,2}$", before)
    if m and ctx.people.resolve(m.group(1)):
        return ctx.people.resolve(m.group(1))
    pron = re.search(r"\b(his|her|their)\s+(?:[\w-]+\s+){0,2}$", before, re.I)
    if pron and pron.group(1).lower() == "their":
        # "Her husband, Bo, and their two children" / "His wife … with their daughter": a
        # couple that includes the article's subject, when the sentence points at them.
        main = ctx.people.main
        cue = {"M": r"\b(?:he|his)\b", "F": r"\b(?:she|her)\b"}.get(ctx.people.gender(main))
        if main and ((cue and re.search(cue, before, re.I)) or main in ctx.mentions(before)):
            return main
        return ""
    if pron:
        return ctx.antecedent(text, pron.start(), pron.group(1))
    # Otherwise the first adult named before the list; listed children never own a list.
    kids = {ctx.people.resolve(n) for n in re.findall(NAME, text[len(before) :])}
    # "He and his wife, Ann Bee, share…": the spouse in apposition is not the subject.
    adults = [
        m.name
        for m in ctx.mentions(before)
        if m.name not in kids and not _SPOUSE_BEFORE.search(before[: m.start])
    ]
    if not adults and _SPOUSE_BEFORE.search(before) and re.match(r"(?:He|She)\b", before):
        return ctx.people.main
    if adults:
        return adults[0]
    if re.search(r"\b(?:[Tt]he|[Tt]heir)\s+(?:couple|pair|duo)\b|^(?:He|She)\b", before):
        return ctx.people.main
    return ""


def _singular(kin: str) -> str:
    """'daughters' -> 'daughter'; kids/children/twins -> 'child'."""
    kin = kin.lower()
    return {"kids": "child", "children": "child", "twins": "child"}.get(kin, kin.rstrip("s"))


def _kin_lists(ctx: Context) -> list[tuple[Fact, ...]]:
    """Child facts grouped by the sentence list they came from (memoised on the context)."""
    if "kin" in ctx.cache:
        return ctx.cache["kin"]
    groups: list[tuple[Fact, ...]] = []
    for sent, _span in ctx.sents:
        text = sent.text
        pos, facts = 0, []
        for m in _KIN.finditer(text):
            if m.start() < pos:
                continue  # already inside a list parsed from an earlier keyword
            owner, kin, pos = _owner(ctx, text, text[: m.start()]), _singular(m.group(1)), m.end()
            while owner:
                item = _ITEM.match(text, pos)
                child = ctx.people.resolve(item.group("name")) if item else ""
                if not child or child == owner:
                    break
                facts.append(Fact("child", owner, child, sent, relation=kin))
                sep = _SEP.match(text, item.end())
                if not sep:
                    break
                kin = _singular(sep.group("kin")) if sep.group("kin") else kin
                pos = sep.end()
        if facts:
            groups.append(tuple(facts))
    ctx.cache["kin"] = groups
    return groups


def children(ctx: Context, owner: str) -> list[str]:
    """Every child the article gives for owner."""
    return list(dict.fromkeys(f.value for g in _kin_lists(ctx) for f in g if f.subject == owner))


def describe(name: str, ctx: Context) -> str:
    """Name a person unambiguously: a full name, or "<Parent>'s son <First>"."""
    for group in _kin_lists(ctx):
        for f in group:
            if f.value == name and f.relation != "child":
                return f"{possessive(f.subject)} {f.relation} {ctx.people.short(name)}"
    return name if len(name.split()) > 1 else ""


@extractor("family")
def extract(ctx: Context) -> list[Fact]:
    """Child facts, parent/sibling facts and the number of children a list enumerates."""
    if "family" in ctx.cache:
        return ctx.cache["family"]
    facts = [f for g in _kin_lists(ctx) for f in g if f.relation != "child"]
    for group in _kin_lists(ctx):
        owner = group[0].subject
        names = tuple(dict.fromkeys(f.value for f in group if f.subject == owner))
        verb = re.search(
            r"\b(?:shares?|has|have|welcomed|parents? (?:of|to))\b", group[0].evidence.text
        )
        # Only a list that enumerates the children with "shares/has" gives a countable total.
        if len(names) >= 2 and verb and set(names) == set(children(ctx, owner)):
            support = tuple(ctx.people.short(n) for n in names)
            facts.append(
                Fact(
                    "number",
                    owner,
                    str(len(names)),
                    group[0].evidence,
                    relation="children",
                    support=support,
                )
            )
    for sent, _span in ctx.sents:
        for m in re.finditer(
            r"\b(?:father|mother|dad|mom|parent)s?\s+(?:of|to)\s+(" + NUMBER + r")\b", sent.text
        ):
            who = ctx.actor(sent.text)
            if who:
                facts.append(Fact("number", who, m.group(1), sent, relation="children"))
        for m in _PARENT.finditer(sent.text):
            child = (
                ctx.people.resolve(m.group("child"))
                if m.group("child")
                else ctx.antecedent(sent.text, m.start(), m.group("pron"))
            )
            rel = _REL.get(m.group("rel").lower(), m.group("rel").lower())
            name = ctx.people.resolve(m.group("name"))
            if child and name and child != name:
                kind = "parent" if rel in ("mother", "father") else "sibling"
                facts.append(Fact(kind, child, name, sent, relation=rel))
    ctx.cache["family"] = facts
    return facts


def relatives(ctx: Context, person: str) -> set[str]:
    """Everyone the article ties to person by family, in either direction."""
    out = set(children(ctx, person))
    # Spouses and partners count too: the pack stores every fact before generating.
    for f in [*extract(ctx), *ctx.cache.get("facts", ())]:
        if person in (f.subject, f.value) and f.kind in (
            "child",
            "parent",
            "sibling",
            "spouse",
            "partner",
        ):
            out |= {f.subject, f.value}
    return out - {person}


@generator("child", "parent", "sibling")
def generate(fact: Fact, ctx: Context, rng: Random) -> list[Question]:
    """Which is X's daughter? / whose son is <full name>? / who is X's mother?"""
    gender = (
        "M"
        if fact.relation in ("son", "father", "brother")
        else ("F" if fact.relation in ("daughter", "mother", "sister") else "")
    )
    subj = fact.subject
    if fact.kind == "child":
        siblings = children(ctx, subj)
        same = [
            f.value
            for g in _kin_lists(ctx)
            for f in g
            if f.subject == subj and f.relation == fact.relation
        ]
        if same and same[0] != fact.value:
            return _whose(fact, ctx, rng)
        key = ctx.people.short(fact.value)
        known = [ctx.people.short(n) for n in ctx.people.full]
        pool = clean_pool(key, first_names(gender, rng), truths=siblings + known)
        prompt = f"Which of these is the name of {possessive(subj)} {fact.relation}?"
        expl = f"{key} is {possessive(subj)} {fact.relation}."
        return [
            make_question(
                fact, ctx, rng, kind="child", prompt=prompt, key=key, pool=pool, explanation=expl
            )
        ]
    if len(subj.split()) < 2 and not describe(subj, ctx):
        return []
    who = describe(subj, ctx) or subj
    cands = people_pool(ctx, rng, gender=gender, exclude=relatives(ctx, subj) | {subj})
    if shares_surname(fact.value, subj):
        cands = same_surname(fact.value, ctx, rng, gender=gender)
    pool = clean_pool(
        fact.value,
        cands,
        truths=relatives(ctx, subj) | {subj},
        evidence=fact.evidence.text,
    )
    prompt = f"Who is {possessive(who)} {fact.relation}?"
    return [
        make_question(
            fact,
            ctx,
            rng,
            kind=fact.kind,
            prompt=prompt,
            key=fact.value,
            pool=pool,
            explanation=f"{fact.value} is {possessive(who)} {fact.relation}.",
        )
    ]


def _whose(fact: Fact, ctx: Context, rng: Random) -> list[Question]:
    """Whose daughter is <full name>? (the reverse form, for a second child of a relation)."""
    if len(fact.value.split()) < 2:
        return []
    role, noun = role_of(ctx, fact.subject)
    roles = (role,) if role else ("singer", "actor", "athlete", "host")
    taken = relatives(ctx, fact.value) | {fact.subject, fact.value}
    pool = people_pool(ctx, rng, gender=ctx.people.gender(fact.subject), roles=roles, exclude=taken)
    pool = clean_pool(fact.subject, pool, truths=taken, evidence=fact.evidence.text)
    return [
        make_question(
            fact,
            ctx,
            rng,
            kind="child",
            prompt=f"{fact.value} is the {fact.relation} of which {noun}?",
            key=fact.subject,
            pool=pool,
            explanation=f"{fact.value} is {possessive(fact.subject)} {fact.relation}.",
        )
    ]
