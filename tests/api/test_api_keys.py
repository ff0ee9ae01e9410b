"""With API keys configured, nothing stored is readable without a key of the right role."""
import pytest

from tests.api.openapi_check import assert_conforms

KEYS = "ci:ci-token-123:submit,other:other-token-456:submit,editor:editor-token-789:review"
ARTICLE = {"text": "Microsoft has invested more than $13 billion in OpenAI.", "language": "en"}


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def client(make_app):
    return make_app(api_keys=KEYS).test_client()


def submit(client):
    response = client.post("/v1/checks", json=ARTICLE, headers=bearer("ci-token-123"))
    assert response.status_code == 201
    return response.headers["Location"]


def test_posting_without_a_key_is_401(client):
    response = client.post("/v1/checks", json=ARTICLE)
    assert_conforms(response, "/v1/checks", "post")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_a_wrong_key_is_401(client):
    assert client.post("/v1/checks", json=ARTICLE, headers=bearer("guess-guess")).status_code == 401


def test_a_reviewer_cannot_submit(client):
    response = client.post("/v1/checks", json=ARTICLE, headers=bearer("editor-token-789"))
    assert_conforms(response, "/v1/checks", "post")
    assert response.status_code == 403


def test_a_report_is_not_readable_without_a_key(client):
    location = submit(client)
    assert client.get(location).status_code == 401


def test_the_submitter_and_a_reviewer_can_read_it(client):
    location = submit(client)
    assert client.get(location, headers=bearer("ci-token-123")).status_code == 200
    assert client.get(location, headers=bearer("editor-token-789")).status_code == 200


def test_another_submitter_cannot_even_see_that_it_exists(client):
    location = submit(client)
    assert client.get(location, headers=bearer("other-token-456")).status_code == 404


def test_facts_need_a_key_too(client):
    assert client.get("/v1/facts").status_code == 401
    assert client.get("/v1/facts", headers=bearer("editor-token-789")).status_code == 200


def test_healthz_needs_no_key(client):
    assert client.get("/healthz").status_code == 200


@pytest.mark.parametrize("spec, message", [
    ("ci:short:submit", "shorter than 8"),
    ("ci:long-enough-token:publish", "unknown role"),
    ("just-a-token", "expected name:token:role"),
    (",", "names no key"),
    (" , ,", "names no key"),
])
def test_a_malformed_key_list_is_refused_at_start(make_app, spec, message):
    with pytest.raises(ValueError, match=message):
        make_app(api_keys=spec)


@pytest.mark.parametrize("value", ["", " ", ",", " , "])
def test_an_api_key_setting_that_names_no_key_stops_the_server_before_it_binds(monkeypatch, capsys, value):
    from service.cli import main
    monkeypatch.setenv("FACTCHECK_API_KEYS", value)
    assert main(["serve", "--host", "0.0.0.0"]) == 2
    assert "names no key" in capsys.readouterr().err
