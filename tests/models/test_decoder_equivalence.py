"""The generated fast decoder gives exactly what decoding field by field gives (`_salvage`, the
reference the fast path falls back to), for every schema's example in every variant."""

from __future__ import annotations

import enum
from typing import Any

import attrs
import pytest

from instantly_async import models
from instantly_async._serde import _EXTRA, _salvage, converter, json_key
from tests.support.payloads import example, mangle, spec

SCHEMAS = spec()["components"]["schemas"]
NAMES = [name for name in models.__all__ if name in SCHEMAS and attrs.has(getattr(models, name))]


def picture(value: Any) -> Any:
    """A comparable picture: classes by name with every field, enums with their type."""
    if attrs.has(type(value)):
        return (
            type(value).__name__,
            [(a.name, picture(getattr(value, a.name))) for a in attrs.fields(type(value))],
        )
    if isinstance(value, enum.Enum):
        return (type(value).__name__, value.value)
    if isinstance(value, list):
        return [picture(v) for v in value]
    if isinstance(value, dict):
        return [(k, picture(v)) for k, v in value.items()]
    return (type(value).__name__, value)


def by_fields(cls: type, data: Any) -> Any:
    """The reference: every field through its own hook, then the undeclared fields."""
    fields = [a for a in attrs.fields(cls) if a.name != _EXTRA]
    model = _salvage(cls, fields, data)
    known = {json_key(a) for a in fields}
    model.additional_properties = {k: v for k, v in data.items() if k not in known}
    return model


@pytest.mark.parametrize("variant", ["full", "required", "nulls", "mangled"])
@pytest.mark.parametrize("name", NAMES)
def test_fast_decoder_equals_field_by_field(name: str, variant: str) -> None:
    cls = getattr(models, name)
    schema = SCHEMAS[name]
    data = example(schema, "full" if variant == "mangled" else variant)  # type: ignore[arg-type]
    if variant == "mangled":
        data = mangle(data, schema)
    if not isinstance(data, dict):
        pytest.skip("not an object")
    fast = converter.get_structure_hook(cls)(data, cls)
    assert picture(fast) == picture(by_fields(cls, data))
