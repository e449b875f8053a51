"""Who each pronoun, descriptor ("the singer") and sentence is about; people's sex and roles."""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..model import Person
from . import lexicon
from .people import Mention, People, build_people, first_name_vote
from .reading import Reading, SentenceView

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PRONOUN_SEX = {
    "he": "M", "him": "M", "his": "M", "himself": "M",
    "she": "F", "her": "F", "hers": "F", "herself": "F",
}  # fmt: skip
COUPLE_WORDS = frozenset({"couple", "pair", "duo", "newlyweds", "lovebirds", "two"})
SUBJECTS = ("nsubj", "nsubjpass")


@dataclass
class Cast:
    """The people of an article with every reference to them resolved."""

    people: People
    # (sentence index, token index) -> canonical person, for names, pronouns and descriptors.
    refs: dict[tuple[int, int], str] = field(default_factory=dict)
    topics: dict[int, str] = field(default_factory=dict)  # sentence -> who it is about
    partner_of_main: str = ""  # the main subject's spouse or partner, for "the couple"

    @property
    def main(self) -> str:
        """The article's main subject."""
        return self.people.main

    def person(self, name: str) -> Person | None:
        """The record of a canonical name."""
        return self.people.persons.get(name)

    def sex(self, name: str) -> str:
        """'F', 'M' or ''."""
        return self.people.sex(name)

    def who(self, view: SentenceView, token: Token) -> str:
        """The person a token refers to: a name, a pronoun or a descriptor ('' if none)."""
        return self.refs.get((view.index, token.i), "")

    def topic(self, view: SentenceView) -> str:
        """Who the sentence is about (its subject), '' when unclear."""
        return self.topics.get(view.index, "")


def _clause_subject(token: Token) -> Token | None:
    """The subject of the clause a token stands in."""
    head = token
    for _ in range(6):
        subj = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        if subj is not None and subj.i != token.i:
            return subj
        if head.head == head:
            return None
        head = head.head
    return None


def _own_clause_subject(token: Token) -> Token | None:
    """The subject of the nearest verb above a token, if that verb has one."""
    head = token.head
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX"):
            return next((c for c in head.children if c.dep_ in SUBJECTS and c.i != token.i), None)
        if head.head == head:
            return None
        head = head.head
    return None


def _descriptor_head(token: Token) -> bool:
    """True for 'singer' in 'the singer' / 'the 30-year-old' (a definite description)."""
    heads = lexicon.word_set("descriptor_heads")
    low = token.text.lower()
    if low not in heads and not low.endswith("-year-old"):
        return False
    if token.tag_ not in ("NN", "NNS", "JJ", "NNP"):
        return False
    det = [c for c in token.children if c.dep_ == "det"]
    if any(c.dep_ == "appos" and c.tag_ in ("NNP", "NNPS") for c in token.children):
        return False  # "the 2019 winner, Dua Lipa": the name says who
    return bool(det) and det[0].text.lower() in ("the", "this")


@functools.cache
def _sex_words() -> dict[str, str]:
    """Words that say the sex of the person they name: kin and role nouns, titles."""
    out = {w: k.sex for w, k in lexicon.kin().items() if k.sex}
    for sex, words in (
        ("F", lexicon.word_set("female_roles")),
        ("M", lexicon.word_set("male_roles")),
    ):
        for w in words:
            out[w] = sex
            for form in lexicon.plural_forms(w):
                out.setdefault(form, sex)  # "actresses Ada Quill and Meg Ryan"
    out.update({w: s for w, s in lexicon.data()["honorifics"].items() if s})
    return out


def _linked_words(doc: Doc, m: Mention, view: SentenceView) -> list[Token]:
    """Words the parse ties to a name: the word before it ("wife Tiffany", "Mrs Smith"), its
    modifiers, and the noun it is apposed to ("his wife of 9 years, Odile")."""
    head = doc[m.end - 1]
    out: list[Token] = []
    if m.start > view.span.start:
        out.append(doc[m.start - 1])
    out += [
        c
        for c in head.children
        if c.dep_ in ("compound", "amod", "nmod", "appos") and c.i < m.start
    ]
    if head.dep_ == "appos":
        out.append(head.head)
    out += [doc[i] for i in range(m.start, m.end - 1)]  # "Princess Eugenie"
    # "Mr. and Mrs. Smith" names a couple by its surname: neither title is this person's.
    honorifics = lexicon.data()["honorifics"]
    return [
        t
        for t in out
        if not (
            t.text.lower() in honorifics
            and t.i > view.span.start
            and doc[t.i - 1].text.lower() in ("and", "&")
        )
    ]


