"""The standalone fake (`python -m instantly_async.testing`) in a subprocess, and the CLI run as
a subprocess against it: what a non-Python client or a shell script sees."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import attrs


@attrs.frozen
class StandaloneFake:
    base_url: str
    api_key: str
    campaigns: dict[str, str]
    lead_lists: dict[str, str]
    process: subprocess.Popen[str]

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "INSTANTLY_BASE_URL": self.base_url,
            "INSTANTLY_API_KEY": self.api_key,
        }


@contextmanager
def standalone_fake(*args: str) -> Iterator[StandaloneFake]:
    """Start `python -m instantly_async.testing --port 0 --json *args`; stop it afterwards."""
    process = subprocess.Popen(
        [sys.executable, "-m", "instantly_async.testing", "--port", "0", "--json", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # the fake prints it once listening (or exits)
        if not line:
            raise RuntimeError(f"the standalone fake did not start: {process.communicate()[1]}")
        info: dict[str, Any] = json.loads(line)
        yield StandaloneFake(
            info["base_url"],
            info["api_key"],
            info.get("campaigns", {}),
            info.get("lead_lists", {}),
            process,
        )
    finally:
        if process.poll() is None:
            process.terminate()
        process.communicate(timeout=30)


def run_cli(
    args: Sequence[str | Path], *, env: dict[str, str], cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m instantly_async ARGS`, its output captured (stdout is not a terminal)."""
    return subprocess.run(
        [sys.executable, "-m", "instantly_async", *map(str, args)],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )
