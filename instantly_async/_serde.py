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
from typing import Any, Literal, Union, get_args, get_origin

import attrs
import cattrs

from instantly_async._model import DEFERRED

converter = cattrs.Converter(detailed_validation=False, forbid_extra_keys=False)

_EXTRA = "additional_properties"


def _keep(value: Any, _: Any) -> Any:
    return value


# Exact types only: a singledispatch hook on `str` would also catch str-based enums.
_PRIMITIVES = frozenset({str, int, float, bool, Any})
converter.register_structure_hook_func(lambda t: t in _PRIMITIVES, _keep)


_fromisoformat = datetime.fromisoformat
_UTC = timezone.utc


def parse_datetime(value: Any, _: Any = None) -> Any:
    """ISO-8601 to an aware datetime (UTC when the string has no offset); other values stay."""
    if value.__class__ is not str and not isinstance(value, str):
        return value
    try:
        parsed = _fromisoformat(value)  # Python 3.11+ reads a trailing `Z` itself
    except ValueError:
        if value[-1:] != "Z":
            return value
        try:
            parsed = _fromisoformat(value[:-1] + "+00:00")  # Python 3.10
        except ValueError:
            return value
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_UTC)


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
    members = cls._value2member_map_

    def structure(value: Any, _: Any = None) -> Any:
        try:
            member = members.get(value)
        except TypeError:  # unhashable: a list or an object where a value was promised
            return value
        if member is not None or value is None:
            return member
        try:
            return cls(value)  # an unknown value: OpenEnum keeps it as a member-like value
        except (ValueError, TypeError):
            return value  # e.g. a string where the spec promises a number: keep it

    return structure


def _is_enum(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, Enum)


_enum_hooks: dict[type, Callable[[Any, Any], Any]] = {}


def structure_hook(t: Any) -> Callable[[Any, Any], Any]:
    """The hook that decodes a value of type `t`. Enums are looked up here: cattrs would send
    `str`- and `int`-based enums to its own `str`/`int` hook (a plain `Enum(value)` call)."""
    if _is_enum(t):
        hook = _enum_hooks.get(t)
        if hook is None:
            hook = _enum_hooks[t] = _enum_hook(t)
        return hook
    return converter.get_structure_hook(t)


converter.register_structure_hook_factory(_is_enum, _enum_hook)


def _is_generic(origin: type) -> Callable[[Any], bool]:
    return lambda t: getattr(t, "__origin__", None) is origin


def _list_hook(t: Any) -> Callable[[Any, Any], Any]:
    (item_type,) = t.__args__
    if _is_primitive(item_type):
        return _keep
    item_hook: list[Callable[[Any, Any], Any]] = []  # looked up on first use (models nest)

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not list:
            return value
        if not item_hook:
            item_hook.append(structure_hook(item_type))
        hook = item_hook[0]
        return [hook(item, item_type) for item in value]

    return structure


def _dict_hook(t: Any) -> Callable[[Any, Any], Any]:
    value_type = t.__args__[1]
    if _is_primitive(value_type):
        return _keep
    value_hook: list[Callable[[Any, Any], Any]] = []

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            return value
        if not value_hook:
            value_hook.append(structure_hook(value_type))
        hook = value_hook[0]
        return {key: hook(item, value_type) for key, item in value.items()}

    return structure


converter.register_structure_hook_factory(_is_generic(list), _list_hook)
converter.register_structure_hook_factory(_is_generic(dict), _dict_hook)


def json_key(attribute: attrs.Attribute[Any]) -> str:
    key: str = attribute.metadata.get("key", attribute.name)
    return key


def _is_primitive(t: Any) -> bool:
    """str, int, float, bool, Any, a `Literal` of them, or a union of them and None."""
    if t in _PRIMITIVES or get_origin(t) is Literal:
        return True
    return get_origin(t) in (Union, UnionType) and all(
        a in _PRIMITIVES or a is type(None) or get_origin(a) is Literal for a in get_args(t)
    )


def _is_plain(t: Any) -> bool:
    """Taken as it comes: a primitive, or a list or map of primitives (their hooks keep the
    value as it is), or any of these or None."""
    if _is_primitive(t):
        return True
    if get_origin(t) in (Union, UnionType):
        args = [a for a in get_args(t) if a is not type(None)]
        return len(args) == 1 and _is_plain(args[0])
    origin = get_origin(t)
    return (origin is list and _is_primitive(get_args(t)[0])) or (
        origin is dict and _is_primitive(get_args(t)[1])
    )


def _field_decoder(key: str, t: Any) -> Callable[[dict[str, Any]], Any]:
    """How one field is read from its model's JSON object on its own: null or missing as None,
    anything else through the hook of its type (nested models come with every field decoded),
    kept as it came if the hook cannot take it (one odd value must not sink a record)."""
    t = _non_null(t)
    if t is datetime:

        def decode_datetime(o: dict[str, Any]) -> Any:
            value = o.get(key)
            return None if value is None else parse_datetime(value)

        return decode_datetime
    hooks: list[Callable[[Any, Any], Any]] = []  # looked up on first use (models nest)

    def decode(o: dict[str, Any]) -> Any:
        value = o.get(key)
        if value is None:
            return None
        if not hooks:
            hooks.append(_complete_hook(t))
        try:
            return hooks[0](value, t)
        except Exception:
            return value

    return decode


