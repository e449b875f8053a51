"""Ages in every form: 'Cardi B, 27,', 'the 30-year-old', 'aged 32', 'at 46', 'turns 50'.

An age is true at one time only, so each fact records when it held: a date written in the
age's own clause ("Rochelle, 24, wed him in July 2012"), else the publication (an age given in
passing, "Shakira, 46, ..."), and whether it is a past age that only its event can anchor
("when they were both 22").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..dates import MONTHS, find_dates
from ..textutil import ordinal_value, to_int
from . import lexicon
from .base import PRONOUNS, Findings, couple, person_after, rule, subject_of, who
from .coref import sex_after
from .reading import SentenceView

if TYPE_CHECKING:
    from spacy.tokens import Token

_HYPHENATED = re.compile(r"^(\d{1,3}|[a-z]+(?:-[a-z]+)?)-(year|month|week|day)s?-old$", re.I)
_UNITS = ("year", "month", "week", "day")
MAX_AGE = 110
_OBJECTS = frozenset({"dobj", "pobj", "dative", "attr", "oprd", "conj"})
_DEATH = frozenset({"died", "dies", "die", "dying", "death", "dead", "passed", "passing"})
_BIRTHDAY = frozenset({"birthday", "turned", "turns", "turning", "turn"})
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def _unit_age(tokens: list[Token]) -> tuple[int, str, int] | None:
    """(number, unit, tokens used) for '5-year-old' or '5 - year - old' at the list's start."""
    first = tokens[0]
    m = _HYPHENATED.match(first.text)
    if m:
        n = to_int(m.group(1).replace("-", "-"))
        return (n, m.group(2).lower(), 1) if n is not None else None
    texts = [t.text.lower() for t in tokens[:5]]
    n = to_int(texts[0])
    if n is None or len(texts) < 3:
        return None
    if (
        len(texts) >= 5
        and texts[1] == "-"
        and texts[2].rstrip("s") in _UNITS
        and texts[3] == "-"
        and texts[4] == "old"
    ):
        return n, texts[2].rstrip("s"), 5
    if texts[1].rstrip("s") in _UNITS and texts[2] == "old":
        return n, texts[1].rstrip("s"), 3  # "30 years old"
    return None


def _value(n: int, unit: str) -> str:
    """'5' for years, '7 months' for a baby."""
    if unit == "year":
        return str(n)
    return f"{n} {unit}{'s' if n != 1 else ''}"


def _referent(f: Findings, view: SentenceView, noun: Token) -> str:
    """Whose age an '-year-old' phrase gives: the name, relative or description it modifies."""
    p = who(f, view, noun)
    if p:
        return p
    if noun.text.lower() in lexicon.kin():
        rel, _end = person_after(f, view, noun)
        return rel
    det = [c.text.lower() for c in noun.children if c.dep_ == "det"]
    if det and det[0] in ("a", "an"):
        return ""  # "a 32-year-old woman": someone unnamed
    if noun.text.lower() in lexicon.roles() or noun.text.lower() in lexicon.word_set(
        "descriptor_heads"
    ):
        if noun.dep_ in ("nsubj", "nsubjpass"):
            return subject_of(f, view, noun)
        return _partner_referent(f, view, noun)
    return ""


_ROMANCE = frozenset(
    {
        "marry",
        "wed",
        "date",
        "engage",
        "propose",
        "divorce",
        "split",
        "relationship",
        "engagement",
        "marriage",
        "romance",
    }
)


def _partners(f: Findings, person: str) -> list[str]:
    """The person's spouse or partner as far as the family rules found (exes aside)."""
    found = [
        x.value
        for x in f.facts
        if x.kind in ("spouse", "partner") and x.subject == person and x.get("status") != "ex"
    ]
    return list(dict.fromkeys(found))


