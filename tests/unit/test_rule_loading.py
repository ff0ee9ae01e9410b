"""Rule files are validated when loaded, with file, rule and field in each message."""
import textwrap

import pytest

from service.errors import DataFileError
from service.rules import load_rules

GOOD_RULE = """
rules:
  - id: {id}
    predicate: funding.amount
    description: A company raises money.
    triggers: {{lemmas: [raise]}}
    value: {{kinds: [money]}}
    subject: {{types: [organization]}}
    examples:
      - {{text: Acme raised $5m., claims: [{{amount: 5000000}}]}}
      - {{text: Acme raised its prices., claims: []}}
"""


def write_rule(tmp_path, language, name, body):
    folder = tmp_path / language
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(textwrap.dedent(body), encoding="utf-8")


def test_rules_load_by_language_folder(tmp_path):
    write_rule(tmp_path, "en", "funding.yaml", GOOD_RULE.format(id="en-funding"))
    rules = load_rules(tmp_path)
    assert [r.id for r in rules["en"]] == ["en-funding"]


def test_an_unknown_value_kind_names_file_rule_and_field(tmp_path):
    write_rule(tmp_path, "de", "bad.yaml", GOOD_RULE.format(id="de-bad").replace("kinds: [money]", "kinds: [moneyy]"))
    with pytest.raises(DataFileError) as caught:
        load_rules(tmp_path)
    assert any("bad.yaml: rules[0].value.kinds[0]:" in p for p in caught.value.problems)


def test_a_rule_without_a_negative_example_is_refused(tmp_path):
    body = GOOD_RULE.format(id="en-x").replace("      - {text: Acme raised its prices., claims: []}\n", "")
    write_rule(tmp_path, "en", "x.yaml", body)
    with pytest.raises(DataFileError, match="examples"):
        load_rules(tmp_path)


def test_duplicate_rule_ids_name_both_files(tmp_path):
    write_rule(tmp_path, "en", "a.yaml", GOOD_RULE.format(id="en-same"))
    write_rule(tmp_path, "en", "b.yaml", GOOD_RULE.format(id="en-same"))
    with pytest.raises(DataFileError) as caught:
        load_rules(tmp_path)
    [problem] = caught.value.problems
    assert "duplicate rule id 'en-same'" in problem and "a.yaml" in problem and "b.yaml" in problem


def test_a_rule_file_outside_a_language_folder_is_refused(tmp_path):
    (tmp_path / "loose.yaml").write_text(GOOD_RULE.format(id="x"), encoding="utf-8")
    with pytest.raises(DataFileError, match="language folder"):
        load_rules(tmp_path)


def test_marker_words_that_yaml_1_1_reads_as_booleans_stay_words(tmp_path):
    body = GOOD_RULE.format(id="en-fine").replace("subject: {types: [organization]}",
                                                  "subject: {types: [organization], markers: [on, no, yes]}")
    write_rule(tmp_path, "en", "fine.yaml", body)
    [rule] = load_rules(tmp_path)["en"]
    assert rule.subject.markers == ("on", "no", "yes")