def _undeclared(known: frozenset[str]) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def decode(o: dict[str, Any]) -> dict[str, Any]:
        if len(o) > len(known) or not known.issuperset(o):
            return {k: v for k, v in o.items() if k not in known}  # in the server's order
        return {}

    return decode


def _model_structure_hook(cls: type) -> Callable[[Any, Any], Any]:
    """Two generated functions per model, both making the object without `__init__` and
    reading each field once from the dict. The model's hook sets the plain fields and the enums
    and keeps the dict: the other fields (date-times, nested models, `additional_properties`)
    are decoded one by one when first read (`instantly_async._model`). The complete decoder,
    for models nested in a field being read, sets every field at once.

    Not attrs' `__init__` with ~50 keyword arguments: building the keyword dict and binding it
    was most of the cost of the first decoder; and not every field at once: parsing a lead's
    ten date-times and building its nested models was most of the rest, for programs that read
    an email or a status (docs/benchmarks.md). Whatever a fast path cannot take (an unhashable
    value where an enum is due, a hook that raises) is decoded field by field, keeping what does
    not fit as it came."""
    attrs.resolve_types(cls)
    fields = [a for a in attrs.fields(cls) if a.name != _EXTRA]
    known = frozenset(json_key(a) for a in fields)
    namespace: dict[str, Any] = {
        "__cl": cls,
        "__new": object.__new__,
        "__fromiso": _fromisoformat,
        "__parse_datetime": parse_datetime,
        "__utc": _UTC,
    }
    plain: list[str] = []
    enums: list[str] = []
    deferred: list[str] = []
    undeclared = namespace["__undeclared"] = _undeclared(known)
    by_field: dict[str, Callable[[dict[str, Any]], Any]] = {_EXTRA: undeclared}
    for i, a in enumerate(fields):
        if a.default is not attrs.NOTHING and a.default is not None:
            raise TypeError(f"{cls.__name__}.{a.name}: only None defaults are supported")
        key, target = json_key(a), f"m.{a.name}"
        if _is_plain(a.type):
            plain.append(f"    {target} = g({key!r})")  # a missing field reads None
            continue
        by_field[a.name] = _field_decoder(key, a.type)
        t = _non_null(a.type)
        hook, type_ = f"__h{i}", f"__t{i}"
        namespace[hook], namespace[type_] = _late_hook(namespace, hook, t), t
        if _is_enum(t):
            namespace[f"__e{i}"] = t._value2member_map_
            # A known value in one dict lookup; None, unknown values and odd shapes via the hook
            # (an unhashable value raises TypeError here and goes field by field).
            enums += [
                f"        v = g({key!r})",
                f"        {target} = __e{i}[v] if v in __e{i} else "
                f"(None if v is None else {hook}(v, {type_}))",
            ]
        elif t is datetime:
            # ISO-8601 parsed in C right here; anything it cannot read (a `Z` on Python 3.10,
            # a string that is no date) goes to parse_datetime, which keeps what it cannot parse.
            deferred += [
                f"        v = g({key!r})",
                "        if v.__class__ is str:",
                "            try:",
                "                v = __fromiso(v)",
                "            except ValueError:",
                "                v = __parse_datetime(v)",
                "            else:",
                "                if v.tzinfo is None:",
                "                    v = v.replace(tzinfo=__utc)",
                f"        {target} = v",
            ]
        else:
            deferred += [
                f"        v = g({key!r})",
                f"        {target} = None if v is None else {hook}(v, {type_})",
            ]
    enum_names = [a.name for a in fields if _is_enum(_non_null(a.type))]
    namespace["__enums_by_field"] = [(name, by_field[name]) for name in enum_names]
    namespace["__by_field"] = [(name, decode) for name, decode in by_field.items()]
    name = cls.__name__
    head = [
        "    if o.__class__ is not dict:",
        "        return o  # not an object where one was promised: hand it over untouched",
        "    g = o.get",
        "    m = __new(__cl)",
        *plain,
    ]
    source = "\n".join(
        [
            f"def structure_{name}(o, _=None):",
            *head,
            "    m._undecoded = o",
            "    try:",
            *(enums or ["        pass"]),
            "    except Exception:  # a value the fast path cannot take: field by field",
            "        for field, decode in __enums_by_field:",
            "            setattr(m, field, decode(o))",
            "    return m",
            "",
            f"def complete_{name}(o, _=None):",
            *head,
            "    try:",
            *(enums + deferred or ["        pass"]),
            "    except Exception:  # a value the fast path cannot take: field by field",
            "        for field, decode in __by_field:",
            "            setattr(m, field, decode(o))",
            "    m.additional_properties = __undeclared(o)",
            "    return m",
        ]
    )
    exec(compile(source, f"<instantly_async structure {cls.__qualname__}>", "exec"), namespace)
    DEFERRED[cls] = {n: d for n, d in by_field.items() if n not in enum_names}
    _complete_decoders[cls] = namespace[f"complete_{name}"]
    structure: Callable[[Any, Any], Any] = namespace[f"structure_{name}"]
    return structure


