"""Family and romance questions: who someone married, is engaged to, named their baby."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import replace

from ..dates import dated_elsewhen
from ..distractors import Spec
from ..facts import lexicon
from ..facts.people import first_name_vote
from ..model import Fact, Question
from ..textutil import contains_phrase, possessive
from . import generator
from .base import KIN_KINDS, Asker, draft
from .kin import which_child
from .wording import anchor, capitalise, month_year, plural, pronoun, sentence_date

_OPPOSITE = {
    "wife": "F",
    "husband": "M",
    "fiancée": "F",
    "fiancé": "M",
    "girlfriend": "F",
    "boyfriend": "M",
    "ex-wife": "F",
    "ex-husband": "M",
    "ex-girlfriend": "F",
    "ex-boyfriend": "M",
}
_KIN_TITLES = frozenset("aunt auntie uncle grandma grandpa granny nana cousin mom dad mum".split())
ADULT = 18
_BANK_FIELDS = frozenset(
    {
        "rapper",
        "singer",
        "actor",
        "comedian",
        "host",
        "athlete",
        "model",
        "musician",
        "dancer",
        "producer",
        "director",
    }
)


def _partner_sex(fact: Fact, asker: Asker) -> str:
    """The partner's sex, from the relation word or the article."""
    return (
        _OPPOSITE.get(fact.relation, "") or fact.get("sex") or asker.findings.cast.sex(fact.value)
    )


def members(subject: str) -> list[str]:
    """The people of a subject: "A and B" is two."""
    return [p.strip() for p in subject.split(" and ") if p.strip()]


def _minors(asker: Asker) -> set[str]:
    """People the article gives a child's age (or makes someone's child): never a spouse."""
    out = set()
    for f in asker.findings.facts:
        if f.kind == "age" and (
            f.get("unit", "year") != "year"
            or (f.value.split()[0].isdecimal() and int(f.value.split()[0]) < ADULT)
        ):
            out.add(f.subject)
        if f.kind == "child":
            out.add(f.value)
    return out


def _dead(asker: Asker) -> set[str]:
    """People the article says died: a grandfather a baby is named after is no wrong option for
    the star's husband."""
    return {
        f.subject
        for f in asker.findings.facts
        if f.kind == "date"
        and f.relation == "death"
        or f.kind == "age"
        and f.get("event") == "death"
    }


def _person_spec(fact: Fact, asker: Asker, sex: str, relation: str) -> tuple[Spec, list[str]]:
    """A person spec whose wrong options avoid everyone tied to the subject, and an article
    pool of plausible peers (no relative, no child, no "Aunt Karen")."""
    avoid = asker.relatives(fact.subject) | {fact.subject}
    person = asker.findings.cast.person(fact.subject)
    field = person.field if person else ""
    key = asker.findings.cast.person(fact.value)
    # The key's own role word when the bank files people under it ("rapper husband Offset").
    own = next((r for r in (key.roles if key else ()) if r in _BANK_FIELDS), "")
    spec = Spec(
        "person", fact.value, sex=sex, field=own or (key.field if key and key.field else field),
        relation=relation, subject=fact.subject, avoid=frozenset(avoid),
        famous=bool(key and key.famous), born=_born_guess(fact, asker, relation),
        genre=next((lexicon.data()["star_genres"][r] for r in (key.roles if key else ())
                    if r in lexicon.data()["star_genres"]), ""),
    )  # fmt: skip
    exclude = avoid | {fact.value} | asker.relatives(fact.value)
    if relation in ("spouse", "partner"):
        exclude |= _minors(asker) | _dead(asker)
    pool = [
        p
        for p in asker.people_pool(sex, exclude, like=fact.value)
        if p.split()[0].lower() not in _KIN_TITLES
    ]
    if relation in ("parent", "child"):
        pool = [p for p in pool if _same_era(p, fact.value)]  # a star's peers are no one's parents
    return spec, pool


GENERATION = 30


def born_year(person: str, asker: Asker) -> int | None:
    """A person's birth year: the bank's, else an age the article gives and when it held."""
    from ..distractors.people import famous

    entry = famous(person) or {}
    if entry.get("born"):
        return int(entry["born"])
    published = asker.findings.reading.published
    for f in asker.findings.facts:
        if (
            f.kind == "age"
            and f.subject == person
            and f.get("unit", "year") == "year"
            and f.value.isdecimal()
        ):
            when = f.get("when")
            year = (
                int(when[-4:]) if when[-4:].isdecimal() else (published.year if published else None)
            )
            if year:
                return year - int(f.value)
    return None


