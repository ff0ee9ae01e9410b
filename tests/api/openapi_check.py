"""Validate real responses against openapi.yaml (OpenAPI 3.1 schemas are JSON Schema 2020-12)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
SPEC_URI = "urn:factcheck:openapi"


@lru_cache(maxsize=1)
def spec() -> dict:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _registry() -> Registry:
    return Registry().with_resource(SPEC_URI, Resource.from_contents(spec(), default_specification=_draft()))


def _draft():
    from referencing.jsonschema import DRAFT202012
    return DRAFT202012


def assert_conforms(response, path_template: str, method: str) -> None:
    """The response's status, content type and body are the ones the spec documents for the route."""
    operation = spec()["paths"][path_template][method.lower()]
    status = str(response.status_code)
    assert status in operation["responses"], f"{method} {path_template} does not document {status}"
    documented = operation["responses"][status]
    where = ["paths", path_template, method.lower(), "responses", status]
    if "$ref" in documented:
        name = documented["$ref"].rsplit("/", 1)[-1]
        documented = spec()["components"]["responses"][name]
        where = ["components", "responses", name]
    content_type = response.mimetype
    if "content" not in documented:  # 204, 304: the spec promises no body
        assert response.get_data() == b"", f"{method} {path_template} {status} documents no body"
        return
    assert content_type in documented["content"], f"undocumented content type {content_type}"
    # Validate through a reference into the spec, so that the schema's own "#/components/..." resolve.
    pointer = "/".join(_escape(part) for part in [*where, "content", content_type, "schema"])
    validator = Draft202012Validator({"$ref": f"{SPEC_URI}#/{pointer}"}, registry=_registry())
    errors = sorted(validator.iter_errors(response.get_json()), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")
