"""FakeInstantly serves the whole spec: every operation answers its documented 2xx with a body
that validates against the operation's response schema."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest
import pytest_asyncio

from instantly_async.testing import FakeInstantly
from instantly_async.testing._examples import EXAMPLE_DATE_TIME, example_uuid
from instantly_async.testing._routing import Router
from instantly_async.testing._spec import Operation, load_spec
from tests.support.coverage import BODY_OVERRIDES, resources_by_kind

SPEC = load_spec()


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[FakeInstantly]:
    async with FakeInstantly(rate_limits=False, job_polls=1) as fake:
        yield fake


def _path_for(fake: FakeInstantly, op: Operation, resources: dict[str, str]) -> str:
    known: dict[str, str] = {}
    for template, value in resources.items():
        if op.path == template or op.path.startswith(template + "/"):
            known[template.rsplit("{", 1)[1].rstrip("}")] = value
    path = op.path
    for param in op.params_in("path"):
        value = known.get(param.name) or fake.examples.build(param.schema, name=param.name)
        path = path.replace("{" + param.name + "}", quote(str(value), safe=""))
    return path


def _query_for(fake: FakeInstantly, op: Operation) -> list[tuple[str, str]]:
    query: list[tuple[str, str]] = []
    for param in op.params_in("query"):
        if not param.required:
            continue
        value = fake.examples.build(param.schema, name=param.name)
        for item in value if isinstance(value, list) else [value]:
            query.append((param.name, str(item).lower() if isinstance(item, bool) else str(item)))
    return query


def _body_for(fake: FakeInstantly, op: Operation) -> Any:
    if op.operation_id in BODY_OVERRIDES:
        return BODY_OVERRIDES[op.operation_id]
    if op.body_schema is None or op.body_schema.get("type") == "null":
        return None  # single-resource DELETEs take no body
    return fake.examples.build(op.body_schema, request=True)


async def test_every_operation_answers_its_2xx_with_a_schema_valid_body(
    fake: FakeInstantly, http: aiohttp.ClientSession
) -> None:
    resources = await resources_by_kind(fake, http)
    # Deletes last (collection-wide ones at the very end), so that every other operation still
    # finds the resources it needs.
    operations = sorted(
        SPEC.operations,
        key=lambda op: (op.method == "DELETE", op.method == "DELETE" and not op.params_in("path")),
    )
    documented = [
        (method.upper(), path)
        for path, item in SPEC.document["paths"].items()
        for method in item
        if method in ("get", "post", "put", "patch", "delete")
    ]
    assert sorted(documented) == sorted((op.method, op.path) for op in operations)
    assert len(documented) == 173
    failures: list[str] = []
    for op in operations:
        path = _path_for(fake, op, resources)
        body = _body_for(fake, op)
        kwargs: dict[str, Any] = {"params": _query_for(fake, op)}
        if body is not None:
            kwargs["json"] = body
        async with http.request(op.method, path, **kwargs) as response:
            raw = await response.read()
            where = f"{op.operation_id} {op.method} {path}"
            if response.status != op.success_status:
                failures.append(f"{where}: {response.status} {raw[:300]!r}")
                continue
            assert fake.requests[-1].operation_id == op.operation_id
            if op.success_content_type is None:
                assert raw == b"", where
                continue
            assert response.content_type == op.success_content_type, where
            if op.success_content_type != "application/json":
                assert raw, where
                continue
            error = fake.validator.first_error(await response.json(), op.success_schema or {})
            if error is not None:
                failures.append(f"{where}: {error.describe('response')}")
    assert failures == [], "\n".join(failures)


def test_every_route_template_routes_back_to_its_operation() -> None:
    router = Router(SPEC.operations)
    for op in SPEC.operations:
        path = op.path
        for param in op.params_in("path"):
            path = path.replace("{" + param.name + "}", "some-value")
        match = router.match(op.method, path)
        assert match is not None, op.operation_id
        assert match.operation.operation_id == op.operation_id
        assert set(match.params) == {p.name for p in op.params_in("path")}


@pytest.mark.parametrize("request_body", [False, True])
def test_examples_are_deterministic_and_schema_valid(request_body: bool) -> None:
    fake = FakeInstantly()
    for op in SPEC.operations:
        schema = op.body_schema if request_body else op.success_schema
        if not schema:
            continue
        first = fake.examples.build(schema, request=request_body)
        assert first == fake.examples.build(schema, request=request_body)
        error = fake.validator.first_error(first, schema)
        assert error is None, f"{op.operation_id}: {error}"


def test_examples_agree_with_an_independent_validator() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    fake = FakeInstantly()
    components = SPEC.document["components"]
    for op in SPEC.operations:
        for schema, request_body in ((op.success_schema, False), (op.body_schema, True)):
            if not schema:
                continue
            example = fake.examples.build(schema, request=request_body)
            checker = jsonschema.Draft202012Validator(
                {"allOf": [schema], "components": components},
                format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
            )
            assert [e.message for e in checker.iter_errors(example)] == [], op.operation_id


def test_example_formats() -> None:
    fake = FakeInstantly()
    lead = fake.examples.build(SPEC.schema("Lead"))
    assert lead["timestamp_created"] == EXAMPLE_DATE_TIME == "2025-01-01T00:00:00.000Z"
    assert lead["id"] == example_uuid("id")
    assert lead["status"] == SPEC.schema("Lead")["properties"]["status"]["enum"][0]
    job = fake.examples.build(SPEC.schema("BackgroundJob"))
    assert 0 <= job["progress"] <= 100
    request = fake.examples.build(SPEC.schema("CreateLeadRequest"), request=True)
    assert "id" not in request
