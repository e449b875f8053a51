"""Counts tied to their noun and verb: 'played 19 seasons', 'his 10th child', 'wife of 13
years', 'a four-time champion', 'a mother of two', 'a 40-date tour'.

A count keeps what a question needs to say what was counted: the verb and its object ("played
19 seasons"), the preposition it stood in ("at 17 venues" -> "At how many venues"), its own
modifiers ("goals for his country"), and the clause's tense (a plan, a tally so far, or a
finished event). Counts that cannot be said cleanly are left out: a second count in the same
clause (it would give the other question away), a place the relative clause hides ("Porto,
where he scored 143 goals"), a number that ranks rather than counts ("the top 10").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..dates import dated_elsewhen
from ..textutil import SCALES, WORD_NUMBERS, WORD_ORDINALS, ordinal_value, to_int
from . import lexicon
from .base import PRONOUNS, Findings, owner, person_after, rule, subject_of, who
from .clauses import clause_for, tense_of
from .courtship import span_of
from .events import clear_subject, governing_verb, subject_for
from .reading import SentenceView

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

_SKIP_NOUNS = frozenset(
    "year years month months week weeks day days hour hours minute minutes second seconds "
    "percent am pm a.m. p.m. o'clock times time people fans per cent pounds ounces inches lbs "
    "oz feet foot miles kilometres kilometers carats carat points".split()
)
_MARRIAGE_NOUNS = frozenset({"wife", "husband", "marriage", "married", "wedlock", "spouse"})
_TIME_WORD = re.compile(r"^(\d+|[a-z]+(?:-[a-z]+)?)-time$", re.I)
_ORDINAL_NOUNS = {
    "child": "children", "baby": "children", "son": "sons", "daughter": "daughters",
    "anniversary": "anniversary", "season": "season",  # ordinal birthdays are ages (ages.py)
    "goal": "goal", "album": "album", "title": "title", "win": "win", "film": "film",
    "single": "single", "show": "show", "episode": "episode",
}  # fmt: skip
_KIN_KINDS = frozenset({"children", "sons", "daughters"})
_TIME_NOUNS = frozenset("days weeks months years seasons nights episodes decades".split())
# Prepositions a count may stand in and still be asked: "At how many venues", "In how many series".
_COUNT_PREPS = frozenset(
    {"at", "in", "with", "for", "on", "to", "across", "from", "of", "over", "into"}
)
_GENERIC_HONOURS = frozenset(
    {"champion", "champ", "winner", "nominee", "selection", "medalist", "star"}
)
_TOUR_UNITS = frozenset({"date", "city", "show", "night", "stop", "concert", "leg", "gig"})
_PARENT_WORDS = frozenset({"mother", "father", "mom", "dad", "mum", "mama", "papa"})


def _number(tok: Token) -> tuple[int | None, str, list[Token]]:
    """The number a chain of number tokens starting at tok gives ("600 million", "seven",
    "14.3 million"), its written form, and its tokens; (None, '', []) if it is no count."""
    doc = tok.doc
    toks = [tok]
    i = tok.i + 1
    while i < len(doc) and doc[i].text.lower() in SCALES:
        toks.append(doc[i])
        i += 1
    head = to_int(tok.text)
    if head is None:
        try:
            value = float(tok.text.replace(",", ""))
        except ValueError:
            return None, "", []
    else:
        value = float(head)
    for t in toks[1:]:
        value *= SCALES[t.text.lower()]
    if len(toks) > 1:
        value = round(value, 3)  # "4.1 million" is 4099999.9999999995 in floating point
    written = " ".join(t.text for t in toks)
    if not value.is_integer():
        return None, written, toks  # decimals are written as they are, not counted
    return int(value), written, toks


def _noun_phrase_without(noun: Token, number_toks: list[Token]) -> str:
    """The counted noun with its modifiers, the number left out ("Guinness World Records",
    "sold-out nights": the words between the number and the noun, as written)."""
    doc = noun.doc
    start = number_toks[-1].i + 1
    if start > noun.i:
        return noun.text
    return doc[start : noun.i + 1].text.replace(" - ", "-")


def _hedge(number_tok: Token) -> str:
    """'nearly' in 'nearly 10 years' (kept with the answer so the key stays true)."""
    doc = number_tok.doc
    prev = " ".join(doc[i].text.lower() for i in range(max(0, number_tok.i - 2), number_tok.i))
    for word in ("nearly", "almost", "over", "about", "more than", "around", "at least"):
        if prev.endswith(word):
            return word
    return ""


def _count_start(tok: Token) -> bool:
    """True for the first token of a number chain ("600" of "600 million", not "million")."""
    if not tok.like_num or tok.text.lower() in SCALES:
        return False
    prev = tok.nbor(-1) if tok.i > 0 else None
    if prev is not None and prev.text in ("No.", "Top", "number", "#"):
        return False  # "the Top 20", "No. 1": a rank
    if prev is not None and prev.tag_ in ("NN", "NNS") and not prev.like_num:
        return False  # "the season 16 finale", "week two": a label, not a count
    return prev is None or not prev.like_num or bool(ordinal_value(prev.text))


def plain_counts(
    f: Findings,
) -> Iterator[tuple[SentenceView, Token, int, str, list[Token], Token]]:
    """Every count outside quotes, dates and times, with its value, its words and the noun it
    counts: (view, first token, value, as written, number tokens, noun)."""
    for view in f.sentences():
        for tok in view.tokens:
            if view.in_quote(tok) or not _count_start(tok) or tok.ent_type_ in ("DATE", "TIME"):
                continue
            n, written, num_toks = _number(tok)
            if n is not None:
                yield view, tok, n, written, num_toks, num_toks[-1].head if num_toks else tok


def _hides_context(verb: Token) -> bool:
    """'Barcelona, where he provided 198 finishes': the clause leans on what it hangs from."""
    return verb.dep_ in ("relcl", "advcl") and any(
        c.text.lower() in ("where", "when", "while") for c in verb.children
    )


def _has_number(text: str) -> bool:
    """True when a phrase carries a count of its own ("play 19 seasons")."""
    return any(
        w.isdecimal() or w in WORD_NUMBERS
        for w in text.lower().replace(",", "").replace("-", " ").split()
    )


def _counts_in(toks: list[Token]) -> bool:
    """True when tokens hold a count (a number in a name, "Channel 4", is none)."""
    return any(t.like_num and not (t.i > 0 and t.nbor(-1).tag_ == "NNP") for t in toks)


def _post_phrase(noun: Token, view: SentenceView, skip: set[int]) -> str:
    """The counted noun's own phrase after it ("goals for his country", "venues in North
    America", "series of the hit BBC Two comedy"), as written; '' if none or unfit."""
    for child in noun.children:
        if (
            child.dep_ != "prep"
            or child.i < noun.i
            or child.text.lower() not in ("in", "for", "of", "at", "on", "with", "across", "during")
        ):
            continue
        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return ""
        toks = [
            child,
            *(t for t in pobj.subtree if t.i <= pobj.i),
        ]  # "of the hit sitcom(, which ...)"
        if (
            len(toks) > 7
            or any(view.in_quote(t) or t.i in skip for t in toks)
            or toks[-1].i - toks[0].i + 1 != len(toks)
        ):
            return ""
        if _counts_in(toks):
            return ""
        return noun.doc[toks[0].i : toks[-1].i + 1].text
    return ""


