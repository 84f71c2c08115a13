"""Print this environment's distributions as exact pins for requirements/dev.lock.

A pinned release that does not support every Python we support (requires-python >= 3.10) gets
an environment marker copied from its own Requires-Python, so the lock installs everywhere: on
the Pythons it leaves out, pip picks that package's newest release that fits.
Run by `nox -s lock`; by hand: .venv/bin/python requirements/freeze.py > requirements/dev.lock
"""

from __future__ import annotations

from importlib.metadata import distributions

from packaging.specifiers import SpecifierSet

HEADER = """\
# Exact versions of every development tool, so lint, format, types and codegen give the same
# bytes on every machine and cannot change under the team's feet (jinja2 and ruff shape the
# generated code; ruff and mypy judge it; hypothesis drives the conformance tests).
# Used as constraints: pip install -e ".[dev]" -c requirements/dev.lock (README, nox, .ci/run).
# Recorded with Python 3.11 by requirements/freeze.py (refresh: .venv/bin/python -m nox -s lock).
# Backports that only older Pythons need (tomli, exceptiongroup, ...) stay unpinned."""
SUPPORTED = ("3.10.0", "3.11.0", "3.12.0", "3.13.0")
NOT_PINNED = {"instantly-async", "pip", "setuptools", "wheel"}  # ourselves and the installers


def pin(name: str, version: str, requires_python: str | None) -> str:
    line = f"{name}=={version}"
    spec = SpecifierSet(requires_python or "")
    if all(python in spec for python in SUPPORTED):
        return line
    marker = " and ".join(f'python_full_version {s.operator} "{s.version}"' for s in spec)
    return f"{line}; {marker}"


def main() -> None:
    print(HEADER)
    for dist in sorted(distributions(), key=lambda d: d.metadata["Name"].lower()):
        name = dist.metadata["Name"]
        if name.lower().replace("_", "-") not in NOT_PINNED:
            print(pin(name, dist.version, dist.metadata.get("Requires-Python")))


if __name__ == "__main__":
    main()
