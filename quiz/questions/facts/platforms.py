"""Where a star posted: 'posted a video on Instagram', 'a TikTok photo montage' (low value:
a filler when the story gives little else)."""

from __future__ import annotations

from . import lexicon
from .base import Findings, rule, subject_of
from .clauses import clause_for

_POST_VERBS = frozenset(
    {
        "post",
        "share",
        "announce",
        "reveal",
        "confirm",
        "write",
        "upload",
        "caption",
        "debut",
        "break",
    }
)


@rule
def platforms(f: Findings) -> None:
    """A post's platform with what was posted, for 'On which platform did X post ...?'."""
    names = lexicon.word_set("platforms")
    for view in f.sentences():
        for tok in view.tokens:
            if view.in_quote(tok) or tok.text.lower() not in names or tok.text[:1].islower():
                continue
            # The platform hangs from the posting verb ("on Instagram") or names the post
            # itself ("a TikTok photo montage").
            node = tok
            verb = None
            for _ in range(4):
                node = node.head
                if node.tag_.startswith("VB"):
                    verb = node
                    break
            if verb is None or lexicon.lemma_of(verb.text) not in _POST_VERBS:
                continue
            subject = subject_of(f, view, verb)
            skip = frozenset(
                {tok.i}
                | (
                    {tok.head.i}
                    if tok.head.dep_ == "prep" or tok.head.text.lower() in ("on", "via")
                    else set()
                )
            )
            clause = clause_for(verb, view, f.cast, subject, skip=skip)
            if subject and clause is not None and clause.rest:
                f.add(
                    "platform",
                    subject,
                    tok.text,
                    view,
                    type="platform",
                    clause=clause.base(),
                    # Where a post went up is trivia; where a show or a video debuted is not.
                    post="no" if lexicon.lemma_of(verb.text) == "debut" else "yes",
                    weight=0.35,
                )