_OBJECT_DEPS = frozenset({"dobj", "pobj", "iobj", "dative"})


def _stands_for_an_object(tok: Token) -> bool:
    """True for 'her' in 'swept her off her feet': an object pronoun, or a possessive in a
    clause whose object is the same pronoun."""
    if tok.dep_ in _OBJECT_DEPS:
        return True
    if tok.dep_ != "poss":
        return False
    for head in tok.ancestors:
        if head.tag_.startswith("VB"):
            return any(
                c.dep_ in _OBJECT_DEPS and c.lower_ in PRONOUN_SEX
                and PRONOUN_SEX[c.lower_] == PRONOUN_SEX[tok.lower_]
                for c in head.children
            )  # fmt: skip
    return False


def _vote_sexes(reading: Reading, people: People) -> dict[str, str]:
    """Each person's sex from titles, kin nouns, role nouns, pronouns and first names."""
    votes: dict[str, Counter[str]] = {n: Counter() for n in people.persons}
    words = _sex_words()
    previous: str = ""  # the one person the last sentence named, for "She said ..." after it
    for view in reading.sents:
        mentions = people.mentions.get(view.index, [])
        doc = view.span.doc
        for m in mentions:
            for tok in dict.fromkeys(_linked_words(doc, m, view)):
                sex = words.get(tok.text.lower()) or words.get(tok.text.lower().rstrip("."))
                if sex and not view.in_quote(tok):
                    votes[m.person][sex] += 3
        named = {m.person for m in mentions if not view.in_quote(doc[m.start])}
        owner_of = {i: m.person for m in mentions for i in range(m.start, m.end)}
        voted: set[int] = set()
        for tok in view.tokens:
            # "Holt and his wife were wed", "Holt confirmed that he ...": a pronoun whose
            # clause (or governing clause) has a name for its subject stands for that name.
            sex = PRONOUN_SEX.get(tok.text.lower())
            if sex and not view.in_quote(tok) and not _stands_for_an_object(tok):
                # An object pronoun, or a possessive beside one, is someone else than the
                # clause's subject: "how Bo walked her to her car".
                # With two people named, only the pronoun's own clause says whose it is:
                # in "Ann told Bo that he golfed with her father", "her" is not Ann's.
                subj = _clause_subject(tok) if len(named) < 2 else _own_clause_subject(tok)
                if subj is not None and subj.i in owner_of and subj.i < tok.i:
                    votes[owner_of[subj.i]][sex] += 2  # as telling as a first name
                    voted.add(tok.i)
        if len(named) == 1:
            # A sentence about one named person: the pronouns that stand for its subject (the
            # clause's subject, or a possessive in a clause the person leads) say their sex.
            person = next(iter(named))
            for tok in view.tokens:
                sex = PRONOUN_SEX.get(tok.text.lower())
                if not sex or view.in_quote(tok) or tok.i < mentions[0].start or tok.i in voted:
                    continue
                if tok.dep_ in SUBJECTS or tok.dep_ == "poss":
                    votes[person][sex] += 1  # "tributes to Halden Cross, following his death"
        elif not named and (previous or people.main in votes):
            opener = next((t for t in view.tokens if t.dep_ in SUBJECTS), None)
            if opener is not None and opener.text.lower() not in PRONOUN_SEX:
                opener = next(
                    (c for c in opener.children if c.dep_ == "poss"), opener
                )  # "His agent said"
            sex = (
                PRONOUN_SEX.get(opener.text.lower(), "")
                if opener is not None and not view.in_quote(opener)
                else ""
            )
            if sex:
                # "Cardi B filed ... She is asking for ...": the one person just named, else
                # the story's subject (a star named once, then "he" throughout).
                votes[previous or people.main][sex] += 1
        previous = next(iter(named)) if len(named) == 1 else ""
    out = {}
    for name, count in votes.items():
        first = name.split()[0]
        if first.lower() in lexicon.word_set("royal_titles") and len(name.split()) > 1:
            first = name.split()[1]
        guess, weight = first_name_vote(first)
        if guess:
            count[guess] += weight
        top = count.most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            out[name] = top[0][0]
    return out


