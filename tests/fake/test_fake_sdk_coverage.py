"""Every operation in OPERATIONS, called through the SDK, gets a successful answer from
FakeInstantly that decodes into the operation's declared result."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from instantly_async import OPERATIONS, AsyncInstantly, NoRateLimiter, Page, models
from instantly_async.testing import FakeInstantly
from instantly_async.testing._spec import load_spec
from tests.support.coverage import BODY_OVERRIDES, resources_by_kind

SPEC = load_spec()


@pytest.fixture
async def fake() -> AsyncIterator[FakeInstantly]:
    async with FakeInstantly(rate_limits=False, job_polls=1) as f:
        yield f


def arguments(fake: FakeInstantly, operation_id: str, resources: dict[str, str]) -> dict[str, Any]:
    spec_op = next(op for op in SPEC.operations if op.operation_id == operation_id)
    op = OPERATIONS[operation_id]
    args: dict[str, Any] = {}
    for param in spec_op.params_in("path"):
        known = [v for t, v in resources.items() if op.path == t or op.path.startswith(t + "/")]
        args[param.name] = known[0] if known else fake.examples.build(param.schema, name=param.name)
    for param in spec_op.params_in("query"):
        if param.required:
            args[param.name] = fake.examples.build(param.schema, name=param.name)
    if operation_id in BODY_OVERRIDES:
        args.update(BODY_OVERRIDES[operation_id])
    elif spec_op.body_schema and spec_op.body_schema.get("type") != "null":
        args.update(fake.examples.build(spec_op.body_schema, request=True))
    by_name = {p.name: p.arg for p in op.params}
    return {by_name[name]: value for name, value in args.items()}


async def test_every_operation_answers_through_the_sdk(fake: FakeInstantly) -> None:
    headers = {"Authorization": f"Bearer {fake.api_key}"}
    async with aiohttp.ClientSession(base_url=fake.base_url, headers=headers) as http:
        resources = await resources_by_kind(fake, http)
    order = sorted(OPERATIONS.values(), key=lambda o: (o.method == "DELETE", "{" not in o.path))
    failures = []
    async with AsyncInstantly(
        fake.api_key, base_url=fake.base_url, rate_limiter=NoRateLimiter()
    ) as client:
        for op in order:
            method = getattr(getattr(client, op.resource), op.name)
            kwargs = arguments(fake, op.operation_id, resources)
            try:
                result = method(**kwargs)
                result = await (result.first_page() if op.pagination else result)
            except Exception as exc:  # collected so one run reports every broken operation
                failures.append(f"{op.operation_id}: {type(exc).__name__}: {exc}")
                continue
            model = getattr(models, op.response_model) if op.response_model else None
            if op.response_shape == "page":
                ok = isinstance(result, Page) and all(isinstance(i, model) for i in result.items)
            elif op.response_shape == "list":
                ok = isinstance(result, list) and all(isinstance(i, model) for i in result)
            elif op.response_shape == "model":
                ok = isinstance(result, model)
            elif op.response_shape == "empty":
                ok = result is None
            else:
                ok = result is not None
            if not ok:
                failures.append(f"{op.operation_id}: decoded to {type(result).__name__}")
    assert failures == [], "\n".join(failures)
    assert {r.operation_id for r in fake.requests} >= set(OPERATIONS)
