"""The export memory benchmark runs end to end and memory stays flat on a smaller export."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_export_memory_benchmark_stays_flat() -> None:
    result = subprocess.run(
        [sys.executable, "benchmarks/export_memory.py", "--leads", "5000", "--max-growth-mb", "16"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "export of 5,000 leads to CSV" in result.stdout
