"""A small JSON Schema validator for the subset the Instantly spec uses, with AJV's messages.

Instantly's API runs on Fastify, which validates ``params``, ``body`` and ``querystring`` with AJV
and answers the first failure as ``<part><instancePath> <message>``, e.g.
``body/campaign_schedule/schedules/0/timezone must be equal to one of the allowed values``.
:class:`SchemaValidator` reproduces that: keywords are checked in AJV's order (``$ref``, ``type``,
``enum``/``const``, combinators, then number, string, array and object keywords) and the first
error wins.

Query and path values arrive as strings; :func:`coerce_parameters` turns them into the types
their schemas declare, as AJV's ``coerceTypes: "array"`` does on a Fastify server.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ._spec import JSONSchema, Spec

# AJV also takes a `urn:uuid:` prefix; Python's checkers do not, and the fake serves back only
# what both accept.
_UUID = re.compile(r"^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$", re.IGNORECASE | re.ASCII)
_EMAIL = re.compile(
    r"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$",
    re.IGNORECASE | re.ASCII,
)
_DATE = re.compile(r"^(\d\d\d\d)-(\d\d)-(\d\d)$", re.ASCII)
# RFC 3339 (what JSON Schema means by date-time): a `T` between date and time, an offset.
_DATE_TIME = re.compile(
    r"^(\d\d\d\d-\d\d-\d\d)T([01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?"
    r"(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$",
    re.IGNORECASE | re.ASCII,
)
# RFC 3986 `URI` (scheme, hier-part, query, fragment), ASCII only: a URI with a raw `Ï` or a
# space in it is not one, and every checker of the published document refuses it.
_PCT = r"%[0-9a-f]{2}"
_UNRESERVED_SUB = r"[a-z0-9\-._~!$&'()*+,;=]"
_PCHAR = rf"(?:{_UNRESERVED_SUB}|[:@]|{_PCT})"
_URI = re.compile(
    rf"^[a-z][a-z0-9+\-.]*:"
    rf"(?://(?:(?:{_UNRESERVED_SUB}|:|{_PCT})*@)?"  # authority: userinfo,
    rf"(?:\[[0-9a-f:.]+\]|\[v[0-9a-f]+\.(?:{_UNRESERVED_SUB}|:)+\]|(?:{_UNRESERVED_SUB}|{_PCT})*)"
    rf"(?::\d*)?(?:/{_PCHAR}*)*"  # host, port, path-abempty
    rf"|/(?:{_PCHAR}+(?:/{_PCHAR}*)*)?"  # path-absolute
    rf"|{_PCHAR}+(?:/{_PCHAR}*)*"  # path-rootless
    rf"|)"  # path-empty
    rf"(?:\?(?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?$",
    re.IGNORECASE | re.ASCII,
)


# JavaScript's classes, which AJV's patterns use: `\d` and `\w` are ASCII, `\s` is this set.
_JS_SPACE = r"\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_JS_CLASSES = {
    "d": "[0-9]",
    "D": "[^0-9]",
    "w": "[A-Za-z0-9_]",
    "W": "[^A-Za-z0-9_]",
    "s": f"[{_JS_SPACE}]",
    "S": f"[^{_JS_SPACE}]",
}
PATTERN_TOKEN = re.compile(r"\\([dDwWsS])|\\.|\$|\[(?:\\.|[^\]])*\]")


def javascript_pattern(pattern: str) -> str:
    """``pattern`` as a Python regex that reads it the way JavaScript does: the classes above,
    and ``$`` as the end of the string (Python's also matches before a final newline). Escapes
    inside ``[...]`` are left alone; the spec's patterns have none there."""

    def translate(token: re.Match[str]) -> str:
        if token[1]:
            return _JS_CLASSES[token[1]]
        return r"\Z" if token[0] == "$" else token[0]

    return PATTERN_TOKEN.sub(translate, pattern)


@functools.lru_cache(maxsize=256)
def _pattern_readings(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(pattern), re.compile(javascript_pattern(pattern))


def matches_pattern(pattern: str, value: str) -> bool:
    r"""True when ``value`` matches ``pattern`` as JavaScript (AJV, the live API) reads it and as
    Python checkers read it (``\s`` there is any Unicode space, ``\d`` any digit): what the fake
    accepts, and serves back, satisfies both."""
    return all(reading.search(value) is not None for reading in _pattern_readings(pattern))


def _is_date(value: str) -> bool:
    match = _DATE.fullmatch(value)
    if match is None:
        return False
    try:
        date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return False
    return True


def _is_date_time(value: str) -> bool:
    match = _DATE_TIME.fullmatch(value)
    return match is not None and _is_date(match[1])


FORMATS: dict[str, Callable[[str], bool]] = {
    "uuid": lambda v: _UUID.fullmatch(v) is not None,
    "email": lambda v: _EMAIL.fullmatch(v) is not None,
    "date": _is_date,
    "date-time": _is_date_time,
    "uri": lambda v: _URI.fullmatch(v) is not None,
}


def is_email(value: object) -> bool:
    """True for a string AJV would accept as ``format: email``."""
    return isinstance(value, str) and FORMATS["email"](value)


def json_type(value: object) -> str:
    """The JSON type name of a decoded JSON value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    raise TypeError(f"not a JSON value: {value!r}")


def _has_type(value: object, type_name: str) -> bool:
    actual = json_type(value)
    if type_name == "integer":
        return actual == "number" and float(value).is_integer()  # type: ignore[arg-type]
    return actual == type_name


def _type_list(schema: JSONSchema) -> list[str] | None:
    declared = schema.get("type")
    if declared is None:
        return None
    return [declared] if isinstance(declared, str) else list(declared)


def _json_equal(a: object, b: object) -> bool:
    """Equality as JSON sees it: ``True`` is not ``1``."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    return a == b


def _pointer_token(key: str | int) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


@dataclass(frozen=True)
class ValidationError:
    """The first failure: where (a JSON pointer below the validated part) and what."""

    path: tuple[str | int, ...]
    message: str

    def describe(self, part: str) -> str:
        """Fastify's wording: ``body/leads/0/email must be string``."""
        pointer = "".join("/" + _pointer_token(token) for token in self.path)
        return f"{part}{pointer} {self.message}"


class SchemaValidator:
    """Validate decoded JSON against the spec's schemas; report the first error like AJV."""

    def __init__(self, spec: Spec) -> None:
        self._spec = spec

    def first_error(self, value: object, schema: JSONSchema) -> ValidationError | None:
        return self._check(value, schema, ())

    def is_valid(self, value: object, schema: JSONSchema) -> bool:
        return self._check(value, schema, ()) is None

    def _check(
        self, value: object, schema: JSONSchema, path: tuple[str | int, ...]
    ) -> ValidationError | None:
        if not schema:
            return None
        if "$ref" in schema:
            error = self._check(value, self._spec.resolve(schema), path)
            if error is not None:
                return error
        types = _type_list(schema)
        if types is not None and not any(_has_type(value, t) for t in types):
            return ValidationError(path, f"must be {','.join(types)}")
        if "const" in schema and not _json_equal(value, schema["const"]):
            return ValidationError(path, "must be equal to constant")
        if "enum" in schema and not any(_json_equal(value, v) for v in schema["enum"]):
            return ValidationError(path, "must be equal to one of the allowed values")
        error = self._check_combinators(value, schema, path)
        if error is not None:
            return error
        kind = json_type(value)
        if kind == "number":
            return self._check_number(value, schema, path)  # type: ignore[arg-type]
        if kind == "string":
            return self._check_string(value, schema, path)  # type: ignore[arg-type]
        if kind == "array":
            return self._check_array(value, schema, path)  # type: ignore[arg-type]
        if kind == "object":
            return self._check_object(value, schema, path)  # type: ignore[arg-type]
        return None

    def _check_combinators(
        self, value: object, schema: JSONSchema, path: tuple[str | int, ...]
    ) -> ValidationError | None:
        if "not" in schema and self._check(value, schema["not"], path) is None:
            return ValidationError(path, "must NOT be valid")
        if "anyOf" in schema and not any(
            self._check(value, branch, path) is None for branch in schema["anyOf"]
        ):
            return ValidationError(path, "must match a schema in anyOf")
        if "oneOf" in schema:
            matches = sum(self._check(value, branch, path) is None for branch in schema["oneOf"])
            if matches != 1:
                return ValidationError(path, "must match exactly one schema in oneOf")
        for branch in schema.get("allOf", ()):
            error = self._check(value, branch, path)
            if error is not None:
                return error
        return None

    def _check_number(
        self, value: float, schema: JSONSchema, path: tuple[str | int, ...]
    ) -> ValidationError | None:
        if "maximum" in schema and value > schema["maximum"]:
            return ValidationError(path, f"must be <= {_number(schema['maximum'])}")
        if "minimum" in schema and value < schema["minimum"]:
            return ValidationError(path, f"must be >= {_number(schema['minimum'])}")
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            return ValidationError(path, f"must be < {_number(schema['exclusiveMaximum'])}")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            return ValidationError(path, f"must be > {_number(schema['exclusiveMinimum'])}")
        return None

    def _check_string(
        self, value: str, schema: JSONSchema, path: tuple[str | int, ...]
    ) -> ValidationError | None:
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            return ValidationError(
                path, f"must NOT have more than {schema['maxLength']} characters"
            )
        if "minLength" in schema and len(value) < schema["minLength"]:
            return ValidationError(
                path, f"must NOT have fewer than {schema['minLength']} characters"
            )
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and not matches_pattern(pattern, value):
            return ValidationError(path, f'must match pattern "{pattern}"')
        check = FORMATS.get(schema.get("format", ""))
        if check is not None and not check(value):
            return ValidationError(path, f'must match format "{schema["format"]}"')
        return None

    def _check_array(
        self, value: list[Any], schema: JSONSchema, path: tuple[str | int, ...]
    ) -> ValidationError | None:
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            return ValidationError(path, f"must NOT have more than {schema['maxItems']} items")
        if "minItems" in schema and len(value) < schema["minItems"]:
            return ValidationError(path, f"must NOT have fewer than {schema['minItems']} items")
        if schema.get("uniqueItems"):
            for i, item in enumerate(value):
                for j in range(i):
                    if _json_equal(item, value[j]):
                        return ValidationError(
                            path,
                            f"must NOT have duplicate items (items ## {j} and {i} are identical)",
                        )
        items = schema.get("items")
        if isinstance(items, dict):
            for index, item in enumerate(value):
                error = self._check(item, items, (*path, index))
                if error is not None:
                    return error
        contains = schema.get("contains")
        if isinstance(contains, dict) and not any(
            self._check(item, contains, (*path, index)) is None for index, item in enumerate(value)
        ):
            return ValidationError(path, "must contain at least 1 valid item(s)")
        return None

    def _check_object(
        self, value: dict[str, Any], schema: JSONSchema, path: tuple[str | int, ...]
    ) -> ValidationError | None:
        if "maxProperties" in schema and len(value) > schema["maxProperties"]:
            return ValidationError(
                path, f"must NOT have more than {schema['maxProperties']} properties"
            )
        if "minProperties" in schema and len(value) < schema["minProperties"]:
            return ValidationError(
                path, f"must NOT have fewer than {schema['minProperties']} properties"
            )
        for name in schema.get("required", ()):
            if name not in value:
                return ValidationError(path, f"must have required property '{name}'")
        properties: Mapping[str, JSONSchema] = schema.get("properties", {})
        additional = schema.get("additionalProperties", True)
        if additional is not True:
            for key, item in value.items():
                if key in properties:
                    continue
                if additional is False:
                    return ValidationError(path, "must NOT have additional properties")
                error = self._check(item, additional, (*path, key))
                if error is not None:
                    return error
        for key, subschema in properties.items():
            if key in value:
                error = self._check(value[key], subschema, (*path, key))
                if error is not None:
                    return error
        return None


def _coerce_scalar(raw: str, schema: JSONSchema) -> object:
    """Turn one query/path string into the first type of ``schema`` it converts to.

    Values that convert to nothing are returned unchanged so validation reports them.
    """
    for type_name in _type_list(schema) or ["string"]:
        if type_name == "string":
            return raw
        if type_name in ("number", "integer"):
            try:
                number = float(raw) if raw.strip() else math.nan
            except ValueError:
                continue
            if math.isnan(number) or math.isinf(number):
                continue
            if type_name == "integer" and not number.is_integer():
                continue
            return int(number) if number.is_integer() else number
        if type_name == "boolean" and raw in ("true", "false"):
            return raw == "true"
        if type_name == "null" and raw == "":
            return None
    return raw


def coerce_parameters(
    values: Mapping[str, Sequence[str]],
    schema: JSONSchema,
    resolve: Callable[[JSONSchema], JSONSchema],
) -> dict[str, object]:
    """Build the object Fastify validates from raw multi-valued query (or path) strings.

    Repeated keys become arrays; a single value for an array parameter becomes a one-item array;
    several values for a scalar parameter stay a list so that validation reports the type.
    """
    properties: Mapping[str, JSONSchema] = schema.get("properties", {})
    result: dict[str, object] = {}
    for name, raw_values in values.items():
        prop = resolve(properties[name]) if name in properties else {}
        types = _type_list(prop) or []
        if "array" in types:
            items = resolve(prop.get("items", {}))
            result[name] = [_coerce_scalar(v, items) for v in raw_values]
        elif len(raw_values) == 1:
            result[name] = _coerce_scalar(raw_values[0], prop)
        else:
            result[name] = [_coerce_scalar(v, prop) for v in raw_values]
    return result
