"""openapi.yaml as client generators and integrators read it: every operation named and tagged,
every header the API reads or sends declared, errors documented with one title per type."""
import yaml

from service.api.problems import PROBLEM_BASE, TITLES
from tests.api.openapi_check import spec

OPERATIONS = [(path, method, op) for path, item in spec()["paths"].items() for method, op in item.items()]


def test_every_operation_has_a_unique_operation_id_and_tags():
    ids = [op.get("operationId") for _, _, op in OPERATIONS]
    assert None not in ids and len(set(ids)) == len(ids)
    assert all(op.get("tags") for _, _, op in OPERATIONS)


def test_every_api_operation_documents_500_429_with_retry_after_and_takes_x_request_id():
    for path, method, op in OPERATIONS:
        if not path.startswith("/v1/"):
            continue
        assert "500" in op["responses"], (path, method)
        assert op["responses"]["429"]["$ref"].endswith("/RateLimited"), (path, method)
        assert any(p.get("$ref", "").endswith("/RequestId") for p in op.get("parameters", [])), (path, method)
    rate_limited = spec()["components"]["responses"]["RateLimited"]
    assert "Retry-After" in rate_limited["headers"] and "X-Request-Id" in rate_limited["headers"]


def test_idempotent_posts_declare_the_key_and_the_replay_header():
    for path in ("/v1/checks", "/v1/checks/batch"):
        post = spec()["paths"][path]["post"]
        assert any(p.get("$ref", "").endswith("/IdempotencyKey") for p in post["parameters"])
        assert "Idempotent-Replayed" in post["responses"]["200"]["headers"]
        assert "409" in post["responses"]


def test_problem_types_are_the_ones_the_service_uses_each_with_one_title():
    documented = set(spec()["components"]["schemas"]["Problem"]["properties"]["type"]["enum"])
    assert documented == {PROBLEM_BASE + slug for slug in TITLES}
    assert len(set(TITLES.values())) == len(TITLES)


def test_the_callback_is_described_under_webhooks():
    report = spec()["webhooks"]["report"]["post"]
    headers = {p["name"] for p in report["parameters"]}
    assert {"webhook-id", "webhook-timestamp", "webhook-signature"} <= headers
