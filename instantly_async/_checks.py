"""The API's rules on a call as a whole and on nested parts of its arguments, checked before
anything is sent: an empty PATCH, a field group of which one is needed, a nested object that may
not be empty, a list that needs one enabled item, a deprecated field.

The facts come from the spec through the generated operation table (`Operation.min_properties`,
`Operation.requires_one_of`, `Param.rules`); the per-argument type, enum and range checks live
with the request builder.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Collection, Iterator, Mapping
from typing import Any

from instantly_async import _serde
from instantly_async._operation import Operation, Param, Rule


def check_arguments(
    op: Operation, args: Mapping[str, Any], *, extra_body: Collection[str] = ()
) -> None:
    """Raise ValueError/TypeError naming the operation and the argument when `args` (the
    arguments given, omitted ones left out) break a rule of the API; warn DeprecationWarning for
    a deprecated field, naming its replacement. `extra_body`: the names of fields the call adds
    through `with_options(extra_body=...)`, which count as sent."""
    where = f"{op.resource}.{op.name}()"
    body = [p for p in op.params if p.location == "body"]
    sent = {p.name for p in body if p.arg in args} | set(extra_body)
    if op.min_properties is not None and len(sent) < op.min_properties:
        accepted = ", ".join(p.arg for p in body)
        raise ValueError(
            f"{where} needs at least {op.min_properties} field to send; it accepts: {accepted}"
        )
    for group in op.requires_one_of:
        if not any(name in sent and _value(op, name, args) is not None for name in group):
            names = " or ".join(repr(_arg(op, name)) for name in group)
            raise TypeError(f"{where} needs the argument {names}")
    for param in op.params:
        if param.rules and param.arg in args and args[param.arg] is not None:
            _check_rules(where, param, _serde.to_json(args[param.arg]))


def has_rules(op: Operation) -> bool:
    """Whether the API has rules on `op`'s arguments beyond each one's own type (checked in
    `_request`). Most operations have none; known per operation after its first call."""
    found = _has_rules.get(op.operation_id)
    if found is None:
        found = _has_rules[op.operation_id] = (
            op.min_properties is not None
            or bool(op.requires_one_of)
            or any(p.rules for p in op.params)
        )
    return found


_has_rules: dict[str, bool] = {}


def _arg(op: Operation, name: str) -> str:
    return next(p.arg for p in op.params if p.name == name)


def _value(op: Operation, name: str, args: Mapping[str, Any]) -> Any:
    return args.get(_arg(op, name))


def _check_rules(where: str, param: Param, value: Any) -> None:
    for rule in param.rules:
        for location, part in _parts(value, rule.path, param.arg):
            _check_rule(f"{where} argument {param.arg!r}", rule, location, part)


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (Mapping,),
}
_JSON_NAMES = {"array": "a list", "object": "a mapping or a model", "integer": "an integer"}


def _json_type_fits(kind: str, part: Any) -> bool:
    expected = _JSON_TYPES.get(kind)
    if expected is None:
        return True
    return isinstance(part, expected) and (kind == "boolean" or not isinstance(part, bool))


def _check_rule(where: str, rule: Rule, location: str, part: Any) -> None:
    if rule.kind == "kind":
        kinds, nullable = rule.value
        if part is None:
            if not nullable:
                raise TypeError(
                    f"{where}: {location} must not be None (the API takes no null here)"
                )
        elif kinds and not any(_json_type_fits(kind, part) for kind in kinds):
            wanted = " or ".join(_JSON_NAMES.get(kind, f"a {kind}") for kind in kinds)
            text = repr(part) if len(repr(part)) <= 60 else repr(part)[:57] + "..."
            raise TypeError(
                f"{where}: {location} must be {wanted}, got {type(part).__name__} {text}"
            )
    elif rule.kind == "deprecated":
        instead = f"; use {rule.value!r} instead" if rule.value else ""
        warnings.warn(
            f"{where}: {location} is deprecated{instead}",
            DeprecationWarning,
            stacklevel=_outside_the_package(),
        )
    elif rule.kind == "min_properties":
        if isinstance(part, Mapping) and len(part) < rule.value:
            raise ValueError(
                f"{where}: {location} must have at least {rule.value} entries, got {len(part)}"
            )
    elif rule.kind == "contains_not":
        field, refused = rule.value
        if isinstance(part, list) and all(
            isinstance(item, Mapping) and field in item and item[field] == refused for item in part
        ):
            raise ValueError(
                f"{where}: {location} needs at least one item whose {field!r} is not {refused!r}"
            )


def _outside_the_package() -> int:
    """The stack level of the first caller outside instantly_async, so that the warning points
    at the user's line."""
    frame, level = sys._getframe(1), 1
    while frame.f_back is not None and frame.f_globals.get("__name__", "").startswith(
        "instantly_async"
    ):
        frame, level = frame.f_back, level + 1
    return level


def _parts(value: Any, path: tuple[str, ...], location: str) -> Iterator[tuple[str, Any]]:
    """(where, part) for every part of `value` that `path` leads to; parts that are absent or of
    another shape are left to the type checks."""
    if not path:
        yield location, value
        return
    step, rest = path[0], path[1:]
    if step == "*":
        if isinstance(value, list):
            for index, item in enumerate(value):
                yield from _parts(item, rest, f"{location}[{index}]")
        elif isinstance(value, Mapping):
            for key, item in value.items():
                yield from _parts(item, rest, f"{location}[{key!r}]")
    elif isinstance(value, Mapping) and step in value:
        yield from _parts(value[step], rest, f"{location}.{step}")
