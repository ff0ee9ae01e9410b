"""A CMS posts its blocks (paragraphs, headings, quotes, captions, list items with their ids)
instead of one string, and gets claims and findings back per block."""
import pytest

from tests.api.openapi_check import assert_conforms

BLOCKS = [
    {"id": "h-1", "type": "heading", "text": "Microsoft und OpenAI"},
    {"id": "p-1", "type": "paragraph", "text": "Ärger 🚀: Microsoft hat 10 Milliarden Dollar in OpenAI investiert."},
    {"id": "q-1", "type": "quote", "text": "Insgesamt steckte Microsoft 14 Milliarden Dollar in OpenAI."},
    {"id": "c-1", "type": "caption", "text": "Das sagte Microsoft-Chef Satya Nadella."},
    {"id": "li-1", "type": "list_item", "text": "Morgen wird es in Berlin regnen."},
]


@pytest.fixture
def report(client):
    response = client.post("/v1/checks", json={"blocks": BLOCKS, "language": "de"})
    assert_conforms(response, "/v1/checks", "post")
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_every_claim_points_into_its_block_and_into_the_joined_text(client, report):
    texts = {b["id"]: b["text"] for b in BLOCKS}
    stored = client.get(f"/v1/checks/{report['id']}/sarif")  # the stored text is the joined one
    assert stored.status_code == 200
    placed = {b["id"]: b for b in report["blocks"]}
    assert [b["id"] for b in report["blocks"]] == [b["id"] for b in BLOCKS]
    for claim in report["claims"]:
        block = claim["block"]
        inside = texts[block["id"]][block["start"]:block["end"]]
        assert inside == claim["text"], (inside, claim["text"])
        assert placed[block["id"]]["start"] <= claim["start"] < placed[block["id"]]["end"]


def test_findings_name_their_block(report):
    [fc101] = [f for f in report["findings"] if f["code"] == "FC101"]
    assert fc101["block"]["id"] in {"p-1", "q-1"}


def test_a_quote_block_is_reported_speech_credited_to_the_speaker_its_caption_names(report):
    [quoted] = [c for c in report["claims"] if c["block"]["id"] == "q-1"]
    assert quoted["hedge"] == "reported"
    assert quoted["attribution"] == "Microsoft-Chef Satya Nadella"
    unquoted = [c for c in report["claims"] if c["block"]["id"] == "p-1"]
    assert unquoted and all(c["attribution"] is None for c in unquoted)


def test_a_batch_takes_blocks_too(client):
    response = client.post("/v1/checks/batch", json={"articles": [{"blocks": BLOCKS[:2], "language": "de"},
                                                                  {"text": "Es regnet.", "language": "de"}]})
    assert_conforms(response, "/v1/checks/batch", "post")
    first, second = response.get_json()["reports"]
    assert first["blocks"][1]["id"] == "p-1" and "blocks" not in second


@pytest.mark.parametrize("body, field", [
    ({"text": "Es regnet.", "blocks": BLOCKS}, "blocks"),
    ({"language": "de"}, "text"),
    ({"blocks": [BLOCKS[0], BLOCKS[0]]}, "blocks"),
    ({"blocks": BLOCKS, "format": "markdown"}, "format"),
    ({"blocks": [{"id": "x", "type": "sidebar", "text": "Es regnet."}]}, "blocks[0].type"),
    ({"blocks": [{"id": "x", "type": "paragraph", "text": "  "}]}, "blocks[0].text"),
    ({"blocks": []}, "blocks"),
])
def test_malformed_blocks_are_a_422_naming_the_field(client, body, field):
    response = client.post("/v1/checks", json=body)
    assert_conforms(response, "/v1/checks", "post")
    assert response.status_code == 422
    assert field in response.get_json()["errors"], response.get_json()["errors"]
