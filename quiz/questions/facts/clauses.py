"""A verb and what completes it, as a phrase a prompt can reuse ("announced his fifth album").

The phrase is said in the clause's own tense (a plan is asked as a plan: "was due to kick off"),
with do-support for questions, and refused when it cannot be said cleanly: a pronoun or a vague
noun for its object, a verb left without the object it needs, a hypothetical or a denial.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..textutil import WORD_NUMBERS
from . import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .coref import Cast
    from .reading import SentenceView

_KEEP_DEPS = frozenset(
    {"det", "poss", "amod", "compound", "nummod", "quantmod", "nmod", "case", "prt", "hyph"}
)
_OBJECT_DEPS = ("dobj", "attr", "dative", "oprd")
_PREP_OK = frozenset({"to", "with", "from", "on", "in", "at", "for", "as", "into", "of"})
_UNREAL_AUX = frozenset({"would", "could", "might", "should", "may", "must", "can"})
_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "wo"})
_HAVE = frozenset({"has", "have", "'s", "’s", "’ve", "'ve", "had", "'d", "’d"})
_OBJECT_PRONOUNS = frozenset(
    {
        "it",
        "its",
        "them",
        "this",
        "that",
        "these",
        "those",
        "him",
        "me",
        "us",
        "you",
        "my",
        "our",
        "your",
        "itself",
        "themselves",
    }
)
MAX_PHRASE_WORDS = 9
_STINTS = frozenset({"time", "stint", "spell", "stay", "tenure", "run", "days", "years"})


@dataclass(frozen=True)
class Clause:
    """A verb with its particle and object: base and past forms for prompts."""

    lemma: str
    verb_text: str
    rest: str  # particle, object and completing preposition ("the knot", "his fifth album")
    passive: bool = False
    perfect: bool = False  # "has broken": asked as "had ... broken by <when>"
    tense: str = "past"  # "past", "future" (a plan: "will play", "is set to"), or "present"
    first: bool = False  # "originally aired": asked as "first air"

    def participle(self) -> str:
        """'broken his fifth record' (after 'had')."""
        if self.passive:
            return f"been {self._first}{self.verb_text} {self.rest}".strip()
        return f"{self._first}{verb_form(self.lemma, 'VBN')} {self.rest}".strip()

    def past(self) -> str:
        """'announced his fifth studio album'."""
        if self.passive:
            return f"was {self._first}{self.verb_text} {self.rest}".strip()
        return f"{self._first}{verb_form(self.lemma, 'VBD')} {self.rest}".strip()

    def base(self) -> str:
        """'announce his fifth studio album' (after 'did')."""
        if self.passive:
            return f"be {self._first}{self.verb_text} {self.rest}".strip()
        return f"{self._first}{self.lemma} {self.rest}".strip()

    @property
    def _first(self) -> str:
        """'first ' for a clause about a beginning ("originally aired")."""
        return "first " if self.first else ""


def ask(
    lead: str, subject: str, base: str, tense: str = "past", *, perfect_participle: str = ""
) -> str:
    """A question in the clause's tense, with do-support: 'When did X retire?', 'When was X
    born?', 'When was X due to kick off the tour?', 'How many goals had X scored?'."""
    be = "were" if " and " in subject else "was"
    if tense == "future":
        return f"{lead} {be} {subject} due to {base}?"
    if perfect_participle:
        return f"{lead} had {subject} {perfect_participle}?"
    if base.startswith("be "):
        return f"{lead} {be} {subject} {base[3:]}?"
    return f"{lead} did {subject} {base}?"


def verb_form(lemma: str, tag: str) -> str:
    """A verb form by lemminflect ('wed' -> 'wed', 'tie' -> 'tied')."""
    from lemminflect import getInflection

    forms = getInflection(lemma, tag=tag)
    return forms[0] if forms else lemma


def _auxes(verb: Token) -> list[str]:
    """The auxiliaries of a verb, a conjoined verb's borrowed from the first ("will kick off
    ... and bring")."""
    node = verb
    for _ in range(3):
        aux = [c.text.lower() for c in node.children if c.dep_ in ("aux", "auxpass")]
        if aux or node.dep_ != "conj" or not node.head.tag_.startswith("VB"):
            return aux
        node = node.head
    return []


_AHEAD_WORDS = frozenset({"next", "upcoming", "tomorrow", "coming"})


