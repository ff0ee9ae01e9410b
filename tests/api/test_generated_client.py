"""openapi.yaml is good enough to generate a client from: openapi-python-client builds one
(named by the operationIds and tags), and the README's tour runs through it against a live
server — check an article, read it again, decide a finding, list, export, search facts."""
import importlib
import subprocess
import sys

import pytest

from service.app import create_app
from service.config import Access, Settings, Storage
from tests.conftest import ROOT
from tests.servers import live

KEYS = "desk:token-desk-1:submit+review+admin"
TOUR = ("Microsoft hat mehr als 13 Milliarden Dollar in OpenAI investiert. Später war von über 14 "
        "Milliarden Dollar die Rede, die Microsoft in OpenAI investiert habe.")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("client")
    result = subprocess.run([sys.executable, "-m", "openapi_python_client", "generate", "--path",
                             str(ROOT / "openapi.yaml"), "--meta", "none", "--output-path",
                             str(out / "factcheck_client")], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Warning" not in result.stdout, result.stdout  # every part of the spec was understood
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("factcheck_client")
    finally:
        sys.path.remove(str(out))


def test_the_readme_tour_runs_through_a_generated_client(generated, engine, tmp_path):
    from factcheck_client import AuthenticatedClient
    from factcheck_client.api.checks import create_check, get_check, list_checks
    from factcheck_client.api.decisions import decide_finding
    from factcheck_client.api.exports import export_sarif
    from factcheck_client.api.facts import get_entity, search_facts
    from factcheck_client.models import DecisionRequest, DecisionRequestStatus

    app = create_app(Settings(storage=Storage(database_url=f"sqlite:///{tmp_path / 'r.sqlite3'}"), access=Access(api_keys=KEYS)), engine=engine)
    with live(app) as url:
        client = AuthenticatedClient(base_url=url, token="token-desk-1")
        created = create_check.sync_detailed(client=client, body={"text": TOUR, "language": "auto"},
                                             idempotency_key="tour-1")
        assert created.status_code == 201
        report = created.parsed
        assert report.language == "de"
        assert [f.code for f in report.findings] == ["FC102"]
        assert any(c.predicate == "investment.amount" for c in report.claims)

        again = get_check.sync(report.id, client=client)
        assert again.id == report.id
        finding = report.findings[0]
        decided = decide_finding.sync(report.id, finding.id, client=client,
                                      body=DecisionRequest(status=DecisionRequestStatus.CONFIRMED, note="checked"))
        assert decided.status == "confirmed"

        listed = list_checks.sync(client=client, open_=False)
        assert [row.id for row in listed.checks] == [report.id]
        assert export_sarif.sync_detailed(report.id, client=client).status_code == 200
        assert search_facts.sync(client=client, q="Inflection").items
        assert get_entity.sync("openai", client=client).name == "OpenAI"
        replay = create_check.sync_detailed(client=client, body={"text": TOUR, "language": "auto"},
                                            idempotency_key="tour-1")
        assert replay.status_code == 200 and replay.parsed.id == report.id
