"""Shared test fixtures: one Engine per session, a fresh app and database per test."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from service.app import create_app
from service.config import BUNDLED_FIXTURES, BUNDLED_RULES, Reading, Settings, Storage
from service.engine.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_ARTICLES = ROOT / "fixtures" / "articles"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.from_settings(Settings(reading=Reading(rules_dir=BUNDLED_RULES, fixtures_dirs=(BUNDLED_FIXTURES,))))


@pytest.fixture
def make_app(engine, tmp_path):
    """Build an app like `create_app` does, on a fresh SQLite file unless told otherwise."""
    def build(**overrides):
        settings = Settings(storage=Storage(database_url=f"sqlite:///{tmp_path / 'reports.sqlite3'}")).with_overrides(overrides)
        return create_app(settings, engine=engine)
    return build


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def seed_text() -> str:
    """Our own German article on the seed's story (fixtures/articles): the same kinds of claims —
    a current and a former role, a pronoun subject, amounts, a contradiction — in words of our
    own, so the tests run wherever the project is checked out (benchmarks read the shared seed)."""
    return (EXAMPLE_ARTICLES / "mai-strategie-de.txt").read_text(encoding="utf-8")


def _postgres_base_url() -> str | None:
    url = os.environ.get("FACTCHECK_TEST_PG")
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail("CI must run the PostgreSQL tests: FACTCHECK_TEST_PG is unset (see scripts/test)")
    pytest.skip("FACTCHECK_TEST_PG is unset: no PostgreSQL server to test against")


@pytest.fixture
def postgres_url():
    """A SQLAlchemy URL on the test server, confined to a schema of its own that is dropped after."""
    import sqlalchemy as sa

    base = _postgres_base_url()
    schema = f"factcheck_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base else "?"
    yield f"{base}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'reports.sqlite3'}"
    return request.getfixturevalue("postgres_url")
