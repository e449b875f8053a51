"""Places tied to what happened there: birthplace, hometown, wedding, proposal, death, shows.

A place is read at the level the article writes it ("Vero Beach, Fla.", "the Ritz-Carlton",
"Portofino, Italy") from three shapes: a place phrase under an event verb or noun ("tied the
knot at the Ritz-Carlton in Denver", "his baptism in the Green Room"), a place that
modifies a person ("the Bronx-born star", "a Brooklyn native", "the Suffolk superstar"), and
an event said to happen somewhere ("The Holt wedding took place at ...", "the band's only
show in Britain will be at Twickenham"). A place inside a name ("Ottawa Senators
captain") or a ceremony ("the Latin Grammys") is no place.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from . import lexicon
from .base import Findings, couple, owner, rule, subject_of
from .clauses import Clause, clause_for, tense_of
from .events import clear_subject, governing_verb, said_i_do, subject_for, vows_couple
from .reading import SentenceView

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PLACE_LABELS = ("GPE", "LOC", "FAC")
_EVENT_PREPS = ("in", "at", "near", "outside", "on")
_HOME_ROLES = frozenset({"singer", "band"})  # "the Detroit rapper": where a performer is from


def place_phrase(ent: Span, view: SentenceView) -> tuple[str, int]:
    """The place as written, with a following ', State' or ', Country' ("Vero Beach, Fla.")."""
    doc = view.span.doc
    end = ent.end
    text = ent.text
    states = lexicon.us_states()
    while end + 1 < view.span.end and doc[end].text == ",":
        nxt = doc[end + 1]
        if nxt.ent_type_ in ("GPE", "LOC") or nxt.text in states:
            stop = end + 2
            while stop < view.span.end and doc[stop].ent_iob_ == "I":
                stop += 1
            if nxt.text in states and stop < view.span.end and doc[stop].text == ".":
                stop += 1
            text = doc[ent.start : stop].text
            end = stop
        else:
            break
    if text.startswith("the ") or text.startswith("The ") and ent.start == view.span.start:
        text = text[4:]  # "the MGM Grand Garden Arena" (but "The Mansion At Natirar" is a name)
    return text.rstrip(","), end


@functools.cache
def _venue_words() -> dict[str, str]:
    """The last words that make a name a venue ("Arena", "Castle") and the kind each names."""
    return dict(lexicon.data()["venue_words"])


def _venue_kind(text: str) -> str:
    """'hotel' for "the Ritz-Carlton", 'stadium' for "Croke Park" ('' if it is no venue)."""
    from ..distractors.banks import lookup

    entry = lookup("venues", text) or next(
        (e for w in ("Stadium", "Arena", "Park") for e in [lookup("venues", f"{text} {w}")] if e),
        None,
    )
    if entry is not None:
        return str(entry["kind"])
    words = text.replace("-", " ").split()
    return next(
        (_venue_words()[w.lower()] for w in reversed(words) if w.lower() in _venue_words()), ""
    )


def _known_place(text: str) -> bool:
    """True when a name the tagger missed is a city, state, country or venue we know."""
    from ..distractors.places import place_level

    return bool(place_level(text)) or bool(_venue_kind(text))


def _ceremony(span: Span) -> bool:
    """'the Latin Grammys', 'the Emmy Awards': an event, not a place."""
    words = {t.text.lower() for t in span}
    return bool(words & lexicon.word_set("ceremony_words"))


def _in_a_title(ent: Span) -> bool:
    """'Manchester by the Sea': a place that opens a title."""
    doc = ent.doc
    nxt = [doc[i] for i in range(ent.end, min(ent.end + 3, len(doc)))]
    return (
        len(nxt) == 3
        and nxt[0].text in ("by", "of", "on")
        and nxt[1].text.lower() == "the"
        and nxt[2].text[:1].isupper()
    )


_NAME_LINKS = frozenset({"At", "On", "By", "The", "&"})  # capitalised: inside a name


def _venue_run(ent: Span, view: SentenceView) -> Span:
    """The whole venue name the tagger cut in pieces: 'Sycamore Creek Ranch and Resort', 'The
    Mansion At Holloway' (the entity itself when it runs on into nothing of the name)."""
    from spacy.tokens import Span

    doc = ent.doc
    end = ent.end
    stop = view.span.end

    def title(i: int) -> bool:
        return i < stop and doc[i].tag_ in ("NNP", "NNPS") and doc[i].text[:1].isupper()

    while end < stop:
        tok = doc[end]
        if doc[end - 1].text in _NAME_LINKS and title(end):
            end += 1  # "The Mansion At" + "Holloway"
        elif tok.text in _NAME_LINKS and title(end + 1):
            end += 2
        elif (
            tok.text == "and"
            and title(end + 1)
            and not title(end + 2)
            and doc[end + 1].text.lower() in _venue_words()
        ):
            end += 2  # "Ranch and Resort", "Club and Spa": one venue, not a list of two
        else:
            break
    if end == ent.end or not _venue_kind(doc[ent.start : end].text):
        return ent
    return Span(doc, ent.start, end, label="FAC")


