"""Load test: N concurrent players through a pack under gunicorn, then a database audit.

    python bench/load.py [--players 200] [--questions 10] [--database-url URL] [--rounds 3]
                         [--workers N] [--threads N] [--think-ms MS] [--kill-worker]
                         [--no-proxy]

Starts `quiz serve` on a free loopback port (a temporary SQLite file unless a database URL
is given) and, beside it, the minimal Flask endpoint (bench/minimal_app.py) served the same
way. Each gets an untimed closed-loop round first, so what is timed is the warm steady
state, not each worker's first requests. Then timed rounds alternate between the two, the
same players at the same pace: the app's players each play a freshly imported pack to the
end, the baseline's post as many small forms. It prints requests/s and answer latency
percentiles for both over all rounds, their ratio, and the ratio of each app round to the
baseline round right after it: on a shared machine whose speed drifts, alternating keeps
both sides of a ratio on the same machine. Then it checks that no acknowledged answer was
lost or stored twice and that every score is the sum of its answers' points and streak
bonuses. --kill-worker SIGKILLs one gunicorn worker during the first timed round. Both
servers run behind nginx, as `quiz serve` does; --no-proxy serves both with gunicorn
alone. Exits non-zero when a check fails.

--think-ms 0 (the default) is a closed loop: every player sends its next request the moment
the last one returns, which measures throughput at saturation. A positive --think-ms is a
player's pace: each pause before an answer and before a Next lasts between that and twice
that, drawn per player so players drift out of step as people do (300 ms is the fastest
the app accepts as human, MIN_HUMAN_ANSWER_MS); the baseline's players pause the same way
before each of their requests, so both servers are offered the same request rate.

The machine may be shared, so the figures also include the gunicorn workers' own CPU time
per request (from /proc, whatever else the machine is doing), and the load average.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

# Run as a script from anywhere: import bench.* and quiz from the repository.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.audit import audit_plays, prepare_pack  # noqa: E402
from bench.players import PlayerLog, answers_done, hit_minimal, play_pack  # noqa: E402
from bench.servers import (  # noqa: E402
    Server,
    default_workers,
    kill_one_worker,
    workers_cpu_seconds,
)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and the audit; return the exit status."""
    args = parse_args(argv)
    think = args.think_ms / 1000
    tmp = Path(tempfile.mkdtemp(prefix="quiz-load-"))
    database_url = args.database_url or f"sqlite:///{tmp / 'load.db'}"
    slug = prepare_pack(database_url, tmp / "instance", args.questions)
    proxy = ["--no-proxy"] if args.no_proxy else []
    quiz_cmd = [str(Path(sys.executable).parent / "quiz"), "serve", *proxy]
    minimal_cmd = [sys.executable, str(Path(__file__).with_name("minimal_app.py")), *proxy]
    # Every question of the bench's pack goes into each play (the default caps plays at 15).
    limit = {"QUIZ_PLAY_QUESTION_LIMIT": str(args.questions)}
    app_server = Server(
        quiz_cmd, args.workers, args.threads, database_url, tmp / "instance", env=limit
    )
    with app_server as server, Server(minimal_cmd, args.workers, args.threads) as baseline:

        def app_round(seed: int, pace: float) -> list[PlayerLog]:
            return run_players(
                lambda n: play_pack("127.0.0.1", server.port, slug, n, pace, seed), args.players
            )

        def baseline_round(seed: int, pace: float) -> list[PlayerLog]:
            return run_players(
                lambda n: hit_minimal("127.0.0.1", baseline.port, args.questions, pace, n, seed),
                args.players,
            )

        # An untimed closed-loop round on each: every worker compiles its SQL and opens
        # its connection first, so what is timed is the steady state.
        logs = app_round(11, 0)
        baseline_round(11, 0)
        app_runs: list[Run] = []
        baseline_runs: list[Run] = []
        for round_number in range(args.rounds):
            killer = _start_killer(server, args) if args.kill_worker and not app_runs else None
            app_runs.append(timed(server.pid, partial(app_round, 7 + round_number, think)))
            if killer:
                killer.join()
            baseline_runs.append(
                timed(baseline.pid, partial(baseline_round, 7 + round_number, think))
            )
    report(args, app_runs, baseline_runs)
    logs += [log for run in app_runs for log in run.logs]
    problems = [f"player failed: {log.error}" for log in logs if log.error]
    problems += audit_plays(database_url, tmp / "instance", slug, logs, args.questions)
    for problem in problems[:20]:
        print("PROBLEM:", problem)
    print(f"audit: {'FAILED' if problems else 'ok'} ({len(problems)} problems)")
    return 1 if problems else 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--players", type=int, default=200)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument(
        "--think-ms", type=float, default=0.0, help="a player's pause before each answer and Next"
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="timed rounds, alternating app and baseline"
    )
    parser.add_argument("--kill-worker", action="store_true", help="SIGKILL a worker mid-run")
    parser.add_argument(
        "--no-proxy", action="store_true", help="both servers without nginx in front"
    )
    return parser.parse_args(argv)