def _dated_ahead(verb: Token) -> bool:
    """True when the verb's own time phrase points ahead ("next year", "the coming season")."""
    for child in verb.children:
        if child.dep_ not in ("npadvmod", "prep", "advmod", "dobj"):
            continue
        words = [t for t in child.subtree if t.i - child.i < 5]
        if any(t.ent_type_ == "DATE" and t.text.lower() in _AHEAD_WORDS for t in words):
            return True
    return False


def tense_of(verb: Token) -> str:
    """'future' for a plan ("will play", "is set to premiere", "plans to retire"), 'unreal'
    for what did not or may not happen ("would have", "wants to"), 'perfect' ("has scored"),
    'present' (a present-tense verb), else 'past'."""
    aux = _auxes(verb)
    if any(a in _UNREAL_AUX for a in aux):
        return "unreal"
    if any(a in _FUTURE_AUX for a in aux):
        return "future"
    node = verb
    for _ in range(2):
        if node.dep_ not in ("xcomp", "ccomp", "conj") or node.head == node:
            break
        head = node.head
        lemma = lexicon.lemma_of(head.text) if head.tag_.startswith("VB") else head.text.lower()
        if node.dep_ == "xcomp" and lemma in lexicon.word_set("unreal_heads"):
            return "unreal"
        if node.dep_ == "xcomp" and lemma in lexicon.word_set("future_heads"):
            return "future"  # "is set to premiere", "plans to retire", "is due to"
        if node.dep_ != "conj":
            break
        node = head
    if _dated_ahead(verb):
        return "future"  # "chose to step away next year": a plan, whatever the verb's form
    if any(a in ("is", "are", "am", "'s", "’s", "'re", "’re") for a in aux) and verb.tag_ == "VBG":
        return "future"  # "is retiring on Friday": present progressive for a plan
    if any(a in _HAVE for a in aux) and verb.tag_ == "VBN":
        return "perfect"
    if verb.tag_ in ("VBZ", "VBP") and not aux:
        return "present"
    return "past"