def _when_phrase(verb: Token, view: SentenceView, skip: set[int]) -> str:
    """'in 2019' on the count's own verb ("experienced two miscarriages in 2019")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.text.lower() == "in" and child.i not in skip:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if (
                pobj is not None
                and pobj.ent_type_ == "DATE"
                and re.fullmatch(r"(?:19|20)\d\d", pobj.text)
            ):
                return f"in {pobj.text}"
    return ""


@rule
def counted_nouns(f: Findings) -> None:
    """'played 19 seasons', 'released seven studio albums', 'at 17 venues', 'took four days'."""
    for view in f.sentences():
        for tok in view.tokens:
            if (
                view.in_quote(tok)
                or not _count_start(tok)
                or tok.ent_type_ == "PERCENT"
                or tok.ent_type_ == "TIME"
                and tok.head.text.lower() not in _TIME_NOUNS  # "8:13 a.m."
                or ordinal_value(tok.text)
            ):
                continue
            if (
                tok.i > 0
                and tok.nbor(-1).text in ("$", "£", "€")
                or tok.head.text.lower() in _CURRENCIES
            ):
                continue  # money is a price, not a count a fan would know (the tagger's MONEY
                # also takes "more than 40 million records", which is a count)
            _counted(f, view, tok)


def _counted(f: Findings, view: SentenceView, tok: Token) -> None:
    """One number token: a count fact if it counts a noun a clause can say."""
    n, written, num_toks = _number(tok)
    last = num_toks[-1] if num_toks else tok
    noun = last.head
    if (
        n is None
        or last.dep_ not in ("nummod", "compound")
        or not noun.tag_.startswith("NN")
        or n < 2
        or noun.i < last.i
    ):
        return  # "the top 10" ranks, it does not count
    low = noun.text.lower()
    if low in ("years", "year") and _marriage_context(noun):
        _marriage(f, view, tok, noun, n)
        return
    prep = noun.head if noun.dep_ == "pobj" else None
    if low == "times" and noun.dep_ == "npadvmod" and lexicon.lemma_of(noun.head.text) in _REPEATED:
        _times(f, view, tok, noun, n)  # "has been married three times"
        return
    if prep is not None and prep.text.lower() == "after" and span_of(noun):
        return  # "split after 18 months of dating": a courtship's length (courtship.py)
    if (
        prep is not None
        and prep.text.lower() == "after"
        and low in _TIME_NOUNS
        and lexicon.lemma_of(prep.head.text) in _LEAVING
    ):
        _after(
            f, view, tok, noun, prep, n
        )  # "retiring after 19 seasons", "leaving WNBC after 50 years"
        return
    if (
        low in _SKIP_NOUNS
        and low not in _TIME_NOUNS
        and not (low == "points" and any(c.dep_ == "poss" for c in noun.children))
    ):
        return
    if tok.ent_type_ == "DATE" and low not in _TIME_NOUNS:
        return
    if low in _TIME_NOUNS and not (
        noun.dep_ in ("dobj", "attr") or (prep is not None and prep.text.lower() in ("for", "over"))
    ):
        return  # "five years after their wedding" measures nothing a fan would count
    if any(c.dep_ == "prep" and c.text.lower() == "per" for c in noun.children):
        return  # "3 blocks per game" is a rate (measures.py asks averages), not a count
    if any(
        c.text.lower() in ("additional", "another", "extra", "more", "further")
        for c in noun.children
    ):
        return  # "an additional five singles": a count relative to another
    if any(c.text.lower() in ("first", "last", "next", "final", "past") for c in noun.children):
        return  # "hit his first four shots": a stretch of something, not its total
    if any(c.dep_ == "poss" for c in noun.children) and noun.dep_ not in ("dobj", "attr"):
        if low == "points" or low not in _SKIP_NOUNS:
            _owned_tally(f, view, tok, noun, num_toks, n)  # (a career's points are a tally)
        return  # "Gates' 116", "his 20 goals came in May": a tally, not what was done
    verb = governing_verb(noun)
    if verb is None or noun.dep_ not in ("dobj", "attr", "pobj", "npadvmod"):
        return
    skip_extra: set[int] = set()
    direct = noun.head == verb or (prep is not None and prep.head == verb)
    if (
        prep is not None
        and prep.text.lower() == "of"
        and prep.head.text.lower()
        in ("total", "part", "number", "string", "run", "series", "tally")
        and prep.head.head == verb
    ):
        # "put out a total of six studio records", "was part of four winning teams"
        direct, prep = True, None
        skip_extra = {t.i for t in noun.head.head.subtree}
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.dep_ in (
        "xcomp",
        "conj",
    )
    direct = direct and (own_subject or verb.dep_ == "ROOT")  # "a tour consisting of 25 dates"
    lemma = lexicon.lemma_of(verb.text)
    part_of = bool(skip_extra) and prep is None and noun.head.head.text.lower() == "part"
    if (
        not direct
        or lemma in ("bear", "weigh", "rank")
        or lemma == "be"
        and not part_of
        or _hides_context(verb)
    ):
        return  # "a tight end for 11 seasons, announced his retirement": not what was counted
    if prep is not None and (
        prep.text.lower() not in _COUNT_PREPS
        or prep.text.lower() in lexicon.word_set("temporal_preps")
    ):
        return  # "before eight gigs in Europe"
    if tense_of(verb) == "unreal":
        return
    subject = subject_for(f, view, verb) or _group_subject(verb) or _the_band(f, verb)
    if not subject or not clear_subject(f, view, verb, subject):
        return
    skip = {t.i for t in noun.subtree} | skip_extra
    if prep is not None:
        skip.add(prep.i)
    if low not in _TIME_NOUNS:
        # "played 19 seasons with six teams": the career's length is left out of the prompt
        # (the other count's own question asks it), so the teams can be asked too.
        skip |= {t.i for t in _span_tokens(verb, noun, view)}
    if part_of:
        _part_of(f, view, tok, noun, num_toks, verb, subject, n)
        return
    clause = clause_for(verb, view, f.cast, subject, skip=frozenset(skip), wide=True, places=True)
    if clause is None or _has_number(clause.rest):
        return  # "How many teams did he play 19 seasons with?" would answer the other count
    hedge = _hedge(tok)
    value = written if not written[:1].isalpha() else str(n)
    tally = clause.perfect or clause.lemma in ("have", "share", "hold") or clause.tense == "present"
    family = low in _OFFSPRING
    f.add(
        "number",
        subject,
        f"{hedge} {value}".strip(),
        view,
        relation="count",
        type="number",
        noun=_noun_phrase_without(noun, num_toks),
        verb=clause.lemma,
        clause=clause.base(),
        participle=clause.participle(),
        tense=clause.tense,
        perfect="yes" if clause.perfect else "",
        passive="yes" if clause.passive else "",
        prep=prep.text.lower() if prep is not None else "",
        post=_post_phrase(noun, view, skip - {t.i for t in noun.subtree}),
        when=_when_phrase(verb, view, skip),
        story=lede_event(f, subject) if tally else "",
        hedge=hedge,
        support=written,
        # "has three children" says a family's size as "a mother of three" does: "have" is
        # weak for subscribers or records, not for children.
        weight=1.1 if clause.lemma not in lexicon.word_set("weak_verbs") or family else 0.6,
    )


_WHOLE_TALLY = frozenset({"career", "total", "all-time", "lifetime"})
# Verbs that place a tally ("His 92 touchdowns rank third", "Her 900 points are a record").
_PLACING = frozenset({"rank", "be", "place", "stand", "sit", "put", "tie", "trail"})


def _owned_tally(
    f: Findings, view: SentenceView, tok: Token, noun: Token, num_toks: list[Token], n: int
) -> None:
    """'His 31,406 total points are the ninth most in league history': the owner's tally, asked "How
    many total points did X have?" with the story's time. Only the article's own star owns
    it (a pronoun read across sentences may be anyone else), and only a tally the sentence
    ranks, not one it tells a story of."""
    verb = noun.head
    poss = next(c for c in noun.children if c.dep_ == "poss")
    if (
        noun.dep_ not in ("nsubj", "nsubjpass")
        or not noun.tag_.endswith("S")
        or lexicon.lemma_of(verb.text) not in _PLACING
        or any(c.dep_ == "neg" for c in verb.children)
        or tense_of(verb) == "unreal"
        or poss.text.lower() not in ("his", "her")
        and poss.tag_ != "NNP"
    ):
        return
    if not any(
        c.dep_ in ("amod", "compound") and c.text.lower() in _WHOLE_TALLY for c in noun.children
    ):
        return  # "her 20 goals lead the league": this season's or the career's?
    whose = owner(f, view, noun)
    if not whose or whose != f.cast.main or " and " in whose:
        return
    f.add(
        "number", whose, f"{_hedge(tok)} {_number(tok)[1]}".strip(), view,
        relation="count", type="number", noun=_noun_phrase_without(noun, num_toks),
        verb="have", clause="have", tense="present", hedge=_hedge(tok), support=tok.text,
        story=lede_event(f, whose), weight=1.1,
    )  # fmt: skip


def _part_of(
    f: Findings,
    view: SentenceView,
    tok: Token,
    noun: Token,
    num_toks: list[Token],
    verb: Token,
    subject: str,
    n: int,
) -> None:
    """'was part of four title-winning teams': asked "How many ... was X part of?", only of a
    finished career (the past tense) and a sentence with no other count or clause to read."""
    said = {t.i for t in verb.subtree} - {t.i for t in _span_tokens(verb, noun, view)}
    if (
        verb.tag_ != "VBD"
        or any(c.dep_ == "neg" for c in verb.children)
        or any(verb.doc[i].like_num and verb.doc[i] not in num_toks for i in said)
        or any(verb.doc[i].dep_ in ("relcl", "advcl", "ccomp", "conj") for i in said)
    ):
        return
    f.add(
        "number", subject, str(n), view,
        relation="count", type="number", noun=_noun_phrase_without(noun, num_toks),
        verb="be", clause="be part of", tense="past", support=tok.text, weight=1.1,
    )  # fmt: skip


def _span_tokens(verb: Token, noun: Token, view: SentenceView) -> list[Token]:
    """A whole career's length beside a count on one verb, which a prompt may leave out: "19
    seasons" of "played 19 seasons with six teams", "Over his 11 NFL seasons" ([] if none)."""
    for child in verb.children:
        head = child
        if child.dep_ == "prep" and child.text.lower() == "over":
            head = next((c for c in child.children if c.dep_ == "pobj"), child)
            if not any(c.dep_ == "poss" for c in head.children):
                continue  # "over three seasons" may be any three of them; "over his" is all
        elif child.dep_ != "dobj":
            continue
        toks = sorted(child.subtree, key=lambda t: t.i)
        if (
            head.i != noun.i
            and head.text.lower() in ("seasons", "years", "decades")
            and any(t.dep_ == "nummod" for t in head.subtree)
            and len(toks) <= 6
            and toks[-1].i - toks[0].i + 1 == len(toks)
            and not any(view.in_quote(t) for t in toks)
        ):
            return toks
    return []


