"""The webhook outbox on SQLite and PostgreSQL: a delivery is stored with its report, claimed by
one worker at a time, and released with its attempt."""
from datetime import datetime

from service.outbox import Attempt, Outbox
from service.storage import Pending, ReportStore

REPORT = {"language": "de", "title": None, "claims": [], "findings": [], "stats": {}}


def stored_with_callback(store):
    [report] = store.add_all([Pending(dict(REPORT), "Text.", "alice", callback_url="https://cms.example/hook")])
    return report


def test_a_report_with_a_callback_is_stored_with_its_delivery(database_url):
    store = ReportStore(database_url)
    report = stored_with_callback(store)
    [due] = Outbox(store).due(limit=10)
    assert due.url == "https://cms.example/hook" and due.attempts == 0
    assert '"id": "%s"' % report["id"] in due.payload
    assert Outbox(store).for_report(report["id"])[0]["state"] == "pending"


def test_only_one_worker_claims_a_delivery_until_it_is_released(database_url):
    store = ReportStore(database_url)
    stored_with_callback(store)
    first, second = Outbox(store), Outbox(ReportStore(database_url))  # two instances
    [due] = first.due(limit=10)
    assert first.claim(due.id, 60)
    assert not second.claim(due.id, 60)
    assert second.due(limit=10) == []  # held: not due for anyone else
    assert second.soonest() > datetime.now(second.soonest().tzinfo)  # due again when the hold ends
    first.record(due.id, Attempt(503, None, 12), "pending", retry_in=0)
    [again] = second.due(limit=10)
    assert again.attempts == 1 and second.claim(again.id, 60)


def test_a_delivered_delivery_is_never_due_again(database_url):
    store = ReportStore(database_url)
    report = stored_with_callback(store)
    outbox = Outbox(store)
    [due] = outbox.due(limit=10)
    outbox.claim(due.id, 60)
    outbox.record(due.id, Attempt(200, None, 5), "delivered")
    assert outbox.due(limit=10) == [] and outbox.soonest() is None
    [delivery] = outbox.for_report(report["id"])
    assert delivery["state"] == "delivered" and delivery["attempts"][0]["status_code"] == 200
