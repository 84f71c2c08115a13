"""Fault injection: the misbehaviour of a live service, on demand.

A :class:`Fault` targets one operation (by ``operationId``) or every operation (``None``) and
fires on the next ``times`` matching requests (``None``: until cleared). Only one fault fires per
request: the oldest live one that matches. Faults act on requests that were routed,
authenticated and granted by the rate limiter.

What a fault does, and when:

* ``status`` (with optional ``body``, ``headers``, ``retry_after``): answer that status instead
  of the real answer. The body defaults to the API's error envelope
  ``{"statusCode", "error", "message"}``.
* ``body`` without ``status``: answer the operation's success status with this body instead (an
  "error in a 200", e.g. ``{"error": "ACC_AUTH_ERROR"}``). A ``str`` body is sent as text.
* ``drop``: close the connection without answering.
* ``delay``: sleep this many seconds before answering.
* ``apply``: run the operation for real first (the write is stored), then answer the fault
  (``status``/``body``/``drop``), after the ``delay``. Without ``apply`` the fault fires before
  the operation runs (nothing is stored) and a ``delay`` postpones the operation itself.
* ``extra_fields``: add these undeclared fields to the response object and to every object of a
  top-level list or ``items`` page.
* ``unknown_enums``: replace every enum value in the response by one the spec does not list
  (``"brand_new_value"`` for string enums, ``4242`` for numeric ones).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._examples import ExampleBuilder, merge_schemas
from ._spec import JSONSchema
from ._validation import SchemaValidator

UNKNOWN_STRING_ENUM = "brand_new_value"
UNKNOWN_NUMBER_ENUM = 4242


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


@dataclass
class Fault:
    """One injected fault; ``hits`` counts the requests it has fired on."""

    operation_id: str | None
    status: int | None = None
    apply: bool = False
    body: Any = UNSET
    content_type: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    retry_after: float | None = None
    delay: float = 0.0
    drop: bool = False
    extra_fields: Mapping[str, Any] | None = None
    unknown_enums: bool = False
    times: int | None = 1
    hits: int = 0

    def __post_init__(self) -> None:
        if self.status is not None and not 100 <= self.status <= 599:
            raise ValueError(f"status must be an HTTP status code, not {self.status}")
        if self.drop and (self.status is not None or self.body is not UNSET):
            raise ValueError("a dropped connection answers nothing: drop excludes status and body")
        if self.retry_after is not None and self.status is None:
            raise ValueError("retry_after needs a status (usually 429 or 503)")
        if self.delay < 0:
            raise ValueError("delay must be >= 0 seconds")
        if self.times is not None and self.times < 1:
            raise ValueError("times must be >= 1, or None for every matching request")
        if not (self.answers or self.drop or self.delay or self.extra_fields or self.unknown_enums):
            raise ValueError(
                "a fault needs an effect: status, body, drop, delay, extra_fields or unknown_enums"
            )

    @property
    def answers(self) -> bool:
        """True when the fault replaces the answer (a status and/or a body)."""
        return self.status is not None or self.body is not UNSET

    @property
    def remaining(self) -> int | None:
        """How many more requests it will fire on (``None``: unlimited)."""
        return None if self.times is None else max(0, self.times - self.hits)

    def matches(self, operation_id: str) -> bool:
        return self.remaining != 0 and self.operation_id in (None, operation_id)

    @property
    def mutates(self) -> bool:
        return bool(self.extra_fields) or self.unknown_enums


class FaultRegistry:
    """The live faults, oldest first."""

    def __init__(self) -> None:
        self.faults: list[Fault] = []

    def add(self, fault: Fault) -> Fault:
        self.faults.append(fault)
        return fault

    def take(self, operation_id: str) -> Fault | None:
        """The fault that fires on this request (its hit is counted), if any."""
        for fault in self.faults:
            if fault.matches(operation_id):
                fault.hits += 1
                return fault
        return None

    def clear(self) -> None:
        self.faults.clear()


def add_extra_fields(body: Any, fields: Mapping[str, Any]) -> Any:
    """A copy of ``body`` with ``fields`` added to its record objects."""
    body = copy.deepcopy(body)
    records: list[Any] = []
    if isinstance(body, dict):
        records.append(body)
        if isinstance(body.get("items"), list):
            records.extend(body["items"])
    elif isinstance(body, list):
        records.extend(body)
    for record in records:
        if isinstance(record, dict):
            record.update(copy.deepcopy(dict(fields)))
    return body


class EnumScrambler:
    """Replace enum values in a response by values its schema does not list."""

    def __init__(self, builder: ExampleBuilder, validator: SchemaValidator) -> None:
        self._builder = builder
        self._validator = validator

    def scramble(self, value: Any, schema: JSONSchema) -> Any:
        return self._walk(copy.deepcopy(value), schema)

    def _walk(self, value: Any, schema: JSONSchema) -> Any:
        schema = self._builder.flatten(schema)
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                base = {k: v for k, v in schema.items() if k != keyword}
                for branch in schema[keyword]:
                    if self._validator.is_valid(value, branch):
                        return self._walk(value, merge_schemas(base, self._builder.flatten(branch)))
                return value
        if "enum" in schema:
            return _unknown_enum_value(schema["enum"])
        if isinstance(value, dict):
            properties: Mapping[str, JSONSchema] = schema.get("properties", {})
            additional = schema.get("additionalProperties")
            for key in list(value):
                if key in properties:
                    value[key] = self._walk(value[key], properties[key])
                elif isinstance(additional, dict):
                    value[key] = self._walk(value[key], additional)
        elif isinstance(value, list) and isinstance(schema.get("items"), dict):
            value[:] = [self._walk(item, schema["items"]) for item in value]
        return value


def _unknown_enum_value(allowed: list[Any]) -> Any:
    numeric = [v for v in allowed if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if numeric and len(numeric) == len([v for v in allowed if v is not None]):
        candidate = UNKNOWN_NUMBER_ENUM
        while candidate in numeric:
            candidate += 1
        return candidate
    return UNKNOWN_STRING_ENUM
