"""The fake's JSON Schema validator (AJV wording and keyword order), query coercion, and the
router's percent-decoding, checked directly."""

from __future__ import annotations

from typing import Any

import pytest

from instantly_async.testing._routing import Router
from instantly_async.testing._spec import load_spec
from instantly_async.testing._validation import SchemaValidator, coerce_parameters

SPEC = load_spec()
VALIDATOR = SchemaValidator(SPEC)


def message(value: Any, schema: dict[str, Any], part: str = "body") -> str | None:
    error = VALIDATOR.first_error(value, schema)
    return None if error is None else error.describe(part)


@pytest.mark.parametrize(
    ("value", "schema", "expected"),
    [
        ("x", {"type": "integer"}, "body must be integer"),
        (1.0, {"type": "integer"}, None),
        (True, {"type": "number"}, "body must be number"),
        (1, {"type": "boolean"}, "body must be boolean"),
        (None, {"type": ["string", "null"]}, None),
        (3, {"type": ["string", "null"]}, "body must be string,null"),
        ("c", {"enum": ["a", "b"]}, "body must be equal to one of the allowed values"),
        (1, {"enum": [True]}, "body must be equal to one of the allowed values"),
        (
            None,
            {"type": ["null", "string"], "enum": ["a"]},
            "body must be equal to one of the allowed values",
        ),
        (5, {"const": 4}, "body must be equal to constant"),
        (101, {"type": "integer", "maximum": 100, "minimum": 1}, "body must be <= 100"),
        (0, {"type": "integer", "maximum": 100, "minimum": 1}, "body must be >= 1"),
        ("", {"type": "string", "minLength": 1}, "body must NOT have fewer than 1 characters"),
        ("abcd", {"type": "string", "maxLength": 3}, "body must NOT have more than 3 characters"),
        ("   ", {"type": "string", "pattern": ".*\\S.*"}, 'body must match pattern ".*\\S.*"'),
        ("abc", {"type": "string", "format": "uuid"}, 'body must match format "uuid"'),
        ("2025-02-30", {"type": "string", "format": "date"}, 'body must match format "date"'),
        ("2025-02-28", {"type": "string", "format": "date"}, None),
        ("2025-02-28T10:00:00.000Z", {"type": "string", "format": "date-time"}, None),
        (
            "yesterday",
            {"type": "string", "format": "date-time"},
            'body must match format "date-time"',
        ),
        ("a@b", {"type": "string", "format": "email"}, 'body must match format "email"'),
        ("a+b@c.example", {"type": "string", "format": "email"}, None),
        ([], {"type": "array", "minItems": 1}, "body must NOT have fewer than 1 items"),
        ([1, 2], {"type": "array", "maxItems": 1}, "body must NOT have more than 1 items"),
        ([1, "x"], {"type": "array", "items": {"type": "integer"}}, "body/1 must be integer"),
        ({}, {"type": "object", "required": ["a"]}, "body must have required property 'a'"),
        (
            {"a": 1, "b": 2},
            {"type": "object", "properties": {"a": {}}, "additionalProperties": False},
            "body must NOT have additional properties",
        ),
        (
            {"a": {"b": 1}},
            {"type": "object", "additionalProperties": {"type": ["string", "number"]}},
            "body/a must be string,number",
        ),
        (
            {"a/b": 1},
            {"type": "object", "properties": {"a/b": {"type": "string"}}},
            "body/a~1b must be string",
        ),
        (
            "x",
            {"oneOf": [{"type": "string"}, {"type": "string", "minLength": 1}]},
            "body must match exactly one schema in oneOf",
        ),
        (
            3,
            {"oneOf": [{"type": "string"}, {"type": "boolean"}]},
            "body must match exactly one schema in oneOf",
        ),
        (
            3,
            {"anyOf": [{"type": "string"}, {"type": "boolean"}]},
            "body must match a schema in anyOf",
        ),
        (3, {"allOf": [{"type": "number"}, {"minimum": 5}]}, "body must be >= 5"),
        (
            {"x": 1},
            {"$ref": "#/components/schemas/CreateLeadListRequest"},
            "body must have required property 'name'",
        ),
    ],
)
def test_ajv_messages(value: Any, schema: dict[str, Any], expected: str | None) -> None:
    assert message(value, schema) == expected


def test_required_is_reported_before_property_errors() -> None:
    schema = SPEC.schema("CreateCampaignRequest")
    assert message({"name": 1}, schema) == "body must have required property 'campaign_schedule'"


def test_additional_properties_before_property_errors() -> None:
    schema = SPEC.schema("CreateLeadListRequest")
    assert message({"name": 1, "extra": True}, schema) == "body must NOT have additional properties"


def test_all_of_with_a_closed_branch() -> None:
    item = SPEC.schema("ListAccountItem")
    account = {
        "email": "a@example.com",
        "timestamp_created": "2025-01-01T00:00:00.000Z",
        "timestamp_updated": "2025-01-01T00:00:00.000Z",
        "first_name": "A",
        "last_name": "B",
        "organization": "019a0000-0000-7000-8000-000000000001",
        "warmup_status": 0,
        "provider_code": 1,
        "setup_pending": False,
        "is_managed_account": False,
    }
    assert message(account, item) is None


def test_query_coercion() -> None:
    op = SPEC.by_id["listCampaign"]
    coerced = coerce_parameters(
        {"limit": ["20"], "status": ["-1"], "search": ["10"], "unknown": ["x", "y"]},
        op.query_schema,
        SPEC.resolve,
    )
    assert coerced == {"limit": 20, "status": -1, "search": "10", "unknown": ["x", "y"]}
    assert coerce_parameters({"limit": ["1e1"]}, op.query_schema, SPEC.resolve) == {"limit": 10}
    assert coerce_parameters({"limit": [""]}, op.query_schema, SPEC.resolve) == {"limit": ""}
    daily = SPEC.by_id["getDailyAccountAnalytics"]
    assert coerce_parameters({"emails": ["a@b.co"]}, daily.query_schema, SPEC.resolve) == {
        "emails": ["a@b.co"]
    }
    jobs = SPEC.by_id["listBackgroundJob"]
    assert coerce_parameters({"ids": ["a,b"]}, jobs.query_schema, SPEC.resolve) == {"ids": "a,b"}
    lists = SPEC.by_id["listLeadList"]
    assert coerce_parameters(
        {"has_enrichment_task": ["false"]}, lists.query_schema, SPEC.resolve
    ) == {"has_enrichment_task": False}


@pytest.mark.parametrize(
    ("raw", "email"),
    [
        ("/api/v2/accounts/a%40b.com", "a@b.com"),
        ("/api/v2/accounts/a@b.com", "a@b.com"),
        ("/api/v2/accounts/a%2Bb@c.com", "a+b@c.com"),
        ("/api/v2/accounts/a+b%40c.com", "a+b@c.com"),
        ("/api/v2/accounts/a%20b@c.com", "a b@c.com"),
        ("/api/v2/accounts/a%2Fb@c.com", "a/b@c.com"),
    ],
)
def test_router_decodes_each_segment(raw: str, email: str) -> None:
    match = Router(SPEC.operations).match("GET", raw)
    assert match is not None
    assert (match.operation.operation_id, match.params) == ("getAccount", {"email": email})


def test_router_refuses_undecodable_and_relative_paths() -> None:
    router = Router(SPEC.operations)
    assert router.match("GET", "/api/v2/accounts/%ff%fe") is None
    assert router.match("GET", "api/v2/campaigns") is None
    assert router.match("get", "/api/v2/campaigns") is not None
