"""Webhook deliveries kept in the database: they survive a restart, go out at once to several
receivers, carry Standard Webhooks signatures, list their attempts, and connect to the address
that was checked."""
import base64
import hashlib
import hmac
import json
import time

import pytest

from service.config import Webhooks
from service.webhooks import SIGNATURE_HEADER, sign
from tests.api.openapi_check import assert_conforms
from tests.servers import free_port, receiver

SECRET = "s3cret-for-tests"
ARTICLE = {"text": "Microsoft hat 10 Milliarden Dollar in OpenAI investiert.", "language": "de"}
SUBMITTER, OTHER = "alice:token-alice:submit", "bob:token-bob:submit"


@pytest.fixture
def hooks(make_app):
    """An app that may call receivers on loopback, retrying at once; stopped after the test."""
    started = []

    def build(*, secret=SECRET, hosts=("127.0.0.1",), ca_bundle="", **settings):
        app = make_app(webhooks=Webhooks(secret=secret, hosts=hosts, ca_bundle=ca_bundle), **settings)
        deliverer = app.extensions["factcheck"].webhooks
        deliverer.backoff, deliverer.poll = 0.01, 0.2
        started.append(deliverer)
        return app
    yield build
    for deliverer in started:
        deliverer.stop()


def post(app, url, headers=None, **fields):
    response = app.test_client().post("/v1/checks", json={**ARTICLE, "callback_url": url, **fields},
                                      headers=headers or {})
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def deliveries(app, report_id, headers=None):
    response = app.test_client().get(f"/v1/checks/{report_id}/deliveries", headers=headers or {})
    return response


