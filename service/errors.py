"""The one exception tree of the service.

Stages raise these; only the web layer (`service.api.problems`) and the CLI
turn them into HTTP statuses or exit codes.
"""
from __future__ import annotations


class FactcheckError(Exception):
    """Base of every error the service raises on purpose."""


class InvalidInput(FactcheckError, ValueError):
    """A request or file the service cannot work with; `errors` maps field paths to messages."""

    def __init__(self, detail: str, errors: dict | None = None):
        super().__init__(detail)
        self.detail = detail
        self.errors = errors or {}


class UnsupportedLanguage(InvalidInput):
    """The text's language is neither configured nor detectable."""


class DataFileError(FactcheckError, ValueError):
    """A rule or fixture file is invalid; `problems` lists every `location: message`."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class NotFound(FactcheckError, LookupError):
    """The requested report, fact or entity does not exist (or is not visible to the caller)."""


class Unauthorized(FactcheckError):
    """No valid API key was presented."""


class Forbidden(FactcheckError):
    """The API key is valid but lacks the role the request needs."""


class BadRequest(FactcheckError):
    """A request the service cannot parse beyond its body (a malformed header, say)."""


class TooLarge(FactcheckError):
    """An article over a configured limit (its characters, its claims): split it (413)."""


class Conflict(FactcheckError):
    """The request collides with one still running; `retry_after` seconds later it may not."""

    def __init__(self, detail: str, retry_after: int = 1):
        super().__init__(detail)
        self.retry_after = retry_after


class IdempotencyKeyReused(InvalidInput):
    """An Idempotency-Key sent again with another body: the second request is not a retry."""


class StorageUnavailable(FactcheckError):
    """The report database cannot be reached or refused a statement (503: retry later)."""


class CheckOverBudget(FactcheckError):
    """A check ran past its time budget, or no slot was free to run it (503)."""


class ArticleError(FactcheckError, ValueError):
    """An article file or `.factcheck.toml` the CLI cannot read; the message names the path."""


class ServiceError(FactcheckError, RuntimeError):
    """A remote factcheck service refused or failed a request (the CLI's `--server` mode)."""
