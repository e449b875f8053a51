"""Family and romance: spouses, fiancés, partners, exes, children, parents and siblings."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon
from .base import (
    PRONOUNS,
    Findings,
    late_rule,
    owner,
    person_after,
    person_in,
    rule,
    subject_of,
    subject_token,
    who,
)
from .reading import SentenceView

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND_OF = {
    "spouse": "spouse",
    "partner": "partner",
    "ex": "partner",
    "child": "child",
    "stepchild": "child",
    "parent": "parent",
    "sibling": "sibling",
}


_GLUED_AGE = re.compile(r"^[A-Z][a-z]+,\d{1,2}$")  # "Sarah,14": a name and an age missing a space


def _listed(f: Findings, view: SentenceView, first_end: int, first: str) -> list[str]:
    """The people listed after a plural kin noun: "sons Theo, and Max, 10 weeks, and ..."."""
    doc = view.span.doc
    out = [first]
    i = first_end
    while i < view.span.end:
        tok = doc[i]
        p = f.cast.who(view, tok)
        if p and p not in out and tok.text.lower() not in ("he", "she", "his", "her"):
            end = i
            while end < view.span.end and f.cast.who(view, doc[end]) == p:
                end += 1
            if end < view.span.end and doc[end].tag_ == "POS":
                break  # "..., and Maisie, 35, Hale's daughter": the parent ends the list
            if not _owned_elsewhere(f, view, end - 1):
                out.append(p)
            i = end
            continue
        # Ages and units between the names ("Ivy Rose, 7 months, and June Marie, 7").
        if (
            tok.text in (",", "and", ":", ";")
            or tok.like_num
            or tok.text.lower()
            in ("months", "weeks", "days", "years", "month", "week", "day", "year", "old")
            or _GLUED_AGE.match(tok.text)
        ):
            i += 1
            continue
        break
    return out


def _age_words(view: SentenceView, i: int) -> int:
    """How many tokens from i spell an age before a name ("two-year-old", "18-month-old")."""
    doc = view.span.doc
    words = [doc[k].text.lower() for k in range(i, min(i + 5, view.span.end))]
    if (
        len(words) == 5
        and doc[i].like_num
        and words[1] == words[3] == "-"
        and words[2] in ("year", "month", "week", "day")
        and words[4] == "old"
    ):
        return 5
    return 0


def _after_roles(f: Findings, view: SentenceView, noun: Token) -> tuple[str, int]:
    """A name after role words: "his wife, singer-songwriter Ada Quill", "husband, producer Mateo
    Cruz" (a comma, then at most four words that are roles, hyphens or adjectives)."""
    doc = view.span.doc
    roles = lexicon.roles()
    i = noun.i + 1
    limit = noun.i + 6
    if (
        i + 2 < view.span.end
        and doc[i].text.lower() == "of"
        and any(
            doc[j].text.lower() in ("years", "year", "months", "decades")
            for j in range(i + 1, min(i + 5, view.span.end))
        )
    ):
        # "his wife of nearly 10 years, Dana": the marriage's length comes first.
        i = (
            next(
                j
                for j in range(i + 1, view.span.end)
                if doc[j].text.lower() in ("years", "year", "months", "decades")
            )
            + 1
        )
        limit = i + 4
    limit += 3  # "political and communications strategist Tom Vale": a longer job phrase
    while i < min(view.span.end, limit):
        tok = doc[i]
        p = f.cast.who(view, tok)
        if p and tok.text.lower() not in PRONOUNS:
            end = i
            while end < view.span.end and f.cast.who(view, doc[end]) == p:
                end += 1
            return p, end
        if (
            tok.text in (",", "-")
            or tok.text.lower() in roles
            or tok.tag_ in ("JJ", "DT")
            or tok.text.lower() in ("girl", "boy")
            or tok.text.lower() == "and"
            and i > noun.i + 1
            and doc[i - 1].tag_ in ("JJ", "NN")
            or tok.tag_ in ("NN", "NNS")
            and any(
                doc[k].text.lower() in roles for k in range(i + 1, min(i + 3, limit, view.span.end))
            )
        ):
            i += 1
            continue  # "our baby girl Alaia-Mai", "political and communications strategist"
        age = _age_words(view, i)
        if age:
            i += age
            limit += age  # "eldest son, two-year-old Theo": the age before the name
            continue
        break
    return "", noun.i


def _tied(noun: Token, name: Token) -> bool:
    """True when the parse links a name to the kin noun before it (apposition, compound, list),
    so that "their new son, Hilde teased fans" does not make Hilde the son."""
    for tok in (name, *name.ancestors):
        if tok == noun:
            return True
        if tok.dep_ not in ("compound", "appos", "conj", "flat", "nmod", "npadvmod", "attr"):
            break
    return noun.head == name or name.dep_ in ("appos", "compound") and name.head == noun.head


def _relative_named(f: Findings, view: SentenceView, noun: Token) -> tuple[list[str], int]:
    """Who a kin noun names: the name after it, its apposition, or the name it modifies."""
    doc = view.span.doc
    if (
        noun.i + 2 < view.span.end
        and doc[noun.i + 1].tag_ == "POS"
        and doc[noun.i + 2].text.lower() == "name"
    ):
        rel, end = person_after(f, view, doc[noun.i + 2])  # "their son's name: Orrin Vale Holt"
        return ([rel] if rel else []), end
    rel, end = person_after(f, view, noun)
    if not rel:
        rel, end = _after_roles(f, view, noun)
    if rel and not _tied(noun, doc[end - 1]) and doc[noun.i + 1].text == ",":
        # A comma, then a name that starts the next clause ("their son, Hilde teased fans")
        # unless the name is set off like an apposition (", Dana Whitlow, this past Saturday").
        closes = (
            end >= view.span.end
            or doc[end].text in (",", ".", ";", ")", "—", "–")
            or doc[end].dep_ == "cc"
        )
        if not closes:
            rel = ""
    if rel:
        plural = noun.text.lower().endswith(("s", "ren")) and noun.text.lower() not in ("boss",)
        return (_listed(f, view, end, rel) if plural else [rel]), end
    head = noun.head
    if noun.dep_ in ("compound", "amod", "nmod") and who(f, view, head):
        return [who(f, view, head)], head.i + 1  # "wife Tiffany" parsed as a compound
    if noun.dep_ == "appos" and who(f, view, head) and any(c.dep_ == "poss" for c in noun.children):
        return [who(f, view, head)], noun.i + 1  # "Maisie, 35, Hale's daughter"
    for child in noun.children:
        if child.dep_ == "appos":
            p = person_in(f, view, list(child.subtree))
            if p:
                return [p], child.i + 1
    return [], noun.i