def _untagged_venues(view: SentenceView) -> list[Span]:
    """Venue names the tagger left out ('at the Rosewood Manor'): a proper noun after 'at'
    whose last word names a venue, with the proper nouns before it."""
    from spacy.tokens import Span

    out = []
    for tok in view.span:
        if not (
            tok.dep_ == "pobj"
            and tok.head.text.lower() == "at"
            and tok.tag_ == "NNP"
            and not tok.ent_type_
        ):
            continue
        start = tok.i  # back over the name's words: "Rosewood Manor", "Stade de France"
        while start > view.span.start and (
            tok.doc[start - 1].tag_ in ("NNP", "NNPS", "FW")
            and (
                not tok.doc[start - 1].ent_type_
                # "Stade Roi Baudouin": the tagger may take a foreign venue word for a people
                or tok.doc[start - 1].text.lower() in _venue_words()
            )
        ):
            start -= 1
        if start < tok.i and tok.doc[start].tag_ != "FW":
            name = Span(tok.doc, start, tok.i + 1, label="FAC")
            if _venue_kind(name.text):
                out.append(name)
    return out


def _candidates(view: SentenceView) -> list[Span]:
    """Spans that name places: the tagger's places, venues it took for organisations, and
    cities or venues it took for people ("at Twickenham")."""
    out: list[Span] = []
    ents = sorted([*view.span.ents, *_untagged_venues(view)], key=lambda e: e.start)
    runs = [_venue_run(ent, view) for ent in ents]
    for ent in runs:
        if out and ent.start < out[-1].end:
            continue  # a piece of the venue name before it ("Resort" of "Ranch and Resort")
        if view.in_quote(ent[0]) or ent[0].i in view.titled or _ceremony(ent) or _in_a_title(ent):
            continue
        if ent.label_ in _PLACE_LABELS:
            out.append(ent)
        elif (
            ent.label_ in ("ORG", "PERSON", "WORK_OF_ART", "EVENT")
            and ent.root.dep_ == "pobj"
            and ent.root.head.text.lower() in ("at", "in")
        ):
            from ..distractors.places import place_level

            if (
                _venue_kind(ent.text)
                or ent.label_ != "ORG"
                and _known_place(ent.text)
                or place_level(ent.text) == "country"  # "in the Maldives" tagged as a firm
            ):
                out.append(ent)
        elif (
            ent.label_ in ("PERSON", "ORG", "NORP")
            and ent.root.head.text.lower() in ("born", "native")
            and _known_place(ent.text)
        ):
            out.append(ent)  # "Manchester-born Fury" (tagged as a person)
    return out


def _in_a_name(root: Token) -> bool:
    """'Ottawa Senators captain', 'New York Knicks': the place is part of a team's or a
    company's name."""
    head = root.head
    return (
        root.dep_ in ("compound", "nmod")
        and head.tag_ in ("NNP", "NNPS")
        and head.ent_type_ not in ("PERSON", "GPE", "LOC", "FAC")
    )