def _roles(reading: Reading, people: People) -> dict[str, list[str]]:
    """Role nouns written next to a name: 'rapper Offset', 'Offset, a rapper'."""
    roles = set(lexicon.roles()) | lexicon.word_set("associates")  # "bandmate Una Healy" too
    out: dict[str, list[str]] = {n: [] for n in people.persons}
    for view in reading.sents:
        doc = view.span.doc
        for m in people.mentions.get(view.index, []):
            head = doc[m.end - 1]
            # The noun right before the name ("rapper Offset", "country singer Tom Hale") or
            # an apposition ("Offset, a rapper,").
            near = [doc[m.start - 1]] if m.start > view.span.start else []
            if m.start - 2 >= view.span.start and doc[m.start - 1].text.lower() in lexicon.kin():
                near.append(doc[m.start - 2])  # "rapper husband Offset"
            near += [
                c
                for c in head.children
                if c.dep_ in ("appos", "compound", "amod", "nmod") and not (m.start <= c.i < m.end)
            ]
            star_fields = lexicon.data()["star_fields"]
            for tok in near:
                word = tok.text.lower()
                if word in roles and not view.in_quote(tok):
                    out[m.person].append(word)
                    kind = doc[tok.i - 1].text.lower() if tok.i > view.span.start else ""
                    if word in lexicon.word_set("fame_roles") and kind in star_fields:
                        out[m.person].append(
                            star_fields[kind]
                        )  # "rugby star Ben Foden": an athlete
                        out[m.person].append(kind)  # ... and rugby is his genre
    return out


def build_cast(reading: Reading) -> Cast:
    """People, their sex and roles, and every resolved reference."""
    from .people import name_spans_in_title

    people = build_people(reading, name_spans_in_title(reading.article.title))
    sexes = _vote_sexes(reading, people)
    roles = _roles(reading, people)
    from ..distractors.people import famous

    people.persons = {
        n: replace(
            p,
            sex=sexes.get(n, "") or _bank_sex(n),
            roles=tuple(dict.fromkeys(roles.get(n, ()))),
            field=p.field or _field(roles.get(n, [])) or _bank_field(n),
            # A role noun says the press knows them ("the Factory Girl star", "rapper Offset").
            famous=bool(famous(n))
            or any(lexicon.roles().get(r) or r in lexicon.word_set("fame_roles")
                   for r in roles.get(n, [])),
        )
        for n, p in people.persons.items()
    }  # fmt: skip
    cast = Cast(people)
    _resolve(reading, cast)
    return cast


def _bank_sex(name: str) -> str:
    """A famous person's sex from the people bank ('' if not there)."""
    from ..distractors.people import famous

    entry = famous(name) or {}
    return str(entry.get("sex", ""))


def _bank_field(name: str) -> str:
    """A famous person's first field from the bank ('' if not there)."""
    from ..distractors.people import famous

    entry = famous(name) or {}
    fields = entry.get("fields") or []
    return (
        {"rapper": "singer", "musician": "singer", "comedian": "comedian"}.get(fields[0], fields[0])
        if fields
        else ""
    )


def _field(roles: list[str]) -> str:
    """The field most of a person's role nouns point to."""
    table = lexicon.roles()
    fields = Counter(table[r] for r in roles if table.get(r))
    return fields.most_common(1)[0][0] if fields else ""


