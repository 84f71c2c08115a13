"""Operation handlers: stateful ones for the core resources, spec examples for the rest.

:func:`dispatch` runs the registered handler of an operation. An operation without one answers
an example of its success schema (a paginated one answers a one-item page that follows the
cursor rules); when its path lies under a stateful resource
(``/api/v2/campaigns/{id}/...``, ``/api/v2/accounts/{email}/...``) the resource must exist (404
otherwise), and an operation that answers that resource's schema answers the stored record.
"""

from __future__ import annotations

import copy
from typing import Any

# Importing the handler modules registers their handlers in HANDLERS.
from . import (  # noqa: F401
    accounts,
    api_keys,
    block_list,
    campaigns,
    custom_tags,
    jobs,
    lead_labels,
    lead_lists,
    leads,
    oauth,
    verification,
    webhook_events,
    webhooks,
)
from ._base import HANDLERS, ApiError, Ctx, Reply, Settings, get_or_404

__all__ = ["HANDLERS", "ApiError", "Ctx", "Reply", "Settings", "dispatch"]

# The cursor of the one item on an example page: a page after it is empty.
EXAMPLE_CURSOR = "example-cursor"

# Path template of a stateful resource -> (store on FakeState, schema name, key is an email).
RESOURCE_PATHS: dict[str, tuple[str, str, bool]] = {
    "/api/v2/campaigns/{id}": ("campaigns", "Campaign", False),
    "/api/v2/leads/{id}": ("leads", "Lead", False),
    "/api/v2/lead-lists/{id}": ("lead_lists", "LeadList", False),
    "/api/v2/accounts/{email}": ("accounts", "Account", True),
    "/api/v2/lead-labels/{id}": ("lead_labels", "LeadLabel", False),
    "/api/v2/custom-tags/{id}": ("custom_tags", "CustomTag", False),
    "/api/v2/block-lists-entries/{id}": ("block_list_entries", "BlockListEntry", False),
    "/api/v2/webhooks/{id}": ("webhooks", "Webhook", False),
    "/api/v2/background-jobs/{id}": ("background_jobs", "BackgroundJob", False),
    "/api/v2/api-keys/{id}": ("api_keys", "APIKey", False),
}


def dispatch(ctx: Ctx, example_cache: dict[str, Any]) -> Reply:
    """Answer one validated request."""
    handler = HANDLERS.get(ctx.op.operation_id)
    if handler is not None:
        return handler(ctx)
    record = _scoped_resource(ctx)
    if record is not None and ctx.op.success_ref == record[1]:
        return ctx.ok(record[0])
    return _example_reply(ctx, example_cache)


def _scoped_resource(ctx: Ctx) -> tuple[dict[str, Any], str] | None:
    for template, (store_name, schema_name, by_email) in RESOURCE_PATHS.items():
        if ctx.op.path == template or ctx.op.path.startswith(template + "/"):
            param = template.rsplit("{", 1)[1].rstrip("}")
            key = ctx.params[param]
            store: dict[str, dict[str, Any]] = getattr(ctx.state, store_name)
            return get_or_404(store, key.lower() if by_email else key), schema_name
    return None


def _example_reply(ctx: Ctx, cache: dict[str, Any]) -> Reply:
    op = ctx.op
    if op.success_schema is None:
        return ctx.ok()
    if op.operation_id not in cache:
        cache[op.operation_id] = ctx.examples.build(op.success_schema, name=op.operation_id)
    body = copy.deepcopy(cache[op.operation_id])
    if op.pagination is not None and isinstance(body, dict) and isinstance(body.get("items"), list):
        return ctx.page(body["items"], lambda _item: EXAMPLE_CURSOR)
    if op.success_content_type != "application/json":
        return Reply(op.success_status, text=str(body), content_type=op.success_content_type)
    return ctx.ok(body)