def _partner_referent(f: Findings, view: SentenceView, noun: Token) -> str:
    """Who a description in object position names when it is the other half of a couple:
    "Rochelle wed the 28-year-old singer", "in a romance with the 31-year-old pro",
    "the 71-year-old forecaster and the 58-year-old reporter posted on Instagram"."""
    if noun.dep_ == "conj":
        first = noun.head
        me = who(f, view, first) or (
            f.cast.main if first.dep_ in ("nsubj", "nsubjpass") and _is_age_phrase(first) else ""
        )
        if not me:
            # The parser may hang the pair elsewhere: the nearest person named before "and".
            before = [
                t
                for t in view.tokens
                if t.i < noun.i
                and who(f, view, t)
                and t.text.lower() not in ("his", "her", "he", "she")
            ]
            me = who(f, view, before[-1]) if before else ""
        pair = couple(f)
        if me and pair and me in pair.split(" and "):
            other = [p for p in pair.split(" and ") if p != me]
            return other[0] if other else ""
        return ""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    if lexicon.lemma_of(head.text) not in _ROMANCE and head.text.lower() not in _ROMANCE:
        return ""
    me = subject_of(f, view, head)
    partners = _partners(f, me) if me else []
    return partners[0] if len(partners) == 1 else ""


def _is_age_phrase(noun: Token) -> bool:
    """True for the head of "the 69-year-old weatherman"."""
    return any(_HYPHENATED.match(c.text) or c.text.lower() == "old" for c in noun.children)


def _hypothetical(view: SentenceView) -> bool:
    """'would have celebrated his 60th birthday': an age that was never reached."""
    words = [t.text.lower() for t in view.tokens]
    return any(
        w in ("would", "could", "might") and i + 1 < len(words) and words[i + 1] == "have"
        for i, w in enumerate(words)
    )


def _verb_of(tok: Token) -> Token:
    """The verb whose clause a token stands in (the root when there is none)."""
    t = tok
    for _ in range(12):
        if t.tag_.startswith("VB") or t.head == t:
            return t
        t = t.head
    return t


def _someone_elses(noun: Token) -> bool:
    """'celebrated her daughter Ruby's sixth birthday': a named possessor, so not the age's own
    event (a bare 'her birthday' still is)."""
    return any(c.dep_ == "poss" and c.lower_ not in PRONOUNS for c in noun.children)


def _event(tok: Token) -> str:
    """The life event the age belongs to through the parse ('death', 'birthday') or ''."""
    chain = [tok, *tok.ancestors]
    words = {t.text.lower() for t in chain}
    verb = _verb_of(tok)
    words |= {
        c.text.lower()
        for c in verb.children
        if c.dep_ in ("dobj", "prep", "acomp") and not _someone_elses(c)
    }
    if words & _DEATH:
        return "death"
    if words & _BIRTHDAY:
        return "birthday"
    return ""


def _month_year(f: Findings, text: str) -> str:
    """'July 2012' for a date written in a clause; a month alone takes the story's year."""
    published = f.reading.published
    for _s, _e, value in find_dates(text):
        if value.year and value.month:
            return f"{MONTHS[value.month - 1]} {value.year}"
        if value.year:
            return str(value.year)
        if value.month and published is not None:
            year = published.year - (1 if value.month > published.month else 0)
            return f"{MONTHS[value.month - 1]} {year}"
    years = [w for w in text.split() if _YEAR.match(w)]
    return years[0] if years else ""


def _when(f: Findings, view: SentenceView, tok: Token) -> str:
    """The date written in the age's own clause ('' if none: a date of another clause in the
    sentence is not this age's time)."""
    verb = _verb_of(tok)
    for ent in view.span.ents:
        # "in a relationship since 2019": a span's start, not when the age held.
        if ent.root.head.text.lower() in ("since", "until", "till", "from", "before", "after"):
            continue
        if ent.label_ == "DATE" and _verb_of(ent.root) == verb:
            when = _month_year(f, ent.text)
            if when:
                return when
    return ""


