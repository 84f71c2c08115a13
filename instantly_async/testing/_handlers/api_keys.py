"""API keys: the keys the fake accepts, with their scopes. Keys created through the API work at
once; deleting one revokes it."""

from __future__ import annotations

import secrets
from collections.abc import Iterable

from .._state import FakeState, Record, iso_timestamp
from ._base import Ctx, Reply, get_or_404, handles


def new_api_key(
    state: FakeState, name: str, scopes: Iterable[str], key: str | None = None
) -> Record:
    """Store (and so accept) a key; a random one when ``key`` is not given."""
    ms = state.tick()
    record: Record = {
        "id": state.new_id(ms),
        "name": name,
        "scopes": list(scopes),
        "key": key if key is not None else secrets.token_urlsafe(32),
        "organization_id": state.workspace_id,
        "timestamp_created": iso_timestamp(ms),
        "timestamp_updated": iso_timestamp(ms),
    }
    state.api_keys[record["id"]] = record
    return record


def find_api_key(state: FakeState, key: str) -> Record | None:
    return next((r for r in state.api_keys.values() if r["key"] == key), None)


@handles("createAPIKey")
def create_api_key(ctx: Ctx) -> Reply:
    return ctx.ok(new_api_key(ctx.state, ctx.data["name"], ctx.data["scopes"]))


@handles("listAPIKey")
def list_api_keys(ctx: Ctx) -> Reply:
    return ctx.page(ctx.state.api_keys.values(), lambda r: str(r["id"]))


@handles("deleteAPIKey")
def delete_api_key(ctx: Ctx) -> Reply:
    get_or_404(ctx.state.api_keys, ctx.params["id"])
    return ctx.ok(ctx.state.api_keys.pop(ctx.params["id"]))
