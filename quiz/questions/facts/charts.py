"""Chart positions of a known work: '“Glass Harbor” debuted at No. 3 on the Billboard 200',
'“Paper Lanterns” is currently sitting in the number-two spot on the Hot 100'.

A debut's position never changes; a position held now is asked with the story's month. A peak
or a climb is left out: the song may climb again after the story.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..textutil import to_int
from .base import Findings, late_rule
from .reach import _one_work

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .reading import SentenceView

_POSITION = re.compile(
    r"\b(?:No\.\s?|number[ -]|#)(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s(?:spot|position|place))?"
    r"\s(?:on|in)\s(?:the\s)?((?:[A-Z0-9][\w’'&+-]*\s?){1,6}(?:chart)?)",
)
_DEBUT = frozenset({"debut", "debuted", "debuting", "debuts", "entered", "bowed"})
_NOW = frozenset({"is", "are", "sits", "sitting", "holds", "holding", "currently", "now"})


def _subject_of_root(view: SentenceView) -> Token | None:
    """The sentence's main subject."""
    root = view.span.root
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


@late_rule
def chart_positions(f: Findings) -> None:
    """A work's debut position, or the one it holds as the story is told."""
    for view in f.sentences():
        found = list(_POSITION.finditer(view.text))
        if len(found) != 1:
            continue  # a list of positions: which work holds which is unsure
        m = found[0]
        n = to_int(m.group(1))
        before = {w.lower() for w in re.findall(r"[\w’']+", view.text[: m.start()])}
        mode = "debut" if before & _DEBUT else "now" if before & _NOW else ""
        if not n or not mode or any(view.in_quote(t) for t in view.tokens[:3]):
            continue
        subj = _subject_of_root(view)
        if subj is None:
            continue
        artist, title = _one_work(f, subj)
        chart = m.group(2).strip()
        if not artist or " and " in artist or len(chart.split()) < 2 and "chart" not in chart:
            continue
        if not chart.lower().endswith("chart") and not re.search(r"\d|[A-Z]{2}", chart):
            chart = f"{chart} chart"  # "the Billboard Hot Country Songs" needs its noun
        f.add(
            "number", artist, f"No. {n}", view,
            relation="chart-position", type="number", mode=mode, chart=f"the {chart}",
            work=f"“{title}”", support=m.group(0).split(" on ")[0].split(" in ")[0], weight=1.1,
        )  # fmt: skip