def in_when_clause(verb: Token) -> bool:
    """True for the verb of a clause opened by 'when' ("when she was 22")."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "advmod" and c.text.lower() == "when" and c.i < verb.i for c in verb.children
    )


def _past_predicate(tok: Token) -> bool:
    """'when they were both 22', 'was 16 when ...': an age in a past clause of its own, which the
    publication date cannot anchor."""
    verb = _verb_of(tok)
    return (
        verb.tag_ == "VBD"
        and verb.dep_ in ("advcl", "relcl", "ccomp")
        and lexicon.lemma_of(verb.text) == "be"
    )


def _own_clause(f: Findings, view: SentenceView, tok: Token, person: str) -> str:
    """What the person did in the age's clause, if it is an event ("announced his album")."""
    from .clauses import clause_for

    for verb in dict.fromkeys((_verb_of(tok), view.span.root)):
        if lexicon.lemma_of(verb.text) in ("take", "go", "head") and any(
            c.dep_ == "prep" and c.text.lower() == "to" for c in verb.children
        ):
            continue  # "took to Instagram": where a post went, not what the person did
        if lexicon.lemma_of(verb.text) in lexicon.events() and subject_of(f, view, verb) == person:
            clause = clause_for(verb, view, f.cast, person)
            if clause is not None and not clause.passive:
                return clause.past()
    return ""


def _add(
    f: Findings, view: SentenceView, person: str, n: int, unit: str, how: str, tok: Token
) -> None:
    """Record an age within a person's plausible range, with when it held."""
    if (
        not person
        or " and " in person
        or n is None
        or not (0 < n <= MAX_AGE)
        or _hypothetical(view)
    ):
        return
    when = _when(f, view, tok)
    anchor = "clause" if when else "event" if _past_predicate(tok) else "published"
    if when and how in ("appositive", "hyphenated") and _well_before(f, when):
        # "Lane and Cruz, 34, got engaged in March 2023", written in 2024: news gives the age
        # someone is as the story runs, not their age at the event the clause dates.
        when, anchor = "", "current"
    f.add(
        "age", person, _value(n, unit), view, unit=unit, event=_event(tok), form=how, type="number",
        clause=_own_clause(f, view, tok, person), weight=1.2, when=when,
        # A date written for another clause is not this age's time; nor is the publication
        # the time of a past age ("when they were both 22").
        anchor=anchor,
    )  # fmt: skip


def _well_before(f: Findings, when: str) -> bool:
    """True when a clause's date ('March 2023', '2019') lies months before the story's date,
    or the story has no date to compare it with."""
    story = f.reading.story_date
    words = when.split()
    if story is None or story.year is None or not words or not words[-1].isdecimal():
        return True
    year = int(words[-1])
    month = MONTHS.index(words[0]) + 1 if len(words) == 2 and words[0] in MONTHS else 12
    return (story.year - year) * 12 + ((story.month or 12) - month) > 2


@rule
def hyphenated_ages(f: Findings) -> None:
    """'Ray Okafor's 5-year-old son Theo', 'the 27-year-old singer', 'Sajak, 76,'."""
    for view in f.sentences():
        toks = view.tokens
        for i, tok in enumerate(toks):
            if view.in_quote(tok):
                continue
            found = _unit_age(toks[i:])
            if found is not None:
                n, unit, used = found
                old = toks[i + used - 1]
                noun = old.head if old.dep_ in ("amod", "compound", "nummod") else old
                if noun == old and old.dep_ in ("acomp", "attr") and in_when_clause(old.head):
                    continue  # "when she was 10 years old": an age at an event (past_ages)
                if noun == old and old.dep_ in ("acomp", "attr"):
                    person = subject_of(f, view, old)  # "she is 30 years old"
                elif noun == old:
                    person = f.cast.topic(view) if old.dep_ in ("nsubj", "nsubjpass") else ""
                else:
                    person = _referent(f, view, noun)
                after = toks[i + used] if i + used < len(toks) else None
                # "wed the 28-year-old singer": an object is someone else than the story's star.
                subject = noun.dep_ not in _OBJECTS and not (
                    noun.dep_ == "conj" and noun.head.dep_ in _OBJECTS
                )
                if (
                    not person
                    and subject
                    and i > 0
                    and toks[i - 1].text.lower() == "the"
                    and (after is None or not who(f, view, after))
                ):
                    # "The 30-year-old admits ...", "the 27-year-old singer": the story's star,
                    # unless a pronoun of the other sex says the clause is about someone else.
                    said = sex_after(view, noun)
                    if not said or f.cast.sex(f.cast.main) in (said, ""):
                        person = f.cast.main
                _add(f, view, person, n, unit, "hyphenated", old)
                continue
            if tok.like_num and i >= 2 and toks[i - 1].text == ",":
                _appositive(f, view, toks, i)
            elif (
                tok.like_num
                and i >= 3
                and toks[i - 1].text.lower() == "now"
                and toks[i - 2].text == ","
            ):
                _appositive(f, view, [*toks[: i - 1], *toks[i:]], i - 1)  # "Ivy June, now 7"


