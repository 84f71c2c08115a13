"""Export of listings to real files from a real FakeInstantly, and resuming interrupted exports."""

from __future__ import annotations

import csv
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from instantly_async import AsyncInstantly, NoRateLimiter, errors, io
from instantly_async.testing import FakeInstantly


@pytest.fixture
async def client(fake: FakeInstantly) -> AsyncIterator[AsyncInstantly]:
    async with AsyncInstantly(
        fake.api_key, base_url=fake.base_url, rate_limiter=NoRateLimiter(), max_retries=0
    ) as c:
        yield c


def seed_leads(fake: FakeInstantly, campaign_id: str, n: int) -> list[str]:
    return [
        fake.seed_lead(
            email=f"p{i}@example.com",
            first_name=f"P{i}",
            campaign=campaign_id,
            custom_variables={"n": i, "tier": "gold" if i % 2 else None},
        )["id"]
        for i in range(n)
    ]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def append(path: Path, data: bytes) -> None:
    with open(path, "ab") as f:
        f.write(data)


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


async def test_leads_to_jsonl_with_custom_variables(
    fake: FakeInstantly, client: AsyncInstantly, tmp_path: Path
) -> None:
    campaign = fake.seed_campaign("Q3")
    ids = seed_leads(fake, campaign["id"], 23)
    fake.seed_lead(email="other@example.com")  # not in the campaign

    result = await io.export_leads(
        client, tmp_path / "leads.jsonl", campaign=campaign["id"], page_size=10
    )

    rows = read_jsonl(tmp_path / "leads.jsonl")
    assert result.rows == 23 and result.format == "jsonl" and result.resumed_from == 0
    assert [row["id"] for row in rows] == ids
    assert rows[1]["custom_variables"] == {"n": 1, "tier": "gold"}
    assert "payload" not in rows[1]
    assert not (tmp_path / "leads.jsonl.part").exists()


async def test_leads_to_csv_custom_columns_and_json_cells(
    fake: FakeInstantly, client: AsyncInstantly, tmp_path: Path
) -> None:
    campaign = fake.seed_campaign("Q3")
    seed_leads(fake, campaign["id"], 3)
    # A variable only the last lead has still gets its column.
    fake.seed_lead(email="late@example.com", campaign=campaign["id"], custom_variables={"x": 1})

    result = await io.export_leads(client, tmp_path / "leads.csv", campaign=campaign["id"])

    rows = read_csv(tmp_path / "leads.csv")
    assert result.columns[-3:] == ["custom.n", "custom.tier", "custom.x"]
    assert [(r["email"], r["custom.n"], r["custom.tier"], r["custom.x"]) for r in rows] == [
        ("p0@example.com", "0", "", ""),
        ("p1@example.com", "1", "gold", ""),
        ("p2@example.com", "2", "", ""),
        ("late@example.com", "", "", "1"),
    ]
    assert rows[0]["status_summary"] == "{}"  # a nested object: JSON in one cell


async def test_any_listing_exports(
    fake: FakeInstantly, client: AsyncInstantly, tmp_path: Path
) -> None:
    for name in ("A", "B", "C"):
        fake.seed_campaign(name)

    result = await io.export(client.campaigns.list, tmp_path / "campaigns.csv", page_size=2)

    rows = read_csv(tmp_path / "campaigns.csv")
    assert result.rows == 3 and [r["name"] for r in rows] == ["A", "B", "C"]
    assert json.loads(rows[0]["campaign_schedule"])["schedules"][0]["name"] == "Default"


