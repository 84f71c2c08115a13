"""Developer sessions. They run in the current environment (`.venv` from the README), so they
start at once: `.venv/bin/python -m nox -s lint typecheck codegen tests`."""

from __future__ import annotations

import sys

import nox

PYTHON = sys.executable  # the environment nox runs in (`python=False` sessions reuse it)

nox.options.sessions = ["codegen", "lint", "typecheck", "tests"]
HAND_WRITTEN = ["instantly_async", "codegen", "tests", "benchmarks", "examples", "noxfile.py"]


@nox.session(python=False)
def tests(session: nox.Session) -> None:
    """The test suite (needs redis-server on PATH for the shared-limiter tests)."""
    session.run(PYTHON, "-m", "pytest", *session.posargs)


@nox.session(python=False)
def lint(session: nox.Session) -> None:
    """ruff: lint everything, formatting of the hand-written code."""
    session.run(PYTHON, "-m", "ruff", "check", ".")
    session.run(PYTHON, "-m", "ruff", "format", "--check", *HAND_WRITTEN)


@nox.session(python=False)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the package."""
    session.run(PYTHON, "-m", "mypy")


@nox.session(python=False)
def codegen(session: nox.Session) -> None:
    """The generated files match the spec."""
    session.run(PYTHON, "-m", "codegen", "--check")


@nox.session(python=False)
def fuzz(session: nox.Session) -> None:
    """Deep property-based conformance run of FakeInstantly against the spec: many examples per
    operation, fresh randomness, shrunk failures (`INSTANTLY_FUZZ_EXAMPLES` sets how many)."""
    examples = session.env.get("INSTANTLY_FUZZ_EXAMPLES", "200")
    session.run(
        PYTHON,
        "-m",
        "pytest",
        "tests/fake/test_conformance.py",
        "-p",
        "no:cacheprovider",
        *session.posargs,
        env={"INSTANTLY_FUZZ_EXAMPLES": examples},
    )
