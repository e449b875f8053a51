"""`quiz generate`: output formats and every exit-code path (invoked without a Flask app)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from qhelpers import DEMO

from quiz.cli.generate import generate


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_json_output_is_the_pack_format(runner):
    result = runner.invoke(generate, [str(DEMO)])
    assert result.exit_code == 0, result.output
    pack = json.loads(result.stdout)
    assert pack["format"] == "quiz-pack" and pack["version"] == 1
    assert 8 <= len(pack["questions"]) <= 15


def test_text_output_marks_correct_and_shows_evidence(runner):
    result = runner.invoke(generate, [str(DEMO), "--format", "text"])
    assert result.exit_code == 0
    assert "* 44" in result.stdout
    assert "evidence: " in result.stdout
    assert "Rejected drafts" not in result.stdout


def test_verbose_lists_rejected_drafts_with_reasons(runner):
    result = runner.invoke(generate, [str(DEMO), "--format", "text", "--verbose"])
    assert result.exit_code == 0
    assert "Rejected drafts" in result.stdout


def test_seed_changes_order_not_answers(runner):
    a = json.loads(runner.invoke(generate, [str(DEMO), "--seed", "1"]).stdout)
    b = json.loads(runner.invoke(generate, [str(DEMO), "--seed", "2"]).stdout)
    assert a != b
    key = [[c["text"] for c in q["choices"] if c["correct"]] for q in a["questions"]]
    assert key == [[c["text"] for c in q["choices"] if c["correct"]] for q in b["questions"]]


def test_stdin_dash(runner):
    result = runner.invoke(generate, ["-"], input=DEMO.read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"]["published"] == "2023-08-28"


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"", "empty"),
        (b"   \n\t \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        (b"caf\xe9 au lait is \xff\xfe nice", "UTF-8"),
        (b"a" * 1_000_001, "too large"),
    ],
)
def test_bad_input_exits_2_with_one_line(runner, tmp_path, data, needle):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    result = runner.invoke(generate, [str(path)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_file_exits_2(runner, tmp_path):
    result = runner.invoke(generate, [str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "cannot read" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_no_facts_gives_empty_questions_and_a_warning(runner):
    result = runner.invoke(generate, ["-"], input="The weather was mild and the park was quiet.\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["questions"] == []
    assert "warning" in result.stderr
