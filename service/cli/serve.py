"""`factcheck serve`: the development server, or gunicorn with --production."""
from __future__ import annotations

import importlib.util
import ipaddress
import sys

from service.cli.environment import settings_for

SERVER_EXTRA = ("prometheus_client", "gunicorn", "psycopg")


def serve(args) -> int:
    """Serve until stopped; without API keys only on loopback (drafts are confidential)."""
    missing = [name for name in SERVER_EXTRA if importlib.util.find_spec(name) is None]
    if missing:
        print(f"factcheck: serve needs the server extra ({', '.join(missing)} missing): "
              f"pip install 'factcheck-service[server]'", file=sys.stderr)
        return 2
    settings = settings_for(args)
    host = settings.server.host
    if not settings.access.api_keys and not _is_loopback(host):
        print(f"factcheck: no API keys configured (FACTCHECK_API_KEYS), so the service binds to "
              f"127.0.0.1 instead of {host}: drafts are confidential.", file=sys.stderr)
        host = "127.0.0.1"
    elif not settings.access.api_keys:
        print("factcheck: no API keys configured; listening on loopback only, every local caller "
              "has every role.", file=sys.stderr)
    if args.production:
        from service.production import serve

        print(f"factcheck: serving on http://{host}:{settings.server.port} with {settings.server.workers} workers "
              f"(database {settings.storage.database_url.split('://')[0]})", file=sys.stderr)
        serve(settings, host)  # imports the app itself, after preparing the metrics' folder
        return 0
    from werkzeug.serving import run_simple

    from service.app import create_app, start_background
    from service.reloading import reload_on_sighup

    app = create_app(settings)
    reload_on_sighup(app)
    start_background(app)  # webhook deliveries (those a previous run left too) and the retention purge
    print(f"factcheck: serving on http://{host}:{settings.server.port} "
          f"(database {settings.storage.database_url.split('://')[0]})", file=sys.stderr)
    run_simple(host, settings.server.port, app, threaded=True)
    return 0


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