def _born_guess(fact: Fact, asker: Asker, relation: str) -> int | None:
    """The key's birth year, or the subject's moved a generation for a parent, so that wrong
    options are of the key's era (no 1990s star as a 1950s actor's wife or mother)."""
    own = born_year(fact.value, asker)
    if own:
        return own
    base = born_year(fact.subject, asker)
    if base is None:
        return None
    return (
        base - GENERATION
        if relation == "parent"
        else base + GENERATION
        if relation == "child"
        else base
    )


def _same_era(person: str, key: str) -> bool:
    """True when the banks put both people within a generation of each other."""
    from ..distractors.people import famous

    a, b = famous(person) or {}, famous(key) or {}
    return bool(a.get("born") and b.get("born")) and abs(int(a["born"]) - int(b["born"])) <= 15


def _named_elsewhere(fact: Fact, asker: Asker) -> float:
    """A lower score for a partner the rest of the pack names ("Alec Baldwin and Hilaria
    Baldwin welcomed ..."): asking who the partner is would keep those questions out."""
    shared = {
        f.evidence.index
        for f in asker.findings.facts
        if f.kind not in KIN_KINDS and f.value != fact.value and fact.value in members(f.subject)
    }
    return 0.6 if len(shared) >= 2 else 1.0


def _written_month(fact: Fact, asker: Asker) -> str:
    """The month a date in the fact's own sentence gives ("arrived on October 30th"), a month
    written without a year taking the story's; '' when the sentence has none (a birth is often
    told days later, in another month than the story's)."""
    from ..dates import find_dates

    if not find_dates(fact.evidence.text):
        return ""
    return anchor(fact, asker.findings)


def _own_when(fact: Fact, asker: Asker) -> str:
    """The month of a date written in the fact's own sentence ('' if none): an engagement
    told in passing is not dated by the publication ("proposed last September")."""
    own = sentence_date(fact)
    if own is not None:
        return month_year(own)
    return ""


def _story_year(fact: Fact, asker: Asker) -> str:
    """The story's year for its own lede event (a birth, an engagement), '' when the story is
    undated or the sentence puts the event at another time ("got engaged last October")."""
    published = asker.findings.reading.published
    if published is None or fact.evidence.index > 2 or dated_elsewhen(fact.evidence.text):
        return ""
    return str(published.year)


def _shared_surname(a: str, b: str) -> str:
    """The surname two full names share ('' if none)."""
    pa, pb = a.split(), b.split()
    return pa[-1] if len(pa) > 1 and len(pb) > 1 and pa[-1] == pb[-1] else ""


@generator("spouse")
def ask_spouse(fact: Fact, asker: Asker) -> list[Question]:
    """'Who did Thomas Rhett marry?', 'Who did Cardi B file for divorce from in September 2020?'."""
    sex = _partner_sex(fact, asker)
    spec, pool = _person_spec(fact, asker, sex, "spouse")
    shared = _shared_surname(fact.subject, fact.value)
    if shared:
        # "Marnie Penrith" married "Dean Penrith": options without the surname would give
        # the key away, so every option carries it.
        spec = replace(spec, surname=shared, famous=False)
        pool = []
    if fact.get("status") == "divorcing":
        when = anchor(fact, asker.findings)
        prompt = f"Who did {fact.subject} file for divorce from{' in ' + when if when else ''}?"
        explanation = f"{fact.subject} filed for divorce from {fact.value}."
    else:
        spouses = {
            f.value
            for f in asker.findings.facts
            if f.kind == "spouse" and f.subject == fact.subject and f.get("status") != "divorcing"
        }
        if len(spouses) > 1:
            return []  # "Who did X marry?" has two true answers
        prompt = f"Who did {fact.subject} marry?"
        explanation = f"{fact.subject} is married to {fact.value}."
    q = draft(
        fact,
        asker,
        kind="spouse",
        prompt=prompt,
        spec=spec,
        explanation=explanation,
        pool=pool,
        bump=_named_elsewhere(fact, asker),
    )
    return [q] if q else []


def _pair_facts(
    fact: Fact, asker: Asker, kinds: tuple[str, ...], statuses: tuple[str, ...]
) -> bool:
    """True when the article also ties the same two people by one of these kinds/statuses."""
    pair = {fact.subject, fact.value}
    return any(
        {f.subject, f.value} == pair
        and f.kind in kinds
        and (f.kind == "spouse" or f.get("status") in statuses)
        for f in asker.findings.facts
        if f is not fact
    )


