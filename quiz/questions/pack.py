"""generate_pack: article -> facts -> drafts (overgenerated) -> gate -> selection -> pack."""

from __future__ import annotations

from .facts import Findings, extract
from .ingest import read_article
from .kinds import generator_for
from .kinds.base import Asker
from .model import Choice, GeneratedPack, Question, Rejection
from .naming import describe
from .quality import check_question
from .select import select

# What each kind of question is about, for a description that says something about the story.
_TOPICS = {
    "album": "the new music",
    "song": "the songs",
    "partner": "the engagement",
    "spouse": "the marriage",
    "child": "the family",
    "award": "the awards",
    "team": "the career",
    "film": "the films",
    "show": "the shows",
    "screen": "the career",
    "place": "the places",
    "date": "the key dates",
    "age": "the ages",
    "number": "the numbers",
    "name": "the name",
}


def _drafts(findings: Findings, seed: int) -> tuple[list[Question], list[Rejection]]:
    """Every draft the generators write, and the drafts refused as side trivia or whose
    generator failed."""
    asker = Asker(findings, seed)
    drafts: list[Question] = []
    failed: list[Rejection] = []
    for fact in findings.facts:
        make = generator_for(fact.kind)
        try:
            made = make(fact, asker)
            for q in made:
                why = "a photo caption" if asker.caption(fact) else asker.side_trivia(fact, q.kind)
                if why:
                    failed.append(Rejection(q, (f"side trivia: {why}",)))
                else:
                    drafts.append(q)
        except Exception as exc:  # noqa: BLE001 - one odd sentence must not sink a whole pack
            stub = Question(
                fact.kind,
                f"[{fact.kind}] {fact.subject}: {fact.value}",
                (Choice(fact.value, True),),
                "",
                fact.evidence.text,
                fact=fact,
            )
            failed.append(Rejection(stub, (f"internal error: {type(exc).__name__}: {exc}",)))
    return drafts, failed


def _description(questions: list[Question], main: str) -> str:
    """One line on what the quiz covers, true whatever the pack's size becomes."""
    topics = list(
        dict.fromkeys(
            _TOPICS[q.kind] for q in sorted(questions, key=lambda q: -q.score) if q.kind in _TOPICS
        )
    )[:3]
    if not main:
        return "A quiz on the story." if questions else "No quiz facts were found in this article."
    if not topics:
        return f"How well do you know the story of {main}?"
    listed = topics[0] if len(topics) == 1 else ", ".join(topics[:-1]) + " and " + topics[-1]
    return f"How well do you know {main}? Questions on {listed}."


def build_pack(text: str, *, seed: int = 0) -> tuple[GeneratedPack, list[Question]]:
    """The pack plus every draft made (accepted or not), for fresh wrong options."""
    article = read_article(text)
    findings = extract(article)
    drafts, failed = _drafts(findings, seed)
    passed: list[Question] = []
    rejected = list(failed)
    for error in findings.errors:
        # A fact rule that failed on this article: reported like a generator that failed.
        rejected.append(
            Rejection(
                Question("rule", f"[rule] {error}", (), "", ""), (f"internal error: {error}",)
            )
        )
    for d in drafts:
        reasons = check_question(d.to_dict(), article.body)
        if reasons:
            rejected.append(Rejection(d, tuple(reasons)))
        else:
            passed.append(d)
    main = findings.cast.main
    chosen = select(passed, main)
    chosen.questions[:] = describe(chosen.questions, findings)
    rejected.extend(chosen.rejected)
    title = article.title or (f"The {main} quiz" if main else "")
    pack = GeneratedPack(
        title=title,
        description=_description(chosen.questions, main),
        source=article.source,
        questions=tuple(chosen.questions),
        rejected=tuple(rejected),
        article=article,
        facts=tuple(findings.facts),
        people=tuple(findings.cast.people.persons.values()),
        subject=main,
    )
    return pack, drafts


def generate_pack(text: str, *, seed: int = 0) -> GeneratedPack:
    """Turn one article (plain text, Markdown or HTML) into a validated question pack."""
    return build_pack(text, seed=seed)[0]
