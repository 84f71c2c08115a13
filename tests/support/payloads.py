"""Payloads written from the spec's schemas, in the variants the tests need: every field, only
required fields, nulls where allowed, plus undeclared fields and enum values the spec lacks."""

from __future__ import annotations

from typing import Any, Literal

from instantly_async.testing._spec import load_spec

Variant = Literal["full", "required", "nulls"]

UNKNOWN_ENUM = "zz-not-in-spec"
EXTRA_FIELD = "zz_undeclared_field"


def spec() -> dict[str, Any]:
    """The bundled spec, as the fake server loads it."""
    return load_spec().document


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def types_of(schema: dict[str, Any]) -> list[str]:
    t = schema.get("type", [])
    return [t] if isinstance(t, str) else list(t)


def scalar(schema: dict[str, Any], name: str) -> Any:
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None]
        return values[-1] if values else None
    kinds = [t for t in types_of(schema) if t != "null"] or ["string"]
    kind = kinds[0]
    fmt = schema.get("format")
    if kind == "string":
        if fmt == "date-time":
            return "2026-03-14T02:17:21.074Z"
        if fmt == "date":
            return "2026-03-14"
        if fmt == "email" or "email" in name:
            return "ada+test@example.com"
        if fmt == "uuid" or name == "id" or name.endswith("_id"):
            return "01959271-1bb2-772a-969c-afa065fa8ac3"
        return f"{name}-value"
    if kind == "integer":
        return max(int(schema.get("minimum", 3)), min(3, int(schema.get("maximum", 3))))
    if kind == "number":
        return max(schema.get("minimum", 2), min(2, schema.get("maximum", 2)))
    if kind == "boolean":
        return True
    return None


def example(
    schema: dict[str, Any], variant: Variant = "full", name: str = "value", depth: int = 0
) -> Any:
    schema = resolve(schema)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return example(schema[key][0], variant, name, depth)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example(part, variant, name, depth)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kinds = types_of(schema)
    if variant == "nulls" and "null" in kinds and depth > 0:
        return None
    if "object" in kinds or "properties" in schema:
        required = set(schema.get("required", []))
        properties = schema.get("properties", {})
        out = {}
        for prop, sub in properties.items():
            if variant == "required" and prop not in required:
                continue
            if resolve(sub).get("deprecated") and prop not in required:
                continue  # sending it warns; a test that wants the warning asks for it
            if depth > 6:
                continue
            out[prop] = example(sub, variant, prop, depth + 1)
        # The API's rules on the whole object: a field of each `x-sdk-requires-one-of` group,
        # and at least `minProperties` fields.
        for group in schema.get("x-sdk-requires-one-of", []):
            if all(out.get(field) is None for field in group):
                out[group[0]] = example(properties[group[0]], "full", group[0], depth + 1)
        for prop, sub in properties.items():
            if len(out) >= schema.get("minProperties", 0):
                break
            out.setdefault(prop, example(sub, "full", prop, depth + 1))
        additional = schema.get("additionalProperties")
        while len(out) < schema.get("minProperties", 0) and isinstance(additional, dict):
            out[f"example_{len(out) + 1}"] = example(additional, "full", name, depth + 1)
        return out
    if "array" in kinds:
        item = example(schema.get("items", {}), variant, name, depth + 1)
        if isinstance(item, dict) and "contains" in schema:
            # "One item must not be ...": leave out the fields that make this one match `not`.
            refused = schema["contains"].get("not", {}).get("required", [])
            item = {k: v for k, v in item.items() if k not in refused}
        return [] if item is None and variant == "required" else [item]
    return scalar(schema, name)


def mangle(payload: Any, schema: dict[str, Any]) -> Any:
    """Add an undeclared field to every object and replace every string enum value by one the
    spec does not list."""
    schema = resolve(schema)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return mangle(payload, schema[key][0])
    if isinstance(payload, dict):
        props = schema.get("properties", {})
        out = {k: mangle(v, props.get(k, {})) for k, v in payload.items()}
        out[EXTRA_FIELD] = {"kept": [1, 2]}
        return out
    if isinstance(payload, list):
        return [mangle(item, schema.get("items", {})) for item in payload]
    if "enum" in schema and isinstance(payload, str):
        return UNKNOWN_ENUM
    return payload