def _resolve(reading: Reading, cast: Cast) -> None:
    """Fill refs and topics, sentence by sentence, keeping the last person of each sex."""
    people = cast.people
    recent: dict[str, str] = {}  # sex -> last person of that sex who was a subject
    named: dict[str, str] = {}  # sex -> last person of that sex named at all
    last: dict[str, str] = {}  # sex -> the one person of that sex the last sentence named
    babies: dict[str, str] = {}  # newborns the last sentence named -> the child word's sex
    for view in reading.sents:
        mentions = people.mentions.get(view.index, [])
        here = _newborns(view, mentions)
        for m in mentions:
            for i in range(m.start, m.end):
                cast.refs[(view.index, i)] = m.person
        for tok in view.tokens:
            if view.in_quote(tok) or (view.index, tok.i) in cast.refs:
                continue
            sex = PRONOUN_SEX.get(tok.text.lower())
            if sex:
                who = _newborn(tok, sex, cast, {**babies, **here}) or _antecedent(
                    view, tok, sex, cast, recent, last
                )
                if who:
                    cast.refs[(view.index, tok.i)] = who
            elif _demonym_head(tok):
                who = _by_nationality(view, tok, cast)
                if who:
                    cast.refs[(view.index, tok.i)] = who
            elif _descriptor_head(tok):
                who = _describe(view, tok, cast, {**named, **recent})
                if who:
                    cast.refs[(view.index, tok.i)] = who
            elif _possessed_kin(view, tok, cast):
                cast.refs[(view.index, tok.i)] = cast.main
        for m in mentions:
            if cast.sex(m.person):
                named[cast.sex(m.person)] = m.person
        by_sex: dict[str, set[str]] = {}
        for m in mentions:
            if not view.in_quote(view.span.doc[m.start]):
                by_sex.setdefault(cast.sex(m.person), set()).add(m.person)
        babies = here
        topic = _topic(view, cast)
        # A sentence with no one for its subject that names one person of a sex: the next
        # sentence's pronoun of that sex is that person, not an older subject. Not after a
        # quote's tail ("Welcome, Ivy!'"), whose marks may hide that it is quoted.
        last = (
            {}
            if topic or any(t.is_quote or t.text in ("'", "‘", "’") for t in view.span)
            else {sex: next(iter(who)) for sex, who in by_sex.items() if sex and len(who) == 1}
        )
        if topic:
            cast.topics[view.index] = topic
            sex = cast.sex(topic)
            if sex:
                recent[sex] = topic


def _newborns(view: SentenceView, mentions: list[Mention]) -> dict[str, str]:
    """People a sentence names right after a child word ("their son's name: Kit Vale",
    "daughter Ivy"), each with the sex the word gives ('' for "baby")."""
    words = lexicon.data()["child_words"]
    doc = view.span.doc
    out: dict[str, str] = {}
    for m in mentions:
        before = [doc[i] for i in range(max(view.span.start, m.start - 4), m.start)]
        kin = [t for t in before if t.text.lower() in words and not view.in_quote(t)]
        if kin and any(t.i > kin[-1].i and t.is_quote for t in before):
            continue  # '"Welcome, my son," Kit Vale wrote': the speaker, not the son
        if kin and not view.in_quote(doc[m.start]):
            out[m.person] = words[kin[-1].text.lower()]
    return out


def _newborn(tok: Token, sex: str, cast: Cast, babies: dict[str, str]) -> str:
    """'the date on which he was born' just after a son is named: the son, not his father
    (the one newborn named of a fitting sex, else '')."""
    head = tok.head
    doc = tok.doc
    after = doc[head.i + 1].lower_ if head.i + 1 < len(doc) else ""
    passive = tok.dep_ == "nsubjpass" and head.lower_ == "born"
    be = head.lower_ in ("was", "is", "'s")
    if not passive and not (tok.dep_ in SUBJECTS and be and after.rstrip("-") == "born"):
        return ""  # "he was born- May 5": the parse may take 'born-' for something else
    fits = [n for n, said in babies.items() if said in (sex, "") and cast.sex(n) in (sex, "")]
    return fits[0] if len(fits) == 1 else ""


def _verb_of(tok: Token) -> Token | None:
    """The nearest verb above a token."""
    node = tok
    for _ in range(8):
        if node.head == node:
            return None
        node = node.head
        if node.tag_.startswith("VB") and node.dep_ != "prep":
            return node  # "following his birth": 'following' is a preposition here
    return None