def _owner_of_kin(f: Findings, view: SentenceView, noun: Token, named: list[str]) -> str:
    """Whose relative it is: possessive, 'of' phrase, the name it is apposed to, or the subject."""
    from .base import couple

    p = owner(f, view, noun)
    if p:
        return p
    if any(c.dep_ == "poss" and c.text.lower() == "their" for c in noun.children) and couple(f):
        return couple(f)  # "Their eldest son, August": the star and the star's partner
    if (
        noun.dep_ == "conj"
        and noun.head.text.lower() in lexicon.kin()
        and not any(c.dep_ == "poss" for c in noun.children)
    ):
        return _owner_of_kin(f, view, noun.head, named)  # "his wife Greta and sons Otto and Felix"
    if any(c.dep_ == "poss" for c in noun.children):
        return ""  # "Sarah's father": someone's relative we cannot name, not the subject's
    for child in noun.children:
        if child.dep_ == "prep" and child.text.lower() == "of":
            obj = person_in(f, view, list(child.subtree))
            if obj:
                return obj
    if noun.dep_ == "appos" and who(f, view, noun.head):
        return ""  # "Ann, the daughter of Bo": handled through the 'of' phrase's owner
    if not _subject_owns(noun):
        return ""  # "Ronnie is a nod to the Duchess's father": not the subject's father
    subj = subject_of(f, view, noun)
    return subj if subj not in named else ""


_HAVING = frozenset(
    {
        "have",
        "welcome",
        "share",
        "expect",
        "adopt",
        "raise",
        "bear",
        "deliver",
        "lose",
        "marry",
        "wed",
        "divorce",
        "leave",
        "join",
        "thank",
        "kiss",
        "hug",
        "celebrate",
        "announce",
        "introduce",
        "bring",
        "take",
        "name",
        "call",
    }
)


def _subject_owns(noun: Token) -> bool:
    """True when the clause's subject is whose relative the bare kin noun is: the object of a
    having or family verb ("has a son, Knight", "welcomed a daughter"), "parents to a
    daughter", "with her husband", or a noun beside the subject ("she and husband Cooke")."""
    if noun.dep_ in ("nsubj", "nsubjpass", "conj", "compound", "appos", "npadvmod"):
        return True
    if noun.dep_ in ("dobj", "attr", "oprd", "dative"):
        return lexicon.lemma_of(noun.head.text) in _HAVING or noun.head.text.lower() in (
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
        )
    if noun.dep_ == "pobj":
        prep = noun.head
        if prep.text.lower() == "with" and not any(c.dep_ == "poss" for c in prep.head.children):
            return True  # "shares two sons with wife of ten years, Dana" (wherever "with" hangs)
        return prep.text.lower() in ("to", "alongside", "beside", "by", "for") and (
            prep.head.tag_.startswith("VB")
            or prep.head.text.lower()
            in ("parents", "parent", "mother", "father", "mom", "dad", "married")
        )
    return False


def _of_phrase(f: Findings, view: SentenceView, noun: Token) -> list[str]:
    """People in the noun's 'of' phrase ("the son of Arnold Schwarzenegger and Maria Shriver")."""
    out: list[str] = []
    doc = view.span.doc
    for child in noun.children:
        if child.dep_ == "prep" and child.text.lower() == "of":
            # Everything the noun spans after "of": the parser often hangs the second name
            # elsewhere ("the son of actor Tom Ardley and author Ada Quill").
            for i in range(child.i + 1, noun.right_edge.i + 1):
                t = doc[i]
                p = who(f, view, t)
                if p and p not in out and t.text.lower() not in PRONOUNS:
                    out.append(p)
    return out


def _not_kin(tok: Token, view: SentenceView) -> bool:
    """True when a kin word here names no relative: "father-in-law", "ex" before "-wife",
    "business partner", "dance partner", a partner in crime."""
    doc = view.span.doc
    nxt = [doc[i].text.lower() for i in range(tok.i + 1, min(tok.i + 3, view.span.end))]
    if nxt[:2] == ["-", "in"] or (tok.text.lower() == "ex" and nxt[:1] == ["-"]):
        return True
    if lexicon.kin()[tok.text.lower()].relation == "partner" and tok.text.lower().startswith(
        "partner"
    ):
        allowed = lexicon.word_set("romance_partner_modifiers")
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
        if any(c.text.lower() not in allowed for c in mods):
            return True  # "business partner", "tennis partner"
        if any(c.dep_ == "prep" and c.text.lower() in ("in", "at") for c in tok.children):
            return True  # "partner in crime", "partner at the firm"
    return False


def _ex_modified(tok: Token) -> bool:
    """'his previous wife', 'her former partner', 'his first wife'."""
    return any(
        c.dep_ in ("amod", "advmod") and c.text.lower() in lexicon.word_set("ex_modifiers")
        for c in tok.children
    )


_INVERSE = {
    "spouse": "spouse",
    "partner": "partner",
    "child": "parent",
    "parent": "child",
    "sibling": "sibling",
}
_WORDS = {
    ("spouse", "M"): "husband", ("spouse", "F"): "wife",
    ("partner", "M"): "boyfriend", ("partner", "F"): "girlfriend",
    ("child", "M"): "son", ("child", "F"): "daughter",
    ("parent", "M"): "father", ("parent", "F"): "mother",
    ("sibling", "M"): "brother", ("sibling", "F"): "sister",
}  # fmt: skip


def _record(
    f: Findings, view: SentenceView, kind: str, whose: str, rel: str, entry: lexicon.Kin, tok: Token
) -> None:
    """Write a kin fact both ways round ("X's son Y" is also "Y's father X")."""
    sex = entry.sex or f.cast.sex(rel)
    word = entry.word if entry.word.startswith("ex-") else tok.text.lower()
    if word.endswith("s") and word[:-1] in lexicon.kin():
        word = word[:-1]
    elif word == "children":
        word = "child"
    status = entry.status or ("ex" if entry.relation == "ex" else "")
    f.add(kind, whose, rel, view, relation=word, type="person", sex=sex, status=status)
    inverse = _INVERSE.get(kind)
    # "The couple's son Shepherd": Shepherd's father and his mother, each of them.
    owners = members_of(whose) if kind == "child" and " and " in whose else [whose]
    for owner_ in owners:
        if owner_ != whose:
            f.add(
                kind,
                owner_,
                rel,
                view,
                relation=word,
                type="person",
                sex=sex,
                status=status,
                weight=0.95,
            )
        owner_sex = f.cast.sex(owner_)
        if inverse and status != "ex" and " and " not in owner_:
            if kind == "partner" and status == "engaged":
                back = {"M": "fiancé", "F": "fiancée"}.get(owner_sex, "fiance")
            else:
                back = _WORDS.get((inverse, owner_sex), inverse)
            f.add(
                inverse,
                rel,
                owner_,
                view,
                relation=back,
                type="person",
                sex=owner_sex,
                status=status,
                weight=0.9,
            )


