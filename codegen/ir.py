"""The model generator's intermediate representation: the spec's schemas resolved to typed records
(enums, attrs models, type aliases) with their Python names, annotations and home module, before
any text is written. `build_models(spec, homes)` makes them; codegen/models.py renders them.

Naming: a component schema keeps its name. An inline schema (an object with properties or an
enum, written inside another schema) is named by its `title` when it has one, else by where it
sits: the parent's name plus the property name (`Campaign` + `campaign_schedule`), repeated words
dropped. Inline shapes that are structurally identical (descriptions aside) become one class,
named by the longest common ending of their candidate names (`...ScheduleDays` everywhere).
"""

from __future__ import annotations

import json
import keyword
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

MAX_NAME = 40
SHARED = "shared"  # the module of schemas used by more than one group
# Keywords that do not change the class a schema becomes (prose, and constraints the request
# pipeline checks from the spec): two shapes that differ only in these are one class.
_NOT_SHAPE = frozenset(
    {
        *("description", "readOnly", "writeOnly", "example", "examples", "title", "deprecated"),
        *("default", "minItems", "maxItems", "minLength", "maxLength", "pattern", "minimum"),
        *("maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "uniqueItems"),
        *("minProperties", "maxProperties", "contains", "not"),
    }
)
# Field names that would shadow a name the generated class body itself uses.
_RESERVED_FIELDS = frozenset({"attrs", "additional_properties", "self"})


@dataclass(frozen=True)
class EnumMember:
    name: str
    value: str | int | float


@dataclass(frozen=True)
class EnumClass:
    name: str
    base: Literal["str", "int", "float"]
    members: tuple[EnumMember, ...]
    doc: str


@dataclass(frozen=True)
class Field:
    name: str  # the Python attribute
    key: str  # the JSON key
    annotation: str  # Python source, e.g. "list[Lead] | None"
    required: bool
    doc: str
    deprecated: bool = False


@dataclass(frozen=True)
class ModelClass:
    name: str
    base: str | None
    fields: tuple[Field, ...]
    doc: str


@dataclass(frozen=True)
class TypeAliasDef:
    name: str
    annotation: str
    doc: str


Definition = EnumClass | ModelClass | TypeAliasDef


@dataclass(frozen=True)
class Placed:
    """A definition, the module it is written to, and the generated names its code refers to."""

    definition: Definition
    module: str
    refs: frozenset[str]


@dataclass
class ModelSet:
    """Every generated definition by name, in a stable order."""

    definitions: dict[str, Placed] = field(default_factory=dict)

    def modules(self) -> dict[str, list[Placed]]:
        by_module: dict[str, list[Placed]] = defaultdict(list)
        for placed in self.definitions.values():
            by_module[placed.module].append(placed)
        return {name: _dependency_order(items) for name, items in sorted(by_module.items())}


def _dependency_order(items: list[Placed]) -> list[Placed]:
    """By name, except that a base class or an alias target comes before what uses it at import
    time (annotations are lazy, bases and alias values are not)."""
    local = {p.definition.name: p for p in items}
    done: set[str] = set()
    ordered: list[Placed] = []

    def visit(placed: Placed) -> None:
        if placed.definition.name in done:
            return
        done.add(placed.definition.name)
        definition = placed.definition
        needs: set[str] = set()
        if isinstance(definition, ModelClass) and definition.base:
            needs.add(definition.base)
        if isinstance(definition, TypeAliasDef):
            needs |= placed.refs
        for name in sorted(needs & local.keys()):
            visit(local[name])
        ordered.append(placed)

    for name in sorted(local):
        visit(local[name])
    return ordered


# --- names -------------------------------------------------------------------------------------

_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def words(name: str) -> list[str]:
    return _WORD.findall(name)


def pascal(text: str) -> str:
    """`campaign_schedule` -> `CampaignSchedule`, `Account Campaign Mapping` -> `AccountCampaign...`"""
    parts = re.split(r"[^0-9A-Za-z]+", text)
    return "".join(part[:1].upper() + part[1:] for part in parts if part)


def collapse(name: str) -> str:
    """Drop a word that repeats the one before it: `CampaignCampaignSchedule` -> `CampaignSchedule`."""
    kept: list[str] = []
    for word in words(name):
        if not kept or kept[-1] != word:
            kept.append(word)
    return "".join(kept)


def singular(name: str) -> str:
    """The name of one item of a list property: `Leads` -> `Lead`, `Status` -> `StatusItem`."""
    if name.endswith("ies"):
        return name[:-3] + "y"
    if name.endswith(("sses", "xes")):
        return name[:-2]
    if name.endswith("s") and not name.endswith(("ss", "us", "is")):
        return name[:-1]
    return name + "Item"


def python_field(key: str, taken: set[str]) -> str:
    """A valid, unshadowed Python attribute for a JSON key: `from` -> `from_`, `0` -> `field_0`,
    `occurrence-days` -> `occurrence_days`."""
    name = re.sub(r"\W", "_", key)
    if name[:1].isdigit():
        name = "field_" + name
    if keyword.iskeyword(name) or name in _RESERVED_FIELDS:
        name += "_"
    while name in taken:
        name += "_"
    return name


def enum_member(value: str | int | float) -> str:
    """A member name for a value the spec gives no `x-enum-varnames` for."""
    name = re.sub(r"\W+", "_", str(value)).strip("_").upper() or "EMPTY"
    return "V_" + name if name[0].isdigit() else name


def common_ending(names: list[str]) -> str:
    """The longest run of whole words every name ends with."""
    split = [words(name) for name in names]
    ending: list[str] = []
    for group in zip(*(reversed(w) for w in split), strict=False):  # up to the shortest
        if len(set(group)) != 1:
            break
        ending.insert(0, group[0])
    return "".join(ending)


# --- schemas -----------------------------------------------------------------------------------


def _types(schema: dict[str, Any]) -> list[str]:
    types = schema.get("type", [])
    return [types] if isinstance(types, str) else list(types)


def _nullable(schema: dict[str, Any]) -> bool:
    return "null" in _types(schema) or None in schema.get("enum", ())


def _branches(schema: dict[str, Any]) -> list[dict[str, Any]]:
    return list(schema.get("oneOf") or schema.get("anyOf") or [])


def tidy(name: str) -> str:
    """An inline class name a person would choose: no repeated words, `Request`/`Response` only
    as the last word, and at most MAX_NAME characters (leading words go first)."""
    kept = words(collapse(name))
    kept = [w for i, w in enumerate(kept) if w not in _OPERATION_WORDS or i == len(kept) - 1]
    while len("".join(kept)) > MAX_NAME and len(kept) > 2:
        kept.pop(0)
    return "".join(kept)


_OPERATION_WORDS = frozenset({"Request", "Response"})


def _name_options(candidates: list[str]) -> list[str]:
    """Names for a shape from the places it appears at, best first: the words all of them end
    with, else the shortest; tidied, then as they come."""
    options: list[str] = []
    for names in (sorted({tidy(n) for n in candidates}), sorted(set(candidates))):
        ending = common_ending(names)
        if len(words(ending)) >= 2:
            options.append(ending)
        options.append(min(names, key=lambda n: (len(n), n)))
    return [name for name in dict.fromkeys(options) if len(name) <= MAX_NAME]


def _is_enum(schema: dict[str, Any]) -> bool:
    values = [v for v in schema.get("enum", ()) if v is not None]
    return bool(values) and _enum_base(values) is not None


def _enum_base(values: list[Any]) -> Literal["str", "int", "float"] | None:
    """The mixin of an enum class, or None when the values are of mixed kinds (or booleans):
    those are written as `Literal[...]`, since no one mixin can make every member equal to its
    value."""
    if all(isinstance(v, str) for v in values):
        return "str"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "float"
    return None


def _object_like(schema: dict[str, Any]) -> bool:
    """An inline schema that becomes a model class: properties of its own or object branches."""
    if schema.get("properties"):
        return True
    branches = _branches(schema)
    return (
        bool(branches)
        and all(
            # a branch with properties, or one that only constrains (`required: [...]`)
            b.get("properties") is not None or set(b) <= {"required", "type"}
            for b in branches
        )
        and any(b.get("properties") for b in branches)
    )


def _shape_key(schema: Any) -> str:
    """What makes two inline schemas the same class: everything but prose and constraints."""

    def strip(value: Any) -> Any:
        if isinstance(value, list):
            return [strip(v) for v in value]
        if not isinstance(value, dict):
            return value
        value = {
            # field names are not keywords: a property called `title` stays
            k: {name: strip(p) for name, p in v.items()} if k == "properties" else strip(v)
            for k, v in value.items()
            if k not in _NOT_SHAPE
        }
        if isinstance(value.get("additionalProperties"), bool):  # a model either way
            del value["additionalProperties"]
        if "type" in value:  # nullability is the place's, not the shape's
            types = [t for t in _types(value) if t != "null"]
            value["type"] = types[0] if len(types) == 1 else types
        if "enum" in value:
            value["enum"] = [v for v in value["enum"] if v is not None]
        return value

    return json.dumps(strip(schema), sort_keys=True)


def _merged_properties(schema: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """(key, schema, required) of an object's own properties, then of its `oneOf`/`anyOf`
    branches' properties (optional: which branch applies is the server's to check). A key that
    several branches give different single values (`op: gte`, `op: lte`) gets all of them."""
    required = set(schema.get("required", []))
    merged: dict[str, dict[str, Any]] = {}
    own = schema.get("properties", {})
    for source in [own, *(branch.get("properties", {}) for branch in _branches(schema))]:
        for key, prop in source.items():
            first = merged.get(key)
            if first is None:
                merged[key] = prop
            elif source is not own and "enum" in first and "enum" in prop:
                merged[key] = {
                    **first,
                    "enum": list(dict.fromkeys([*first["enum"], *prop["enum"]])),
                    "x-enum-varnames": list(
                        dict.fromkeys(
                            [*first.get("x-enum-varnames", []), *prop.get("x-enum-varnames", [])]
                        )
                    ),
                }
    for key, prop in merged.items():
        yield key, prop, key in required and key in own


def _union_parts(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The branches of a union that is not one object: its object branches merged into one."""
    branches = _branches(schema)
    objects = [b for b in branches if b.get("properties")]
    if len(objects) < 2:
        return branches
    merged = {"type": "object", "oneOf": objects}
    return [b for b in branches if not b.get("properties")] + [merged]


def _doc(schema: dict[str, Any]) -> str:
    return " ".join(str(schema.get("description") or "").split())


class _Builder:
    def __init__(self, spec: dict[str, Any], homes: dict[str, str]) -> None:
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.homes = homes
        self.candidates: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
        self.shape_names: dict[str, str] = {}
        self.result: dict[str, tuple[Definition, set[str], str]] = {}

    # pass 1: every inline shape and the names its places suggest

    def collect(self, schema: Any, candidate: str, top: bool = False) -> None:
        if not isinstance(schema, dict) or "$ref" in schema:
            return
        if not top and (_is_enum(schema) or _object_like(schema)):
            self.candidates[_shape_key(schema)].append((candidate, schema))
        for key, prop, _ in _merged_properties(schema):
            self.collect(prop, candidate + pascal(key))
        if "items" in schema:
            self.collect(schema["items"], singular(candidate))
        if isinstance(schema.get("additionalProperties"), dict):
            self.collect(schema["additionalProperties"], candidate + "Value")
        if not _object_like(schema):  # a union: its enum branch is named apart from the object one
            for branch in _union_parts(schema):
                self.collect(branch, candidate + ("Enum" if _is_enum(branch) else ""))
        for part in schema.get("allOf", []):
            for key, prop, _ in _merged_properties(part):
                self.collect(prop, candidate + pascal(key))

    def name_shapes(self) -> None:
        taken = set(self.schemas)
        components = {
            _shape_key(schema): name
            for name, schema in self.schemas.items()
            if _is_enum(schema) or _object_like(schema)
        }
        chosen: dict[str, str] = {}

        # Shapes written in one place first: their name is the only one they have.
        def order(key: str) -> tuple[bool, list[str]]:
            names = sorted({c for c, _ in self.candidates[key]})
            return len(names) > 1, names

        for key in sorted(self.candidates, key=order):
            if key in components:  # written inline, but the same shape as a named schema
                self.shape_names[key] = components[key]
                continue
            places = self.candidates[key]
            title = next((s["title"] for _, s in places if s.get("title")), None)
            options = [pascal(title)] if title else _name_options([name for name, _ in places])
            name = next((n for n in options if n not in chosen and n not in taken), None)
            if name is None:
                raise ValueError(
                    f"no free name for the shape at {sorted(n for n, _ in places)}: "
                    f"{options} are taken; give it a `title` in the spec"
                )
            chosen[name] = key
            self.shape_names[key] = name

    # pass 2: definitions

    def build(self) -> dict[str, Placed]:
        for name, schema in self.schemas.items():
            self.collect(schema, name, top=True)
        self.name_shapes()
        for name, schema in self.schemas.items():
            self.define(name, schema, self.homes.get(name, SHARED))
        return self.place()

    def define(self, name: str, schema: dict[str, Any], module: str) -> None:
        if name in self.result:
            return
        refs: set[str] = set()
        definition: Definition
        if _is_enum(schema):
            definition = self.enum(name, schema)
        elif _object_like(schema) or (
            "allOf" not in schema
            and _types(schema) == ["object"]
            and not isinstance(schema.get("additionalProperties"), dict)  # a typed map
        ):
            definition = self.model(name, schema, None, refs, module)
        elif "allOf" in schema:
            base = next(p["$ref"].rsplit("/", 1)[1] for p in schema["allOf"] if "$ref" in p)
            extra: dict[str, Any] = {"properties": {}, "required": []}
            for part in schema["allOf"]:
                if "$ref" not in part:
                    extra["properties"].update(part.get("properties", {}))
                    extra["required"] += part.get("required", [])
            extra["description"] = schema.get("description")
            refs.add(base)
            definition = self.model(name, extra, base, refs, module)
        else:
            definition = TypeAliasDef(name, self.annotate(schema, refs, module), _doc(schema))
        self.result[name] = (definition, refs, module)

    def enum(self, name: str, schema: dict[str, Any]) -> EnumClass:
        values = [v for v in schema["enum"] if v is not None]
        varnames = list(schema.get("x-enum-varnames") or [])
        if len(varnames) == len(schema["enum"]) != len(values):  # a name given for the null
            varnames = [n for n, v in zip(varnames, schema["enum"], strict=True) if v is not None]
        if len(varnames) != len(values):
            varnames = [enum_member(v) for v in values]
        base = _enum_base(values)
        assert base is not None
        members = tuple(EnumMember(n, v) for n, v in zip(varnames, values, strict=True))
        return EnumClass(name, base, members, _doc(schema))

    def model(
        self, name: str, schema: dict[str, Any], base: str | None, refs: set[str], module: str
    ) -> ModelClass:
        fields: list[Field] = []
        taken: set[str] = set()
        for key, prop, required in _merged_properties(schema):
            annotation = self.annotate(prop, refs, module)
            if not required and "None" not in annotation.split(" | "):
                annotation += " | None"
            attribute = python_field(key, taken)
            taken.add(attribute)
            fields.append(
                Field(
                    attribute, key, annotation, required, _doc(prop), bool(prop.get("deprecated"))
                )
            )
        return ModelClass(name, base, tuple(fields), _doc(schema))

    def annotate(self, schema: dict[str, Any], refs: set[str], module: str) -> str:
        """The Python annotation of a schema; inline shapes are defined on the way."""
        if "$ref" in schema:
            name: str = schema["$ref"].rsplit("/", 1)[1]
            refs.add(name)
            return name
        nullable = _nullable(schema)
        key = _shape_key(schema)
        if key in self.shape_names:
            name = self.shape_names[key]
            if name in self.schemas:
                self.define(name, self.schemas[name], self.homes.get(name, SHARED))
            elif name not in self.result:
                self.define(name, schema, module)
            else:
                self.share(name, module)
            refs.add(name)
            parts = [name]
        elif "enum" in schema:  # booleans or mixed kinds: no enum class can equal its values
            values = [v for v in schema["enum"] if v is not None]
            parts = [f"Literal[{', '.join(repr(v) for v in values)}]"]
        elif _branches(schema):
            parts = []
            for branch in _union_parts(schema):
                for part in self.annotate(branch, refs, module).split(" | "):
                    if part == "None":
                        nullable = True
                    elif part not in parts:
                        parts.append(part)
        else:
            parts = []
            for t in [t for t in _types(schema) if t != "null"] or ["any"]:
                parts.append(self.primitive(t, schema, refs, module))
        if nullable:
            parts.append("None")
        return " | ".join(dict.fromkeys(parts))

    def primitive(self, t: str, schema: dict[str, Any], refs: set[str], module: str) -> str:
        if t == "array":
            items = schema.get("items")
            return f"list[{self.annotate(items, refs, module) if items else 'Any'}]"
        if t == "object":
            values = schema.get("additionalProperties")
            if isinstance(values, dict) and values:
                return f"dict[str, {self.annotate(values, refs, module)}]"
            return "dict[str, Any]"
        if t == "string":
            return {"date-time": "datetime", "date": "date_aliased"}.get(
                schema.get("format", ""), "str"
            )
        return {"integer": "int", "number": "float", "boolean": "bool"}.get(t, "Any")

    def share(self, name: str, module: str) -> None:
        """An inline shape met again from another module moves to the shared module."""
        definition, refs, home = self.result[name]
        if home != module and home != SHARED:
            self.result[name] = (definition, refs, SHARED)

    def place(self) -> dict[str, Placed]:
        """Anything a shared definition refers to is shared too, and so is a group's schema that
        another group refers to: group modules then import only from `shared`, never from each
        other, and `shared` imports from no group."""
        modules = {name: module for name, (_, _, module) in self.result.items()}
        changed = True
        while changed:
            changed = False
            for name, (_, refs, _) in self.result.items():
                for ref in refs:
                    if modules[ref] not in (SHARED, modules[name]):
                        modules[ref] = SHARED
                        changed = True
        return {
            name: Placed(definition, modules[name], frozenset(refs))
            for name, (definition, refs, _) in sorted(self.result.items())
        }


def build_models(spec: dict[str, Any], homes: dict[str, str]) -> ModelSet:
    """Every model, enum and alias of the spec's schemas, placed in its group's module."""
    return ModelSet(_Builder(spec, homes).build())
