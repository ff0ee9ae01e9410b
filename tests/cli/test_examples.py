"""The examples newsrooms copy work as shipped: the GitHub Actions workflow's commands, the
pre-commit hook (run by pre-commit itself), and the sample .factcheck.toml."""
import os
import shlex
import shutil
import subprocess

import pytest
import yaml

from service.project_config import load_config
from service.cli import _parser
from tests.conftest import ROOT

EXAMPLES = ROOT / "examples"
CONTRADICTION = ("# Microsoft und OpenAI\n\nMicrosoft hat 10 Milliarden Dollar in OpenAI investiert.\n\n"
                 "Insgesamt steckte Microsoft 14 Milliarden Dollar in OpenAI.\n")
CLEAN = "# Wetter\n\nMorgen wird es in Berlin regnen.\n"


def workflow_commands():
    workflow = yaml.safe_load((EXAMPLES / "github-actions" / "factcheck.yml").read_text("utf-8"))
    steps = workflow["jobs"]["factcheck"]["steps"]
    return workflow, [step["run"] for step in steps if "factcheck check" in step.get("run", "")]


def test_the_workflow_runs_factcheck_with_options_the_cli_accepts():
    workflow, commands = workflow_commands()
    assert len(commands) == 2
    formats = set()
    for command in commands:
        words = shlex.split(command.split(">")[0])
        assert words[:2] == ["factcheck", "check"]
        args = _parser().parse_args(words[1:])
        formats.add(args.output)
    assert formats == {"sarif", "github"}
    assert workflow["permissions"]["security-events"] == "write"
    uploads = [s for s in workflow["jobs"]["factcheck"]["steps"] if "upload-sarif" in s.get("uses", "")]
    assert uploads[0]["with"]["sarif_file"] == "factcheck.sarif"


def test_the_sample_config_file_loads_with_every_known_setting():
    config = load_config(EXAMPLES / "factcheck.toml")
    assert config.language == "de" and config.fail_on == "warning"
    assert config.fixtures == ((EXAMPLES / "facts").resolve(),)
    assert config.ignore_kinds == frozenset({"hedge_drift"})


PRE_COMMIT = shutil.which("pre-commit")
needs_pre_commit = pytest.mark.skipif(PRE_COMMIT is None and not os.environ.get("CI"),
                                      reason="pre-commit is not installed (pip install -e '.[test]')")


def pre_commit(*args, cwd):
    env = {**os.environ, "PRE_COMMIT_HOME": str(cwd.parent / "pre-commit-home"), "NO_COLOR": "1"}
    return subprocess.run([PRE_COMMIT or "pre-commit", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


@needs_pre_commit
def test_pre_commit_accepts_the_hook_manifest_and_the_sample_config(tmp_path):
    assert pre_commit("validate-manifest", str(ROOT / ".pre-commit-hooks.yaml"), cwd=tmp_path).returncode == 0
    result = pre_commit("validate-config", str(EXAMPLES / "pre-commit-config.yaml"), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def local_hook_config() -> str:
    """The example's `repo: local` variant, uncommented as a user would."""
    lines = (EXAMPLES / "pre-commit-config.yaml").read_text("utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "# - repo: local")
    return "repos:\n" + "\n".join(line.replace("# ", "", 1) for line in lines[start:]) + "\n"


@needs_pre_commit
def test_the_pre_commit_hook_stops_a_commit_with_a_contradiction_and_passes_a_clean_one(tmp_path):
    repo = tmp_path / "newsroom"
    (repo / "articles").mkdir(parents=True)
    (repo / ".pre-commit-config.yaml").write_text(local_hook_config(), encoding="utf-8")
    (repo / "articles" / "deal.md").write_text(CONTRADICTION, encoding="utf-8")
    (repo / "articles" / "wetter.md").write_text(CLEAN, encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run(["git", "add", "."], cwd=repo, check=True)

    failing = pre_commit("run", "--files", "articles/deal.md", cwd=repo)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "articles/deal.md:3:1: error:" in failing.stdout and "[FC101]" in failing.stdout

    passing = pre_commit("run", "--files", "articles/wetter.md", cwd=repo)
    assert passing.returncode == 0, passing.stdout + passing.stderr


def action_script():
    action = yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))
    [step] = [s for s in action["runs"]["steps"] if "factcheck check" in s.get("run", "")]
    return action, step


def run_action(tmp_path, **inputs):
    """The action's check step as the runner runs it: its script in bash, the inputs in its env."""
    action, step = action_script()
    defaults = {name: spec.get("default", "") for name, spec in action["inputs"].items()}
    values = {**defaults, **inputs}
    env = dict(os.environ)
    for variable, expression in step["env"].items():
        env[variable] = values[expression.split("inputs.")[1].rstrip(" }")]
    return subprocess.run(["bash", "-e", "-c", step["run"]], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=300)


def test_the_action_annotates_a_contradiction_and_passes_a_clean_article(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "deal.md").write_text(CONTRADICTION, encoding="utf-8")
    failing = run_action(tmp_path, paths="articles/")
    assert failing.returncode == 1, failing.stderr
    assert failing.stdout.startswith("::error file=articles/deal.md,line=3")
    (tmp_path / "articles" / "deal.md").write_text(CLEAN, encoding="utf-8")
    passing = run_action(tmp_path, paths="articles/")
    assert passing.returncode == 0 and passing.stdout == "", passing.stderr


def test_the_action_writes_sarif_to_a_file_and_takes_globs_and_options(tmp_path):
    (tmp_path / "articles" / "2026").mkdir(parents=True)
    (tmp_path / "articles" / "2026" / "deal.md").write_text(CONTRADICTION, encoding="utf-8")
    result = run_action(tmp_path, paths="articles/**/*.md", format="sarif", **{"fail-on": "never"},
                        **{"output-file": "factcheck.sarif"}, args="--language de")
    assert result.returncode == 0, result.stderr
    import json
    sarif = json.loads((tmp_path / "factcheck.sarif").read_text("utf-8"))
    assert {r["ruleId"] for r in sarif["runs"][0]["results"]} >= {"FC101"}


def test_the_action_does_not_run_its_inputs_as_shell_code(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text(CLEAN, encoding="utf-8")
    result = run_action(tmp_path, paths="articles/ $(touch pwned)", args="; touch pwned2")
    assert not (tmp_path / "pwned").exists() and not (tmp_path / "pwned2").exists()
    assert result.returncode == 2  # factcheck names the odd paths instead
