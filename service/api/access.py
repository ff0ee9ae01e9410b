"""Who is calling: the API key of the request, and the role a route needs."""
from __future__ import annotations

from functools import wraps

from flask import g, request

from service.api.problems import ApiProblem
from service.auth import ApiKey
from service.limits import retry_after
from service.errors import Forbidden, Unauthorized
from service.resources import resources


def require(role: str | None = None):
    """Route decorator: a valid key (when keys are configured) holding `role`, if given."""
    def decorate(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            g.api_key = caller(role)
            throttle(g.api_key)
            return view(*args, **kwargs)
        return wrapped
    return decorate


def caller(role: str | None) -> ApiKey:
    """The API key making this request, refused (401/403) unless it holds `role`; without configured keys,
    the local caller."""
    keyring = resources().keys
    key = keyring.identify(request.headers.get("Authorization"))
    if key is None:
        count_failed_authentication()
        raise Unauthorized("a valid API key is required: send 'Authorization: Bearer <token>'")
    if role is not None and role not in key.roles:
        raise Forbidden(f"the API key {key.name!r} lacks the {role!r} role")
    return key


def count_failed_authentication() -> None:
    """A wrong or missing key counts against the client address's rate (when a rate is set):
    past it, 429 with Retry-After instead of another 401, so tokens cannot be guessed at speed."""
    limiter = resources().limiter
    wait = limiter.admit(f"unauthenticated:{request.remote_addr}")
    if wait:
        raise ApiProblem(429, "rate-limited", f"more than {int(limiter.capacity)} failed authentications per minute from this "
                         f"address; retry in {retry_after(wait)} s", headers={"Retry-After": retry_after(wait)})


def throttle(key: ApiKey) -> None:
    """429 with Retry-After when the key (without keys: the client address) is over its rate."""
    limiter = resources().limiter
    identity = key.name if resources().keys.enabled else f"addr:{request.remote_addr}"
    wait = limiter.admit(identity)
    if wait:
        per_minute = int(limiter.capacity)
        raise ApiProblem(429, "rate-limited", f"more than {per_minute} requests per minute for {identity!r}; retry in "
                         f"{retry_after(wait)} s", headers={"Retry-After": retry_after(wait)})