def _appositive(f: Findings, view: SentenceView, toks: list[Token], i: int) -> None:
    """'Cardi B, 27, is asking', 'June Marie, 7, and', 'Ivy Rose, 7 months,'."""
    n = to_int(toks[i].text)
    if n is None:
        return
    person = who(f, view, toks[i - 2])
    if not person and toks[i - 2].tag_ in ("NN", "NNP") and toks[i - 2].dep_ == "conj":
        # "the reality star, 38, and the rock band drummer, 47": the partner.
        person = _partner_referent(f, view, toks[i - 2])
    if not person:
        return
    unit = "year"
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.text.lower().rstrip("s") in _UNITS[1:]:
        unit = nxt.text.lower().rstrip("s")
        nxt = toks[i + 2] if i + 2 < len(toks) else None
    if nxt is not None and nxt.text not in (",", ".", ")", ";", "and", "—", "–"):
        return  # "Smith, 27 points" is no age
    _add(f, view, person, n, unit, "appositive", toks[i - 2])


def _owner_of_event(f: Findings, view: SentenceView, tok: Token) -> str:
    """Whose death or birthday an age in "his passing at the age of 81" belongs to."""
    for anc in tok.ancestors:
        if anc.text.lower() in _DEATH | _BIRTHDAY | {"age"} and anc.tag_.startswith("NN"):
            owner = next((who(f, view, c) for c in anc.children if c.dep_ == "poss"), "")
            if owner:
                return owner
        if anc.tag_.startswith("VB"):
            break
    return ""


@rule
def phrase_ages(f: Findings) -> None:
    """'aged 32', 'at the age of 46', 'died at 46', 'turned 17', 'his 50th birthday'."""
    for view in f.sentences():
        toks = view.tokens
        for i, tok in enumerate(toks):
            if view.in_quote(tok) or not (tok.like_num or ordinal_value(tok.text)):
                continue
            prev = [t.text.lower() for t in toks[max(0, i - 4) : i]]
            n = to_int(tok.text)
            if n is not None and (
                prev[-1:] == ["aged"]
                or prev[-3:] == ["the", "age", "of"]
                or prev[-2:] in (["died", "at"], ["dies", "at"])
            ):
                _add(
                    f,
                    view,
                    _owner_of_event(f, view, tok) or subject_of(f, view, tok),
                    n,
                    "year",
                    "phrase",
                    tok,
                )
            elif n is not None and prev[-1:] and prev[-1] in ("turned", "turns", "turning"):
                _add(f, view, subject_of(f, view, tok), n, "year", "turned", tok)
            else:
                nth = ordinal_value(tok.text)
                after = toks[i + 1] if i + 1 < len(toks) else None
                if nth and after is not None and after.text.lower() == "birthday":
                    # "her 17th birthday", "the 12th birthday of her son Anton".
                    poss = next((c for c in after.children if c.dep_ == "poss"), None)
                    whose = who(f, view, poss) if poss is not None else ""
                    if poss is not None and not whose:
                        continue  # "her 17th birthday" with two women in the sentence: unclear
                    of = next(
                        (c for c in after.children if c.dep_ == "prep" and c.text.lower() == "of"),
                        None,
                    )
                    if not whose and of is not None:
                        whose = _of_person(f, view, of)
                    _add(f, view, whose or subject_of(f, view, tok), nth, "year", "birthday", after)


def _of_person(f: Findings, view: SentenceView, of: Token) -> str:
    """The person an 'of' phrase names ("of her daughter Princess Isabella"): the name, not the
    possessive pronoun in front of it."""
    for t in of.subtree:
        if t.dep_ == "poss" or t.text.lower() in ("his", "her", "their"):
            continue
        p = who(f, view, t)
        if p:
            return p
    return ""
