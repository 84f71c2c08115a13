"""The generated decoder (plain fields at once, the others when first read) gives exactly what
decoding every field eagerly through its type's hook gives, for every schema's example in every
variant."""

from __future__ import annotations

import enum
from typing import Any

import attrs
import pytest

from instantly_async import models
from instantly_async._serde import _EXTRA, _is_plain, converter, json_key, structure_hook
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


def eager_field(t: Any, raw: Any) -> Any:
    if raw is None or _is_plain(t):
        return raw  # primitives (and lists and maps of them) are taken as they come
    args = [a for a in getattr(t, "__args__", ()) if a is not type(None)]
    if type(None) in getattr(t, "__args__", ()) and len(args) == 1:
        t = args[0]
    try:
        value = structure_hook(t)(raw, t)
    except Exception:
        return raw  # lenient: an odd value is kept as it came
    return by_fields_deep(value)


def by_fields_deep(value: Any) -> Any:
    """Nested models decoded by the reference too (their fields read now, not lazily)."""
    if attrs.has(type(value)):
        for a in attrs.fields(type(value)):
            getattr(value, a.name)
    elif isinstance(value, list):
        for item in value:
            by_fields_deep(item)
    return value


def by_fields(cls: type, data: Any) -> Any:
    """The reference: attrs' `__init__` with every field through its own hook, then the
    undeclared fields."""
    fields = [a for a in attrs.fields(cls) if a.name != _EXTRA]
    model = cls(**{a.name: eager_field(a.type, data.get(json_key(a))) for a in fields})
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


def decoded_lead() -> Any:
    return converter.structure(example(SCHEMAS["Lead"], "full"), models.Lead)


def test_deferred_fields_are_decoded_once_when_first_read() -> None:
    lead = decoded_lead()
    first = lead.timestamp_created
    assert first is lead.timestamp_created  # kept, not decoded again
    assert lead.status_summary is lead.status_summary


def test_a_field_set_by_the_program_is_what_it_reads() -> None:
    lead = decoded_lead()
    lead.timestamp_created = None  # a deferred field, set before it was ever read
    lead.email = "new@example.com"
    assert lead.timestamp_updated is not None  # another deferred field decodes on its own
    assert lead.timestamp_created is None and lead.email == "new@example.com"
    assert converter.unstructure(lead)["email"] == "new@example.com"
    assert "timestamp_created" not in converter.unstructure(lead)


def test_copies_pickles_and_comparisons_see_every_field() -> None:
    import copy
    import pickle

    for clone in (copy.copy, copy.deepcopy, lambda m: pickle.loads(pickle.dumps(m))):
        lead = decoded_lead()
        twin = clone(lead)
        assert twin == decoded_lead()
        assert picture(twin) == picture(decoded_lead())
        twin.status = 3  # restored models finish nothing and take sets
        assert twin.status == 3
    assert decoded_lead() == decoded_lead()
    assert repr(decoded_lead()) == repr(decoded_lead())
    assert converter.unstructure(decoded_lead()) == converter.unstructure(decoded_lead())
    lead = decoded_lead()
    rebuilt = models.Lead(**{a.name: getattr(lead, a.name) for a in attrs.fields(models.Lead)})
    assert rebuilt == lead


def test_a_model_built_by_hand_keeps_no_json_and_has_no_unknown_attributes() -> None:
    lead = models.BulkAddLeadsLead(email="ada@example.com")
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        lead.nope  # noqa: B018
    decoded = converter.structure({"email": "ada@example.com"}, models.BulkAddLeadsLead)
    assert decoded == lead
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        decoded.nope  # noqa: B018
