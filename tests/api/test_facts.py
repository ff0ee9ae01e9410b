from tests.api.openapi_check import assert_conforms


def test_facts_can_be_searched(client):
    response = client.get("/v1/facts?q=Inflection&predicate=acquisition.price")
    assert_conforms(response, "/v1/facts", "get")
    body = response.get_json()
    assert [f["id"] for f in body["items"]] == ["microsoft-inflection-deal"]
    assert body["items"][0]["sources"]


def test_facts_are_paginated(client):
    first = client.get("/v1/facts?limit=2").get_json()
    second = client.get("/v1/facts?limit=2&offset=2").get_json()
    assert len(first["items"]) == 2 and first["total"] > 2
    assert {f["id"] for f in first["items"]}.isdisjoint(f["id"] for f in second["items"])


def test_a_bad_page_size_is_422(client):
    response = client.get("/v1/facts?limit=0")
    assert_conforms(response, "/v1/facts", "get")
    assert response.status_code == 422
    assert "limit" in response.get_json()["errors"]


def test_an_entity_is_readable_and_an_unknown_one_is_404(client):
    response = client.get("/v1/entities/openai")
    assert_conforms(response, "/v1/entities/{id}", "get")
    assert response.get_json()["name"] == "OpenAI"
    assert client.get("/v1/entities/nobody").status_code == 404