_REPEATED = frozenset({"marry", "wed", "divorce", "win", "host", "nominate", "engage"})
_LEAVING = frozenset(
    {
        "retire",
        "leave",
        "quit",
        "exit",
        "depart",
        "step",
        "split",
        "divorce",
        "separate",
        "end",
        "call",
    }
)


_CURRENCIES = frozenset(
    {"dollars", "pounds", "euros", "yen", "rupees", "bucks", "dollar", "pound", "euro"}
)
_BAND_WORDS = frozenset({"band", "group", "quartet", "trio", "quintet", "duo", "outfit"})


def _the_band(f: Findings, verb: Token) -> str:
    """'The quartet has sold 40 million records': the band the article named as a subject
    before (in a count it already read)."""
    from .base import subject_token

    subj = subject_token(verb)
    if (
        subj is None
        or subj.text.lower() not in _BAND_WORDS
        or not any(c.text.lower() == "the" for c in subj.children)
    ):
        return ""
    named = set()
    for view in f.reading.sents:
        for tok in view.tokens:
            # "Cranberries singer Dolores O'Riordan", "The Cranberries released ...": the band.
            role = lexicon.roles().get(tok.head.text.lower()) if tok.dep_ == "compound" else None
            if tok.tag_ in ("NNP", "NNPS") and (
                role == "singer" or tok.dep_ == "nsubj" and tok.tag_ == "NNPS"
            ):
                named.add(tok.text)
    return f"The {named.pop()}" if len(named) == 1 else ""


