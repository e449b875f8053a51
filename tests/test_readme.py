"""The README: two set-up commands first, a newcomer's answers on its first screen, short."""

from __future__ import annotations

import re

from quiz.cli import cli
from tests.helpers import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
PERFORMANCE = REPO_ROOT / "docs" / "performance.md"
BASELINES = {"minimal_app.py"}
FIRST_SCREEN = "\n".join(README.splitlines()[:30])


def test_the_readme_opens_with_the_two_set_up_commands() -> None:
    block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert block and README.index(block.group(0)) < 40, "the commands come first"
    install_and_run, install_and_test = block.group(1).strip().splitlines()
    assert install_and_run.endswith(".venv/bin/quiz run")
    assert install_and_test.endswith(".venv/bin/pytest") and "'.[test]'" in install_and_test


def test_the_first_screen_answers_port_database_and_studio_first_steps() -> None:
    for needed in ("--port", "instance/quiz.db", "QUIZ_INSTANCE_PATH", "create-staff", "/studio/"):
        assert needed in FIRST_SCREEN, f"{needed} is not on the README's first screen"


def test_the_options_the_readme_names_exist(runner) -> None:
    run_help = runner.invoke(cli, ["run", "--help"]).output
    assert "--port" in run_help and "--host" in run_help
    assert "--role" in runner.invoke(cli, ["create-staff", "--help"]).output


def test_benchmark_figures_live_in_docs_performance_and_every_bench_is_listed() -> None:
    assert "[docs/performance.md](docs/performance.md)" in README
    assert len(README.splitlines()) < 250
    performance = PERFORMANCE.read_text(encoding="utf-8")
    assert "ms" not in re.sub(r"`[^`]*`", "", README.split("## Benchmarks")[1].split("##")[0])
    benches = sorted(
        path.name
        for path in (REPO_ROOT / "bench").glob("*.py")
        if 'if __name__ == "__main__"' in path.read_text(encoding="utf-8")
    )
    assert benches, "bench/ has runnable scripts"
    for name in benches:
        assert f"bench/{name}" in performance, name
        # The baseline server that bench/load.py starts is no bench of its own.
        assert name in BASELINES or f"bench/{name}" in README, name
