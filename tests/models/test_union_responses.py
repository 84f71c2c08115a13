"""A `oneOf` response decodes to its success model; its error branch is raised as a typed error.
No operation answers a raw dict where the spec describes an object."""

from __future__ import annotations

import pytest
from aioresponses import aioresponses

from instantly_async import AsyncInstantly, errors, models
from instantly_async._operations import OPERATIONS
from tests.support import BASE

SEND = {
    "eaccount": "a@b.co",
    "to_address_email_list": "c@d.co",
    "subject": "s",
    "body": {"text": "t"},
}


async def test_send_test_success_is_a_model(mocked: aioresponses, client: AsyncInstantly) -> None:
    mocked.post(f"{BASE}/api/v2/emails/test", payload={"status": "success"})
    result = await client.emails.send_test(**SEND)
    assert isinstance(result, models.SendTestEmailResponse)
    assert result.status is models.SuccessStatus.SUCCESS and result.status == "success"


async def test_send_test_failure_branch_is_raised(
    mocked: aioresponses, client: AsyncInstantly
) -> None:
    mocked.post(f"{BASE}/api/v2/emails/test", payload={"error": "ACC_NOT_FOUND"})
    with pytest.raises(errors.APIStatusError, match="ACC_NOT_FOUND") as info:
        await client.emails.send_test(**SEND)
    assert info.value.body == {"error": "ACC_NOT_FOUND"}
    assert models.SendTestEmailFailureError(info.value.body["error"]).is_known


def test_every_json_response_has_a_model() -> None:
    raw = [op.operation_id for op in OPERATIONS.values() if op.response_shape == "json"]
    assert raw == []


def test_union_fields_decode_by_the_json_type() -> None:
    """`oneOf` fields: an object becomes the union's model, a listed value its enum member,
    anything else stays as it came; encoding gives the same JSON back."""
    from instantly_async._serde import converter, to_json

    raw = {
        "employeeCount": ["0 - 25", {"op": "gte", "min": 5}, "odd"],
        "locations": {"include": [{"place_id": "p1"}]},
    }
    filters = converter.structure(raw, models.SupersearchFilters)
    preset, bounds, odd = filters.employeeCount
    assert preset is models.SupersearchFiltersEmployeeCountItemEnum.V_0_25
    assert isinstance(bounds, models.SupersearchFiltersEmployeeCountItem) and bounds.min == 5
    assert odd == "odd"
    assert isinstance(filters.locations, models.SupersearchFiltersLocations)
    assert filters.locations.include == [models.SupersearchFiltersLocation(place_id="p1")]
    assert to_json(filters) == raw
