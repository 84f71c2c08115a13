"""Lead lists: CRUD; the list cursor is ``timestamp_created``, as on the live API."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._state import FakeState, Record, iso_timestamp
from ._base import Ctx, Reply, contains, get_or_404, handles


def new_lead_list(state: FakeState, fields: Mapping[str, Any]) -> Record:
    """Store a lead list made of ``fields`` (writable LeadList fields)."""
    ms = state.tick()
    record: Record = {
        "id": state.new_id(ms),
        "organization_id": state.workspace_id,
        "name": fields.get("name", "Lead list"),
        "has_enrichment_task": False,
        "owned_by": state.user_id,
        "timestamp_created": iso_timestamp(ms),
    }
    record.update(fields)
    state.lead_lists[record["id"]] = record
    return record


@handles("createLeadList")
def create_lead_list(ctx: Ctx) -> Reply:
    return ctx.ok(new_lead_list(ctx.state, ctx.writable(ctx.data, "LeadList")))


@handles("listLeadList")
def list_lead_lists(ctx: Ctx) -> Reply:
    search = ctx.query.get("search")
    enrichment = ctx.query.get("has_enrichment_task")
    records = [
        r
        for r in ctx.state.lead_lists.values()
        if (not search or contains(r["name"], search))
        and (enrichment is None or bool(r.get("has_enrichment_task")) == enrichment)
    ]
    return ctx.page(records, lambda r: str(r["timestamp_created"]))


@handles("getLeadList")
def get_lead_list(ctx: Ctx) -> Reply:
    return ctx.ok(get_or_404(ctx.state.lead_lists, ctx.params["id"]))


@handles("patchLeadList")
def patch_lead_list(ctx: Ctx) -> Reply:
    record = get_or_404(ctx.state.lead_lists, ctx.params["id"])
    record.update(ctx.writable(ctx.data, "LeadList"))
    return ctx.ok(record)


@handles("deleteLeadList")
def delete_lead_list(ctx: Ctx) -> Reply:
    get_or_404(ctx.state.lead_lists, ctx.params["id"])
    return ctx.ok(ctx.state.lead_lists.pop(ctx.params["id"]))