def _romance_objects(tok: Token) -> list[tuple[tuple[str, str], list[Token]]]:
    """(pattern, object tokens) for each way the token may name a partner (patterns in the
    lexicon): a preposition ("engaged to", "her marriage to"), an object ("married Ali"), an
    object noun's preposition ("tied the knot with", "popped the question to"), or the noun a
    relative clause hangs on ("Rob Keeling, with whom she split")."""
    table = lexicon.romance()
    word = tok.text.lower()
    verb = tok.tag_.startswith("VB")
    lemma = lexicon.lemma_of(word) if verb else word
    if not verb and word not in lexicon.romance_words():
        return []  # the cheap test first: most tokens are no romance word at all
    forms = [word, lemma]
    if verb and any(c.dep_ == "prt" and c.text.lower() == "up" for c in tok.children):
        forms.append(f"{lemma} up")  # "broke up with"
    forms += [
        c.text.lower()
        for c in tok.children
        if c.dep_ == "dobj" and c.text.lower() in ("knot", "question")
    ]
    preps = [c for c in tok.children if c.dep_ == "prep"]
    if not verb:
        # A noun's preposition often hangs on its verb or its own preposition: "from her
        # marriage to Dan", "announced his engagement to Abby".
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.dep_ == "prep" and nxt not in preps:
            preps.append(nxt)
        if tok.dep_ == "dobj" and not preps:
            preps += [c for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i]
    out = []
    for prep in preps:
        p = prep.text.lower()
        form = next((x for x in forms if (x, p) in table), "")
        if not form:
            continue
        objects = list(prep.subtree)
        if any(t.text.lower() in ("whom", "who") for t in objects) and tok.dep_ == "relcl":
            objects = list(tok.head.subtree)[
                : tok.head.i - tok.head.left_edge.i + 1
            ]  # the antecedent
        out.append(((form, p), objects))
    if verb and (lemma, "") in table:
        objs = [t for c in tok.children if c.dep_ == "dobj" for t in c.subtree]
        if objs:
            out.append(((lemma, ""), objs))
    if not out and any(x in lexicon.romance_words() for x in forms):
        out = _romance_by_order(tok, forms, table)
    return out


def _romance_by_order(
    tok: Token, forms: list[str], table: dict[tuple[str, str], tuple[str, str]]
) -> list[tuple[tuple[str, str], list[Token]]]:
    """When the parse loses the preposition ("wed three times, to actresses Ada Quill and
    Meg Ryan", "popping the question to model Alexandra"): the pattern's preposition a few
    words on, and everything after it up to the clause's end."""
    doc = tok.doc
    sent_end = tok.sent.end
    for i in range(tok.i + 1, min(tok.i + 6, sent_end)):
        p = doc[i].text.lower()
        form = next((x for x in forms if (x, p) in table), "")
        if form:
            end = i + 1
            while (
                end < sent_end
                and doc[end].text not in (".", ";", "—", "–")
                and not (
                    doc[end].text == ","
                    and end + 1 < sent_end
                    and doc[end + 1].tag_.startswith("VB")
                )
            ):
                end += 1
            return [((form, p), [doc[j] for j in range(i + 1, end)])]
        if doc[i].tag_.startswith("VB") and doc[i].text.lower() not in ("been", "be"):
            break
    return []


@rule
def romance_verbs(f: Findings) -> None:
    """'engaged to Y', 'married Y', 'tied the knot with Y', 'filed for divorce from Y',
    'previously married three times, to A and B and C' (exes, each of them)."""
    for view in f.sentences():
        for tok in view.tokens:
            if view.in_quote(tok):
                continue
            for key, objects in _romance_objects(tok):
                kind, status = lexicon.romance()[key]
                others = _people_listed(
                    f, view, [t for t in objects if t.text.lower() not in ("his", "her", "their")]
                )
                if not others:
                    # "married his fiancee, Dana Whitlow": the name follows the kin noun.
                    noun = next((t for t in objects if t.text.lower() in lexicon.kin()), None)
                    others = _relative_named(f, view, noun)[0] if noun is not None else []
                if key[0] in ("relationship", "romance", "affair") and any(
                    t.text.lower() in lexicon.word_set("associates")
                    or t.text.lower() in ("star", "co")
                    for t in objects
                ):
                    continue  # "her bond with rival and castmate Gretchen": no romance
                poss = (
                    next((c for c in tok.children if c.dep_ == "poss"), None)
                    if not tok.tag_.startswith("VB")
                    else None
                )
                me = (
                    (
                        who(f, view, poss)
                        if poss is not None and poss.text.lower() not in ("their",)
                        else ""
                    )
                    or _gerund_subject(f, view, tok)
                    or subject_of(f, view, tok)
                )
                if me and me in others:
                    continue
                if _ended(tok):
                    kind, status = "partner", "ex"  # "the close of her fling with Tom Ardley"
                if not others or not me:
                    continue
                if status in ("married", "") and (
                    _ex_modified(tok)
                    or any(
                        c.dep_ == "advmod" and c.text.lower() in lexicon.word_set("ex_adverbs")
                        for c in tok.head.children
                    )
                    or any(
                        c.dep_ == "advmod" and c.text.lower() in lexicon.word_set("ex_adverbs")
                        for c in tok.children
                    )
                ):
                    kind, status = (
                        "partner",
                        "ex",
                    )  # "his previous marriage to", "previously married to"
                for other in others:
                    if other == me or other in me.split(" and "):
                        continue
                    sex = f.cast.sex(other)
                    if kind == "spouse":
                        relation = {"M": "husband", "F": "wife"}.get(sex, "spouse")
                    elif status == "ex":
                        wedded = key[0] in (
                            "married",
                            "marriage",
                            "marry",
                            "wed",
                            "divorce",
                            "anniversary",
                            "knot",
                        )
                        relation = (
                            {"M": "ex-husband", "F": "ex-wife"}.get(sex, "ex") if wedded else "ex"
                        )
                    else:
                        relation = {"engaged": "fiance"}.get(status, "partner")
                    f.add(
                        kind,
                        me,
                        other,
                        view,
                        relation=relation,
                        type="person",
                        sex=sex,
                        status=status,
                        weight=1.5,
                    )


