"""Drawing the 1200x630 share card with titles from headline length to 6,000 characters.

    python bench/card.py [--repeat 5]

Each title is drawn with the card cache cleared, median of --repeat runs; the baseline is
the same card with an 80-character title (a real headline), timed in the same run. The
text fitting is bounded by what fits on the card, so the ratio should stay near 1.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quiz.scores import card  # noqa: E402

LENGTHS = (80, 600, 6_000, 60_000)


def main(argv: list[str] | None = None) -> int:
    """Time the card per title length and print the ratios to the headline-sized one."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    timings = {}
    for length in LENGTHS:
        title = ("Legend Confirms Son Is His Mini Me " * 2_000)[:length]
        runs = []
        for _ in range(args.repeat):
            card.render_card.cache_clear()
            started = time.perf_counter()
            card.render_card(card.CardText(title, "Sam", 7800, 7, 10, "Rank #3", "quiz.example"))
            runs.append(time.perf_counter() - started)
        timings[length] = statistics.median(runs)
    baseline = timings[LENGTHS[0]]
    for length, seconds in timings.items():
        print(f"title {length:>6,} chars  {seconds * 1000:7.1f} ms  x{seconds / baseline:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
