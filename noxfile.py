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
