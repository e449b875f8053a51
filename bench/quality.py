"""Quality bench for the question engine over a folder of real articles with gold facts.

Run:
    .venv/bin/python bench/quality.py [--corpus ../shared/corpus] [--per-article]
    .venv/bin/python bench/quality.py --batches build/judging --per-batch 4 [--only 20] [--offset 1]
    .venv/bin/python bench/quality.py --tally build/judging/replies/*.txt

The corpus is any folder of ``NAME.txt`` articles with ``NAME.facts.json`` beside them (the
format of ../shared/corpus: ``facts`` of ``{type, subject, value, evidence}``). It prints, per
article and in total: questions, articles with fewer than 6, gold recall by fact type (a gold
fact is asked when a question's evidence is its sentence and the question's answer, or its
prompt and answer together, carry the fact's value), gold evidence sentences kept by ingest,
keys found in the article, answers named in another prompt, and engine time per 500 words with
the bare spaCy pass over the same text as the baseline measured in the same run.

``--batches`` writes reader batches in the ../shared/JUDGING.md format (the rubric, then each
article's text and its questions); ``--tally`` reads readers' replies and prints the figures.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rapidfuzz import fuzz  # noqa: E402

from quiz.questions import GeneratedPack, generate_pack  # noqa: E402
from quiz.questions.nlp import clear_caches, load_nlp  # noqa: E402
from quiz.questions.textutil import normalize  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
RUBRIC = REPO.parent / "shared" / "JUDGING.md"
# The kinds an editor asks about most; quotes, platforms, roles and "other" are left out.
MAIN_TYPES = (
    "age", "song", "album", "show", "film", "host", "spouse", "partner", "child", "parent",
    "sibling", "award", "place", "date", "number", "team",
)  # fmt: skip
FEW = 6


@dataclass
class Result:
    """What the engine did with one article."""

    name: str
    pack: GeneratedPack
    gold: list[dict[str, str]]
    seconds: float
    words: int
    asked: list[dict[str, str]] = field(default_factory=list)


def articles(folder: Path) -> list[tuple[str, str, list[dict[str, str]]]]:
    """(name, text, gold facts) for every article with a facts file beside it."""
    out = []
    for facts in sorted(folder.rglob("*.facts.json")):
        text_path = facts.with_name(facts.name.replace(".facts.json", ".txt"))
        if text_path.exists():
            gold = json.loads(facts.read_text(encoding="utf-8")).get("facts", [])
            out.append(
                (
                    f"{facts.parent.name}/{text_path.stem}",
                    text_path.read_text(encoding="utf-8"),
                    gold,
                )
            )
    return out


def _squash(text: str) -> str:
    """Letters and digits only, for comparing sentences across cleaning."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def same_sentence(a: str, b: str) -> bool:
    """True when two sentences are the same one, give or take a stripped credit or tag."""
    sa, sb = _squash(a), _squash(b)
    if not sa or not sb:
        return False
    return sa in sb or sb in sa or fuzz.partial_ratio(sa, sb) >= 90


def _numbers(text: str) -> set[str]:
    """The numbers a text carries, words spelled as digits ("five" -> "5")."""
    return set(re.findall(r"\d+", normalize(text).replace(",", "")))


