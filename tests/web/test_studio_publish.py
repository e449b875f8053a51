"""Publishing rules, unpublishing, slugs, and that edits never reach existing plays."""

from __future__ import annotations

import re

from sqlalchemy import select

from quiz.extensions import db
from quiz.models import AuditEntry, Pack
from quiz.play import service as play_service
from tests.web.play_support import right_index

PUBLISH_BUTTON = re.compile(r'<button type="submit" class=""([^>]*)>Publish</button>')


def publish_button(page: str) -> str:
    """The attributes of the pack page's Publish button after its class."""
    found = PUBLISH_BUTTON.search(page)
    assert found, "no Publish button"
    return found.group(1)


def test_publishing_needs_three_approved_questions(studio, make_pack, client) -> None:
    pack = make_pack(4, status="draft")
    for question in pack.questions[:2]:
        question.status = "draft"
    pack.questions[2].status = "rejected"
    db.session.commit()
    page = studio.get(f"/studio/packs/{pack.id}").get_data(as_text=True)
    assert publish_button(page) == ' disabled aria-describedby="publish-blocker"'
    reason = "Publishing needs 3 approved questions with a correct option; this pack has 1."
    assert f'<p id="publish-blocker" class="muted">{reason}</p>' in page
    # A post the disabled button could not have sent is refused the same way.
    response = studio.post(f"/studio/packs/{pack.id}/publish")
    assert response.status_code == 302
    assert reason in studio.get(response.headers["Location"]).get_data(as_text=True)
    db.session.refresh(pack)
    assert pack.status == "draft"
    assert client.get(f"/p/{pack.slug}").status_code == 404

    pack.questions[0].status = "approved"
    pack.questions[1].status = "approved"
    db.session.commit()
    page = studio.get(f"/studio/packs/{pack.id}").get_data(as_text=True)
    assert publish_button(page) == "" and "publish-blocker" not in page
    assert "3 of 4 questions playable" in page


def test_publishing_counts_playable_questions_not_approved_ones(studio, make_pack) -> None:
    pack = make_pack(3, status="draft")
    for choice in pack.questions[2].choices:  # approved, but nothing to grade against
        choice.correct = False
    db.session.commit()
    assert len(pack.approved_questions()) == 3
    page = studio.get(f"/studio/packs/{pack.id}").get_data(as_text=True)
    assert "2 of 3 questions playable" in page
    assert "this pack has 2." in page and "disabled" in publish_button(page)
    studio.post(f"/studio/packs/{pack.id}/publish")
    db.session.refresh(pack)
    assert pack.status == "draft"


def test_publish_plays_only_approved_questions_and_unpublish_stops_new_plays(
    studio, make_pack, client, editor
) -> None:
    pack = make_pack(4, status="draft")
    pack.questions[1].status = "rejected"
    db.session.commit()
    studio.post(f"/studio/packs/{pack.id}/publish")
    db.session.refresh(pack)
    assert pack.status == "published" and pack.published_at is not None
    assert pack.updated_by_id == editor.id
    assert client.get(f"/p/{pack.slug}").status_code == 200
    assert pack.title in client.get("/").get_data(as_text=True)
    play = play_service.start_play(pack, "Fan")
    assert [q.prompt for q in play.questions] == [
        "Question 1: which option is right?",
        "Question 3: which option is right?",
        "Question 4: which option is right?",
    ]

    studio.post(f"/studio/packs/{pack.id}/unpublish")
    db.session.refresh(pack)
    assert pack.status == "unpublished"
    assert client.get(f"/p/{pack.slug}").status_code == 404
    assert pack.title not in client.get("/").get_data(as_text=True)
    assert client.get(f"/play/{play.token}").status_code == 200  # the existing play goes on
    actions = db.session.scalars(
        select(AuditEntry.action).where(AuditEntry.target_type == "pack").order_by(AuditEntry.id)
    ).all()
    assert actions == ["pack.publish", "pack.unpublish"]


def test_editing_a_published_pack_never_changes_an_existing_play(studio, make_pack) -> None:
    pack = make_pack(3)
    play = play_service.start_play(pack, "Fan")
    finished = play_service.start_play(pack, "Done")
    for position in range(3):
        play_service.serve_current(finished)
        right = right_index(finished, position)
        play_service.submit_answer(finished, position, right)
    db.session.commit()
    question = pack.questions[0]
    edit = {
        "prompt": "A new prompt?",
        "options-0": "New right",
        "options-1": "Right 1",
        "correct": "0",
        "evidence": "current",
        "difficulty": "easy",
        "time_limit": "10",
    }
    assert studio.post(f"/studio/questions/{question.id}/edit", data=edit).status_code == 302
    db.session.expire_all()
    assert question.prompt == "A new prompt?"

    snapshot = play.questions[0]
    assert snapshot.prompt == "Question 1: which option is right?"
    assert sorted(snapshot.choices) == ["Right 1", "Wrong 1a", "Wrong 1b", "Wrong 1c"]
    right = snapshot.correct_index
    assert (snapshot.choices[right], snapshot.time_limit) == ("Right 1", 20)
    play_service.serve_current(play)
    graded = play_service.submit_answer(play, 0, right)
    assert graded.correct  # graded against what the fan was shown, not the edit
    assert finished.score > 0 and all(a.correct for a in finished.answers)
    page = studio.get(f"/r/{finished.token}")
    assert page.status_code == 200
    assert "A new prompt?" not in page.get_data(as_text=True)


def test_slug_is_editable_while_draft_and_fixed_once_published(studio, make_pack) -> None:
    pack = make_pack(3, status="draft")
    other = make_pack(3, status="draft", title="Other pack")
    details = {"title": "Renamed", "description": "New words", "slug": "My Fresh Slug"}
    assert studio.post(f"/studio/packs/{pack.id}/details", data=details).status_code == 302
    db.session.refresh(pack)
    assert (pack.title, pack.description, pack.slug) == ("Renamed", "New words", "my-fresh-slug")

    taken = studio.post(
        f"/studio/packs/{pack.id}/details",
        data={**details, "slug": other.slug},
        headers={"HX-Request": "true"},
    )
    assert "already uses the address" in taken.get_data(as_text=True)
    db.session.refresh(pack)
    assert pack.slug == "my-fresh-slug"

    studio.post(f"/studio/packs/{pack.id}/publish")
    studio.post(f"/studio/packs/{pack.id}/unpublish")
    refused = studio.post(f"/studio/packs/{pack.id}/details", data={**details, "slug": "moved"})
    assert "stays as it is" in refused.get_data(as_text=True)
    db.session.refresh(pack)
    assert pack.slug == "my-fresh-slug"
    page = studio.get(f"/studio/packs/{pack.id}").get_data(as_text=True)
    assert 'name="slug"' not in page


def test_details_with_htmx_return_the_form_fragment(studio, make_pack) -> None:
    pack = make_pack(3, status="draft")
    response = studio.post(
        f"/studio/packs/{pack.id}/details",
        data={"title": "", "description": "", "slug": ""},
        headers={"HX-Request": "true"},
    )
    page = response.get_data(as_text=True)
    assert page.lstrip().startswith('<form id="pack-meta"') and "This field is required." in page
    assert db.session.get_one(Pack, pack.id).title == "Test pack"