_FIANCE_WORDS = frozenset({"fiance", "fiancé", "fiancée", "fiancee"})
_ENGAGED = re.compile(r"\b(?:is|are|got|get|gets|just got) engaged\b|\bsaid yes\b", re.IGNORECASE)


def _story_engagement(fact: Fact, asker: Asker) -> bool:
    """True when the story is the star's engagement ("X is engaged!", "said yes to her
    boyfriend") and the star has this one partner: the boyfriend is the fiancé."""
    main = asker.main
    if fact.subject != main or fact.get("status") in ("ex", "affair", "coparent"):
        return False
    partners = {
        f.value
        for f in asker.findings.facts
        if f.kind in ("partner", "spouse") and f.subject == main and f.get("status") != "ex"
    }
    if partners != {fact.value}:
        return False
    return bool(_ENGAGED.search(asker.lede_text()))


@generator("partner")
def ask_partner(fact: Fact, asker: Asker) -> list[Question]:
    """'Who did Jake Owen get engaged to?', "Who is Shakira's ex-boyfriend?"."""
    engaged = (
        fact.get("status") == "engaged"
        or fact.relation in _FIANCE_WORDS
        or _story_engagement(fact, asker)
    )
    if engaged and fact.value == asker.main and fact.subject != asker.main:
        # "Mercer is her fiancé": the star's engagement is asked from the star's side.
        # The relation word and sex named the star; the partner's sex is the article's.
        fact = dataclasses.replace(
            fact,
            subject=fact.value,
            value=fact.subject,
            relation="",
            detail=tuple((k, v) for k, v in fact.detail if k != "sex"),
        )
    sex = _partner_sex(fact, asker)
    spec, pool = _person_spec(fact, asker, sex, "partner")
    status = fact.get("status")
    if engaged:
        when = _own_when(fact, asker) or _story_year(fact, asker)
        prompt = f"Who did {fact.subject} get engaged to{' in ' + when if when else ''}?"
        explanation = f"{fact.subject} got engaged to {fact.value}."
    elif status == "ex" or fact.relation.startswith("ex"):
        word = fact.relation if fact.relation.startswith("ex-") else "ex"
        exes = {
            f.value
            for f in asker.findings.facts
            if f.kind == "partner" and f.subject == fact.subject and f.get("status") == "ex"
        }
        if len(exes) > 1:
            prompt = (
                f"Which of these is one of {possessive(fact.subject)} "
                f"{plural(word) if word != 'ex' else 'exes'}?"
            )
        else:
            prompt = f"Who is {possessive(fact.subject)} {word}?"
        explanation = f"{fact.value} is {possessive(fact.subject)} {word}."
    elif status == "coparent":
        kid, kid_relation = fact.get("child"), fact.get("child_relation", "child")
        parent_word = {"M": "father", "F": "mother"}.get(sex, "other parent")
        if not kid or _pair_facts(fact, asker, ("spouse",), ()):
            return []  # "Who is the father of her daughter?" is idle when they are married
        prompt = f"Who is the {parent_word} of {possessive(fact.subject)} {kid_relation} {kid}?"
        explanation = (
            f"{fact.value} is the {parent_word} of {possessive(fact.subject)} {kid_relation} {kid}."
        )
    elif status == "affair":
        prompt = f"Who was {fact.subject} reported to be having an affair with?"
        explanation = f"{fact.subject} was reported to be having an affair with {fact.value}."
    else:
        when = anchor(fact, asker.findings)
        if not when or _pair_facts(fact, asker, ("spouse", "partner"), ("engaged",)):
            return []  # married or engaged since: "who was X dating" would undersell it
        prompt = f"Who was {fact.subject} dating in {when}?"
        explanation = f"{fact.subject} was dating {fact.value} in {when}."
    q = draft(
        fact,
        asker,
        kind="partner",
        prompt=prompt,
        spec=spec,
        explanation=explanation,
        pool=pool,
        bump=_named_elsewhere(fact, asker),
    )
    return [q] if q else []


def _child_facts(asker: Asker, parent: str) -> list[Fact]:
    """Every named child of a parent, however the article groups the parents."""
    return [
        f
        for f in asker.findings.facts
        if f.kind == "child" and parent in members(f.subject) and f.get("form") != "newborn"
    ]