@rule
def kin_nouns(f: Findings) -> None:
    """'his wife, Megan Tolliver', 'Rook's wife Sienna', 'sons Theo and Max', 'son of Arnold'."""
    kin = lexicon.kin()
    for view in f.sentences():
        for tok in view.tokens:
            entry = kin.get(tok.text.lower())
            if entry is None or entry.relation not in KIND_OF:
                continue
            quoted = view.in_quote(tok)
            if quoted and not _quote_possessor(tok):
                continue  # inside a quotation only "my/our/his/her <kin> <Name>" is read
            doc = view.span.doc
            if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].text.lower() == "ex":
                entry = kin.get(f"ex-{tok.text.lower()}", entry)  # "ex-wife" comes in three tokens
            if _not_kin(tok, view):
                continue
            if entry.relation in ("spouse", "partner") and _ex_modified(tok):
                entry = lexicon.Kin(
                    entry.word, "ex", entry.sex
                )  # "his previous wife", "former partner"
            if tok.text.lower() == "twins":
                entry = lexicon.Kin("child", "child", "")  # "share twins": children of the owner
            kind = KIND_OF[entry.relation]
            named, _end = _relative_named(f, view, tok)
            parents = _of_phrase(f, view, tok)
            if parents and tok.dep_ == "appos" and who(f, view, tok.head):
                # "Schwarzenegger, the son of Arnold ...": the head is the child of each.
                child = who(f, view, tok.head)
                for p in parents:
                    _record(f, view, kind, p, child, entry, tok)
                continue
            if not named and tok.dep_ in ("nsubj", "nsubjpass") and owner(f, view, tok):
                # "Ben Affleck's brother was up for ...": the brother is who the story is about.
                me = f.cast.main
                if me and me != owner(f, view, tok) and f.cast.sex(me) in (entry.sex, ""):
                    named = [me]
            if not named:
                continue
            whose = (
                _quote_owner(f, view, _quote_possessor(tok))
                if quoted
                else _owner_of_kin(f, view, tok, named)
            )
            if not whose and kind == "sibling" and _about_newborn(f, view, tok):
                # "The baby joins three brothers and five sisters: Peter, ...":
                # the baby's siblings are the parents' children.
                parents = _story_parents(f)
                for rel in named:
                    for parent in parents:
                        if parent != rel:
                            f.add(
                                "child",
                                parent,
                                rel,
                                view,
                                relation="child",
                                type="person",
                                sex=f.cast.sex(rel),
                                weight=1.1,
                            )
                continue
            if (
                entry.word.startswith("ex-")
                and tok.i >= 2
                and not owner(f, view, tok)
                and not quoted
            ):
                whose = (
                    owner(f, view, doc[tok.i - 2]) or whose
                )  # "her ex - husband": "her" hangs on "ex"
            for rel in named:
                owner_ = whose
                if " and " in owner_ and rel in owner_.split(" and "):
                    # "she and husband Tom Ardley welcomed ...": the other half of the pair.
                    owner_ = next(p for p in owner_.split(" and ") if p != rel)
                if owner_ and owner_ != rel:
                    _record(f, view, kind, owner_, rel, entry, tok)


def _about_newborn(f: Findings, view: SentenceView, tok: Token) -> bool:
    """True when the kin noun's clause is about the story's baby ("The newborn is ...")."""
    subj = subject_token(tok)
    if subj is None or f.cast.who(view, subj):
        return False
    child = {w for w, k in lexicon.kin().items() if k.relation == "child"} | {
        "baby",
        "newborn",
        "boy",
        "girl",
    }
    return subj.text.lower() in child and any(
        c.text.lower() in ("the", "this") for c in subj.children
    )


def _story_parents(f: Findings) -> list[str]:
    """The story's star and the star's partner (the parents of the story's baby)."""
    from .base import couple

    pair = couple(f)
    return members_of(pair) if pair else ([f.cast.main] if f.cast.main else [])


def members_of(subject: str) -> list[str]:
    """The people of a subject: "A and B" is two."""
    return [p.strip() for p in subject.split(" and ") if p.strip()]


def _quote_possessor(tok: Token) -> str:
    """The possessive pronoun of a kin noun, or of the kin noun it is listed with ("his wife
    Greta and sons Otto and Felix"): '' when there is none."""
    noun = tok
    for _ in range(4):
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss.text.lower() if poss.text.lower() in _QUOTED_POSSESSORS else ""
        if noun.dep_ not in ("conj", "appos", "compound") or noun.head == noun:
            return ""
        noun = noun.head  # "his wife Greta and sons Otto": "sons" is listed after "Greta"
    return ""


_QUOTED_POSSESSORS = frozenset({"my", "our", "his", "her"})


def _speaker(f: Findings, view: SentenceView) -> str:
    """Who is quoted: the subject of the reporting clause ("Marvin wrote on Twitter: ..."), or
    of the sentence before when the quotation runs on."""
    for v in (view, f.reading.sents[view.index - 1] if view.index > 0 else None):
        if v is None:
            continue
        root = v.span.root
        if not v.in_quote(root):
            speaker = subject_of(f, v, root)
            return speaker if " and " not in speaker else ""
    return ""


def _quote_owner(f: Findings, view: SentenceView, pronoun: str) -> str:
    """Whose relative a quotation's "my son", "our baby girl" or "his wife" names: the speaker
    (and their partner for "our"), or for "his/her" the story's star when the sex fits."""
    from .base import couple

    if pronoun in ("his", "her"):
        main = f.cast.main
        sex = "M" if pronoun == "his" else "F"
        return main if main and f.cast.sex(main) in (sex, "") and _speaker(f, view) != main else ""
    speaker = _speaker(f, view)
    if pronoun == "our" and speaker and speaker == f.cast.main:
        return couple(f) or speaker
    if pronoun == "our" and speaker:
        partners = [
            x.value
            for x in f.facts
            if x.kind in ("spouse", "partner") and x.subject == speaker and x.get("status") != "ex"
        ]
        return f"{speaker} and {partners[0]}" if len(set(partners)) == 1 else speaker
    return speaker if pronoun == "my" else ""


def _gerund_subject(f: Findings, view: SentenceView, tok: Token) -> str:
    """ "Lando Quill popping the question to ...": a gerund right after a name is that
    person's doing, whatever clause the parser hangs it on."""
    if tok.tag_ != "VBG" or tok.i == view.span.start:
        return ""
    prev = view.span.doc[tok.i - 1]
    return who(f, view, prev) if prev.text.lower() not in PRONOUNS else ""


def _ended(tok: Token) -> bool:
    """'the end of her romance with X', 'after the collapse of their marriage'."""
    head = tok.head
    return head.text.lower() == "of" and head.head.text.lower() in lexicon.word_set("ex_nouns")


def _people_listed(f: Findings, view: SentenceView, tokens: list[Token]) -> list[str]:
    """The people named among tokens: the first, and those listed with it by 'and' ("to
    actresses Ada Quill and Meg Ryan and realtor Kimberly Holt"), role words and
    commas between them; anything else ends the list."""
    first = person_in(f, view, tokens)
    if not first:
        return []
    out = [first]
    roles = lexicon.roles()
    started = False
    for t in tokens:
        p = who(f, view, t)
        if p == first:
            started = True
            continue
        if not started:
            continue
        if p and t.text.lower() not in PRONOUNS:
            if p not in out:
                out.append(p)
            continue
        if (
            t.text in (",", "and", "&")
            or t.text.lower() in roles
            or t.tag_ in ("NN", "NNS", "JJ", "DT", "VB")
            and t.dep_ in ("compound", "amod", "det", "conj", "dobj", "pobj", "nmod", "cc")
        ):
            continue
        break
    return out


_PAIR_EVENTS = {
    "marry": ("spouse", "married"), "wed": ("spouse", "married"), "tie": ("spouse", "married"),
    "engage": ("partner", "engaged"), "welcome": ("spouse", ""), "split": ("partner", "ex"),
    "divorce": ("spouse", "divorcing"), "date": ("partner", "dating"),
}  # fmt: skip


