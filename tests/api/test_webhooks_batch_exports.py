"""Checks from a CMS: signed webhook deliveries to a local receiver, many articles in one call,
and a stored report exported as SARIF and as ClaimReview."""
import json
import time

import pytest
from jsonschema import Draft202012Validator

from service.config import Webhooks
from service.webhooks import SIGNATURE_HEADER, sign
from tests.api.openapi_check import assert_conforms
from tests.conftest import ROOT
from tests.servers import receiver

SECRET = "s3cret-for-tests"
ARTICLE = {"text": "Microsoft hat 10 Milliarden Dollar in OpenAI investiert.\n\n"
                   "Insgesamt steckte Microsoft 14 Milliarden Dollar in OpenAI.", "language": "de"}
SARIF_SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif" / "sarif-schema-2.1.0.json").read_text("utf-8"))


@pytest.fixture
def webhook_app(make_app):
    # the receivers listen on loopback, which a callback may reach only when explicitly allowed
    app = make_app(webhooks=Webhooks(secret=SECRET, hosts=("127.0.0.1",)))
    app.extensions["factcheck"].webhooks.backoff = 0.01
    return app


def wait_for(event, seconds=10):
    assert event.wait(seconds), "no delivery arrived"


def test_the_report_arrives_at_the_callback_signed_with_the_secret(webhook_app):
    with receiver(200) as cms:
        response = webhook_app.test_client().post("/v1/checks", json={**ARTICLE, "callback_url": cms.url + "/hook"})
        assert response.status_code == 201
        wait_for(cms.arrived)
    [delivery] = cms.requests
    assert delivery.path == "/hook"
    assert delivery.headers[SIGNATURE_HEADER] == sign(SECRET, delivery.body)
    assert delivery.headers["Content-Type"] == "application/json"
    assert json.loads(delivery.body) == response.get_json()


def test_a_wrong_secret_does_not_verify(webhook_app):
    with receiver(200) as cms:
        webhook_app.test_client().post("/v1/checks", json={**ARTICLE, "callback_url": cms.url})
        wait_for(cms.arrived)
    assert cms.requests[0].headers[SIGNATURE_HEADER] != sign("another secret", cms.requests[0].body)


def test_a_failing_receiver_gets_the_report_again_until_it_accepts(webhook_app):
    with receiver(500, 503, 200, expected=3) as cms:
        webhook_app.test_client().post("/v1/checks", json={**ARTICLE, "callback_url": cms.url})
        wait_for(cms.arrived)
    assert len(cms.requests) == 3
    assert len({r.body for r in cms.requests}) == 1


def test_a_receiver_that_refuses_is_not_retried(webhook_app):
    with receiver(410, 200) as cms:
        webhook_app.test_client().post("/v1/checks", json={**ARTICLE, "callback_url": cms.url})
        wait_for(cms.arrived)
        time.sleep(0.2)
    assert len(cms.requests) == 1


def test_the_request_does_not_wait_for_a_slow_or_dead_receiver(make_app):
    app = make_app(webhooks=Webhooks(secret=SECRET, hosts=("127.0.0.1",)))
    app.extensions["factcheck"].webhooks.backoff = 5  # a retry would hold a waiting request for seconds
    with receiver(500) as cms:
        started = time.monotonic()
        response = app.test_client().post("/v1/checks", json={**ARTICLE, "callback_url": cms.url})
        elapsed = time.monotonic() - started
    assert response.status_code == 201
    assert elapsed < 5  # the first retry alone would take 5 s


def test_a_callback_without_a_webhook_secret_is_refused(client):
    response = client.post("/v1/checks", json={**ARTICLE, "callback_url": "http://127.0.0.1:9/hook"})
    assert_conforms(response, "/v1/checks", "post")
    assert response.status_code == 422
    assert "FACTCHECK_WEBHOOK_SECRET" in response.get_json()["detail"]


@pytest.mark.parametrize("url, reason", [
    ("http://cms.example.org/hook", "not allowed by FACTCHECK_WEBHOOK_HOSTS"),
    ("file:///etc/passwd", "http or https"),
    ("ftp://127.0.0.1/hook", "http or https"),
])
def test_callbacks_outside_the_allowed_hosts_are_refused(make_app, url, reason):
    client = make_app(webhooks=Webhooks(secret=SECRET, hosts=("127.0.0.1",))).test_client()
    response = client.post("/v1/checks", json={**ARTICLE, "callback_url": url})
    assert response.status_code == 422
    assert reason in response.get_json()["errors"]["callback_url"]


@pytest.mark.parametrize("url, verdict", [
    ("https://cms.example/hook", 201), ("https://cms.example:443/hook", 201),
    ("http://cms.example/hook", 422),  # the entry names https
    ("https://cms.example:8443/hook", 422),  # ... and, by default, port 443
    ("http://hooks.example:8080/a", 201), ("https://hooks.example:8080/a", 201), ("http://hooks.example/a", 422),
    ("http://any-port.example:1234/", 201),
])
def test_the_allowlist_checks_scheme_host_and_port_as_far_as_an_entry_gives_them(make_app, url, verdict):
    app = make_app(webhooks=Webhooks(secret=SECRET, hosts=("https://cms.example", "hooks.example:8080", "any-port.example")))
    app.extensions["factcheck"].webhooks.notify = lambda: None  # nothing is sent to these names
    response = app.test_client().post("/v1/checks", json={**ARTICLE, "callback_url": url})
    assert response.status_code == verdict, response.get_json()


