"""Benchmark the question engine: cold and warm time per article, articles per second.

Run: .venv/bin/python bench/generate.py [--repeat N] [--cold N]

The machine may be shared, so every figure is a median of repeated runs, engine and baseline
runs are interleaved (both see the same load), CPU time is given beside wall time, and the
load average is printed before and after. The baseline is measured in the same run: the
bare spaCy pass (the stock model as ``spacy.load`` gives it, thinc's default BLIS products and
every pipe, ``nlp.pipe`` over the same paragraphs), so ratios compare across machines. A last
table gives each pipe's CPU time for the engine's model and for the stock one.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

_COLD = """
import time
t0 = time.perf_counter()
import quiz.questions as q
t1 = time.perf_counter()
q.generate_pack(open({path!r}, encoding="utf-8").read())
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def _articles() -> list[tuple[str, str]]:
    """(name, text) for the demo article and every article in tests/data."""
    demo = REPO.parent / "shared" / "seed" / "john-legend-mini-me.txt"
    paths = ([demo] if demo.exists() else []) + sorted(
        p for p in (REPO / "tests" / "data").iterdir() if p.suffix in (".txt", ".md", ".html")
    )
    return [(p.name, p.read_text(encoding="utf-8")) for p in paths]


def _load() -> str:
    """The 1/5/15-minute load average and the CPU count."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def _timed(fn) -> tuple[float, float]:
    """(wall, cpu) seconds of one call."""
    w0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w0, time.process_time() - c0


def _cold(path: Path, runs: int) -> tuple[float, float]:
    """Median (import, first article) seconds, each in a fresh interpreter."""
    imports, firsts = [], []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _COLD.format(path=str(path))],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
        ).stdout.split()
        imports.append(float(out[0]))
        firsts.append(float(out[1]))
    return statistics.median(imports), statistics.median(firsts)


def _pipe_pass(nlp, paras: list[list[str]]) -> dict[str, float]:
    """CPU seconds per pipe (and the tokenizer) for one pass over every body's paragraphs."""
    spent = dict.fromkeys(["tokenizer", *nlp.pipe_names], 0.0)
    for group in paras:
        t0 = time.process_time()
        docs = [nlp.make_doc(p) for p in group]
        spent["tokenizer"] += time.process_time() - t0
        for name, proc in nlp.pipeline:
            t0 = time.process_time()
            docs = list(proc.pipe(docs))
            spent[name] += time.process_time() - t0
    return spent


