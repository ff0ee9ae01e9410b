"""POST /v1/checks and GET /v1/checks/{id}: the walking skeleton's acceptance tests."""
import pytest

from tests.api.openapi_check import assert_conforms
from tests.conftest import EXAMPLE_ARTICLES


def post_check(client, **body):
    response = client.post("/v1/checks", json=body)
    assert_conforms(response, "/v1/checks", "post")
    return response


def investment_claims(report):
    return sorted((c for c in report["claims"] if c["predicate"] == "investment.amount"),
                  key=lambda c: c["value"]["amount"])


def assert_canonical_findings(report):
    """What DESIGN.md asks of a check of the Microsoft/MAI article, in its own or our words."""
    thirteen, fourteen = investment_claims(report)
    for claim, amount in ((thirteen, 13_000_000_000), (fourteen, 14_000_000_000)):
        assert claim["value"]["amount"] == amount
        assert (claim["value"]["unit"], claim["value"]["qualifier"]) == ("USD", "more_than")
        assert claim["object"]["entity_id"] == "openai"
    linking = [f for f in report["findings"] if set(f["claims"]) == {thirteen["id"], fourteen["id"]}]
    assert [f["kind"] for f in linking] == ["internal_inconsistency"]

    [deal] = [c for c in report["claims"] if c["predicate"] == "acquisition.price"]
    assert (deal["value"]["amount"], deal["value"]["unit"]) == (650_000_000, "USD")

    gpt4 = [c for c in report["claims"] if c["predicate"] == "model.parameters"
            and c["subject"]["entity_id"] == "gpt-4"]
    assert [(c["value"]["low"], c["value"]["qualifier"]) for c in gpt4] == [(10**12, "more_than")]
    mai_vs_gpt = [f for f in report["findings"] if f["kind"].startswith("internal")
                  and any(c["id"] in f["claims"] for c in gpt4)]
    assert mai_vs_gpt == []


def test_the_german_article_gives_its_roles_claims_and_finding_with_its_language_detected(client, seed_text):
    response = post_check(client, text=seed_text, language="auto")
    assert response.status_code == 201
    report = response.get_json()
    assert (report["language"], report["language_detected"]) == ("de", True)
    assert_canonical_findings(report)
    roles = {c["object"]["entity_id"]: c for c in report["claims"] if c["predicate"] == "person.role"}
    assert set(roles) == {"microsoft-ai", "inflection"}
    current, former = roles["microsoft-ai"], roles["inflection"]
    assert current["subject"]["entity_id"] == former["subject"]["entity_id"] == "mustafa-suleyman"
    assert (current["attributes"]["since"], current["attributes"]["former"]) == ("2024-03", False)
    assert former["attributes"]["former"] is True
    assert current["verdict"]["label"] == former["verdict"]["label"] == "supported"


def test_our_own_german_example_gives_the_canonical_claims_and_finding(client):
    text = (EXAMPLE_ARTICLES / "mai-strategie-de.txt").read_text(encoding="utf-8")
    report = post_check(client, text=text, language="de").get_json()
    assert_canonical_findings(report)


PRONOUNS = {"er", "sie", "es", "seinen", "das", "der", "die"}


def test_every_claim_value_subject_and_object_span_points_at_its_words(client, seed_text):
    """A claim's span is its clause; its text is that clause, where at most one pronoun
    standing for the subject is replaced by the subject's name. Every value, subject and object
    span lies inside the text and holds the words the claim gives for it."""
    report = post_check(client, text=seed_text).get_json()
    spans = 0
    for claim in report["claims"]:
        for part in ("value", "subject", "object"):
            if claim[part]:
                start, end = claim[part]["start"], claim[part]["end"]
                assert 0 <= start < end <= len(seed_text)
                assert seed_text[start:end] == claim[part]["text"], (claim["id"], part)
                spans += 1
        span = seed_text[claim["start"]:claim["end"]]
        if claim["text"] == span:
            continue
        span_words, text_words = span.split(), claim["text"].split()
        prefix = next(i for i, (a, b) in enumerate(zip(span_words, text_words)) if a != b)
        assert span_words[prefix].lower() in PRONOUNS
        assert span_words[prefix + 1:] == text_words[len(text_words) - len(span_words) + prefix + 1:]
    assert spans >= 2 * len(report["claims"])  # most claims have a value and a subject: all were looked at


def test_a_pronoun_subject_is_named_in_the_claim_text(client, seed_text):
    report = post_check(client, text=seed_text).get_json()
    [role] = [c for c in report["claims"] if c["predicate"] == "person.role" and not c["attributes"]["former"]]
    assert role["text"].startswith("Seit März 2024 ist Mustafa Suleyman CEO von Microsoft AI")


