"""Developer and CI sessions.

The version matrix builds its own environments, one per supported Python, with the tools pinned
in requirements/dev.lock:

    .venv/bin/python -m nox -s tests-3.10 tests-3.13     # oldest and newest Python, slow tests too
    .venv/bin/python -m nox -s aiohttp-latest            # the newest aiohttp the runtime allows

The checks run at once in the current environment (`.venv` from the README):

    .venv/bin/python -m nox -s lint typecheck codegen
"""

from __future__ import annotations

import os
import sys
from collections.abc import Collection
from pathlib import Path

import nox

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - pytest brings tomli to Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).parent
LOCK = "requirements/dev.lock"
PYTHONS = ["3.10", "3.11", "3.12", "3.13"]  # requires-python = ">=3.10": every minor we support
HAND_WRITTEN = [
    "instantly_async",
    "codegen",
    "tests",
    "benchmarks",
    "examples",
    "requirements",
    "noxfile.py",
]
CURRENT = sys.executable  # the environment nox runs in (`python=False` sessions reuse it)
# aioresponses 0.7.x cannot build responses on aiohttp >= 3.14 (it still imports), so the dev
# extra and the lock hold aiohttp below 3.14; the newest-aiohttp session lifts that pin and
# leaves out the tests that mock through aioresponses.

nox.options.sessions = ["codegen", "lint", "typecheck", "tests-here"]
nox.options.error_on_missing_interpreters = True  # a missing Python fails, never silently passes


def _put_pyenv_pythons_on_path() -> None:
    """nox looks for `python3.X` on PATH; pyenv keeps each version in its own folder."""
    versions = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    folders = [
        str(folder)
        for version in PYTHONS
        for folder in sorted(versions.glob(f"{version}.*/bin"), reverse=True)[:1]
    ]
    os.environ["PATH"] = os.pathsep.join([*folders, os.environ.get("PATH", "")])


_put_pyenv_pythons_on_path()


def _locked(skip: Collection[str] = ()) -> list[str]:
    """The lock's pins, less the named packages."""
    pins = []
    for line in (ROOT / LOCK).read_text().splitlines():
        name = line.split("==")[0].strip().lower()
        if line and not line.startswith("#") and name not in skip:
            pins.append(line.strip())
    return pins


def _dev_requirements() -> list[str]:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return list(pyproject["project"]["optional-dependencies"]["dev"])


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The whole suite, slow tests included, in a fresh environment for one Python version."""
    session.install("-c", LOCK, "-e", ".[dev]")
    session.run("python", "-m", "pytest", "-m", "", *session.posargs)


@nox.session(python=PYTHONS[-1], name="aiohttp-latest")
def aiohttp_latest(session: nox.Session) -> None:
    """The newest aiohttp the runtime allows (aiohttp>=3.9), on the newest Python. The tests
    that mock through aioresponses are left out (marker `aioresponses`): it cannot run there.
    The slow ones too: they test timing, which the Python sessions cover."""
    constraints = Path(session.create_tmp()) / "constraints.txt"
    constraints.write_text("\n".join(_locked(skip={"aiohttp"})) + "\n")
    tools = [r for r in _dev_requirements() if not r.replace(" ", "").startswith("aiohttp<")]
    session.install("--upgrade", "-c", str(constraints), "-e", ".", "aiohttp", *tools)
    session.run("python", "-c", "import aiohttp; print('aiohttp', aiohttp.__version__)")
    session.run("python", "-m", "pytest", "-m", "not aioresponses and not slow", *session.posargs)


@nox.session(python=False, name="tests-here")
def tests_here(session: nox.Session) -> None:
    """The default (fast) test run in the current environment: no slow tests."""
    session.run(CURRENT, "-m", "pytest", *session.posargs)


@nox.session(python=False)
def lint(session: nox.Session) -> None:
    """ruff: lint everything, formatting of the hand-written code."""
    session.run(CURRENT, "-m", "ruff", "check", ".")
    session.run(CURRENT, "-m", "ruff", "format", "--check", *HAND_WRITTEN)


@nox.session(python=False)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the package."""
    session.run(CURRENT, "-m", "mypy")


@nox.session(python=False)
def codegen(session: nox.Session) -> None:
    """The generated files match the spec."""
    session.run(CURRENT, "-m", "codegen", "--check")


@nox.session(python="3.11")
def lock(session: nox.Session) -> None:
    """Re-resolve the dev extra from scratch and record the exact versions in the lock."""
    session.install("-e", ".[dev]")
    frozen = session.run("python", "requirements/freeze.py", silent=True)
    (ROOT / LOCK).write_text(str(frozen))


@nox.session(python=False)
def fuzz(session: nox.Session) -> None:
    """Deep property-based conformance run of FakeInstantly against the spec: many examples per
    operation, fresh randomness, shrunk failures (`INSTANTLY_FUZZ_EXAMPLES` sets how many)."""
    examples = session.env.get("INSTANTLY_FUZZ_EXAMPLES", "200")
    session.run(
        CURRENT,
        "-m",
        "pytest",
        "tests/fake/test_conformance.py",
        "-m",
        "",
        "-p",
        "no:cacheprovider",
        *session.posargs,
        env={"INSTANTLY_FUZZ_EXAMPLES": examples},
    )