def main() -> None:
    """Print cold, warm and batch figures with their ratio to the bare spaCy pass."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=9, help="warm runs per article")
    parser.add_argument("--cold", type=int, default=3, help="fresh interpreters for cold figures")
    parser.add_argument("--batch", type=int, default=5, help="batch runs")
    args = parser.parse_args()
    articles = _articles()
    print(_load(), "(start)")

    import spacy

    from quiz.questions import generate_pack, read_article
    from quiz.questions.nlp import MODELS, clear_caches, load_nlp

    load_nlp()
    stock = None
    for model in MODELS:
        try:
            stock = spacy.load(model)  # every pipe, as a plain nlp() user would run it
            break
        except OSError:
            continue
    if stock is None:
        raise SystemExit(f"none of the spaCy models {MODELS} is installed")
    bodies = {name: read_article(text).body for name, text in articles}

    def engine(text: str, seed: int = 0):
        clear_caches()  # a fresh parse each time, as for a new article
        return generate_pack(text, seed=seed)

    def baseline(body: str):
        return list(stock.pipe(body.split("\n\n")))

    for name, text in articles[:2]:  # warm both pipelines and every bank
        engine(text)
        baseline(bodies[name])

    print(
        f"\n{'article':36} {'words':>5} {'warm ms':>8} {'best ms':>8} {'cpu ms':>7} "
        f"{'spaCy ms':>8} {'ratio':>6} {'per 500w':>8}"
    )
    # name, words, then seconds: median engine wall and CPU, baseline wall and CPU, bests
    rows: list[tuple[str, int, float, float, float, float, float, float]] = []
    for name, text in articles:
        words = len(bodies[name].split())
        w_eng, c_eng, w_base, c_base = [], [], [], []
        for i in range(args.repeat):
            w, c = _timed(lambda text=text, i=i: engine(text, i))
            w_eng.append(w)
            c_eng.append(c)
            w, c = _timed(lambda name=name: baseline(bodies[name]))
            w_base.append(w)
            c_base.append(c)
        med = [statistics.median(x) for x in (w_eng, c_eng, w_base, c_base)]
        rows.append((name, words, med[0], med[1], med[2], med[3], min(w_eng), min(w_base)))
        print(
            f"{name:36} {words:5d} {med[0] * 1e3:8.1f} {min(w_eng) * 1e3:8.1f} "
            f"{med[1] * 1e3:7.1f} {med[2] * 1e3:8.1f} {med[0] / med[2]:6.2f} "
            f"{med[0] / words * 500e3:8.1f}"
        )

    batches, base_batches = [], []
    for _ in range(args.batch):
        batches.append(_timed(lambda: [engine(t) for _n, t in articles]))
        base_batches.append(_timed(lambda: [baseline(b) for b in bodies.values()]))
    batch_s = statistics.median(b[0] for b in batches)
    base_batch_s = statistics.median(b[0] for b in base_batches)
    batch_cpu = statistics.median(b[1] for b in batches)
    base_batch_cpu = statistics.median(b[1] for b in base_batches)

    # Where the time goes: each pipe on its own, engine and stock passes interleaved. CPU time,
    # as a pipe's share is what matters and wall time on a shared machine includes waiting.
    paras = [[p for p in body.split("\n\n") if p.strip()] for body in bodies.values()]
    passes = [(_pipe_pass(load_nlp(), paras), _pipe_pass(stock, paras)) for _ in range(args.repeat)]
    ours, theirs = (
        {name: statistics.median(p[side][name] for p in passes) for name in passes[0][side]}
        for side in (0, 1)
    )

    demo = REPO.parent / "shared" / "seed" / "john-legend-mini-me.txt"
    import_s, first_s = _cold(demo if demo.exists() else REPO / "tests" / "data", args.cold)

    words = sum(r[1] for r in rows)
    per500 = statistics.median(r[2] / r[1] * 500 for r in rows)
    per500_cpu = statistics.median(r[3] / r[1] * 500 for r in rows)
    per500_best = statistics.median(r[6] / r[1] * 500 for r in rows)
    base500_best = statistics.median(r[7] / r[1] * 500 for r in rows)
    long = [r for r in rows if r[1] >= 400]
    print()
    print(
        f"cold: import quiz.questions {import_s * 1e3:.0f} ms (spaCy not loaded); "
        f"first article {first_s * 1e3:.0f} ms (model load included); "
        f"median of {args.cold} fresh interpreters"
    )
    print(
        f"warm median per article: {statistics.median(r[2] for r in rows) * 1e3:.1f} ms wall, "
        f"{statistics.median(r[3] for r in rows) * 1e3:.1f} ms CPU "
        f"({statistics.median(r[2] / r[4] for r in rows):.2f}x the bare spaCy pass)"
    )
    print(
        f"warm per 500 words (median over articles): {per500 * 1e3:.1f} ms wall, "
        f"{per500_cpu * 1e3:.1f} ms CPU; best runs {per500_best * 1e3:.1f} ms "
        f"(bare spaCy best {base500_best * 1e3:.1f} ms)"
    )
    if long:
        print(
            f"warm on the {len(long)} articles of 400+ words: "
            + ", ".join(f"{r[0]} {r[1]}w {r[2] * 1e3:.0f} ms ({r[2] / r[4]:.2f}x)" for r in long)
        )
    print(
        f"batch of {len(articles)} articles ({words} words): {batch_s:.2f} s, "
        f"{len(articles) / batch_s:.1f} articles/s, {batch_cpu:.2f} s CPU "
        f"({batch_s / base_batch_s:.2f}x wall, {batch_cpu / base_batch_cpu:.2f}x CPU of the "
        f"bare spaCy pass over the same bodies, median of {args.batch})"
    )
    per = 500 / words * 1e3
    print(f"per pipe, CPU ms per 500 words (median of {args.repeat}): engine, then stock model")
    print(
        "  "
        + ", ".join(
            f"{name} {ours[name] * per:.1f}" if name in ours else f"{name} lazy" for name in theirs
        )
    )
    print("  " + ", ".join(f"{name} {theirs[name] * per:.1f}" for name in theirs))
    print(
        f"  sum {sum(ours.values()) * per:.1f} / {sum(theirs.values()) * per:.1f}; "
        f"NER, which has its own tok2vec: {ours['ner'] * per:.1f} / {theirs['ner'] * per:.1f}"
    )
    print(_load(), "(end)")


if __name__ == "__main__":
    main()
