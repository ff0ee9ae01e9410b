"""service/ type-checks: mypy, configured in pyproject.toml, finds no error (and py.typed tells
the users of the package its types are meant)."""
import subprocess
import sys

from tests.conftest import ROOT


def test_mypy_finds_no_error_in_service():
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental"], capture_output=True, text=True,
                            cwd=ROOT)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_the_package_says_it_is_typed():
    assert (ROOT / "service" / "py.typed").is_file()