def test_a_stored_report_is_returned_again(client):
    created = post_check(client, text="Microsoft has invested more than $13 billion in OpenAI.", language="en")
    fetched = client.get(created.headers["Location"])
    assert_conforms(fetched, "/v1/checks/{id}", "get")
    assert fetched.status_code == 200
    assert fetched.get_json() == created.get_json()


def test_markdown_offsets_point_into_the_submitted_markdown(client):
    text = "# Deal\n\nMicrosoft hat **mehr als 13 Milliarden Dollar** in [OpenAI](https://openai.com) investiert."
    report = post_check(client, text=text, language="de", format="markdown").get_json()
    [claim] = report["claims"]
    assert text[claim["value"]["start"]:claim["value"]["end"]] == "mehr als 13 Milliarden Dollar"
    assert text[claim["object"]["start"]:claim["object"]["end"]] == "OpenAI"


def test_title_and_publication_date_are_kept(client):
    report = post_check(client, text="Microsoft has invested $13 billion in OpenAI.", language="en",
                        title="Deal", published_at="2024-05-07T10:00:00Z").get_json()
    assert (report["title"], report["published_at"]) == ("Deal", "2024-05-07")


def test_an_unknown_report_is_404(client):
    response = client.get("/v1/checks/does-not-exist")
    assert_conforms(response, "/v1/checks/{id}", "get")
    assert response.status_code == 404


@pytest.mark.parametrize("body, status, detail", [
    (b"{not json", 400, "not valid JSON"),
    (b"[1, 2]", 400, "must be a JSON object, not list"),
    (b'"text"', 400, "must be a JSON object, not str"),
    (b"null", 400, "must be a JSON object, not null"),
    (b'{"text": 42}', 422, "text: Not a valid string."),
    (b'{"text": ""}', 422, "text: must not be empty"),
    (b'{"text": "   "}', 422, "text: must not be empty"),
    (b'{"language": "de"}', 422, "text: give either text or blocks"),
    (b'{"text": "Hallo Welt", "language": "fr"}', 422, "language 'fr' is not supported"),
    (b'{"text": "Hallo", "format": "pdf"}', 422, "format: Must be one of"),
    (b'{"text": "Hallo", "published_at": "gestern"}', 422, "published_at: not an ISO 8601 date"),
    (b'{"text": "Hallo", "surprise": 1}', 422, "surprise: Unknown field."),
    (b'{"text": "a\\u0000b"}', 422, "control character"),
    (b'{"text": "\\ud800 lone"}', 422, "unpaired surrogate"),
    (b"\xff\xfe\x00binary", 400, "not valid UTF-8"),
])
def test_bad_input_gets_a_clear_problem(client, body, status, detail):
    response = client.post("/v1/checks", data=body, content_type="application/json")
    assert_conforms(response, "/v1/checks", "post")
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    assert detail in response.get_json()["detail"]


def test_validation_problems_name_the_field(client):
    response = client.post("/v1/checks", json={"text": 5, "format": "pdf"})
    assert set(response.get_json()["errors"]) == {"text", "format"}


def test_an_undetectable_language_asks_for_one(client):
    response = client.post("/v1/checks", json={"text": "12 34 56"})
    assert response.status_code == 422
    assert "language" in response.get_json()["detail"]


def test_a_non_json_content_type_is_415(client):
    response = client.post("/v1/checks", data="text=hallo", content_type="application/x-www-form-urlencoded")
    assert_conforms(response, "/v1/checks", "post")
    assert response.status_code == 415


def test_a_ten_megabyte_body_is_413_and_stores_nothing(client, app):
    body = b'{"text": "' + b"a" * (10 * 1024 * 1024) + b'"}'
    response = client.post("/v1/checks", data=body, content_type="application/json")
    assert_conforms(response, "/v1/checks", "post")
    assert response.status_code == 413
    assert "limit" in response.get_json()["detail"]
    assert app.extensions["factcheck"].reports.count() == 0


def test_a_text_over_the_character_limit_is_413(make_app):
    client = make_app(max_text_chars=100).test_client()
    response = client.post("/v1/checks", json={"text": "Wort " * 50, "language": "de"})
    assert response.status_code == 413
    assert "limit is 100" in response.get_json()["detail"]


def test_a_wrong_method_is_a_problem_not_html(client):
    response = client.delete("/v1/checks")
    assert response.status_code == 405
    assert response.mimetype == "application/problem+json"


def test_healthz(client):
    response = client.get("/healthz")
    assert_conforms(response, "/healthz", "get")
    assert response.get_json() == {"status": "ok"}