def run_players(play, players: int) -> list[PlayerLog]:
    """Run `players` concurrent players (one thread each) and collect their logs."""
    with ThreadPoolExecutor(max_workers=players) as pool:
        return list(pool.map(play, range(players)))


def _start_killer(server: Server, args: argparse.Namespace) -> threading.Thread:
    """Kill one worker once the run is well under way (a third of the answers in)."""

    target = answers_done() + args.players * args.questions / 3

    def kill_later() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and answers_done() < target:
            time.sleep(0.05)
        pid = kill_one_worker(server.pid)
        print(f"killed gunicorn worker {pid} mid-run")

    thread = threading.Thread(target=kill_later, daemon=True)
    thread.start()
    return thread


@dataclass
class Run:
    """One timed round against one server: what its players saw, and what it cost."""

    logs: list[PlayerLog]
    seconds: float
    cpu_seconds: float

    @property
    def requests(self) -> int:
        """Requests the players completed in this round."""
        return sum(len(log.request_latencies) for log in self.logs)


def timed(master_pid: int, play_round: Callable[[], list[PlayerLog]]) -> Run:
    """Run one round of players, timing it and counting the server's workers' CPU."""
    cpu, started = workers_cpu_seconds(master_pid), time.perf_counter()
    logs = play_round()
    return Run(logs, time.perf_counter() - started, workers_cpu_seconds(master_pid) - cpu)


def figures(runs: list[Run]) -> dict[str, float]:
    """Requests/s over all rounds, workers' CPU ms per request, answer latency percentiles."""
    answers = sorted(t for run in runs for log in run.logs for t in log.answer_latencies)
    requests = sum(run.requests for run in runs)
    seconds = sum(run.seconds for run in runs)

    def pct(p: float) -> float:
        return answers[min(len(answers) - 1, int(p / 100 * len(answers)))] * 1000 if answers else 0

    cpu_seconds = sum(run.cpu_seconds for run in runs)
    return {
        "requests_per_s": requests / seconds,
        "cpu_ms_per_request": cpu_seconds * 1000 / requests if requests else 0,
        "answers_per_s": len(answers) / seconds,
        "p50": pct(50),
        "p95": pct(95),
        "p99": pct(99),
        "answers": len(answers),
    }


def report(args: argparse.Namespace, app_runs: list[Run], baseline_runs: list[Run]) -> None:
    """Print both servers side by side, the ratio we track and its spread over the rounds."""
    app, base = figures(app_runs), figures(baseline_runs)
    print(
        f"players={args.players} questions={args.questions} workers={args.workers}"
        f" threads={args.threads} think_ms={args.think_ms} rounds={args.rounds}"
        f" proxy={'none' if args.no_proxy else 'nginx'}"
        f" database={'postgresql' if args.database_url else 'sqlite'}"
        f" load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
    for name, f in (("answer (app)", app), ("minimal endpoint", base)):
        print(
            f"{name:17} {f['requests_per_s']:8.0f} req/s {f['answers_per_s']:8.0f} answers/s"
            f"  p50 {f['p50']:6.1f} ms  p95 {f['p95']:6.1f} ms  p99 {f['p99']:6.1f} ms"
            f"  worker CPU {f['cpu_ms_per_request']:5.2f} ms/request"
        )
    # Each round's ratio pairs an app round with the baseline round right after it, so
    # both ran on the machine as it was then; their spread shows how steady the machine was.
    per_round = [
        a.requests * b.seconds / (a.seconds * b.requests) if b.requests else 0
        for a, b in zip(app_runs, baseline_runs, strict=True)
    ]
    ratio = app["requests_per_s"] / base["requests_per_s"] if base["requests_per_s"] else 0
    print(
        f"throughput ratio app/minimal: {ratio:.2f} (target >= 0.50);"
        f" per round {' '.join(f'{r:.2f}' for r in per_round)}"
    )
    if app["cpu_ms_per_request"]:
        cpu_ratio = base["cpu_ms_per_request"] / app["cpu_ms_per_request"]
        print(f"worker CPU per request, minimal/app: {cpu_ratio:.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
