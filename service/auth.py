"""API keys: bearer tokens with roles, from `FACTCHECK_API_KEYS`.

Format: comma-separated `name:token:role+role` entries, for example
`newsroom-ci:s3cret:submit,alice:0ther:submit+review`. Roles: `submit`
(post checks, read your own reports), `review` (read every report), `admin`.
With no keys configured the service is for local use: every request is
allowed and the server binds to 127.0.0.1 only.
"""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

ROLES = frozenset({"submit", "review", "admin"})


@dataclass(frozen=True)
class ApiKey:
    """A configured API key: who holds it (`name`), its secret and what it may do."""
    name: str
    token: str
    roles: frozenset[str]


LOCAL_USER = ApiKey(name="local", token="", roles=ROLES)


def parse_api_keys(spec: str) -> list[ApiKey]:
    """Parse FACTCHECK_API_KEYS; raises ValueError naming the bad entry."""
    keys: list[ApiKey] = []
    for number, entry in enumerate((e.strip() for e in spec.split(",")), start=1):
        if not entry:
            continue
        parts = entry.split(":")
        if len(parts) != 3 or not all(parts):
            raise ValueError(f"FACTCHECK_API_KEYS entry {number}: expected name:token:role+role")
        name, token, roles_text = parts
        roles = frozenset(r.strip() for r in roles_text.split("+"))
        unknown = roles - ROLES
        if unknown:
            raise ValueError(f"FACTCHECK_API_KEYS entry {number} ({name}): unknown role(s) "
                             f"{', '.join(sorted(unknown))}; use {', '.join(sorted(ROLES))}")
        if len(token) < 8:
            raise ValueError(f"FACTCHECK_API_KEYS entry {number} ({name}): token shorter than 8 characters")
        keys.append(ApiKey(name, token, roles))
    if spec.strip() and not keys:
        # "," or ", ," would otherwise switch authentication off while the server binds to every address
        raise ValueError("FACTCHECK_API_KEYS is set but names no key: give name:token:role entries, or unset it")
    return keys


def token_fingerprint(token: str) -> str:
    """What a session cookie may hold of a token: a hash that cannot be used as the key."""
    return hashlib.sha256(b"factcheck-review-session:" + token.encode()).hexdigest()[:32]


class KeyRing:
    """The configured keys, found by bearer token or review-page session; tokens are compared in constant time."""
    def __init__(self, keys: list[ApiKey]):
        self.keys = keys

    @property
    def enabled(self) -> bool:
        """Whether keys are configured at all (without them the service serves loopback only)."""
        return bool(self.keys)

    def by_session(self, name: str | None, fingerprint: str | None) -> ApiKey | None:
        """The key a review session was opened with: by name, and only while its token is the
        one it was opened with (a rotated token ends the session)."""
        key = next((k for k in self.keys if k.name == name), None)
        if key is None or not fingerprint or not hmac.compare_digest(token_fingerprint(key.token), fingerprint):
            return None
        return key

    def identify(self, authorization: str | None) -> ApiKey | None:
        """The key presented as `Authorization: Bearer <token>`, or None."""
        if not self.enabled:
            return LOCAL_USER
        if not authorization or not authorization.startswith("Bearer "):
            return None
        token = authorization[len("Bearer "):].strip()
        for key in self.keys:
            # Compare every key in constant time so timing does not reveal a prefix.
            if hmac.compare_digest(key.token.encode(), token.encode()):
                return key
        return None
