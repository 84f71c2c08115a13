"""The webhook delivery log: every attempt the fake made (``fake.emit``, test deliveries),
newest last, filtered by outcome, day range and a search text."""

from __future__ import annotations

import json

from ._base import Ctx, Reply, get_or_404, handles


@handles("listWebhookEvent")
def list_webhook_events(ctx: Ctx) -> Reply:
    q = ctx.query
    search = q.get("search")
    records = [
        record
        for record in ctx.state.webhook_events.values()
        if q.get("success") in (None, record["success"])
        and q.get("from", "") <= record["timestamp_created_date"] <= q.get("to", "9999-12-31")
        and (not search or search.lower() in json.dumps(record["payload"]).lower())
    ]
    return ctx.page(records, lambda record: str(record["id"]))


@handles("getWebhookEvent")
def get_webhook_event(ctx: Ctx) -> Reply:
    return ctx.ok(get_or_404(ctx.state.webhook_events, ctx.params["id"]))
