"""What every fact rule shares: the findings it writes to, and walks over the parse."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Fact
from .coref import Cast
from .reading import Reading, SentenceView

if TYPE_CHECKING:
    from spacy.tokens import Token

Rule = Callable[["Findings"], None]
RULES: list[Rule] = []


LATE_RULES: list[Rule] = []  # rules that read the facts every other rule found


def rule(fn: Rule) -> Rule:
    """Register a fact rule; rules run in the order their modules are imported."""
    RULES.append(fn)
    return fn


def late_rule(fn: Rule) -> Rule:
    """Register a fact rule that runs after all the others ("the sitcom" is the title the
    works rules read from the same sentence)."""
    LATE_RULES.append(fn)
    return rule(fn)


@dataclass
class Findings:
    """One article's reading, its cast and the facts the rules found so far."""

    reading: Reading
    cast: Cast
    facts: list[Fact] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # rules that failed on this article

    def add(
        self, kind: str, subject: str, value: str, view: SentenceView, **detail: str | float
    ) -> None:
        """Record a fact read from a sentence (empty subjects or values are dropped)."""
        value = " ".join(value.split()).strip(" ,;:")
        if not subject or not value or subject == value:
            return
        weight = float(detail.pop("weight", 1.0))
        relation = str(detail.pop("relation", ""))
        support = tuple(str(s) for s in str(detail.pop("support", "")).split("|") if s)
        pairs = tuple(sorted((k, str(v)) for k, v in detail.items() if v not in ("", None)))
        self.facts.append(
            Fact(kind, subject, value, view.sentence, relation, pairs, support, weight)
        )

    def sentences(self) -> Iterator[SentenceView]:
        """The body's sentences in order."""
        yield from self.reading.sents


def who(f: Findings, view: SentenceView, tok: Token) -> str:
    """The person a token names or refers to ('' if none)."""
    return f.cast.who(view, tok)


def person_in(f: Findings, view: SentenceView, tokens: Iterator[Token] | list[Token]) -> str:
    """The first person named among tokens (pronouns aside: in "her baby boy Ernest" the
    person named is Ernest, not the mother "her" stands for)."""
    for t in tokens:
        if t.text.lower() in PRONOUNS:
            continue
        p = f.cast.who(view, t)
        if p:
            return p
    return ""


def person_after(f: Findings, view: SentenceView, tok: Token, within: int = 3) -> tuple[str, int]:
    """A person named right after tok (a comma or 'named' may come between): (name, end)."""
    doc = view.span.doc
    i = tok.i + 1
    skipped = 0
    while i < view.span.end and skipped < within:
        p = f.cast.who(view, doc[i])
        if p and doc[i].text.lower() not in PRONOUNS:
            end = i
            while end < view.span.end and f.cast.who(view, doc[end]) == p:
                end += 1
            return p, end
        if doc[i].text in (",", "named", "called", "–", "—", ":") or doc[i].tag_ in (
            "DT",
            "JJ",
            "CD",
            "PRP$",
        ):
            i += 1
            skipped += 1
            continue
        break
    return "", tok.i


def owner(f: Findings, view: SentenceView, noun: Token) -> str:
    """Whose the noun is: a possessive ("his wife", "Rook's wife", "the couple's son")."""
    for child in noun.children:
        if child.dep_ == "poss" and child.text.lower() in COUPLE_WORDS:
            return couple(f) or f.cast.main
        if child.dep_ == "poss":
            p = f.cast.who(view, child)
            if not p:
                p = person_in(f, view, list(child.subtree))
            return p
    return ""


COUPLE_WORDS = frozenset({"couple", "pair", "duo", "newlyweds", "lovebirds", "two", "pals"})


