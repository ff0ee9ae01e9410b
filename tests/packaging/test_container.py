"""The container image: built and run where a container engine answers (skipped, with the
reason, elsewhere: CI must not depend on a daemon); the Dockerfile and compose file are read
as the engine would read them everywhere."""
import shutil
import subprocess
import time
import uuid

import pytest
import requests
import yaml

from tests.conftest import ROOT
from tests.servers import free_port


def engine_unavailable() -> str | None:
    for engine in ("docker", "podman"):
        if shutil.which(engine):
            probe = subprocess.run([engine, "info"], capture_output=True, text=True, timeout=30)
            if probe.returncode == 0:
                return None
            return f"{engine} is installed but its daemon does not answer: {probe.stderr.strip()[:200]}"
    return "no container engine (docker or podman) on this machine"


def instructions():
    lines = (ROOT / "Dockerfile").read_text("utf-8").replace("\\\n", " ").splitlines()
    return [line.split(None, 1) for line in lines if line.strip() and not line.lstrip().startswith("#")]


def test_the_image_is_multi_stage_runs_the_production_server_as_a_non_root_user_and_checks_readyz():
    steps = instructions()
    assert sum(1 for word, _ in steps if word == "FROM") >= 2
    final = steps[max(i for i, (word, _) in enumerate(steps) if word == "FROM"):]
    users = [rest for word, rest in final if word == "USER"]
    assert users and users[-1] not in ("root", "0")
    [healthcheck] = [rest for word, rest in final if word == "HEALTHCHECK"]
    assert "/readyz" in healthcheck
    [cmd] = [rest for word, rest in final if word == "CMD"]
    assert cmd == '["factcheck", "serve", "--production"]'


def test_compose_runs_the_service_on_postgresql_once_the_database_is_healthy():
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text("utf-8"))
    service, db = compose["services"]["factcheck"], compose["services"]["db"]
    assert service["environment"]["DATABASE_URL"].startswith("postgresql+psycopg://")
    assert service["depends_on"]["db"]["condition"] == "service_healthy"
    assert db["image"].startswith("postgres:") and "healthcheck" in db


@pytest.mark.skipif(engine_unavailable() is not None, reason=engine_unavailable() or "")
def test_the_image_builds_and_answers_readyz():
    engine = "docker" if shutil.which("docker") else "podman"
    tag = f"factcheck-test:{uuid.uuid4().hex[:8]}"
    built = subprocess.run([engine, "build", "-t", tag, str(ROOT)], capture_output=True, text=True, timeout=1800)
    assert built.returncode == 0, built.stderr[-3000:]
    port = free_port()
    container = subprocess.run([engine, "run", "-d", "--rm", "-p", f"127.0.0.1:{port}:8080",
                                "-e", "FACTCHECK_API_KEYS=editor:a-long-token:submit+review", tag],
                               capture_output=True, text=True, check=True).stdout.strip()
    try:
        for _ in range(180):
            try:
                if requests.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            time.sleep(1)
        answer = requests.post(f"http://127.0.0.1:{port}/v1/checks", timeout=60,
                               headers={"Authorization": "Bearer a-long-token"},
                               json={"text": "Microsoft hat 10 Milliarden Dollar in OpenAI investiert.", "language": "de"})
        assert answer.status_code == 201
        user = subprocess.run([engine, "exec", container, "id", "-u"], capture_output=True, text=True).stdout.strip()
        assert user != "0"
    finally:
        subprocess.run([engine, "rm", "-f", container], capture_output=True)
        subprocess.run([engine, "rmi", "-f", tag], capture_output=True)