_COUPLE_NOUNS = {"wedding": ("spouse", "married"), "marriage": ("spouse", "married"),
                 "nuptials": ("spouse", "married"), "engagement": ("partner", "engaged"),
                 "divorce": ("spouse", "divorcing"), "split": ("partner", "ex")}  # fmt: skip


def _past_big_day(view: SentenceView, tok: Token) -> bool:
    """ "A and B ... on their big day" told in the past: the wedding (a day ahead may be any)."""
    root = view.span.root
    return (
        tok.text.lower() == "day"
        and any(c.text.lower() == "big" and c.dep_ == "amod" for c in tok.children)
        and root.tag_ == "VBD"
        and not view.in_quote(tok)
    )


@rule
def couples(f: Findings) -> None:
    """'Ballas and Jean began dating', 'Owen Marsh and Clara Beth Dorsey tied the knot',
    'Kourtney Kardashian and Travis Barker ... their catholic wedding'."""
    for view in f.sentences():
        for tok in view.tokens:
            if (tok.text.lower() in _COUPLE_NOUNS or _past_big_day(view, tok)) and any(
                c.text.lower() == "their" and c.dep_ == "poss" for c in tok.children
            ):
                subj = next(
                    (
                        t
                        for t in view.tokens
                        if t.dep_ in ("nsubj", "nsubjpass")
                        and (
                            any(c.dep_ == "conj" for c in t.children)
                            or any(c.dep_ == "conj" for c in t.subtree)
                            and any(c.text == "and" for c in t.subtree)
                        )  # "actor A and star B" parsed with the pair under one compound
                    ),
                    None,
                )
                pair = (
                    [p for p in dict.fromkeys(f.cast.who(view, t) for t in subj.subtree) if p]
                    if subj is not None
                    else []
                )
                if len(pair) == 2:
                    kind, status = _COUPLE_NOUNS.get(tok.text.lower(), ("spouse", "married"))
                    for me, other in (pair, pair[::-1]):
                        sex = f.cast.sex(other)
                        relation = (
                            {"M": "husband", "F": "wife"}.get(sex, "spouse")
                            if kind == "spouse"
                            else {"engaged": "fiance"}.get(status, "partner")
                        )
                        f.add(
                            kind,
                            me,
                            other,
                            view,
                            relation=relation,
                            type="person",
                            sex=sex,
                            status=status,
                            weight=1.3,
                        )
            if not tok.tag_.startswith("VB") or view.in_quote(tok):
                continue
            lemma = lexicon.lemma_of(tok.text)
            if lemma in ("begin", "start") and any(
                c.text.lower() == "dating" for c in tok.children
            ):
                lemma = "date"
            if lemma not in _PAIR_EVENTS:
                continue
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or not any(c.dep_ == "conj" for c in subj.children):
                continue
            pair = [p for p in dict.fromkeys(f.cast.who(view, t) for t in subj.subtree) if p]
            if len(pair) != 2:
                continue
            kind, status = _PAIR_EVENTS[lemma]
            a, b = pair
            for me, other in ((a, b), (b, a)):
                sex = f.cast.sex(other)
                relation = (
                    {"M": "husband", "F": "wife"}.get(sex, "spouse")
                    if kind == "spouse"
                    else {"engaged": "fiance"}.get(status, "partner")
                )
                f.add(
                    kind,
                    me,
                    other,
                    view,
                    relation=relation,
                    type="person",
                    sex=sex,
                    status=status,
                    weight=1.4,
                )


_MISPARSED_MARRIAGE = frozenset({"married", "marries", "wed", "weds"})


def _the_star_described(f: Findings, tok: Token) -> str:
    """The story's star for 'The "Paper Hearts" singer' when the star is a singer ('' else)."""
    main = f.cast.person(f.cast.main) if f.cast.main else None
    role = lexicon.roles().get(tok.text.lower())
    if main is None or tok.tag_ != "NN" or role is None:
        return ""
    return main.name if tok.text.lower() in main.roles or role and role == main.field else ""


@rule
def misparsed_marriages(f: Findings) -> None:
    """'Singer Ada Brook married producer Tom Vale': the tagger may read "married" as an
    adjective of the role noun, and the clause then has no verb for the rules above. The words
    themselves say it: a person, the verb, role words, a person."""
    for view in f.sentences():
        doc = view.span.doc
        for tok in view.tokens:
            if (
                tok.text.lower() not in _MISPARSED_MARRIAGE
                or tok.tag_.startswith("VB")
                or view.in_quote(tok)
                or tok.i == view.span.start
            ):
                continue
            j = tok.i - 1
            while j > view.span.start and (doc[j].text == "," or doc[j].like_num):
                j -= 1  # 'The "Paper Hearts" singer, 29, married ...'
            me = f.cast.who(view, doc[j]) or _the_star_described(f, doc[j])
            i = tok.i + 1
            while i < view.span.end and doc[i].tag_ in ("NN", "NNS") and doc[i].text.islower():
                i += 1  # "producer", "talent agent"
            other = f.cast.who(view, doc[i]) if i < view.span.end else ""
            if not me or not other or me == other or doc[i].text.lower() in PRONOUNS:
                continue
            for a, b in ((me, other), (other, me)):
                sex = f.cast.sex(b)
                f.add(
                    "spouse",
                    a,
                    b,
                    view,
                    relation={"M": "husband", "F": "wife"}.get(sex, "spouse"),
                    type="person",
                    sex=sex,
                    status="married",
                    weight=1.5,
                )


_NAMING = frozenset({"name", "call", "dub"})