def _noun_phrase(tok: Token, view: SentenceView, cast: Cast, subject: str) -> str:
    """The compact phrase a noun heads: its determiners and modifiers, no clauses; '' if unfit.

    A person is named in full ("married his fiancee, Dana Whitlow" -> "Dana Whitlow").
    """
    named = [
        cast.who(view, t)
        for t in tok.subtree
        if t.text.lower() not in ("his", "her", "their", "he", "she")
    ]
    owners = [t for t in tok.subtree if t.dep_ == "poss" and t.i < tok.i]
    if (
        subject
        and owners
        and any(
            cast.who(view, t) == subject
            for o in owners
            for t in o.subtree
            if t.text.lower() not in ("his", "her", "their")
        )
    ):
        return ""  # "her and husband Tom Ardley's first baby": the subject inside its own object
    named = [p for p in dict.fromkeys(named) if p and p != subject]
    if named and (cast.who(view, tok) or tok.text.lower() in _KIN_WORDS()):
        return named[0]
    if not (tok.tag_.startswith("NN") or tok.tag_ in ("PRP", "CD")):
        return ""  # "attend the 142nd": the parse cut the name off its head
    keep = [tok]
    quotes = [c for c in tok.children if c.dep_ == "punct" and c.text in '"“”‘’' and c.i < tok.i]
    keep.extend(quotes)  # 'the "Today" show' keeps its quotation marks
    of_phrase = False
    dropped: set[int] = set()
    for child in tok.children:
        if child.dep_ in _KEEP_DEPS and child.i < tok.i:
            whole = list(child.subtree)
            if any(t.dep_ == "cc" for t in whole):
                return ""  # "her and husband X's child": two owners the prompt cannot keep apart
            hyphenated = any(t.tag_ == "HYPH" for t in whole)
            if hyphenated and any(t.tag_ == "CD" for t in whole):
                dropped.update(t.i for t in whole)
                continue  # "the 41,000-capacity Harbour Dome": a detail the question does not need
            # "gold-medal-winning" is one word: all of it or none.
            keep.extend(
                whole if hyphenated else [t for t in whole if t.dep_ in _KEEP_DEPS or t == child]
            )
        elif child.dep_ == "nummod" and child.i == tok.i + 1:
            keep.append(child)  # "the top 10", "season 20"
        elif (
            child.dep_ == "prep"
            and child.text.lower() in ("in", "at", "with")
            and child.i == tok.i + 1
            and tok.text.lower() in _STINTS
        ):
            # "his time in the Netherlands", "his stint at Liverpool"
            inner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if inner is not None and len(list(inner.subtree)) <= 3:
                keep.extend([child, *inner.subtree])
                of_phrase = True  # "time" is vague alone, not "his time in the Netherlands"
        elif (
            child.dep_ == "appos" and child.i in view.titled and tok.text.lower() in lexicon.works()
        ):
            # 'the quiz show "Lamp Street"': the work's title says which show.
            run = [
                t for t in tok.doc[tok.i + 1 : child.i + 1] if t.text in '"“”' or t.i in view.titled
            ]
            close = child.i + 1
            if close < view.span.end and tok.doc[close].text in '"”':
                run.append(tok.doc[close])
            if run and run[0].i == tok.i + 1 and len(run) == run[-1].i - tok.i:
                keep.extend(run)
        elif child.dep_ == "prep" and child.text.lower() == "of" and child.i == tok.i + 1:
            # "each one of his league seasons", "the name of their newborn"
            inner = next((c for c in child.children if c.dep_ == "pobj"), None)
            # Its own left part only: "the word of their pregnancy (with the online family)".
            head_part = [t for t in inner.subtree if t.i <= inner.i] if inner is not None else []
            if inner is not None and inner.i in view.titled:
                # 'the evening edition of "Spin for Cash"': the whole title, quotes and all.
                head_part = []
                for t in tok.doc[child.i + 1 : view.span.end]:
                    if t.i not in view.titled and t.text not in '"“”' or t.text == ",":
                        break
                    head_part.append(t)
            if inner is not None and len(head_part) <= 8 and head_part[0].i == child.i + 1:
                keep.extend([child, *head_part])
                of_phrase = True
    toks = sorted(set(keep), key=lambda t: t.i)
    # A contiguous run only: a hole means a clause or an apposition was skipped (a dropped
    # detail is no hole: "her 20-year marriage" -> "her marriage").
    if toks[-1].i - toks[0].i + 1 != len(
        {t.i for t in toks} | {i for i in dropped if toks[0].i < i < toks[-1].i}
    ):
        toks = [t for t in toks if t.i >= tok.i - 3]
        if not toks or toks[-1].i - toks[0].i + 1 != len(toks):
            return ""
    if toks[0].tag_ == "POS":
        return ""  # "'s Something": the parse split a possessive from its owner
    words = []
    for t in toks:
        low = t.text.lower()
        if low in ("his", "her", "their"):
            ref = cast.who(view, t)
            if ref and ref != subject and low != "their":
                return ""  # "her album" of someone else: the prompt could not say whose
        if low == "its" and _group(cast, subject):
            words.append("their" + t.whitespace_)  # "The quartet is due to hold its first gig"
            continue
        if view.in_quote(t) or low in _OBJECT_PRONOUNS:
            return ""
        words.append(t.text_with_ws if t.i != toks[-1].i else t.text)
    text = "".join(words).strip()
    if sum(text.count(q) for q in '“”"') % 2:
        return ""  # a quotation cut in half: 'titled “YG Palm Stage'
    if tok.text.lower() in lexicon.word_set("vague_nouns") and not of_phrase:
        return ""  # "bring the venture", "share the news": a fan cannot tell what is meant
    return text if len(text.split()) <= MAX_PHRASE_WORDS else ""


def _group(cast: Cast, subject: str) -> bool:
    """True when the subject is a band or group (its "its" is theirs)."""
    person = cast.person(subject) if subject else None
    return (
        bool(subject)
        and " and " not in subject
        and (
            person is None
            and subject[:1].isupper()
            or person is not None
            and person.field == "band"
        )
    )


def _KIN_WORDS() -> dict[str, object]:  # noqa: N802 - a constant loaded late
    """Relational nouns (wife, fiancee, son...)."""
    return lexicon.kin()  # type: ignore[return-value]


def _event_noun(clause: Token) -> str | None:
    """The event a reported clause states, as a noun ("is engaged" -> "engagement")."""
    states = lexicon.data()["state_nouns"]
    for tok in (clause, *clause.children):
        low = tok.text.lower()
        if low in states:
            return str(states[low])
        event = lexicon.events().get(lexicon.lemma_of(low)) if tok.tag_.startswith("VB") else None
        if (
            event is not None
            and event.noun
            and tok.i == clause.i
            and event.kind not in ("birth", "announcement")
        ):
            return event.noun
    return None


def pronoun_for(cast: Cast, subject: str) -> str:
    """his/her/their for a subject (a couple is 'their')."""
    if " and " in subject:
        return "their"
    return {"M": "his", "F": "her"}.get(cast.sex(subject), "their")


