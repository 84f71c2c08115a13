"""Every operation: the exact request a call sends and the result its answer decodes into."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import attrs
import pytest
from aioresponses import aioresponses
from yarl import URL

from instantly_async import OPERATIONS, AsyncInstantly, Page, models
from instantly_async._enums import OpenEnum
from tests.support import BASE, KEY
from tests.support.payloads import (
    EXTRA_FIELD,
    UNKNOWN_ENUM,
    Variant,
    example,
    mangle,
    resolve,
    spec,
)


def operation_spec(operation_id: str) -> dict[str, Any]:
    op = OPERATIONS[operation_id]
    result: dict[str, Any] = spec()["paths"][op.path][op.method.lower()]
    return result


def param_schemas(operation_id: str) -> dict[str, dict[str, Any]]:
    raw = operation_spec(operation_id)
    schemas = {p["name"]: p["schema"] for p in raw.get("parameters", [])}
    content = raw.get("requestBody", {}).get("content", {}).get("application/json")
    if content:
        body = resolve(content["schema"])
        for variant in body.get("oneOf", [body]):
            for name, sub in resolve(variant).get("properties", {}).items():
                schemas.setdefault(name, sub)
    return schemas


def call_args(operation_id: str, variant: Variant) -> dict[str, Any]:
    """Arguments by API name: required ones always, optional ones unless `required` only."""
    schemas = param_schemas(operation_id)
    args = {}
    for param in OPERATIONS[operation_id].params:
        if variant == "required" and not param.required:
            continue
        schema = schemas[param.name]
        if param.location == "path":
            args[param.name] = "ada+1@example.com" if param.name == "email" else f"{param.name} 1/x"
        elif variant == "nulls" and param.location == "body" and param.nullable:
            args[param.name] = None
        else:
            value = example(schema, "full", param.name, depth=1)
            if param.location == "query" and value is None:
                value = "x"
            if param.kind == "array" and not value:
                value = ["a", "b"]
            args[param.name] = value
    # The API's rules on the call as a whole, which the SDK checks before sending: a field of
    # each required group, and a PATCH that changes something.
    op = OPERATIONS[operation_id]
    for group in op.requires_one_of:
        if all(args.get(name) is None for name in group):
            args[group[0]] = example(schemas[group[0]], "full", group[0], depth=1)
    body = [p for p in op.params if p.location == "body"]
    if op.min_properties and not any(p.name in args for p in body):
        args[body[0].name] = example(schemas[body[0].name], "full", body[0].name, depth=1)
    return args


def expected_url(operation_id: str, args: dict[str, Any]) -> str:
    op = OPERATIONS[operation_id]
    path = op.path
    for param in op.params:
        if param.location == "path":
            path = path.replace("{" + param.name + "}", quote(str(args[param.name]), safe=""))
    return BASE + path


def expected_query(operation_id: str, args: dict[str, Any]) -> list[tuple[str, str]]:
    pairs = []
    for param in OPERATIONS[operation_id].params:
        if param.location != "query" or param.name not in args:
            continue
        value = args[param.name]
        values = value if isinstance(value, list) else [value]
        for item in values:
            pairs.append(
                (
                    param.name,
                    {True: "true", False: "false"}.get(item, str(item))
                    if isinstance(item, bool)
                    else str(item),
                )
            )
    return pairs


def success_payload(operation_id: str) -> tuple[int, Any, str]:
    op = OPERATIONS[operation_id]
    responses = operation_spec(operation_id)["responses"]
    response = responses[str(op.success_status)]
    content = response.get("content")
    if not content:
        return op.success_status, None, "application/json"
    content_type, media = next(iter(content.items()))
    schema = media.get("schema", {})
    if content_type != "application/json":
        return op.success_status, "email,domain\nada@example.com,\n", content_type
    payload = example(schema, "full") if schema else {"ok": True}
    return op.success_status, mangle(payload, schema) if schema else payload, content_type


async def invoke(client: AsyncInstantly, operation_id: str, args: dict[str, Any]) -> Any:
    op = OPERATIONS[operation_id]
    method = getattr(getattr(client, op.resource), op.name)
    kwargs = {p.arg: args[p.name] for p in op.params if p.name in args}
    if op.pagination:
        return await method(**kwargs).first_page()
    return await method(**kwargs)


def sent(mock: aioresponses) -> tuple[str, URL, dict[str, Any]]:
    assert len(mock.requests) == 1, mock.requests
    (method, url), calls = next(iter(mock.requests.items()))
    assert len(calls) == 1
    return method, url, calls[0].kwargs


@pytest.mark.parametrize("variant", ["full", "required", "nulls"])
@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
async def test_request_and_decoding(
    operation_id: str, variant: Variant, mocked: aioresponses, client: AsyncInstantly
) -> None:
    op = OPERATIONS[operation_id]
    args = call_args(operation_id, variant)
    status, payload, content_type = success_payload(operation_id)
    query = expected_query(operation_id, args)
    url = URL(expected_url(operation_id, args), encoded=True)
    mocked.add(
        url.with_query(query) if query else url,
        method=op.method,
        status=status,
        body=payload
        if isinstance(payload, str)
        else (json.dumps(payload) if payload is not None else b""),
        content_type=content_type,
    )
    result = await invoke(client, operation_id, args)

    method, sent_url, kwargs = sent(mocked)
    assert method == op.method
    assert sent_url.raw_path == url.raw_path
    assert sorted(kwargs["params"] or []) == sorted(query)
    headers = kwargs["headers"]
    assert headers["Authorization"] == f"Bearer {KEY}"
    assert headers["User-Agent"].startswith("instantly-async/")
    body_args = {p.name: args[p.name] for p in op.params if p.location == "body" and p.name in args}
    if op.has_body:
        assert headers["Content-Type"] == "application/json"
        assert json.loads(kwargs["data"]) == body_args
    else:
        assert kwargs["data"] is None and "Content-Type" not in headers

    shape = op.response_shape
    if shape == "empty":
        assert result is None
    elif shape == "text" or shape == "json":
        assert result == payload
    else:
        model = getattr(models, op.response_model)
        items = result.items if shape == "page" else result if shape == "list" else [result]
        if shape == "page":
            assert isinstance(result, Page)
            assert result.next_starting_after == payload.get("next_starting_after")
            raw_items = payload["items"]
        else:
            raw_items = payload if shape == "list" else [payload]
        assert len(items) == len(raw_items)
        for item, raw in zip(items, raw_items, strict=True):
            assert isinstance(item, model)
            assert item.additional_properties[EXTRA_FIELD] == {"kept": [1, 2]}
            assert_fields_kept(item, raw)


def assert_fields_kept(model: Any, raw: dict[str, Any]) -> None:
    """Every declared field decoded; unknown enum values kept as values."""
    for attribute in attrs.fields(type(model)):
        if attribute.name == "additional_properties":
            continue
        key = attribute.metadata.get("key", attribute.name)
        value = getattr(model, attribute.name)
        if key not in raw:
            assert value is None
            continue
        if raw[key] == UNKNOWN_ENUM:
            # An enum keeps it as an unknown member equal to the value; a `Literal` of values of
            # mixed kinds (no enum class can equal them all) keeps the raw value.
            assert value == UNKNOWN_ENUM
            assert not value.is_known if isinstance(value, OpenEnum) else type(value) is str
        elif isinstance(raw[key], (str, int, float, bool)) and not isinstance(value, (OpenEnum,)):
            if hasattr(value, "isoformat"):
                assert value.tzinfo is not None if hasattr(value, "tzinfo") else True
            else:
                assert value == raw[key], key


def test_every_operation_is_listed_once() -> None:
    raw = [
        (m.upper(), p)
        for p, item in spec()["paths"].items()
        for m in item
        if m in {"get", "post", "put", "patch", "delete"}
    ]
    assert len(raw) == len(OPERATIONS) == 173
    assert sorted((o.method, o.path) for o in OPERATIONS.values()) == sorted(raw)
