"""Turn a sentence's main clause into a question predicate: 'posted a video' -> 'post a video'."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .nlp import pos_and_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_DROP_DEPS = {
    "nsubj",
    "nsubjpass",
    "punct",
    "aux",
    "auxpass",
    "advcl",
    "ccomp",
    "cc",
    "conj",
    "mark",
    "npadvmod",
    "advmod",
    "relcl",
    "parataxis",
    "dep",
    "prt_",
}
_MAX_TOKENS = 12
_ASIDE_PUNCT = {",", '"', "“", "”", ":", ";", "—", "–"}
_CUT_BEFORE = ("to", "at", "for", "with", "in", "on", "after")
_DANGLING = ("on", "to", "at", "in", "for", "with", "of", "and", "the", "a")


def _is_dropped_prep(tok: Token, drop_words: set[str]) -> bool:
    """A prepositional phrase about when or where it was posted (asked separately)."""
    if tok.dep_ not in ("prep", "agent"):
        return False
    words = {t.text.lower() for t in tok.subtree}
    return bool(words & drop_words) or any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


def predicate(span: Span, drop_words: set[str]) -> str:
    """Base-form verb phrase of the span's root ('post a video of him'), or '' if unsuitable."""
    root = span.root
    if root.tag_ not in ("VBD", "VBZ", "VBP"):
        return ""
    pos, lemma = pos_and_lemma(root)
    if pos != "VERB":
        return ""
    if not any(c.dep_ in ("nsubj",) for c in root.children):
        return ""
    parts: list[Token] = [root]
    has_object = False
    for child in root.rights:
        if child.is_space:
            continue  # the full pipeline relabels stray whitespace 'dep', which is dropped
        if child.dep_ == "punct" and child.text in _ASIDE_PUNCT:
            break  # what follows a comma or a quotation mark is an aside or a caption
        if child.dep_ == "prep" and has_object:
            continue  # after the object, a prepositional phrase is circumstance, not the act
        has_object = has_object or child.dep_ in ("dobj", "attr", "oprd")
        if child.dep_ in _DROP_DEPS or _is_dropped_prep(child, drop_words):
            continue
        if child.dep_ in ("prep",) and len(parts) > 1 and child.i - root.i > 8:
            break  # a trailing prepositional phrase far from the verb is detail, not the act
        sub = [t for t in child.subtree if t.text.lower() not in drop_words]
        # "on Instagram" with Instagram asked separately: the bare preposition goes too.
        sub = [
            t
            for t in sub
            if not (
                t.dep_ == "prep"
                and t.children
                and all(c.text.lower() in drop_words for c in t.children)
            )
        ]
        parts.extend(sub)
    toks = sorted(parts[1:], key=lambda t: t.i)
    if any(t.text == "," for t in toks):
        toks = toks[: [t.text for t in toks].index(",")]  # an appositive or aside
    if len(toks) + 1 > _MAX_TOKENS:
        # Cut before a preposition so the phrase still reads as one act.
        cut = next((i for i in range(3, _MAX_TOKENS - 1) if toks[i].text in _CUT_BEFORE), 0)
        if not cut:
            return ""
        toks = toks[:cut]
    while toks and toks[-1].text in _DANGLING:
        toks.pop()  # a dangling word left where the dropped phrase stood
    if any(t.text in '"“”' for t in toks) or not toks:
        return ""  # quoted speech or a bare verb makes an unreadable prompt
    # Rebuild with the article's own spacing ("co-host", "don't"), one space where a word
    # was dropped.
    text = lemma + root.whitespace_ + "".join(t.text_with_ws for t in toks)
    return re.sub(r"\s+", " ", text).strip(" ,.;:")