class Interrupt(Exception):
    pass


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
@pytest.mark.parametrize("stop_at_row", [10, 20, 30, 40, 45])
async def test_interrupted_export_resumes_writing_each_lead_once(
    fake: FakeInstantly, client: AsyncInstantly, tmp_path: Path, fmt: str, stop_at_row: int
) -> None:
    campaign = fake.seed_campaign("Q3")
    ids = seed_leads(fake, campaign["id"], 45)  # pages of 10: 10, 10, 10, 10, 5
    out = tmp_path / f"leads.{fmt}"
    checkpoint = tmp_path / "leads.checkpoint.json"

    def crash(rows: int) -> None:
        # Stop right after a page was written and checkpointed.
        if rows == stop_at_row:
            raise Interrupt

    with pytest.raises(Interrupt):
        await io.export_leads(
            client,
            out,
            campaign=campaign["id"],
            page_size=10,
            checkpoint=checkpoint,
            on_progress=crash,
        )
    assert checkpoint.exists() and not out.exists()
    # Written after the checkpoint by a run that then died: a whole line and a torn one, which
    # the resumed run must cut away.
    append(out.with_name(out.name + ".part"), b'{"id": "unconfirmed"}\n{"id": "torn')

    result = await io.export_leads(
        client, out, campaign=campaign["id"], page_size=10, checkpoint=checkpoint
    )

    exported = [r["id"] for r in (read_jsonl(out) if fmt == "jsonl" else read_csv(out))]
    assert exported == ids
    assert result.rows == 45 and result.resumed_from == stop_at_row
    assert not checkpoint.exists()


async def test_export_stopped_by_an_api_error_resumes_from_the_failed_page(
    fake: FakeInstantly, client: AsyncInstantly, tmp_path: Path
) -> None:
    campaign = fake.seed_campaign("Q3")
    ids = seed_leads(fake, campaign["id"], 30)
    out, checkpoint = tmp_path / "leads.jsonl", tmp_path / "ck.json"

    def fail_next_page(rows: int) -> None:
        if rows == 20:
            fake.inject("listLeads", status=400)

    with pytest.raises(errors.BadRequestError):
        await io.export_leads(
            client,
            out,
            campaign=campaign["id"],
            page_size=10,
            checkpoint=checkpoint,
            on_progress=fail_next_page,
        )
    result = await io.export_leads(
        client, out, campaign=campaign["id"], page_size=10, checkpoint=checkpoint
    )

    assert [r["id"] for r in read_jsonl(out)] == ids
    assert result.resumed_from == 20
    starts = [r.json.get("starting_after") for r in fake.requests_for("listLeads")]
    assert starts == [None, ids[9], ids[19], ids[19]]  # the failed page asked again, no other


async def test_checkpoint_of_another_export_is_refused(
    fake: FakeInstantly, client: AsyncInstantly, tmp_path: Path
) -> None:
    campaign = fake.seed_campaign("Q3")
    seed_leads(fake, campaign["id"], 15)
    checkpoint = tmp_path / "ck.json"
    with pytest.raises(Interrupt):
        await io.export_leads(
            client,
            tmp_path / "a.jsonl",
            campaign=campaign["id"],
            page_size=10,
            checkpoint=checkpoint,
            on_progress=lambda rows: (_ for _ in ()).throw(Interrupt()),
        )

    with pytest.raises(io.CheckpointError, match="belongs to another export"):
        await io.export_leads(client, tmp_path / "a.jsonl", checkpoint=checkpoint)
    checkpoint.write_text("{broken", encoding="utf-8")
    with pytest.raises(io.CheckpointError, match="is not readable"):
        await io.export_leads(client, tmp_path / "a.jsonl", checkpoint=checkpoint)


async def test_export_without_checkpoint_starts_afresh(
    fake: FakeInstantly, client: AsyncInstantly, tmp_path: Path
) -> None:
    campaign = fake.seed_campaign("Q3")
    ids = seed_leads(fake, campaign["id"], 5)
    out = tmp_path / "leads.jsonl"
    out.with_name("leads.jsonl.part").write_text('{"id": "stale"}\n', encoding="utf-8")

    await io.export_leads(client, out, campaign=campaign["id"])

    assert [r["id"] for r in read_jsonl(out)] == ids


async def test_export_refuses_starting_after(client: AsyncInstantly, tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="checkpoint="):
        await io.export_leads(client, tmp_path / "x.csv", starting_after="abc")