def _prep_phrase(
    child: Token,
    lemma: str,
    view: SentenceView,
    cast: Cast,
    subject: str,
    skip: frozenset[int],
    places: bool = False,
) -> str:
    """A preposition and its object as the clause may keep it ("to Dana Whitlow"), or ''."""
    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
    if pobj is None and [c.dep_ for c in child.children] in (["amod"], ["advmod"]):
        idiom = next(iter(child.children))
        return (
            f"{child.text} {idiom.text}" if idiom.i == child.i + 1 and idiom.i not in skip else ""
        )  # "in full"
    if pobj is None or pobj.i in skip:
        return ""
    if (
        child.text.lower() == "to"
        and lemma not in lexicon.word_set("to_verbs")
        and not cast.who(view, pobj)
    ):
        return ""  # "met Toth to Elle": the phrase belongs to another verb
    if child.text.lower() == "with" and not (cast.who(view, pobj) or pobj.tag_ in ("NNP", "NNPS")):
        return ""  # "with no prior warning": manner, not whom
    phrase = _noun_phrase(pobj, view, cast, subject)
    if any(w.isdecimal() or w in WORD_NUMBERS for w in phrase.lower().replace(",", "").split()):
        return ""  # "with six teams": a second count would give away another question
    # A place is left out (a place question asks for it) unless the phrase needs it to say what
    # was counted ("spent five years in Lisbon").
    born_to = child.text.lower() == "to" and any(
        c.text.lower() == "birth" for c in child.head.children
    )
    if phrase and (
        born_to
        or pobj.ent_type_
        not in (("DATE", "TIME") if places else ("DATE", "TIME", "GPE", "LOC", "FAC"))
    ):
        return (
            f"{child.text} {phrase}"  # ("gave birth to X" names a baby, whatever the tagger says)
        )
    return ""


def clause_for(
    verb: Token,
    view: SentenceView,
    cast: Cast,
    subject: str,
    *,
    skip: frozenset[int] = frozenset(),
    wide: bool = False,
    places: bool = False,
) -> Clause | None:
    """The verb's clause as a reusable phrase, or None when it cannot be said cleanly.

    ``wide`` also keeps an infinitive ("took nine days to reveal the name") and adverbs of
    manner or place ("spent 23 days together"); ``places`` keeps a place the verb's phrase
    names ("spent five years in Lisbon").
    """
    if not verb.tag_.startswith("VB") or view.in_quote(verb) or verb.i in view.titled:
        return None
    if verb.text[:1].isupper() and not verb.is_sent_start:
        return None  # a word of a title ("I'd Be Crying tour"), not the sentence's verb
    lemma = lexicon.lemma_of(verb.text)
    asks_object = any(c.dep_ in _OBJECT_DEPS and c.i in skip for c in verb.children)
    if (
        lemma in lexicon.word_set("weak_verbs")
        and lemma not in ("share", "take", "reveal")
        and not (lemma in ("have", "hold") and asks_object)
    ):
        return None  # "has three children" may be asked as a count, "has a baby" may not
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    tense = tense_of(verb)
    if tense == "unreal":
        return None  # "would have celebrated", "wants to retire": it did not happen
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    perfect = tense == "perfect"
    # "got engaged to X last October": the date hangs on "engaged", the complement of "got".
    got = verb.dep_ == "acomp" and lexicon.lemma_of(verb.head.text) == "get"
    if got:
        tense = tense_of(verb.head)
    if (passive or got) and lemma in ("marry", "engage", "divorce"):
        # "have been married since 2014": a state, asked as the event ("get married").
        return Clause(
            "get",
            "got",
            {"marry": "married", "engage": "engaged", "divorce": "divorced"}[lemma],
            tense="future" if tense == "future" else "past",
        )
    if (
        verb.dep_ == "xcomp"
        and lexicon.lemma_of(verb.head.text) in lexicon.word_set("start_heads")
        and verb.tag_ == "VBG"
    ):
        # "began dating in 2012": asked as "start dating", not "date".
        own = _rest_of(verb, lemma, view, cast, subject, skip, wide, places)
        if own is None:
            return None
        return Clause("start", "started", f"{verb.text} {own[0]}".strip(), tense="past")
    completed = _rest_of(verb, lemma, view, cast, subject, skip, wide, places)
    if completed is None:
        return None
    rest, objects = completed
    if lemma in {v.lemma for v in lexicon.events().values() if v.needs} and not rest:
        return None
    parts = rest.split()
    # The object asked about is left out of the phrase, but it is still there: "How many awards
    # did Rosalia win?" has one, "On what date did she announce?" has none.
    asked = any(c.dep_ in (*_OBJECT_DEPS, "ccomp") and c.i in skip for c in verb.children)
    if lemma in lexicon.word_set("needs_object") and not objects and not passive and not asked:
        return None  # "On what date did she announce (on the show)?": announce what?
    if not parts and not passive and not asked and lemma not in lexicon.word_set("bare_events"):
        return None  # "When did Ed Sheeran follow?": only some events stand without an object
    first = any(
        c.dep_ == "advmod" and c.text.lower() in ("originally", "initially", "first")
        for c in verb.children
    )
    return Clause(
        lemma,
        verb.text,
        rest,
        passive,
        perfect,
        "future" if tense == "future" else "present" if tense == "present" else "past",
        first,
    )


