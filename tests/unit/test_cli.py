"""The factcheck command: exit codes 0 (clean), 1 (findings), 2 (usage or input error)."""
import json
import subprocess
import sysconfig
from importlib.metadata import entry_points
from pathlib import Path


from service.cli import main
from tests.conftest import EXAMPLE_ARTICLES, ROOT


def test_check_reports_findings_as_file_line_col_and_exits_1(capsys):
    path = EXAMPLE_ARTICLES / "mai-strategie-de.txt"
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:3:" in out and "warning" in out and "[FC102]" in out


def test_check_of_a_clean_file_exits_0(tmp_path, capsys):
    clean = tmp_path / "clean.md"
    clean.write_text("# Bericht\n\nMicrosoft hat 13 Milliarden Dollar in OpenAI investiert.\n", encoding="utf-8")
    assert main(["check", str(clean)]) == 0


def test_fail_on_error_ignores_warnings():
    assert main(["check", "--fail-on", "error", str(EXAMPLE_ARTICLES / "mai-strategy-en.txt")]) == 0


def test_json_output_is_parseable(capsys):
    main(["check", "--format", "json", str(EXAMPLE_ARTICLES / "mai-strategy-en.txt")])
    [report] = json.loads(capsys.readouterr().out)
    assert report["language"] == "en" and report["claims"]


def test_a_missing_file_exits_2(tmp_path, capsys):
    assert main(["check", str(tmp_path / "missing.txt")]) == 2
    assert "no such file or directory" in capsys.readouterr().err


def test_invalid_fixtures_exit_2_naming_the_problem(tmp_path, capsys):
    (tmp_path / "bad.yaml").write_text("facts: [{id: x}]\n", encoding="utf-8")
    assert main(["fixtures", "validate", str(tmp_path)]) == 2
    assert "bad.yaml: facts[0].subject: Missing data for required field." in capsys.readouterr().err


def test_the_bundled_fixtures_validate(capsys):
    assert main(["fixtures", "validate"]) == 0
    assert "facts" in capsys.readouterr().out


def test_rules_test_runs_every_example(capsys):
    assert main(["rules", "test"]) == 0
    assert " passed, 0 failed" in capsys.readouterr().out


def test_no_command_is_a_usage_error():
    assert main([]) == 2


def test_the_factcheck_console_script_is_installed_and_runs_main():
    [script] = [e for e in entry_points(group="console_scripts") if e.name == "factcheck"]
    assert script.value == "service.cli:main"
    # the script pip wrote beside this interpreter, not `python -m`: it exists only through the entry point
    installed = Path(sysconfig.get_path("scripts")) / "factcheck"
    result = subprocess.run([str(installed), "--help"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0 and "serve" in result.stdout and "usage: factcheck" in result.stdout
