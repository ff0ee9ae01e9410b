"""Small HTTP servers on 127.0.0.1 for tests: a live app, and a scripted receiver that records requests."""
from __future__ import annotations

import socket
import ssl
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from werkzeug.serving import make_server


def free_port() -> int:
    """A port nothing listens on (for a server to start on, or to find nobody at)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def live(app):
    """Serve `app` on a free port; yields its base URL."""
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """Answers POSTs with the scripted statuses in turn (then the last one again) and records them."""
    statuses: list[int]
    url: str = ""
    requests: list[Received] = field(default_factory=list)
    arrived: threading.Event = field(default_factory=threading.Event)
    expected: int = 1
    delay: float = 0.0  # seconds each answer waits (a slow or hanging receiver)
    in_flight: int = 0
    most_at_once: int = 0  # the most requests it was answering at the same time
    lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, request: Received) -> int:
        self.requests.append(request)
        status = self.statuses[min(len(self.requests), len(self.statuses)) - 1]
        if len(self.requests) >= self.expected:
            self.arrived.set()
        return status


@contextmanager
def receiver(*statuses: int, expected: int = 1, body: bytes = b"{}", location: str | None = None,
             delay: float = 0.0, tls: tuple[str, str] | None = None, headers: dict[str, str] | None = None):
    """`location`: sent as the Location header (with a 3xx status, a redirect); `tls`: a
    certificate and key file to serve https with."""
    state = Receiver(list(statuses) or [200], expected=expected, delay=delay)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers.get("Content-Length", 0))
            received = Received(self.path, dict(self.headers.items()), self.rfile.read(length))
            with state.lock:
                state.in_flight += 1
                state.most_at_once = max(state.most_at_once, state.in_flight)
            time.sleep(state.delay)
            with state.lock:
                state.in_flight -= 1
                status = state.answer(received)
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            if location:
                self.send_header("Location", location)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    if tls:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*tls)
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    state.url = f"{'https' if tls else 'http'}://127.0.0.1:{httpd.server_port}"
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
