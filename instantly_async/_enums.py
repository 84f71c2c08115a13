"""Open enums: the API adds enum values over time (statuses, ESP codes, job types), and a value
this SDK does not list must decode, not sink a whole page of results."""

from __future__ import annotations

from enum import Enum
from typing import Any

_unknown_members: dict[tuple[type, Any], Any] = {}


class OpenEnum(Enum):
    """An Enum that accepts values it does not list.

    `Status("brand-new")` returns a member-like value of `Status` whose `.value` is
    `"brand-new"` and whose `.is_known` is False; it compares equal to the raw value like the
    listed members of a `str`/`int` enum do. The same unknown value always gives the same object.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        key = (cls, value)
        member = _unknown_members.get(key)
        if member is None:
            base: Any = getattr(cls, "_member_type_", object)
            member = object.__new__(cls) if base is object else base.__new__(cls, value)
            member._name_ = f"UNKNOWN_{value}"
            member._value_ = value
            _unknown_members[key] = member
        return member

    @property
    def is_known(self) -> bool:
        """False for a value the API sent that this version of the SDK does not list."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self._value_)