_complete_decoders: dict[type, Callable[[Any, Any], Any]] = {}


def _complete_hook(t: Any) -> Callable[[Any, Any], Any]:
    """The hook of `t` for a value decoded as a field is read: nested models (and lists of
    them) come with every field decoded, so a record read in full has one level of deferred
    fields, not one per nested object."""
    if _is_model(t):
        structure_hook(t)  # makes the model's decoders
        return _complete_decoders[t]
    if get_origin(t) is list and _is_model(get_args(t)[0]):
        item_type = get_args(t)[0]
        decode = _complete_hook(item_type)

        def structure(value: Any, _: Any = None) -> Any:
            if type(value) is not list:
                return value
            return [decode(item, item_type) for item in value]

        return structure
    return structure_hook(t)


def _non_null(t: Any) -> Any:
    """`T` for `T | None`, else `t`."""
    if get_origin(t) in (Union, UnionType):
        args = get_args(t)
        if len(args) == 2 and type(None) in args:
            return args[0] if args[1] is type(None) else args[1]
    return t


def _late_hook(namespace: dict[str, Any], name: str, t: Any) -> Callable[[Any, Any], Any]:
    """A stand-in for the hook of `t` that looks it up on first call and then replaces itself
    in the generated function's globals (models nest, and may nest themselves)."""

    def first_call(value: Any, _: Any = None) -> Any:
        hook = namespace[name] = _complete_hook(t)
        return hook(value, t)

    return first_call


_JSON_SCALARS = frozenset({str, int, float, bool})


def _model_unstructure_hook(cls: type) -> Callable[[Any], dict[str, Any]]:
    """One generated function per model: API field names, fields at None left out, undeclared
    fields (`additional_properties`) added as they are. Values are encoded by what they are,
    not by what the field declares, so a value kept raw by lenient decoding goes back as it
    came."""
    attrs.resolve_types(cls)
    fields = [a for a in attrs.fields(cls) if a.name != _EXTRA]
    namespace: dict[str, Any] = {
        "__scalars": _JSON_SCALARS,
        "__unstructure": converter.unstructure,
        "__format_datetime": format_datetime,
        "__datetime": datetime,
    }
    lines = [f"def unstructure_{cls.__name__}(m):", "    d = {}"]
    for a in fields:
        key = json_key(a)
        if _is_primitive(a.type):
            value = "v if v.__class__ in __scalars else __unstructure(v)"
        elif a.type is datetime or get_args(a.type) == (datetime, type(None)):
            value = "__format_datetime(v) if v.__class__ is __datetime else __unstructure(v)"
        else:
            value = "__unstructure(v)"
        lines += [f"    v = m.{a.name}", "    if v is not None:", f"        d[{key!r}] = {value}"]
    lines += [f"    extra = m.{_EXTRA}", "    if extra:", "        d.update(extra)", "    return d"]
    exec(
        compile("\n".join(lines), f"<instantly_async unstructure {cls.__qualname__}>", "exec"),
        namespace,
    )
    unstructure: Callable[[Any], dict[str, Any]] = namespace[f"unstructure_{cls.__name__}"]
    return unstructure


def _is_model(t: Any) -> bool:
    return isinstance(t, type) and attrs.has(t) and any(a.name == _EXTRA for a in attrs.fields(t))


converter.register_structure_hook_factory(_is_model, _model_structure_hook)


def _is_union(t: Any) -> bool:
    return get_origin(t) in (Union, UnionType) and not _is_primitive(t)


def _union_hook(t: Any) -> Callable[[Any, Any], Any]:
    """A union of a model, a list, enums and scalars (`oneOf` in the spec), told apart by the
    JSON value's own type: an object goes to the union's model, an array to its list type, a
    value an enum lists to that member; anything else is kept as it came."""
    args = [a for a in get_args(t) if a is not type(None)]
    models = [a for a in args if _is_model(a)]
    lists = [a for a in args if get_origin(a) is list]
    enums = [a._value2member_map_ for a in args if _is_enum(a)]
    model = models[0] if len(models) == 1 else None
    list_type = lists[0] if len(lists) == 1 else None

    def structure(value: Any, _: Any = None) -> Any:
        kind = value.__class__
        if kind is dict and model is not None:
            return structure_hook(model)(value, model)
        if kind is list and list_type is not None:
            return structure_hook(list_type)(value, list_type)
        if kind is not dict and kind is not list:
            for members in enums:
                member = members.get(value)
                if member is not None:
                    return member
        return value

    return structure


converter.register_structure_hook_factory(_is_union, _union_hook)
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