def couple(f: Findings) -> str:
    """'A and B' for the main subject and their partner, as the article pairs them."""
    main = f.cast.main
    partner = next(
        (
            x.value
            for x in f.facts
            if x.kind in ("spouse", "partner") and x.subject == main and x.get("status") != "ex"
        ),
        "",
    )
    if not main or not partner:
        return ""
    # The order the article already uses for the pair, so that one couple is one subject.
    if any(x.subject == f"{partner} and {main}" for x in f.facts):
        return f"{partner} and {main}"
    return f"{main} and {partner}"


def band_of_story(f: Findings) -> str:
    """The band the article is about: the main subject if a band, else the main subject's band."""
    main = f.cast.main
    person = f.cast.person(main)
    if person is not None and person.field == "band":
        return main
    return next((x.value for x in f.facts if x.kind == "band" and x.subject == main), "")


def _age_descriptor(subj: Token) -> bool:
    """'The 32-year-old' (the star described by age) as a clause's subject."""
    words = [t.text.lower() for t in subj.subtree][:6]
    return (
        len(words) >= 4
        and words[0] in ("the", "this")
        and "old" in words
        and "year" in " ".join(words)
    )


def _couple_nearby(f: Findings, view: SentenceView) -> bool:
    """True when this sentence or the one before speaks of the couple."""
    for v in f.reading.sents[max(0, view.index - 1) : view.index + 1]:
        words = {t.text.lower() for t in v.tokens}
        if words & {"couple", "pair", "newlyweds"}:
            return True
    return False


def subject_token(tok: Token) -> Token | None:
    """The subject of the clause a token stands in (walking up to the first verb that has one)."""
    head = tok
    for _ in range(8):
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i != tok.i:
                return child
        if head.head == head:
            break
        head = head.head
    return None


def subject_of(f: Findings, view: SentenceView, tok: Token) -> str:
    """Who the clause a token stands in is about: its subject resolved (a person, or 'A and B'
    for a couple), else the sentence's topic."""
    subj = subject_token(tok)
    if subj is not None:
        from . import lexicon

        if (
            subj.text.lower() in lexicon.kin()
            and any(c.dep_ == "poss" for c in subj.children)
            and not f.cast.who(view, subj)
        ):
            named = [f.cast.who(view, c) for c in subj.children if c.dep_ == "appos"]
            return next((n for n in named if n), "")  # "Mirelle's baby daughter joins": the baby
        people = [f.cast.who(view, t) for t in subj.subtree if t.dep_ != "poss" or t == subj]
        people = [p for p in dict.fromkeys(people) if p]
        conj = [c for c in subj.children if c.dep_ == "conj"]
        if len(people) >= 2 and conj:
            return f"{people[0]} and {people[1]}"  # "Ballas and Jean began dating"
        if people:
            return people[0]
        if subj.text.lower() in COUPLE_WORDS and any(
            c.text.lower() == "the" for c in subj.children
        ):
            return couple(f)
        if subj.text.lower() in ("band", "group", "quartet", "trio", "duo", "quintet") and any(
            c.text.lower() == "the" for c in subj.children
        ):
            return band_of_story(f)  # "The group will perform the record in full at 17 venues"
        if _age_descriptor(subj):
            return f.cast.main  # "The 29-year-old welcomed a baby son"
        if subj.text.lower() == "they" and _couple_nearby(f, view):
            return couple(f)  # "whom they welcomed in August 2018", just after "the couple's baby"
        if subj.text.lower() in lexicon_works():
            return ""  # "the song was released": a work, asked about through its owner
        if subj.tag_ not in ("PRP",) and subj.text.lower() not in ("who", "which", "that"):
            return ""  # "photos that included ...": the clause is about a thing, not a person
        if subj.text.lower() in ("that", "which"):
            return ""
        if subj.text.lower() == "who" and subj.head.dep_ == "relcl":
            return f.cast.who(view, subj.head.head) or person_in(f, view, [subj.head.head])
    return f.cast.topic(view)


def lexicon_works() -> dict[str, str]:
    """Work nouns (imported late: the lexicon loads its data on first use)."""
    from . import lexicon

    return lexicon.works()


PRONOUNS = frozenset("he him his himself she her hers herself they them their".split())
