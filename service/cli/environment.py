"""The settings a command reads: the environment's, less what only a server reads, with the
command line's overrides."""
from __future__ import annotations

import os

from service.config import Settings

# Settings only a server reads: `check`, `rules test` and `fixtures validate` ignore them, so a CI
# job's environment meant for the service (a blank FACTCHECK_API_KEYS from a missing secret, say)
# cannot stop a check.
SERVER_ONLY = ("FACTCHECK_API_KEYS", "FACTCHECK_RETENTION_DAYS", "FACTCHECK_CORS_ORIGINS", "FACTCHECK_WEBHOOK_SECRET", "FACTCHECK_WEBHOOK_HOSTS",
               "FACTCHECK_WEBHOOK_CA_BUNDLE", "FACTCHECK_CHECK_TIMEOUT", "FACTCHECK_CONCURRENT_CHECKS",
               "FACTCHECK_WORKERS", "FACTCHECK_REQUEST_TIMEOUT", "FACTCHECK_RATE_LIMIT", "FACTCHECK_MAX_CLAIMS",
               "FACTCHECK_MAX_BODY_BYTES", "FACTCHECK_SECURE_COOKIES", "FACTCHECK_PORT", "FACTCHECK_HOST",
               "DATABASE_URL")


def settings_for(args) -> Settings:
    """The settings for the parsed command `args`."""
    serving = getattr(args, "command", None) == "serve"
    environ = os.environ if serving else {k: v for k, v in os.environ.items() if k not in SERVER_ONLY}
    return Settings.from_env(
        environ,
        host=getattr(args, "host", None), port=getattr(args, "port", None),
        workers=getattr(args, "workers", None),
        rules_dir=getattr(args, "rules", None),
        fixtures_dirs=tuple(args.fixtures) if getattr(args, "fixtures", None) else None)