@rule
def named_babies(f: Findings) -> None:
    """'whom they named Cy', 'named her Marigold', 'gave birth to Marigold Anne Reyes', and a
    birth with no name yet: 'welcomed their second child, a baby boy'."""
    child_words = lexicon.data()["child_words"]
    for view in f.sentences():
        doc = view.span.doc
        pending: list[tuple[list[str], Token]] = []
        named_here = False
        for tok in view.tokens:
            if not tok.tag_.startswith("VB"):
                continue
            lemma = lexicon.lemma_of(tok.text)
            speaking = ""
            if view.in_quote(tok):
                # "we welcomed our little girl Alaia-Mai": the speaker's child, and their partner's.
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None or subj.text.lower() not in ("we", "i"):
                    continue
                speaking = _quote_owner(f, view, "our" if subj.text.lower() == "we" else "my")
                if not speaking:
                    continue
            baby, at = "", None
            newborn: Token | None = None
            if lemma in _NAMING:
                if not _baby_context(f, view, tok):
                    continue  # "calling the photos an embarrassment", "named after my dad"
                # the name is the verb's second object or an oprd: "named her Marigold".
                for c in tok.children:
                    if c.dep_ in ("oprd", "dobj", "attr", "xcomp", "ccomp") or c.dep_ == "npadvmod":
                        p, t = _person_tok(f, view, list(c.subtree))
                        if p:
                            baby, at = p, t
                if not baby:
                    nxt = [doc[i] for i in range(tok.i + 1, min(tok.i + 5, view.span.end))]
                    at = next(
                        (
                            t
                            for t in nxt
                            if f.cast.who(view, t) and t.text.lower() not in ("him", "her", "them")
                        ),
                        None,
                    )
                    baby = f.cast.who(view, at) if at is not None else ""
            elif lemma == "give" and any(c.text.lower() == "birth" for c in tok.children):
                for c in tok.children:
                    if c.dep_ == "prep" and c.text.lower() == "to":
                        baby, at = _person_tok(f, view, list(c.subtree))
                        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                        newborn = newborn or (_newborn(pobj) if pobj is not None else None)
            elif lemma in ("welcome", "deliver", "adopt"):
                obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if lemma == "welcome" and obj is not None and not _a_baby(obj, view, child_words):
                    continue  # "welcomed her old friend, Gordon Pike": a guest, not a birth
                if obj is not None:
                    # The object itself or its apposition ("a son, Cy"), never a name in a
                    # phrase hanging off it ("a baby girl with partner Tom Ardley").
                    named = [obj, *(c for c in obj.children if c.dep_ in ("appos", "compound"))]
                    baby, at = _person_tok(
                        f,
                        view,
                        [t for n in named for t in ([n] if n.dep_ != "appos" else list(n.subtree))],
                    )
                    if not baby:
                        # "adopting a little girl from Ghana, Ivy June": a name set off by a comma
                        # inside the object's phrase, not one after "with" ("with partner David").
                        for t in obj.subtree:
                            if (
                                t.dep_ == "appos"
                                and f.cast.who(view, t)
                                and doc[t.left_edge.i - 1].text == ","
                                and not any(
                                    a.text.lower() == "with" for a in t.ancestors if a.i > obj.i
                                )
                            ):
                                baby, at = f.cast.who(view, t), t
                                break
                    newborn = _newborn(obj)
                if newborn is None:
                    # "welcomed their sixth baby together, a son": the apposition hangs on
                    # the verb.
                    newborn = next(
                        (
                            n
                            for c in tok.children
                            if c.dep_ in ("npadvmod", "appos") and (n := _newborn(c)) is not None
                        ),
                        None,
                    )
            parents = speaking or subject_of(f, view, tok)
            owners = [p.strip() for p in parents.split(" and ")] if parents else []
            if not baby:
                if newborn is not None and owners:
                    pending.append((owners, newborn))
                continue
            named_here = True
            sex = f.cast.sex(baby)
            words = " ".join(t.text.lower() for t in view.tokens)
            for word, s in child_words.items():
                if f" {word} " in f" {words} " and s:
                    sex = sex or s
            relation = {"M": "son", "F": "daughter"}.get(sex, "child")
            baby = _as_written(f, view, baby, at)
            for parent in owners or [f.cast.main]:
                if parent and parent != baby:
                    f.add(
                        "child",
                        parent,
                        baby,
                        view,
                        relation=relation,
                        type="person",
                        sex=sex,
                        event="adoption" if lemma == "adopt" else "birth",
                        weight=1.5,
                    )
        if not named_here:
            # "welcomed a little boy, whom they called Cy": the name is the fact, not "a boy".
            for owners, noun in pending:
                _record_newborn(f, view, owners, noun)


_BIRTH_WORDS = frozenset({"born", "birth", "baby", "newborn", "arrival", "bundle"})


def _a_baby(obj: Token, view: SentenceView, child_words: dict[str, str]) -> bool:
    """True when what was welcomed is a child: a child noun ("a son", "twins"), or a name in
    a sentence that speaks of a birth; not a guest ("her old friend")."""
    noun = obj.text.lower()
    if noun in child_words or noun in _BIRTH_WORDS or _newborn(obj) is not None:
        return True
    if obj.tag_ in ("NNP", "NNPS"):
        words = {t.text.lower() for t in view.tokens}
        return bool(words & (_BIRTH_WORDS | set(child_words)))
    return False


def _person_tok(f: Findings, view: SentenceView, tokens: list[Token]) -> tuple[str, Token | None]:
    """The first person named among tokens and the token naming them (pronouns aside)."""
    for t in tokens:
        if t.text.lower() in PRONOUNS:
            continue
        p = f.cast.who(view, t)
        if p:
            return p, t
    return "", None


def _as_written(f: Findings, view: SentenceView, person: str, at: Token | None) -> str:
    """A baby's name as the sentence writes it when the cast's name for them is not there:
    "whom they named Cy" names a baby Cy, not the artist Cy Twombly he is named after."""
    from ..textutil import contains_phrase

    if at is None or contains_phrase(view.text, person):
        return person
    for m in f.cast.people.mentions.get(view.index, []):
        if m.start <= at.i < m.end:
            return view.span.doc[m.start : m.end].text.replace(" - ", "-").replace(" -", "-")
    return person


def _baby_context(f: Findings, view: SentenceView, verb: Token) -> bool:
    """True when a naming verb names a child: a child word in the sentence or the one before
    ("a little boy, whom they called Cy"; "She gave birth to a girl. They named her Rosa")."""
    if any(
        c.dep_ == "prep" and c.text.lower() in ("after", "for", "as") for c in verb.children
    ) and not any(c.dep_ in ("oprd", "xcomp") for c in verb.children):
        return False  # "named after my dad": a tribute, not a naming
    words = lexicon.kin()
    child = (
        {w for w, k in words.items() if k.relation == "child"}
        | set(lexicon.data()["child_words"])
        | {"twins", "girl", "boy", "baby", "newborn"}
    )
    for v in f.reading.sents[max(0, view.index - 1) : view.index + 1]:
        if any(t.text.lower() in child and not v.in_quote(t) for t in v.tokens):
            return True
    return False


def _newborn(noun: Token) -> Token | None:
    """The noun of an unnamed birth: "a son", "a baby boy", "their second child, a son"."""
    sexed = {w for w, s in lexicon.data()["child_words"].items() if s and " " not in w}
    for t in (*(c for c in noun.children if c.dep_ == "appos"), noun):
        if t.text.lower() in sexed and t.tag_ == "NN":
            return t
    return None


def _record_newborn(f: Findings, view: SentenceView, owners: list[str], noun: Token) -> None:
    """A birth as a fact of its own: "a baby boy" (the question: boy or girl?)."""
    words = [
        c
        for c in noun.children
        if c.i < noun.i and c.dep_ in ("det", "amod", "compound") and not c.like_num
    ]
    det = next((c.text.lower() for c in words if c.dep_ == "det"), "")
    if det not in ("a", "an"):
        return  # "their son": a known child, not the news of a birth
    phrase = " ".join(t.text for t in sorted([*words, noun], key=lambda t: t.i))
    if any(
        c.like_num or c.text.lower() in ("second", "third", "first", "another")
        for c in noun.children
    ):
        return
    sex = lexicon.data()["child_words"].get(noun.text.lower(), "")
    relation = {"M": "son", "F": "daughter"}.get(sex, "child")
    for parent in owners:
        if parent:
            f.add(
                "child",
                parent,
                phrase.lower(),
                view,
                relation=relation,
                type="newborn",
                sex=sex,
                event="birth",
                form="newborn",
                weight=1.1,
            )


