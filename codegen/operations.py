"""The operation model the templates render: one record per operation of the spec, with the SDK's
names, the Python signature and everything the request pipeline needs to know at run time."""

from __future__ import annotations

import ast
import keyword
from typing import Any

HTTP_METHODS = ("get", "post", "put", "patch", "delete")


def schema_name(ref: str) -> str:
    return ref.rsplit("/", 1)[1]


def python_arg(name: str) -> str:
    """`from` -> `from_`: API names stay, Python keywords get a trailing underscore."""
    return name + "_" if keyword.iskeyword(name) or name in {"self", "wait"} else name


def model_classes(models_code: str) -> tuple[set[str], dict[str, str]]:
    """Names of the generated attrs classes and of the enums (with their mixin type)."""
    classes: set[str] = set()
    enums: dict[str, str] = {}
    for node in ast.parse(models_code).body:
        if not isinstance(node, ast.ClassDef):
            continue
        bases = [base.id for base in node.bases if isinstance(base, ast.Name)]
        if "OpenEnum" in bases:
            mixins = [base for base in bases if base != "OpenEnum"]
            enums[node.name] = mixins[0] if mixins else "str"
        else:
            classes.add(node.name)
    return classes, enums


def field_hints(models_code: str) -> dict[str, dict[str, str]]:
    """class name -> field name -> annotation source, read from the generated models."""
    hints: dict[str, dict[str, str]] = {}
    for node in ast.parse(models_code).body:
        if isinstance(node, ast.ClassDef):
            hints[node.name] = {
                stmt.target.id: ast.unparse(stmt.annotation)
                for stmt in node.body
                if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
            }
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            hints[node.target.id] = {"__alias__": ast.unparse(node.value)}
    return hints


class _Widen(ast.NodeTransformer):
    """Make a model annotation accept what a caller naturally passes: a model or a mapping for
    objects, the enum or its raw value for enums, any sequence for lists."""

    def __init__(self, classes: set[str], enums: dict[str, str]) -> None:
        self.classes, self.enums, self.used = classes, enums, set()

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in self.classes:
            self.used.add(node.id)
            return ast.parse(f"{node.id} | Mapping[str, Any]", mode="eval").body
        if node.id in self.enums:
            self.used.add(node.id)
            raw = "str" if self.enums[node.id] == "str" else "float"
            return ast.parse(f"{node.id} | {raw}", mode="eval").body
        if node.id == "date_aliased":  # the models' alias for datetime.date
            return ast.Name("date", ast.Load())
        if node.id == "list":
            return ast.Name("Sequence", ast.Load())
        if node.id == "dict":
            return ast.Name("Mapping", ast.Load())
        return node


def widen(annotation: str, classes: set[str], enums: dict[str, str], used: set[str]) -> str:
    widener = _Widen(classes, enums)
    tree = widener.visit(ast.parse(annotation, mode="eval"))
    used |= widener.used
    return ast.unparse(tree)


def schema_hint(schema: dict[str, Any]) -> str:
    """Annotation for a parameter straight from its schema (parameters have no model classes)."""
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None]
        return f"Literal[{', '.join(repr(v) for v in values)}]"
    types = schema.get("type", [])
    types = [types] if isinstance(types, str) else list(types)
    nullable = "null" in types
    types = [t for t in types if t != "null"]
    parts = []
    for t in types or ["any"]:
        if t == "array":
            parts.append(f"Sequence[{schema_hint(schema.get('items', {}))}]")
        elif t == "string" and schema.get("x-sdk-comma-separated"):
            parts.append("str | Sequence[str]")
        else:
            parts.append(
                {
                    "string": "str",
                    "integer": "int",
                    "number": "float",
                    "boolean": "bool",
                    "object": "Mapping[str, Any]",
                }.get(t, "Any")
            )
    if nullable:
        parts.append("None")
    return " | ".join(parts)


def one_line(text: str | None) -> str:
    """Prose from the spec on one line (the templates wrap it)."""
    return " ".join((text or "").split())


