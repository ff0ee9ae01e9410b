"""`factcheck check` as CI pipelines use it: formats, positions, exit codes, config, suppressions."""
import json
import os
import pty
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from jsonschema import Draft202012Validator

from service.cli import main
from tests.conftest import ROOT

SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
CONTRADICTION = ("Microsoft hat 10 Milliarden Dollar in OpenAI investiert. "
                 "Insgesamt steckte Microsoft 14 Milliarden Dollar in OpenAI.")
MARKDOWN = ("---\ntitle: Größe 🚀\nlang: de\n---\n# Überblick 🚀\n\n"
            "Ärger: **Microsoft** hat 10 Milliarden Dollar in OpenAI investiert. "
            "Insgesamt steckte Microsoft 14 Milliarden Dollar in OpenAI.\n")


def run(capsys, *args):
    code = main(["check", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    return path


def test_sarif_output_is_valid_sarif_2_1_0_with_code_point_positions(capsys, article):
    code, out, _ = run(capsys, "--format", "sarif", article)
    assert code == 1
    log = json.loads(out)
    errors = sorted(Draft202012Validator(SCHEMA).iter_errors(log), key=str)
    assert not errors, errors[:3]
    run_ = log["runs"][0]
    assert run_["tool"]["driver"]["name"] == "factcheck" and run_["columnKind"] == "unicodeCodePoints"
    result = next(r for r in run_["results"] if r["ruleId"] == "FC101")
    region = result["locations"][0]["physicalLocation"]["region"]
    line = MARKDOWN.splitlines()[region["startLine"] - 1]
    assert region["startLine"] == 7
    assert line[region["startColumn"] - 1:].startswith("Microsoft")
    assert {rule["id"] for rule in run_["tool"]["driver"]["rules"]} >= {"FC101"}


def test_a_suggested_correction_is_a_sarif_fix_at_the_figure(capsys, tmp_path):
    path = tmp_path / "change.md"
    path.write_text("# Umsatz\n\nDer Umsatz stieg um 12 Prozent auf 4,7 Milliarden Euro, "
                    "nach 4,1 Milliarden Euro im Vorjahr.\n", encoding="utf-8")
    _, out, _ = run(capsys, "--format", "sarif", path)
    log = json.loads(out)
    assert not list(Draft202012Validator(SCHEMA).iter_errors(log))
    result = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "FC113")
    [replacement] = result["fixes"][0]["artifactChanges"][0]["replacements"]
    region = replacement["deletedRegion"]
    line = path.read_text(encoding="utf-8").splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1:region["endColumn"] - 1] == "12 Prozent"
    assert replacement["insertedContent"]["text"] == "14,6 Prozent"


def test_junit_output_has_one_test_case_per_article(capsys, tmp_path, article):
    clean = tmp_path / "clean.txt"
    clean.write_text("Microsoft hat 13 Milliarden Dollar in OpenAI investiert.", encoding="utf-8")
    code, out, _ = run(capsys, "--format", "junit", article, clean)
    suite = ElementTree.fromstring(out.encode()).find("testsuite")
    cases = {case.get("name"): case for case in suite.findall("testcase")}
    assert set(cases) == {str(article), str(clean)}
    assert cases[str(article)].find("failure") is not None
    assert cases[str(clean)].find("failure") is None
    assert suite.get("tests") == "2" and suite.get("failures") == "1"


def test_github_annotations_carry_file_line_and_column(capsys, article):
    _, out, _ = run(capsys, "--format", "github", article)
    [line] = [l for l in out.splitlines() if "title=FC101" in l]
    assert line.startswith(f"::error file={article},line=7,col=")
    column = int(line.split(",col=")[1].split(",")[0])
    assert MARKDOWN.splitlines()[6][column - 1:].startswith("Microsoft")


def test_text_lines_are_file_line_col_severity_message_code(capsys, article):
    _, out, _ = run(capsys, article)
    assert any(l.startswith(f"{article}:7:") and ": error: " in l and l.endswith("[FC101]") for l in out.splitlines())


@pytest.mark.parametrize("fail_on, expected", [("error", 1), ("never", 0)])
def test_fail_on_sets_the_exit_code(capsys, article, fail_on, expected):
    assert run(capsys, "--fail-on", fail_on, article)[0] == expected


def test_an_unknown_format_is_a_usage_error():
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--format", "pdf", "x.md"])
    assert exit_info.value.code == 2


def test_folders_and_globs_are_expanded(capsys, tmp_path):
    (tmp_path / "a").mkdir()
    for name in ("a/one.md", "a/two.txt", "a/skip.pdf", "three.html"):
        (tmp_path / name).write_text("<p>Microsoft hat 13 Milliarden Dollar in OpenAI investiert.</p>", encoding="utf-8")
    _, out, _ = run(capsys, "--format", "json", tmp_path / "a", str(tmp_path / "*.html"))
    assert sorted(Path(r["file"]).name for r in json.loads(out)) == ["one.md", "three.html", "two.txt"]


