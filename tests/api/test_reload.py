"""Reload without restart: atomic, so broken fixtures keep the old data serving."""
import os
import shutil
import signal

from service.config import BUNDLED_FIXTURES, BUNDLED_RULES, Reading, Settings, Storage
from service.app import create_app
from tests.api.openapi_check import assert_conforms

NEW_FACT = """
facts:
  - id: openai-employees-2024
    subject: openai
    predicate: organization.employees
    value: {amount: 1700, qualifier: approx}
    status: reported
    statement: OpenAI had about 1,700 employees in 2024.
    sources: [{url: "https://example.org/openai-staff", publisher: Example}]
"""


def app_on_copy(tmp_path, **overrides):
    fixtures = tmp_path / "fixtures"
    shutil.copytree(BUNDLED_FIXTURES, fixtures)
    settings = Settings(reading=Reading(rules_dir=BUNDLED_RULES, fixtures_dirs=(fixtures,)),
                        storage=Storage(database_url=f"sqlite:///{tmp_path / 'r.sqlite3'}")).with_overrides(overrides)
    return create_app(settings), fixtures


def test_a_reload_serves_new_facts(tmp_path):
    app, fixtures = app_on_copy(tmp_path)
    client = app.test_client()
    (fixtures / "more.yaml").write_text(NEW_FACT, encoding="utf-8")
    response = client.post("/v1/admin/reload")
    assert_conforms(response, "/v1/admin/reload", "post")
    assert response.status_code == 200
    assert client.get("/v1/facts/openai-employees-2024").status_code == 200


def test_a_broken_fixture_keeps_the_old_data_and_lists_the_problems(tmp_path):
    app, fixtures = app_on_copy(tmp_path)
    client = app.test_client()
    before = app.extensions["factcheck"].engine
    (fixtures / "broken.yaml").write_text("facts:\n  - {id: x, subject: nobody}\n", encoding="utf-8")
    response = client.post("/v1/admin/reload")
    assert_conforms(response, "/v1/admin/reload", "post")
    assert response.status_code == 422
    problems = list(response.get_json()["errors"].values())
    assert any("broken.yaml: facts[0].predicate: Missing data for required field." in p for p in problems)
    assert app.extensions["factcheck"].engine is before
    checked = client.post("/v1/checks", json={"text": "Microsoft zahlte für Inflection rund 650 Millionen Dollar.",
                                              "language": "de"})
    assert checked.status_code == 201


def test_a_fixture_python_cannot_read_is_a_located_problem_and_the_old_data_keeps_serving(tmp_path):
    app, fixtures = app_on_copy(tmp_path)
    client = app.test_client()
    before = app.extensions["factcheck"].engine
    (fixtures / "huge.jsonl").write_text('{"fact": {"amount": ' + "9" * 5000 + "}}\n" + "[" * 100_000 + "\n",
                                         encoding="utf-8")
    (fixtures / "deep.yaml").write_text("facts: " + "[" * 100_000, encoding="utf-8")
    response = client.post("/v1/admin/reload")
    assert response.status_code == 422
    problems = list(response.get_json()["errors"].values())
    assert any("huge.jsonl:1: invalid JSON: a number too long" in p for p in problems)
    assert any("huge.jsonl:2: invalid JSON: nested too deeply" in p for p in problems)
    assert any("deep.yaml: invalid YAML: nested more than" in p for p in problems)
    assert app.extensions["factcheck"].engine is before
    assert client.get("/healthz").status_code == 200


def test_reloading_needs_the_admin_role(tmp_path):
    app, _ = app_on_copy(tmp_path, api_keys="ed:editor-token-1:review+submit,boss:admin-token-1:admin")
    client = app.test_client()
    assert client.post("/v1/admin/reload").status_code == 401
    assert client.post("/v1/admin/reload", headers={"Authorization": "Bearer editor-token-1"}).status_code == 403
    assert client.post("/v1/admin/reload", headers={"Authorization": "Bearer admin-token-1"}).status_code == 200


def test_sighup_reloads(tmp_path):
    from service.reloading import reload_on_sighup
    app, fixtures = app_on_copy(tmp_path)
    previous = signal.getsignal(signal.SIGHUP)
    try:
        reload_on_sighup(app)
        (fixtures / "more.yaml").write_text(NEW_FACT, encoding="utf-8")
        os.kill(os.getpid(), signal.SIGHUP)
        assert "openai-employees-2024" in app.extensions["factcheck"].engine.store.facts
    finally:
        signal.signal(signal.SIGHUP, previous)


def test_a_fact_is_readable_by_id(client):
    response = client.get("/v1/facts/microsoft-inflection-deal")
    assert_conforms(response, "/v1/facts/{id}", "get")
    assert response.get_json()["sources"][0]["url"].startswith("https://")
    missing = client.get("/v1/facts/nothing-here")
    assert_conforms(missing, "/v1/facts/{id}", "get")
    assert missing.status_code == 404
