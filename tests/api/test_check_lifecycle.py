"""What a CMS builds on: listing reports a page at a time, deleting them (and retention doing it),
idempotent retries, ETags, CORS for configured origins, one title per problem type."""
import threading
from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from service.lifecycle import purge
from tests.api.openapi_check import assert_conforms

ARTICLE = {"text": "Microsoft hat 10 Milliarden Dollar in OpenAI investiert. "
                   "Insgesamt steckte Microsoft 14 Milliarden Dollar in OpenAI.", "language": "de"}
CLEAN = {"text": "Morgen wird es in Berlin regnen.", "language": "de"}
KEYS = "alice:token-alice:submit,bob:token-bob:submit,desk:token-desk:review,ops:token-ops:admin+submit"


def as_(name):
    return {"Authorization": f"Bearer token-{name}"}


@pytest.fixture
def app(make_app, database_url):
    return make_app(database_url=database_url, api_keys=KEYS)


@pytest.fixture
def client(app):
    return app.test_client()


def traces(app, report_id):
    """Rows anywhere in the database that belong to the report."""
    with app.extensions["factcheck"].reports.engine.connect() as conn:
        found = {}
        for table, column in (("reports", "id"), ("decisions", "report_id"), ("deliveries", "report_id")):
            found[table] = conn.execute(sa.text(f"SELECT count(*) FROM {table} WHERE {column} = :id"),
                                        {"id": report_id}).scalar()
        found["delivery_attempts"] = conn.execute(sa.text(
            "SELECT count(*) FROM delivery_attempts WHERE delivery_id IN "
            "(SELECT id FROM deliveries WHERE report_id = :id)"), {"id": report_id}).scalar()
        found["idempotency_keys"] = conn.execute(sa.text(
            "SELECT count(*) FROM idempotency_keys WHERE report_ids LIKE :like"), {"like": f'%"{report_id}"%'}).scalar()
    return found


def post(client, body=ARTICLE, who="alice", **headers):
    response = client.post("/v1/checks", json=body, headers={**as_(who), **headers})
    assert response.status_code in (200, 201), response.get_json()
    return response


# listing

