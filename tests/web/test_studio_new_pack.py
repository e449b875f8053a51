"""A new draft pack from a pasted or uploaded article, and its review page."""

from __future__ import annotations

import html
import io
import re

import pytest
from sqlalchemy import func, select
from werkzeug.test import EnvironBuilder

from quiz.extensions import db
from quiz.models import Article, AuditEntry, Pack
from tests.helpers import SEED_ARTICLE


def upload(client, data: bytes, name: str, text: str = ""):
    """Post the file; the test client's own spool file for big bodies is closed here."""
    builder = EnvironBuilder(
        path="/studio/packs/new",
        method="POST",
        data={"text": text, "upload": (io.BytesIO(data), name)},
    )
    environ = builder.get_environ()
    try:
        return client.open(environ)
    finally:
        environ["wsgi.input"].close()
        builder.close()


def stored() -> tuple[int, int]:
    return (
        db.session.execute(select(func.count(Article.id))).scalar_one(),
        db.session.execute(select(func.count(Pack.id))).scalar_one(),
    )


def test_pasted_article_becomes_a_draft_pack_with_evidence_marked(studio, editor) -> None:
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    response = studio.post("/studio/packs/new", data={"text": text})
    assert response.status_code == 302
    pack = db.session.scalars(select(Pack)).one()
    assert response.headers["Location"].endswith(f"/studio/packs/{pack.id}")
    assert pack.status == "draft" and pack.questions
    assert all(q.status == "draft" for q in pack.questions)
    assert pack.article is not None
    assert pack.article.raw_text == text and pack.article.created_by_id == editor.id
    assert pack.updated_by_id == editor.id
    created = db.session.scalars(select(AuditEntry).where(AuditEntry.action == "pack.create")).one()
    assert (created.staff_id, created.target_id) == (editor.id, pack.id)

    page = studio.get(response.headers["Location"]).get_data(as_text=True)
    assert 'name="title"' in page and "John Legend" in page
    first = pack.questions[0]
    marked = re.search(rf'<mark id="evidence-{first.id}">(.*?)</mark>', page, re.S)
    assert marked, "the first question's evidence is highlighted in the article"
    assert html.unescape(marked.group(1)) == first.evidence  # the sentence the engine cited
    assert f'href="#evidence-{first.id}"' in page
    assert "(correct)" in page


def test_uploaded_html_is_shown_as_text_never_run(studio) -> None:
    html = (
        b"<html><head><title>Star news</title></head><body><article><h1>Star news</h1>"
        b"<p>Singer Ann Lee, 31, married actor Bo Chan in Paris on Saturday.</p>"
        b"<p>&lt;script&gt;alert(1)&lt;/script&gt; The couple met in 2019.</p>"
        b"<script>alert('owned')</script></article></body></html>"
    )
    response = upload(studio, html, "story.html")
    assert response.status_code == 302
    page = studio.get(response.headers["Location"]).get_data(as_text=True)
    assert "alert('owned')" not in page
    assert "<script>alert" not in page
    scripts = re.findall(r"<script[^>]*>", page)
    assert all('src="/static/' in tag for tag in scripts)


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "empty.txt", "Input is empty"),
        (b"a" * 1_000_001, "big.txt", "too large"),
        (b"\x00\x01\x02\x03binary\x00", "data.txt", "looks binary"),
        ("caf\u00e9 news".encode("latin-1"), "latin.txt", "not UTF-8"),
        (b"MZ\x90\x00", "setup.exe", "is not a .txt, .md or .html file"),
        (b"%PDF-1.7", "story.pdf", "is not a .txt, .md or .html file"),
    ],
)
def test_refused_uploads_keep_the_form_and_store_nothing(studio, data, name, message) -> None:
    response = upload(studio, data, name, text="notes I typed")
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert message in page and 'role="alert"' in page
    assert "notes I typed</textarea>" in page
    assert stored() == (0, 0)


@pytest.mark.parametrize(
    ("text", "message"),
    [("   \n ", "Paste the article text"), ("x" * 1_000_001, "larger than 1,000,000 bytes")],
)
def test_refused_pasted_text_stores_nothing(studio, text, message) -> None:
    response = studio.post("/studio/packs/new", data={"text": text})
    assert response.status_code in (400, 413)
    assert message in response.get_data(as_text=True)
    assert stored() == (0, 0)


def test_markdown_upload_is_accepted(studio) -> None:
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    response = upload(studio, text.encode(), "legend.md")
    assert response.status_code == 302
    assert stored() == (1, 1)


def test_new_wrong_options_keep_the_correct_answer(studio) -> None:
    studio.post("/studio/packs/new", data={"text": SEED_ARTICLE.read_text(encoding="utf-8")})
    pack = db.session.scalars(select(Pack)).one()
    question = pack.questions[0]
    before = [c.text for c in question.choices]
    assert question.correct_choice is not None
    correct = question.correct_choice.text
    response = studio.post(
        f"/studio/questions/{question.id}/distractors", headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    db.session.expire_all()
    after = [c.text for c in question.choices]
    assert question.correct_choice is not None and question.correct_choice.text == correct
    assert after.index(correct) == before.index(correct)
    assert len(after) == len(before) and after != before
    assert len(set(after)) == len(after)


HX = {"HX-Request": "true"}


def test_with_htmx_a_draft_sends_the_browser_to_the_new_pack(studio) -> None:
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    response = studio.post("/studio/packs/new", data={"text": text}, headers=HX)
    pack = db.session.scalars(select(Pack)).one()
    assert response.status_code == 200
    assert response.headers["HX-Redirect"] == f"/studio/packs/{pack.id}"


def test_the_form_shows_progress_and_swaps_only_its_outcome_line(studio) -> None:
    page = studio.get("/studio/packs/new").get_data(as_text=True)
    form = page[page.index('<form method="post" action="/studio/packs/new"') :]
    opening = form[: form.index(">")]
    assert 'hx-target="#draft-outcome"' in opening and 'hx-indicator="#drafting"' in opening
    assert 'hx-disabled-elt="find button[type=submit]"' in opening
    assert '<p id="drafting" class="drafting"' in page and "drafting questions" in page


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "  "}, "Paste the article text"),
        ({"text": "x" * 1_000_001}, "larger than 1,000,000 bytes"),
    ],
)
def test_with_htmx_a_refusal_replaces_only_the_outcome_line(studio, data, message) -> None:
    response = studio.post("/studio/packs/new", data=data, headers=HX)
    fragment = response.get_data(as_text=True)
    assert response.status_code == 200  # htmx swaps 2xx only; the line carries the error
    assert fragment.lstrip().startswith('<div id="draft-outcome">')
    assert message in fragment and 'role="alert"' in fragment
    assert "<textarea" not in fragment  # the pasted text is never replaced
    assert stored() == (0, 0)


def test_an_engine_failure_keeps_the_pasted_text_and_stores_nothing(studio, monkeypatch) -> None:
    import quiz.questions

    def broken(text: str, *, seed: int = 0) -> None:
        raise RuntimeError("engine bug")

    monkeypatch.setattr(quiz.questions, "generate_pack", broken)
    text = "Singer Ann Lee, 31, married actor Bo Chan in Paris on Saturday."
    response = studio.post("/studio/packs/new", data={"text": text})
    page = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "The question engine failed on this article. Your text is still here" in page
    assert f"{text}</textarea>" in page
    fragment = studio.post("/studio/packs/new", data={"text": text}, headers=HX)
    assert "The question engine failed" in fragment.get_data(as_text=True)
    assert stored() == (0, 0)
