"""The report store, on SQLite and on PostgreSQL: the same code, the same behaviour."""
from concurrent.futures import ThreadPoolExecutor

import pytest

from service.errors import NotFound
from service.errors import StorageUnavailable
from service.storage import ReportStore

REPORT = {"language": "de", "title": "Über Milliarden „Deals“", "claims": [], "findings": [], "stats": {}}


def test_a_report_is_stored_and_read_back_exactly(database_url):
    store = ReportStore(database_url)
    stored = store.add(REPORT, "Text mit Umlauten: äöü ß — und Emoji 🚀", "ci")
    again = store.get(stored["id"])
    assert again.submitted_by == "ci"
    assert again.body == stored
    assert again.body["title"] == "Über Milliarden „Deals“"
    store.dispose()


def test_an_unknown_id_is_not_found(database_url):
    store = ReportStore(database_url)
    with pytest.raises(NotFound):
        store.get("00000000-0000-0000-0000-000000000000")
    store.dispose()


def test_reports_survive_a_new_store_on_the_same_database(database_url):
    first = ReportStore(database_url)
    stored = first.add(REPORT, "Text", None)
    first.dispose()
    second = ReportStore(database_url)
    assert second.get(stored["id"]).body["id"] == stored["id"]
    second.dispose()


def test_parallel_writes_lose_nothing(database_url):
    store = ReportStore(database_url)
    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = list(pool.map(lambda i: store.add({**REPORT, "title": f"r{i}"}, f"text {i}", "ci")["id"], range(40)))
    assert len(set(ids)) == 40
    assert store.count() == 40
    assert {store.get(i).body["title"] for i in ids} == {f"r{i}" for i in range(40)}
    store.dispose()


def test_an_unreachable_database_is_storage_unavailable_not_a_crash():
    store = ReportStore.__new__(ReportStore)
    import sqlalchemy as sa
    store.engine = sa.create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none",
                                    connect_args={"connect_timeout": 2})
    with pytest.raises(StorageUnavailable):
        store.get("x")
    with pytest.raises(StorageUnavailable):
        store.add(REPORT, "text", None)


def test_the_api_answers_503_when_the_database_is_down(app, client):
    import sqlalchemy as sa
    app.extensions["factcheck"].reports.engine = sa.create_engine(
        "postgresql+psycopg://nobody@127.0.0.1:1/none", connect_args={"connect_timeout": 2})
    response = client.post("/v1/checks", json={"text": "Microsoft has invested $13 billion in OpenAI.",
                                               "language": "en"})
    assert response.status_code == 503
    assert response.mimetype == "application/problem+json"


def test_the_whole_api_runs_on_postgresql(make_app, postgres_url):
    client = make_app(database_url=postgres_url).test_client()
    created = client.post("/v1/checks", json={"text": "Microsoft hat 13 Milliarden Dollar in OpenAI investiert.",
                                              "language": "de"})
    assert created.status_code == 201
    assert client.get(created.headers["Location"]).get_json() == created.get_json()


FINDING = {"id": "f1", "code": "FC101", "severity": "error", "kind": "internal_contradiction", "message": "m",
           "claims": [], "facts": [], "status": "open"}


def test_the_list_reads_columns_and_decisions_not_the_reports_json(database_url):
    import sqlalchemy as sa
    store = ReportStore(database_url)
    report = {**REPORT, "title": None, "claims": [{"text": "Microsoft investierte 13 Milliarden"}],
              "findings": [FINDING, {**FINDING, "id": "f2", "severity": "warning"}],
              "stats": {"severities": {"error": 1, "warning": 1, "info": 0}}}
    stored = store.add(report, "Text", "ci")
    store.decide(stored["id"], "f1", "confirmed", "ed")
    with store.engine.begin() as conn:  # a list that parsed every report would fail on this
        conn.execute(sa.text("UPDATE reports SET report = 'not JSON' WHERE id = :id"), {"id": stored["id"]})
    [row] = store.list()
    assert (row["label"], row["findings"], row["open"], row["errors"], row["warnings"]) == (
        "Microsoft investierte 13 Milliarden", 2, 1, 1, 1)
    store.dispose()


def test_reports_stored_before_the_list_columns_get_them_when_the_store_opens(tmp_path):
    import json
    import sqlalchemy as sa
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:  # the schema and one report as migration 3 left them
        conn.execute(sa.text("CREATE TABLE reports (id VARCHAR(36) PRIMARY KEY, created_at TIMESTAMP NOT NULL, "
                             "submitted_by VARCHAR(200), language VARCHAR(8) NOT NULL, title TEXT, text TEXT NOT NULL, "
                             "report TEXT NOT NULL, document VARCHAR(200))"))
        conn.execute(sa.text("CREATE TABLE decisions (id INTEGER PRIMARY KEY AUTOINCREMENT, report_id VARCHAR(36) NOT NULL, "
                             "finding_id VARCHAR(40) NOT NULL, status VARCHAR(20) NOT NULL, reason TEXT, note TEXT, "
                             "decided_by VARCHAR(200) NOT NULL, decided_at TIMESTAMP NOT NULL)"))
        conn.execute(sa.text("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR(200) "
                             "NOT NULL, applied_at TIMESTAMP NOT NULL)"))
        for version in (1, 2, 3):
            conn.execute(sa.text("INSERT INTO schema_migrations VALUES (:v, 'old', '2026-01-01 00:00:00')"), {"v": version})
        report = {**REPORT, "id": "r1", "title": "Alt", "findings": [FINDING], "stats": {"severities": {"error": 1}}}
        conn.execute(sa.text("INSERT INTO reports VALUES ('r1', '2026-01-01 00:00:00', 'ci', 'de', 'Alt', 'Text', "
                             ":report, NULL)"), {"report": json.dumps(report)})
    engine.dispose()
    store = ReportStore(url)
    [row] = store.list()
    assert (row["label"], row["findings"], row["errors"], row["open"]) == ("Alt", 1, 1, 1)
    store.dispose()