_MONTHS = {
    m[:3]: m
    for m in (
        "january february march april may june july august september october november december"
    ).split()
}
_MONTH_ABBR = re.compile(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b")


def _full_months(text: str) -> str:
    """'sept 12' -> 'september 12' (gold values keep the article's abbreviations)."""
    return _MONTH_ABBR.sub(lambda m: _MONTHS[m.group(1)[:3]], text)


def carries(answer: str, value: str) -> bool:
    """True when an answer carries a gold value ('5' for '5-year-old', names in any order)."""
    na, nv = _full_months(normalize(answer)), _full_months(normalize(value))
    if not na or not nv:
        return False
    if na == nv or f" {na} " in f" {nv} " or f" {nv} " in f" {na} ":
        return True
    nums = _numbers(value)
    if (
        nums
        and _numbers(answer)
        and _numbers(answer) <= nums
        and not re.search(
            r"[a-z]{4,}", na.replace("year", "").replace("month", "").replace("week", "")
        )
    ):
        return True
    return fuzz.token_set_ratio(na, nv) >= 90


def asked(pack: GeneratedPack, fact: dict[str, str]) -> bool:
    """True when some question of the pack asks the gold fact."""
    for q in pack.questions:
        if not same_sentence(q.evidence, fact["evidence"]):
            continue
        if carries(q.answer, fact["value"]) or any(carries(s, fact["value"]) for s in q.support):
            return True  # a derived answer ("September 8, 2020" for "Tuesday night") counts too
        if carries(q.prompt, fact["value"]) and carries(q.answer, fact.get("subject", "")):
            return True  # "Who sang “Twinnem”?" -> Coi Leray asks Coi Leray's song
    return False


def evidence_kept(pack: GeneratedPack, fact: dict[str, str]) -> bool:
    """True when the gold fact's sentence survived ingest (in the body or the headline)."""
    body = _squash(pack.article.body + " " + pack.article.title)
    ev = _squash(fact["evidence"])
    return ev in body or fuzz.partial_ratio(ev, body) >= 90


def run(corpus: Path) -> list[Result]:
    """Generate every article's pack, timing each on a second, warm pass (the first pass loads
    the model, the banks and the place and name tables, and parses nothing twice: the paragraph
    cache is cleared between passes)."""
    items = articles(corpus)
    for _name, text, _gold in items:
        generate_pack(text)
    clear_caches()
    out = []
    for name, text, gold in items:
        t0 = time.process_time()
        pack = generate_pack(text)
        seconds = time.process_time() - t0
        words = len(pack.article.body.split())
        r = Result(name, pack, gold, seconds, words)
        r.asked = [f for f in gold if f["type"] in MAIN_TYPES and asked(pack, f)]
        out.append(r)
    return out


def baseline(results: list[Result]) -> float:
    """CPU seconds of the bare spaCy pass over the same cleaned bodies (same process)."""
    nlp = load_nlp()
    t0 = time.process_time()
    for r in results:
        list(nlp.pipe(r.pack.article.body.split("\n\n")))
    return time.process_time() - t0


def _leaks(pack: GeneratedPack) -> int:
    """Questions whose answer another question's prompt names."""
    count = 0
    for q in pack.questions:
        key = q.answer.strip('“”"')
        if len(normalize(key)) >= 3 and any(
            normalize(key) and f" {normalize(key)} " in f" {normalize(o.prompt)} "
            for o in pack.questions
            if o is not q
        ):
            count += 1
    return count


def report(results: list[Result], per_article: bool) -> dict[str, object]:
    """Print the figures and return them."""
    by_type_total: Counter[str] = Counter()
    by_type_asked: Counter[str] = Counter()
    kept = total_facts = keys_in = n_questions = leaks = 0
    for r in results:
        for f in r.gold:
            total_facts += 1
            kept += evidence_kept(r.pack, f)
            if f["type"] in MAIN_TYPES:
                by_type_total[f["type"]] += 1
        for f in r.asked:
            by_type_asked[f["type"]] += 1
        n_questions += len(r.pack.questions)
        keys_in += sum(
            normalize(q.answer) in normalize(r.pack.article.body) or bool(q.support)
            for q in r.pack.questions
        )
        leaks += _leaks(r.pack)
        if per_article:
            main = sum(f["type"] in MAIN_TYPES for f in r.gold)
            print(
                f"{r.name[:60]:60s} q={len(r.pack.questions):2d} "
                f"recall={len(r.asked):2d}/{main:2d} words={r.words}"
            )
    counts = [len(r.pack.questions) for r in results]
    recall = sum(by_type_asked.values()) / max(1, sum(by_type_total.values()))
    words = sum(r.words for r in results)
    engine = sum(r.seconds for r in results)
    base = baseline(results)
    figures: dict[str, object] = {
        "articles": len(results),
        "questions": n_questions,
        "median_questions": statistics.median(counts) if counts else 0,
        "fewer_than_6": sum(c < FEW for c in counts),
        "recall": round(recall, 3),
        "evidence_kept": round(kept / max(1, total_facts), 3),
        "keys_in_article": round(keys_in / max(1, n_questions), 3),
        "answers_named_in_another_prompt": leaks,
        "ms_per_500_words": round(1000 * engine / max(1, words) * 500, 1),
        "baseline_ms_per_500_words": round(1000 * base / max(1, words) * 500, 1),
    }
    print()
    print(
        f"articles {len(results)}, questions {n_questions}, "
        f"median {figures['median_questions']} per article, "
        f"fewer than {FEW}: {figures['fewer_than_6']}"
    )
    print(
        f"gold recall (main kinds): "
        f"{sum(by_type_asked.values())}/{sum(by_type_total.values())} = {recall:.1%}"
    )
    for t in MAIN_TYPES:
        if by_type_total[t]:
            print(
                f"    {t:8s} {by_type_asked[t]:3d}/{by_type_total[t]:3d}  "
                f"{by_type_asked[t] / by_type_total[t]:.0%}"
            )
    print(f"gold evidence kept by ingest: {kept}/{total_facts} = {kept / max(1, total_facts):.1%}")
    print(f"keys found in the article: {keys_in}/{n_questions}")
    print(f"answers named in another prompt: {leaks}")
    ratio = engine / base if base else 0.0
    print(
        f"time per 500 words (CPU, warm): engine {figures['ms_per_500_words']} ms; "
        f"bare spaCy {figures['baseline_ms_per_500_words']} ms; ratio {ratio:.2f}"
    )
    return figures


def write_batches(
    results: list[Result], out: Path, per_batch: int, only: int, offset: int = 0
) -> None:
    """Reader batches in the JUDGING.md format: the rubric, then articles and their questions."""
    out.mkdir(parents=True, exist_ok=True)
    rubric = RUBRIC.read_text(encoding="utf-8") if RUBRIC.exists() else ""
    chosen = results[offset :: max(1, len(results) // only)][:only] if only else results[offset:]
    for b in range(0, len(chosen), per_batch):
        parts = [rubric, ""]
        for r in chosen[b : b + per_batch]:
            stem = r.name.split("/")[-1]
            parts += [
                f"=== ARTICLE {stem} ===",
                r.pack.article.title,
                r.pack.article.body,
                "",
                f"=== QUESTIONS {stem} ===",
            ]
            for n, q in enumerate(r.pack.questions, 1):
                parts.append(f"{n}. {q.prompt}")
                parts += [f"   {'*' if c.correct else '-'} {c.text}" for c in q.choices]
                parts.append(f"   evidence: {q.evidence}")
            parts.append("")
        (out / f"batch-{b // per_batch + 1:02d}.txt").write_text("\n".join(parts), encoding="utf-8")
    print(
        f"wrote {(len(chosen) + per_batch - 1) // per_batch} batches "
        f"of up to {per_batch} articles to {out}"
    )


_REPLY = re.compile(
    r"^(\S+)\s+(\d+)\s+key=([yn])\s+one=([yn])\s+clear=([yn])\s+fair=([yn])\s+worth=([yn])\s*(?:#\s*(.*))?$"
)


def tally(paths: list[Path]) -> None:
    """Readers' figures from reply files (one line per question, JUDGING.md format)."""
    verdicts: list[tuple[str, dict[str, bool], str]] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            m = _REPLY.match(line.strip())
            if m:
                marks = dict(
                    zip(
                        ("key", "one", "clear", "fair", "worth"),
                        (g == "y" for g in m.groups()[2:7]),
                        strict=True,
                    )
                )
                verdicts.append((m.group(1), marks, m.group(8) or ""))
    n = len(verdicts)
    if not n:
        print("no verdict lines found")
        return
    per_article: dict[str, int] = defaultdict(int)
    articles_seen = {stem for stem, _m, _r in verdicts}
    for stem, marks, _r in verdicts:
        per_article[stem] += all(marks.values())
    print(f"questions judged {n} in {len(articles_seen)} articles")
    for k in ("key", "one", "clear", "fair", "worth"):
        print(f"    {k:5s} yes {sum(m[k] for _s, m, _r in verdicts) / n:.1%}")
    acceptable = sum(all(m.values()) for _s, m, _r in verdicts)
    print(
        f"key correct {sum(m['key'] for _s, m, _r in verdicts) / n:.1%}; "
        f"acceptable {acceptable / n:.1%}; "
        f"acceptable per article {acceptable / len(articles_seen):.1f}"
    )
    reasons = Counter(
        r.split(";")[0].strip().lower()[:70] for _s, m, r in verdicts if r and not all(m.values())
    )
    print("most common reasons:")
    for reason, count in reasons.most_common(15):
        print(f"    {count:3d}  {reason}")


def main() -> None:
    """Command line."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--per-article", action="store_true")
    ap.add_argument("--batches", type=Path)
    ap.add_argument("--per-batch", type=int, default=4)
    ap.add_argument(
        "--only", type=int, default=0, help="judge an even sample of this many articles"
    )
    ap.add_argument(
        "--offset",
        type=int,
        default=0,
        help="start the sample here (1 takes the articles a sample from 0 left out)",
    )
    ap.add_argument("--tally", type=Path, nargs="+")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = ap.parse_args()
    if args.tally:
        tally(args.tally)
        return
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus}")
    clear_caches()
    results = run(args.corpus)
    figures = report(results, args.per_article)
    if args.batches:
        write_batches(results, args.batches, args.per_batch, args.only, args.offset)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
