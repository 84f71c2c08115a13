"""Lead custom variables: reading them out of a lead, checking them, and merging updates.

The API keeps a lead's custom variables in its `payload`, next to copies of the lead's own
personalization fields (`firstName`, `companyName`, ...), and `PATCH /api/v2/leads/{id}` replaces
the whole object: sending one new key deletes every other. `merge_custom_variables` reads the
lead, merges and writes the union back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from instantly_async.client import AsyncInstantly
    from instantly_async.models import Lead

Scalar = str | int | float | bool | None
"""What a custom variable may hold: the API rejects objects and arrays."""

# The payload's copies of the lead's own fields (declared by the API description): they are not
# custom variables. Used when a payload arrives as a plain dict instead of a model.
PAYLOAD_FIELD_COPIES = frozenset(
    {"firstName", "lastName", "companyName", "jobTitle", "website", "phone", "personalization"}
)


def scalar_problem(name: str, value: Any) -> str | None:
    """Why `value` cannot be the custom variable `name`, or None when it can."""
    if not isinstance(name, str) or not name:
        return f"custom variable names must be non-empty strings, got {name!r}"
    if value is None or isinstance(value, (str, bool, int, float)):
        return None
    kind = "object" if isinstance(value, Mapping) else type(value).__name__
    return (
        f"custom variable {name!r} must be a string, number, boolean or null, got {kind} "
        f"{value!r:.60}"
    )


def check_scalars(values: Mapping[str, Any], argument: str) -> dict[str, Scalar]:
    """`values` as a plain dict, or ValueError naming the first key that is not a scalar."""
    if not isinstance(values, Mapping):
        raise TypeError(
            f"{argument} must be a mapping of names to scalar values, got {type(values).__name__}"
        )
    for name, value in values.items():
        problem = scalar_problem(name, value)
        if problem is not None:
            raise ValueError(f"{argument}: {problem}")
    return dict(values)


def custom_variables_of(lead: Any) -> dict[str, Any]:
    """The custom variables of a lead (a `Lead` model or the API's JSON of one)."""
    payload = lead.get("payload") if isinstance(lead, Mapping) else getattr(lead, "payload", None)
    if payload is None:
        return {}
    if attrs.has(type(payload)):
        # Custom variables are the keys the API description does not declare.
        return dict(getattr(payload, "additional_properties", {}) or {})
    if isinstance(payload, Mapping):
        return {k: v for k, v in payload.items() if k not in PAYLOAD_FIELD_COPIES}
    return {}


async def merge_custom_variables(
    client: AsyncInstantly,
    lead_id: str,
    updates: Mapping[str, Any],
    *,
    remove: Iterable[str] = (),
) -> Lead:
    """Read the lead, apply `updates` (and drop the names in `remove`), write the whole set back."""
    if not isinstance(lead_id, str) or not lead_id.strip():
        raise ValueError(f"lead_id must be a non-empty lead id string, got {lead_id!r}")
    changes = check_scalars(updates, "updates")
    names: list[Any] = [] if isinstance(remove, str) else list(remove)
    if isinstance(remove, str) or not all(isinstance(name, str) for name in names):
        raise TypeError(f"remove must be a list of variable names, got {remove!r}")
    clash = set(changes) & set(names)
    if clash:
        raise ValueError(f"{sorted(clash)} are both in updates and in remove")
    if not changes and not names:
        raise ValueError("merge_custom_variables() needs at least one update or name to remove")
    lead = await client.leads.get(lead_id)
    merged = custom_variables_of(lead)
    for name in names:
        merged.pop(name, None)
    merged.update(changes)
    # Values read back from the server go out again: check them too, so a stored value the API
    # would now refuse is reported here rather than as a 400 that names no variable.
    check_scalars(merged, "the lead's merged custom variables")
    return await client.leads.update(lead_id, custom_variables=merged)
