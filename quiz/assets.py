"""Static files: fingerprinted names, cached for a year, pre-compressed, served by WhiteNoise.

At start the app copies each file of static/ to a build folder under a name that carries
a digest of its content (css/app.css -> css/app.0123456789ab.css), with gzip and Brotli
copies beside it; `url_for("static", filename="css/app.css")` then gives the fingerprinted
URL. WhiteNoise serves those files before Flask sees the request: immutable, cached for a
year, compressed when the browser accepts it. A changed file gets a new name, so a second
visit loads nothing but the page, and a deploy is never half-cached. Names that were not
fingerprinted (a licence file, an old link) still reach Flask's own static route.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flask import Flask
from whitenoise import WhiteNoise

try:  # Brotli is smaller than gzip for text; browsers ask for it over HTTPS only.
    import brotli
except ImportError:  # pragma: no cover - a dependency, but serving works without it
    brotli = None

DIGEST_LENGTH = 12
FINGERPRINTED = re.compile(rf"\.[0-9a-f]{{{DIGEST_LENGTH}}}\.[A-Za-z0-9]+$")
COMPRESSIBLE = {".css", ".js", ".svg", ".json", ".webmanifest", ".txt", ".ico", ".html"}
MANIFEST_KEY = "quiz.assets"


def register_assets(app: Flask, extra_headers: dict[str, str]) -> None:
    """Build the fingerprinted copies and put WhiteNoise in front of the app."""
    if not app.config["STATIC_FINGERPRINTS"] or not app.static_folder:
        return
    build = Path(app.config.get("STATIC_BUILD_DIR") or Path(app.instance_path) / "static")
    manifest = build_assets(Path(app.static_folder), build)
    app.extensions[MANIFEST_KEY] = manifest
    app.url_defaults(_fingerprinted_url(manifest))
    app.wsgi_app = WhiteNoise(  # type: ignore[method-assign]
        app.wsgi_app,
        root=str(build),
        prefix=app.static_url_path,
        immutable_file_test=lambda _path, url: bool(FINGERPRINTED.search(url)),
        add_headers_function=lambda headers, _path, _url: _add(headers, extra_headers),
        allow_all_origins=False,
    )


def build_assets(source: Path, build: Path) -> dict[str, str]:
    """Copy every file of source into build under its fingerprinted name; the name map."""
    manifest: dict[str, str] = {}
    for path in sorted(source.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        data = path.read_bytes()
        relative = path.relative_to(source)
        digest = hashlib.sha256(data).hexdigest()[:DIGEST_LENGTH]
        target = relative.with_name(f"{relative.stem}.{digest}{relative.suffix}")
        manifest[relative.as_posix()] = target.as_posix()
        _write_once(build / target, data, compress=relative.suffix in COMPRESSIBLE)
    return manifest


def _write_once(path: Path, data: bytes, *, compress: bool) -> None:
    """Write the file and its compressed copies unless present (the name says the content)."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    if compress:
        _atomic_write(path.with_name(path.name + ".gz"), gzip.compress(data, 9, mtime=0))
        if brotli is not None:
            _atomic_write(path.with_name(path.name + ".br"), brotli.compress(data))
    _atomic_write(path, data)  # last: its presence means the copies are complete


def _atomic_write(path: Path, data: bytes) -> None:
    """Write via a temporary file and a rename, so a reader never sees half a file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)


def _fingerprinted_url(manifest: dict[str, str]) -> Callable[[str | None, dict[str, Any]], None]:
    """A url_defaults hook: url_for("static", filename=...) names the fingerprinted copy."""

    def rewrite(endpoint: str | None, values: dict[str, Any]) -> None:
        if endpoint == "static":
            values["filename"] = manifest.get(values.get("filename", ""), values.get("filename"))

    return rewrite


def _add(headers: Any, extra: dict[str, str]) -> None:
    for name, value in extra.items():
        headers[name] = value
