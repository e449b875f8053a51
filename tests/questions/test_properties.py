"""Property tests: arbitrary input never raises; every emitted pack passes the gate."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qhelpers import DEMO

from quiz.questions import (
    ArticleInputError,
    check_question,
    decode_article_bytes,
    fresh_distractors,
    generate_pack,
)

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DEMO_LINES = DEMO.read_text(encoding="utf-8").splitlines()
NAMES = st.sampled_from(["Ana Ruiz", "Ben Cole", "Ruiz", "Cole", "Mia", "the singer", "She"])
SENTENCES = st.one_of(
    st.sampled_from(DEMO_LINES),
    st.builds(
        lambda a, n: f"{a}, {n}, posted a video on Instagram on Sunday.", NAMES, st.integers(0, 120)
    ),
    st.builds(
        lambda a, b: f"{a} shares daughters {b} and Lily, 4 months, with wife Jo Kay.", NAMES, NAMES
    ),
    st.builds(
        lambda a, t: f'"{t}" by {a} played as {a} said, "I love it so much here."',
        NAMES,
        st.text(min_size=1, max_size=20),
    ),
    st.text(max_size=80),
)


def _assert_sound(pack) -> None:
    for q in pack.questions:
        assert check_question(q.to_dict(), pack.article.body) == []
    assert not [r for r in pack.rejected if r.reasons[0].startswith("internal error")]


@SETTINGS
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(text):
    pack = generate_pack(text)
    _assert_sound(pack)
    assert pack.to_dict()["format"] == "quiz-pack"


@SETTINGS
@given(st.lists(SENTENCES, min_size=1, max_size=12), st.booleans())
def test_article_like_text_gives_sound_deterministic_packs(lines, dated):
    text = ("date 2024-05-06 A Headline\n" if dated else "") + "\n\n".join(lines)
    pack = generate_pack(text)
    _assert_sound(pack)
    assert generate_pack(text).to_dict() == pack.to_dict()


@SETTINGS
@given(st.binary(max_size=300))
def test_decode_either_returns_text_or_a_one_line_error(data):
    try:
        text = decode_article_bytes(data)
    except ArticleInputError as exc:
        assert "\n" not in str(exc) and str(exc)
    else:
        assert text.strip()


def test_decode_accepts_bom_and_utf16_with_bom():
    assert decode_article_bytes("\ufeffHello there".encode()) == "Hello there"
    assert decode_article_bytes("Héllo wörld".encode("utf-16")) == "Héllo wörld"


def test_fresh_distractors_are_new_typed_and_never_true(demo_text, demo_pack):
    for q in demo_pack.questions[:6]:
        current = [c.text for c in q.choices]
        fresh = fresh_distractors(q.to_dict(), demo_text, seed=3, avoid=current)
        assert not set(fresh) & set(current), q.prompt  # never the last set shown, never the key
        assert fresh == fresh_distractors(q.to_dict(), demo_text, seed=3, avoid=current)
        if q.kind == "age":
            unit = q.answer.split()[1:] or [""]
            assert all(f.split()[1:] == unit or (not unit[0] and f.isdigit()) for f in fresh)
