from pathlib import Path

import pytest

from service.config import Settings


def test_settings_come_from_factcheck_variables():
    settings = Settings.from_env({"FACTCHECK_HOST": "0.0.0.0", "FACTCHECK_PORT": "9000",
                                  "FACTCHECK_FIXTURES": "/a:/b", "DATABASE_URL": "sqlite:///x.db"})
    assert (settings.host, settings.port, settings.database_url) == ("0.0.0.0", 9000, "sqlite:///x.db")
    assert settings.fixtures_dirs == (Path("/a"), Path("/b"))


def test_a_bad_port_is_named():
    with pytest.raises(ValueError, match="FACTCHECK_PORT"):
        Settings.from_env({"FACTCHECK_PORT": "eighty"})


def test_unknown_overrides_are_refused():
    with pytest.raises(ValueError, match="unknown settings: colour"):
        Settings().with_overrides({"colour": "red"})