def _person_of(f: Findings, view: SentenceView, noun: Token) -> str:
    """The person a (role) noun stands for: "star" in "The Bronx-born star", "rapper" in
    "Cleveland rapper Machine Gun Kelly"."""
    person = f.cast.who(view, noun)
    if person:
        return person
    if noun.dep_ == "compound" and f.cast.who(view, noun.head):
        return f.cast.who(view, noun.head)
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and nxt.ent_type_ == "PERSON" and f.cast.who(view, nxt):
        return f.cast.who(view, nxt)  # "television anchor Walt Pressley"
    if noun.dep_ in ("nsubj", "nsubjpass") and (
        noun.text.lower() in lexicon.roles()
        or noun.text.lower() in lexicon.word_set("descriptor_heads")
    ):
        return subject_of(f, view, noun)
    return ""


def _origin(f: Findings, view: SentenceView, ent: Span) -> tuple[str, str, str]:
    """(person, relation, role) for a place that modifies a person: 'the Bronx-born star'
    (birthplace), 'a Brooklyn native' (hometown), 'the Suffolk superstar' (home)."""
    root = ent.root
    head = root.head
    if head.text.lower() == "born" and root.dep_ in ("npadvmod", "compound", "amod"):
        return _person_of(f, view, head.head), "birthplace", ""  # "the Bronx-born star"
    if head.text.lower() == "native" and root.dep_ in ("compound", "amod", "nmod"):
        return _person_of(f, view, head) or subject_of(f, view, head), "hometown", ""
    after = root.doc[ent.end] if ent.end < len(root.doc) else None
    if (
        after is not None
        and after.text.lower() == "native"
        and root.dep_ in ("compound", "nmod")
        and head.ent_type_ == "PERSON"
    ):
        return f.cast.who(view, head), "hometown", ""  # "Texas native Cal Mercer"
    if root.dep_ in ("compound", "nmod", "amod") and head.tag_ == "NN" and not _in_a_name(root):
        role = head.text.lower()
        field = lexicon.roles().get(
            role, "local" if role in lexicon.word_set("local_roles") else None
        )
        # Only where the role stands for a named person or the clause's subject: "the Detroit
        # rapper" as an object is someone the coreference may well get wrong.
        named_next = head.i + 1 < len(head.doc) and head.doc[head.i + 1].ent_type_ == "PERSON"
        if field is None or not (
            head.dep_ == "compound"
            or named_next
            or head.dep_ in ("nsubj", "nsubjpass")
            and any(c.text.lower() == "the" for c in head.children)
        ):
            return "", "", ""
        person = _person_of(f, view, head)
        if not person:
            return "", "", ""
        # "the Detroit rapper" is from Detroit; "New York City television anchor" works there;
        # "Hollywood actor" names an industry, not where he lives.
        if field in _HOME_ROLES or role in ("star", "superstar", "rapper"):
            kind = "origin"
        elif role in lexicon.word_set("local_roles"):
            kind = "workplace"
        else:
            return "", "", ""
        words = [t.text for t in head.subtree if t.i > ent.end - 1 and t.i <= head.i]
        return person, kind, " ".join(words)
    return "", "", ""


def _context(tok: Token) -> tuple[str, Token | None]:
    """The relation a place stands in, from the words that govern it, and the governing verb."""
    words = lexicon.data()["place_words"]
    head = tok.head
    prep = head if head.dep_ == "prep" else None
    node = prep.head if prep is not None else head
    for _ in range(4):
        low = node.text.lower()
        if node.tag_.startswith("VB") and node.text[:1].isupper() and not node.is_sent_start:
            return "", None  # "I'd Be Crying tour": a title's words, not the clause
        if low in words and (
            not node.tag_.startswith("VB") or lexicon.lemma_of(low) not in ("play",)
        ):
            return words[low], node if node.tag_.startswith("VB") else None
        if node.tag_.startswith("VB"):
            event = lexicon.events().get(lexicon.lemma_of(low))
            if event is not None:
                kind = {
                    "wedding": "wedding",
                    "engagement": "engagement",
                    "birth": "birth",
                    "death": "death",
                }.get(event.kind, "")
                return kind, node
            return "", node
        if node.head == node:
            break
        node = node.head
    return "", None


def _on_the_verb(prep: Token, verb: Token) -> bool:
    """True when the place's phrase hangs on the verb or on what the verb acts on ("tied the
    knot at X", "died in a London hotel"), not on an apposition or a clause within."""
    node = prep.head
    for _ in range(4):
        if node == verb:
            return True
        if node.dep_ not in ("dobj", "pobj", "prep", "npadvmod", "attr", "compound", "oprd"):
            return False
        node = node.head
    return False


