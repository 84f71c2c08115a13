"""The benchmark script still runs end to end (its numbers are read by people, never asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # runs every benchmark scenario once: about 20 s
def test_quick_benchmark_runs_and_reports_every_scenario() -> None:
    result = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    for scenario in (
        "walk",
        "GET campaign",
        "decode",
        "encode",
        "import instantly_async",
        "peak RSS",
    ):
        assert scenario in result.stdout, scenario
