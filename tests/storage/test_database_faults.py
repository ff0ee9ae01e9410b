"""The database going away while the service runs: 503 problem+json, nothing half-stored, and
the service recovers on its own when the database returns (PostgreSQL behind a proxy the test
can cut)."""
import socket
import threading

import pytest
import sqlalchemy as sa

from tests.servers import free_port


class Proxy:
    """A TCP proxy to PostgreSQL on a fixed local port that can be cut and restored."""

    def __init__(self, target: tuple[str, int]):
        self.target = target
        self.port = free_port()
        self._sockets: list[socket.socket] = []
        self._listener: socket.socket | None = None

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen()
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        """Refuse new connections and break every open one, as a database restart does."""
        self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread; close alone would not
        self._listener.close()
        for sock in self._sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            except OSError:
                pass
        self._sockets.clear()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self._sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                try:
                    sock.close()
                except OSError:
                    pass


ARTICLE = {"text": "Microsoft hat 10 Milliarden Dollar in OpenAI investiert.", "language": "de"}


@pytest.fixture
def proxied(postgres_url):
    url = sa.make_url(postgres_url)
    proxy = Proxy((url.host or "127.0.0.1", url.port or 5432))
    proxy.start()
    yield proxy, url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    try:
        proxy.cut()
    except OSError:
        pass


def test_database_down_gives_503_and_the_service_recovers_with_nothing_lost(make_app, proxied):
    proxy, url = proxied
    app = make_app(database_url=url)
    client = app.test_client()
    try:
        before = client.post("/v1/checks", json=ARTICLE)
        assert before.status_code == 201

        proxy.cut()
        down = client.post("/v1/checks", json=ARTICLE)
        assert down.status_code == 503
        assert down.mimetype == "application/problem+json"
        assert down.get_json()["type"].endswith("/storage-unavailable")
        assert "Traceback" not in down.get_data(as_text=True)
        assert client.get(f"/v1/checks/{before.get_json()['id']}").status_code == 503
        assert client.get("/readyz").status_code == 503

        proxy.start()
        assert client.get("/readyz").status_code == 200
        again = client.post("/v1/checks", json=ARTICLE)
        assert again.status_code == 201
        assert client.get(f"/v1/checks/{before.get_json()['id']}").get_json()["id"] == before.get_json()["id"]
        assert app.extensions["factcheck"].reports.count() == 2  # the refused check left nothing behind
    finally:
        app.extensions["factcheck"].reports.dispose()
