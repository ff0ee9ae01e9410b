"""The package as a user installs it: `python -m build` makes an sdist and a wheel that carry
the bundled rules and fixtures; the wheel, in a fresh virtualenv with its dependencies but not
the server extra, checks articles in a folder outside the repository; pre-commit's `repo:`
variant of the hook installs the project from the repository itself."""
import os
import subprocess
import sys
import tarfile
import zipfile

import pytest
import yaml

from service import __version__
from tests.cli.test_examples import CLEAN, CONTRADICTION, EXAMPLES, needs_pre_commit, pre_commit
from tests.conftest import ROOT

BUNDLED = sorted(str(p.relative_to(ROOT)) for folder in ("rules", "fixtures") for p in (ROOT / folder).rglob("*")
                 if p.is_file())


def run(*command, cwd, timeout=600, **kwargs):
    return subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          **kwargs)


@pytest.fixture(scope="module")
def dist(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    result = run(sys.executable, "-m", "build", "--outdir", out, ROOT, cwd=out)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def installed(dist, tmp_path_factory):
    """A fresh virtualenv with only the wheel (and its dependencies); returns its bin folder."""
    venv = tmp_path_factory.mktemp("venv")
    assert run(sys.executable, "-m", "venv", venv, cwd=venv).returncode == 0
    [wheel] = dist.glob("*.whl")
    result = run(venv / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel,
                 cwd=venv)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return venv / "bin"


def test_the_sdist_and_the_wheel_carry_the_rules_and_fixtures(dist):
    [wheel] = dist.glob("*.whl")
    [sdist] = dist.glob("*.tar.gz")
    in_wheel = set(zipfile.ZipFile(wheel).namelist())
    for path in BUNDLED:
        packaged = path.replace("rules/", "service/bundled_rules/", 1).replace("fixtures/", "service/bundled_fixtures/", 1)
        assert packaged in in_wheel, f"{path} is not in the wheel"
    with tarfile.open(sdist) as archive:
        in_sdist = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert set(BUNDLED) <= in_sdist
    assert {"LICENSE", "CHANGELOG.md"} <= in_sdist
    assert wheel.name.startswith(f"factcheck_service-{__version__}-")


def test_the_installed_wheel_checks_articles_outside_the_repository(installed, tmp_path):
    (tmp_path / "deal.md").write_text(CONTRADICTION, encoding="utf-8")
    (tmp_path / "wetter.md").write_text(CLEAN, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FACTCHECK_", "PYTHON"))}
    failing = run(installed / "factcheck", "check", "deal.md", cwd=tmp_path, env=env)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "[FC101]" in failing.stdout
    passing = run(installed / "factcheck", "check", "wetter.md", cwd=tmp_path, env=env)
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert run(installed / "factcheck", "rules", "test", cwd=tmp_path, env=env).returncode == 0
    assert run(installed / "factcheck", "fixtures", "validate", cwd=tmp_path, env=env).returncode == 0
    version = run(installed / "factcheck", "--version", cwd=tmp_path, env=env).stdout.strip()
    assert version == f"factcheck {__version__}"


def test_the_cli_needs_no_server_packages_and_serve_says_which_extra_to_install(installed, tmp_path):
    probe = run(installed / "python", "-c", "import importlib.util as u; "
                "print([n for n in ('gunicorn', 'psycopg', 'prometheus_client') if u.find_spec(n)])", cwd=tmp_path)
    assert probe.stdout.strip() == "[]"
    serve = run(installed / "factcheck", "serve", cwd=tmp_path, timeout=60)
    assert serve.returncode == 2
    assert "pip install 'factcheck-service[server]'" in serve.stderr


@needs_pre_commit
def test_the_pre_commit_hook_installs_from_the_repository(tmp_path):
    head = run("git", "rev-parse", "HEAD", cwd=ROOT).stdout.strip()
    config = yaml.safe_load((EXAMPLES / "pre-commit-config.yaml").read_text("utf-8"))
    config["repos"][0].update(repo=str(ROOT), rev=head)  # the example's `repo:` variant, on this repository
    repo = tmp_path / "newsroom"
    (repo / "articles").mkdir(parents=True)
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (repo / "articles" / "deal.md").write_text(CONTRADICTION, encoding="utf-8")
    (repo / "articles" / "wetter.md").write_text(CLEAN, encoding="utf-8")
    run("git", "init", "-q", cwd=repo)
    run("git", "add", ".", cwd=repo)

    failing = pre_commit("run", "--files", "articles/deal.md", cwd=repo)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "articles/deal.md:3:1: error:" in failing.stdout and "[FC101]" in failing.stdout
    passing = pre_commit("run", "--files", "articles/wetter.md", cwd=repo)
    assert passing.returncode == 0, passing.stdout + passing.stderr