def _generic(
    f: Findings, view: SentenceView, ent: Span, verb: Token | None
) -> tuple[str, str, str, str]:
    """(event kind, clause, tense, subject) for a place in a phrase of an event verb."""
    root = ent.root
    if verb is None or verb.i > root.i + 8 and root.i < verb.i:
        return "", "", "", ""
    lemma = lexicon.lemma_of(verb.text)
    event = lexicon.events().get(lemma)
    say = verb.head if lemma == "do" and verb.dep_ == "ccomp" else verb
    if said_i_do(view, say):
        # 'A and B said "I do" in a ceremony in Portofino': where the couple married.
        pair = vows_couple(f, view, say)
        return ("wedding", "get married", "past", pair) if pair else ("", "", "", "")
    together = lemma == "get" and any(
        c.dep_ in ("prt", "advmod") and c.text.lower() == "together" for c in verb.children
    )
    if together:
        # "first met at Lincoln Park High School": where a couple began.
        subject = subject_for(f, view, verb)
        first = "first " if any(c.text.lower() == "first" for c in verb.children) else ""
        return (
            ("romance", f"{first}get together", "past", subject)
            if " and " in subject
            else ("", "", "", "")
        )
    if (
        event is None
        or lemma in lexicon.word_set("weak_verbs")
        or lemma in lexicon.word_set("minor_events")
    ):
        return "", "", "", ""
    subject = subject_for(f, view, verb)
    if not subject or not clear_subject(f, view, verb, subject):
        return "", "", "", ""
    prep = (
        root.head if root.dep_ == "pobj" else root.head.head if root.head.dep_ == "pobj" else None
    )
    skip = frozenset(t.i for t in (prep.subtree if prep is not None else ent))
    clause = clause_for(
        verb, view, f.cast, subject, skip=skip | ({prep.i} if prep is not None else set())
    )
    person = f.cast.person(subject)
    if clause is None and lemma == "play" and person is not None and person.field == "band":
        clause = Clause(
            "play", verb.text, "", tense=tense_of(verb)
        )  # "They will play at Harbour Dome"
    if clause is None or clause.passive or _has_number(clause.rest):
        return "", "", "", ""
    return event.kind, clause.base(), clause.tense, subject


def _has_number(text: str) -> bool:
    """'play one season': a count a place question would give away (or lean on)."""
    from ..textutil import WORD_NUMBERS

    return any(
        (any(ch.isdecimal() for ch in w) and not (len(w) == 4 and w[:2] in ("19", "20")))
        or w in WORD_NUMBERS
        for w in text.lower().split()
    )  # ("his 2026 season" names a year, not a count)


def _listed(ent: Span) -> bool:
    """'one in Houston and two in Portland', 'Texas and Orange County': one of several."""
    root = ent.root
    inside = range(ent.start, ent.end)  # "Ranch and Resort" is one name, not a list
    if any(c.dep_ == "conj" and c.i not in inside for c in root.children) or root.dep_ == "conj":
        return True
    prep = root.head if root.dep_ == "pobj" else None
    return prep is not None and (
        prep.dep_ == "conj" or any(c.dep_ == "conj" and c.tag_ == "IN" for c in prep.children)
    )


_WEDDING_NOUNS = frozenset({"wedding", "nuptials", "ceremony", "reception"})


def _wed_couple(f: Findings, view: SentenceView, noun: Token) -> str:
    """The couple 'the wedding' or 'the Quint wedding' means: the star and partner, once the
    article has said they married or will (someone else's wedding would be named: "his
    sister's wedding", "the Smith wedding")."""
    if not any(c.dep_ == "det" and c.text.lower() == "the" for c in noun.children):
        return ""
    pair = couple(f)
    if not pair:
        return ""
    family = {p.split()[-1] for p in pair.split(" and ")}
    named = [c for c in noun.children if c.dep_ == "compound"]
    if named:
        return pair if all(c.text in family for c in named) else ""
    wed = any(
        x.relation in ("wedding", "engagement")
        and x.subject == pair
        or x.kind in ("spouse", "partner")
        and x.subject == f.cast.main
        and x.relation in _WED_TIES
        for x in f.facts
    )
    return pair if wed else ""


