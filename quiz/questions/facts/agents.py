"""Who made or led something, from a passive's agent: 'The nuptials were officiated by X',
'The ring, designed and signed by Y, ...', 'the quiz show, created by the late producer Z'.

The thing must be the star's own (a wedding, a ring, a dress) or a work the sentence titles;
the maker must be a person the cast knows. The fact is kind ``maker``: subject the owner (the
star) or the work's title, value the maker, with the verb's past tense and the thing's noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon
from .base import PRONOUNS, Findings, late_rule

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .reading import SentenceView

# The verbs whose agent is worth a question, as their past tense.
_MAKING = {
    "officiate": "officiated", "design": "designed", "create": "created",
    "write": "wrote", "direct": "directed", "produce": "produced", "choreograph": "choreographed",
}  # fmt: skip
# The star's own things, as a prompt names them.
_OWN_THINGS = {
    "wedding": "wedding", "nuptials": "wedding", "ceremony": "wedding", "ring": "ring",
    "dress": "dress", "gown": "gown", "tattoo": "tattoo",
}  # fmt: skip
_WORK_KINDS = ("show", "screen", "film", "song", "album", "book", "tour")


def _thing(verb: Token) -> Token | None:
    """The noun the made-verb is about: its passive subject, or the noun a reduced relative
    clause hangs from ("The ring, designed by ...")."""
    top = verb.head if verb.dep_ == "conj" else verb
    subj = next((c for c in top.children if c.dep_ == "nsubjpass"), None)
    if subj is not None:
        return subj
    if top.dep_ == "acl" and top.head.tag_.startswith("NN"):
        return top.head
    return None


def _work_title(f: Findings, view: SentenceView, thing: Token) -> str:
    """The title a work noun stands for in this sentence ('' if the sentence names none)."""
    titles = {
        fact.value
        for fact in f.facts
        if fact.kind in _WORK_KINDS and fact.evidence.index == view.index
    }
    titles |= {
        fact.subject
        for fact in f.facts
        if fact.kind in ("host", "show") and fact.evidence.index == view.index and fact.subject
    }
    return next(iter(titles)) if len(titles) == 1 else ""


# The nouns before a thing that say which one it is ("engagement ring"), unlike its stuff or
# its looks ("silk", "convertible").
_WHICH_THING = frozenset({"wedding", "engagement", "bridal", "reception", "promise"})


def _said(thing: Token, noun: str) -> str:
    """The thing as a prompt names it, with the noun that says which ("engagement ring",
    "wedding dress")."""
    mods = [c.text.lower() for c in thing.children if c.text.lower() in _WHICH_THING]
    return " ".join([*mods, noun]) if noun != "wedding" else noun


def _someone_elses(f: Findings, view: SentenceView, thing: Token, others: list[Token]) -> bool:
    """True when the sentence gives the thing an owner who is not the star ("her sister's
    dress"); a thing with no owner named is the star's, as the story is hers."""
    owners = [
        t
        for t in [*others, *thing.children]
        if t is not thing and (t.dep_ == "poss" or any(c.dep_ == "case" for c in t.children))
    ]
    if not owners:
        return False
    owner = owners[0]
    if owner.text.lower() in PRONOUNS and owner.text.lower() not in ("his", "her", "their"):
        return True
    return f.cast.who(view, owner) != f.cast.main


def _add_maker(
    f: Findings, view: SentenceView, owner: str, maker: str, lemma: str, **kw: str
) -> None:
    """One maker fact: the owner (the star or a work's title) and who made their thing."""
    f.add(
        "maker",
        owner,
        maker,
        view,
        relation=lemma,
        type="person",
        done=_MAKING[lemma],
        weight=1.0,
        **kw,
    )


@late_rule
def made_for(f: Findings) -> None:
    """'Jeweler X, who designed the star's engagement ring', 'X designed her wedding gown': the
    maker as the active verb's subject, the star's own thing as its object."""
    main = f.cast.main
    if not main:
        return
    for view in f.sentences():
        for verb in view.tokens:
            lemma = lexicon.lemma_of(verb.text)
            if lemma not in _MAKING or not verb.tag_.startswith("VB") or view.in_quote(verb):
                continue
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            thing = next((o for o in objs if o.text.lower() in _OWN_THINGS), None)
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if thing is None or subj is None:
                continue
            if subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                subj = verb.head  # "X, who designed ...": X
            maker = f.cast.who(view, subj) if subj.text.lower() not in PRONOUNS else ""
            if _someone_elses(f, view, thing, objs):
                continue
            if maker and maker != main:
                noun = thing.text.lower()
                _add_maker(f, view, main, maker, lemma, thing=_said(thing, _OWN_THINGS[noun]))


@late_rule
def made_by(f: Findings) -> None:
    """'officiated by X', 'designed by Y', 'created by Z': the maker of the star's thing or work."""
    for view in f.sentences():
        for tok in view.tokens:
            if tok.dep_ != "agent" or view.in_quote(tok):
                continue
            verb = tok.head
            lemmas = {lexicon.lemma_of(verb.text)}
            if verb.dep_ == "conj":
                lemmas.add(lexicon.lemma_of(verb.head.text))  # "designed and signed by"
            lemma = next((m for m in _MAKING if m in lemmas), "")
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if not lemma or pobj is None or pobj.text.lower() in PRONOUNS:
                continue
            maker = f.cast.who(view, pobj)
            thing = _thing(verb)
            if not maker or thing is None or maker == f.cast.main:
                continue
            noun = thing.text.lower()
            owner, said = "", ""
            if noun in _OWN_THINGS and f.cast.main:
                if _someone_elses(f, view, thing, []):
                    continue
                owner, said = f.cast.main, _said(thing, _OWN_THINGS[noun])
            elif noun in lexicon.works():
                owner = _work_title(f, view, thing)
                said = noun
            if not owner or owner == maker:
                continue
            _add_maker(
                f, view, owner, maker, lemma, thing=said, work="" if noun in _OWN_THINGS else "yes"
            )
