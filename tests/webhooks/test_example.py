"""examples/webhook_receiver.py runs as is against the fake and prints what it received."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_webhook_receiver_example_runs_end_to_end() -> None:
    result = subprocess.run(
        [sys.executable, "examples/webhook_receiver.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "ensure again: same subscriptions: True" in result.stdout
    assert result.stdout.count("ReplyReceived custom variables: {'tier': 'gold'}") == 1
    assert "LinkClicked" in result.stdout
    assert (
        "('reply_received', 200), ('reply_received', 200), ('link_clicked', 200)" in result.stdout
    )
