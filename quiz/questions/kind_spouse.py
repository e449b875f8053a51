"""Spouses and partners: 'his wife, Ann', "Ann's husband Bo", 'wife of 10 years, Ann'."""

from __future__ import annotations

import re
from random import Random

from .build import make_question
from .context import Context, role_of
from .distractors import clean_pool, people_pool, same_surname, shares_surname
from .kind_family import relatives
from .model import Fact, Question
from .registry import extractor, generator
from .textutil import NAME, NUMBER, possessive

_DUR = r"(?P<dur>(?:(?:nearly|almost|more than|over|about|roughly)\s+)?" + NUMBER + r"\s+years?)"
# "her husband, producer Bo Cee": a job between the relation and the name.
_JOB = (
    r"(?:(?:longtime\s+)?(?:producer|singer|actor|actress|rapper|musician|model|director|chef|"
    r"designer|entrepreneur|businessman|businesswoman|athlete|comedian|writer|songwriter|"
    r"photographer|love|boyfriend|girlfriend|partner|co-star|costar|"
    r"(?:soccer|football|basketball|baseball|hockey|tennis|rugby|NFL|NBA|MLB)\s+(?:player|star)"
    r")\s+)?"
)
_SPOUSE = re.compile(
    r"(?:(?P<owner>" + NAME + r")(?:[’']s|(?<=s[’']))\s+|\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+)?"
    r"(?:(?:new|longtime|late|former|original|current|future|estranged|secret|real-life|"
    r"on-screen|onscreen|then-)\s*)*"
    r"\b(?P<rel>wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?|ex-wife|ex-husband)"
    r"(?:\s+of\s+" + _DUR + r")?,?\s+" + _JOB + r"(?P<name>" + NAME + ")"
)
_ENGAGED = re.compile(
    r"\b(?P<rel>engaged|married)\s+to\s+" + _JOB + r"(?P<name>" + NAME + ")"
    # "Ann married producer Bo Cee", "tied the knot with Bo Cee" (the name must be a person).
    r"|\b(?P<wed>married|wed|tied\s+the\s+knot\s+with)\s+" + _JOB + r"(?P<wname>" + NAME + ")"
)
_MARRIED_FOR = re.compile(r"\b(?:been\s+)?married\s+(?:to\s+" + NAME + r"\s+)?for\s+" + _DUR)
_PAST = re.compile(r"\b(?:was|were|had\s+been|previously|formerly|once)\s+$")
_KIND = {"wife": "spouse", "husband": "spouse", "married": "spouse"}
_REL = {
    "engaged": "fiancé(e)",
    "fiancé": "fiancé",
    "fiance": "fiancé",
    "fiancée": "fiancée",
    "fiancee": "fiancée",
    "married": "spouse",
}


@extractor("spouse")
def extract(ctx: Context) -> list[Fact]:
    """Spouse/partner facts, and how long a couple has been married when stated."""
    facts: list[Fact] = []
    for sent, _span in ctx.sents:
        text = sent.text
        for rx in (_SPOUSE, _ENGAGED):
            for m in rx.finditer(text):
                owner = m.groupdict().get("owner")
                pron = re.match(r"(his|her)\b", text[m.start() :], re.I)
                if owner:
                    who = ctx.people.resolve(owner)
                elif pron:
                    who = ctx.antecedent(text, m.start(), pron.group(1))
                else:
                    who = ctx.actor(text[: m.start()] or text)
                name = ctx.people.resolve(m.group("name") or m.groupdict().get("wname") or "")
                if not who or not name or who == name:
                    continue
                rel = (m.group("rel") or "married").lower()
                if rel == "married" and _PAST.search(text[: m.start()]):
                    continue  # "was married to Bo from 2012 to 2020": not a spouse now
                kind = _KIND.get(rel, "partner")
                facts.append(Fact(kind, who, name, sent, relation=_REL.get(rel, rel)))
                dur = m.groupdict().get("dur")
                if dur:
                    facts.append(_years(who, name, dur, sent))
        for m in _MARRIED_FOR.finditer(text):
            who = ctx.actor(text)
            partner = next((f.value for f in facts if f.subject == who and f.kind == "spouse"), "")
            if who and partner:
                facts.append(_years(who, partner, m.group("dur"), sent))
    # "married to X" adds nothing when the article also says "wife"/"husband" for the pair.
    named = {(f.subject, f.value) for f in facts if f.relation != "spouse"}
    return [f for f in facts if f.relation != "spouse" or (f.subject, f.value) not in named]


def _years(who: str, partner: str, dur: str, sent) -> Fact:
    """How long a couple has been married: a number fact with its qualifier kept."""
    return Fact(
        "number",
        who,
        dur[0].upper() + dur[1:],
        sent,
        relation="years married",
        unit="years",
        extra=(("partner", partner),),
    )


@generator("spouse", "partner")
def generate(fact: Fact, ctx: Context, rng: Random) -> list[Question]:
    """Who is A's wife? or: B is the wife of which singer?"""
    rel = fact.relation
    owner, partner = fact.subject, fact.value
    if len(owner.split()) < 2 or len(partner.split()) < 2:
        return []  # a first name alone does not say who is meant
    female = rel in ("wife", "girlfriend", "fiancée", "ex-wife")
    male = rel in ("husband", "boyfriend", "fiancé", "ex-husband")
    # "married to"/"engaged to" do not say which word fits: the partner's gender does.
    words = {"spouse": ("wife", "husband"), "fiancé(e)": ("fiancée", "fiancé")}
    if rel in words and ctx.people.gender(partner):
        rel = words[rel][ctx.people.gender(partner) == "M"]
    taken = relatives(ctx, owner) | {f.value for f in extract(ctx) if f.subject == owner}
    taken |= {f.subject for f in extract(ctx) if f.value == owner}
    # Stable across seeds: the form depends on the fact, not on the shuffle.
    # The reverse form needs the owner named in the evidence ("the star" would not support it).
    # A shared surname would give the reverse form away ("Ann Lee is the wife of which
    # singer?" with one Lee among the options): ask it forwards, among same-surname names.
    shared = shares_surname(owner, partner)
    reverse = (
        not shared
        and sum(map(ord, partner)) % 2 == 1
        and any(w in fact.evidence.text for w in owner.split() if len(w) > 2)
    )
    if reverse:
        role, noun = role_of(ctx, owner)
        owner_gender = ctx.people.gender(owner)
        roles = (role,) if role else ("singer", "actor", "athlete", "host")
        pool = people_pool(ctx, rng, gender=owner_gender, roles=roles, exclude=taken | {partner})
        pool = clean_pool(owner, pool, truths=taken, evidence=fact.evidence.text)
        prompt = f"{partner} is the {rel} of which {noun}?"
        key = owner
    else:
        gender = "F" if female else "M" if male else ctx.people.gender(partner)
        pool = people_pool(ctx, rng, gender=gender, exclude=taken | {owner})
        if shared:
            pool = same_surname(partner, ctx, rng, gender=gender)
        pool = clean_pool(partner, pool, truths=taken, evidence=fact.evidence.text)
        prompt = f"Who is {possessive(owner)} {rel}?"
        key = partner
    return [
        make_question(
            fact,
            ctx,
            rng,
            kind=fact.kind,
            prompt=prompt,
            key=key,
            pool=pool,
            explanation=f"{partner} is {possessive(owner)} {rel}.",
        )
    ]
