"""Benchmark the question engine: cold and warm time per article, articles per second.

Run: .venv/bin/python bench/generate.py [--repeat N]
Figures are also given as ratios to a baseline measured in the same run (the bare spaCy
nlp() pass over the same text), so they compare across machines.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _articles() -> list[tuple[str, str]]:
    """(name, text) for the demo article and every article in tests/data."""
    demo = REPO.parent / "shared" / "seed" / "john-legend-mini-me.txt"
    paths = ([demo] if demo.exists() else []) + sorted(
        p for p in (REPO / "tests" / "data").iterdir() if p.suffix in (".txt", ".md", ".html")
    )
    return [(p.name, p.read_text(encoding="utf-8")) for p in paths]


def main() -> None:
    """Print cold, warm and batch figures with their ratio to the bare spaCy pass."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="warm runs per article")
    args = parser.parse_args()
    articles = _articles()

    t0 = time.perf_counter()
    from quiz.questions import generate_pack, read_article
    from quiz.questions.nlp import load_nlp, parse

    import_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    generate_pack(articles[0][1])  # first call: loads spaCy and the banks
    cold_s = time.perf_counter() - t0

    nlp = load_nlp()
    bodies = {name: read_article(text).body for name, text in articles}
    print(f"{'article':40} {'words':>5} {'warm ms':>8} {'spaCy ms':>8} {'ratio':>6}")
    warm_all, base_all = [], []
    for name, text in articles:
        words = len(bodies[name].split())
        warm, base = [], []
        for i in range(args.repeat):
            parse.cache_clear()  # measure a fresh parse each time, as for a new article
            t0 = time.perf_counter()
            generate_pack(text, seed=i)
            warm.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            list(nlp.pipe(bodies[name].split("\n\n")))
            base.append(time.perf_counter() - t0)
        w, b = statistics.median(warm), statistics.median(base)
        warm_all.append(w)
        base_all.append(b)
        print(f"{name:40} {words:5d} {w * 1000:8.1f} {b * 1000:8.1f} {w / b:6.2f}")

    parse.cache_clear()
    t0 = time.perf_counter()
    for _name, text in articles:
        generate_pack(text)
    batch_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for name, _text in articles:
        list(nlp.pipe(bodies[name].split("\n\n")))
    base_batch_s = time.perf_counter() - t0
    words = sum(len(b.split()) for b in bodies.values())
    per500 = statistics.median(
        w / max(1, len(bodies[n].split())) * 500
        for w, (n, _t) in zip(warm_all, articles, strict=True)
    )
    print()
    print(f"import quiz.questions: {import_s * 1000:.0f} ms (spaCy not loaded)")
    print(f"cold first article (model load included): {cold_s * 1000:.0f} ms")
    print(
        f"warm median per article: {statistics.median(warm_all) * 1000:.1f} ms "
        f"({statistics.median(warm_all) / statistics.median(base_all):.2f}x bare spaCy)"
    )
    print(f"warm, scaled to a 500-word article: {per500 * 1000:.1f} ms")
    print(
        f"batch of {len(articles)} articles ({words} words): {batch_s:.2f} s, "
        f"{len(articles) / batch_s:.1f} articles/s "
        f"({batch_s / base_batch_s:.2f}x the bare spaCy pass over the same bodies)"
    )


if __name__ == "__main__":
    main()
