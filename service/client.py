"""The command line's client for a remote service: timeouts, retries with backoff, clear errors."""
from __future__ import annotations

import time
from typing import Any

import requests

CONNECT_TIMEOUT = 5
READ_TIMEOUT = 120
RETRIES = 3
BACKOFF = 0.5  # seconds, doubled after each failed attempt


class ServiceError(RuntimeError):
    """The service could not be reached, refused the request, or failed."""


def check_remote(server: str, api_key: str | None, body: dict[str, Any], *, retries: int = RETRIES,
                 backoff: float = BACKOFF) -> dict[str, Any]:
    """POST one article to `server`/v1/checks; retries connection errors and 5xx answers."""
    url = server.rstrip("/") + "/v1/checks"
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    last = "no attempt"
    for attempt in range(retries):
        if attempt:
            time.sleep(backoff * 2 ** (attempt - 1))
        try:
            response = requests.post(url, json=body, headers=headers, timeout=(CONNECT_TIMEOUT, READ_TIMEOUT))
        except requests.ConnectionError:
            last = f"cannot reach the service at {server} (connection refused or no route)"
            continue
        except requests.Timeout:
            last = f"the service at {server} did not answer within {READ_TIMEOUT} s"
            continue
        if response.status_code >= 500:
            last = f"the service at {server} failed ({response.status_code}): {_detail(response)}"
            continue
        if response.status_code in (401, 403):
            raise ServiceError(f"the service at {server} refused the API key ({response.status_code}): "
                               f"{_detail(response)}; give one with --api-key or FACTCHECK_API_KEY")
        if response.status_code >= 400:
            raise ServiceError(f"the service at {server} refused the article ({response.status_code}): "
                               f"{_detail(response)}")
        return response.json()
    raise ServiceError(f"{last}; gave up after {retries} attempts")


def _detail(response: requests.Response) -> str:
    try:
        return response.json().get("detail", response.reason)
    except ValueError:
        return response.reason or "no detail"
