"""Custom tags: CRUD; a label already used by another tag answers 409, as on the live API."""

from __future__ import annotations

from .._state import Record, iso_timestamp
from ._base import ApiError, Ctx, Reply, contains, get_or_404, handles, split_csv


def _check_unique(ctx: Ctx, label: str, tag_id: str | None = None) -> None:
    for tag in ctx.state.custom_tags.values():
        if tag["id"] != tag_id and tag["label"].strip().lower() == label.strip().lower():
            raise ApiError(409, f"A tag named {label!r} already exists")


@handles("createCustomTag")
def create_custom_tag(ctx: Ctx) -> Reply:
    label = ctx.data["label"]
    _check_unique(ctx, label)
    state = ctx.state
    ms = state.tick()
    record: Record = {
        "id": state.new_id(ms),
        "timestamp_created": iso_timestamp(ms),
        "timestamp_updated": iso_timestamp(ms),
        "organization_id": state.workspace_id,
        "label": label,
    }
    state.custom_tags[record["id"]] = record
    return ctx.ok(record)


@handles("listCustomTag")
def list_custom_tags(ctx: Ctx) -> Reply:
    search = ctx.query.get("search")
    ids = set(split_csv(ctx.query.get("tag_ids")))
    records = [
        tag
        for tag in ctx.state.custom_tags.values()
        if (not search or contains(tag["label"], search)) and (not ids or tag["id"] in ids)
    ]
    return ctx.page(records, lambda tag: str(tag["id"]))


@handles("getCustomTag")
def get_custom_tag(ctx: Ctx) -> Reply:
    return ctx.ok(get_or_404(ctx.state.custom_tags, ctx.params["id"]))


@handles("patchCustomTag")
def patch_custom_tag(ctx: Ctx) -> Reply:
    record = get_or_404(ctx.state.custom_tags, ctx.params["id"])
    if "label" in ctx.data:
        _check_unique(ctx, ctx.data["label"], record["id"])
    record.update(ctx.writable(ctx.data, "CustomTag"))
    record["timestamp_updated"] = ctx.state.now()
    return ctx.ok(record)


@handles("deleteCustomTag")
def delete_custom_tag(ctx: Ctx) -> Reply:
    get_or_404(ctx.state.custom_tags, ctx.params["id"])
    return ctx.ok(ctx.state.custom_tags.pop(ctx.params["id"]))
