"""How many slow clients it takes to stop `quiz serve`: a slowloris ramp against the server.

    python bench/slow_clients.py [--max 4096] [--interval 5] [--workers N] [--threads N]
                                 [--body] [--serve-args="--no-proxy"]

Starts `quiz serve` on a free loopback port (a temporary SQLite database with the demo pack)
and starts one play. Then it opens slow sockets in growing steps (see bench/slow.py: each
sends a request line and one more header line every --interval seconds, or with --body a
form a byte at a time) and after each step checks that /healthz and the play page still
answer within a second, twice each. It prints the first count at which either stopped
answering, or that both still answered with --max sockets open.

The baseline is the same server started with --serve-args="--no-proxy": gunicorn's workers
bound straight to the port, as `quiz serve` did before it ran nginx in front of them.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import tempfile
import time
from pathlib import Path

# Run as a script from anywhere: import bench.* and quiz from the repository.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.players import start_one_play  # noqa: E402
from bench.servers import Server, default_workers  # noqa: E402
from bench.slow import SlowClients, answers_within  # noqa: E402

PROBES = 2  # each URL, after each step


def main(argv: list[str] | None = None) -> int:
    """Ramp up slow sockets until the server stops answering; print the count."""
    args = parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="quiz-slow-"))
    command = [str(Path(sys.executable).parent / "quiz"), "serve", *shlex.split(args.serve_args)]
    env = {"DATABASE_URL": "", "QUIZ_SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp / 'slow.db'}"}
    with Server(command, args.workers, args.threads, instance=tmp / "instance", env=env) as server:
        urls = [server.url + "/healthz", server.url + start_one_play("127.0.0.1", server.port)]
        print(
            f"quiz serve {args.serve_args or '(defaults)'}: workers={args.workers}"
            f" threads={args.threads}"
            f" interval={args.interval}s mode={'body' if args.body else 'headers'}"
            f" load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
        )
        with SlowClients(server.port, args.interval, args.body) as slow:
            for target in steps(args.max):
                opened = slow.grow(target)
                time.sleep(args.settle)  # let the server accept them and start waiting
                failed = [url for url in urls for _ in range(PROBES) if not answers_within(url)]
                print(f"  {opened:5d} slow sockets: {'STOPPED' if failed else 'answering'}")
                if failed:
                    print(f"stopped by {opened} slow sockets ({sorted(set(failed))} timed out)")
                    return 0
                if opened < target:
                    print(f"could open only {opened} sockets; stopping the ramp")
                    break
            print(f"still answering with {opened} slow sockets ({slow.reopened} reopened)")
    return 0


def steps(maximum: int) -> list[int]:
    """1 to 16 one at a time, then a quarter more each step, up to `maximum`."""
    counts = list(range(1, min(16, maximum) + 1))
    while counts[-1] < maximum:
        counts.append(min(maximum, int(counts[-1] * 1.25)))
    return counts


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--max", type=int, default=4096, help="most slow sockets to open")
    parser.add_argument("--interval", type=float, default=5.0, help="seconds between lines")
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--threads", type=int, default=1, help="gthread threads per worker")
    parser.add_argument("--body", action="store_true", help="trickle a form body instead")
    parser.add_argument("--settle", type=float, default=1.5, help="seconds after each step")
    parser.add_argument("--serve-args", default="", help="extra `quiz serve` options")
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
