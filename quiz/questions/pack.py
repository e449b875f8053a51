"""generate_pack: article text -> facts -> drafts -> quality gate -> a deterministic pack."""

from __future__ import annotations

from collections import Counter
from random import Random

from .context import Context, build_context
from .ingest import read_article
from .model import Choice, Fact, GeneratedPack, Question, Rejection
from .quality import check_question
from .registry import EXTRACTORS, GENERATORS, load_kinds
from .textutil import contains_phrase, normalize

# A pack should range over the article, not be ten quotes: cap each kind.
MAX_PER_KIND = {"age": 6, "child": 3, "quote": 2, "date": 3, "platform": 2}
DEFAULT_MAX_PER_KIND = 4
MAX_QUESTIONS = 24


def _rng(seed: int, fact: Fact) -> Random:
    """A Random seeded from the seed and the fact (str seeds hash with SHA-512, not hash())."""
    return Random(f"{seed}|{fact.kind}|{fact.subject}|{fact.relation}|{fact.value}")


def extract_facts(ctx: Context) -> list[Fact]:
    """Every registered extractor's facts, de-duplicated, in article order."""
    load_kinds()
    facts: dict[tuple[str, str, str, str], Fact] = {}
    for name in sorted(EXTRACTORS):
        for fact in EXTRACTORS[name](ctx):
            facts.setdefault(fact.key, fact)
    ordered = sorted(facts.values(), key=lambda f: (f.evidence.start, f.kind, f.value))
    ctx.cache["facts"] = ordered
    return ordered


def _drafts(fact: Fact, ctx: Context, seed: int) -> tuple[list[Question], list[Rejection]]:
    """Run the kind's generator; an unexpected error rejects the fact instead of the pack."""
    gen = GENERATORS.get(fact.kind)
    if gen is None:
        return [], []
    try:
        return gen(fact, ctx, _rng(seed, fact)), []
    except Exception as exc:  # noqa: BLE001 - one odd sentence must not sink a whole pack
        stub = Question(
            fact.kind,
            f"[{fact.kind}] {fact.subject}: {fact.value}",
            (Choice(fact.value, True),),
            "",
            fact.evidence.text,
            fact=fact,
        )
        return [], [Rejection(stub, (f"internal error: {type(exc).__name__}: {exc}",))]


def _leaks(prompt: str, answer: str, ctx: Context) -> bool:
    """True when prompt names answer ("…win a BAFTA?" names the answer to "Which honor…?").
    People are exempt: prompts must name who they ask about."""
    key = answer.strip('“”"')
    if len(key) < 4 or not any(ch.isalpha() for ch in key) or ctx.people.resolve(key):
        return False
    return contains_phrase(prompt, key)


def _slot(draft: Question, accepted: list[Question], ctx: Context) -> int:
    """Where draft can go so that no prompt played earlier gives a later answer away:
    the end, or just before the first question that names its answer; -1 if nowhere."""
    at = next(
        (i for i, q in enumerate(accepted) if _leaks(q.prompt, draft.answer, ctx)), len(accepted)
    )
    if any(_leaks(draft.prompt, q.answer, ctx) for q in accepted[at:]):
        return -1
    return at


def build_pack(text: str, *, seed: int = 0) -> tuple[GeneratedPack, list[Question]]:
    """The pack plus every draft made (accepted or not), for fresh_distractors."""
    article = read_article(text)
    ctx = build_context(article)
    facts = extract_facts(ctx)
    accepted: list[Question] = []
    rejected: list[Rejection] = []
    drafts: list[Question] = []
    seen: set[tuple[str, ...]] = set()
    per_kind: Counter[str] = Counter()
    for fact in facts:
        made, errors = _drafts(fact, ctx, seed)
        rejected.extend(errors)
        drafts.extend(made)
        for draft in made:
            reasons = check_question(draft.to_dict(), article.body)
            same = {("prompt", normalize(draft.prompt)), ("fact", draft.kind, *fact.key)}
            if same & seen:
                reasons.append("another question already asks this fact")
            at = _slot(draft, accepted, ctx)
            if at < 0:
                reasons.append("another question's prompt gives the answer away")
            limit = MAX_PER_KIND.get(draft.kind, DEFAULT_MAX_PER_KIND)
            if per_kind[draft.kind] >= limit or len(accepted) >= MAX_QUESTIONS:
                reasons.append(f"enough {draft.kind} questions already")
            if reasons:
                rejected.append(Rejection(draft, tuple(reasons)))
                continue
            seen |= same
            per_kind[draft.kind] += 1
            accepted.insert(at, draft)
    n = len(accepted)
    when = f" ({article.published})" if article.published else ""
    description = (
        f"{n} question{'s' if n != 1 else ''} on “{article.title}”{when}."
        if n
        else f"No quiz facts were found in “{article.title}”."
    )
    pack = GeneratedPack(
        title=article.title,  # the headline reads best as the quiz name; no "Quiz:" label
        description=description,
        source=article.source,
        questions=tuple(accepted),
        rejected=tuple(rejected),
        article=article,
        facts=tuple(facts),
    )
    return pack, drafts


def generate_pack(text: str, *, seed: int = 0) -> GeneratedPack:
    """Turn one article (plain text, Markdown or HTML) into a validated question pack."""
    return build_pack(text, seed=seed)[0]
