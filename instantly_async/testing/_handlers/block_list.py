"""Block list entries: emails and domains that leads may not be added with.

An entry without ``@`` is a domain (``is_domain: true``) and blocks every address at it.
Creating a value that is already listed answers the existing entry.
"""

from __future__ import annotations

import csv
import io
import re

from .._state import FakeState, Record, iso_timestamp
from .._validation import is_email
from ._base import Ctx, Reply, contains, get_or_404, handles

_DOMAIN = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", re.I)


def is_valid_value(value: str) -> bool:
    return is_email(value) or _DOMAIN.match(value) is not None


def is_blocked(state: FakeState, email: str) -> bool:
    """True when the email, or its domain, is on the block list."""
    email = email.lower()
    domain = email.rsplit("@", 1)[-1]
    return any(
        entry["bl_value"].lower() == (domain if entry["is_domain"] else email)
        for entry in state.block_list_entries.values()
    )


def new_entry(state: FakeState, value: str) -> Record:
    """Store ``value`` (or find it, when it is already listed)."""
    for entry in state.block_list_entries.values():
        if entry["bl_value"].lower() == value.lower():
            return entry
    ms = state.tick()
    record: Record = {
        "id": state.new_id(ms),
        "timestamp_created": iso_timestamp(ms),
        "organization_id": state.workspace_id,
        "bl_value": value,
        "is_domain": "@" not in value,
    }
    state.block_list_entries[record["id"]] = record
    return record


def _filtered(ctx: Ctx) -> list[Record]:
    search = ctx.query.get("search")
    domains_only = ctx.query.get("domains_only")
    return [
        entry
        for entry in ctx.state.block_list_entries.values()
        if (not search or contains(entry["bl_value"], search))
        and (not domains_only or entry["is_domain"])
    ]


@handles("createBlockListEntry")
def create_entry(ctx: Ctx) -> Reply:
    return ctx.ok(new_entry(ctx.state, ctx.data["bl_value"]))


@handles("listBlockListEntry")
def list_entries(ctx: Ctx) -> Reply:
    return ctx.page(_filtered(ctx), lambda entry: str(entry["id"]))


@handles("getBlockListEntry")
def get_entry(ctx: Ctx) -> Reply:
    return ctx.ok(get_or_404(ctx.state.block_list_entries, ctx.params["id"]))


@handles("patchBlockListEntry")
def patch_entry(ctx: Ctx) -> Reply:
    record = get_or_404(ctx.state.block_list_entries, ctx.params["id"])
    if "bl_value" in ctx.data:
        record["bl_value"] = ctx.data["bl_value"]
        record["is_domain"] = "@" not in record["bl_value"]
    return ctx.ok(record)


@handles("deleteBlockListEntry")
def delete_entry(ctx: Ctx) -> Reply:
    get_or_404(ctx.state.block_list_entries, ctx.params["id"])
    return ctx.ok(ctx.state.block_list_entries.pop(ctx.params["id"]))


@handles("createblukBlockListEntry")
def bulk_create_entries(ctx: Ctx) -> Reply:
    values: list[str] = ctx.data["bl_values"]
    valid = [v for v in values if is_valid_value(v)]
    items = [new_entry(ctx.state, v) for v in valid]
    return ctx.ok(
        {"items": items, "valid_count": len(valid), "invalid_count": len(values) - len(valid)}
    )


@handles("deletebulkBlockListEntry")
def bulk_delete_entries(ctx: Ctx) -> Reply:
    store = ctx.state.block_list_entries
    return ctx.ok([store.pop(i) for i in ctx.data["ids"] if i in store])


@handles("deleteallBlockListEntry")
def delete_all_entries(ctx: Ctx) -> Reply:
    deleted = list(ctx.state.block_list_entries.values())
    ctx.state.block_list_entries.clear()
    return ctx.ok(deleted)


@handles("downloadBlockListEntry")
def download_entries(ctx: Ctx) -> Reply:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["bl_value", "is_domain"])
    for entry in _filtered(ctx):
        writer.writerow([entry["bl_value"], "true" if entry["is_domain"] else "false"])
    return Reply(ctx.op.success_status, text=buffer.getvalue(), content_type="text/csv")
