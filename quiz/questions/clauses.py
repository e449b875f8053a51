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
        if child.dep_ == "prep" and has_object:
            continue  # after the object, a prepositional phrase is circumstance, not the act
        has_object = has_object or child.dep_ in ("dobj", "attr", "oprd")
        if child.dep_ in _DROP_DEPS or _is_dropped_prep(child, drop_words):
            continue
        if child.dep_ in ("prep",) and len(parts) > 1 and child.i - root.i > 8:
            break  # a trailing prepositional phrase far from the verb is detail, not the act
        sub = [t for t in child.subtree if t.text.lower() not in drop_words]
        parts.extend(sub)
    words = [lemma] + [t.text for t in sorted(parts[1:], key=lambda t: t.i)]
    if "," in words:
        words = words[: words.index(",")]  # an appositive or aside: keep the act itself
    if len(words) > _MAX_TOKENS:
        # Cut before a preposition so the phrase still reads as one act.
        cut = next(
            (
                i
                for i in range(4, _MAX_TOKENS)
                if words[i] in ("to", "at", "for", "with", "in", "on", "after")
            ),
            0,
        )
        if not cut:
            return ""
        words = words[:cut]
    while words and words[-1] in ("on", "to", "at", "in", "for", "with", "of", "and", "the", "a"):
        words.pop()  # a dangling word left where the dropped phrase stood
    text = " ".join(words)
    text = re.sub(r"\s+([,.'’])", r"\1", text).replace(" n't", "n't").rstrip(" ,.;:")
    if re.search(r"[\"“”]", text) or len(words) < 2:
        return ""  # quoted speech or a bare verb makes an unreadable prompt
    return text
