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
                owner, said = f.cast.main, _OWN_THINGS[noun]
            elif noun in lexicon.works():
                owner = _work_title(f, view, thing)
                said = noun
            if not owner or owner == maker:
                continue
            f.add(
                "maker",
                owner,
                maker,
                view,
                relation=lemma,
                type="person",
                done=_MAKING[lemma],
                thing=said,
                work="yes" if noun not in _OWN_THINGS else "",
                weight=1.0,
            )
