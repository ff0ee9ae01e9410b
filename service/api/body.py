"""Reading a JSON request body with a precise message for each way it can be wrong."""
from __future__ import annotations

import json
from typing import Any

from flask import request
from marshmallow import Schema, ValidationError
from werkzeug.exceptions import HTTPException

from service.api.problems import ApiProblem
from service.datafiles import flatten_errors


def json_object() -> dict[str, Any]:
    """The request body as a JSON object, or a 415/400 problem saying what was sent instead."""
    mimetype = request.mimetype or ""
    if mimetype != "application/json" and not mimetype.endswith("+json"):
        raise ApiProblem(415, "unsupported-media-type", f"send the body as application/json, not {request.mimetype or 'no content type'}")
    try:
        raw = request.get_data(cache=False)  # raises 413 beyond MAX_CONTENT_LENGTH
    except HTTPException:
        raise
    except Exception as exc:  # noqa: BLE001 - a broken chunked body (gunicorn's InvalidChunkSize), a cut upload
        raise ApiProblem(400, "malformed-body", f"the body could not be read ({exc.__class__.__name__})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiProblem(400, "malformed-body", f"the body is not valid UTF-8 (bad byte at position {exc.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ApiProblem(400, "malformed-body", f"the body is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise ApiProblem(400, "malformed-body", "the JSON body is nested too deeply") from None
    except ValueError:  # Python refuses to read an integer of more than 4,300 digits
        raise ApiProblem(400, "malformed-body", "the JSON body holds a number too long to read (more than 4,300 digits)") from None
    if not isinstance(data, dict):
        raise ApiProblem(400, "malformed-body", f"the body must be a JSON object, not {type(data).__name__ if data is not None else 'null'}")
    return data


def validated(schema: Schema, data: dict[str, Any]) -> dict[str, Any]:
    """`data` loaded by `schema`, or a 422 problem listing every invalid field."""
    try:
        return schema.load(data)
    except ValidationError as exc:
        errors = {line.split(": ", 1)[0]: line.split(": ", 1)[1] for line in flatten_errors(exc.messages)}
        detail = "; ".join(f"{path}: {message}" for path, message in errors.items())
        raise ApiProblem(422, "invalid-request", detail, errors=errors) from None
