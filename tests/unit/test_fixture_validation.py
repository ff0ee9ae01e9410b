"""The fact database refuses invalid files, naming file, entry and field of every problem."""
import textwrap

import pytest

from service.errors import DataFileError
from service.facts import load_fact_store

VALID_ENTITY = "  - {id: acme, type: organization, name: Acme}\n"


def write(tmp_path, name, body):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def problems(tmp_path):
    with pytest.raises(DataFileError) as caught:
        load_fact_store([tmp_path])
    return caught.value.problems


def test_the_bundled_fixtures_are_valid_and_every_fact_has_a_source():
    from service.config import BUNDLED_FIXTURES
    store = load_fact_store([BUNDLED_FIXTURES])
    assert len(store.facts) >= 10
    assert all(fact.sources for fact in store.facts.values())


def test_every_problem_is_reported_with_its_place(tmp_path):
    write(tmp_path, "bad.yaml", """
        entities:
          - {id: acme, type: company, name: Acme}
        facts:
          - id: acme-revenue
            subject: acme
            predicate: revenue.amout
            status: reported
            statement: Acme made money.
            sources: []
    """)
    found = problems(tmp_path)
    assert any("bad.yaml: entities[0].type:" in p for p in found)
    assert any("bad.yaml: facts[0].predicate:" in p for p in found)
    assert any("bad.yaml: facts[0].sources: every fact needs at least one source" in p for p in found)


def test_unknown_keys_are_refused(tmp_path):
    write(tmp_path, "extra.yaml", "entities:\n  - {id: acme, type: organization, name: Acme, colour: red}\n")
    assert any("entities[0].colour: Unknown field." in p for p in problems(tmp_path))


def test_a_fact_about_an_unknown_entity_is_refused(tmp_path):
    write(tmp_path, "ref.yaml", """
        facts:
          - id: ghost-founded
            subject: ghost
            predicate: organization.founded
            value: {date: 2001}
            status: confirmed
            statement: Ghost was founded in 2001.
            sources: [{url: "https://example.org/a", publisher: Example}]
    """)
    assert any("unknown entity 'ghost'" in p for p in problems(tmp_path))


def test_duplicate_ids_name_both_files(tmp_path):
    write(tmp_path, "a.yaml", "entities:\n" + VALID_ENTITY)
    write(tmp_path, "b.yaml", "entities:\n" + VALID_ENTITY)
    found = problems(tmp_path)
    assert any("b.yaml" in p and "duplicate id 'acme'" in p and "a.yaml" in p for p in found)


def test_broken_yaml_is_reported_with_line_and_column(tmp_path):
    write(tmp_path, "broken.yaml", "entities:\n  - {id: acme\n")
    assert any("broken.yaml: invalid YAML: line" in p for p in problems(tmp_path))


def test_yaml_tags_that_build_objects_are_refused(tmp_path):
    write(tmp_path, "evil.yaml", "entities: !!python/object/apply:os.system ['true']\n")
    assert any("evil.yaml: invalid YAML" in p for p in problems(tmp_path))


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    (tmp_path / "latin1.yaml").write_bytes("entities: [{id: m, type: person, name: M\xfcller}]".encode("latin-1"))
    assert any("latin1.yaml: not UTF-8" in p for p in problems(tmp_path))


def test_a_missing_directory_is_an_error(tmp_path):
    with pytest.raises(DataFileError, match="does not exist"):
        load_fact_store([tmp_path / "nowhere"])


def test_json_lines_files_load_and_name_the_line_of_each_problem(tmp_path):
    (tmp_path / "bulk.jsonl").write_text("\n".join([
        '{"entity": {"id": "acme", "type": "organization", "name": "Acme"}}',
        '{"fact": {"id": "acme-rev", "subject": "acme", "predicate": "revenue.amount", "status": "reported",'
        ' "value": {"amount": 5, "unit": "USD"}, "statement": "Acme made $5.",'
        ' "sources": [{"url": "https://example.org/a", "publisher": "Example"}]}}',
    ]) + "\n", encoding="utf-8")
    store = load_fact_store([tmp_path])
    assert store.facts["acme-rev"].value["amount"] == 5

    (tmp_path / "broken.jsonl").write_text("\n".join([
        '{"fact": {"id": "x", "subject": "acme", "predicate": "revenue.amout", "status": "reported",'
        ' "statement": "x", "sources": [{"url": "https://example.org/x", "publisher": "E"}]}}',
        '{not json',
        '["entity"]',
    ]) + "\n", encoding="utf-8")
    found = problems(tmp_path)
    assert any("broken.jsonl:1: fact.predicate:" in p for p in found)
    assert any("broken.jsonl:2: invalid JSON" in p for p in found)
    assert any("broken.jsonl:3: a line holds one object" in p for p in found)
