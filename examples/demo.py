"""The instantly-async demo: a tour of the SDK's main job, printed step by step.

By default it runs against FakeInstantly, the in-process fake server that ships with the package:
no network, no account. It creates a campaign, bulk-imports leads, walks them with the async
iterator, connects a sending account, enables warmup and waits for the background job.

    python examples/demo.py                 # against the built-in fake server
    python examples/demo.py --leads 5000    # a bigger import
    INSTANTLY_API_KEY=... python examples/demo.py --real
                                            # the real API, read-only: lists, never writes
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections.abc import Iterator
from typing import Any

from instantly_async import AsyncInstantly, BulkAddReport, errors
from instantly_async.testing import FakeInstantly

SCHEDULE = {
    "schedules": [
        {
            "name": "Office hours",
            "timing": {"from": "09:00", "to": "17:00"},
            "days": {"1": True, "2": True, "3": True, "4": True, "5": True},
            "timezone": "America/Chicago",
        }
    ]
}


def say(text: str) -> None:
    print(text, flush=True)


def demo_leads(count: int) -> Iterator[dict[str, Any]]:
    """A generator: add_many streams it, the leads are never all in memory."""
    for i in range(count):
        yield {
            "email": f"prospect{i}@example.com",
            "first_name": f"Prospect{i}",
            "company_name": f"Company {i % 97}",
            "custom_variables": {"source": "demo", "batch": i // 1000},
        }


async def tour(client: AsyncInstantly, lead_count: int) -> None:
    started = time.perf_counter()
    campaign = await client.campaigns.create(
        name="instantly-async demo", campaign_schedule=SCHEDULE
    )
    say(f"1. created campaign {campaign.name!r} ({campaign.id}), status {campaign.status.name}")

    def progress(report: BulkAddReport) -> None:
        say(f"   ... chunks done: {report.chunks_done}, leads uploaded: {report.leads_uploaded}")

    report = await client.leads.add_many(
        demo_leads(lead_count),
        campaign_id=campaign.id,
        skip_if_in_workspace=True,  # a repeat cannot duplicate: ambiguous chunks may be retried
        on_progress=progress,
    )
    say(
        f"2. imported {report.leads_seen} leads in {report.chunks_done} chunks: "
        f"{report.leads_uploaded} uploaded, {report.duplicated_leads} duplicates, "
        f"{report.in_blocklist} blocklisted, {report.invalid_email_count} invalid, "
        f"{len(report.failures)} failed chunks"
    )
    again = await client.leads.add_many(
        demo_leads(3), campaign_id=campaign.id, skip_if_in_workspace=True
    )
    say(
        f"   importing 3 of them again with skip_if_in_workspace=True: {again.leads_uploaded} uploaded, "
        f"{again.skipped_count} skipped (safe to retry, so ambiguous failures are retried)"
    )

    walked = 0
    companies: set[str] = set()
    pager = client.leads.list(campaign=campaign.id, limit=100)
    async for lead in pager:
        walked += 1
        companies.add(lead.company_name or "")
    say(f"3. walked {walked} leads page by page (100 per page) from {len(companies)} companies")

    account = await client.accounts.create(
        email="sender@demo-sending.example",
        first_name="Sam",
        last_name="Sender",
        provider_code=1,
        imap_username="sender@demo-sending.example",
        imap_password="imap-secret",
        imap_host="imap.demo-sending.example",
        imap_port=993,
        smtp_username="sender@demo-sending.example",
        smtp_password="smtp-secret",
        smtp_host="smtp.demo-sending.example",
        smtp_port=587,
    )
    say(
        f"4. connected sending account {account.email} (warmup status {account.warmup_status.name})"
    )

    job = await client.accounts.enable_warmup(emails=[account.email])
    say(f"5. warmup job {job.id} started ({job.status!s}); waiting for it")
    done = await client.background_jobs.wait(
        job,
        poll_interval=0.05,
        on_progress=lambda j: say(f"   ... job {j.status!s}, {j.progress:.0f}%"),
    )
    account = await client.accounts.get(account.email)
    say(f"   job {done.status!s}: account warmup status is now {account.warmup_status.name}")

    try:
        await client.campaigns.get("00000000-0000-0000-0000-000000000000")
    except errors.NotFoundError as exc:
        say(f"6. errors are typed: {type(exc).__name__} (status {exc.status}): {exc.message}")
    say(f"done in {time.perf_counter() - started:.1f} s")


async def read_only_tour(client: AsyncInstantly) -> None:
    workspace = await client.workspaces.get_current()
    say(f"workspace: {workspace.name}")
    campaigns = [c async for c in client.campaigns.list(limit=10, max_items=10)]
    say(
        f"first {len(campaigns)} campaigns: "
        + ", ".join(f"{c.name} ({c.status!s})" for c in campaigns)
    )
    accounts = [a async for a in client.accounts.list(limit=10, max_items=10)]
    say(f"first {len(accounts)} sending accounts: " + ", ".join(a.email for a in accounts))
    if campaigns:
        count = 0
        async for _ in client.leads.list(campaign=campaigns[0].id, limit=100, max_items=500):
            count += 1
        say(f"campaign {campaigns[0].name!r}: {count}{'+' if count == 500 else ''} leads")


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", action="store_true", help="read (only read) from the real API")
    parser.add_argument(
        "--leads", type=int, default=2500, help="how many leads to import (fake only)"
    )
    args = parser.parse_args()
    if args.real:
        if not os.environ.get("INSTANTLY_API_KEY"):
            say("--real needs INSTANTLY_API_KEY set to a V2 API key")
            return 2
        say("Reading from the real Instantly API (nothing is written)")
        async with AsyncInstantly() as client:
            await read_only_tour(client)
        return 0
    async with FakeInstantly() as fake:
        say(f"FakeInstantly listening on {fake.base_url}: no network, no account needed")
        async with AsyncInstantly(fake.api_key, base_url=fake.base_url) as client:
            await tour(client, args.leads)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
