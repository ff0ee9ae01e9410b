"""Settings: groups filled from one table of environment variables, each error naming its
variable, every variable documented, and the reading cut-offs reaching the engine."""
from pathlib import Path

import pytest

from service.config import SERVER_ONLY, VARIABLES, Limits, Settings, Webhooks
from service.engine.entities import EntityIndex
from service.facts import load_fact_store
from tests.conftest import ROOT

TRANSIT = ROOT / "tests" / "data" / "fixtures-transit"


def test_settings_come_from_factcheck_variables():
    settings = Settings.from_env({"FACTCHECK_HOST": "0.0.0.0", "FACTCHECK_PORT": "9000",
                                  "FACTCHECK_FIXTURES": "/a:/b", "DATABASE_URL": "sqlite:///x.db"})
    assert (settings.server.host, settings.server.port, settings.storage.database_url) == \
        ("0.0.0.0", 9000, "sqlite:///x.db")
    assert settings.reading.fixtures_dirs == (Path("/a"), Path("/b"))


def test_a_bad_port_is_named():
    with pytest.raises(ValueError, match="FACTCHECK_PORT"):
        Settings.from_env({"FACTCHECK_PORT": "eighty"})


NUMERIC = [v.name for v in VARIABLES if v.setting.split(".")[1] in
           {"port", "workers", "request_timeout", "max_body_bytes", "max_text_chars", "max_claims",
            "check_timeout", "concurrent_checks", "rate_limit", "retention_days", "statement_match", "entity_match"}]


@pytest.mark.parametrize("variable", NUMERIC)
def test_every_number_that_is_not_one_is_refused_with_its_variables_name(variable):
    with pytest.raises(ValueError, match=variable):
        Settings.from_env({variable: "lots"})


@pytest.mark.parametrize("variable, value", [("FACTCHECK_CONCURRENT_CHECKS", "0"), ("FACTCHECK_RETENTION_DAYS", "-1"),
                                             ("FACTCHECK_ENTITY_MATCH", "120"), ("FACTCHECK_WORKERS", "0")])
def test_a_number_out_of_range_is_refused_with_its_variables_name(variable, value):
    with pytest.raises(ValueError, match=variable):
        Settings.from_env({variable: value})


def test_every_variable_fills_its_setting():
    """Each row of the table reaches the field it names (a misspelt setting would fail here,
    not at a user's start-up)."""
    for variable in VARIABLES:
        group, name = variable.setting.split(".")
        assert name in {f for f in vars(getattr(Settings(), group))}, variable


def test_a_blank_variable_counts_as_unset_but_blank_api_keys_stop_the_start():
    assert Settings.from_env({"FACTCHECK_PORT": "", "DATABASE_URL": ""}) == Settings()
    with pytest.raises(ValueError, match="FACTCHECK_API_KEYS is set but names no key"):
        Settings.from_env({"FACTCHECK_API_KEYS": " , "})


def test_a_group_a_field_and_a_dotted_name_can_be_overridden():
    settings = Settings().with_overrides({"webhooks": Webhooks(secret="s"), "hosts": ("cms.example",),
                                          "limits.max_claims": 10})
    assert settings.webhooks == Webhooks(secret="s", hosts=("cms.example",))
    assert settings.limits == Limits(max_claims=10)


def test_unknown_overrides_are_refused():
    with pytest.raises(ValueError, match="unknown settings: colour, server.colour"):
        Settings().with_overrides({"colour": "red", "server.colour": "red"})


def test_every_variable_is_in_the_readmes_configuration_table():
    table = (ROOT / "README.md").read_text("utf-8").split("## Configuration", 1)[1]
    assert [v.name for v in VARIABLES if f"`{v.name}`" not in table] == []


def test_a_command_leaves_out_what_only_a_server_reads():
    assert {"FACTCHECK_API_KEYS", "DATABASE_URL", "FACTCHECK_PORT"} <= SERVER_ONLY
    assert not {"FACTCHECK_RULES", "FACTCHECK_FIXTURES", "FACTCHECK_MAX_TEXT_CHARS"} & SERVER_ONLY


def test_the_entity_match_decides_how_close_a_misspelt_name_must_be():
    store = load_fact_store([TRANSIT])
    # "Nordhaven Transport" scores 83 against "Nordhafen Transit"
    assert EntityIndex(store, Settings().reading.entity_match).resolve("Nordhaven Transport") is None
    lenient = Settings.from_env({"FACTCHECK_ENTITY_MATCH": "80"}).reading.entity_match
    assert EntityIndex(store, lenient).resolve("Nordhaven Transport") == ("nordhafen-transit", "organization")
