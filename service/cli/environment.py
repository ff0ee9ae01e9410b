"""The settings a command reads: the environment's, less what only a server reads, with the
command line's overrides."""
from __future__ import annotations

import os

from service.config import SERVER_ONLY, Settings


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