def test_pages_follow_the_cursor_newest_first_without_repeats(client):
    ids = [post(client, {**CLEAN, "title": f"t{n}"}).get_json()["id"] for n in range(7)]
    seen, cursor = [], None
    while True:
        response = client.get("/v1/checks", query_string={"limit": 3, **({"cursor": cursor} if cursor else {})},
                              headers=as_("alice"))
        assert_conforms(response, "/v1/checks", "get")
        page = response.get_json()
        seen += [row["id"] for row in page["checks"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == ids[::-1]


def test_submitters_list_their_own_reports_and_reviewers_every_report(client):
    mine = post(client, who="alice").get_json()["id"]
    theirs = post(client, who="bob").get_json()["id"]
    listed = {who: {r["id"] for r in client.get("/v1/checks", headers=as_(who)).get_json()["checks"]}
              for who in ("alice", "bob", "desk")}
    assert listed == {"alice": {mine}, "bob": {theirs}, "desk": {mine, theirs}}


def test_filters_narrow_by_document_time_open_findings_and_severity(client):
    flagged = post(client, {**ARTICLE, "document": "cms-1"}).get_json()
    clean = post(client, {**CLEAN, "document": "cms-2"}).get_json()

    def listed(**query):
        response = client.get("/v1/checks", query_string=query, headers=as_("alice"))
        assert response.status_code == 200, response.get_json()
        return {r["id"] for r in response.get_json()["checks"]}
    assert listed(document="cms-2") == {clean["id"]}
    assert listed(open="true") == {flagged["id"]} and listed(open="false") == {clean["id"]}
    assert listed(severity="error") == {flagged["id"]}
    future = (datetime.now(timezone.utc) + timedelta(hours=1)).isoformat()
    assert listed(since=future) == set() and listed(until=future) == {flagged["id"], clean["id"]}
    finding = flagged["findings"][0]["id"]
    for f in flagged["findings"]:
        client.patch(f"/v1/checks/{flagged['id']}/findings/{f['id']}", json={"status": "confirmed"},
                     headers=as_("desk"))
    assert finding and listed(open="true") == set()


def test_a_bad_cursor_or_filter_is_a_422_naming_it(client):
    for query, field in (({"cursor": "not-a-cursor"}, "cursor"), ({"severity": "fatal"}, "severity"),
                         ({"since": "yesterday"}, "since"), ({"limit": 0}, "limit")):
        response = client.get("/v1/checks", query_string=query, headers=as_("alice"))
        assert_conforms(response, "/v1/checks", "get")
        assert response.status_code == 422 and field in response.get_json()["errors"]


# deleting

def test_a_deleted_report_leaves_nothing_in_the_database(app, client):
    report = post(client, **{"Idempotency-Key": "k-1"}).get_json()
    client.patch(f"/v1/checks/{report['id']}/findings/{report['findings'][0]['id']}", json={"status": "confirmed"},
                 headers=as_("desk"))
    assert traces(app, report["id"])["decisions"] == 1 and traces(app, report["id"])["idempotency_keys"] == 1
    response = client.delete(f"/v1/checks/{report['id']}", headers=as_("alice"))
    assert_conforms(response, "/v1/checks/{id}", "delete")
    assert response.status_code == 204
    assert set(traces(app, report["id"]).values()) == {0}
    assert client.get(f"/v1/checks/{report['id']}", headers=as_("alice")).status_code == 404


def test_only_the_submitter_or_an_admin_may_delete(client):
    report = post(client).get_json()["id"]
    assert client.delete(f"/v1/checks/{report}", headers=as_("bob")).status_code == 404  # not even its existence
    assert client.delete(f"/v1/checks/{report}", headers=as_("desk")).status_code == 403
    assert client.delete(f"/v1/checks/{report}", headers=as_("ops")).status_code == 204


def test_retention_deletes_reports_older_than_its_days_with_everything_they_had(app, client):
    old = post(client).get_json()["id"]
    new = post(client).get_json()["id"]
    store = app.extensions["factcheck"].reports
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE reports SET created_at = :when WHERE id = :id"),
                     {"when": datetime.now(timezone.utc) - timedelta(days=31), "id": old})
    assert purge(store, days=30) == 1
    assert set(traces(app, old).values()) == {0}
    assert traces(app, new)["reports"] == 1


def test_the_retention_purge_runs_by_itself_in_a_serving_process(make_app, tmp_path):
    from service.app import start_background
    app = make_app(retention_days=30)
    client = app.test_client()
    old = client.post("/v1/checks", json=CLEAN).get_json()["id"]
    store = app.extensions["factcheck"].reports
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE reports SET created_at = :when WHERE id = :id"),
                     {"when": datetime.now(timezone.utc) - timedelta(days=40), "id": old})
    start_background(app)
    for _ in range(100):
        if store.count() == 0:
            break
        threading.Event().wait(0.05)
    assert store.count() == 0


# idempotency

def test_a_retry_with_the_same_key_and_body_gets_the_first_report_not_a_second(app, client):
    first = post(client, **{"Idempotency-Key": "save-42"})
    again = post(client, **{"Idempotency-Key": "save-42"})
    assert_conforms(again, "/v1/checks", "post")
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.get_json()["id"] == first.get_json()["id"]
    assert app.extensions["factcheck"].reports.count() == 1
    assert post(client, **{"Idempotency-Key": "save-42"}, who="bob").status_code == 201  # keys are each key's own


def test_the_same_key_with_another_body_is_refused(client):
    post(client, **{"Idempotency-Key": "save-43"})
    response = client.post("/v1/checks", json=CLEAN, headers={**as_("alice"), "Idempotency-Key": "save-43"})
    assert_conforms(response, "/v1/checks", "post")
    assert response.status_code == 422 and response.get_json()["type"].endswith("/idempotency-key-reused")


def test_a_refused_request_leaves_its_key_free_for_the_corrected_retry(client):
    bad = client.post("/v1/checks", json={**ARTICLE, "previous": "no-such-report"},
                      headers={**as_("alice"), "Idempotency-Key": "save-44"})
    assert bad.status_code == 404
    response = client.post("/v1/checks", json={**ARTICLE, "previous": "no-such-report"},
                           headers={**as_("alice"), "Idempotency-Key": "save-44"})
    assert response.status_code == 404  # checked again, not "in progress" nor replayed