_LIST_NOUNS = {
    "children": "",
    "kids": "",
    "sons": "M",
    "daughters": "F",
    "twins": "",
    "boys": "M",
    "girls": "F",
}
_LIST_GLUE = frozenset({",", "and", ":", "—", "–", "-", ";", "including", "named", "&"})
_AGE_WORDS = frozenset({"months", "month", "weeks", "week", "years", "year", "old", "days", "day"})


def _name_runs(view: SentenceView, start: int) -> list[tuple[str, int]]:
    """Names listed from a token on, with the index of each name's last token: "Ava Jane, 7,
    Milo Reid, 4, and Rosie Anne" (a possessor after them, "Hale's", ends the list)."""
    doc = view.span.doc
    names: list[tuple[str, int]] = []
    run: list[str] = []
    i = start
    while i < view.span.end:
        tok = doc[i]
        text = tok.text
        if text[:1].isupper() and text.isalpha() or (run and text in ("Jr.", "II", "III")):
            run.append(text)
        elif (
            run
            and text == "-"
            and not doc[i - 1].whitespace_
            and not tok.whitespace_
            and i + 1 < view.span.end
            and doc[i + 1].text[:1].isupper()
        ):
            run[-1] += "-" + doc[i + 1].text  # "Alaia-Mai"
            i += 1
        elif (
            tok.like_num
            or text.lower() in _AGE_WORDS
            or text in _LIST_GLUE
            or re.fullmatch(r"\w+-(?:year|month|week)-old", text)
        ):
            if run:
                names.append((" ".join(run), i - 1))
                run = []
        else:
            if tok.tag_ == "POS":
                run = []  # "Hale's daughter": the parent, not one more child
            break
        i += 1
    if run:
        names.append((" ".join(run), i - 1))
    return [
        (n, e)
        for n, e in names
        if n.split()[0].lower() not in ("prince", "princess") or len(n.split()) > 1
    ]


def _owned_elsewhere(f: Findings, view: SentenceView, last: int) -> bool:
    """True when a listed name has its own parent in apposition: "Maisie, 29, Hale's
    girl with his former wife Jane Farrow" is not the couple's child."""
    tok = view.span.doc[last]
    kin = lexicon.kin()
    return any(
        c.dep_ == "appos" and c.text.lower() in kin and any(g.dep_ == "poss" for g in c.children)
        for c in tok.children
    )


@rule
def kin_lists(f: Findings) -> None:
    """'three daughters: Ava Jane, 7, Milo Reid, 4, and Rosie Anne', 'sons Frank and Noah',
    'four kids together — Cassius, Grace, Violet, and June'."""
    for view in f.sentences():
        for tok in view.tokens:
            low = tok.text.lower()
            if low not in _LIST_NOUNS or view.in_quote(tok):
                continue
            doc = view.span.doc
            j = tok.i + 1
            while j < view.span.end and (
                doc[j].text.lower() in ("together", "with") or doc[j].text in (":", "—", "–", ",")
            ):
                if doc[j].text.lower() == "with":
                    break
                j += 1
            names = _name_runs(view, j)
            if len(names) < 1 or (len(names) == 1 and low in ("children", "kids")):
                continue
            whose = _list_owner(f, view, tok)
            if not whose:
                continue
            for name, last in names:
                if (
                    name == whose
                    or f.cast.people.resolve(name) == whose
                    or _owned_elsewhere(f, view, last)
                ):
                    continue
                canonical = f.cast.people.resolve(name) or name
                sex = _LIST_NOUNS[low] or f.cast.sex(canonical) or sex_of_first(name)
                # "children"/"twins" say no sex: a first name's guess is no ground for "son".
                relation = {"M": "son", "F": "daughter"}.get(_LIST_NOUNS[low], "child")
                for parent in [p.strip() for p in whose.split(" and ")]:
                    f.add(
                        "child",
                        parent,
                        canonical,
                        view,
                        relation=relation,
                        type="person",
                        sex=sex,
                        weight=1.2,
                    )


def _list_owner(f: Findings, view: SentenceView, noun: Token) -> str:
    """Whose children a list names: the possessive, else the clause's subject (or the couple)."""
    from .base import couple

    for child in noun.children:
        if child.dep_ == "poss":
            if child.text.lower() in ("couple", "pair") or any(
                t.text.lower() == "couple" for t in child.subtree
            ):
                return couple(f) or f.cast.main
            p = who(f, view, child)
            if p:
                return p
    subj = subject_token(noun)
    if (
        subj is not None
        and subj.text.lower() in ("they", "we")
        and not who(f, view, subj)
        and couple(f)
    ):
        return couple(f)  # "They've since welcomed twins ...": the star and their partner
    return subject_of(f, view, noun)


def sex_of_first(name: str) -> str:
    """'F' or 'M' from the first name of a listed child."""
    from .people import sex_of_first_name

    return sex_of_first_name(name.split()[0])


_FOLLOWING = frozenset({"following", "joining", "joins", "after", "alongside"})


@rule
def older_siblings(f: Findings) -> None:
    """'the pair's sixth baby together after eight-year-old Carmen, four-year-old Rafael
    and Romeo': the baby's older siblings are the same parents' children."""
    child_nouns = {w for w, k in lexicon.kin().items() if k.relation == "child"}
    for view in f.sentences():
        doc = view.span.doc
        for tok in view.tokens:
            if tok.text.lower() not in child_nouns or view.in_quote(tok):
                continue
            link = next(
                (
                    c
                    for c in tok.children
                    if c.text.lower() in _FOLLOWING and c.dep_ in ("prep", "acl", "advcl")
                ),
                None,
            )
            if link is None:
                link = next(
                    (
                        doc[i]
                        for i in range(tok.i + 1, min(tok.i + 4, view.span.end))
                        if doc[i].text.lower() in _FOLLOWING
                    ),
                    None,
                )
            if link is None and tok.dep_ in ("attr", "dobj"):
                # "Athena is the boxer's third girl with his wife, after Venezuela and ...".
                link = next(
                    (c for c in tok.head.children if c.text.lower() in _FOLLOWING and c.i > tok.i),
                    None,
                )
            if link is None:
                continue
            whose = _list_owner(f, view, tok)
            if not whose:
                continue
            start = link.i + 1
            stop = next(
                (
                    i
                    for i in range(start, view.span.end)
                    if doc[i].tag_.startswith("VB") and doc[i].dep_ not in ("amod",)
                ),
                view.span.end,
            )
            names = list(
                dict.fromkeys(
                    who(f, view, t)
                    for t in doc[start:stop]
                    if who(f, view, t) and t.text.lower() not in PRONOUNS
                )
            )
            for name in names:
                for parent in members_of(whose):
                    if parent != name:
                        f.add(
                            "child",
                            parent,
                            name,
                            view,
                            relation="child",
                            type="person",
                            sex=f.cast.sex(name),
                            weight=1.1,
                        )