def build_operations(spec: dict[str, Any], models_code: str) -> list[dict[str, Any]]:
    classes, enums = model_classes(models_code)
    hints = field_hints(models_code)
    schemas = spec["components"]["schemas"]
    tags = {tag["name"]: tag for tag in spec["tags"]}
    operations = []
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            tag = tags[op["tags"][0]]
            used: set[str] = set()
            params = []
            for p in op.get("parameters", []):
                s = p["schema"]
                params.append(
                    {
                        "name": p["name"],
                        "arg": python_arg(p["name"]),
                        "location": p["in"],
                        "required": bool(p.get("required")),
                        "hint": schema_hint(s),
                        "description": one_line(p.get("description")),
                        **constraints(s),
                        "rules": value_rules(s, schemas)
                        + ([rule((), "deprecated", None)] if p.get("deprecated") else []),
                    }
                )
            body = body_fields(op, schemas, hints)
            for field_name, (field_schema, required, model) in body.items():
                annotation = hints.get(model, {}).get(python_arg(field_name))
                hint = (
                    widen(annotation, classes, enums, used)
                    if annotation
                    else schema_hint(field_schema)
                )
                if not required and "None" not in hint.split(" | "):
                    hint += " | None"
                params.append(
                    {
                        "name": field_name,
                        "arg": python_arg(field_name),
                        "location": "body",
                        "required": required,
                        "hint": hint,
                        "description": one_line(field_schema.get("description")),
                        **constraints(field_schema),
                        "rules": value_rules(field_schema, schemas),
                    }
                )
            response = response_of(op, schemas)
            if response["model"]:
                used.add(response["model"])
            operations.append(
                {
                    "operation_id": op["operationId"],
                    "method": method.upper(),
                    "path": path,
                    "resource": tag["x-sdk-resource"],
                    "tag": tag["name"],
                    "name": op["x-sdk-method"],
                    "summary": one_line(op.get("summary")),
                    "description": (op.get("description") or "").strip(),
                    "params": params,
                    "has_body": "requestBody" in op and bool(body),
                    "response": response,
                    "pagination": op.get("x-pagination"),
                    "background_job": bool(op.get("x-background-job")),
                    "idempotent": bool(op.get("x-sdk-idempotent")),
                    "rate_limit": op.get("x-rate-limit"),
                    "deprecated": bool(op.get("deprecated")),
                    "scopes": op.get("security", [{}])[0].get("bearerAuth", []),
                    **body_rules(op, schemas),
                    "models_used": sorted(used),
                }
            )
    return sorted(operations, key=lambda o: (o["resource"], o["name"]))


def constraints(schema: dict[str, Any]) -> dict[str, Any]:
    types = schema.get("type", [])
    types = [types] if isinstance(types, str) else list(types)
    return {
        "kind": next((t for t in types if t != "null"), "any"),
        "nullable": "null" in types,
        "enum": tuple(v for v in schema["enum"] if v is not None) if "enum" in schema else None,
        "minimum": schema.get("minimum"),
        "maximum": schema.get("maximum"),
        "max_items": schema.get("maxItems"),
        "comma_separated": bool(schema.get("x-sdk-comma-separated")),
        "explode": schema.get("type") == "array",
    }


def rule(path: tuple[str, ...], kind: str, value: Any) -> dict[str, Any]:
    return {"path": path, "kind": kind, "value": value}


def value_rules(
    schema: dict[str, Any], schemas: dict[str, Any], path: tuple[str, ...] = ()
) -> list[dict[str, Any]]:
    """The rules the SDK checks inside one argument's value (see `instantly_async._operation.Rule`):
    nested `minProperties`, the `contains: {not: ...}` form of "one item must not be disabled",
    deprecated fields with their `x-sdk-replaced-by`, and the JSON type of every nested field and
    array item (`kind`: the allowed types and whether null is allowed; the argument's own type is
    `Param.kind`). Combinator branches are not entered: a rule there holds only for values of that
    branch, which the server judges."""
    found: list[dict[str, Any]] = []
    seen: set[str] = set()
    while "$ref" in schema:
        name = schema_name(schema["$ref"])
        if name in seen:
            return found
        seen.add(name)
        schema = {**schemas[name], **{k: v for k, v in schema.items() if k != "$ref"}}
    if path and "type" in schema:
        types = [schema["type"]] if isinstance(schema["type"], str) else list(schema["type"])
        kinds = tuple(t for t in types if t != "null")
        found.append(rule(path, "kind", (kinds, "null" in types)))
    if schema.get("deprecated"):
        found.append(rule(path, "deprecated", schema.get("x-sdk-replaced-by")))
    if "minProperties" in schema:
        found.append(rule(path, "min_properties", schema["minProperties"]))
    if "contains" in schema:
        found.append(rule(path, "contains_not", contains_not(schema["contains"])))
    for name, sub in schema.get("properties", {}).items():
        found += value_rules(sub, schemas, (*path, name))
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            found += value_rules(schema[key], schemas, (*path, "*"))
    return found


