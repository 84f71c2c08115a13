"""The live API's rules that its published schema does not state, in one place.

Each is also in the spec as ``x-sdk-requires-one-of`` on the operation's body, so the SDK checks
it before sending (a test keeps this list and the spec equal). The fake applies them after the
schema validation, with the live API's messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._handlers import ApiError


@dataclass(frozen=True)
class RequiresOneOf:
    """At least one of ``fields`` must be sent, and not as null."""

    fields: tuple[str, ...]
    message: str
    reason: str


RULES: dict[str, tuple[RequiresOneOf, ...]] = {
    "bulkAddLeads": (
        RequiresOneOf(
            ("campaign_id", "list_id"),
            "Either campaign_id or list_id is required",
            "leads are always added to a campaign or a lead list; the published schema marks "
            "neither as required",
        ),
    ),
    "moveLeads": (
        RequiresOneOf(
            ("to_campaign_id", "to_list_id"),
            "Either to_campaign_id or to_list_id is required",
            "a move needs a destination; the published schema marks neither as required",
        ),
    ),
    "bulkDeleteLeads": (
        RequiresOneOf(
            ("campaign_id", "list_id"),
            "Either campaign_id or list_id is required",
            "the published schema says it as an anyOf, which the validator already applies; "
            "listed so the SDK checks it too. An absent body counts as `{}`, so DELETE /leads "
            "without a body is refused",
        ),
    ),
}


def apply_rules(operation_id: str, body: Any) -> None:
    """Raise the live API's 400 when ``body`` breaks one of the operation's rules."""
    data = body if isinstance(body, dict) else {}
    for rule in RULES.get(operation_id, ()):
        if all(data.get(field) is None for field in rule.fields):
            raise ApiError(400, rule.message)
