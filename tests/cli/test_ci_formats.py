"""`factcheck check` like the linters CI users know (Vale, ruff): GitLab Code Quality and
reviewdog's rdjson beside SARIF, --stdin-filename, --config / FACTCHECK_CONFIG, a one-line
summary on standard error, silence on clean runs, help with examples."""
import json
from argparse import _SubParsersAction

import pytest
from jsonschema import Draft4Validator

from service.cli import _parser, main
from tests.conftest import ROOT

RDJSON_SCHEMA = json.loads((ROOT / "tests" / "data" / "rdjson" / "DiagnosticResult.json").read_text("utf-8"))
CONTRADICTION = ("Ärger 🚀: Microsoft hat 10 Milliarden Dollar in OpenAI investiert.\n\n"
                 "Insgesamt steckte Microsoft 14 Milliarden Dollar in OpenAI.\n")
HTML = ("<article><p>Microsoft hat 10 Milliarden Dollar in OpenAI investiert.</p>"
        "<p>Insgesamt steckte Microsoft 14 Milliarden Dollar in OpenAI.</p></article>\n")
CLEAN = "Morgen wird es in Berlin regnen.\n"
GITLAB_SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


def run(capsys, *args, stdin=None, monkeypatch=None):
    if stdin is not None:
        import io
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["check", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def articles(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "deal.md").write_text(CONTRADICTION, encoding="utf-8")
    (tmp_path / "wetter.md").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def test_gitlab_code_quality_has_the_documented_shape_and_stable_fingerprints(capsys, articles):
    code, out, _ = run(capsys, "--format", "gitlab", "deal.md", "wetter.md")
    assert code == 1
    issues = json.loads(out)
    assert {i["check_name"] for i in issues} >= {"FC101"}
    for issue in issues:
        assert isinstance(issue["description"], str) and issue["description"]
        assert issue["severity"] in GITLAB_SEVERITIES
        assert issue["location"]["path"] == "deal.md"
        assert issue["location"]["lines"]["begin"] >= 1
        assert len(issue["fingerprint"]) == 64
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    # an edit elsewhere in the article keeps the fingerprints (GitLab compares them across branches)
    (articles / "deal.md").write_text("# Neu\n\n" + CONTRADICTION, encoding="utf-8")
    _, again, _ = run(capsys, "--format", "gitlab", "deal.md")
    assert {i["fingerprint"] for i in json.loads(again)} == {i["fingerprint"] for i in issues}
    assert [i["location"]["lines"]["begin"] for i in json.loads(again)] == \
           [i["location"]["lines"]["begin"] + 2 for i in issues]


def test_rdjson_validates_against_reviewdogs_schema_with_byte_columns(capsys, articles):
    code, out, _ = run(capsys, "--format", "rdjson", "deal.md")
    assert code == 1
    result = json.loads(out)
    Draft4Validator(RDJSON_SCHEMA).validate(result)
    assert result["source"]["name"] == "factcheck"
    [fc101] = [d for d in result["diagnostics"] if d["code"]["value"] == "FC101"]
    assert fc101["severity"] == "ERROR" and fc101["location"]["path"] == "deal.md"
    start = fc101["location"]["range"]["start"]
    # "Ärger 🚀: " is 9 code points but 13 bytes in UTF-8: reviewdog counts bytes
    line = CONTRADICTION.splitlines()[start["line"] - 1]
    assert line.encode()[start["column"] - 1:].decode().startswith("Microsoft")


def test_a_clean_run_prints_nothing_on_stdout_and_a_summary_on_stderr(capsys, articles):
    code, out, err = run(capsys, "wetter.md")
    assert (code, out) == (0, "")
    assert err.strip() == "1 article, no findings"


def test_the_summary_counts_articles_and_findings_by_severity(capsys, articles):
    code, out, err = run(capsys, "deal.md", "wetter.md")
    assert code == 1
    errors = out.count(": error: ")
    assert err.strip().startswith(f"2 articles, {errors} error{'s' if errors != 1 else ''}")
    assert run(capsys, "--quiet", "deal.md")[2] == ""


def test_stdin_filename_reads_piped_html_as_html_and_names_it(capsys, articles, monkeypatch):
    _, plain, _ = run(capsys, "-", stdin=HTML, monkeypatch=monkeypatch)
    code, out, _ = run(capsys, "--stdin-filename", "drafts/deal.html", "-", stdin=HTML, monkeypatch=monkeypatch)
    assert code == 1
    assert "[FC101]" in out and "[FC101]" not in plain  # read as plain text, the markup hid it
    assert out.startswith("drafts/deal.html:1:")


def test_stdin_filename_without_stdin_is_a_usage_error(capsys, articles):
    code, _, err = run(capsys, "--stdin-filename", "x.md", "deal.md")
    assert code == 2 and "--stdin-filename" in err


@pytest.mark.parametrize("how", ["option", "environment"])
def test_a_config_file_given_applies_to_every_article(capsys, articles, monkeypatch, how):
    config = articles / "elsewhere" / "strict.toml"
    config.parent.mkdir()
    config.write_text('fail_on = "never"\n', encoding="utf-8")
    if how == "option":
        code, out, _ = run(capsys, "--config", config, "deal.md")
    else:
        monkeypatch.setenv("FACTCHECK_CONFIG", str(config))
        code, out, _ = main(["check", "deal.md"]), None, None
        out = capsys.readouterr().out
    assert code == 0 and "[FC101]" in out  # reported, but fail_on = "never"


def test_a_config_file_that_does_not_exist_is_a_usage_error(capsys, articles):
    code, _, err = run(capsys, "--config", "missing.toml", "deal.md")
    assert code == 2 and "missing.toml" in err


def test_every_option_has_help_and_the_help_shows_examples():
    parser = _parser()
    assert "examples:" in parser.format_help() and "factcheck check" in parser.format_help()
    parsers = [parser]
    for action in parser._actions:
        if isinstance(action, _SubParsersAction):
            for sub in action.choices.values():
                parsers.append(sub)
                for inner in sub._actions:
                    if isinstance(inner, _SubParsersAction):
                        parsers += list(inner.choices.values())
    missing = [f"{p.prog} {a.option_strings or a.dest}" for p in parsers for a in p._actions
               if not isinstance(a, _SubParsersAction) and a.dest != "help" and not a.help]
    assert missing == []


def test_settings_only_a_server_reads_cannot_stop_a_check(capsys, articles, monkeypatch):
    monkeypatch.setenv("FACTCHECK_API_KEYS", "")  # a CI secret that is not set
    monkeypatch.setenv("FACTCHECK_WEBHOOK_HOSTS", "ftp://typo")
    code, out, _ = run(capsys, "deal.md")
    assert code == 1 and "[FC101]" in out
    assert main(["serve", "--port", "0"]) == 2  # the server still refuses them
    assert "FACTCHECK_" in capsys.readouterr().err
