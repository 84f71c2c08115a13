"""Sending accounts, keyed by email (case-insensitive): CRUD, pause (status 2), resume
(status 1), and warmup enable/disable jobs whose success flips ``warmup_status`` (1 / 0).

The list cursor is ``timestamp_created&email``, as on the live API.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._state import FakeState, Record, iso_timestamp
from ._base import ApiError, Ctx, Reply, contains, get_or_404, handles
from .jobs import start_job

ACTIVE = 1
PAUSED = 2
WARMUP_OFF = 0
WARMUP_ON = 1


def new_account(state: FakeState, email: str, fields: Mapping[str, Any]) -> Record:
    """Store an active account for ``email``; ``fields`` are already filtered to writable
    Account fields."""
    ms = state.tick()
    record: Record = {
        "email": email,
        "timestamp_created": iso_timestamp(ms),
        "timestamp_updated": iso_timestamp(ms),
        "first_name": fields.get("first_name", ""),
        "last_name": fields.get("last_name", ""),
        "organization": state.workspace_id,
        "status": ACTIVE,
        "warmup_status": WARMUP_OFF,
        "provider_code": fields.get("provider_code", 1),
        "setup_pending": False,
        "is_managed_account": False,
        "added_by": state.user_id,
        "timestamp_warmup_start": None,
        "stat_warmup_score": None,
    }
    for key, value in fields.items():
        record.setdefault(key, value)
    state.accounts[email.lower()] = record
    return record


def _account(ctx: Ctx) -> Record:
    return get_or_404(ctx.state.accounts, ctx.params["email"].lower())


@handles("createAccount")
def create_account(ctx: Ctx) -> Reply:
    email = ctx.data["email"]
    if email.lower() in ctx.state.accounts:
        raise ApiError(409, f"Account {email} already exists")
    return ctx.ok(new_account(ctx.state, email, ctx.writable(ctx.data, "Account")))


@handles("listAccount")
def list_accounts(ctx: Ctx) -> Reply:
    q = ctx.query
    records = [
        account
        for account in ctx.state.accounts.values()
        if (not q.get("search") or contains(account["email"], q["search"]))
        and q.get("status") in (None, account.get("status"))
        and q.get("provider_code") in (None, account.get("provider_code"))
    ]
    return ctx.page(records, lambda a: f"{a['timestamp_created']}&{a['email']}")


@handles("getAccount")
def get_account(ctx: Ctx) -> Reply:
    return ctx.ok(_account(ctx))


@handles("patchAccount")
def patch_account(ctx: Ctx) -> Reply:
    record = _account(ctx)
    record.update(ctx.writable(ctx.data, "Account"))
    record["timestamp_updated"] = ctx.state.now()
    return ctx.ok(record)


@handles("deleteAccount")
def delete_account(ctx: Ctx) -> Reply:
    _account(ctx)
    return ctx.ok(ctx.state.accounts.pop(ctx.params["email"].lower()))


def _set_status(ctx: Ctx, record: Record, status: int) -> Record:
    record["status"] = status
    record["timestamp_updated"] = ctx.state.now()
    return record


@handles("pauseAccount")
def pause_account(ctx: Ctx) -> Reply:
    return ctx.ok(_set_status(ctx, _account(ctx), PAUSED))


@handles("resumeAccount")
def resume_account(ctx: Ctx) -> Reply:
    return ctx.ok(_set_status(ctx, _account(ctx), ACTIVE))


@handles("pauseAccounts")
def pause_accounts(ctx: Ctx) -> Reply:
    paused: list[str] = []
    failed: list[str] = []
    for email in ctx.data["emails"]:
        record = ctx.state.accounts.get(email.lower())
        if record is None:
            failed.append(email)
        else:
            _set_status(ctx, record, PAUSED)
            paused.append(email)
    return ctx.ok({"paused_emails": paused, "failed_emails": failed})


def _warmup_targets(ctx: Ctx) -> list[str]:
    body = ctx.data
    accounts = ctx.state.accounts
    if body.get("include_all_emails"):
        excluded = {e.lower() for e in body.get("excluded_emails", ())}
        search = body.get("search")
        return [
            key
            for key, account in accounts.items()
            if key not in excluded and (not search or contains(account["email"], search))
        ]
    return [e.lower() for e in body.get("emails", ()) if e.lower() in accounts]


def _warmup_job(ctx: Ctx, warmup_status: int) -> Reply:
    targets = _warmup_targets(ctx)
    state = ctx.state

    def effect() -> dict[str, Any]:
        updated = []
        for key in targets:
            record = state.accounts.get(key)
            if record is None:
                continue
            record["warmup_status"] = warmup_status
            if warmup_status == WARMUP_ON:
                record["timestamp_warmup_start"] = state.now()
            record["timestamp_updated"] = state.now()
            updated.append(record["email"])
        return {"updated_emails": updated, "updated_count": len(updated)}

    job = start_job(
        ctx,
        job_type="update-warmup-accounts",
        entity_type="workspace",
        entity_id=state.workspace_id,
        effect=effect,
    )
    return ctx.ok(job)


@handles("enableWarmupForAccounts")
def enable_warmup(ctx: Ctx) -> Reply:
    return _warmup_job(ctx, WARMUP_ON)


@handles("disableWarmupForAccounts")
def disable_warmup(ctx: Ctx) -> Reply:
    return _warmup_job(ctx, WARMUP_OFF)
