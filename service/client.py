"""The command line's client for a remote service: timeouts, safe retries, clear errors.

Retries go through urllib3's Retry: connection errors, timeouts and 429/5xx answers are tried
again with doubling back-off, waiting as long as a `Retry-After` header asks (at most
MAX_RETRY_AFTER seconds). Each article is sent with one `Idempotency-Key` on every attempt, so
a service that keeps idempotency keys stores it once even when an answer was lost on the way.
"""
from __future__ import annotations

import uuid
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry
from service.errors import ServiceError

CONNECT_TIMEOUT = 5
READ_TIMEOUT = 120
RETRIES = 3  # attempts in all
BACKOFF = 0.5  # seconds, doubled after each failed attempt
MAX_RETRY_AFTER = 120  # seconds: a longer Retry-After is cut to this
RETRIED_STATUSES = (429, 500, 502, 503, 504)


class _CappedRetry(Retry):
    """Retry that honours Retry-After on POST, but never waits longer than MAX_RETRY_AFTER."""

    def get_retry_after(self, response):
        seconds = super().get_retry_after(response)
        return None if seconds is None else min(seconds, MAX_RETRY_AFTER)


def check_remote(server: str, api_key: str | None, body: dict[str, Any], *, retries: int = RETRIES,
                 backoff: float = BACKOFF) -> dict[str, Any]:
    """POST one article to `server`/v1/checks; retries as the module says."""
    url = server.rstrip("/") + "/v1/checks"
    headers = {"Idempotency-Key": str(uuid.uuid4())}
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    retry = _CappedRetry(total=retries - 1, backoff_factor=backoff, status_forcelist=RETRIED_STATUSES,
                         allowed_methods=frozenset({"POST"}), respect_retry_after_header=True,
                         raise_on_status=False)
    with requests.Session() as session:
        session.mount("http://", HTTPAdapter(max_retries=retry))
        session.mount("https://", HTTPAdapter(max_retries=retry))
        try:
            response = session.post(url, json=body, headers=headers, timeout=(CONNECT_TIMEOUT, READ_TIMEOUT))
        except requests.ConnectionError as exc:
            if "Read timed out" in str(exc):
                raise ServiceError(f"the service at {server} did not answer within {READ_TIMEOUT} s; "
                                   f"gave up after {retries} attempts") from None
            raise ServiceError(f"cannot reach the service at {server} (connection refused or no route); "
                               f"gave up after {retries} attempts") from None
        except requests.Timeout:
            raise ServiceError(f"the service at {server} did not answer within {READ_TIMEOUT} s; "
                               f"gave up after {retries} attempts") from None
    if response.status_code in RETRIED_STATUSES:
        verb = "is busy" if response.status_code == 429 else "failed"
        raise ServiceError(f"the service at {server} {verb} ({response.status_code}): {_detail(response)}; "
                           f"gave up after {retries} attempts")
    if response.status_code in (401, 403):
        raise ServiceError(f"the service at {server} refused the API key ({response.status_code}): "
                           f"{_detail(response)}; give one with --api-key or FACTCHECK_API_KEY")
    if response.status_code >= 400:
        raise ServiceError(f"the service at {server} refused the article ({response.status_code}): "
                           f"{_detail(response)}")
    return response.json()


def _detail(response: requests.Response) -> str:
    try:
        return response.json().get("detail", response.reason)
    except ValueError:
        return response.reason or "no detail"