def contains_not(contains: dict[str, Any]) -> tuple[str, Any]:
    """`contains: {not: {required: [f], properties: {f: {enum: [v]}}}}` -> `(f, v)`: the one
    shape of `contains` the spec uses; any other stops the generator rather than go unchecked."""
    negated = contains.get("not", {})
    required = negated.get("required", [])
    if len(required) == 1 and set(contains) <= {"type", "not"}:
        enum = negated.get("properties", {}).get(required[0], {}).get("enum", [])
        if len(enum) == 1:
            return (required[0], enum[0])
    raise ValueError(f"unsupported contains: {contains!r}")


def body_rules(op: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    """Rules on the body as a whole: its `minProperties` (a PATCH must change something) and the
    field groups of `x-sdk-requires-one-of`."""
    content = op.get("requestBody", {}).get("content", {}).get("application/json")
    body = resolve(content["schema"], schemas) if content else {}
    return {
        "min_properties": body.get("minProperties"),
        "requires_one_of": tuple(tuple(group) for group in body.get("x-sdk-requires-one-of", [])),
    }


def body_fields(
    op: dict[str, Any], schemas: dict[str, Any], hints: dict[str, dict[str, str]]
) -> dict[str, tuple[dict[str, Any], bool, str]]:
    """Top-level body fields: name -> (schema, required, model class that declares it).

    A body may add `oneOf`/`anyOf` branches to its properties (e.g. "campaign_id or list_id is
    required"): their fields count as optional here, and the server checks the combination.
    """
    content = op.get("requestBody", {}).get("content", {}).get("application/json")
    if not content or "$ref" not in content["schema"]:
        return {}
    name = schema_name(content["schema"]["$ref"])
    schema = schemas[name]
    required = set(schema.get("required", []))
    # The generator writes a union body as one class per branch (`<Name><Name>`, `...1`, ...).
    classes = [name, *sorted(c for c in hints if c.startswith(name + name))]
    fields: dict[str, tuple[dict[str, Any], bool, str]] = {}
    branches = schema.get("oneOf") or schema.get("anyOf") or []
    sources = [(schema.get("properties", {}), required)]
    sources += [(resolve(branch, schemas).get("properties", {}), set()) for branch in branches]
    for properties, required_here in sources:
        for field_name, field_schema in properties.items():
            if field_name in fields:
                continue
            arg = python_arg(field_name)
            model = next((c for c in classes if arg in hints.get(c, {})), name)
            fields[field_name] = (field_schema, field_name in required_here, model)
    return fields


def resolve(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = schemas[schema_name(schema["$ref"])]
    return schema


def success_branch(operation_id: str, schema: dict[str, Any], schemas: dict[str, Any]) -> str:
    """The model of a union response: its one named branch without an `error` field. A body of
    the error branch (an error inside a 200) is raised by the pipeline as APIStatusError."""
    branches = schema.get("oneOf") or schema.get("anyOf") or []
    names = [schema_name(b["$ref"]) for b in branches if "$ref" in b]
    success = [n for n in names if "error" not in schemas[n].get("properties", {})]
    if len(names) != len(branches) or len(success) != 1:
        raise ValueError(
            f"{operation_id}: a union response needs named branches ($ref) and exactly one "
            f"without an `error` field; name one schema that merges them instead"
        )
    return success[0]


def response_of(op: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    for status, response in sorted(op["responses"].items()):
        if not status.startswith("2"):
            continue
        content = response.get("content")
        if not content:
            return {"status": int(status), "shape": "empty", "model": None, "content_type": None}
        content_type, media = next(iter(content.items()))
        schema = media.get("schema", {})
        if content_type != "application/json":
            return {
                "status": int(status),
                "shape": "text",
                "model": None,
                "content_type": content_type,
            }
        if "$ref" in schema:
            return {
                "status": int(status),
                "shape": "model",
                "model": schema_name(schema["$ref"]),
                "content_type": content_type,
            }
        if "oneOf" in schema or "anyOf" in schema:
            return {
                "status": int(status),
                "shape": "model",
                "model": success_branch(op["operationId"], schema, schemas),
                "content_type": content_type,
            }
        if op.get("x-pagination"):
            items = schema["properties"]["items"]["items"]
            return {
                "status": int(status),
                "shape": "page",
                "model": schema_name(items["$ref"]),
                "content_type": content_type,
            }
        if schema.get("type") == "array" and "$ref" in schema.get("items", {}):
            return {
                "status": int(status),
                "shape": "list",
                "model": schema_name(schema["items"]["$ref"]),
                "content_type": content_type,
            }
        return {
            "status": int(status),
            "shape": "json",
            "model": None,
            "content_type": content_type,
            "hint": schema_hint(schema) if schema else "Any",
        }
    raise ValueError(f"{op['operationId']} has no success response")
