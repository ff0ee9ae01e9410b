"""Bad input gets a 4xx naming the problem, never a 500: huge integers, lone surrogates and NUL
in every string field of every route that takes a body."""
import json

import pytest

ARTICLE = {"text": "Microsoft hat 10 Milliarden Dollar in OpenAI investiert.", "language": "de"}
BAD_STRINGS = {"lone surrogate": "a\\udc80b", "NUL": "a\\u0000b", "control character": "a\\u0007b"}


def post_raw(client, path, body, method="POST"):
    return client.open(path, method=method, data=body, content_type="application/json")


@pytest.mark.parametrize("path", ["/v1/checks", "/v1/checks/batch", "/v1/quantities"])
def test_an_integer_too_long_to_read_is_a_400(client, path):
    response = post_raw(client, path, '{"text": ' + "9" * 5000 + "}")
    assert response.status_code == 400
    assert "too long" in response.get_json()["detail"]


@pytest.mark.parametrize("field", ["title", "document", "previous", "callback_url", "language", "format"])
@pytest.mark.parametrize("kind", sorted(BAD_STRINGS))
def test_a_bad_character_in_any_string_field_of_a_check_is_a_422(client, field, kind):
    body = json.dumps(ARTICLE)[:-1] + f', "{field}": "{BAD_STRINGS[kind]}"}}'
    response = post_raw(client, "/v1/checks", body)
    assert response.status_code == 422
    assert field in response.get_json()["errors"]
    batch = post_raw(client, "/v1/checks/batch", '{"articles": [' + body + "]}")
    assert batch.status_code == 422


@pytest.mark.parametrize("field", ["reason", "note"])
@pytest.mark.parametrize("kind", sorted(BAD_STRINGS))
def test_a_bad_character_in_a_decision_is_a_422(client, field, kind):
    report = client.post("/v1/checks", json={"text": "Microsoft hat 10 Milliarden Dollar in OpenAI investiert.\n\n"
                                                     "Insgesamt steckte Microsoft 14 Milliarden Dollar in OpenAI.",
                                             "language": "de"}).get_json()
    finding = report["findings"][0]["id"]
    body = f'{{"status": "dismissed", "reason": "because", "{field}": "{BAD_STRINGS[kind]}"}}'
    response = post_raw(client, f"/v1/checks/{report['id']}/findings/{finding}", body, method="PATCH")
    assert response.status_code == 422
    assert field in response.get_json()["errors"]


def test_a_check_over_budget_is_a_503_problem_and_nothing_is_stored(make_app):
    app = make_app(check_timeout=0.000001)
    client = app.test_client()
    response = client.post("/v1/checks", json={"text": "Microsoft hat 10 Milliarden Dollar in OpenAI investiert. " * 200,
                                                "language": "de"})
    assert response.status_code == 503
    assert response.content_type == "application/problem+json"
    assert response.get_json()["type"].endswith("/check-over-budget")
    assert "FACTCHECK_CHECK_TIMEOUT" in response.get_json()["detail"]
    assert app.extensions["factcheck"].reports.count() == 0
