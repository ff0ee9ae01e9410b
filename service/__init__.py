"""The fact-check service. `__version__` is the installed package's version (pyproject.toml):
the one `factcheck --version`, `/readyz`, SARIF's driver and openapi.yaml (by a test) give."""
from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("factcheck-service")
except PackageNotFoundError:  # a source tree run without installing it
    __version__ = "0+unknown"