def _best_parent(fact: Fact, asker: Asker) -> str:
    """The parent a child's question names: the story's star, then the star's partner, then
    the first parent the article gives (one question per child, not one per parent)."""
    main = asker.main
    partners = {
        f.value
        for f in asker.findings.facts
        if f.kind in ("spouse", "partner") and f.subject == main
    }
    parents = [
        p
        for f in asker.findings.facts
        if f.kind == "child" and f.value == fact.value
        for p in members(f.subject)
    ]
    for pick in (main, *sorted(partners)):
        if pick in parents:
            return pick
    return parents[0] if parents else members(fact.subject)[0]


@generator("child")
def ask_child(fact: Fact, asker: Asker) -> list[Question]:
    """'What is the name of Tyson Fury's daughter born in 2021?', 'Which is one of X's sons?'."""
    if fact.get("form") == "newborn":
        return _ask_newborn(fact, asker)
    parent = _best_parent(fact, asker)
    same = [
        f
        for f in asker.findings.facts
        if f.kind == "child" and f.value == fact.value and parent in members(f.subject)
    ]
    # The parent's own fact, the one about the birth, the first the article gives.
    same.sort(key=lambda f: (f.subject != parent, f.get("event") != "birth", f.evidence.index))
    chosen = same[0] if same else None
    if chosen is not fact:
        return []  # the same child is asked once, through its best-known parent
    if not _known(parent, asker):
        return []  # "What is the name of George's son?": a fan cannot tell who George is
    first = parent.split()[-1] if len(parent.split()) == 1 else parent.split()[0]
    if contains_phrase(fact.value, first) and len(fact.value.split()) > 1:
        return []  # "Prince Tyson Fury II" is his father's namesake: the name answers itself
    # Any fact about the child that says son or daughter says it for all of them.
    relation = next((f.relation for f in same if f.relation in ("son", "daughter")), "child")
    sex = {"son": "M", "daughter": "F"}.get(relation, "")
    if not sex:
        # Options follow the name's own sex when the article does not say it ("Peter", listed
        # among "seven big sisters", is a boy's name); given names that disagree ("Harper
        # Grace") say nothing.
        votes = {first_name_vote(part) for part in fact.value.split()[:2]} - {("", 0)}
        sure = {g for g, w in votes if w == 2}
        sex = next(iter(sure)) if len(sure) == 1 and len({g for g, _w in votes}) == 1 else ""
    # The partner's children count too: "the daughter" must be the couple's only one.
    partners = {
        f.value
        for f in asker.findings.facts
        if f.kind in ("spouse", "partner")
        and f.subject == parent
        and f.get("status") not in ("ex", "coparent")
    }
    siblings = {f.value: f for p in (parent, *sorted(partners)) for f in _child_facts(asker, p)}
    # A child of unsaid sex may be another son or daughter: "the son" must be the only one.
    same_kind = [
        f
        for f in siblings.values()
        if f.relation in (relation, "child", "baby", "kid") or relation == "child"
    ]
    # An unnamed newborn of the same sex is another one: "her daughter" is then unclear.
    same_kind += [
        f
        for f in asker.findings.facts
        if f.kind == "child"
        and f.get("form") == "newborn"
        and relation in ("son", "daughter")
        and f.relation == relation
        and set(members(f.subject)) & {parent, *partners}
        and not fact.get("event") == "birth"
    ][:1]
    avoid = set(siblings) | asker.relatives(parent) | {parent}
    for p in members(fact.subject):
        avoid |= asker.relatives(p)
    surname = parent.split()[-1] if len(parent.split()) > 1 else ""
    kind_of_name = "first_name" if len(fact.value.split()) == 1 else "person"
    spec = Spec(
        kind_of_name,
        fact.value,
        sex=sex,
        relation="child",
        subject=parent,
        surname=surname,
        avoid=frozenset(avoid - {fact.value}),
    )
    words = {t.lower().strip(",.") for t in fact.evidence.text.split()}
    born = fact.get("event") == "birth"
    when = _written_month(fact, asker) if born else ""
    if born and not when:
        when = _story_year(fact, asker)  # "her daughter" ages: she may have had more since
    whose = possessive(parent)
    if len(same_kind) == 1 and _has_more(fact, asker, parent, relation):
        same_kind = [*same_kind, fact]  # "has three children, including Jack": one of several
    if born and when:
        # The birth's month picks the one child out, however many the parent has.
        prompt = (
            f"What is the name of {whose} {relation} born in {when}?"
            if words & {"born", "birth", "arrived"}
            else f"What did {parent} name the {relation} "
            f"{pronoun(asker.findings.cast.sex(parent))} welcomed in {when}?"
        )
    elif len(same_kind) == 1:
        prompt = f"What is the name of {whose} {relation}?"
        place = which_child(asker.findings, parent, fact.value, relation)
        if place.endswith(" child"):
            # "their third child" with one son named: the other two are unnamed, maybe sons.
            prompt = f"What is the name of {whose} {place}?"
        tie = _shared_with(fact, asker, parent)
        if tie:
            # "X and Y share one son": the couple's only son, maybe not X's only one. The tie,
            # not the name, so that the spouse question keeps its answer.
            prompt = f"What is the name of {whose} {relation} with {tie}?"
    else:
        prompt = f"Which of these is the name of one of {whose} {plural(relation)}?"
    explanation = f"{fact.value} is {whose} {relation}."
    # A child whose age the article gives is asked through the age ("How old was X's son
    # Theo?"), which names the child: the name question then gives way.
    # Only when the age must name the child (two sons): with one son, "How old was her son?"
    # names nobody and both questions fit in the pack.
    aged = (
        any(f.kind == "age" and f.subject == fact.value for f in asker.findings.facts)
        and len(same_kind) > 1
    )
    bump = (1.1 if born else 1.0) * (0.6 if aged else 1.0)
    q = draft(
        fact,
        asker,
        kind="child",
        prompt=prompt,
        spec=spec,
        explanation=explanation,
        bump=bump,
    )
    return [q] if q else []


