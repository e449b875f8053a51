"""Places: 'born in Ohio', 'grew up in Memphis', 'lives in Malibu', 'married in Italy'."""

from __future__ import annotations

import re
from random import Random

from . import banks
from .build import make_question
from .context import Context
from .distractors import clean_pool, shuffled
from .model import Fact, Question
from .registry import extractor, generator
from .textutil import NAME

_VERBS = {
    "born": r"was\s+born\s+in",
    "raised": r"(?:grew\s+up|was\s+raised)\s+in",
    "lives": r"(?:lives|resides)\s+in",
    "married": r"(?:got\s+married|were\s+married|married|wed|tied\s+the\s+knot)"
    r"(?:\s+(?:(?:producer|singer|actor|actress|longtime\s+love)\s+)?" + NAME + r")?\s+in",
    "engaged": r"(?:got|became|were)\s+engaged\s+in",
    "from": r"(?:hails\s+from|is\s+a\s+native\s+of|\b[Tt]he)",
}
_PROMPTS = {
    "born": "Where was {} born?",
    "raised": "Where did {} grow up?",
    "lives": "Where does {} live?",
    "married": "Where did {} get married?",
    "engaged": "Where did {} get engaged?",
    "from": "Where is {} from?",
}


def _bank_names() -> list[str]:
    """Bank place names, longest first."""
    return sorted((r["name"] for r in banks.misc("place")), key=len, reverse=True)


_COUPLE = re.compile(r"^(?:The|the)\s+(?:couple|newlyweds|pair)\b")


def _has_partner(ctx: Context, who: str) -> bool:
    """True when the article names a spouse, fiancé(e) or partner for who."""
    from .kind_spouse import extract as spouses

    return any(f.subject == who and f.kind in ("spouse", "partner") for f in spouses(ctx))


@extractor("place")
def extract(ctx: Context) -> list[Fact]:
    """Birthplaces, hometowns, homes and wedding places that spaCy tags as places."""
    facts: list[Fact] = []
    for sent, span in ctx.sents:
        places = [e for e in span.ents if e.label_ in ("GPE", "LOC")]
        for rel, verb in _VERBS.items():
            for m in re.finditer(verb + r"\s+", sent.text):
                at = span.start_char + m.end()
                place = next((e for e in places if e.start_char == at), None)
                if rel == "from" and m.group(0).lower().startswith("the"):
                    # "The Jamaica native, who …": only a place followed by 'native' counts.
                    after = sent.text[m.end() + len(place.text) :] if place is not None else ""
                    if not re.match(r"\s+native\b", after) or m.start() != 0:
                        continue
                if place is None:
                    # The small model calls some places people ("Tuscany"): trust the bank.
                    text = next(
                        (
                            b
                            for b in _bank_names()
                            if sent.text.startswith(b, m.end())
                            and not sent.text[m.end() + len(b) :][:1].isalnum()
                        ),
                        "",
                    )
                    if not text:
                        continue
                else:
                    # Keep "Springfield, Ohio" together: a following ', GPE' is the same place.
                    text = place.text
                    nxt = next((e for e in places if e.start_char == place.end_char + 2), None)
                    if (
                        nxt is not None
                        and sent.text[place.end_char - span.start_char :][:2] == ", "
                    ):
                        text = f"{text}, {nxt.text}"
                who = ctx.actor(sent.text[: m.start()] or sent.text)
                if rel == "from" and m.start() == 0:
                    who = ctx.actor(sent.text[: m.end() + 40])  # the descriptor itself
                if not who and _COUPLE.match(sent.text) and rel in ("married", "engaged"):
                    # "The couple married in Tuscany": the subject and the partner the
                    # article gives them.
                    who = ctx.people.main if _has_partner(ctx, ctx.people.main) else ""
                if len(who.split()) > 1:
                    facts.append(Fact("place", who, text, sent, relation=rel))
    return facts


@generator("place")
def generate(fact: Fact, ctx: Context, rng: Random) -> list[Question]:
    """Where was X born? with places of the same kind (city, state or country)."""
    rows = banks.misc("place")
    kind = next((r["kind"] for r in rows if r["name"] == fact.value), "city")
    named = [e.text for _, span in ctx.sents for e in span.ents if e.label_ in ("GPE", "LOC")]
    # Same form as the key: "Dayton, Ohio" among "City, State" names, "Memphis" among bare ones.
    comma = ", " in fact.value
    cands = [r["name"] for r in rows if r["kind"] == kind and (", " in r["name"]) == comma]
    pool = clean_pool(fact.value, shuffled(cands, rng), truths=named, evidence=fact.evidence.text)
    return [
        make_question(
            fact,
            ctx,
            rng,
            kind="place",
            prompt=_PROMPTS[fact.relation].format(fact.subject),
            key=fact.value,
            pool=pool,
            explanation=f"{fact.subject}: {fact.relation} in {fact.value}.",
        )
    ]