@pytest.mark.parametrize("entry", ["ftp://cms.example", "cms.example/hook", "cms.example:99999", "user@cms.example", ":80"])
def test_a_mistyped_allowlist_entry_stops_the_start(entry):
    from service.config import Settings
    with pytest.raises(ValueError, match="FACTCHECK_WEBHOOK_HOSTS"):
        Settings.from_env({"FACTCHECK_WEBHOOK_HOSTS": f"127.0.0.1,{entry}"})


def test_a_missing_certificate_bundle_for_receivers_stops_the_start(tmp_path):
    from service.config import Settings
    with pytest.raises(ValueError, match="FACTCHECK_WEBHOOK_CA_BUNDLE: no file"):
        Settings.from_env({"FACTCHECK_WEBHOOK_CA_BUNDLE": str(tmp_path / "missing.pem")})


@pytest.mark.parametrize("url", [
    "http://127.1:19203/hook", "http://0x7f000001:19203/", "http://2130706433/", "http://0177.0.0.1/",
    "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/", "http://[::1]:19203/", "http://localhost:19203/",
    "http://10.1.2.3/", "http://169.254.169.254/latest/meta-data/",
])
def test_without_an_allowlist_no_callback_reaches_this_machine_or_a_private_network(make_app, url):
    client = make_app(webhooks=Webhooks(secret=SECRET)).test_client()
    response = client.post("/v1/checks", json={**ARTICLE, "callback_url": url})
    assert response.status_code == 422
    assert "callback_url" in response.get_json()["errors"]


@pytest.mark.parametrize("url, reason", [
    ("http://localhost:19203\\@cms.example/hook", "backslashes"),
    ("http://user:pass@cms.example/hook", "user name or password"),
    ("http://[::1:19203/", "not a valid URL"),
    ("http://cms.example:99999/hook", "not a valid URL"),
])
def test_a_callback_the_parsers_could_read_differently_is_refused(make_app, url, reason):
    client = make_app(webhooks=Webhooks(secret=SECRET, hosts=("cms.example", "127.0.0.1"))).test_client()
    response = client.post("/v1/checks", json={**ARTICLE, "callback_url": url})
    assert response.status_code == 422
    assert reason in response.get_json()["errors"]["callback_url"]


def test_a_redirect_from_the_receiver_is_not_followed(webhook_app):
    with receiver(200) as elsewhere, receiver(307, location=elsewhere.url + "/stolen") as cms:
        webhook_app.test_client().post("/v1/checks", json={**ARTICLE, "callback_url": cms.url})
        wait_for(cms.arrived)
        time.sleep(0.3)
    assert len(cms.requests) == 1 and elsewhere.requests == []


def test_a_batch_checks_and_stores_every_article(client):
    english = {"text": "Microsoft has invested $13 billion in OpenAI.", "language": "en", "title": "Deal"}
    response = client.post("/v1/checks/batch", json={"articles": [ARTICLE, english]})
    assert_conforms(response, "/v1/checks/batch", "post")
    assert response.status_code == 201
    reports = response.get_json()["reports"]
    assert [r["language"] for r in reports] == ["de", "en"]
    for report in reports:
        assert client.get(f"/v1/checks/{report['id']}").get_json()["id"] == report["id"]
    assert "FC101" in {f["code"] for f in reports[0]["findings"]}


def test_one_invalid_article_refuses_the_batch_and_stores_nothing(make_app):
    app = make_app(webhooks=Webhooks(secret=SECRET, hosts=("127.0.0.1",)))
    client = app.test_client()
    bad = {**ARTICLE, "callback_url": "http://elsewhere.example.org/"}
    response = client.post("/v1/checks/batch", json={"articles": [ARTICLE, bad]})
    assert_conforms(response, "/v1/checks/batch", "post")
    assert response.status_code == 422
    assert "articles[1].callback_url" in response.get_json()["errors"]
    assert app.extensions["factcheck"].reports.list() == []


@pytest.mark.parametrize("body, field", [
    ({"articles": []}, "articles"),
    ({"articles": [ARTICLE] * 51}, "articles"),
    ({"articles": [{"text": 5}]}, "articles[0].text"),
    ({}, "articles"),
])
def test_malformed_batches_name_the_field(client, body, field):
    response = client.post("/v1/checks/batch", json=body)
    assert_conforms(response, "/v1/checks/batch", "post")
    assert response.status_code == 422
    assert field in response.get_json()["errors"]


def test_a_stored_report_exports_as_valid_sarif(client):
    report = client.post("/v1/checks", json={**ARTICLE, "document": "cms/4711"}).get_json()
    response = client.get(f"/v1/checks/{report['id']}/sarif")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/sarif+json"
    log = response.get_json()
    assert list(Draft202012Validator(SARIF_SCHEMA).iter_errors(log)) == []
    results = log["runs"][0]["results"]
    assert {r["ruleId"] for r in results} == {f["code"] for f in report["findings"]}
    location = results[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "cms/4711"
    assert location["region"]["startLine"] in (1, 3)


def test_a_stored_report_exports_its_machine_verdicts_as_claimreview_on_request(client):
    report = client.post("/v1/checks", json=ARTICLE).get_json()
    response = client.get(f"/v1/checks/{report['id']}/claimreview?machine=true")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/ld+json"
    reviews = response.get_json()
    judged = [c for c in report["claims"] if c["verdict"]["label"] in ("supported", "contradicted", "outdated")]
    assert len(reviews) == len(judged) > 0
    assert {r["creativeWorkStatus"] for r in reviews} == {"machine verdict, not reviewed by an editor"}
    for review in reviews:
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"] in ARTICLE["text"]
        assert review["reviewRating"]["alternateName"]


def test_exports_of_unknown_reports_are_404(client):
    for export in ("sarif", "claimreview"):
        response = client.get(f"/v1/checks/no-such-report/{export}")
        assert response.status_code == 404
        assert response.get_json()["status"] == 404