def _shared_with(fact: Fact, asker: Asker, parent: str) -> str:
    """'her husband' when the article gives the child as the couple's ("X and Y share one
    son") and Y is the spouse or partner the parent is still with; '' otherwise."""
    for f in asker.findings.facts:
        if f.kind != "child" or f.value != fact.value or " and " not in f.subject:
            continue
        if not _TOGETHER.search(f.evidence.text):
            continue  # "their son": only "share" or "together" sets the couple's children apart
        others = [p for p in members(f.subject) if p != parent]
        if len(others) != 1 or parent not in members(f.subject):
            continue
        ties = [
            g.relation
            for g in asker.findings.facts
            if g.kind in ("spouse", "partner")
            and g.subject == parent
            and g.value == others[0]
            and g.get("status") not in ("ex", "coparent")
        ]
        his = pronoun(asker.findings.cast.sex(parent), "possessive")
        if ties and ties[0] in _PARTNER_WORDS and his != "their":
            return f"{his} {ties[0]}"
    return ""


_TOGETHER = re.compile(r"\b(?:share[sd]?|sharing|together)\b", re.I)
_PARTNER_WORDS = frozenset({"husband", "wife", "fiancé", "fiancée", "boyfriend", "girlfriend"})


def _known(person: str, asker: Asker) -> bool:
    """Someone a fan can place: the story's star, the star's partner or relative, a star."""
    main = asker.main
    if person == main or person in asker.relatives(main):
        return True
    record = asker.findings.cast.person(person)
    return bool(record and record.famous)


def _has_more(fact: Fact, asker: Asker, parent: str, relation: str) -> bool:
    """True when the article says the parent has more than one such child: a count above one
    ("has three children", "four children together") or "including"/"one of" before the name."""
    nouns = {"child": ("children", "kids"), "son": ("sons",), "daughter": ("daughters",)}[relation]
    for f in asker.findings.facts:
        if f.kind == "number" and parent in members(f.subject) and f.get("noun") in nouns:
            digits = "".join(ch for ch in f.value if ch.isdecimal())
            if digits and int(digits) > 1:
                return True
    text = fact.evidence.text.lower()
    return any(f"{n}, including" in text or f"{n} including" in text for n in nouns)


_NEWBORN_SWAP = {"boy": "girl", "girl": "boy", "son": "daughter", "daughter": "son"}