def wait_until(condition, seconds=10.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    raise AssertionError("the condition did not come true in time")


def test_a_delivery_carries_standard_webhooks_headers_a_receiver_can_verify(hooks):
    app = hooks()
    with receiver(200) as cms:
        post(app, cms.url + "/hook")
        assert cms.arrived.wait(10)
    [request] = cms.requests
    headers = {name.lower(): value for name, value in request.headers.items()}
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + request.body
    expected = base64.b64encode(hmac.new(SECRET.encode(), signed, hashlib.sha256).digest()).decode()
    assert headers["webhook-signature"] == f"v1,{expected}"
    assert abs(int(headers["webhook-timestamp"]) - time.time()) < 60  # receivers refuse old ones
    assert headers[SIGNATURE_HEADER.lower()] == sign(SECRET, request.body)  # receivers written before


def test_a_standard_webhooks_secret_is_used_as_the_base64_key_it_encodes(hooks):
    key = b"\x01\x02binary key\xff"
    app = hooks(secret="whsec_" + base64.b64encode(key).decode())
    with receiver(200) as cms:
        post(app, cms.url)
        assert cms.arrived.wait(10)
    headers = {name.lower(): value for name, value in cms.requests[0].headers.items()}
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + cms.requests[0].body
    assert headers["webhook-signature"] == "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


def test_every_attempt_of_a_delivery_has_the_same_webhook_id_and_is_listed(hooks):
    app = hooks()
    with receiver(500, 503, 200, expected=3) as cms:
        report = post(app, cms.url + "/hook?token=do-not-show")
        assert cms.arrived.wait(10)
    assert len({r.headers["webhook-id"] for r in cms.requests}) == 1
    wait_until(lambda: deliveries(app, report["id"]).get_json()["deliveries"][0]["state"] == "delivered")
    response = deliveries(app, report["id"])
    assert_conforms(response, "/v1/checks/{id}/deliveries", "get")
    [delivery] = response.get_json()["deliveries"]
    assert delivery["id"] == cms.requests[0].headers["webhook-id"]
    assert [a["status_code"] for a in delivery["attempts"]] == [500, 503, 200]
    assert delivery["target"] == cms.url and "token" not in json.dumps(delivery)  # never the query
    assert delivery["next_attempt_at"] is None


def test_a_delivery_that_never_succeeds_ends_failed_after_its_attempts(hooks):
    app = hooks()
    nobody = f"http://127.0.0.1:{free_port()}/hook"
    report = post(app, nobody)
    wait_until(lambda: deliveries(app, report["id"]).get_json()["deliveries"][0]["state"] == "failed")
    [delivery] = deliveries(app, report["id"]).get_json()["deliveries"]
    assert len(delivery["attempts"]) == app.extensions["factcheck"].webhooks.attempts
    assert all(a["status_code"] is None and a["error"] for a in delivery["attempts"])


def test_deliveries_left_by_a_stopped_process_are_sent_by_the_next_one(hooks):
    with receiver(200) as cms:
        first = hooks()
        first.extensions["factcheck"].webhooks.notify = lambda: None  # stops right after storing
        reports = [post(first, cms.url)["id"] for _ in range(3)]
        time.sleep(0.3)
        assert cms.requests == []
        second = hooks()  # a restart on the same database
        second.extensions["factcheck"].webhooks.start()
        wait_until(lambda: len(cms.requests) == 3)
    assert sorted(json.loads(r.body)["id"] for r in cms.requests) == sorted(reports)


def test_a_hanging_receiver_does_not_hold_back_another_receivers_delivery(hooks):
    app = hooks()
    with receiver(200, delay=3) as slow, receiver(200) as fast:
        post(app, slow.url)
        post(app, slow.url)
        started = time.monotonic()
        post(app, fast.url)
        assert fast.arrived.wait(10)
        elapsed = time.monotonic() - started
    assert elapsed < 2  # not behind the slow receiver's three seconds


def test_one_receiver_gets_at_most_per_host_deliveries_at_once(hooks):
    app = hooks()
    app.extensions["factcheck"].webhooks.per_host = 1
    with receiver(200, delay=0.3, expected=3) as cms:
        for _ in range(3):
            post(app, cms.url)
        assert cms.arrived.wait(10)
    assert cms.most_at_once == 1


def test_only_those_who_may_read_a_report_see_its_deliveries(hooks):
    app = hooks(api_keys=f"{SUBMITTER},{OTHER}")
    with receiver(200) as cms:
        report = post(app, cms.url, headers={"Authorization": "Bearer token-alice"})
        assert cms.arrived.wait(10)
    assert deliveries(app, report["id"], {"Authorization": "Bearer token-alice"}).status_code == 200
    response = deliveries(app, report["id"], {"Authorization": "Bearer token-bob"})
    assert response.status_code == 404
    assert deliveries(app, "no-such-report", {"Authorization": "Bearer token-alice"}).status_code == 404


def test_a_report_without_a_callback_has_no_deliveries(hooks):
    app = hooks()
    report = app.test_client().post("/v1/checks", json=ARTICLE).get_json()
    assert deliveries(app, report["id"]).get_json() == {"deliveries": []}


def test_the_delivery_connects_to_the_address_that_was_checked(hooks, monkeypatch):
    # cms.test exists for no resolver: the report can only arrive through the address resolved
    # (and checked) for the delivery, sent with the URL's own host name
    looked_up = []

    def resolve(host, port):
        looked_up.append(host)
        return ["127.0.0.1"] if host == "cms.test" else []
    monkeypatch.setattr("service.webhooks.resolve", resolve)
    app = hooks(hosts=("cms.test",))
    with receiver(200) as cms:
        port = cms.url.rsplit(":", 1)[1]
        post(app, f"http://cms.test:{port}/hook")
        assert cms.arrived.wait(10)
    assert cms.requests[0].headers["Host"] == f"cms.test:{port}"
    assert looked_up == ["cms.test"]


def test_a_name_that_now_resolves_to_this_machine_is_not_delivered_to(hooks, monkeypatch):
    monkeypatch.setattr("service.webhooks.resolve", lambda host, port: ["127.0.0.1"])
    app = hooks(hosts=())  # no allowlist: only public addresses
    with receiver(200) as cms:
        report = post(app, "http://rebinding.example/hook")
        wait_until(lambda: deliveries(app, report["id"]).get_json()["deliveries"][0]["state"] == "failed")
    assert cms.requests == []
    [attempt] = deliveries(app, report["id"]).get_json()["deliveries"][0]["attempts"]
    assert "non-public" in attempt["error"]


def certificate(folder, name):
    """A self-signed certificate for `name`: its certificate and key files."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(hours=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / f"{name}.pem", folder / f"{name}.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_file), str(key_file)


@pytest.mark.parametrize("served_as, arrives", [("cms.test", True), ("elsewhere.test", False)])
def test_https_to_the_checked_address_still_verifies_the_certificate_for_the_urls_host(
        hooks, monkeypatch, tmp_path, served_as, arrives):
    monkeypatch.setattr("service.webhooks.resolve", lambda host, port: ["127.0.0.1"] if host == "cms.test" else [])
    served = certificate(tmp_path, served_as)
    app = hooks(hosts=("cms.test",), ca_bundle=served[0])
    with receiver(200, tls=served) as cms:
        port = cms.url.rsplit(":", 1)[1]
        report = post(app, f"https://cms.test:{port}/hook")
        final = "delivered" if arrives else "failed"
        wait_until(lambda: deliveries(app, report["id"]).get_json()["deliveries"][0]["state"] == final)
    if arrives:
        assert cms.requests[0].headers["Host"] == f"cms.test:{port}"
    else:  # a certificate for another name: the report is not sent
        assert cms.requests == []
        assert deliveries(app, report["id"]).get_json()["deliveries"][0]["attempts"][0]["error"] == "SSLError"