def _rest_of(
    verb: Token,
    lemma: str,
    view: SentenceView,
    cast: Cast,
    subject: str,
    skip: frozenset[int],
    wide: bool,
    places: bool = False,
) -> tuple[str, int] | None:
    """What completes the verb (particle, object, a completing phrase) and how many objects
    it has; None if it cannot be said."""
    particles: list[str] = []
    objects: list[str] = []
    preps: list[str] = []
    children = sorted(
        (c for c in verb.children if c.i not in skip and c.i > verb.i), key=lambda c: c.i
    )
    asked = next((c.i for c in verb.children if c.dep_ in _OBJECT_DEPS and c.i in skip), None)
    if verb.dep_ == "relcl" and any(
        c.dep_ == "dobj" and c.text.lower() in ("whom", "who", "which", "that") and c.i < verb.i
        for c in verb.children
    ):
        children = [*(c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i), *children]
    ignored: set[int] = set()
    for child in children:
        if child.dep_ == "prt":
            particles.append(child.text)
        elif (
            child.dep_ in _OBJECT_DEPS
            and asked is not None
            and child.i > asked
            and "," in [t.text for t in verb.doc[asked : child.i]]
        ):
            ignored.add(child.i)  # "released six albums, the last being 2014's Paper Rain"
        elif (
            child.dep_ in _OBJECT_DEPS
            and child.text.lower() in ("whom", "who", "which", "that")
            and verb.dep_ == "relcl"
        ):
            # "their son, whom they welcomed in August 2018": the object is what it hangs on.
            phrase = _noun_phrase(verb.head, view, cast, subject)
            if not phrase:
                return None
            objects.append(phrase)
        elif child.dep_ == "dative" and child.tag_ == "IN":
            # "gave birth to Azalea": the parse calls the to-phrase a dative.
            phrase = _prep_phrase(child, lemma, view, cast, subject, skip, places)
            if not phrase:
                return None
            preps.append(phrase)
        elif child.dep_ in _OBJECT_DEPS:
            phrase = _noun_phrase(child, view, cast, subject)
            if not phrase:
                return None
            objects.append(phrase)
        elif (
            wide
            and child.dep_ == "advmod"
            and child.text.lower() in ("together", "home", "abroad", "away", "back")
        ):
            objects.append(child.text)
        elif (
            wide
            # ("took four days to announce the name": the parse may call it an advcl)
            and (child.dep_ == "xcomp" or child.dep_ == "advcl" and lemma == "take")
            and any(c.dep_ == "aux" and c.text.lower() == "to" for c in child.children)
        ):
            inner = clause_for(child, view, cast, subject, skip=skip)
            if inner is None or inner.passive:
                return None
            objects.append(f"to {inner.base()}")
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i not in skip]
    # "said on a morning show that she is expecting": the parse hangs the that-clause on "show".
    reported += [
        g
        for c in children
        if c.dep_ == "prep"
        for o in c.children
        if o.dep_ == "pobj"
        for g in o.children
        if g.dep_ in ("acl", "relcl") and any(m.text.lower() == "that" for m in g.children)
    ]
    for child in reported:
        if lemma in lexicon.word_set("needs_object") and not objects:
            # "announced (that) he is engaged" -> "announced his engagement".
            noun = _event_noun(child)
            if noun is None:
                return None
            objects.append(f"{pronoun_for(cast, subject)} {noun}")
    if len(objects) <= 1 and not preps:
        for child in children:
            if child.dep_ == "prep" and (
                child.text.lower() in _PREP_OK or places and child.text.lower() == "during"
            ):
                phrase = _prep_phrase(child, lemma, view, cast, subject, skip, places)
                if phrase:
                    preps.append(phrase)
                    break
    # An object or a clause the phrase could not carry leaves the verb hanging ("announced").
    if (
        any(c.dep_ in ("ccomp", "dobj", "dative") and c.i not in ignored for c in children)
        and not objects
    ):
        return None
    return " ".join([*particles, *objects, *preps]), len(objects)
