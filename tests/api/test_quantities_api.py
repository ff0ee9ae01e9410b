"""POST /v1/quantities: the recognizer for CMS integrations."""
import pytest

from tests.api.openapi_check import assert_conforms


def post(client, **body):
    response = client.post("/v1/quantities", json=body)
    assert_conforms(response, "/v1/quantities", "post")
    return response


def test_quantities_of_a_german_text_with_offsets_into_it(client):
    text = "Microsoft zahlte rund 650 Mio. Dollar, also knapp 0,6 Mrd. Euro – seit März 2024."
    body = post(client, text=text).get_json()
    assert body["language"] == "de"
    kinds = [(q["kind"], q["amount"], q["unit"], q["qualifier"]) for q in body["quantities"] if q["kind"] == "money"]
    assert kinds == [("money", 650_000_000, "USD", "approx"), ("money", 600_000_000, "EUR", "less_than")]
    for q in body["quantities"]:
        assert text[q["start"]:q["end"]] == q["text"]
    [since] = [q for q in body["quantities"] if q["kind"] == "date"]
    assert (since["date"], since["qualifier"]) == ("2024-03", "at_least")


def test_relative_dates_use_the_reference_date(client):
    body = post(client, text="Vor fünf Jahren war das anders.", language="de", reference_date="2024-05-07").get_json()
    assert [(q["kind"], q["date"]) for q in body["quantities"]] == [("date", "2019")]


def test_decades_and_centuries_are_dates_the_spec_documents(client):
    body = post(client, text="The festival began in the 1980s; the house dates from the 18th century.",
                language="en").get_json()
    assert [(q["date"], q["granularity"]) for q in body["quantities"] if q["kind"] == "date"] == [
        ("1980/1989", "decade"), ("1701/1800", "century")]


def test_markdown_offsets_and_text_are_the_submitted_ones(client):
    text = "Es kostete **13 Mrd. Dollar**."
    [q] = post(client, text=text, language="de", format="markdown").get_json()["quantities"]
    assert q["text"] == "13 Mrd. Dollar" == text[q["start"]:q["end"]]


def test_reading_quantities_answers_them_and_stores_nothing(client, app):
    response = post(client, text="Microsoft has invested $13 billion.", language="en")
    assert response.status_code == 200
    assert [q["amount"] for q in response.get_json()["quantities"]] == [13_000_000_000]
    assert app.extensions["factcheck"].reports.count() == 0


@pytest.mark.parametrize("body, status", [
    ({"text": ""}, 422), ({"text": 5}, 422), ({"text": "13 Mio.", "language": "fr"}, 422),
    ({"text": "x", "reference_date": "morgen"}, 422), ({"text": "x", "extra": 1}, 422),
])
def test_bad_requests_are_problems(client, body, status):
    response = client.post("/v1/quantities", json=body)
    assert_conforms(response, "/v1/quantities", "post")
    assert response.status_code == status


def test_a_reviewer_key_cannot_use_it(make_app):
    client = make_app(api_keys="ed:editor-token-1:review").test_client()
    response = client.post("/v1/quantities", json={"text": "13 Mio."},
                           headers={"Authorization": "Bearer editor-token-1"})
    assert response.status_code == 403