def test_a_batch_retried_with_its_key_gets_the_same_reports(app, client):
    body = {"articles": [ARTICLE, CLEAN]}
    first = client.post("/v1/checks/batch", json=body, headers={**as_("alice"), "Idempotency-Key": "b-1"})
    again = client.post("/v1/checks/batch", json=body, headers={**as_("alice"), "Idempotency-Key": "b-1"})
    assert_conforms(again, "/v1/checks/batch", "post")
    assert [r["id"] for r in again.get_json()["reports"]] == [r["id"] for r in first.get_json()["reports"]]
    assert app.extensions["factcheck"].reports.count() == 2


def test_two_workers_with_the_same_key_at_once_store_one_report(make_app, postgres_url):
    workers = [make_app(database_url=postgres_url, api_keys=KEYS) for _ in range(2)]
    slow = {"text": ARTICLE["text"] * 40, "language": "de"}
    answers, start = [], threading.Barrier(2)

    def send(app):
        start.wait()
        answers.append(app.test_client().post("/v1/checks", json=slow,
                                              headers={**as_("alice"), "Idempotency-Key": "same"}))
    threads = [threading.Thread(target=send, args=(app,)) for app in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(a.status_code for a in answers) in ([201, 409], [200, 201])
    assert workers[0].extensions["factcheck"].reports.count() == 1
    waiting = next(a for a in answers if a.status_code != 201)
    if waiting.status_code == 409:
        assert waiting.headers["Retry-After"] == "1"


# caching, CORS, problems

def test_an_unchanged_report_answers_304_to_its_etag_and_a_decision_changes_it(client):
    report = post(client).get_json()
    first = client.get(f"/v1/checks/{report['id']}", headers=as_("alice"))
    etag = first.headers["ETag"]
    unchanged = client.get(f"/v1/checks/{report['id']}", headers={**as_("alice"), "If-None-Match": etag})
    assert_conforms(unchanged, "/v1/checks/{id}", "get")
    assert unchanged.status_code == 304 and unchanged.get_data() == b""
    client.patch(f"/v1/checks/{report['id']}/findings/{report['findings'][0]['id']}", json={"status": "confirmed"},
                 headers=as_("desk"))
    changed = client.get(f"/v1/checks/{report['id']}", headers={**as_("alice"), "If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["ETag"] != etag


def test_cors_answers_configured_origins_only(make_app):
    client = make_app(api_keys=KEYS, cors_origins=("https://cms.example",)).test_client()
    preflight = client.options("/v1/checks", headers={"Origin": "https://cms.example",
                                                      "Access-Control-Request-Method": "POST",
                                                      "Access-Control-Request-Headers": "authorization, idempotency-key"})
    assert preflight.status_code == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == "https://cms.example"
    assert "Idempotency-Key" in preflight.headers["Access-Control-Allow-Headers"]
    other = client.options("/v1/checks", headers={"Origin": "https://evil.example",
                                                  "Access-Control-Request-Method": "POST"})
    assert "Access-Control-Allow-Origin" not in other.headers
    answer = client.post("/v1/checks", json=CLEAN, headers={**as_("alice"), "Origin": "https://cms.example"})
    assert answer.headers["Access-Control-Allow-Origin"] == "https://cms.example"
    exposed = {h.strip() for h in answer.headers["Access-Control-Expose-Headers"].split(",")}
    assert {"Location", "ETag", "Retry-After", "X-Request-Id"} <= exposed
    assert "Origin" in answer.headers["Vary"]


def test_a_wildcard_origin_is_refused_at_start():
    from service.config import Settings
    with pytest.raises(ValueError, match="FACTCHECK_CORS_ORIGINS"):
        Settings.from_env({"FACTCHECK_CORS_ORIGINS": "*"})


def test_each_problem_type_has_one_title(client):
    routed = client.get("/v1/nothing-here", headers=as_("alice")).get_json()
    missing = client.get("/v1/checks/no-such-report", headers=as_("alice")).get_json()
    assert routed["type"] == missing["type"] == "tag:factcheck-service,2026:problems/not-found"
    assert routed["title"] == missing["title"] == "Not found"
