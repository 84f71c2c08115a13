"""The CLI's output layer in-process: progress only on a terminal, tables or JSON."""

from __future__ import annotations

import io
import json

import pytest

from instantly_async.cli import Output


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal_shows_rows_and_rate(capsys: pytest.CaptureFixture[str]) -> None:
    out = Output(as_json=False, stdout=Terminal())
    with out.progress("importing leads", 2000, "rows") as update:
        update(1000)
        update(2000)

    shown = capsys.readouterr().err
    assert "importing leads" in shown and "2000/2000" in shown and "rows/s" in shown


def test_no_progress_when_stdout_is_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    out = Output(as_json=True, stdout=io.StringIO())
    with out.progress("importing leads", 10, "rows") as update:
        update(10)

    assert capsys.readouterr().err == ""


def test_table_and_json() -> None:
    rows = [{"id": "c" * 36, "name": "Q3", "status": 1}]
    table = Output(as_json=False, stdout=io.StringIO())
    table.table(rows, ["id", "name", "status"], "campaigns")
    text = table.stdout.getvalue()
    assert "c" * 36 in text and "Q3" in text  # ids are never cut when piped

    as_json = Output(as_json=True, stdout=io.StringIO())
    as_json.table(rows, ["id", "name"], "campaigns")
    assert json.loads(as_json.stdout.getvalue()) == rows
