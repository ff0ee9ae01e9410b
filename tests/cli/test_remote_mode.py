"""`factcheck check --server`: a live service started by the test, its API keys, and a service
that is down or failing."""
import json
import time
import uuid

import pytest

from service.cli import main
from service.client import check_remote
from service.errors import ServiceError
from tests.servers import free_port, live, receiver

KEYS = "ci:ci-token-123:submit"
ARTICLE = ("Microsoft hat 10 Milliarden Dollar in OpenAI investiert.\n\n"
           "Insgesamt steckte Microsoft 14 Milliarden Dollar in OpenAI.\n")


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "entwurf.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def server(make_app):
    app = make_app(api_keys=KEYS)
    with live(app) as url:
        yield app, url


def check(capsys, *args):
    code = main(["check", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_remote_check_reports_the_servers_findings_and_stores_the_report(capsys, server, article):
    app, url = server
    code, out, err = check(capsys, "--server", url, "--api-key", "ci-token-123", "--format", "json", article)
    assert code == 1, err
    [report] = json.loads(out)
    assert report["file"] == str(article)
    codes = [finding["code"] for finding in report["findings"]]
    assert "FC101" in codes
    stored = app.extensions["factcheck"].reports.get(report["id"]).body
    assert [finding["code"] for finding in stored["findings"]] == codes


def test_the_api_key_may_come_from_the_environment(capsys, monkeypatch, server, article):
    monkeypatch.setenv("FACTCHECK_API_KEY", "ci-token-123")
    code, out, err = check(capsys, "--server", server[1], article)
    assert code == 1, err
    assert f"{article}:1:" in out


def test_a_refused_key_is_named_and_exits_2(capsys, server, article):
    code, out, err = check(capsys, "--server", server[1], "--api-key", "wrong", article)
    assert code == 2
    assert "refused the API key (401)" in err
    assert out == ""


def test_a_missing_key_is_named_and_exits_2(capsys, monkeypatch, server, article):
    monkeypatch.delenv("FACTCHECK_API_KEY", raising=False)
    code, _, err = check(capsys, "--server", server[1], article)
    assert code == 2
    assert "--api-key or FACTCHECK_API_KEY" in err


def test_a_server_that_is_down_is_named_after_retries(capsys, article):
    port = free_port()
    code, _, err = check(capsys, "--server", f"http://127.0.0.1:{port}", "--api-key", "k", article)
    assert code == 2
    assert f"cannot reach the service at http://127.0.0.1:{port}" in err
    assert "gave up after 3 attempts" in err
    assert "Traceback" not in err


def test_failing_answers_are_retried_until_one_succeeds():
    report = {"id": "r1", "findings": []}
    with receiver(503, 502, 201, body=json.dumps(report).encode()) as service:
        assert check_remote(service.url, "key", {"text": "x"}, backoff=0.01) == report
    assert len(service.requests) == 3
    assert all(r.headers["Authorization"] == "Bearer key" for r in service.requests)
    assert all(r.path == "/v1/checks" for r in service.requests)


def test_a_service_that_keeps_failing_gives_up_with_its_status():
    with receiver(500, body=b'{"detail": "database is locked"}') as service:
        with pytest.raises(ServiceError, match=r"failed \(500\): database is locked; gave up after 3 attempts"):
            check_remote(service.url, None, {"text": "x"}, backoff=0.01)
    assert len(service.requests) == 3


def test_a_refused_article_is_not_retried():
    with receiver(422, body=b'{"detail": "language: unknown"}') as service:
        with pytest.raises(ServiceError, match=r"refused the article \(422\): language: unknown"):
            check_remote(service.url, None, {"text": "x"}, backoff=0.01)
    assert len(service.requests) == 1


def test_a_busy_service_is_asked_again_after_its_retry_after_with_the_same_idempotency_key():
    report = {"id": "r1", "findings": []}
    with receiver(429, 201, body=json.dumps(report).encode(), headers={"Retry-After": "1"}) as service:
        started = time.monotonic()
        assert check_remote(service.url, "key", {"text": "x"}, backoff=0.01) == report
        waited = time.monotonic() - started
    assert waited >= 1  # the Retry-After, not the 0.01 s back-off
    keys = {r.headers["Idempotency-Key"] for r in service.requests}
    assert len(service.requests) == 2 and len(keys) == 1 and uuid.UUID(keys.pop())


def test_each_article_has_its_own_idempotency_key():
    with receiver(201, body=b'{"id": "r", "findings": []}') as service:
        check_remote(service.url, None, {"text": "a"})
        check_remote(service.url, None, {"text": "b"})
    assert len({r.headers["Idempotency-Key"] for r in service.requests}) == 2


def test_a_retry_after_beyond_the_cap_is_cut_to_it(monkeypatch):
    monkeypatch.setattr("service.client.MAX_RETRY_AFTER", 0.2)
    with receiver(503, 201, body=b'{"id": "r", "findings": []}', headers={"Retry-After": "3600"}) as service:
        started = time.monotonic()
        check_remote(service.url, None, {"text": "x"}, backoff=0.01)
    assert time.monotonic() - started < 5