_WED_TIES = frozenset({"husband", "wife", "spouse", "fiance", "fiancee", "fiancé", "fiancée"})


def _happening(f: Findings, view: SentenceView, verb: Token) -> tuple[str, str, str]:
    """'The Tkachuk wedding took place at X', 'U2's sole appearance ... will be at X':
    (relation, person, event noun phrase) when the clause says where an event happens."""
    lemma = lexicon.lemma_of(verb.text)
    if lemma not in ("be", "take", "happen", "occur", "hold"):
        return "", "", ""
    if lemma == "take" and not any(c.text.lower() == "place" for c in verb.children):
        return "", "", ""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.text.lower() not in lexicon.word_set("happening_nouns"):
        return "", "", ""
    person = owner(f, view, subj) or next(
        (
            f.cast.who(view, c)
            for c in subj.children
            if c.dep_ == "compound" and f.cast.who(view, c)
        ),
        "",
    )
    if not person and subj.text.lower() in _WEDDING_NOUNS:
        person = _wed_couple(f, view, subj)
    if not person:
        return "", "", ""
    relation = {
        "wedding": "wedding",
        "ceremony": "wedding",
        "nuptials": "wedding",
        "reception": "wedding",
    }.get(subj.text.lower(), "appearance")
    mods = [t.text for t in subj.children if t.dep_ in ("amod",) and t.i < subj.i]
    # "the band's only show in the UK": the phrase that says which appearance.
    post = next(
        (
            c
            for c in subj.children
            if c.dep_ == "prep" and c.i > subj.i and c.text.lower() in ("in", "at", "on")
        ),
        None,
    )
    tail = (
        subj.doc[post.i : post.right_edge.i + 1].text
        if post is not None and post.right_edge.i - post.i <= 4
        else ""
    )
    return relation, person, " ".join([*mods, subj.text.lower(), tail]).strip()


@rule
def located_events(f: Findings) -> None:
    """'born in Limerick, Ireland', 'back home in Vero Beach, Fla.', 'wed in Portofino'."""
    for view in f.sentences():
        covered: set[int] = set()
        for ent in _candidates(view):
            if ent.start in covered:
                continue
            value, end = place_phrase(ent, view)
            covered.update(range(ent.start, end))  # ", Fla." belongs to "Vero Beach"
            if not value or value.lower() in ("u.s.", "us", "america", "the u.s."):
                continue
            _place(f, view, ent, value)