def _antecedent(
    view: SentenceView,
    tok: Token,
    sex: str,
    cast: Cast,
    recent: dict[str, str],
    last: dict[str, str] | None = None,
) -> str:
    """The person a pronoun refers to: the clause's subject, a nearer name, the last subject."""
    earlier = [
        cast.refs[(view.index, t.i)]
        for t in view.span
        if t.i < tok.i and (view.index, t.i) in cast.refs and not view.in_quote(t)
    ]
    fitting = [p for p in earlier if cast.sex(p) in (sex, "")]
    subj = _clause_subject(tok)
    if subj is not None:
        owner = cast.refs.get((view.index, subj.i), "")
        if owner and cast.sex(owner) in (sex, "") and subj.i < tok.i:
            return owner
    if len({p for p in fitting if cast.sex(p) == sex}) > 1:
        # "waited before announcing Prince Edmund's name following his birth": one name of
        # that sex in the pronoun's own verb phrase is the one it stands for.
        own = _verb_of(tok)
        near = {
            cast.refs[(view.index, t.i)]
            for t in view.span
            if t.i < tok.i
            and (view.index, t.i) in cast.refs
            and t.tag_ in ("NNP", "NNPS", "POS")
            and not view.in_quote(t)
            and own is not None
            and _verb_of(t) == own
            and cast.sex(cast.refs[(view.index, t.i)]) == sex
        }
        if len(near) == 1 and own is not None and own.tag_ == "VBG":
            return next(iter(near))
        return ""  # "a photo of the princess, shot by her mother, for her birthday": unclear
    if fitting:
        return fitting[-1]
    if earlier:
        return ""  # someone of the other sex is named first: do not guess
    if last and last.get(sex):
        return last[sex]  # "No word on Ada Vale's plans. She and Rook celebrated ..."
    if recent.get(sex):
        return recent[sex]
    main = cast.main
    return main if main and cast.sex(main) in (sex, "") else ""


def _describe(view: SentenceView, tok: Token, cast: Cast, recent: dict[str, str]) -> str:
    """Who 'the singer' / 'the 30-year-old' names: the main subject unless the sex rules it out,
    and never the subject of its own clause ("Rochelle wed the 28-year-old singer")."""
    word = tok.text.lower()
    if word in COUPLE_WORDS:
        return ""
    main = cast.main
    if not main:
        return ""
    exclude = set()
    if tok.dep_ not in SUBJECTS:
        subj = _clause_subject(tok)
        if subj is not None and subj.i < tok.i and cast.refs.get((view.index, subj.i)):
            exclude.add(cast.refs[(view.index, subj.i)])
    if tok.dep_ == "conj" and cast.refs.get((view.index, tok.head.i)):
        exclude.add(cast.refs[(view.index, tok.head.i)])  # "the weatherman and the journalist"
    # "the princess": someone the article calls Princess, else someone it calls a princess.
    titled = [n for n in cast.people.persons if n.split()[0].lower() == word]
    if titled and not main.lower().startswith(word):
        pick = max(titled, key=lambda n: (cast.people.persons[n].mentions, n))
        return "" if pick in exclude else pick
    # "the quarterback" when the story's star is a singer: the one quarterback it names.
    field = lexicon.roles().get(word, "")
    star = cast.person(main)
    roled = [n for n, p in cast.people.persons.items() if word in p.roles and n != main]
    if field and star is not None and star.field and star.field != field and len(roled) == 1:
        return "" if roled[0] in exclude else roled[0]
    want = (
        "F"
        if word in lexicon.word_set("female_roles")
        else "M"
        if word in lexicon.word_set("male_roles")
        else sex_after(view, tok)
    )
    pick = main
    if want and cast.sex(main) not in (want, ""):
        pick = recent.get(want, "")
    return "" if pick in exclude else pick


def _demonym_head(tok: Token) -> bool:
    """True for 'Spaniard' in 'after the Dane won the final': a nationality standing for a
    person, not one describing a noun ("the Canadian singer")."""
    if tok.text.lower() not in lexicon.data()["demonym_nouns"]:
        return False
    if tok.dep_ in ("amod", "compound", "nmod") or any(
        c.dep_ in ("appos", "compound") for c in tok.children
    ):
        return False  # "the Canadian star", "the Brit, Ada Vale": a noun or a name says who
    det = [c for c in tok.children if c.dep_ == "det"]
    return bool(det) and det[0].text.lower() in ("the", "this")


def _country(name: str) -> str:
    """A famous person's country code from the people bank ('' if not there)."""
    from ..distractors.people import famous

    return str((famous(name) or {}).get("country", ""))