def _group_subject(verb: Token) -> str:
    """A band or group named as the clause's subject ("The Cranberries released ..."): not in the
    cast of people, but a fine subject for a count."""
    from .base import subject_token

    subj = subject_token(verb)
    if (
        subj is None
        or subj.tag_ not in ("NNP", "NNPS")
        or subj.ent_type_ not in ("ORG", "")
        or subj.tag_ == "NNP"
        and subj.ent_type_ != "ORG"
    ):
        return ""
    toks = [t for t in subj.subtree if t.dep_ in ("compound", "det") or t == subj]
    if toks[-1].i - toks[0].i + 1 != len(toks):
        return ""
    return " ".join(t.text for t in toks if t.dep_ != "det" or t.text.lower() == "the").strip()


def _times(f: Findings, view: SentenceView, tok: Token, noun: Token, n: int) -> None:
    """'He has previously been married three times': how many times, up to the story."""
    verb = noun.head
    subject = subject_for(f, view, verb)
    if (
        not subject
        or " and " in subject
        or not clear_subject(f, view, verb, subject)
        or tense_of(verb) == "unreal"
    ):
        return
    lemma = lexicon.lemma_of(verb.text)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    done = f"been {verb.text}" if passive else f"{verb.text}"
    f.add(
        "number",
        subject,
        str(n),
        view,
        relation="times-done",
        type="number",
        noun="times",
        participle=done,
        verb=lemma,
        support=tok.text,
        weight=1.1,
    )


def _after(f: Findings, view: SentenceView, tok: Token, noun: Token, prep: Token, n: int) -> None:
    """'retiring after 19 seasons', 'leaving WNBC after 50 years': a career's length at its end."""
    verb = prep.head
    subject = subject_for(f, view, verb)
    if (
        not subject
        or not clear_subject(f, view, verb, subject)
        or any(c.dep_ == "poss" for c in noun.children)
    ):
        return
    clause = clause_for(
        verb, view, f.cast, subject, skip=frozenset(t.i for t in prep.subtree), places=True
    )
    if clause is None or _has_number(clause.rest):
        return
    post = _post_phrase(noun, view, set())
    f.add(
        "number",
        subject,
        str(n),
        view,
        relation="count",
        type="number",
        noun=_noun_phrase_without(noun, [tok]),
        verb=clause.lemma,
        clause=clause.base(),
        participle=clause.participle(),
        tense=clause.tense if clause.tense != "present" else "future",
        prep="after",
        post=post,
        support=tok.text,
        weight=1.3,
    )


def _marriage_context(noun: Token) -> bool:
    """True when 'N years' measures a marriage ("wife of 13 years", "married for 28 years")."""
    own = {t.text.lower() for t in noun.subtree}
    if noun.head.text.lower() == "after" and not own & _MARRIAGE_NOUNS:
        return False  # "married after seven years together": the years came before it
    near = {noun.head.text.lower(), noun.head.head.text.lower()} | own
    return bool(near & _MARRIAGE_NOUNS)


