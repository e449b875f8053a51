"""Quotations and who said them: '"I lead with kindness," Holt said.'"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon
from .base import Findings, rule, who
from .reading import SentenceView

if TYPE_CHECKING:
    pass

_SPEECH = frozenset(
    {
        "say",
        "tell",
        "add",
        "write",
        "explain",
        "reveal",
        "admit",
        "gush",
        "recall",
        "joke",
        "confirm",
        "caption",
        "quip",
        "continue",
        "insist",
        "declare",
        "ask",
        "reply",
        "share",
    }
)
MIN_WORDS, MAX_WORDS = 7, 22


def _quote_text(view: SentenceView) -> str:
    """The sentence's first quotation, cut to its first sentence, as a fan would read it."""
    doc = view.span.doc
    inside = [t for t in view.tokens if t.i in view.quoted]
    if not inside:
        return ""
    run = [inside[0]]
    for t in inside[1:]:
        if t.i != run[-1].i + 1:
            break
        run.append(t)
    text = doc[run[0].i : run[-1].i + 1].text.strip(" ,")
    first = re.split(r"(?<=[.!?])\s+", text)[0].strip(" ,")
    return first


def _speaker(f: Findings, view: SentenceView) -> str:
    """Who the quotation is attributed to by a speech verb outside it."""
    for tok in view.tokens:
        if (
            view.in_quote(tok)
            or not tok.tag_.startswith("VB")
            or lexicon.lemma_of(tok.text) not in _SPEECH
        ):
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.text.lower() == "who":
            # "Tom and Ada Quill, who said ...": the name right before "who" said it.
            doc = view.span.doc
            k = subj.i - 1
            while k > view.span.start and doc[k].text in (",", "—", "–"):
                k -= 1
            return who(f, view, doc[k]) if k >= view.span.start else ""
        if subj is not None and not view.in_quote(subj) and subj.tag_ in ("NNP", "NNPS"):
            # Named in the sentence itself: "she explained" after a quote about Jim is too easily
            # pinned on Jim, and a wrong speaker is a wrong key.
            return who(f, view, subj)
    return ""


def _balanced(text: str) -> bool:
    """True when every quotation in the sentence is closed: an unbalanced one ('Jim walked up
    and said, Pardon my friend.') hides who is speaking."""
    opening, closing = text.count("“"), text.count("”")
    straight = text.count('"')
    return opening == closing and straight % 2 == 0 and bool(opening or straight)


_CONTEXT_OPENERS = frozenset(
    {
        "he",
        "she",
        "they",
        "it",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "him",
        "them",
        "and",
        "but",
        "so",
        "or",
        "because",
    }
)


def _needs_context(text: str) -> bool:
    """True for a quote a fan cannot read alone: a fragment ("devastated at this sad news"),
    or one that opens on someone or something only the article names ("He's much smaller ...")."""
    first = re.match(r"[A-Za-z']+", text)
    if not text[:1].isupper() or first is None:
        return True
    word = first.group(0).lower().split("'")[0]
    return word in _CONTEXT_OPENERS


def _bland(text: str) -> bool:
    """True for a quote anyone could have said ("I'm so happy and grateful")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z']+", text)]
    content = [w for w in words if len(w) > 3]
    if not content:
        return True
    bland = lexicon.word_set("bland_quote_words")
    has_name = bool(re.search(r"\b[A-Z][a-z]+\b", text[1:]))
    return sum(w in bland for w in content) / len(content) > 0.25 and not has_name


@rule
def quotations(f: Findings) -> None:
    """A distinctive quotation and its speaker (filler: worth less than the story's facts)."""
    for view in f.sentences():
        text = _quote_text(view)
        n = len(text.split())
        if (
            not (MIN_WORDS <= n <= MAX_WORDS)
            or _bland(text)
            or _needs_context(text)
            or not _balanced(view.text)
        ):
            continue
        speaker = _speaker(f, view)
        if speaker and " and " not in speaker:
            f.add("quote", speaker, text, view, type="quote", sex=f.cast.sex(speaker), weight=0.45)