def test_standard_input(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO(CONTRADICTION))
    code, out, _ = run(capsys, "-")
    assert code == 1 and out.startswith("-:1:")


def test_front_matter_gives_title_date_and_language(capsys, tmp_path):
    path = tmp_path / "dated.md"
    path.write_text("---\ntitle: Alte Zahl\ndate: 2024-05-01\nlang: de\n---\n"
                    "Microsoft hat eine Milliarde Dollar in OpenAI investiert.\n", encoding="utf-8")
    _, out, _ = run(capsys, "--format", "json", path)
    [report] = json.loads(out)
    assert (report["title"], report["published_at"], report["language"]) == ("Alte Zahl", "2024-05-01", "de")
    assert [f["code"] for f in report["findings"]] == ["FC203"]


def test_a_config_file_up_the_tree_sets_fail_level_and_ignores(capsys, tmp_path):
    (tmp_path / ".factcheck.toml").write_text('fail_on = "never"\nignore_kinds = ["disputed_claim"]\n', encoding="utf-8")
    (tmp_path / "desk").mkdir()
    path = tmp_path / "desk" / "draft.txt"
    path.write_text(CONTRADICTION + " GPT-4 hat 100 Milliarden Parameter.", encoding="utf-8")
    code, out, _ = run(capsys, path)
    assert code == 0
    assert "FC101" in out and "FC202" not in out


def test_an_invalid_config_file_is_named(capsys, tmp_path):
    (tmp_path / ".factcheck.toml").write_text('fail_on = "sometimes"\n', encoding="utf-8")
    path = tmp_path / "draft.txt"
    path.write_text(CONTRADICTION, encoding="utf-8")
    code, _, err = run(capsys, path)
    assert code == 2 and ".factcheck.toml: fail_on must be" in err


def test_inline_comments_suppress_the_next_line(capsys, tmp_path):
    path = tmp_path / "draft.md"
    path.write_text("Einleitung.\n\n<!-- factcheck-disable-next-line internal_contradiction fact_contradiction -->\n"
                    + CONTRADICTION + "\n", encoding="utf-8")
    code, out, _ = run(capsys, path)
    assert (code, out.strip()) == (0, "")


def test_claimreview_output(capsys, tmp_path):
    path = tmp_path / "deal.txt"
    path.write_text("Microsoft zahlte für Inflection rund 650 Millionen Dollar.", encoding="utf-8")
    _, out, _ = run(capsys, "--format", "claimreview", path)
    [review] = json.loads(out)
    assert (review["@type"], review["reviewRating"]["alternateName"]) == ("ClaimReview", "True")
    assert review["citation"]


def _articles(folder: Path, count: int) -> None:
    folder.mkdir()
    for number in range(count):
        (folder / f"a{number:03d}.txt").write_text(f"Microsoft hat {number + 1} Milliarden Dollar in OpenAI investiert.",
                                                   encoding="utf-8")


def test_a_progress_bar_on_a_terminal_and_none_in_a_pipe(tmp_path):
    folder = tmp_path / "articles"
    _articles(folder, 200)
    command = [sys.executable, "-m", "service.cli", "check", "--fail-on", "never", str(folder)]
    piped = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert piped.returncode == 0 and "\r[" not in piped.stderr

    controller, terminal = pty.openpty()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=terminal, stdin=subprocess.DEVNULL)
    os.close(terminal)
    seen = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    process.wait(timeout=300)
    os.close(controller)
    assert process.returncode == 0
    assert b"200/200" in seen and b"\r[" in seen


HTML = ("<!doctype html>\n<html><head><title>Über &amp; Geld</title></head>\n<body>\n"
        "<h1>Gr&ouml;&szlig;e 🚀</h1>\n"
        "<p>&Auml;rger: <b>Microsoft</b> hat 10 Milliarden Dollar in OpenAI investiert.</p>\n"
        "<p>Insgesamt steckte <i>Microsoft</i> 14 Milliarden Dollar in OpenAI.</p>\n"
        "</body></html>\n")


def test_html_positions_point_into_the_file_as_written(capsys, tmp_path):
    path = tmp_path / "story.html"
    path.write_text(HTML, encoding="utf-8")
    _, out, _ = run(capsys, "--format", "github", path)
    [line] = [l for l in out.splitlines() if "title=FC101" in l]
    number = int(line.split(",line=")[1].split(",")[0])
    column = int(line.split(",col=")[1].split(",")[0])
    assert number == 5
    assert HTML.splitlines()[number - 1][column - 1:].startswith("Microsoft")


def test_inline_comments_suppress_in_html_too(capsys, tmp_path):
    path = tmp_path / "story.html"
    path.write_text(HTML.replace("<p>&Auml;rger", "<!-- factcheck-disable-next-line FC101 FC201 -->\n<p>&Auml;rger"),
                    encoding="utf-8")
    code, out, _ = run(capsys, path)
    assert "[FC101]" not in out and "[FC201]" not in out
