"""`factcheck serve --production` as an operator runs it: gunicorn with two workers forked from
one preloaded app, metrics summed over workers, a graceful stop, and a worker killed in the
middle of requests."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import pytest
import requests

from tests.conftest import ROOT
from tests.servers import free_port

DRAFT = "Microsoft hat 10 Milliarden Dollar in OpenAI investiert. Später waren es 14 Milliarden Dollar. "
SLOW = DRAFT * 8000  # 760,000 characters: a check of several seconds (limits raised below)
LARGE_ARTICLES = {"FACTCHECK_MAX_TEXT_CHARS": "1000000", "FACTCHECK_MAX_BODY_BYTES": "4000000",
                  "FACTCHECK_MAX_CLAIMS": "100000"}


@contextmanager
def production(tmp_path, workers=2, **extra_env):
    port = free_port()
    env = {**os.environ, **LARGE_ARTICLES, **extra_env, "DATABASE_URL": f"sqlite:///{tmp_path / 'reports.sqlite3'}", "FACTCHECK_PORT": str(port),
           "FACTCHECK_WORKERS": str(workers), "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    env.pop("FACTCHECK_API_KEYS", None)
    log = open(tmp_path / "server.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "service.cli", "serve", "--production"], cwd=ROOT, env=env,
                              stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            if server.poll() is not None:
                pytest.fail(f"the server exited: {(tmp_path / 'server.log').read_text()[-2000:]}")
            try:
                if requests.get(f"{base}/readyz", timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                time.sleep(0.2)
        else:
            pytest.fail("the production server did not become ready in 120 s")
        for _ in range(300):  # readiness comes from the first worker up; wait for all of them
            if len(workers_of(server)) == workers:
                break
            time.sleep(0.1)
        yield base, server
    finally:
        if server.poll() is None:
            server.terminate()
            server.wait(timeout=60)
        log.close()


def workers_of(server) -> list[int]:
    children = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    if int(stat.read().rsplit(")", 1)[1].split()[1]) == server.pid:
                        children.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return children


def check(base, text=DRAFT, timeout=120):
    return requests.post(f"{base}/v1/checks", json={"text": text, "language": "de"}, timeout=timeout)


def test_two_workers_serve_and_metrics_sum_over_them(tmp_path):
    with production(tmp_path) as (base, server):
        assert len(workers_of(server)) == 2
        with ThreadPoolExecutor(max_workers=6) as pool:
            statuses = [r.status_code for r in pool.map(lambda _: check(base), range(12))]
        assert statuses == [201] * 12
        metrics = requests.get(f"{base}/metrics", timeout=10).text
        line = next(l for l in metrics.splitlines()
                    if l.startswith('factcheck_requests_total{method="POST",route="/v1/checks",status="201"}'))
        assert float(line.rsplit(" ", 1)[1]) == 12.0


def test_a_stop_lets_running_requests_finish(tmp_path):
    with production(tmp_path) as (base, server):
        with ThreadPoolExecutor(max_workers=1) as pool:
            running = pool.submit(check, base, SLOW)
            time.sleep(0.5)
            server.send_signal(signal.SIGTERM)
            response = running.result()
        assert response.status_code == 201
        assert server.wait(timeout=60) == 0


def test_a_worker_killed_mid_request_leaves_no_partial_report_and_others_succeed(tmp_path):
    with production(tmp_path) as (base, server):
        victim = workers_of(server)[0]

        def attempt(_):
            try:
                return check(base, SLOW).status_code
            except requests.RequestException:
                return "cut"

        with ThreadPoolExecutor(max_workers=6) as pool:
            futures = [pool.submit(attempt, n) for n in range(6)]
            time.sleep(1.0)
            os.kill(victim, signal.SIGKILL)
            outcomes = [f.result() for f in futures]
        assert set(outcomes) == {201, "cut"}, outcomes  # the kill cut some requests, not all
        # the master replaces the worker; new requests succeed
        assert check(base).status_code == 201
        stored = requests.get(f"{base}/readyz", timeout=10).status_code
        assert stored == 200
    import sqlite3
    with sqlite3.connect(tmp_path / "reports.sqlite3") as db:
        rows = db.execute("SELECT text, report FROM reports").fetchall()
    # every answered check is stored; a cut one only if it committed before the kill, and whole
    answered = outcomes.count(201) + 1
    assert answered <= len(rows) <= answered + outcomes.count("cut")
    # whole: a stored report has the claims of every repetition of the draft
    [per_draft] = {len(json.loads(report)["claims"]) for text, report in rows if text == DRAFT}
    assert per_draft > 0
    for text, report in rows:
        assert text in (SLOW, DRAFT)
        assert len(json.loads(report)["claims"]) == text.count(DRAFT) * per_draft


def test_a_reload_reaches_every_worker(tmp_path):
    from service.config import BUNDLED_FIXTURES
    from tests.api.test_reload import NEW_FACT

    fixtures = tmp_path / "fixtures"
    shutil.copytree(BUNDLED_FIXTURES, fixtures)
    with production(tmp_path, FACTCHECK_FIXTURES=str(fixtures)) as (base, server):
        before = set(workers_of(server))
        (fixtures / "more.yaml").write_text(NEW_FACT, encoding="utf-8")
        assert requests.post(f"{base}/v1/admin/reload", timeout=120).status_code == 200
        for _ in range(300):  # the master replaces the workers after the reply
            current = set(workers_of(server))
            if len(current) == 2 and not current & before:
                break
            time.sleep(0.2)
        assert not set(workers_of(server)) & before, "the old workers still serve"
        # every request, whichever worker takes it, sees the new fact
        answers = {requests.get(f"{base}/v1/facts/openai-employees-2024", timeout=10).status_code for _ in range(20)}
        assert answers == {200}


def test_deliveries_waiting_for_a_retry_survive_a_reload(tmp_path):
    from tests.servers import receiver

    with receiver(*[503] * 6, 200, expected=12) as cms, \
            production(tmp_path, FACTCHECK_WEBHOOK_SECRET="s3cret-for-tests",
                       FACTCHECK_WEBHOOK_HOSTS="127.0.0.1") as (base, server):
        posted = set()
        for _ in range(6):
            response = requests.post(f"{base}/v1/checks", json={"text": DRAFT, "language": "de",
                                                                "callback_url": cms.url}, timeout=60)
            posted.add(response.json()["id"])
        for _ in range(100):  # every first attempt answered 503
            if len(cms.requests) >= 6:
                break
            time.sleep(0.1)
        server.send_signal(signal.SIGHUP)  # new workers; the old ones' memory is gone
        assert cms.arrived.wait(60), f"{len(cms.requests)} of 12 attempts arrived"
    accepted = {json.loads(r.body)["id"] for r in cms.requests[6:]}
    assert accepted == posted


def test_a_request_over_the_timeout_is_ended_and_nothing_of_it_stored(tmp_path):
    with production(tmp_path, FACTCHECK_REQUEST_TIMEOUT="1") as (base, server):
        try:
            outcome = check(base, SLOW).status_code
        except requests.RequestException:
            outcome = "cut"
        assert outcome in ("cut", 500, 502, 504)
        assert check(base).status_code == 201  # a new worker took over
    import sqlite3
    with sqlite3.connect(tmp_path / "reports.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM reports WHERE length(text) > 1000").fetchone() == (0,)


def test_a_broken_chunked_body_is_a_400_not_a_500(tmp_path):
    import socket
    with production(tmp_path, workers=1) as (base, _):
        port = int(base.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=30) as raw:
            raw.sendall(b"POST /v1/checks HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        b"Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n")
            answer = raw.recv(4096).decode("latin-1")
        assert answer.split()[1] == "400", answer[:200]
        assert requests.get(f"{base}/healthz", timeout=10).status_code == 200