def _ask_newborn(fact: Fact, asker: Asker) -> list[Question]:
    """'What did Emmy Rossum welcome in May 2023?' -> 'a baby boy' (a girl, twin boys or girls)."""
    words = fact.value.split()
    noun = words[-1]
    other = _NEWBORN_SWAP.get(noun)
    if (
        not other
        or len(members(fact.subject)) > 1
        or fact.subject != _best_newborn_parent(fact, asker)
    ):
        return []
    if any(
        f.get("event") == "birth" and f.get("form") != "newborn"
        for f in _child_facts(asker, fact.subject)
    ):
        return []  # the baby is named too: "What is the name of her daughter?" says it all
    plural_of = {"boy": "boys", "girl": "girls", "son": "sons", "daughter": "daughters"}
    # Twins keep the key's words ("a little girl": "Little twin boys"), so no option is the
    # odd one out by its length.
    adjectives = words[1:-1] if words[0].lower() in ("a", "an") else words[:-1]
    wrong = [
        capitalise(" ".join([*words[:-1], other])),
        capitalise(" ".join([*adjectives, "twin", plural_of[noun]])),
        capitalise(" ".join([*adjectives, "twin", plural_of[other]])),
    ]
    when = _written_month(fact, asker)
    if not when and _has_older_children(fact, asker):
        return []  # "What did she welcome?" with an older girl: "A baby girl" is true too
    prompt = f"What did {fact.subject} welcome{' in ' + when if when else ''}?"
    spec = Spec("phrase", capitalise(fact.value), subject=fact.subject)
    explanation = f"{fact.subject} welcomed {fact.value}."
    q = draft(
        fact,
        asker,
        kind="child",
        prompt=prompt,
        spec=spec,
        explanation=explanation,
        pool=wrong,
        bump=0.9,
    )
    return [q] if q else []


def _has_older_children(fact: Fact, asker: Asker) -> bool:
    """True when the article gives the newborn's parent another child (named, counted or dated)."""
    parent = fact.subject
    for f in asker.findings.facts:
        if parent not in members(f.subject) or f is fact:
            continue
        if f.kind == "child" and f.get("form") != "newborn":
            return True
        if f.kind == "number" and f.relation in ("children", "kids") and f.value.isdecimal():
            if int(f.value) > 1:
                return True
        if f.kind == "date" and f.relation == "birth" and f.evidence != fact.evidence:
            return True
    return False


def _best_newborn_parent(fact: Fact, asker: Asker) -> str:
    """One question per birth: through the story's star when the star is a parent."""
    parents = [
        f.subject
        for f in asker.findings.facts
        if f.kind == "child"
        and f.get("form") == "newborn"
        and f.evidence.index == fact.evidence.index
    ]
    return asker.main if asker.main in parents else (parents[0] if parents else fact.subject)


@generator("parent", "sibling")
def ask_relative(fact: Fact, asker: Asker) -> list[Question]:
    """ "Who is Patrick Schwarzenegger's father?", "Who is Casey Affleck's brother?"."""
    cast = asker.findings.cast
    person = cast.person(fact.subject)
    partners = {
        f.value
        for f in asker.findings.facts
        if f.kind in ("spouse", "partner") and f.subject == asker.main
    }
    if " and " in fact.value or " and " in fact.subject:
        return []
    if (
        fact.subject != asker.main
        and fact.subject not in partners
        and not (person and person.famous)
    ):
        return []  # "Who is Poppy Lane's mother?": fans ask about the star's family, not a child's
    word = fact.relation or ("parent" if fact.kind == "parent" else "sibling")
    sex = {
        "mother": "F",
        "mom": "F",
        "mum": "F",
        "father": "M",
        "dad": "M",
        "sister": "F",
        "brother": "M",
    }.get(word, "") or cast.sex(fact.value)
    spec, pool = _person_spec(fact, asker, sex, fact.kind)
    surname = fact.subject.split()[-1]
    if len(fact.value.split()) >= 2 and fact.value.split()[-1] == surname and not spec.famous:
        # "Helen Brandt", mother of Theo Brandt: every option carries the family's name, or the
        # key alone would share it with the prompt.
        spec = dataclasses.replace(spec, surname=surname)
        pool = [p for p in pool if p.endswith(f" {surname}")]
    shown = {"mom": "mother", "mum": "mother", "dad": "father"}.get(word, word)
    others = [
        f
        for f in asker.findings.facts
        if f.kind == fact.kind and f.subject == fact.subject and f.relation == fact.relation
    ]
    prompt = (
        f"Who is {possessive(fact.subject)} {shown}?"
        if len(others) == 1
        else f"Which of these is one of {possessive(fact.subject)} {plural(shown)}?"
    )
    q = draft(
        fact,
        asker,
        kind=fact.kind,
        prompt=prompt,
        spec=spec,
        explanation=f"{fact.value} is {possessive(fact.subject)} {shown}.",
        pool=pool,
    )
    return [q] if q else []
