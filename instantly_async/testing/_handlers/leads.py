"""Leads: CRUD, filtered lists, bulk add with de-duplication, bulk delete, move (a job).

De-duplication follows the live API's flags: ``skip_if_in_workspace`` skips an email that any
lead of the workspace has, ``skip_if_in_campaign`` one that a lead in any campaign has,
``skip_if_in_list`` one that a lead in any list has. Without flags, an email already in the
target campaign (or list) is a duplicate and is not added again.

``POST /leads/add`` sorts every lead into exactly one count, checked in this order:
``incomplete_count`` (no email), ``invalid_email_count`` (malformed email),
``duplicate_email_count`` (the email came earlier in the same request), ``in_blocklist`` (the
email or its domain is on the block list), ``skipped_count`` (a ``skip_if_*`` flag applies),
``duplicated_leads`` (already in the target), ``leads_uploaded`` (created).

Custom variables live in the lead's ``payload``; ``PATCH`` replaces them as a whole.

``POST /leads/move`` selects the leads (same filters as the list) when it is called and moves
(or, with ``copy_leads``, copies) them when its job succeeds; ``check_duplicates`` leaves out
emails already in the destination, ``check_duplicates_in_campaigns`` emails already in a
campaign.

The rules the published schema leaves out (a target for add and move) are in ``_rules.py``.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any

from .._state import FakeState, Record, iso_timestamp
from .._validation import is_email
from ._base import Ctx, Reply, contains, get_or_404, handles
from .block_list import is_blocked
from .jobs import start_job

_LEAD_FIELDS = (
    "campaign",
    "list_id",
    "email",
    "personalization",
    "website",
    "last_name",
    "first_name",
    "company_name",
    "job_title",
    "phone",
    "lt_interest_status",
    "pl_value_lead",
    "assigned_to",
)


def _domain(email: Any) -> str:
    return email.rsplit("@", 1)[1].lower() if isinstance(email, str) and "@" in email else ""


def _same_email(a: Any, b: str) -> bool:
    return isinstance(a, str) and a.lower() == b.lower()


def new_lead(state: FakeState, fields: Mapping[str, Any]) -> Record:
    """Store a lead made of ``fields`` (lead fields plus ``custom_variables``)."""
    ms = state.tick()
    record: Record = {
        "id": state.new_id(ms),
        "timestamp_created": iso_timestamp(ms),
        "timestamp_updated": iso_timestamp(ms),
        "organization": state.workspace_id,
        "campaign": None,
        "list_id": None,
        "status": 1,
        "email": None,
        "email_open_count": 0,
        "email_reply_count": 0,
        "email_click_count": 0,
        "company_domain": _domain(fields.get("email")),
        "status_summary": {},
        "upload_method": "api",
    }
    record.update({k: copy.deepcopy(fields[k]) for k in _LEAD_FIELDS if k in fields})
    if "custom_variables" in fields:
        record["payload"] = dict(fields["custom_variables"])
    state.leads[record["id"]] = record
    return record


def skip_reason(
    state: FakeState,
    email: str,
    *,
    campaign: str | None,
    list_id: str | None,
    flags: Mapping[str, Any],
) -> str | None:
    """``"skipped"``, ``"duplicate"`` or ``None`` (the lead may be added)."""
    existing = [lead for lead in state.leads.values() if _same_email(lead.get("email"), email)]
    if not existing:
        return None
    if flags.get("skip_if_in_workspace"):
        return "skipped"
    if flags.get("skip_if_in_campaign") and any(lead.get("campaign") for lead in existing):
        return "skipped"
    if flags.get("skip_if_in_list") and any(lead.get("list_id") for lead in existing):
        return "skipped"
    if campaign is not None and any(lead.get("campaign") == campaign for lead in existing):
        return "duplicate"
    if list_id is not None and any(lead.get("list_id") == list_id for lead in existing):
        return "duplicate"
    return None


def select_leads(state: FakeState, filters: Mapping[str, Any]) -> list[Record]:
    """The leads matching the filters shared by list, move and assign requests."""
    search = filters.get("search")
    ids = set(filters["ids"]) if "ids" in filters else None
    excluded = set(filters.get("excluded_ids", ()))
    contacts = {c.lower() for c in filters["contacts"]} if "contacts" in filters else None
    selected = []
    for lead in state.leads.values():
        if filters.get("campaign") is not None and lead.get("campaign") != filters["campaign"]:
            continue
        if filters.get("list_id") is not None and lead.get("list_id") != filters["list_id"]:
            continue
        if ids is not None and lead["id"] not in ids:
            continue
        if lead["id"] in excluded:
            continue
        if contacts is not None and (lead.get("email") or "").lower() not in contacts:
            continue
        if search and not any(
            contains(lead.get(key), search)
            for key in ("email", "first_name", "last_name", "company_name")
        ):
            continue
        if "in_campaign" in filters and bool(lead.get("campaign")) != filters["in_campaign"]:
            continue
        if "in_list" in filters and bool(lead.get("list_id")) != filters["in_list"]:
            continue
        if any(
            key in filters and lead.get(key) != filters[key]
            for key in ("is_website_visitor", "enrichment_status", "assigned_to")
        ):
            continue
        selected.append(lead)
    return selected


@handles("createLead")
def create_lead(ctx: Ctx) -> Reply:
    body = ctx.data
    email = body.get("email")
    if isinstance(email, str) and email:
        existing = skip_reason(
            ctx.state,
            email,
            campaign=body.get("campaign"),
            list_id=body.get("list_id"),
            flags=body,
        )
        if existing == "skipped":
            match = next(
                lead for lead in ctx.state.leads.values() if _same_email(lead.get("email"), email)
            )
            return ctx.ok(match)
    return ctx.ok(new_lead(ctx.state, body))


@handles("getLead")
def get_lead(ctx: Ctx) -> Reply:
    return ctx.ok(get_or_404(ctx.state.leads, ctx.params["id"]))


@handles("patchLead")
def patch_lead(ctx: Ctx) -> Reply:
    record = get_or_404(ctx.state.leads, ctx.params["id"])
    body = ctx.data
    record.update({k: copy.deepcopy(body[k]) for k in _LEAD_FIELDS if k in body})
    if "custom_variables" in body:
        record["payload"] = dict(body["custom_variables"])
    record["timestamp_updated"] = ctx.state.now()
    return ctx.ok(record)


@handles("deleteLead")
def delete_lead(ctx: Ctx) -> Reply:
    get_or_404(ctx.state.leads, ctx.params["id"])
    return ctx.ok(ctx.state.leads.pop(ctx.params["id"]))


@handles("listLeads")
def list_leads(ctx: Ctx) -> Reply:
    leads = select_leads(ctx.state, ctx.data)
    if ctx.data.get("distinct_contacts"):
        by_email: dict[str, Record] = {}
        for lead in leads:
            email = lead.get("email")
            if isinstance(email, str):
                by_email.setdefault(email.lower(), lead)
        return ctx.page(by_email.values(), lambda lead: str(lead["email"]).lower())
    return ctx.page(leads, lambda lead: str(lead["id"]))


@handles("bulkAddLeads")
def bulk_add_leads(ctx: Ctx) -> Reply:
    body = ctx.data
    campaign = body.get("campaign_id")
    list_id = body.get("list_id")
    counts = dict.fromkeys(
        (
            "leads_uploaded",
            "in_blocklist",
            "duplicated_leads",
            "skipped_count",
            "invalid_email_count",
            "incomplete_count",
            "duplicate_email_count",
        ),
        0,
    )
    created: list[dict[str, Any]] = []
    seen: set[str] = set()
    for index, lead in enumerate(body["leads"]):
        outcome = _classify(ctx.state, lead, seen, campaign=campaign, list_id=list_id, flags=body)
        counts[outcome] += 1
        if outcome != "leads_uploaded":
            continue
        fields = dict(lead)
        fields["campaign"] = campaign
        fields["list_id"] = list_id
        if "assigned_to" in body and "assigned_to" not in fields:
            fields["assigned_to"] = body["assigned_to"]
        record = new_lead(ctx.state, fields)
        created.append(
            {
                "index": index,
                "id": record["id"],
                **{k: record.get(k) for k in ("email", "first_name", "last_name", "phone")},
            }
        )
    return ctx.ok(
        {
            "status": "success",
            "total_sent": len(body["leads"]),
            **counts,
            "blocklist_used": body.get("blocklist_id"),
            "remaining_in_plan": None,
            "created_leads": created,
        }
    )


def _classify(
    state: FakeState,
    lead: Mapping[str, Any],
    seen: set[str],
    *,
    campaign: str | None,
    list_id: str | None,
    flags: Mapping[str, Any],
) -> str:
    email = lead.get("email")
    if not isinstance(email, str) or not email.strip():
        return "incomplete_count"
    if not is_email(email):
        return "invalid_email_count"
    if email.lower() in seen:
        return "duplicate_email_count"
    seen.add(email.lower())
    if is_blocked(state, email):
        return "in_blocklist"
    reason = skip_reason(state, email, campaign=campaign, list_id=list_id, flags=flags)
    if reason == "skipped":
        return "skipped_count"
    if reason == "duplicate":
        return "duplicated_leads"
    return "leads_uploaded"


@handles("bulkDeleteLeads")
def bulk_delete_leads(ctx: Ctx) -> Reply:
    body = ctx.data
    filters: dict[str, Any] = {}
    if "campaign_id" in body:
        filters["campaign"] = body["campaign_id"]
    if "list_id" in body:
        filters["list_id"] = body["list_id"]
    if "ids" in body:
        filters["ids"] = body["ids"]
    doomed = [
        lead
        for lead in select_leads(ctx.state, filters)
        if "status" not in body or lead.get("status") == body["status"]
    ]
    if "limit" in body:
        doomed = doomed[: body["limit"]]
    for lead in doomed:
        del ctx.state.leads[lead["id"]]
    return ctx.ok({"count": len(doomed)})


@handles("moveLeads")
def move_leads(ctx: Ctx) -> Reply:
    body = ctx.data
    to_campaign = body.get("to_campaign_id")
    to_list = body.get("to_list_id")
    selected = [lead["id"] for lead in select_leads(ctx.state, body)]
    if isinstance(body.get("limit"), (int, float)):
        selected = selected[: int(body["limit"])]
    state = ctx.state

    def effect() -> dict[str, Any]:
        return _apply_move(state, selected, to_campaign, to_list, body)

    job = start_job(
        ctx,
        job_type="move-leads",
        entity_type="campaign" if to_campaign is not None else "list",
        entity_id=to_campaign if to_campaign is not None else to_list,
        effect=effect,
    )
    return ctx.ok(job)


def _apply_move(
    state: FakeState,
    lead_ids: Iterable[str],
    to_campaign: str | None,
    to_list: str | None,
    options: Mapping[str, Any],
) -> dict[str, Any]:
    moved: list[str] = []
    for lead_id in lead_ids:
        lead = state.leads.get(lead_id)
        if lead is None:
            continue
        email = lead.get("email")
        if isinstance(email, str) and _move_skips(
            state, lead, email, to_campaign, to_list, options
        ):
            continue
        if options.get("copy_leads"):
            fields = dict(lead)
            if isinstance(lead.get("payload"), dict):
                fields["custom_variables"] = lead["payload"]
            target = new_lead(state, fields)
        else:
            target = lead
        target["campaign"] = to_campaign
        target["list_id"] = to_list
        if options.get("reset_interest_status"):
            target.pop("lt_interest_status", None)
        target["timestamp_updated"] = state.now()
        if isinstance(email, str):
            moved.append(email)
    return {
        "moved_count": len(moved),
        "moved_lead_emails": [email for email in moved if is_email(email)],
    }


def _move_skips(
    state: FakeState,
    lead: Record,
    email: str,
    to_campaign: str | None,
    to_list: str | None,
    options: Mapping[str, Any],
) -> bool:
    """``check_duplicates``: the email is already in the destination;
    ``check_duplicates_in_campaigns``: it is already in any campaign (through another lead)."""
    others = [
        other
        for other in state.leads.values()
        if other["id"] != lead["id"] and _same_email(other.get("email"), email)
    ]
    if options.get("check_duplicates") and any(
        (to_campaign is not None and other.get("campaign") == to_campaign)
        or (to_list is not None and other.get("list_id") == to_list)
        for other in others
    ):
        return True
    return bool(options.get("check_duplicates_in_campaigns")) and any(
        other.get("campaign") for other in others
    )


@handles("updateLeadInterestStatus")
def update_interest_status(ctx: Ctx) -> Reply:
    body = ctx.data
    for lead in ctx.state.leads.values():
        if not _same_email(lead.get("email"), body["lead_email"]):
            continue
        if body.get("campaign_id") not in (None, lead.get("campaign")):
            continue
        if body.get("list_id") not in (None, lead.get("list_id")):
            continue
        if body["interest_value"] is None:
            lead.pop("lt_interest_status", None)
        else:
            lead["lt_interest_status"] = body["interest_value"]
        lead["timestamp_updated"] = ctx.state.now()
    return ctx.ok({"message": "Lead interest status update background job submitted"})