def _event_clause(
    f: Findings,
    view: SentenceView,
    subject: str,
    avoid: set[int],
    kinds: tuple[str, ...] = (
        "split",
        "birth",
        "wedding",
        "death",
        "retirement",
        "celebration",
        "announcement",
    ),
) -> str:
    """'when they separated', 'when Simon filed for divorce': the sentence's event, to anchor a
    duration that the article gives no date for."""
    for tok in view.tokens:
        if not tok.tag_.startswith("VB") or tok.i in avoid or tok.dep_ in ("amod", "compound"):
            continue  # ("wedded bliss" is no wedding)
        event = lexicon.events().get(lexicon.lemma_of(tok.text))
        if event is None or event.kind not in kinds:
            continue
        doer = subject_of(f, view, tok)
        if (
            not doer
            or not clear_subject(f, view, tok, doer)
            or tense_of(tok) in ("unreal", "future", "present")
        ):
            continue  # a body sentence tells a done event in the past ("quits" in "call it
            # quits next year" is a plan, and the tagger reads it as a present verb)
        clause = clause_for(tok, view, f.cast, doer, wide=True)
        if event.needs and (clause is None or event.needs not in clause.rest.split()):
            continue  # "gave the leaders the lead" is no birth
        if (
            clause is None
            or _has_number(clause.rest)
            or any(ordinal_value(w) for w in clause.rest.split())
            or event.kind == "announcement"
            and not set(clause.rest.split())
            & {
                "separation",
                "divorce",
                "split",
                "retirement",
                "birth",
                "engagement",
                "pregnancy",
                "marriage",
                "wedding",
            }
        ):
            continue
        doer_word = doer
        if doer == subject.split(" and ")[0] and " and " in subject:
            doer_word = {"M": "he", "F": "she"}.get(f.cast.sex(doer), doer)
        elif doer == subject:
            doer_word = (
                "they"
                if " and " in subject
                else {"M": "he", "F": "she"}.get(f.cast.sex(subject), "")
            )
            if not doer_word:
                continue
        return f"when {doer_word} {clause.past()}"
    return ""


def lede_event(
    f: Findings,
    subject: str,
    kinds: tuple[str, ...] = ("split", "birth", "death", "retirement", "announcement"),
    dated: bool = False,
) -> str:
    """The story's own event in its first sentences, as a 'when' clause ("when he filed for
    divorce"): the time a tally held when the article has no date ('' if none), or with
    ``dated`` in any article."""
    if f.reading.published is not None and not dated:
        return ""  # a dated article anchors by its month instead
    for view in f.reading.sents[:3]:
        if dated_elsewhen(view.text):
            continue  # "gave birth in February": months before the story's own time
        # Only the story's news: a wedding in an anniversary story is its background.
        found = _event_clause(f, view, subject, set(), kinds=kinds)
        if found:
            return found
    return ""


def _marriage(f: Findings, view: SentenceView, num: Token, noun: Token, n: int) -> None:
    """'wife of nearly 10 years, Dana Pell' -> married for nearly 10 years."""
    head = noun.head.head if noun.head.dep_ == "prep" else noun.head
    whose = owner(f, view, head) or subject_of(f, view, head)
    other, _end = (
        person_after(f, view, head, within=8)
        if head.text.lower() in ("wife", "husband")
        else ("", 0)
    )
    if head.text.lower() in ("wife", "husband") and not other:
        # "with wife of nearly 10 years, Dana Pell": the name after the years.
        other, _end = person_after(f, view, noun, within=2)
    if not whose and head.text.lower() in ("wife", "husband"):
        # "Okafor shares sons ... with wife of nearly 10 years": whose wife is the one the
        # sentence opens with, when the parse gives the clause no subject.
        first = next((f.cast.who(view, t) for t in view.tokens[:3] if f.cast.who(view, t)), "")
        whose = first if first and first != other else ""
    if not other:
        other = next(
            (
                o
                for fact in f.facts
                if fact.kind == "spouse" and fact.subject == whose
                for o in [fact.value]
            ),
            "",
        )
    hedge = _hedge(num)
    if whose:
        couple = f"{whose} and {other}" if other and other not in whose else whose
        value = f"{hedge + ' ' if hedge else ''}{n} years"
        since = _event_clause(f, view, couple, {noun.i, head.i})
        ended = (
            noun.dep_ in ("compound", "amod", "npadvmod") and noun.head.text.lower() == "marriage"
        )
        if ended and not since:
            return  # "her 20-year marriage" may be over: "married how long" needs its end
        written = view.span.doc[num.i : noun.i + 1].text.replace(" - ", "-")
        f.add(
            "number",
            whose,
            value,
            view,
            relation="married",
            type="duration",
            spouse=other,
            hedge=hedge,
            unit="year",
            since=since,
            support=written,
            ended="yes" if ended else "",
            weight=1.3,
        )


@rule
def ordinal_nouns(f: Findings) -> None:
    """'his sixth child', 'their 11th wedding anniversary', 'his 500th goal', 'four-time'."""
    for view in f.sentences():
        for tok in view.tokens:
            # Cheap test first: ordinals and counts start with a digit or are number words.
            if not (
                tok.like_num
                or tok.text[:1].isdecimal()
                or "time" in tok.text.lower()
                or tok.text.lower() in WORD_ORDINALS
            ):
                continue
            if view.in_quote(tok):
                continue
            nth = ordinal_value(tok.text)
            if (
                nth
                and nth >= 2
                and tok.dep_ in ("amod", "nummod", "compound")
                and tok.head.tag_.startswith("NN")
            ):
                _ordinal(f, view, tok, nth)
            _n_time(f, view, tok)
            m = _TIME_WORD.match(tok.text)
            if m and to_int(m.group(1)):
                noun = tok.head
                person = who(f, view, noun.head) if noun.head != noun else ""
                phrase = " ".join(t.text for t in noun.subtree if t.i > tok.i and t.i <= noun.i)
                person = person or subject_of(f, view, noun)
                if person and phrase and phrase.split()[-1].lower() not in _GENERIC_HONOURS:
                    f.add(
                        "number",
                        person,
                        str(to_int(m.group(1))),
                        view,
                        relation="times",
                        type="number",
                        noun=phrase,
                        weight=1.1,
                    )


