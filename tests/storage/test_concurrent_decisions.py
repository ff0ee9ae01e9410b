"""Two editors deciding findings of one report at the same moment lose nothing (SQLite, PostgreSQL)."""
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import requests

from tests.servers import live

DRAFT = ("Microsoft hat 10 Milliarden Dollar in OpenAI investiert. Insgesamt steckte Microsoft "
         "14 Milliarden Dollar in OpenAI. GPT-4 soll über eine Billion Parameter haben.")
KEYS = "ci:ci-token-123:submit,ann:ann-token-123:review,ben:ben-token-123:review"
DECISIONS = 200


def test_parallel_decisions_on_one_report_are_all_kept(make_app, database_url):
    app = make_app(api_keys=KEYS, database_url=database_url)
    try:
        with live(app) as base:
            _decide_in_parallel(base)
    finally:
        app.extensions["factcheck"].reports.dispose()


def _decide_in_parallel(base: str) -> None:
    created = requests.post(f"{base}/v1/checks", json={"text": DRAFT, "language": "de"},
                            headers={"Authorization": "Bearer ci-token-123"}, timeout=30).json()
    findings = [f["id"] for f in created["findings"]]
    assert len(findings) >= 2
    # Ann works on the first finding, Ben on the others, all at once.
    plan = [("ann", findings[0]) if i % 2 == 0 else ("ben", findings[1 + (i // 2) % (len(findings) - 1)])
            for i in range(DECISIONS)]

    def decide(job):
        number, (editor, finding) = job
        status = "confirmed" if number % 3 else "open"
        response = requests.patch(f"{base}/v1/checks/{created['id']}/findings/{finding}",
                                  json={"status": status, "note": f"decision {number}"},
                                  headers={"Authorization": f"Bearer {editor}-token-123"}, timeout=30)
        return response.status_code

    with ThreadPoolExecutor(max_workers=16) as pool:
        statuses = list(pool.map(decide, enumerate(plan)))
    assert statuses == [200] * DECISIONS

    report = requests.get(f"{base}/v1/checks/{created['id']}",
                          headers={"Authorization": "Bearer ann-token-123"}, timeout=30).json()
    kept = Counter()
    notes = set()
    for finding in report["findings"]:
        kept[finding["id"]] = len(finding["history"])
        notes.update(entry["note"] for entry in finding["history"])
    assert kept == Counter(finding for _, finding in plan)
    assert notes == {f"decision {n}" for n in range(DECISIONS)}