def _place(f: Findings, view: SentenceView, ent: Span, value: str) -> None:
    """One place span: a fact if it says where something happened to a clear person."""
    from ..distractors.places import place_level

    root = ent.root
    label = (
        ent.label_
        if ent.label_ in _PLACE_LABELS
        else "GPE"
        if place_level(ent.text) in ("city", "state", "country")
        else "FAC"
    )
    person, relation, role = _origin(f, view, ent)
    if person:
        f.add(
            "place",
            person,
            value,
            view,
            relation=relation,
            type="place",
            label=label,
            role=role,
            weight=1.2,
        )
        return
    if _moved_to(f, view, ent, value, label):
        return
    if (
        root.dep_ != "pobj"
        or root.head.text.lower() not in (*_EVENT_PREPS, "from", "of")
        or _listed(ent)
        or _in_a_name(root)
    ):
        if (
            root.dep_ == "compound"
            and root.head.dep_ == "pobj"
            and root.head.head.text.lower() in _EVENT_PREPS
            and not _in_a_name(root)
        ):
            pass  # "died ... in a London hotel": the hotel's city
        else:
            return
    prep = root.head if root.dep_ == "pobj" else root.head.head
    holder = prep.head
    hometown = holder.text.lower() in ("hometown", "home", "native") and prep.text.lower() == "of"
    whose = ""
    if (
        prep.text.lower() == "from"
        and holder.ent_type_ == "PERSON"
        and any(c.text.lower() == "originally" for c in prep.children)
    ):
        whose = f.cast.who(view, holder)  # "Kira Dunn, originally from Leeds, now lives in ..."
    elif hometown:
        whose = owner(f, view, holder) or subject_of(f, view, holder)
    if whose:
        f.add(
            "place", whose, value, view, relation="hometown", type="place", label=label, weight=1.2
        )
    if whose or hometown:
        return
    if prep.text.lower() == "of":
        return
    verb = governing_verb(prep)
    relation, verb_of = _context(root if root.dep_ == "pobj" else root.head)
    if verb_of is not None:
        verb = verb_of
    if verb is not None and said_i_do(view, verb):
        # 'said "I do" in a ceremony in Portofino': the place hangs on the quoted "do".
        vows = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        verb = vows if vows is not None and prep in vows.subtree else verb
    if verb is not None and not _on_the_verb(prep, verb):
        return  # "dating Savoie, who studies at the University of Ohio": the phrase is hers
    if verb is not None and tense_of(verb) == "unreal":
        return
    if prep.text.lower() == "from" and verb is not None and _adopted(f, view, ent, value, verb):
        return
    if prep.text.lower() == "from" and relation not in ("hometown", "birthplace"):
        return  # "adopting a little girl from Ghana": where the baby came from, not an event place
    if verb is not None and prep.text.lower() == "in" and _stay(f, view, value, prep, verb):
        return
    happening = _happening(f, view, verb) if verb is not None else ("", "", "")
    if happening[0]:
        f.add(
            "place",
            happening[1],
            value,
            view,
            relation=happening[0],
            type="place",
            label=label,
            event=happening[2],
            tense=tense_of(verb) if verb is not None else "past",
            prep=prep.text.lower(),
            weight=1.2,
        )
        return
    if verb is not None and _honeymoon(f, view, value, label, relation, verb):
        return
    if verb is not None and _tour_stop(f, view, value, label, prep, verb, _venue_city(view, ent)):
        return
    kind, clause, tense, doer = _generic(f, view, ent, verb)
    on = _date_on(view, verb) if verb is not None else ""
    if relation in ("birthplace", "hometown", "home"):
        person = subject_for(f, view, verb) if verb is not None else subject_of(f, view, root)
        if person and (verb is None or clear_subject(f, view, verb, person)):
            grew = verb is not None and lexicon.lemma_of(verb.text) in ("grow", "raise")
            f.add(
                "place",
                person,
                value,
                view,
                relation=relation,
                type="place",
                label=label,
                grew="yes" if grew else "",
                weight=1.2,
            )
        return
    if not kind:
        return
    if relation in ("wedding", "engagement", "birth", "death") or kind in (
        "wedding",
        "engagement",
        "birth",
        "death",
    ):
        relation = relation or kind
        f.add(
            "place",
            doer,
            value,
            view,
            relation=relation,
            type="place",
            label=label,
            clause=clause,
            tense=tense,
            prep=prep.text.lower(),
            weight=1.25,
        )
    else:
        f.add(
            "place",
            doer,
            value,
            view,
            relation=kind,
            type="place",
            label=label,
            clause=clause,
            tense=tense,
            prep=prep.text.lower(),
            on=on,
            weight=1.0,
        )


_MOVE_VERBS = frozenset({"move", "relocate"})


def _moved_to(f: Findings, view: SentenceView, ent: Span, value: str, label: str) -> bool:
    """'settled in Lyon, France, after the wedding', 'relocated to Denver in 2019': where
    someone went to live (True when the fact is added)."""
    from ..distractors.places import place_level

    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.text.lower() != "to" or _listed(ent):
        return False
    verb = prep.head
    if not verb.tag_.startswith("VB") or lexicon.lemma_of(verb.text.lower()) not in _MOVE_VERBS:
        return False
    if place_level(value) not in ("city", "state", "country") or tense_of(verb) == "unreal":
        return False
    subject = subject_for(f, view, verb)
    if not subject or " and " in subject or not clear_subject(f, view, verb, subject):
        return False
    year = next(
        (
            g.text
            for c in verb.children
            if c.dep_ == "prep" and c.text.lower() == "in"
            for g in c.children
            if g.dep_ == "pobj" and g.text.isdecimal() and len(g.text) == 4
        ),
        "",
    )
    f.add(
        "place",
        subject,
        value,
        view,
        relation="move",
        type="place",
        label=label,
        tense="future" if tense_of(verb) == "future" else "past",
        year=year,
        why=_purpose(verb),
        weight=1.0,
    )
    return True