def _by_nationality(view: SentenceView, tok: Token, cast: Cast) -> str:
    """Who 'the Spaniard' names: the story's star when the star is of that nationality and
    no one else the article names is known to be; '' otherwise."""
    word = tok.text.lower()
    main = cast.main
    code = lexicon.data()["demonym_nouns"][word]
    if not main or _country(main) != code:
        return ""
    if any(_country(n) == code for n in cast.people.persons if n != main):
        return ""  # two of that nationality: "the Brit" could be either
    want = "F" if word.endswith("woman") else "M" if word.endswith("man") else ""
    if want and cast.sex(main) not in (want, ""):
        return ""
    subj = _clause_subject(tok)
    if tok.dep_ not in SUBJECTS and subj is not None and subj.i < tok.i:
        if cast.refs.get((view.index, subj.i)) == main:
            return ""  # "Vale beat the Spaniard": the subject is someone else than the object
    return main


def _possessed_kin(view: SentenceView, tok: Token, cast: Cast) -> bool:
    """'Ben Affleck's brother was up against ...', 'The late Queen's niece, 29, and
    husband Tom welcomed ...': a relative named by whose relative they are, as the subject of
    the sentence, is the story's star when the kin noun fits the star's sex."""
    kin = lexicon.kin().get(tok.text.lower())
    main = cast.main
    if kin is None or not main or tok.dep_ not in SUBJECTS or tok.tag_ != "NN":
        return False
    if kin.sex and cast.sex(main) not in (kin.sex, ""):
        return False
    if any(c.dep_ in ("appos", "compound") and c.tag_ in ("NNP", "NNPS") for c in tok.children):
        return False  # "Rook's wife Sienna": the name says who
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if (
        poss is None
        or poss.text.lower() in PRONOUN_SEX
        or poss.text.lower() in ("their", "its", "my", "our", "your")
    ):
        return False
    owner = cast.refs.get((view.index, poss.i), "")
    return owner != main and (bool(owner) or poss.tag_ in ("NNP", "NNPS"))


def sex_after(view: SentenceView, tok: Token) -> str:
    """The sex a pronoun later in the descriptor's own clause gives it ("the 57-year-old actor
    has a son as well from his first marriage")."""
    for t in view.tokens:
        sex = PRONOUN_SEX.get(t.text.lower())
        if t.i > tok.i and sex and not view.in_quote(t):
            subj = _clause_subject(t)
            if subj is not None and subj.i == tok.i:
                return sex
    return ""


def _is_age_descriptor(subj: Token) -> bool:
    """'The 32-year-old' as a subject: the story's star described by age."""
    words = [t.text.lower() for t in subj.subtree][:6]
    return (
        len(words) >= 4
        and words[0] in ("the", "this")
        and "old" in words
        and ("year" in words or "-year-old" in " ".join(words))
    )


def _topic(view: SentenceView, cast: Cast) -> str:
    """The resolved subject of the sentence's root, else the first person it names."""
    root = view.span.root
    subj = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    if (
        subj is not None
        and _is_age_descriptor(subj)
        and not any((view.index, t.i) in cast.refs for t in subj.subtree)
    ):
        return cast.main
    if subj is not None:
        for tok in subj.subtree:
            who = cast.refs.get((view.index, tok.i))
            if who and not view.in_quote(tok):
                # "Riva's wife, Elena, gave birth": the relative, not the possessor.
                if any(c.dep_ == "poss" for c in tok.head.children if c.i == tok.i):
                    continue
                return who
    if (
        subj is None
        and view.tokens
        and cast.refs.get((view.index, view.tokens[0].i))
        and view.tokens[0].head == root
    ):
        return cast.refs[
            (view.index, view.tokens[0].i)
        ]  # "Okafor shares sons ...", misparsed: the name it opens with
    for tok in view.tokens:
        who = cast.refs.get((view.index, tok.i))
        if (
            who
            and not view.in_quote(tok)
            and tok.dep_ not in ("pobj", "dobj", "appos", "conj", "compound")
            or (who and tok.dep_ == "compound" and tok.head.dep_ in SUBJECTS)
        ):
            return who
    return ""
