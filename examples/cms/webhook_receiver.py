"""A CMS-side receiver for factcheck's webhook deliveries, using only the standard library.

    FACTCHECK_WEBHOOK_SECRET=... python examples/cms/webhook_receiver.py 8090

It accepts a delivery only when its Standard Webhooks signature verifies, its timestamp is
within five minutes and its `webhook-id` has not been seen (a replay); it answers 204 then,
401 otherwise, and prints each report's id and finding codes. Store `seen` durably in a real
CMS (a table with a unique key); here it is a set in memory.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOLERANCE_SECONDS = 300


def verified(headers, body: bytes, secret: str, seen: set[str]) -> bool:
    """Whether a delivery is factcheck's, fresh and not seen before (then it is remembered)."""
    key = base64.b64decode(secret[len("whsec_"):]) if secret.startswith("whsec_") else secret.encode()
    webhook_id, timestamp = headers.get("webhook-id", ""), headers.get("webhook-timestamp", "")
    if not webhook_id or not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    signed = f"{webhook_id}.{timestamp}.".encode() + body
    expected = "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    if not any(hmac.compare_digest(expected, given) for given in headers.get("webhook-signature", "").split()):
        return False
    if webhook_id in seen:
        return False
    seen.add(webhook_id)
    return True


def receiver(port: int, secret: str, on_report=print) -> ThreadingHTTPServer:
    """A server on 127.0.0.1:`port` handing each verified report to `on_report`."""
    seen: set[str] = set()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            with lock:
                ok = verified(self.headers, body, secret, seen)
            self.send_response(204 if ok else 401)
            self.end_headers()
            if ok:
                on_report(json.loads(body))

        def log_message(self, *args):
            pass

    return ThreadingHTTPServer(("127.0.0.1", port), Handler)


def main() -> None:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8090
    server = receiver(port, os.environ["FACTCHECK_WEBHOOK_SECRET"],
                      lambda report: print(report["id"], [f["code"] for f in report["findings"]], flush=True))
    print(f"listening on http://127.0.0.1:{port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
