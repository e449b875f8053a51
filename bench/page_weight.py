"""Bytes and requests of the play page in Chromium, on a first visit and a second one.

    python bench/page_weight.py [--rounds 3]

Serves the app with `quiz serve` on loopback twice from one temporary SQLite database:
as shipped (fingerprinted, compressed, year-cached static files through WhiteNoise) and,
as the baseline, with QUIZ_STATIC_FINGERPRINTS=false (Flask's own static route, which
sends every file uncompressed and has the browser revalidate it on each visit). For each,
Debian's Chromium opens a fresh profile and loads a play page (cold), then the play page of
a second play in the same profile (warm: a fan's "Play again"). It counts the requests
sent to the network, those answered from the browser's cache, and the bytes on the wire
(headers included, from the DevTools protocol), medians over the rounds, and prints each
figure beside the baseline's with their ratio. Chromium asks for Brotli over HTTPS only,
so these loopback figures are gzip; the Brotli sizes of the same files are printed too.
"""

from __future__ import annotations

import argparse
import http.client
import re
import statistics
import sys
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

# Run as a script from anywhere: import bench.* and quiz from the repository.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.audit import prepare_pack  # noqa: E402
from bench.players import CSRF, scrape  # noqa: E402
from bench.servers import Server  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@dataclass
class Visit:
    """What one page load cost."""

    requests: int  # sent to the server
    cached: int  # answered from the browser's cache without asking
    bytes: int  # on the wire, headers included


def main(argv: list[str] | None = None) -> int:
    """Measure both servers and print the table."""
    args = parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="quiz-weight-"))
    database_url = f"sqlite:///{tmp / 'weight.db'}"
    slug = prepare_pack(database_url, tmp / "instance", 10)
    quiz = [str(Path(sys.executable).parent / "quiz"), "serve"]
    figures: dict[str, dict[str, list[Visit]]] = {}
    brotli = None
    for name, env in (("app", {}), ("baseline", {"QUIZ_STATIC_FINGERPRINTS": "false"})):
        with Server(quiz, 2, 1, database_url, tmp / "instance", env=env) as server:
            figures[name] = measure(server.url, slug, args.rounds)
            if name == "app":
                brotli = brotli_sizes(server.url, slug)
    report(figures, brotli)
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="fresh browser profiles per server")
    return parser.parse_args(argv)


def new_play(base: str, slug: str) -> str:
    """Start a play over plain HTTP (its own session cookie) and return its play page's URL."""
    host, port = base.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.request("GET", f"/p/{slug}")
    response = connection.getresponse()
    cookie = response.getheader("Set-Cookie", "").split(";")[0]
    page = response.read().decode()
    body = f"csrf_token={scrape(CSRF, page)}&nickname=Weigher"
    headers = {"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"}
    connection.request("POST", f"/p/{slug}", body, headers)
    response = connection.getresponse()
    response.read()
    connection.close()
    location = response.getheader("Location")
    if response.status != 303 or location is None:
        raise RuntimeError(f"starting a play answered {response.status}")
    return base + location


def measure(base: str, slug: str, rounds: int) -> dict[str, list[Visit]]:
    """Cold and warm visits of play pages, in `rounds` fresh browser profiles."""
    from playwright.sync_api import sync_playwright

    found: dict[str, list[Visit]] = {"cold": [], "warm": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(rounds):
            context = browser.new_context()
            page = context.new_page()
            found["cold"].append(visit(page, new_play(base, slug)))
            found["warm"].append(visit(page, new_play(base, slug)))
            context.close()
        browser.close()
    return found


def visit(page: object, url: str) -> Visit:
    """Load url in page and count its requests and bytes through the DevTools protocol."""
    session = page.context.new_cdp_session(page)  # type: ignore[attr-defined]
    session.send("Network.enable")
    sent: set[str] = set()
    cached: set[str] = set()
    sizes: dict[str, int] = {}
    session.on("Network.requestWillBeSent", lambda e: sent.add(e["requestId"]))
    session.on("Network.requestServedFromCache", lambda e: cached.add(e["requestId"]))

    def answered(event: dict) -> None:
        # A disk-cache hit also arrives as a response, without asking the server.
        if event["response"].get("fromDiskCache"):
            cached.add(event["requestId"])

    session.on("Network.responseReceived", answered)
    session.on(
        "Network.loadingFinished",
        lambda e: sizes.__setitem__(e["requestId"], int(e["encodedDataLength"])),
    )
    page.goto(url, wait_until="networkidle")  # type: ignore[attr-defined]
    session.detach()
    network = sent - cached
    return Visit(len(network), len(cached & sent), sum(sizes.get(r, 0) for r in network))


def brotli_sizes(base: str, slug: str) -> tuple[int, int]:
    """The page's static files: bytes with gzip and with Brotli, as WhiteNoise sends them."""
    html = urllib.request.urlopen(new_play(base, slug)).read().decode()
    assets = re.findall(r'(?:href|src)="(/static/[^"]+)"', html)
    totals = []
    for encoding in ("gzip", "br"):
        total = 0
        for path in set(assets):
            request = urllib.request.Request(base + path, headers={"Accept-Encoding": encoding})
            total += len(urllib.request.urlopen(request).read())
        totals.append(total)
    return totals[0], totals[1]


def report(figures: dict[str, dict[str, list[Visit]]], brotli: tuple[int, int] | None) -> None:
    """Medians per visit, the app beside the baseline."""

    def median(name: str, kind: str, field: str) -> float:
        return statistics.median(getattr(v, field) for v in figures[name][kind])

    print(f"{'play page':10} {'':8} {'app':>10} {'baseline':>10} {'app/baseline':>13}")
    for kind in ("cold", "warm"):
        for field, label in (
            ("requests", "requests"),
            ("cached", "from cache"),
            ("bytes", "bytes"),
        ):
            app, base = median("app", kind, field), median("baseline", kind, field)
            ratio = f"{app / base:.2f}" if base else "-"
            print(f"{kind:10} {label:10} {app:>10,.0f} {base:>10,.0f} {ratio:>13}")
    if brotli:
        gzip, br = brotli
        print(f"files the page links (every icon size too): gzip {gzip:,} B, Brotli {br:,} B")


if __name__ == "__main__":
    raise SystemExit(main())
