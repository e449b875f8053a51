"""Load test: N concurrent players through a pack under gunicorn, then a database audit.

    python bench/load.py [--players 200] [--questions 10] [--database-url URL]
                         [--workers N] [--threads N] [--think-ms MS] [--kill-worker]

Starts `quiz serve` on a free loopback port (a temporary SQLite file unless a database URL
is given), plays a freshly imported pack with every player at once, serves the minimal
Flask endpoint (bench/minimal_app.py) the same way with the same concurrency and pace, and
prints requests/s and answer latency percentiles for both and their ratio. Each server first
gets an untimed round of the same players in a closed loop (the app: one play each), so
what is timed is the warm steady state, not each worker's first requests. Then it checks
that no acknowledged answer was lost or stored twice and that every score is the sum of its
answers' points and streak bonuses. --kill-worker SIGKILLs one gunicorn worker mid-run.
Exits non-zero when a check fails.

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
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

from audit import audit_plays, prepare_pack  # noqa: E402
from players import PlayerLog, answers_done, hit_minimal, play_pack  # noqa: E402
from servers import Server, default_workers, kill_one_worker, workers_cpu_seconds  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and the audit; return the exit status."""
    args = parse_args(argv)
    think = args.think_ms / 1000
    tmp = Path(tempfile.mkdtemp(prefix="quiz-load-"))
    database_url = args.database_url or f"sqlite:///{tmp / 'load.db'}"
    slug = prepare_pack(database_url, tmp / "instance", args.questions)
    quiz_cmd = [str(Path(sys.executable).parent / "quiz"), "serve"]
    with Server(quiz_cmd, args.workers, args.threads, database_url, tmp / "instance") as server:
        # An untimed first round, as for the baseline below: each worker compiles its SQL
        # and opens its connection once, so the figures are the steady state.
        warmup_logs = run_players(
            lambda n: play_pack("127.0.0.1", server.port, slug, n, 0, 11), args.players
        )
        killer = _start_killer(server, args) if args.kill_worker else None
        cpu, started = workers_cpu_seconds(server.pid), time.perf_counter()
        logs = run_players(
            lambda n: play_pack("127.0.0.1", server.port, slug, n, think, 7), args.players
        )
        app_seconds = time.perf_counter() - started
        app_cpu = workers_cpu_seconds(server.pid) - cpu
        if killer:
            killer.join()
    minimal_cmd = [sys.executable, str(Path(__file__).with_name("minimal_app.py"))]
    with Server(minimal_cmd, args.workers, args.threads) as baseline:
        run_players(
            lambda n: hit_minimal("127.0.0.1", baseline.port, args.questions, 0, n), args.players
        )
        cpu, started = workers_cpu_seconds(baseline.pid), time.perf_counter()
        baseline_logs = run_players(
            lambda n: hit_minimal("127.0.0.1", baseline.port, args.questions, think, n),
            args.players,
        )
        baseline_seconds = time.perf_counter() - started
        baseline_cpu = workers_cpu_seconds(baseline.pid) - cpu
    app_figures = figures(logs, app_seconds, app_cpu)
    base_figures = figures(baseline_logs, baseline_seconds, baseline_cpu)
    report(args, app_figures, base_figures)
    logs += warmup_logs
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
    parser.add_argument("--kill-worker", action="store_true", help="SIGKILL a worker mid-run")
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


def figures(logs: list[PlayerLog], seconds: float, cpu_seconds: float) -> dict[str, float]:
    """Requests/s over the run, workers' CPU ms per request, answer latency percentiles (ms)."""
    answers = sorted(t for log in logs for t in log.answer_latencies)
    requests = sum(len(log.request_latencies) for log in logs)

    def pct(p: float) -> float:
        return answers[min(len(answers) - 1, int(p / 100 * len(answers)))] * 1000 if answers else 0

    return {
        "requests_per_s": requests / seconds,
        "cpu_ms_per_request": cpu_seconds * 1000 / requests if requests else 0,
        "answers_per_s": len(answers) / seconds,
        "p50": pct(50),
        "p95": pct(95),
        "p99": pct(99),
        "answers": len(answers),
    }


def report(args: argparse.Namespace, app: dict[str, float], base: dict[str, float]) -> None:
    """Print both runs side by side and the ratio we track."""
    print(
        f"players={args.players} questions={args.questions} workers={args.workers}"
        f" threads={args.threads} think_ms={args.think_ms}"
        f" database={'postgresql' if args.database_url else 'sqlite'}"
        f" load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
    for name, f in (("answer (app)", app), ("minimal endpoint", base)):
        print(
            f"{name:17} {f['requests_per_s']:8.0f} req/s {f['answers_per_s']:8.0f} answers/s"
            f"  p50 {f['p50']:6.1f} ms  p95 {f['p95']:6.1f} ms  p99 {f['p99']:6.1f} ms"
            f"  worker CPU {f['cpu_ms_per_request']:5.2f} ms/request"
        )
    ratio = app["requests_per_s"] / base["requests_per_s"] if base["requests_per_s"] else 0
    print(f"throughput ratio app/minimal: {ratio:.2f} (target >= 0.50)")
    if app["cpu_ms_per_request"]:
        cpu_ratio = base["cpu_ms_per_request"] / app["cpu_ms_per_request"]
        print(f"worker CPU per request, minimal/app: {cpu_ratio:.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