@rule
def unparented_births(f: Findings) -> None:
    """'Silas Grant Holloway was born Monday', 'Little Peter Lewis ... arrived on October 30th':
    a birth story's baby, named with no parent in the sentence, is the star's (and partner's)."""
    births = {"born", "arrived", "arrives", "arrive"}
    for view in f.sentences():
        for tok in view.tokens:
            if (
                view.in_quote(tok)
                or tok.text.lower() not in births
                or not tok.tag_.startswith("VB")
            ):
                continue
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            baby = who(f, view, subj) if subj is not None else ""
            if subj is not None and not baby:
                baby = next(
                    (
                        who(f, view, t)
                        for t in subj.subtree
                        if who(f, view, t) and t.text.lower() not in PRONOUNS
                    ),
                    "",
                )
            main = f.cast.main
            person = f.cast.person(baby) if baby else None
            if (
                not baby
                or baby == main
                or (person is not None and person.famous)
                or not _birth_story(f, view)
            ):
                continue
            named = {p for t in view.tokens if (p := who(f, view, t)) and p != baby}
            parents = _story_parents(f)
            if named - set(parents):
                continue  # someone else is named beside the baby: whose baby it is, is unclear
            sex = f.cast.sex(baby)
            relation = {"M": "son", "F": "daughter"}.get(_told_sex(f, view), "child")
            for parent in parents:
                f.add(
                    "child",
                    parent,
                    baby,
                    view,
                    relation=relation,
                    type="person",
                    sex=sex,
                    event="birth",
                    weight=1.3,
                )


def _birth_story(f: Findings, view: SentenceView) -> bool:
    """True when the story is about a birth: a child word here or in the lede."""
    child = (
        set(lexicon.data()["child_words"])
        | {w for w, k in lexicon.kin().items() if k.relation == "child"}
        | {"addition"}
    )
    for v in (*f.reading.sents[:2], view):
        if any(t.text.lower() in child and not v.in_quote(t) for t in v.tokens):
            return True
    return False


def _told_sex(f: Findings, view: SentenceView) -> str:
    """The baby's sex as the story tells it ("welcomed a son"), in the lede or this sentence."""
    words: dict[str, str] = lexicon.data()["child_words"]
    for v in (view, *f.reading.sents[:3]):
        for t in v.tokens:
            sex = words.get(t.text.lower(), "")
            if sex and not v.in_quote(t):
                return sex
    return ""


@rule
def co_parents(f: Findings) -> None:
    """'who also has a baby son, Oisin Tom, with rugby star Ben Holt', 'welcomed a
    baby girl with partner Tom Ardley': the other parent of the child."""
    child_nouns = {w for w, k in lexicon.kin().items() if k.relation == "child"} | {"girl", "boy"}
    for view in f.sentences():
        for tok in view.tokens:
            if (
                view.in_quote(tok)
                or tok.text.lower() not in child_nouns
                or tok.dep_ not in ("dobj", "attr")
            ):
                continue
            verb = tok.head
            if lexicon.lemma_of(verb.text) not in ("have", "welcome", "share", "expect", "adopt"):
                continue
            withs = [
                c
                for c in (*tok.children, *verb.children)
                if c.dep_ == "prep" and c.text.lower() == "with"
            ]
            other = next(
                (
                    p
                    for w in withs
                    if (
                        p := person_in(
                            f, view, [t for t in w.subtree if t.text.lower() not in PRONOUNS]
                        )
                    )
                ),
                "",
            )
            me = subject_of(f, view, verb)
            if not other or not me or other == me or " and " in me:
                continue
            named, _end = _relative_named(f, view, tok)
            kid = named[0] if named else ""
            kin = lexicon.kin().get(tok.text.lower())
            relation = {"M": "son", "F": "daughter"}.get(
                (kin.sex if kin else "") or lexicon.data()["child_words"].get(tok.text.lower(), ""),
                "child",
            )
            f.add(
                "partner",
                me,
                other,
                view,
                relation="co-parent",
                type="person",
                sex=f.cast.sex(other),
                status="coparent",
                child=kid,
                child_relation=relation,
                weight=1.2,
            )
            if kid and kid != other:
                f.add(
                    "child",
                    other,
                    kid,
                    view,
                    relation=relation,
                    type="person",
                    sex=f.cast.sex(kid),
                    weight=1.0,
                )


@rule
def siblings_of_the_star(f: Findings) -> None:
    """'Queen Mary and King Frederik have four children: Crown Prince Christian, Princess
    Isabella and ...' in a story about Isabella: the others are her siblings."""
    main = f.cast.main
    parents = {
        p for x in f.facts if x.kind == "child" and x.value == main for p in members_of(x.subject)
    }
    if not parents:
        return
    words = {"M": "brother", "F": "sister"}
    for x in list(f.facts):
        if (
            x.kind != "child"
            or x.value == main
            or x.get("form") == "newborn"
            or not parents & set(members_of(x.subject))
        ):
            continue
        sex = f.cast.sex(x.value) or x.get("sex")
        view = f.reading.sents[x.evidence.index]
        f.add(
            "sibling",
            main,
            x.value,
            view,
            relation=words.get(sex, "sibling"),
            type="person",
            sex=sex,
            weight=0.9,
        )


@late_rule
def wedded_pairs(f: Findings) -> None:
    """ "A and B ... at a ceremony in Kentucky", read as their wedding's place or day: they
    married each other (the couple is named as one subject, so no other pairing fits)."""
    have = {x.subject for x in f.facts if x.kind == "spouse"}
    views = {v.sentence: v for v in f.sentences()}
    for fact in list(f.facts):
        if (
            fact.kind not in ("place", "date")
            or fact.relation != "wedding"
            or fact.get("tense") != "past"
            or fact.subject.count(" and ") != 1
        ):
            continue
        pair = fact.subject.split(" and ")
        view = views.get(fact.evidence)
        if view is None or any(f.cast.person(p) is None for p in pair) or set(pair) & have:
            continue
        sexes = [f.cast.sex(p) or sex_of_first(p) for p in pair]
        if "" in sexes:
            continue  # a spouse of unknown sex gets wrong options of either sex
        for (me, other), sex in zip((pair, pair[::-1]), sexes[::-1], strict=True):
            f.add(
                "spouse",
                me,
                other,
                view,
                relation={"M": "husband", "F": "wife"}[sex],
                type="person",
                sex=sex,
                status="married",
                weight=1.3,
            )
        have.update(pair)
