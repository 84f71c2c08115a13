"""Lead labels: CRUD; the list cursor is ``timestamp_created``, as on the live API.

Each label gets its own ``interest_status`` number (from 1000 up), the value leads carry in
``lt_interest_status`` when they are given that label.
"""

from __future__ import annotations

from .._state import Record, iso_timestamp
from ._base import Ctx, Reply, contains, get_or_404, handles

FIRST_CUSTOM_INTEREST_STATUS = 1000


@handles("createLeadLabel")
def create_lead_label(ctx: Ctx) -> Reply:
    state = ctx.state
    ms = state.tick()
    taken = [label["interest_status"] for label in state.lead_labels.values()]
    record: Record = {
        "id": state.new_id(ms),
        "timestamp_created": iso_timestamp(ms),
        "created_by": state.user_id,
        "organization_id": state.workspace_id,
        "label": ctx.data["label"],
        "interest_status_label": ctx.data["interest_status_label"],
        "interest_status": max([FIRST_CUSTOM_INTEREST_STATUS - 1, *taken]) + 1,
    }
    record.update(ctx.writable(ctx.data, "LeadLabel"))
    state.lead_labels[record["id"]] = record
    return ctx.ok(record)


@handles("listLeadLabel")
def list_lead_labels(ctx: Ctx) -> Reply:
    search = ctx.query.get("search")
    kind = ctx.query.get("interest_status")
    records = [
        r
        for r in ctx.state.lead_labels.values()
        if (not search or contains(r["label"], search))
        and (kind is None or r["interest_status_label"] == kind)
    ]
    return ctx.page(records, lambda r: str(r["timestamp_created"]))


@handles("getLeadLabel")
def get_lead_label(ctx: Ctx) -> Reply:
    return ctx.ok(get_or_404(ctx.state.lead_labels, ctx.params["id"]))


@handles("patchLeadLabel")
def patch_lead_label(ctx: Ctx) -> Reply:
    record = get_or_404(ctx.state.lead_labels, ctx.params["id"])
    record.update(ctx.writable(ctx.data, "LeadLabel"))
    return ctx.ok(record)


@handles("deleteLeadLabel")
def delete_lead_label(ctx: Ctx) -> Reply:
    record = get_or_404(ctx.state.lead_labels, ctx.params["id"])
    reassigned = ctx.data.get("reassigned_status")
    for lead in ctx.state.leads.values():
        if lead.get("lt_interest_status") == record["interest_status"]:
            if reassigned is None:
                lead.pop("lt_interest_status", None)
            else:
                lead["lt_interest_status"] = reassigned
    return ctx.ok(ctx.state.lead_labels.pop(ctx.params["id"]))
