"""Campaigns: CRUD, activate (status 1), pause (status 2), duplicate."""

from __future__ import annotations

import copy
from typing import Any

from .._state import FakeState, Record, iso_timestamp
from ._base import Ctx, Reply, contains, get_or_404, handles

DRAFT = 0
ACTIVE = 1
PAUSED = 2


def new_campaign(state: FakeState, fields: dict[str, Any]) -> Record:
    """Store a draft campaign made of ``fields`` (already filtered to writable ones)."""
    ms = state.tick()
    record: Record = {
        "id": state.new_id(ms),
        "name": fields.get("name", "Campaign"),
        "status": DRAFT,
        "campaign_schedule": fields.get(
            "campaign_schedule",
            {
                "schedules": [
                    {
                        "name": "Default",
                        "timing": {"from": "09:00", "to": "17:00"},
                        "days": {"1": True, "2": True, "3": True, "4": True, "5": True},
                        "timezone": "America/Chicago",
                    }
                ]
            },
        ),
        "timestamp_created": iso_timestamp(ms),
        "timestamp_updated": iso_timestamp(ms),
        "organization": state.workspace_id,
    }
    for key, value in fields.items():
        record.setdefault(key, value)
    state.campaigns[record["id"]] = record
    return record


@handles("createCampaign")
def create_campaign(ctx: Ctx) -> Reply:
    return ctx.ok(new_campaign(ctx.state, ctx.writable(ctx.data, "Campaign")))


@handles("listCampaign")
def list_campaigns(ctx: Ctx) -> Reply:
    search = ctx.query.get("search")
    status = ctx.query.get("status")
    exclude_status = ctx.query.get("exclude_status")
    records = [
        c
        for c in ctx.state.campaigns.values()
        if (search is None or contains(c.get("name"), search))
        and (status is None or c.get("status") == status)
        and (exclude_status is None or c.get("status") != exclude_status)
    ]
    return ctx.page(records, lambda c: str(c["id"]))


@handles("getCampaign")
def get_campaign(ctx: Ctx) -> Reply:
    return ctx.ok(get_or_404(ctx.state.campaigns, ctx.params["id"]))


@handles("patchCampaign")
def patch_campaign(ctx: Ctx) -> Reply:
    record = get_or_404(ctx.state.campaigns, ctx.params["id"])
    record.update(ctx.writable(ctx.data, "Campaign"))
    record["timestamp_updated"] = ctx.state.now()
    return ctx.ok(record)


@handles("deleteCampaign")
def delete_campaign(ctx: Ctx) -> Reply:
    get_or_404(ctx.state.campaigns, ctx.params["id"])
    return ctx.ok(ctx.state.campaigns.pop(ctx.params["id"]))


def _set_status(ctx: Ctx, status: int) -> Reply:
    record = get_or_404(ctx.state.campaigns, ctx.params["id"])
    record["status"] = status
    record["timestamp_updated"] = ctx.state.now()
    return ctx.ok(record)


@handles("activateCampaign")
def activate_campaign(ctx: Ctx) -> Reply:
    return _set_status(ctx, ACTIVE)


@handles("pauseCampaign")
def pause_campaign(ctx: Ctx) -> Reply:
    return _set_status(ctx, PAUSED)


@handles("duplicate")
def duplicate_campaign(ctx: Ctx) -> Reply:
    source = get_or_404(ctx.state.campaigns, ctx.params["id"])
    fields = ctx.writable(copy.deepcopy(source), "Campaign")
    fields["name"] = ctx.data.get("name") or f"{source['name']} (copy)"
    return ctx.ok(new_campaign(ctx.state, fields))
