"""Exports carry what editors decided and what a reader of them needs: SARIF rules with real
descriptions and help, the second claim of a contradiction as a related location, dismissed
findings as suppressions; valid SARIF 2.1.0 throughout."""
import json

from jsonschema import Draft202012Validator

from service.config import Publishing
from tests.conftest import ROOT

SARIF_SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif" / "sarif-schema-2.1.0.json").read_text("utf-8"))
ARTICLE = {"text": "Microsoft hat 10 Milliarden Dollar in OpenAI investiert.\n\n"
                   "Insgesamt steckte Microsoft 14 Milliarden Dollar in OpenAI.", "language": "de"}


def sarif_of(client, report_id):
    log = client.get(f"/v1/checks/{report_id}/sarif").get_json()
    assert list(Draft202012Validator(SARIF_SCHEMA).iter_errors(log)) == []
    return log["runs"][0]


def test_rules_describe_the_code_and_link_its_documentation(client):
    report = client.post("/v1/checks", json=ARTICLE).get_json()
    rules = {rule["id"]: rule for rule in sarif_of(client, report["id"])["tool"]["driver"]["rules"]}
    fc101 = rules["FC101"]
    assert fc101["shortDescription"]["text"] == "Two claims about the same thing whose values cannot both hold."
    assert "{" not in fc101["shortDescription"]["text"]  # no unfilled template
    assert fc101["helpUri"].endswith("docs/api.md#finding-codes")
    assert "Check both places" in fc101["help"]["text"] and fc101["help"]["markdown"]


def test_the_second_claim_of_a_contradiction_is_a_related_location(client):
    report = client.post("/v1/checks", json=ARTICLE).get_json()
    [result] = [r for r in sarif_of(client, report["id"])["results"] if r["ruleId"] == "FC101"]
    [related] = result["relatedLocations"]
    assert related["physicalLocation"]["region"]["startLine"] == 3
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 1


def test_a_dismissed_finding_is_exported_as_suppressed_with_the_reason(client):
    report = client.post("/v1/checks", json=ARTICLE).get_json()
    [fc101] = [f for f in report["findings"] if f["code"] == "FC101"]
    client.patch(f"/v1/checks/{report['id']}/findings/{fc101['id']}",
                 json={"status": "dismissed", "reason": "zwei Tranchen"})
    results = sarif_of(client, report["id"])["results"]
    [result] = [r for r in results if r["ruleId"] == "FC101"]
    assert result["suppressions"] == [{"kind": "external", "status": "accepted",
                                       "justification": "dismissed by local: zwei Tranchen"}]
    assert all("suppressions" not in r for r in results if r["ruleId"] != "FC101")


def test_decision_times_carry_their_time_zone(client):
    report = client.post("/v1/checks", json=ARTICLE).get_json()
    finding = report["findings"][0]
    decided = client.patch(f"/v1/checks/{report['id']}/findings/{finding['id']}", json={"status": "confirmed"})
    assert decided.get_json()["decision"]["decided_at"].endswith("+00:00")
    assert report["created_at"].endswith("+00:00")


def test_every_finding_code_is_described_as_docs_api_md_describes_it():
    import re

    from service.engine.messages import CODES
    from service.exporters.code_docs import DESCRIPTIONS
    documented = {m.group(1): m.group(2) for m in re.finditer(r"^\| (FC\d+) \| `[a-z_]+`: (.*) \| \w+ \|$",
                                                             (ROOT / "docs" / "api.md").read_text("utf-8"), re.M)}
    assert documented == DESCRIPTIONS and set(DESCRIPTIONS) == set(CODES)


REQUIRED = ("url", "author", "claimReviewed", "reviewRating", "itemReviewed", "datePublished", "inLanguage")


def claimreview(client, report_id, **query):
    response = client.get(f"/v1/checks/{report_id}/claimreview", query_string=query)
    assert response.status_code == 200
    return response.get_json()


def test_claimreview_exports_only_what_an_editor_confirmed_with_every_field_consumers_need(make_app):
    client = make_app(publishing=Publishing(name="Tagesblatt", url="https://tagesblatt.example")).test_client()
    report = client.post("/v1/checks", json={**ARTICLE, "url": "https://tagesblatt.example/2024/microsoft-openai",
                                              "published_at": "2024-05-07", "title": "Microsoft und OpenAI"}).get_json()
    assert claimreview(client, report["id"]) == []  # nothing decided yet: nothing published
    [fc101] = [f for f in report["findings"] if f["code"] == "FC101"]
    client.patch(f"/v1/checks/{report['id']}/findings/{fc101['id']}", json={"status": "confirmed"})
    reviews = claimreview(client, report["id"])
    assert len(reviews) == len(fc101["claims"]) == 2
    for review in reviews:
        assert all(review.get(field) for field in REQUIRED), review
        assert review["author"] == {"@type": "Organization", "name": "Tagesblatt", "url": "https://tagesblatt.example"}
        assert review["reviewRating"]["alternateName"] == "Contradicted in the same article"
        assert review["inLanguage"] == "de"
        assert review["url"].startswith("http://localhost/review/checks/" + report["id"] + "#claim-")
        item = review["itemReviewed"]
        assert item["datePublished"] == "2024-05-07"
        assert item["appearance"][0]["url"] == "https://tagesblatt.example/2024/microsoft-openai"
        assert item["firstAppearance"] == item["appearance"][0]
        assert "creativeWorkStatus" not in review


def test_a_dismissed_finding_is_never_exported_not_even_with_machine_verdicts(client):
    report = client.post("/v1/checks", json=ARTICLE).get_json()
    for finding in report["findings"]:
        client.patch(f"/v1/checks/{report['id']}/findings/{finding['id']}",
                     json={"status": "dismissed", "reason": "zwei Tranchen"})
    dismissed = {c for f in report["findings"] for c in f["claims"]}
    assert not {r["claimReviewed"] for r in claimreview(client, report["id"], machine="true")} & \
        {c["text"] for c in report["claims"] if c["id"] in dismissed}
