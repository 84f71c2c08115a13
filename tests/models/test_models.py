"""Decoding: lenient in (unknown fields and enum values kept, odd records survive), strict out."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from instantly_async import models
from instantly_async._serde import converter

SEEDS: dict[str, list[dict[str, Any]]] = json.loads(
    (Path(__file__).parents[1] / "data" / "seed_examples.json").read_text()
)


def without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


@pytest.mark.parametrize(
    ("model_name", "example"),
    [(name, example) for name, examples in sorted(SEEDS.items()) for example in examples],
)
def test_seed_examples_decode_and_round_trip(model_name: str, example: dict[str, Any]) -> None:
    model = getattr(models, model_name)
    decoded = converter.structure(example, model)
    assert isinstance(decoded, model)
    assert converter.unstructure(decoded) == without_nulls(example)


def test_datetimes_are_aware_and_written_back_in_the_api_format() -> None:
    label = converter.structure(SEEDS["LeadLabel"][0], models.LeadLabel)
    assert label.timestamp_created == datetime(2025, 10, 17, 18, 27, 0, 501000, tzinfo=timezone.utc)
    assert converter.unstructure(label)["timestamp_created"] == "2025-10-17T18:27:00.501Z"


def test_unknown_fields_and_enum_values_survive() -> None:
    raw = dict(
        SEEDS["BackgroundJob"][0], status="paused-for-lunch", type="brand-new-job", tags=["a"]
    )
    job = converter.structure(raw, models.BackgroundJob)
    assert job.status == "paused-for-lunch" and not job.status.is_known
    assert job.status is models.BackgroundJobStatus("paused-for-lunch")
    assert job.type.value == "brand-new-job"
    assert models.BackgroundJobStatus.SUCCESS.is_known
    assert job.additional_properties == {"tags": ["a"]}
    assert converter.unstructure(job)["tags"] == ["a"]
    assert converter.unstructure(job)["status"] == "paused-for-lunch"


def test_numeric_open_enum_keeps_new_codes() -> None:
    account = converter.structure(
        dict(SEEDS["Account"][0], provider_code=99, status=-7), models.Account
    )
    assert account.provider_code == 99 and not account.provider_code.is_known
    assert account.status.value == -7
    assert models.AccountProviderCode(2) is models.AccountProviderCode.GOOGLE


def test_an_odd_record_does_not_sink_the_page() -> None:
    odd = dict(SEEDS["LeadLabel"][0])
    del odd["label"]  # required
    odd["timestamp_created"] = "yesterday-ish"  # not a date-time
    odd["interest_status"] = {"unexpected": "shape"}
    label = converter.structure(odd, models.LeadLabel)
    assert label.label is None
    assert label.timestamp_created == "yesterday-ish"
    assert label.interest_status == {"unexpected": "shape"}


def test_values_are_not_coerced() -> None:
    """A number where a string is promised stays a number: nothing is silently altered."""
    label = converter.structure(dict(SEEDS["LeadLabel"][0], label=12345), models.LeadLabel)
    assert label.label == 12345


def test_field_names_that_are_not_python_names_keep_their_json_keys() -> None:
    timing = converter.structure({"from": "09:00", "to": "17:00"}, models.ScheduleTiming)
    assert timing.from_ == "09:00"
    assert converter.unstructure(timing) == {"from": "09:00", "to": "17:00"}
    days = converter.structure({"0": False, "1": True}, models.ScheduleDays)
    assert days.field_1 is True
    assert converter.unstructure(days) == {"0": False, "1": True}


LEAD = {
    "id": "l1",
    "timestamp_created": "2026-01-01T00:00:00.000Z",
    "timestamp_updated": "2026-01-02T00:00:00.000Z",
    "organization": "o",
    "status": 1,
    "email_open_count": 0,
    "email_reply_count": 0,
    "email_click_count": 0,
    "company_domain": "example.com",
    "status_summary": {},
}


def test_maps_of_scalar_unions_decode() -> None:
    """`dict[str, str | float | bool | None]` (custom variables) is taken as it came."""
    request = converter.structure(
        {
            "email": "a@b.co",
            "custom_variables": {"tier": "gold", "score": 7, "vip": True, "x": None},
        },
        models.CreateLeadRequest,
    )
    assert request.custom_variables == {"tier": "gold", "score": 7, "vip": True, "x": None}


def test_values_kept_raw_go_back_out_as_they_came() -> None:
    lead = converter.structure(
        dict(LEAD, timestamp_updated="not-a-date", timestamp_last_open=17), models.Lead
    )
    assert lead.timestamp_updated == "not-a-date"
    out = converter.unstructure(lead)
    assert out["timestamp_updated"] == "not-a-date" and out["timestamp_last_open"] == 17
    assert out["timestamp_created"] == "2026-01-01T00:00:00.000Z"
    job = converter.structure(
        dict(SEEDS["BackgroundJob"][0], data={"moved_lead_emails": "one@x.co"}),
        models.BackgroundJob,
    )
    assert (
        converter.unstructure(job)["data"]["moved_lead_emails"] == "one@x.co"
    )  # not a list of chars


def test_a_record_that_needs_salvage_is_not_coerced() -> None:
    odd = dict(LEAD, email_open_count=3, company_domain=12)
    del odd["organization"]  # required: the fast path cannot take this record
    lead = converter.structure(odd, models.Lead)
    assert lead.organization is None
    assert lead.email_open_count == 3 and type(lead.email_open_count) is int
    assert lead.company_domain == 12


def test_str_and_int_enums_are_lenient_too() -> None:
    lead = converter.structure(dict(LEAD, status=None, verification_status=["odd"]), models.Lead)
    assert lead.status is None  # a null is a null, not an UNKNOWN_None member
    assert lead.verification_status == ["odd"]  # unhashable: kept as it came
    assert lead.email_open_count == 0 and lead.id == "l1"  # the record was not salvaged
    label = converter.structure(
        dict(SEEDS["LeadLabel"][0], interest_status_label="delighted"), models.LeadLabel
    )
    assert label.interest_status_label == "delighted" and not label.interest_status_label.is_known
