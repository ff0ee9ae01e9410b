"""Several instances on one database: migrations that run once however many start together,
an old database adopted, and writes through two instances at once losing nothing."""
from concurrent.futures import ThreadPoolExecutor

import requests
import sqlalchemy as sa

from service.migrations import MIGRATIONS, current_version
from service.storage import ReportStore
from tests.servers import live

DRAFT = "Microsoft hat 10 Milliarden Dollar in OpenAI investiert. Insgesamt waren es 14 Milliarden Dollar."
WRITES = 120


def test_instances_starting_together_migrate_once(database_url):
    with ThreadPoolExecutor(max_workers=4) as pool:
        stores = list(pool.map(lambda _: ReportStore(database_url), range(4)))
    try:
        with stores[0].engine.connect() as conn:
            versions = conn.execute(sa.text("SELECT version FROM schema_migrations ORDER BY version")).scalars().all()
        assert versions == [version for version, _, _ in MIGRATIONS]
        assert current_version(stores[1].engine) == MIGRATIONS[-1][0]
    finally:
        for store in stores:
            store.dispose()


def test_a_database_from_before_migrations_is_adopted_with_its_reports(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    old = sa.create_engine(url)
    with old.begin() as conn:
        conn.execute(sa.text("CREATE TABLE reports (id VARCHAR(36) PRIMARY KEY, created_at TIMESTAMP NOT NULL, "
                             "submitted_by VARCHAR(200), language VARCHAR(8) NOT NULL, title TEXT, "
                             "text TEXT NOT NULL, report TEXT NOT NULL)"))
        conn.execute(sa.text("INSERT INTO reports VALUES ('r-old', '2024-05-07 10:00:00', 'ci', 'de', 'Alt', "
                             "'Text', '{\"id\": \"r-old\", \"claims\": [], \"findings\": []}')"))
    old.dispose()
    store = ReportStore(url)
    try:
        assert store.get("r-old").body["id"] == "r-old"
        assert store.latest_for_document("cms/1", "ci") is None  # the added column works
        assert current_version(store.engine) == MIGRATIONS[-1][0]
    finally:
        store.dispose()


def test_two_instances_on_one_database_lose_no_write(make_app, database_url):
    first, second = make_app(database_url=database_url), make_app(database_url=database_url)
    try:
        with live(first) as one, live(second) as two:
            def submit(number):
                base = (one, two)[number % 2]
                response = requests.post(f"{base}/v1/checks", timeout=60,
                                         json={"text": DRAFT, "language": "de", "title": f"Entwurf {number}"})
                return response.status_code, response.json()["id"]

            with ThreadPoolExecutor(max_workers=12) as pool:
                results = list(pool.map(submit, range(WRITES)))
            assert [status for status, _ in results] == [201] * WRITES
            # each report is readable through the instance that did not write it
            for number, (_, report_id) in enumerate(results):
                other = (two, one)[number % 2]
                assert requests.get(f"{other}/v1/checks/{report_id}", timeout=30).status_code == 200
        assert first.extensions["factcheck"].reports.count() == WRITES
    finally:
        first.extensions["factcheck"].reports.dispose()
        second.extensions["factcheck"].reports.dispose()