def _ordinal(f: Findings, view: SentenceView, tok: Token, nth: int) -> None:
    """'his sixth child', 'the 12th birthday of her son Prince Anton'."""
    noun = tok.head
    kind = _ORDINAL_NOUNS.get(noun.text.lower())
    if not kind:
        if noun.text.lower() == "time":
            _nth_time(f, view, tok, noun, nth)
        else:
            _award_tally(f, view, tok, noun, nth)
        return
    verb = governing_verb(noun)
    if verb is not None and tense_of(verb) == "unreal":
        return  # "would have marked his 70th birthday"
    of = next((c for c in noun.children if c.dep_ == "prep" and c.text.lower() == "of"), None)
    of_person = (
        next(
            (
                who(f, view, t)
                for t in of.subtree
                if t.text.lower() not in PRONOUNS and who(f, view, t)
            ),
            "",
        )
        if of is not None
        else ""
    )
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if kind == "birthday" and of_person:
        whose = of_person  # "the 12th birthday of her son Prince Anton"
    elif kind == "birthday" and poss is not None and poss.text.lower() in ("his", "her", "their"):
        whose = owner(f, view, noun)
        if whose != f.cast.main:
            return  # "marking her 17th birthday": a pronoun the fan cannot check
    else:
        whose = owner(f, view, noun) or subject_of(f, view, noun)
    if (
        kind == "anniversary"
        and not any(c.text.lower() == "wedding" for c in noun.children)
        and not _couple_subject(whose)
    ):
        return  # "the album's 30th anniversary": not a couple's
    named, _end = person_after(f, view, noun)
    if noun.dep_ == "attr" and lexicon.lemma_of(noun.head.text) == "be" and kind in _KIN_KINDS:
        # "Athena is his third daughter": the baby is the copula's subject, the parent is the
        # noun's owner ("his", "of Ty Marsh"), never the subject itself.
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if not named and subj is not None and subj.text.lower() not in PRONOUNS:
            named = who(f, view, subj)
        whose = owner(f, view, noun) or of_person
        if not whose or whose == named or named and named in whose.split(" and "):
            return
    modifiers = " ".join(
        c.text
        for c in noun.children
        if c.dep_ in ("amod", "compound") and c.i != tok.i and c.i > tok.i
    )
    # "are expecting their second child": one child as the story runs, not two ("were
    # expecting their 10th child", told after the birth, counts the baby).
    expecting = (
        kind in _KIN_KINDS
        and verb is not None
        and lexicon.lemma_of(verb.text) == "expect"
        and tense_of(verb) in ("present", "future")
    )
    if whose:
        f.add(
            "number",
            whose,
            _ordinal_text(nth),
            view,
            relation=f"ordinal-{kind}",
            type="ordinal",
            noun=f"{modifiers} {noun.text}".strip(),
            named=named,
            expecting="yes" if expecting else "",
            weight=1.3,
            **_milestone(f, view, noun, verb, whose),
        )


