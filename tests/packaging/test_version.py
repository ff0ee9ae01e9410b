"""One version everywhere: the package's metadata, `factcheck --version`, openapi.yaml, SARIF's
driver and /readyz."""
import subprocess
import sys
import tomllib
from importlib.metadata import version

import yaml

from service import __version__
from tests.conftest import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]


def test_the_package_version_is_the_one_in_pyproject():
    assert __version__ == version("factcheck-service") == PROJECT["version"]


def test_factcheck_version_prints_the_package_version():
    out = subprocess.run([sys.executable, "-m", "service.cli", "--version"], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    assert out.strip() == f"factcheck {__version__}"


def test_openapi_states_the_package_version():
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text("utf-8"))
    assert spec["info"]["version"] == __version__


def test_sarif_and_readyz_name_the_package_version(client):
    from service.exporters import Checked
    from service.exporters.sarif import to_sarif
    report = client.post("/v1/checks", json={"text": "Microsoft hat 10 Milliarden Dollar investiert.",
                                             "language": "de"}).get_json()
    driver = to_sarif([Checked("a.md", "Microsoft hat 10 Milliarden Dollar investiert.", report)])["runs"][0]["tool"]["driver"]
    assert driver["version"] == __version__
    assert client.get("/readyz").get_json()["version"] == __version__


def test_the_changelog_has_an_entry_for_the_version():
    assert f"## {__version__}" in (ROOT / "CHANGELOG.md").read_text("utf-8")
