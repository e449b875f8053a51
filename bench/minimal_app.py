"""The baseline for bench/load.py: the smallest Flask endpoint, served like the real app.

Run as `python bench/minimal_app.py --port 8001 --workers 5 [--threads N] [--no-proxy]`;
it uses the same gunicorn settings as `quiz serve`, behind the same nginx, so the ratio
between the two measures our code, not the server, the machine or the load generator.
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
    from quiz.cli.proxy import find_nginx
    from quiz.cli.serve import gunicorn_options, serve_app

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--workers", type=int, default=5)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--no-proxy", action="store_true", help="gunicorn alone, as quiz serve")
    args = parser.parse_args()
    options = gunicorn_options(args.workers, args.threads, timeout=30)
    options.pop("post_fork")  # no database here
    serve_app(app, args.host, args.port, options, None if args.no_proxy else find_nginx())


if __name__ == "__main__":
    main()
