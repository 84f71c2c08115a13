"""Deterministic example values built from the spec's schemas.

The fake answers every operation it has no stateful handler for with an example of the
operation's success schema, and tests build valid request bodies the same way. The rules:

* ``const`` / first ``enum`` value / a valid ``default`` win;
* formats: ``uuid`` (a UUID derived from the property name, stable across runs), ``date-time``
  (ISO-8601 UTC with milliseconds and ``Z``), ``date``, ``email``, ``uri``;
* strings that must match a ``pattern`` take the first of a few candidates that does;
* numbers are 1 clamped into ``minimum``/``maximum``; booleans are ``true``;
* arrays hold ``max(1, minItems)`` items, the first made to match ``contains``; objects carry
  every declared property, required and optional (``readOnly`` and optional ``deprecated`` ones
  are left out of request bodies; ``x-sdk-unpublished`` ones, which the published schema
  forbids, are always left out), plus ``example_<n>`` entries up to ``minProperties``;
* nullable types (``type: [x, "null"]``) take the non-null type;
* ``allOf`` branches are merged; for ``oneOf``/``anyOf`` the first branch whose example validates
  against the whole schema is used.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from typing import Any

from ._spec import JSONSchema, Spec
from ._validation import FORMATS, SchemaValidator

EXAMPLE_DATE_TIME = "2025-01-01T00:00:00.000Z"
EXAMPLE_DATE = "2025-01-01"
EXAMPLE_EMAIL = "user@example.com"
EXAMPLE_URI = "https://example.com/hook"
_UUID_NAMESPACE = uuid.UUID("5d0c56b0-3c55-4f7c-9f51-6a3e1f4a2b10")
_PATTERN_CANDIDATES = ("09:00", "https://example.com", "ptid_example", "example")
_MAX_DEPTH = 12


def example_uuid(name: str) -> str:
    """A UUID that depends only on ``name``."""
    return str(uuid.uuid5(_UUID_NAMESPACE, name))


def merge_schemas(a: JSONSchema, b: JSONSchema) -> JSONSchema:
    """Combine two (resolved) schemas that both apply to one value.

    Properties and required lists are unioned, a property declared by both must satisfy both,
    and a side with ``additionalProperties: false`` keeps only the properties it declares.
    """
    merged = dict(a)
    for key, value in b.items():
        if key == "properties" and "properties" in merged:
            properties = dict(merged["properties"])
            for name, schema in value.items():
                properties[name] = (
                    {"allOf": [properties[name], schema]} if name in properties else schema
                )
            merged["properties"] = properties
        elif key == "required" and "required" in merged:
            merged["required"] = list(dict.fromkeys([*merged["required"], *value]))
        else:
            merged[key] = value
    closed = [s for s in (a, b) if s.get("additionalProperties") is False]
    if closed and "properties" in merged:
        allowed = set.intersection(*(set(s.get("properties", {})) for s in closed))
        merged["properties"] = {k: v for k, v in merged["properties"].items() if k in allowed}
        merged["additionalProperties"] = False
    return merged


class ExampleBuilder:
    """Build example values for schemas of one spec."""

    def __init__(self, spec: Spec, validator: SchemaValidator) -> None:
        self._spec = spec
        self._validator = validator

    def build(self, schema: JSONSchema, *, request: bool = False, name: str = "value") -> Any:
        """An example of ``schema``; ``request=True`` leaves ``readOnly`` properties out."""
        return self._build(schema, request, name, 0)

    def flatten(self, schema: JSONSchema) -> JSONSchema:
        """``schema`` with ``$ref`` resolved and ``allOf`` merged into one schema."""
        schema = self._spec.resolve(schema)
        if "allOf" not in schema:
            return schema
        merged: JSONSchema = {k: v for k, v in schema.items() if k != "allOf"}
        for branch in schema["allOf"]:
            merged = merge_schemas(merged, self.flatten(branch))
        return merged

    def _build(self, schema: JSONSchema, request: bool, name: str, depth: int) -> Any:
        if depth > _MAX_DEPTH:
            return None
        schema = self.flatten(schema)
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                return self._build_alternative(schema, keyword, request, name, depth)
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return self._first_enum_value(schema)
        if "default" in schema and self._validator.is_valid(schema["default"], schema):
            return schema["default"]
        kind = self._pick_type(schema)
        if kind == "object":
            return self._build_object(schema, request, depth)
        if kind == "array":
            item_schema = schema.get("items", {})
            count = max(1, int(schema.get("minItems", 1)))
            items = [self._build(item_schema, request, name, depth + 1) for _ in range(count)]
            if "contains" in schema:
                items[0] = self._satisfy(items[0], schema["contains"], item_schema)
            return items
        if kind == "string":
            return self._build_string(schema, name)
        if kind in ("number", "integer"):
            return self._build_number(schema)
        if kind == "boolean":
            return True
        return None

    def _build_alternative(
        self, schema: JSONSchema, keyword: str, request: bool, name: str, depth: int
    ) -> Any:
        base = {k: v for k, v in schema.items() if k != keyword}
        candidates = [
            self._build(merge_schemas(base, self.flatten(branch)), request, name, depth + 1)
            for branch in schema[keyword]
        ]
        for candidate in candidates:
            if self._validator.is_valid(candidate, schema):
                return candidate
        return candidates[0]

    def _first_enum_value(self, schema: JSONSchema) -> Any:
        typed = {k: v for k, v in schema.items() if k in ("type", "format", "pattern")}
        for value in schema["enum"]:
            if self._validator.is_valid(value, typed):
                return value
        return schema["enum"][0]

    @staticmethod
    def _pick_type(schema: JSONSchema) -> str:
        declared = schema.get("type")
        if isinstance(declared, str):
            return declared
        if isinstance(declared, list):
            non_null = [t for t in declared if t != "null"]
            return non_null[0] if non_null else "null"
        if "properties" in schema or "additionalProperties" in schema:
            return "object"
        if "items" in schema:
            return "array"
        return "string"

    def _build_object(self, schema: JSONSchema, request: bool, depth: int) -> dict[str, Any]:
        properties: Mapping[str, JSONSchema] = schema.get("properties", {})
        required = set(schema.get("required", ()))
        result: dict[str, Any] = {}
        for prop_name, prop_schema in properties.items():
            if prop_schema.get("x-sdk-unpublished") or (
                request
                and (
                    self._is_read_only(prop_schema)
                    or (self._is_deprecated(prop_schema) and prop_name not in required)
                )
            ):
                continue
            result[prop_name] = self._build(prop_schema, request, prop_name, depth + 1)
        additional = schema.get("additionalProperties")
        extra = 1
        while len(result) < int(schema.get("minProperties", 0)) and additional is not False:
            key = f"example_{extra}"
            extra += 1
            value_schema = additional if isinstance(additional, dict) else {}
            result[key] = self._build(value_schema, request, key, depth + 1)
        return result

    def _satisfy(self, item: Any, contains: JSONSchema, item_schema: JSONSchema) -> Any:
        """``item``, or a copy without some optional fields, that matches ``contains`` (such as
        "a variant that is not disabled": leaving out ``v_disabled`` makes one)."""
        if self._validator.is_valid(item, contains) or not isinstance(item, dict):
            return item
        for key in item:
            trimmed = {k: v for k, v in item.items() if k != key}
            if self._validator.is_valid(trimmed, contains) and self._validator.is_valid(
                trimmed, item_schema
            ):
                return trimmed
        return item

    def _is_read_only(self, schema: JSONSchema) -> bool:
        return bool(self.flatten(schema).get("readOnly"))

    def _is_deprecated(self, schema: JSONSchema) -> bool:
        return bool(self.flatten(schema).get("deprecated"))

    def _build_string(self, schema: JSONSchema, name: str) -> str:
        fmt = schema.get("format")
        if fmt == "uuid":
            value = example_uuid(name)
        elif fmt == "date-time":
            value = EXAMPLE_DATE_TIME
        elif fmt == "date":
            value = EXAMPLE_DATE
        elif fmt == "email":
            value = EXAMPLE_EMAIL
        elif fmt == "uri":
            value = EXAMPLE_URI
        else:
            value = name
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and re.search(pattern, value) is None:
            check = FORMATS.get(fmt or "")
            for candidate in (*_PATTERN_CANDIDATES, example_uuid(name)):
                if re.search(pattern, candidate) and (check is None or check(candidate)):
                    value = candidate
                    break
        min_length = int(schema.get("minLength", 0))
        if len(value) < min_length:
            value = value + "x" * (min_length - len(value))
        if "maxLength" in schema:
            value = value[: int(schema["maxLength"])]
        return value

    @staticmethod
    def _build_number(schema: JSONSchema) -> int | float:
        value: int | float = 1
        if "minimum" in schema and value < schema["minimum"]:
            value = schema["minimum"]
        if "maximum" in schema and value > schema["maximum"]:
            value = schema["maximum"]
        if schema.get("type") == "integer" or (
            isinstance(schema.get("type"), list) and "integer" in schema["type"]
        ):
            return int(value)
        return value