def _nth_time(f: Findings, view: SentenceView, tok: Token, noun: Token, nth: int) -> None:
    """'married for the third time', 'his second time retiring from the NFL': how many times
    the subject had done it by then (three, two)."""
    verb: Token | None
    if noun.dep_ == "pobj" and noun.head.text.lower() == "for" and noun.head.head.tag_[:2] == "VB":
        verb = noun.head.head
        subject = subject_for(f, view, verb)
        skip = {t.i for t in noun.head.subtree}
    elif any(c.dep_ == "poss" for c in noun.children):
        # "X's second time retiring": the parse hangs the verb on the noun or on the copula.
        near = [*noun.children, *(noun.head.children if noun.dep_ == "attr" else ())]
        verb = next((c for c in near if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG"), None)
        subject = owner(f, view, noun)
        skip = {t.i for t in noun.subtree if verb is None or t.i < verb.i}
        if verb is not None:  # (nor what the verb's own clause adds after a comma)
            skip |= {t.i for c in verb.children if c.dep_ == "advcl" for t in c.subtree}
    else:
        return
    if (
        verb is None
        or not subject
        or " and " in subject
        or any(c.dep_ == "neg" for c in verb.children)
        or tense_of(verb) in ("unreal", "future")
    ):
        return
    if verb.dep_ not in ("acl", "advcl") and not clear_subject(f, view, verb, subject):
        return
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    if lexicon.lemma_of(verb.text) == "become" and attr is not None:
        if attr.text.lower() not in _PARENT_WORDS | {"grandmother", "grandfather", "grandma"}:
            return  # "became champion for the third time" says no more than a title count
        done, lemma = f"become a {attr.text.lower()}", "become"  # ("become" is a weak verb)
    else:
        clause = clause_for(verb, view, f.cast, subject, skip=frozenset(skip))
        if clause is None or _has_number(clause.rest):
            return
        done, lemma = clause.participle(), clause.lemma
    f.add(
        "number", subject, str(nth), view,
        relation="times-done", type="number", noun="times", participle=done,
        verb=lemma, support=tok.text, weight=1.1,
    )  # fmt: skip


_WINNING = frozenset({"win", "earn", "receive", "collect", "claim", "take", "bag", "land", "scoop"})


def _award_tally(f: Findings, view: SentenceView, tok: Token, noun: Token, nth: int) -> None:
    """'won his second Emmy': how many of that trophy the winner had by then (two)."""
    trophies = {
        t.split()[-1].lower() for names in lexicon.data()["trophies"].values() for t in names
    }
    if noun.text.lower() not in trophies - {"award"} or noun.dep_ != "dobj":
        return  # ("his second award": which award?)
    if any(c.dep_ == "prep" for c in noun.children):
        return  # "her second Grammy of the night": the count of one evening
    verb = noun.head
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if (
        lexicon.lemma_of(verb.text) not in _WINNING
        or poss is None
        or poss.text.lower() not in ("his", "her")
        or tense_of(verb) not in ("past", "perfect")
        or any(c.dep_ == "neg" for c in verb.children)
    ):
        return
    whose = subject_for(f, view, verb)
    if not whose or " and " in whose or not clear_subject(f, view, verb, whose):
        return
    name = " ".join(t.text for t in noun.subtree if tok.i < t.i <= noun.i)  # "Golden Globe"
    f.add(
        "number", whose, str(nth), view,
        relation="award-tally", type="number", noun=name, support=tok.text, weight=1.2,
    )  # fmt: skip


def _milestone(
    f: Findings, view: SentenceView, noun: Token, verb: Token | None, whose: str
) -> dict[str, str]:
    """'scored the 500th goal of his career', 'hosted his 41st season': the deed a milestone
    was reached by, when the one who did it owns the noun ("his", "of her career"), so a prompt
    can ask "Which goal of his career did X score?" ({} when any of that is unclear)."""
    from .lexicon import lemma_of, word_set

    if verb is None or noun.dep_ not in ("dobj", "pobj") or not verb.tag_.startswith("VB"):
        return {}
    if noun.dep_ == "pobj" and noun.head.head != verb:
        return {}
    lemma = lemma_of(verb.text)
    if lemma not in word_set("milestone_verbs") or not clear_subject(f, view, verb, whose):
        return {}
    if subject_for(f, view, verb) != whose:
        return {}
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    career = any(
        c.dep_ == "prep"
        and c.text.lower() == "of"
        and any(g.text.lower() == "career" for g in c.subtree)
        for c in noun.children
    )
    own = poss is not None and poss.text.lower() in ("his", "her", "their")
    if not (own or career) or any(c.dep_ == "neg" for c in verb.children):
        return {}
    return {"deed": lemma, "career": "yes" if career else ""}


def _couple_subject(name: str) -> bool:
    """True for 'A and B'."""
    return " and " in name


def _ordinal_text(n: int) -> str:
    """'10th', '21st'."""
    import inflect

    return str(inflect.engine().ordinal(str(n)))  # same text; mypy takes no int for its Number


def _n_time(f: Findings, view: SentenceView, tok: Token) -> None:
    """'Four-time Super Bowl champion Rob Gronkowski', '10-time All-Star' (the tokenizer splits
    them at the hyphens)."""
    doc = view.span.doc
    n = to_int(tok.text)
    if (
        n is None
        or n < 2
        or tok.i + 2 >= view.span.end
        or doc[tok.i + 1].text != "-"
        or doc[tok.i + 2].text.lower() != "time"
    ):
        return
    # The honour the count goes with: the words after "time" up to the role noun.
    words = []
    person = ""
    for t in doc[tok.i + 3 : min(tok.i + 9, view.span.end)]:
        p = who(f, view, t)
        if p:
            person = p
            break
        if t.text in (",", "and", "who") or t.is_punct and t.text != "-":
            break  # the sentence's full stop is no part of "All-NBA selection"
        words.append(t.text)
    honour = " ".join(words).replace(" - ", "-")
    if not honour or len(words) == 1 and honour.lower() in _GENERIC_HONOURS:
        return  # "three-time champion Nick Faldo": champion of what?
    head = doc[tok.i + 2].head
    for _ in range(3):  # "a 10-time All-Star and six-time All-NBA selection": the second's
        if person:  # head is the first honour, whose own head has the subject
            break
        person = who(f, view, head) or subject_of(f, view, head)
        if head.head is head or head.dep_ not in ("conj", "nmod", "compound", "appos"):
            break
        head = head.head
    if person and honour.split()[-1].lower() in set(lexicon.roles()) | {
        "all-star",
        "champion",
        "winner",
        "nominee",
        "selection",
        "mvp",
    }:
        f.add(
            "number",
            person,
            str(n),
            view,
            relation="times",
            type="number",
            noun=honour,
            support=tok.text,
            weight=1.3,
        )


@rule
def appositive_spans(f: Findings) -> None:
    """'Tom Ardley, a wide receiver in the league for 9 seasons' -> how many seasons."""
    for view in f.sentences():
        for tok in view.tokens:
            if tok.dep_ != "appos" or view.in_quote(tok) or not who(f, view, tok.head):
                continue
            person = who(f, view, tok.head)
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.text.lower() == "for"):
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                num = (
                    next((c for c in pobj.children if c.dep_ == "nummod"), None)
                    if pobj is not None
                    else None
                )
                if (
                    pobj is None
                    or num is None
                    or to_int(num.text) is None
                    or pobj.text.lower() not in ("seasons", "years", "decades")
                ):
                    continue
                keep = [
                    t
                    for t in tok.subtree
                    if t.i not in {x.i for x in prep.subtree} and not (t.dep_ == "punct")
                ]
                phrase = " ".join(t.text for t in sorted(keep, key=lambda t: t.i))
                if len(phrase.split()) <= 8:
                    f.add(
                        "number",
                        person,
                        str(to_int(num.text)),
                        view,
                        relation="span",
                        type="number",
                        noun=pobj.text.lower(),
                        role=phrase,
                        support=num.text,
                        weight=1.2,
                    )


@rule
def family_sizes(f: Findings) -> None:
    """'a mother of two', 'the father of five': how many children, as of the story."""
    for view in f.sentences():
        for tok in view.tokens:
            if tok.text.lower() not in _PARENT_WORDS or view.in_quote(tok):
                continue
            of = next(
                (c for c in tok.children if c.dep_ == "prep" and c.text.lower() == "of"), None
            )
            num = (
                next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            )
            n = to_int(num.text) if num is not None and num.tag_ == "CD" else None
            if num is None or n is None or n < 2 or n > 20:
                continue
            person = (
                who(f, view, tok)
                or (who(f, view, tok.head) if tok.dep_ == "appos" else "")
                or subject_of(f, view, tok)
            )
            if person and any(c.dep_ in ("det",) for c in tok.children):
                f.add(
                    "number",
                    person,
                    str(n),
                    view,
                    relation="children",
                    type="number",
                    noun="children",
                    support=num.text,
                    story=lede_event(f, person),
                    weight=1.1,
                )
        for tok in view.tokens:
            if tok.text.lower() in _OFFSPRING and not view.in_quote(tok):
                _owned_children(f, view, tok)


_OFFSPRING = frozenset({"children", "kids", "sons", "daughters", "grandchildren", "stepchildren"})


def _owned_children(f: Findings, view: SentenceView, noun: Token) -> None:
    """'the couple's four daughters', 'his three children': a family's size, owned."""
    num = next((c for c in noun.children if c.dep_ == "nummod" and c.i < noun.i), None)
    n = to_int(num.text) if num is not None else None
    if n is None or n < 2 or n > 20 or not any(c.dep_ == "poss" for c in noun.children):
        return
    assert num is not None  # n was read from it
    if any(
        c.text.lower()
        in ("other", "older", "younger", "eldest", "oldest", "youngest", "big", "little")
        for c in noun.children
    ):
        return  # "his two older brothers": part of a family, not its size
    whose = owner(f, view, noun)
    if not whose:
        return
    f.add(
        "number", whose, str(n), view,
        relation="children", type="number", noun=noun.text.lower(), support=num.text,
        story=lede_event(f, whose), weight=1.0,
    )  # fmt: skip


@rule
def tour_sizes(f: Findings) -> None:
    """'a 40-date tour', 'a world tour made up of just 31 dates': how many dates."""
    for view in f.sentences():
        for tok in view.tokens:
            low = tok.text.lower()
            if low not in ("tour", "residency") or view.in_quote(tok):
                continue
            n, unit, support = _tour_count(tok)
            if not n:
                continue
            whose = owner(f, view, tok) or subject_of(f, view, tok)
            if whose:
                what = " ".join(
                    t.text
                    for t in tok.subtree
                    if t.i < tok.i
                    and t.dep_ in ("amod", "compound")
                    and t.tag_ != "CD"
                    and not _has_number(t.text)
                )
                f.add(
                    "number",
                    whose,
                    str(n),
                    view,
                    relation="tour-size",
                    type="number",
                    noun=unit,
                    tour=f"{what} {low}".strip(),
                    support=support,
                    weight=1.2,
                )


def _tour_count(tour: Token) -> tuple[int, str, str]:
    """(n, 'dates', written) for '40-date tour' or 'tour consisting of 25 dates'; (0, '', '')."""
    for child in tour.children:
        words = [t.text.lower() for t in child.subtree]
        if (
            child.dep_ in ("amod", "compound", "nummod")
            and len(words) == 3
            and words[1] == "-"
            and words[2] in _TOUR_UNITS
        ):
            n = to_int(words[0])
            if n and n >= 2:
                return (
                    n,
                    f"{words[2]}s" if not words[2].endswith("s") else words[2],
                    list(child.subtree)[0].text,
                )
        if child.dep_ == "acl" and lexicon.lemma_of(child.text) in (
            "consist",
            "feature",
            "span",
            "include",
            "comprise",
        ):
            for t in child.subtree:
                if (
                    t.tag_ == "CD"
                    and t.head.text.lower().rstrip("s") in _TOUR_UNITS
                    and t.head.i > t.i
                ):
                    n = to_int(t.text)
                    if n and n >= 2:
                        return n, t.head.text.lower(), t.text
    return 0, "", ""


_KIN_PLURALS = {
    "sons": "sons",
    "daughters": "daughters",
    "children": "children",
    "kids": "children",
}
_LIST_GLUE = frozenset({",", "and", "&"})


@rule
def listed_children(f: Findings) -> None:
    """'Okafor shares sons Theo, and Max, 10 weeks, and daughters Ivy, 7 months, and June,
    7, with wife ...': how many children, counted from the names the sentence lists."""
    for view in f.sentences():
        words = [t.text.lower() for t in view.tokens]
        if not any(w in ("shares", "share", "has", "have", "had", "shared") for w in words[:6]):
            continue  # only a sentence that says whom someone has lists the whole family
        groups = _kin_groups(f, view)
        if not groups:
            continue
        person = next((f.cast.who(view, t) for t in view.tokens[:3] if f.cast.who(view, t)), "")
        named = {n for _kin, names in groups for n in names}
        # The family rules may have read a name the list scan missed ("June Okafor" as a place).
        named |= {
            x.value
            for x in f.facts
            if x.kind == "child"
            and x.evidence.index == view.index
            and person in x.subject.split(" and ")
        }
        firsts = {n.split()[0].lower(): n for n in sorted(named, key=len, reverse=True)}
        named = set(firsts.values())  # "Max Arlo Okafor" and "Max Arlo Okafors" are one
        if not person or person in named or len(named) < 2:
            continue
        written = [n for n in named if n in view.text] or sorted(named)
        f.add(
            "number",
            person,
            str(len(named)),
            view,
            relation="children",
            type="number",
            noun="children",
            support="|".join(sorted(written)),
            listed="yes",
            weight=1.1,
        )


def _kin_groups(f: Findings, view: SentenceView) -> list[tuple[str, list[str]]]:
    """[('sons', ['Theo', 'Max Arlo Okafor']), ('daughters', [...])] in list order."""
    groups: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    toks = view.tokens
    i = 0
    while i < len(toks):
        t = toks[i]
        low = t.text.lower()
        if low in _KIN_PLURALS:
            current = []
            groups.append((_KIN_PLURALS[low], current))
        elif current is not None and (
            t.ent_type_ == "PERSON" or t.tag_ == "NNP" and f.cast.who(view, t)
        ):
            j = i
            while (
                j + 1 < len(toks)
                and toks[j + 1].tag_ == "NNP"
                and (
                    toks[j + 1].ent_iob_ == "I"
                    or f.cast.who(view, toks[j + 1]) == f.cast.who(view, t)
                )
            ):
                j += 1
            name = f.cast.who(view, t) or " ".join(x.text for x in toks[i : j + 1])
            if name not in current:
                current.append(name)
            i = j
        elif current is not None and not (
            low in _LIST_GLUE
            or t.like_num
            or t.ent_type_ in ("DATE", "CARDINAL")
            or low in ("weeks", "months", "years", "old")
        ):
            current = None  # the list ended ("with wife ...")
        i += 1
    return [(kin, names) for kin, names in groups if names]
