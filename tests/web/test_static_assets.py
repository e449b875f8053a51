"""Static files: fingerprinted names, a year of caching, compressed copies, our headers."""

from __future__ import annotations

import gzip
import re

import brotli

from quiz.assets import build_assets


def linked(html: str) -> list[str]:
    return re.findall(r'(?:href|src)="(/static/[^"]+)"', html)


def fetch(client, path: str, **kwargs):
    """GET a file and close it (WhiteNoise streams from an open file)."""
    response = client.get(path, **kwargs)
    response.get_data()
    response.close()
    return response


def test_pages_link_fingerprinted_files_cached_for_a_year(client, make_pack):
    html = client.get(f"/p/{make_pack().slug}").get_data(as_text=True)
    files = linked(html)
    assert any(re.search(r"/css/app\.[0-9a-f]{12}\.css$", f) for f in files)
    assert any(re.search(r"/js/app\.[0-9a-f]{12}\.js$", f) for f in files)
    for path in files:
        response = fetch(client, path)
        assert response.status_code == 200, path
        cache = response.headers["Cache-Control"]
        assert "immutable" in cache and "max-age=315360000" in cache, path
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_text_files_come_compressed_when_the_browser_asks(client):
    html = client.get("/").get_data(as_text=True)
    css = next(f for f in linked(html) if f.endswith(".css"))
    plain = fetch(client, css).data
    zipped = fetch(client, css, headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["Content-Encoding"] == "gzip" and gzip.decompress(zipped.data) == plain
    smaller = fetch(client, css, headers={"Accept-Encoding": "br, gzip"})
    assert smaller.headers["Content-Encoding"] == "br" and brotli.decompress(smaller.data) == plain
    assert len(smaller.data) < len(zipped.data) < len(plain)
    assert "Accept-Encoding" in zipped.headers["Vary"]


def test_a_changed_file_gets_a_new_name(tmp_path):
    source, build = tmp_path / "static", tmp_path / "build"
    (source / "css").mkdir(parents=True)
    (source / "css" / "site.css").write_text("body { color: red }")
    first = build_assets(source, build)["css/site.css"]
    assert build_assets(source, build)["css/site.css"] == first  # same content, same name
    (source / "css" / "site.css").write_text("body { color: blue }")
    second = build_assets(source, build)["css/site.css"]
    assert second != first and (build / first).exists() and (build / second).exists()
    assert (build / (second + ".gz")).exists()  # old pages keep working, new ones get new


def test_unfingerprinted_names_still_work_and_can_be_turned_off(client, make_app):
    assert fetch(client, "/static/vendor/htmx/LICENSE").status_code == 200
    assert "immutable" not in fetch(client, "/static/css/app.css").headers.get("Cache-Control", "")
    plain = make_app(STATIC_FINGERPRINTS=False)
    with plain.app_context():
        html = plain.test_client().get("/").get_data(as_text=True)
    assert '/static/css/app.css"' in html


def test_icons_and_manifest(client):
    html = client.get("/").get_data(as_text=True)
    assert re.search(r'rel="icon" href="/static/icons/favicon\.[0-9a-f]{12}\.svg"', html)
    assert 'rel="apple-touch-icon"' in html and 'rel="manifest"' in html
    manifest = client.get("/manifest.webmanifest")
    assert manifest.mimetype == "application/manifest+json"
    icons = manifest.get_json()["icons"]
    assert {i["sizes"] for i in icons} == {"192x192", "512x512"}
    assert all(fetch(client, i["src"]).status_code == 200 for i in icons)
    favicon = fetch(client, "/favicon.ico")
    assert favicon.status_code == 200 and favicon.data[:4] == b"\x00\x00\x01\x00"
