"""Realistic, deterministic response payloads for the benchmarks.

A lead carries every property of the spec's `Lead` schema (50 fields: ids, ISO timestamps with
milliseconds, open-enum numbers, nested `status_summary`, a `payload` with the standard
personalization variables plus custom ones) and one field the spec does not declare, as the real
API sends; some nullable fields are null, as on real leads. The field list is read from
instantly_async/testing/openapi.json so the payload follows the spec when it changes.

A campaign has a two-window schedule and a four-step sequence with two HTML variants per step.

Only the standard library is used here: the server process imports this module without the SDK.
"""

from __future__ import annotations

import json
import random
import uuid
from pathlib import Path
from typing import Any

SPEC = Path(__file__).resolve().parent.parent / "instantly_async" / "testing" / "openapi.json"

FIRST = [
    "Ada",
    "Grace",
    "Linus",
    "Margaret",
    "Dennis",
    "Barbara",
    "Ken",
    "Frances",
    "Alan",
    "Radia",
]
LAST = ["Lovelace", "Hopper", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Allen"]
COMPANIES = ["Acme Analytics", "Globex", "Initech", "Umbrella Logistics", "Hooli", "Stark Labs"]
TITLES = ["Head of Growth", "VP Sales", "CTO", "Founder & CEO", "Marketing Manager", "SDR Lead"]
CITIES = ["Berlin", "Austin", "Toronto", "Lisbon", "Singapore", "Nairobi", "Melbourne"]
INDUSTRIES = ["SaaS", "Logistics", "Fintech", "Healthcare", "E-commerce", "Manufacturing"]


def _lead_fields() -> list[tuple[str, dict[str, Any]]]:
    spec = json.loads(SPEC.read_text())
    return list(spec["components"]["schemas"]["Lead"]["properties"].items())


def _stamp(rng: random.Random) -> str:
    return (
        f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z"
    )


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def make_lead(index: int, fields: list[tuple[str, dict[str, Any]]] | None = None) -> dict[str, Any]:
    """Lead number `index`: every spec field, realistic values, deterministic."""
    rng = random.Random(index)
    fields = fields if fields is not None else _lead_fields()
    first, last = rng.choice(FIRST), rng.choice(LAST)
    company = rng.choice(COMPANIES)
    domain = company.lower().replace(" ", "") + ".com"
    email = f"{first.lower()}.{last.lower()}{index}@{domain}"
    engaged = index % 3 != 0  # a third of the leads never opened anything: their fields are null
    lead: dict[str, Any] = {}
    for name, schema in fields:
        types = schema.get("type")
        types = types if isinstance(types, list) else [types]
        nullable = "null" in types
        if nullable and not engaged and name.startswith(("timestamp_last", "email_", "last_step")):
            lead[name] = None
            continue
        if "enum" in schema:
            lead[name] = rng.choice(schema["enum"])
        elif schema.get("format") == "uuid":
            lead[name] = _uuid(rng)
        elif schema.get("format") == "date-time":
            lead[name] = _stamp(rng)
        elif "number" in types or "integer" in types:
            lead[name] = rng.randint(0, 9)
        elif "boolean" in types:
            lead[name] = rng.random() < 0.2
        elif "string" in types:
            lead[name] = {
                "status": 1,
                "email": email,
                "first_name": first,
                "last_name": last,
                "company_name": company,
                "company_domain": domain,
                "website": f"https://www.{domain}",
                "job_title": rng.choice(TITLES),
                "phone": f"+1 555 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                "personalization": f"Loved your talk on {rng.choice(INDUSTRIES).lower()} at the summit, {first}.",
                "pl_value_lead": f"{rng.randint(1, 90)}000",
                "last_step_from": "campaign",
                "last_contacted_from": f"outreach{rng.randint(1, 9)}@sender-{rng.randint(1, 40)}.io",
                "subsequence_id": None,
            }.get(name, f"{name}-{rng.randint(0, 10**6)}")
        elif name == "status_summary":
            lead[name] = {
                "lastStep": {
                    "from": "campaign",
                    "stepID": _uuid(rng),
                    "timestamp_executed": _stamp(rng),
                },
                "domain_complete": False,
            }
        elif name == "status_summary_subseq":
            lead[name] = {}
        elif name == "payload":
            lead[name] = {
                "firstName": first,
                "lastName": last,
                "companyName": company,
                "jobTitle": rng.choice(TITLES),
                "website": f"https://www.{domain}",
                "phone": f"+1 555 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                "personalization": f"Saw {company} is hiring in {rng.choice(CITIES)}.",
                # custom variables, as users upload them
                "city": rng.choice(CITIES),
                "industry": rng.choice(INDUSTRIES),
                "employees": str(rng.randint(10, 5000)),
                "linkedin": f"https://linkedin.com/in/{first.lower()}-{last.lower()}-{index}",
                "icebreaker": f"Congrats on the Series {rng.choice('ABC')} round!",
                "tech_stack": "HubSpot, Segment, Snowflake",
            }
        else:
            lead[name] = None
    lead["status"] = rng.choice([1, 1, 1, 2, 3, -1])
    lead["lt_interest_status"] = rng.choice([0, 1, 2, -1])
    lead["timestamp_created"] = _stamp(rng)
    lead["timestamp_updated"] = _stamp(rng)
    lead["email_open_count"] = rng.randint(0, 12) if engaged else 0
    lead["email_reply_count"] = rng.randint(0, 2) if engaged else 0
    lead["email_click_count"] = rng.randint(0, 3) if engaged else 0
    lead["lead_score"] = rng.randint(0, 100)  # not in the spec: lands in additional_properties
    return lead


def make_leads(count: int, start: int = 0) -> list[dict[str, Any]]:
    fields = _lead_fields()
    return [make_lead(i, fields) for i in range(start, start + count)]


def make_campaign(index: int = 0) -> dict[str, Any]:
    rng = random.Random(10_000 + index)
    steps = []
    for step in range(4):
        steps.append(
            {
                "type": "email",
                "delay": [0, 2, 3, 5][step],
                "delay_unit": "days",
                "variants": [
                    {
                        "subject": f"{{{{firstName}}}}, quick question about {{{{companyName}}}} ({step}{v})",
                        "body": (
                            "<div>Hi {{firstName}},</div><div><br></div><div>"
                            + "I noticed {{companyName}} is growing fast in {{city}}. " * 3
                            + "</div><div><br></div><div>We help teams like yours cut the time spent "
                            "on manual prospecting by half. Would a 15-minute call next week make "
                            "sense?</div><div><br></div><div>Best,<br>{{sendingAccountFirstName}}</div>"
                        ),
                        "v_disabled": False,
                    }
                    for v in "ab"
                ],
            }
        )
    return {
        "id": _uuid(rng),
        "name": f"Q{index % 4 + 1} outbound - EU SaaS founders #{index}",
        "pl_value": 250,
        "status": 1,
        "is_evergreen": False,
        "campaign_schedule": {
            "start_date": "2025-03-01",
            "end_date": None,
            "schedules": [
                {
                    "name": "Working hours",
                    "timing": {"from": "09:00", "to": "17:30"},
                    "days": {
                        "1": True,
                        "2": True,
                        "3": True,
                        "4": True,
                        "5": True,
                        "0": False,
                        "6": False,
                    },
                    "timezone": "Europe/Belgrade",
                },
                {
                    "name": "Saturday morning",
                    "timing": {"from": "10:00", "to": "12:00"},
                    "days": {"6": True},
                    "timezone": "Europe/Belgrade",
                },
            ],
        },
        "sequences": [{"steps": steps}],
        "timestamp_created": _stamp(rng),
        "timestamp_updated": _stamp(rng),
        "email_gap": 10,
        "random_wait_max": 10,
        "text_only": False,
        "first_email_text_only": False,
        "email_list": [f"outreach{i}@sender-{i}.io" for i in range(6)],
        "daily_limit": 300,
        "stop_on_reply": True,
        "email_tag_list": [_uuid(rng), _uuid(rng)],
        "link_tracking": False,
        "open_tracking": True,
        "stop_on_auto_reply": False,
        "daily_max_leads": 120,
        "prioritize_new_leads": False,
        "auto_variant_select": {"trigger": "reply_rate"},
        "match_lead_esp": True,
        "not_sending_status": None,
        "stop_for_company": True,
        "core_variables": {"firstName": "", "lastName": "", "companyName": ""},
        "custom_variables": {"city": "", "industry": "", "icebreaker": ""},
        "insert_unsubscribe_header": True,
        "allow_risky_contacts": False,
        "disable_bounce_protect": False,
        "limit_emails_per_company_override": None,
        "cc_list": [],
        "bcc_list": ["crm-inbox@example.com"],
        "organization": _uuid(rng),
        "owned_by": _uuid(rng),
        "ai_sdr_id": None,
        "provider_routing_rules": [
            {"action": "send", "recipient_esp": ["all"], "sender_esp": ["all"]},
        ],
    }
