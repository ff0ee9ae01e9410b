"""Decisions on findings through the API, and re-checks of an edited draft."""
import pytest

from tests.api.openapi_check import assert_conforms

DRAFT = ("Microsoft hat 10 Milliarden Dollar in OpenAI investiert. "
         "Insgesamt steckte Microsoft 14 Milliarden Dollar in OpenAI. "
         "GPT-4 hat 100 Milliarden Parameter.")
KEYS = "ci:ci-token-123:submit,ed:editor-token-1:review,al:alice-token-1:review,cms2:other-token-1:submit"


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def client(make_app):
    return make_app(api_keys=KEYS).test_client()


def submit(client, text=DRAFT, **extra):
    response = client.post("/v1/checks", json={"text": text, "language": "de", **extra}, headers=bearer("ci-token-123"))
    assert_conforms(response, "/v1/checks", "post")
    assert response.status_code == 201
    return response.get_json()


def decide(client, report_id, finding_id, token="editor-token-1", **body):
    response = client.patch(f"/v1/checks/{report_id}/findings/{finding_id}", json=body, headers=bearer(token))
    assert_conforms(response, "/v1/checks/{id}/findings/{finding_id}", "patch")
    return response


def test_a_decision_is_stored_with_who_and_when_and_shows_in_the_report(client):
    report = submit(client)
    finding = report["findings"][0]
    assert (finding["status"], finding["decision"], finding["history"]) == ("open", None, [])
    response = decide(client, report["id"], finding["id"], status="confirmed", note="Zahl prüfen")
    assert response.status_code == 200
    decided = response.get_json()
    assert decided["status"] == "confirmed"
    assert decided["decision"]["decided_by"] == "ed"
    assert decided["decision"]["note"] == "Zahl prüfen"
    again = client.get(f"/v1/checks/{report['id']}", headers=bearer("editor-token-1")).get_json()
    assert again["findings"][0]["status"] == "confirmed"


def test_every_decision_stays_in_the_audit_trail(client):
    report = submit(client)
    finding_id = report["findings"][0]["id"]
    decide(client, report["id"], finding_id, status="confirmed")
    decide(client, report["id"], finding_id, token="alice-token-1", status="dismissed", reason="Zitat, nicht unsere Zahl")
    decide(client, report["id"], finding_id, status="open", note="doch noch einmal prüfen")
    history = client.get(f"/v1/checks/{report['id']}", headers=bearer("editor-token-1")).get_json()["findings"][0]["history"]
    assert [(h["status"], h["decided_by"]) for h in history] == [("confirmed", "ed"), ("dismissed", "al"), ("open", "ed")]
    assert history[1]["reason"] == "Zitat, nicht unsere Zahl"


def test_dismissing_needs_a_reason(client):
    report = submit(client)
    response = decide(client, report["id"], report["findings"][0]["id"], status="dismissed")
    assert response.status_code == 422
    assert "reason" in response.get_json()["errors"]


def test_a_submitter_cannot_decide_and_an_unknown_finding_is_404(client):
    report = submit(client)
    assert decide(client, report["id"], report["findings"][0]["id"], token="ci-token-123",
                  status="confirmed").status_code == 403
    assert decide(client, report["id"], "f99", status="confirmed").status_code == 404


def test_a_recheck_keeps_decisions_of_unchanged_findings_and_lists_resolved_ones(client):
    first = submit(client, document="cms-4711")
    by_code = {f["code"]: f for f in first["findings"]}
    decide(client, first["id"], by_code["FC101"]["id"], status="dismissed", reason="Zwei verschiedene Zeitpunkte")
    decide(client, first["id"], by_code["FC202"]["id"], status="confirmed")
    edited = DRAFT.replace("10 Milliarden", "14 Milliarden") + " Das ist viel."
    second = submit(client, text=edited, document="cms-4711")
    assert second["previous"] == first["id"]
    codes = {f["code"]: f for f in second["findings"]}
    assert "FC101" not in codes
    assert codes["FC202"]["status"] == "confirmed"
    assert "carried over" in codes["FC202"]["decision"]["note"]
    assert sorted(r["code"] for r in second["resolved_findings"]) == ["FC101", "FC201"]


def test_a_recheck_by_previous_id(client):
    first = submit(client)
    decide(client, first["id"], first["findings"][0]["id"], status="confirmed")
    second = submit(client, previous=first["id"])
    statuses = {f["fingerprint"]: f["status"] for f in second["findings"]}
    assert statuses[first["findings"][0]["fingerprint"]] == "confirmed"
    assert sorted(statuses.values()).count("open") == len(statuses) - 1


def test_document_keys_are_each_submitters_own(client):
    first = submit(client, document="cms-4711")
    theirs = client.post("/v1/checks", json={"text": DRAFT, "language": "de", "document": "cms-4711"},
                         headers=bearer("other-token-1"))
    assert theirs.status_code == 201
    assert "previous" not in theirs.get_json() and first["id"] not in theirs.get_data(as_text=True)
    again = submit(client, document="cms-4711")
    assert again["previous"] == first["id"]  # the other submitter's report on the same key is not ours
