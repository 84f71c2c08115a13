"""Decoding and encoding of API JSON: lenient in, strict out.

In: primitives are taken as they come (never coerced: a surprising value is kept, not changed or
raised on), `date-time` strings become aware datetimes, enums are open, undeclared fields go to
the model's `additional_properties`, and a value of the wrong shape is kept raw instead of failing
the whole response. Out: models become plain JSON dicts with their API field names; fields left
at None are omitted.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timezone
from enum import Enum
from types import UnionType
from typing import Any, Union, cast, get_args, get_origin

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

converter = cattrs.Converter(detailed_validation=False, forbid_extra_keys=False)

_EXTRA = "additional_properties"


def _keep(value: Any, _: Any) -> Any:
    return value


# Exact types only: a singledispatch hook on `str` would also catch str-based enums.
_PRIMITIVES = frozenset({str, int, float, bool, Any})
converter.register_structure_hook_func(lambda t: t in _PRIMITIVES, _keep)


def parse_datetime(value: Any, _: Any = None) -> Any:
    """ISO-8601 to an aware datetime (UTC when the string has no offset); other values stay."""
    if not isinstance(value, str):
        return value
    try:
        parsed = datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
    except ValueError:
        return value
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def parse_date(value: Any, _: Any = None) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        return value


converter.register_structure_hook(datetime, parse_datetime)
converter.register_structure_hook(date, parse_date)


def _enum_hook(cls: type[Enum]) -> Callable[[Any, Any], Any]:
    def structure(value: Any, _: Any) -> Any:
        try:
            return cls(value)
        except (ValueError, TypeError):
            return value  # e.g. a string where the spec promises a number: keep it

    return structure


converter.register_structure_hook_factory(
    lambda t: isinstance(t, type) and issubclass(t, Enum), _enum_hook
)


def _is_generic(origin: type) -> Callable[[Any], bool]:
    return lambda t: getattr(t, "__origin__", None) is origin


def _list_hook(t: Any) -> Callable[[Any, Any], Any]:
    (item_type,) = t.__args__
    if item_type in _PRIMITIVES:
        return _keep
    item_hook: list[Callable[[Any, Any], Any]] = []  # looked up on first use (models nest)

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not list:
            return value
        if not item_hook:
            item_hook.append(converter.get_structure_hook(item_type))
        hook = item_hook[0]
        return [hook(item, item_type) for item in value]

    return structure


def _dict_hook(t: Any) -> Callable[[Any, Any], Any]:
    value_type = t.__args__[1]
    if value_type in _PRIMITIVES:
        return _keep
    value_hook: list[Callable[[Any, Any], Any]] = []

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            return value
        if not value_hook:
            value_hook.append(converter.get_structure_hook(value_type))
        hook = value_hook[0]
        return {key: hook(item, value_type) for key, item in value.items()}

    return structure


converter.register_structure_hook_factory(_is_generic(list), _list_hook)
converter.register_structure_hook_factory(_is_generic(dict), _dict_hook)


def json_key(attribute: attrs.Attribute[Any]) -> str:
    key: str = attribute.metadata.get("key", attribute.name)
    return key


def _is_primitive(t: Any) -> bool:
    """str, int, float, bool, Any, or a union of them and None."""
    if t in _PRIMITIVES:
        return True
    return get_origin(t) in (Union, UnionType) and all(
        a in _PRIMITIVES or a is type(None) for a in get_args(t)
    )


def _model_structure_hook(cls: type) -> Callable[[Any, Any], Any]:
    attrs.resolve_types(cls)
    fields = [a for a in attrs.fields(cls) if a.name != _EXTRA]
    overrides = {}
    for a in fields:
        # cattrs would inline str()/float() for builtin types: take such values as they come.
        hook = _keep if _is_primitive(a.type) else None
        if hook is not None or json_key(a) != a.name:
            overrides[a.name] = override(
                rename=json_key(a) if json_key(a) != a.name else None, struct_hook=hook
            )
    build: Callable[[Any, Any], Any] = make_dict_structure_fn(
        cls, converter, _cattrs_forbid_extra_keys=False, **cast(dict[str, Any], overrides)
    )
    known = frozenset(json_key(a) for a in fields)

    def structure(data: Any, _: Any) -> Any:
        if type(data) is not dict:
            return data  # not an object where one was promised: hand it over untouched
        try:
            model = build(data, cls)
        except (KeyError, TypeError, ValueError, AttributeError):
            model = _salvage(cls, fields, data)
        if len(data) > len(known) or not known.issuperset(data):
            extra = {key: value for key, value in data.items() if key not in known}
            if extra:
                object.__setattr__(model, _EXTRA, extra)
        return model

    return structure


def _salvage(cls: type, fields: list[attrs.Attribute[Any]], data: dict[str, Any]) -> Any:
    """A record that does not fit its model (a required field missing, a value of another
    shape): decode field by field, keep what does not fit as it came, missing fields as None.
    One odd record must not sink a page."""
    values: dict[str, Any] = {}
    for attribute in fields:
        raw = data.get(json_key(attribute))
        try:
            values[attribute.name] = (
                converter.structure(raw, attribute.type or Any) if raw is not None else None
            )
        except Exception:
            values[attribute.name] = raw
    return cls(**values)


def _model_unstructure_hook(cls: type) -> Callable[[Any], dict[str, Any]]:
    fields = [a for a in attrs.fields(cls) if a.name != _EXTRA]
    renames = {a.name: override(rename=json_key(a)) for a in fields if json_key(a) != a.name}
    overrides: dict[str, Any] = {**renames, _EXTRA: override(omit=True)}
    dump: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(cls, converter, **overrides)

    def unstructure(model: Any) -> dict[str, Any]:
        data = {key: value for key, value in dump(model).items() if value is not None}
        data.update(getattr(model, _EXTRA))
        return data

    return unstructure


def _is_model(t: Any) -> bool:
    return isinstance(t, type) and attrs.has(t) and any(a.name == _EXTRA for a in attrs.fields(t))


converter.register_structure_hook_factory(_is_model, _model_structure_hook)
converter.register_unstructure_hook_factory(_is_model, _model_unstructure_hook)


def format_datetime(value: datetime) -> str:
    """The API's own format: ISO-8601 with milliseconds, `Z` for UTC."""
    timespec = "milliseconds" if value.microsecond % 1000 == 0 else "microseconds"
    return value.isoformat(timespec=timespec).replace("+00:00", "Z")


converter.register_unstructure_hook(datetime, format_datetime)
converter.register_unstructure_hook(date, lambda d: d.isoformat())
converter.register_unstructure_hook_factory(
    lambda t: isinstance(t, type) and issubclass(t, Enum), lambda _: lambda e: e.value
)


def to_json(value: Any) -> Any:
    """A request value (models, enums, dates, mappings, sequences, primitives) as plain JSON."""
    if value is None or (
        isinstance(value, (str, int, float, bool)) and not isinstance(value, Enum)
    ):
        return value
    if isinstance(value, Mapping):
        return {str(key): to_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    return converter.unstructure(value)
