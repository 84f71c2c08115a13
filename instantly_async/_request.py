"""Building a request: check every argument against the operation table and split the call into
path, query and body. Everything here runs before anything is sent, so bad input fails with an
error that names the argument and never reaches the wire."""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any
from urllib.parse import quote

import attrs

from instantly_async import _serde
from instantly_async._checks import check_arguments, has_rules
from instantly_async._operation import Operation, Param


class _Omitted:
    """Default of every optional argument: omitted arguments are not sent (None is sent as null)."""

    _instance: _Omitted | None = None

    def __new__(cls) -> _Omitted:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "OMIT"

    def __bool__(self) -> bool:
        return False


OMIT: Any = _Omitted()

_MAX_DEPTH = 64
"""Deepest nesting of a request value: deeper is almost surely a cycle, and would end in a
RecursionError inside the JSON encoder."""


def build_request(
    op: Operation, args: Mapping[str, Any], *, extra_body: Collection[str] = ()
) -> tuple[str, list[tuple[str, str]], dict[str, Any] | None]:
    """Validate the arguments against the operation and split them into path, query and body.
    `extra_body`: names of the fields `with_options(extra_body=...)` adds to the body.

    Raises TypeError/ValueError naming the argument before anything is sent.
    """
    if has_rules(op):
        given = {arg: value for arg, value in args.items() if value is not OMIT}
        check_arguments(op, given, extra_body=extra_body)
    path = op.path
    query: list[tuple[str, str]] = []
    body: dict[str, Any] | None = {} if op.has_body else None
    for param, where, placeholder in _described(op):
        value = args.get(param.arg, OMIT)
        if value is OMIT:
            if param.required:
                raise TypeError(
                    f"{op.resource}.{op.name}() missing required argument {param.arg!r}"
                )
            continue
        if value is None:
            if not param.nullable:
                why = "it is required" if param.required else "the API takes no null here: omit it"
                raise TypeError(f"{where} must not be None ({why})")
            if param.location == "body":
                assert body is not None
                body[param.name] = None  # an explicit None is sent as JSON null
            # A nullable query parameter given None is left out: never the text "None".
            continue
        if param.location == "path":
            path = path.replace(placeholder, path_segment(where, value))
            continue
        check_param(where, param, value)
        check_value(where, value)
        if param.location == "query":
            query.extend(_query_pairs(param, value))
        else:
            assert body is not None
            body[param.name] = _serde.to_json(value)
    return path, query, body


def _described(op: Operation) -> tuple[tuple[Param, str, str], ...]:
    """The operation's parameters, each with how errors name it and its path placeholder: made
    once per operation, not per call."""
    described = _descriptions.get(op.operation_id)
    if described is None:
        described = _descriptions[op.operation_id] = tuple(
            (param, f"{op.resource}.{op.name}() argument {param.arg!r}", "{" + param.name + "}")
            for param in op.params
        )
    return described


_descriptions: dict[str, tuple[tuple[Param, str, str], ...]] = {}


def path_segment(where: str, value: Any) -> str:
    """An id as one path segment that no URL normaliser can fold or split."""
    if not isinstance(value, str):
        raise TypeError(
            f"{where} must be a non-empty string id, got {type(value).__name__} {value!r}"
            + (f" (pass str({value!r}) if that is really the id)" if isinstance(value, int) else "")
        )
    if not value.strip():
        raise ValueError(f"{where} must be a non-empty string id, got {value!r}")
    if value in {".", ".."}:
        # Dot segments are removed by URL normalisation: the request would reach another route.
        raise ValueError(f"{where} cannot be {value!r}: no id is a dot segment")
    if _UNRESERVED.fullmatch(value):  # the usual id: nothing to escape
        return value
    return quote(value, safe="")


_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]+")
"""What `quote(..., safe="")` leaves as it is."""


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str, date, datetime),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (Mapping,),
}


def check_param(where: str, param: Param, value: Any) -> None:
    """The value has the parameter's JSON type, enum, range and size."""
    raw = value.value if isinstance(value, Enum) else value
    if param.enum is not None and not isinstance(raw, (list, tuple)) and raw not in param.enum:
        allowed = ", ".join(repr(v) for v in param.enum)
        raise ValueError(f"{where} must be one of {allowed}; got {raw!r}")
    expected = _TYPES.get(param.kind)
    fits = expected is None or (
        isinstance(raw, expected) and (bool in expected or not isinstance(raw, bool))
    )
    if param.kind == "object" and attrs.has(type(raw)):
        fits = True  # a model instance for a nested object
    if not fits and not (param.comma_separated and isinstance(raw, (list, tuple))):
        assert expected is not None
        names = {"Mapping": "a mapping or a model"}
        wanted = " or ".join(names.get(t.__name__, t.__name__) for t in expected)
        raise TypeError(f"{where} must be {wanted}, got {type(value).__name__} {_short(value)}")
    if param.minimum is not None and isinstance(raw, (int, float)) and raw < param.minimum:
        raise ValueError(f"{where} must be >= {param.minimum:g}, got {raw!r}")
    if param.maximum is not None and isinstance(raw, (int, float)) and raw > param.maximum:
        raise ValueError(f"{where} must be <= {param.maximum:g}, got {raw!r}")
    too_many = param.max_items is not None and isinstance(raw, (list, tuple))
    if too_many and len(raw) > (param.max_items or 0):
        raise ValueError(
            f"{where} holds {len(raw)} items; the API takes at most {param.max_items} per call"
            " (split the list, or use leads.add_many() for leads)"
        )


def check_value(where: str, value: Any, depth: int = 0) -> None:
    """Refuse what JSON cannot carry faithfully, anywhere inside a value: NaN and infinities
    (not JSON), naive datetimes (the API would read them in a time zone nobody chose)."""
    if depth > _MAX_DEPTH:
        raise ValueError(f"{where} is nested more than {_MAX_DEPTH} levels deep (a cycle?)")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{where} must be a finite number; JSON has no {value!r}")
    elif isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(
                f"{where} is a naive datetime ({value.isoformat()}); pass an aware one, "
                "e.g. datetime.now(timezone.utc)"
            )
    elif isinstance(value, (str, int, bool, date, Enum)) or value is None:
        return
    elif isinstance(value, Mapping):
        for key, item in value.items():
            check_value(f"{where}[{key!r}]", item, depth + 1)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            check_value(f"{where}[{index}]", item, depth + 1)
    elif attrs.has(type(value)):
        for attribute in attrs.fields(type(value)):
            check_value(f"{where}.{attribute.name}", getattr(value, attribute.name), depth + 1)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _scalar(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return _serde.format_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _query_pairs(param: Param, value: Any) -> list[tuple[str, str]]:
    if isinstance(value, (list, tuple)) and (param.comma_separated or not param.explode):
        return [(param.name, ",".join(str(_scalar(item)) for item in value))]
    return query_pairs([(param.name, value)])


def query_pairs(items: Iterable[tuple[str, Any]]) -> list[tuple[str, str]]:
    """Query values as the API reads them: lists as repeated keys, booleans as `true`/`false`,
    enums as their values, dates in ISO-8601. None is left out (never sent as `None`)."""
    pairs = []
    for name, value in items:
        for item in value if isinstance(value, (list, tuple)) else (value,):
            if item is None or item is OMIT:
                continue
            check_value(f"query parameter {name!r}", item)
            pairs.append((str(name), str(_scalar(item))))
    return pairs
