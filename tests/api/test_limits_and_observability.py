"""Limits, request ids, logs without drafts, metrics and readiness."""
import json
import logging

import sqlalchemy as sa

from service.observability import JsonFormatter
from tests.api.openapi_check import assert_conforms

ARTICLE = {"text": "Microsoft hat 10 Milliarden Dollar in OpenAI investiert. Vertraulich: Projekt Zebra.",
           "language": "de"}


def test_a_key_over_its_rate_gets_429_with_retry_after(make_app):
    client = make_app(rate_limit=3, api_keys="ci:ci-token-123:submit,other:other-token-456:submit").test_client()
    ci = {"Authorization": "Bearer ci-token-123"}
    statuses = [client.post("/v1/checks", json=ARTICLE, headers=ci).status_code for _ in range(4)]
    assert statuses == [201, 201, 201, 429]
    refused = client.post("/v1/checks", json=ARTICLE, headers=ci)
    assert_conforms(refused, "/v1/checks", "post")
    assert refused.get_json()["type"].endswith("/rate-limited")
    assert 1 <= int(refused.headers["Retry-After"]) <= 20
    # another key has its own budget
    assert client.post("/v1/checks", json=ARTICLE, headers={"Authorization": "Bearer other-token-456"}).status_code == 201


def test_wrong_tokens_count_against_the_callers_rate(make_app):
    client = make_app(rate_limit=10, api_keys="ci:ci-token-123:submit,editor:editor-token-789:review").test_client()
    statuses = [client.get("/v1/facts", headers={"Authorization": f"Bearer guess-{i:04d}"}).status_code
                for i in range(15)]
    assert statuses[:10] == [401] * 10 and set(statuses[10:]) == {429}
    refused = client.get("/v1/facts", headers={"Authorization": "Bearer guess-9999"})
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
    # the review page's login counts the same failures
    login = client.get("/review/login")
    csrf = login.get_data(as_text=True).split('name="csrf" value="')[1].split('"')[0]
    assert client.post("/review/login", data={"token": "guess", "csrf": csrf}).status_code == 429


def test_without_a_rate_limit_nobody_is_refused(client):
    assert {client.post("/v1/checks", json=ARTICLE).status_code for _ in range(10)} == {201}


def test_a_report_over_the_claim_limit_is_refused_and_not_stored(make_app):
    app = make_app(max_claims=2)
    text = " ".join(f"Microsoft hat {n} Milliarden Dollar in OpenAI investiert." for n in range(1, 6))
    response = app.test_client().post("/v1/checks", json={"text": text, "language": "de"})
    assert_conforms(response, "/v1/checks", "post")
    assert response.status_code == 413
    assert "FACTCHECK_MAX_CLAIMS" in response.get_json()["detail"]
    assert app.extensions["factcheck"].reports.count() == 0


def test_a_batch_refused_for_its_third_article_stores_none_of_them(make_app):
    app = make_app(max_claims=2)
    small = {"text": "Microsoft hat 10 Milliarden Dollar in OpenAI investiert.", "language": "de"}
    large = {"text": " ".join(f"Microsoft hat {n} Milliarden Dollar in OpenAI investiert." for n in range(1, 6)),
             "language": "de"}
    response = app.test_client().post("/v1/checks/batch", json={"articles": [small, small, large]})
    assert response.status_code == 413
    assert "articles[2]." in response.get_json()["detail"]
    assert app.extensions["factcheck"].reports.count() == 0


def test_every_response_carries_a_request_id_and_keeps_a_sane_one_it_was_given(client):
    generated = client.get("/healthz").headers["X-Request-Id"]
    assert len(generated) == 32
    assert client.get("/healthz", headers={"X-Request-Id": "cms-4711.a"}).headers["X-Request-Id"] == "cms-4711.a"
    odd = "<script>; drop table" + "x" * 80
    replaced = client.get("/healthz", headers={"X-Request-Id": odd}).headers["X-Request-Id"]
    assert replaced != odd and len(replaced) == 32


def test_request_logs_are_json_with_the_request_id_and_never_the_draft(client, caplog):
    with caplog.at_level(logging.INFO, logger="factcheck.requests"):
        response = client.post("/v1/checks?token=secret", json=ARTICLE, headers={"X-Request-Id": "req-1"})
    [record] = [r for r in caplog.records if r.name == "factcheck.requests"]
    line = JsonFormatter().format(record)
    entry = json.loads(line)
    assert entry["request_id"] == "req-1" and entry["status"] == response.status_code == 201
    assert entry["route"] == "/v1/checks" and entry["method"] == "POST"
    assert "Zebra" not in line and "Milliarden" not in line and "secret" not in line


def test_metrics_count_requests_claims_and_findings(client):
    before = client.get("/metrics").get_data(as_text=True)
    client.post("/v1/checks", json=ARTICLE)
    after = client.get("/metrics").get_data(as_text=True)
    assert "text/plain" in client.get("/metrics").content_type

    def value(text, name):
        lines = [l for l in text.splitlines() if l.startswith(name)]
        return float(lines[0].rsplit(" ", 1)[1]) if lines else 0.0

    route = 'factcheck_requests_total{method="POST",route="/v1/checks",status="201"}'
    assert value(after, route) == value(before, route) + 1
    assert value(after, 'factcheck_claims_total{language="de"}') > value(before, 'factcheck_claims_total{language="de"}')


def test_metrics_do_not_grow_with_methods_and_paths_the_caller_makes_up(client):
    for i in range(5):
        client.open(f"/made-up/{i}", method=f"BREW{i}")
        client.open("/v1/checks", method=f"X-{i}")
    labels = [line for line in client.get("/metrics").get_data(as_text=True).splitlines()
              if line.startswith("factcheck_requests_total{")]
    assert not [line for line in labels if "BREW" in line or "X-" in line or "made-up" in line]
    assert [line for line in labels if 'method="OTHER"' in line]


def test_readiness_reports_rules_fixtures_and_database(client):
    response = client.get("/readyz")
    assert_conforms(response, "/readyz", "get")
    body = response.get_json()
    assert response.status_code == 200 and body["status"] == "ready"
    assert body["rules"]["de"] > 0 and body["rules"]["en"] > 0 and body["fixtures"]["facts"] > 0
    assert body["database"] == "ok"


def test_readiness_is_503_when_the_database_is_gone(app, tmp_path):
    store = app.extensions["factcheck"].reports
    store.engine.dispose()
    store.engine = sa.create_engine(f"sqlite:///{tmp_path}/no-such-folder/reports.sqlite3")
    response = app.test_client().get("/readyz")
    assert_conforms(response, "/readyz", "get")
    assert response.status_code == 503
    assert response.get_json()["status"] == "not ready" and "database unavailable" in response.get_json()["database"]


def test_a_check_with_a_document_key_while_the_database_is_gone_is_a_503(app, tmp_path):
    store = app.extensions["factcheck"].reports
    store.engine.dispose()
    store.engine = sa.create_engine(f"sqlite:///{tmp_path}/no-such-folder/reports.sqlite3")
    response = app.test_client().post("/v1/checks", json={**ARTICLE, "document": "cms-42"})
    assert response.status_code == 503
    assert response.get_json()["type"].endswith("/storage-unavailable")
