"""The baseline for bench/load.py: the smallest Flask endpoint, served like the real app.

Run as `python bench/minimal_app.py --port 8001 --workers 5 [--threads N]`; it uses the
same gunicorn settings as `quiz serve`, so the ratio between the two measures our code,
not the server, the machine or the load generator.
"""

from __future__ import annotations

import argparse

from flask import Flask

app = Flask(__name__)


@app.post("/answer")
def answer() -> tuple[str, int]:
    """Accept a small form post and return a small fragment, like the answer request."""
    return '<section id="card">ok</section>', 200


@app.get("/healthz")
def healthz() -> dict[str, str]:
    """Readiness probe for the load driver."""
    return {"status": "ok"}


def main() -> None:
    """Serve the baseline app under gunicorn with the app's own settings."""
    from quiz.cli.serve import QuizServer, gunicorn_options

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--workers", type=int, default=5)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    options = gunicorn_options(args.host, args.port, args.workers, args.threads, timeout=30)
    options.pop("post_fork")  # no database here
    QuizServer(app, options).run()


if __name__ == "__main__":
    main()
