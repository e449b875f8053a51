"""Shows the article names by a description rather than a title: "the hit TV series' lead"
(the show this sentence's network facts or the headline name), "competed on the reality
competition show" (the one show the sentence before names)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..textutil import normalize
from . import lexicon
from .base import Findings, late_rule, subject_token, who
from .works import _SHOW_NOUN_WORDS, _article_shows

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .reading import SentenceView

# The roles a person holds on a show, as "the series' lead" writes them.
_LEAD_ROLES = frozenset({"lead", "host", "co-host", "star", "judge", "presenter", "narrator"})
# Modifiers allowed between "the" and the show noun ("the long-running CBS series").
_MODIFIER_TAGS = frozenset({"JJ", "VBN", "VBG", "RB", "NN", "NNP", "NNPS", "HYPH"})
# Verbs that put a person on a show described, not titled ("competed on the show").
_ON_VERBS = frozenset({"compete", "appear", "star"})


def _described_show(view: SentenceView, noun: Token) -> str:
    """The words "the long-running CBS series" when noun is a show noun that "the" opens through
    modifiers only, the way a story refers back to a show it titled elsewhere; else ''."""
    if noun.text.lower() not in _SHOW_NOUN_WORDS or view.in_quote(noun):
        return ""
    doc = view.span.doc
    i = noun.i - 1
    while i >= view.span.start and doc[i].tag_ in _MODIFIER_TAGS and noun.i - i <= 5:
        i -= 1
    if i >= view.span.start and doc[i].text.lower() == "the":
        return doc[i + 1 : noun.i + 1].text
    return ""


def _show_here_or_headline(f: Findings, view: SentenceView) -> str:
    """The show "the series" means: the one a network fact read from this sentence names
    ("the long-running CBS series"), else the headline's one show."""
    here = {
        x.subject
        for x in f.facts
        if x.relation == "network" and x.evidence.start == view.sentence.start
    }
    if len(here) == 1:
        return next(iter(here))
    if here:
        return ""
    headline = normalize(f.reading.article.title or "")
    top = [t for t in _article_shows(f) if normalize(t) in headline]
    return top[0] if len(top) == 1 else ""


def _holder(f: Findings, view: SentenceView, role: Token) -> str:
    """Who holds the role: the subject of the verb the role noun hangs from ("X has been named
    as the series' lead", "X is the show's host")."""
    verb = role.head
    for _ in range(3):
        if verb.tag_.startswith("VB") or verb.head == verb:
            break
        verb = verb.head
    if not verb.tag_.startswith("VB"):
        return ""
    subj = subject_token(verb)
    return who(f, view, subj) if subj is not None else ""


@late_rule
def described_show_roles(f: Findings) -> None:
    """'X was picked as the long-running CBS series' new host': the show the description stands for,
    with the role the possessive gives the person."""
    for view in f.sentences():
        doc = view.span.doc
        for noun in view.tokens:
            if not _described_show(view, noun) or noun.i + 2 >= view.span.end:
                continue
            mark = doc[noun.i + 1]
            if mark.tag_ != "POS" and mark.text not in ("’", "'"):
                continue
            k = noun.i + 2
            while k < view.span.end - 1 and doc[k].tag_ == "JJ":
                k += 1  # "the show's new host"
            role = doc[k]
            if role.text.lower() not in _LEAD_ROLES:
                continue
            person = _holder(f, view, role)
            show = _show_here_or_headline(f, view) if person else ""
            if show:
                low = role.text.lower()
                # the description is the evidence's proof of the show it stands for
                support = f"{_described_show(view, noun)}{mark.text} {role.text}"
                f.add(
                    "show", person, show, view,
                    relation=low, type="title", role=low, support=support,
                )  # fmt: skip


def _show_before(f: Findings, view: SentenceView) -> str:
    """The one show the sentence just before names (by a fact read from it), in the same
    paragraph; '' when it names none or several."""
    sents = list(f.sentences())
    at = next((i for i, s in enumerate(sents) if s.sentence.start == view.sentence.start), 0)
    if at == 0 or sents[at - 1].sentence.paragraph != view.sentence.paragraph:
        return ""
    before = sents[at - 1].sentence.start
    shows = {
        x.subject if x.kind == "host" else x.value
        for x in f.facts
        if x.evidence.start == before
        and (x.kind == "host" or x.kind == "show" and x.relation != "network")
    }
    return next(iter(shows)) if len(shows) == 1 else ""


@late_rule
def described_shows_on(f: Findings) -> None:
    """'X competed on the popular competition show in 2019': the show the sentence
    before titled."""
    for view in f.sentences():
        for verb in view.tokens:
            if lexicon.lemma_of(verb.text) not in _ON_VERBS or not verb.tag_.startswith("VB"):
                continue
            subj = subject_token(verb)
            person = who(f, view, subj) if subj is not None else ""
            if not person:
                continue
            doc = view.span.doc
            # the show noun within the "on ..." phrase, spaCy sometimes hanging it elsewhere
            after = [doc[j] for j in range(verb.i + 1, min(verb.i + 10, view.span.end))]
            if not after or after[0].text.lower() != "on":
                continue
            noun = next((t for t in after if _described_show(view, t)), None)
            if noun is None or any(t.text in (",", ";") for t in after if t.i < noun.i):
                continue
            show = _show_before(f, view)
            if show:
                role = "contestant" if lexicon.lemma_of(verb.text) == "compete" else ""
                f.add(
                    "show", person, show, view, relation="appeared", type="title", role=role,
                    support=_described_show(view, noun),
                )  # fmt: skip


def _title_back(view: SentenceView, end: int) -> int:
    """Where the title-case run that ends just before token index end starts (end if none)."""
    doc = view.span.doc
    i = end
    while (
        i > view.span.start
        and end - i < 6
        and (doc[i - 1].text[:1].isupper() or doc[i - 1].text in ("!", "of", "the"))
    ):
        i -= 1
    while i < end and not doc[i].text[:1].isupper():
        i += 1  # a run starts with a capital ("of the" belongs inside one)
    return i


def _named_in(f: Findings, words: list[str]) -> list[str]:
    """The article's people whose surname is one of the title's words ("Jimmy Kimmel Live!")."""
    low = {normalize(w) for w in words}
    return [p for p in f.cast.people.persons if normalize(p.split()[-1]) in low]


@late_rule
def paired_hosts(f: Findings) -> None:
    """'the Late Hours With Ada Quill and Night Show hosts': two shows for two hosts; when
    one title carries one host's name, the other show is the star's, named in the sentence."""
    main = f.cast.main
    if not main:
        return
    for view in f.sentences():
        doc = view.span.doc
        if "hosts" not in view.text or not any(who(f, view, t) == main for t in view.tokens):
            continue
        for tok in view.tokens:
            if tok.text != "hosts" or tok.tag_ != "NNS" or view.in_quote(tok):
                continue
            second = _title_back(view, tok.i)
            if second == tok.i or doc[second - 1].text != "and":
                continue
            first = _title_back(view, second - 1)
            if first == second - 1 or doc[first - 1].text.lower() != "the":
                continue
            titles = [doc[first : second - 1], doc[second : tok.i]]
            owners = [_named_in(f, [t.text for t in span]) for span in titles]
            named = [i for i, o in enumerate(owners) if o]
            if len(named) != 1 or main in owners[named[0]]:
                continue
            show = titles[1 - named[0]].text.replace(" !", "!")
            f.add("show", main, show, view, relation="host", type="title", role="host")