def _purpose(verb: Token) -> str:
    """'at 19 to study drama': the short age and purpose a move was made with, which tell it
    from the person's other moves ('' for "to be with her", a pronoun only the article explains)."""
    parts = []
    for c in verb.children:
        phrase = verb.doc[c.left_edge.i : c.right_edge.i + 1]
        if (
            c.dep_ == "prep"
            and c.text.lower() == "at"
            and len(phrase) == 2
            and phrase[1].tag_ == "CD"
            and phrase[1].text.isdecimal()
        ):
            parts.append(phrase.text)  # "at 19"
        elif (
            c.dep_ in ("advcl", "xcomp")
            and c.tag_ == "VB"
            and phrase[0].tag_ == "TO"
            and len(phrase) <= 5
            and not any(t.tag_ in ("PRP", "PRP$") for t in phrase)
        ):
            parts.append(phrase.text)  # "to study drama"
    return " ".join(parts)


def _honeymoon(
    f: Findings, view: SentenceView, value: str, label: str, relation: str, verb: Token
) -> bool:
    """'The newlyweds honeymooned in Bali', 'they spent their honeymoon in the Maldives':
    where a couple went after the wedding (True when the fact is added)."""
    spent = lexicon.lemma_of(verb.text.lower()) == "spend" and any(
        c.dep_ == "dobj" and c.text.lower() == "honeymoon" for c in verb.children
    )
    if relation != "honeymoon" and not spent:
        return False
    if not verb.tag_.startswith("VB"):
        return False
    pair = subject_for(f, view, verb)
    if " and " not in pair or not clear_subject(f, view, verb, pair):
        return False
    f.add(
        "place",
        pair,
        value,
        view,
        relation="honeymoon",
        type="place",
        label=label,
        tense="future" if tense_of(verb) == "future" else "past",
        weight=1.1,
    )
    return True


def _venue_city(view: SentenceView, ent: Span) -> str:
    """The town a venue is said to be in ("Harbour Stadium in Halifax, Canada"), '' if none:
    its options come from that country."""
    for child in ent.root.children:
        if child.dep_ == "prep" and child.text.lower() == "in":
            town = next((c for c in child.children if c.dep_ == "pobj"), None)
            if town is not None and town.ent_type_ == "GPE":
                span = next((e for e in view.span.ents if e.start <= town.i < e.end), None)
                if span is not None:
                    return place_phrase(span, view)[0]
    return ""


def _tour_stop(
    f: Findings,
    view: SentenceView,
    value: str,
    label: str,
    prep: Token,
    verb: Token,
    city: str = "",
) -> bool:
    """'The tour opens at Harbour Stadium ... and ends at the Stade de France': where the
    star's tour starts or ends (True when the fact is added)."""
    from .events import _WORK_EVENTS, _work_subject

    lemma = lexicon.lemma_of(verb.text.lower())
    if _work_subject(verb) != "tour" or lemma not in _WORK_EVENTS or prep.head != verb:
        return False
    if any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    whose = owner(f, view, subj) if subj is not None else ""
    star = whose or f.cast.main  # "The tour opens at ...": the star's, as the date rule reads it
    if not star:
        return False
    # "The tour opens at ...": a schedule's present is a plan, asked "was due to open".
    # "will visit 40 cities, starting in Dallas": the participle's time is its clause's.
    timed = verb.head if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") else verb
    tense = "future" if tense_of(timed) in ("future", "present") else "past"
    f.add(
        "place",
        star,
        value,
        view,
        relation="performance",
        type="place",
        label=label,
        clause=lemma,
        tense=tense,
        prep=prep.text.lower(),
        work="tour",
        on=_date_on(view, verb),
        city=city,
        weight=1.0,
    )
    return True


