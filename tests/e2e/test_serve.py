"""`factcheck serve` as a newcomer runs it: a real process on a real port."""
import os
import socket
import subprocess
import sys
import time

import pytest
import requests

from tests.conftest import EXAMPLE_ARTICLES, ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    port = free_port()
    env = {**os.environ, "FACTCHECK_HOST": "0.0.0.0", "FACTCHECK_PORT": str(port),
           "DATABASE_URL": f"sqlite:///{tmp_path / 'serve.sqlite3'}"}
    env.pop("FACTCHECK_API_KEYS", None)
    process = subprocess.Popen([sys.executable, "-m", "service.cli", "serve"], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"factcheck serve exited: {process.stderr.read()}")
        try:
            if requests.get(f"{base}/healthz", timeout=1).ok:
                break
        except requests.ConnectionError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("factcheck serve did not answer within 60 s")
    yield base, process
    process.terminate()
    process.wait(timeout=10)


def test_serve_checks_and_stores_a_german_article(server):
    base, _ = server
    text = (EXAMPLE_ARTICLES / "mai-strategie-de.txt").read_text(encoding="utf-8")
    created = requests.post(f"{base}/v1/checks", json={"text": text}, timeout=30)
    assert created.status_code == 201
    report = created.json()
    assert report["language"] == "de"
    assert any(f["kind"] == "internal_inconsistency" for f in report["findings"])
    again = requests.get(base + created.headers["Location"], timeout=10)
    assert again.json() == report


def test_without_keys_serve_binds_to_loopback_only_and_says_so(server):
    _, process = server
    process.terminate()
    _, stderr = process.communicate(timeout=10)
    assert "binds to 127.0.0.1 instead of 0.0.0.0" in stderr
