"""10,000 leads through a real CSV file, a real FakeInstantly and back out again."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from instantly_async import AsyncInstantly, NoRateLimiter, io
from instantly_async.testing import FakeInstantly

N = 10_000


def write_vendor_file(path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["email", "first_name", "company_name", "industry", "score", "vip", "zip"])
        for i in range(N):
            writer.writerow(
                [f"lead{i}@example.com", f"F{i}", f"Co {i % 97}", "saas", i, i % 3 == 0, f"0{i}"]
            )
    return path


def by_email(path: Path) -> dict[str, dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return {row["email"]: row for row in csv.DictReader(f)}


@pytest.mark.slow
async def test_10000_leads_round_trip_through_csv(fake: FakeInstantly, tmp_path: Path) -> None:
    campaign = fake.seed_campaign("Q3")
    source = write_vendor_file(tmp_path / "vendor.csv")

    async with AsyncInstantly(
        fake.api_key, base_url=fake.base_url, rate_limiter=NoRateLimiter()
    ) as client:
        report = await io.import_leads(client, source, campaign_id=campaign["id"])
        assert report.ok and report.uploaded == N and report.accounted == N
        result = await io.export_leads(client, tmp_path / "out.csv", campaign=campaign["id"])

    assert result.rows == N
    sent, got = by_email(source), by_email(tmp_path / "out.csv")
    assert got.keys() == sent.keys()
    for email, row in sent.items():
        back = got[email]
        assert (back["first_name"], back["company_name"]) == (
            row["first_name"],
            row["company_name"],
        )
        assert (back["custom.industry"], back["custom.score"], back["custom.zip"]) == (
            row["industry"],
            row["score"],
            row["zip"],
        )
        assert back["custom.vip"] == row["vip"].lower()  # True -> true: a boolean both ways
