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