def _stay(f: Findings, view: SentenceView, value: str, prep: Token, verb: Token) -> bool:
    """'X was in Miami for ten days preparing to host ...', 'Y was in Toronto to
    promote her film': where someone was for a piece of work (True when the fact is added)."""
    from ..distractors.places import place_level
    from .clauses import verb_form

    if lexicon.lemma_of(verb.text.lower()) != "be" or prep.head != verb:
        return False
    if place_level(value) not in ("city", "state", "country"):
        return False
    purpose = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("advcl", "xcomp")
            and c.i > prep.i
            and (c.tag_ == "VBG" or c.tag_ == "VB" and any(a.tag_ == "TO" for a in c.children))
            and lexicon.lemma_of(c.text.lower()) in lexicon.word_set("stay_purposes")
        ),
        None,
    )
    if purpose is None:
        return False
    subject = subject_for(f, view, verb)
    if not subject or not clear_subject(f, view, verb, subject):
        return False
    clause = clause_for(
        purpose, view, f.cast, subject, skip=frozenset(t.i for t in prep.subtree), wide=True
    )
    if clause is None or clause.passive or not clause.rest:
        return False
    rest = _yearly_event(clause.rest, f.reading.article.published or "")
    if _dated(rest):
        return False  # "to host Sunday's show": which Sunday only the article knows
    f.add(
        "place",
        subject,
        value,
        view,
        relation="stay",
        type="place",
        label="GPE",
        doing=f"{verb_form(clause.lemma, 'VBG')} {rest}",
        weight=0.8,  # where someone was for a while: below what they did there
    )
    return True


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _yearly_event(rest: str, published: str) -> str:
    """'to host Sunday's Emmy Awards' as 'to host the 2016 Emmy Awards': a ceremony held once a
    year is named by the story's year, not by its weekday (the phrase unchanged otherwise)."""
    words = rest.split()
    if not published[:4].isdecimal() or published[5:7] == "12":
        return rest  # a late-December story's "Sunday" may fall in the new year
    for i, word in enumerate(words[:-1]):
        day = word.lower().removesuffix("'s").removesuffix("’s")
        if day == word.lower() or day not in _WEEKDAYS:
            continue
        after = words[i + 1 :]
        if {w.lower() for w in after} & lexicon.word_set("ceremony_words"):
            return " ".join([*words[:i], "the", published[:4], *after])
    return rest


def _dated(text: str) -> bool:
    """True when a phrase leans on the article's own week ("Sunday's awards")."""
    words = {w.lower().removesuffix("'s").removesuffix("’s") for w in text.split()}
    return bool(words & _WEEKDAYS) or bool(words & lexicon.word_set("time_words"))


def _adopted(f: Findings, view: SentenceView, ent: Span, value: str, verb: Token) -> bool:
    """'they adopted a baby boy from Kenya': the country a couple's child came from
    (True when the fact is added)."""
    from ..distractors.places import place_level

    if lexicon.lemma_of(verb.text.lower()) != "adopt" or place_level(value) != "country":
        return False
    child = next((c for c in verb.children if c.dep_ == "dobj"), None)
    words = lexicon.data()["child_words"]
    if child is None or child.text.lower() not in words or child.i > ent.start:
        return False
    subject = subject_for(f, view, verb)
    said_by = subject_for(f, view, verb.head) if verb.dep_ == "ccomp" else ""
    if " and " in said_by and any(c.text.lower() == "they" for c in verb.children):
        subject = said_by  # "Quint and Arkwright announced that they had adopted ..."
    elif not subject or not clear_subject(f, view, verb, subject):
        return False
    # "a baby girl", without what follows it ("from Uganda, Ivy June").
    said = " ".join(t.text for t in verb.doc[child.left_edge.i : child.i + 1])
    f.add(
        "place",
        subject,
        value,
        view,
        relation="adoption",
        type="place",
        label="GPE",
        child=said,
        weight=1.2,
    )
    return True


def _date_on(view: SentenceView, verb: Token) -> str:
    """'on July 22': the verb's own day, which tells one show of a tour from the others."""
    from ..dates import find_dates

    for child in verb.children:
        if child.dep_ == "prep" and child.text.lower() == "on":
            phrase = verb.doc[child.i : child.right_edge.i + 1].text
            found = find_dates(phrase)
            if found and found[0][2].day:
                return f"on {found[0][2].render()}"
    return ""
