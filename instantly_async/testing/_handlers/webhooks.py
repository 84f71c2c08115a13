"""Webhook subscriptions: CRUD and resume (``status`` back to 1 after being disabled, -1)."""

from __future__ import annotations

from .._state import Record, iso_timestamp
from ._base import Ctx, Reply, get_or_404, handles

ENABLED = 1


@handles("createWebhook")
def create_webhook(ctx: Ctx) -> Reply:
    state = ctx.state
    ms = state.tick()
    record: Record = {
        "id": state.new_id(ms),
        "organization": state.workspace_id,
        "campaign": None,
        "name": None,
        "target_hook_url": ctx.data["target_hook_url"],
        "event_type": "all_events",
        "custom_interest_value": None,
        "headers": None,
        "timestamp_created": iso_timestamp(ms),
        "status": ENABLED,
        "timestamp_error": None,
    }
    record.update(ctx.writable(ctx.data, "Webhook"))
    if ctx.data.get("custom_interest_value") is not None and "event_type" not in ctx.data:
        record["event_type"] = None  # a custom lead label's subscription has no event name
    state.webhooks[record["id"]] = record
    return ctx.ok(record)


@handles("listWebhook")
def list_webhooks(ctx: Ctx) -> Reply:
    q = ctx.query
    records = [
        hook
        for hook in ctx.state.webhooks.values()
        if q.get("campaign") in (None, hook.get("campaign"))
        and q.get("event_type") in (None, hook.get("event_type"))
    ]
    return ctx.page(records, lambda hook: str(hook["id"]))


@handles("getWebhook")
def get_webhook(ctx: Ctx) -> Reply:
    return ctx.ok(get_or_404(ctx.state.webhooks, ctx.params["id"]))


@handles("patchWebhook")
def patch_webhook(ctx: Ctx) -> Reply:
    record = get_or_404(ctx.state.webhooks, ctx.params["id"])
    record.update(ctx.writable(ctx.data, "Webhook"))
    return ctx.ok(record)


@handles("deleteWebhook")
def delete_webhook(ctx: Ctx) -> Reply:
    get_or_404(ctx.state.webhooks, ctx.params["id"])
    return ctx.ok(ctx.state.webhooks.pop(ctx.params["id"]))


@handles("resumeWebhook")
def resume_webhook(ctx: Ctx) -> Reply:
    record = get_or_404(ctx.state.webhooks, ctx.params["id"])
    record["status"] = ENABLED
    record["timestamp_error"] = None
    return ctx.ok(record)
