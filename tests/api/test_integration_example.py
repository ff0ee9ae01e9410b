"""The CMS receiver in examples/cms verifies what the service sends and refuses forgeries and
replays: the integration docs/integrations.md describes, end to end."""
import importlib.util
import threading
import time

import requests

from service.config import Webhooks
from tests.conftest import ROOT

SECRET = "whsec_" + "c2VjcmV0LWZvci10aGUtY21zLXJlY2VpdmVy"  # base64 of "secret-for-the-cms-receiver"
spec = importlib.util.spec_from_file_location("webhook_receiver", ROOT / "examples" / "cms" / "webhook_receiver.py")
example = importlib.util.module_from_spec(spec)
spec.loader.exec_module(example)


def test_the_example_receiver_accepts_a_signed_delivery_once_and_refuses_forgeries(make_app):
    reports, arrived = [], threading.Event()
    server = example.receiver(0, SECRET, lambda report: (reports.append(report), arrived.set()))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/factcheck"
    app = make_app(webhooks=Webhooks(secret=SECRET, hosts=("127.0.0.1",)))
    try:
        posted = app.test_client().post("/v1/checks", json={
            "blocks": [{"id": "p1", "type": "paragraph", "text": "Microsoft hat 10 Milliarden Dollar in OpenAI investiert."}],
            "language": "de", "callback_url": url}).get_json()
        assert arrived.wait(10)
        assert reports[0]["id"] == posted["id"]
        deliveries = app.test_client().get(f"/v1/checks/{posted['id']}/deliveries").get_json()["deliveries"]
        for _ in range(50):
            if deliveries[0]["state"] == "delivered":
                break
            time.sleep(0.05)
            deliveries = app.test_client().get(f"/v1/checks/{posted['id']}/deliveries").get_json()["deliveries"]
        assert deliveries[0]["attempts"][-1]["status_code"] == 204

        forged = requests.post(url, data=b'{"id": "x", "findings": []}', timeout=5, headers={
            "webhook-id": "msg_1", "webhook-timestamp": str(int(time.time())), "webhook-signature": "v1,AAAA"})
        assert forged.status_code == 401 and len(reports) == 1
    finally:
        app.extensions["factcheck"].webhooks.stop()
        server.shutdown()


def test_a_replayed_or_stale_delivery_does_not_verify():
    import base64
    import hashlib
    import hmac
    body = b'{"id": "r"}'
    now = str(int(time.time()))
    key = base64.b64decode(SECRET[6:])
    signature = "v1," + base64.b64encode(hmac.new(key, f"msg_9.{now}.".encode() + body, hashlib.sha256).digest()).decode()
    headers = {"webhook-id": "msg_9", "webhook-timestamp": now, "webhook-signature": signature}
    seen = set()
    assert example.verified(headers, body, SECRET, seen)
    assert not example.verified(headers, body, SECRET, seen)  # the same delivery again
    old = str(int(time.time()) - 3600)
    stale = "v1," + base64.b64encode(hmac.new(key, f"msg_8.{old}.".encode() + body, hashlib.sha256).digest()).decode()
    assert not example.verified({"webhook-id": "msg_8", "webhook-timestamp": old, "webhook-signature": stale},
                                body, SECRET, set())
