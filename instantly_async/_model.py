"""The base of every generated model: decoding that pays for a costly field only when a program
reads it.

A model decoded from a response (`_serde`) has its plain fields (strings, numbers, booleans,
lists or maps of them) and its enums set at once. Each of its other fields (date-times, nested
models, lists of models) and `additional_properties` is decoded from the response's JSON object
the first time it is read, and then kept like any other attribute; a nested model comes with all
its fields decoded. What a field reads as is the same either way; only the moment the work is
done differs. Most programs read a few fields of each record: a benchmark lead decodes in a
fraction of the time an eager decoder takes (docs/benchmarks.md). A model keeps a reference to
its JSON object for this; models built by calling the class keep none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

DEFERRED: dict[type, dict[str, Callable[[dict[str, Any]], Any]]] = {}
"""For each decoded model class: how each field left unset at decoding is read from the JSON
object (filled by `_serde` when it makes the class's decoder)."""


class Model:
    __slots__ = ("_undecoded",)

    if not TYPE_CHECKING:  # type checkers must not take every attribute name as valid

        def __getattr__(self, name: str) -> Any:
            # Python calls this only for an attribute that is not set: a field not decoded yet
            # (a field the program has set, or has read before, never comes here).
            try:
                source = object.__getattribute__(self, "_undecoded")
                decode = DEFERRED[type(self)][name]
            except (AttributeError, KeyError):
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}"
                ) from None
            value = decode(source)
            object.__setattr__(self, name, value)
            return value
