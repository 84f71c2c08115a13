"""What the generated operation table says about each operation: enough for the one request
pipeline to validate, build, send, retry, rate-limit and decode a call with no per-operation code."""

from __future__ import annotations

from typing import Any, Literal

import attrs

Location = Literal["path", "query", "body"]
ResponseShape = Literal["model", "list", "page", "json", "text", "empty"]
RuleKind = Literal["min_properties", "contains_not", "deprecated", "kind"]


@attrs.frozen
class Rule:
    """A rule the API applies to a part of an argument's value, checked before sending.

    `path` leads from the argument to that part: a key of an object, or `*` for every item of a
    list or every value of an object (`("schedules", "*", "days")`); `()` is the argument itself.
    """

    path: tuple[str, ...]
    kind: RuleKind
    value: Any = None
    """`min_properties`: the least number of keys. `contains_not`: `(field, value)`, at least one
    item of the list must not have `field` set to `value`. `deprecated`: the name of the
    replacement, or None. `kind`: `(json_types, nullable)`, the JSON types the part may have
    (empty: any) and whether it may be null."""


@attrs.frozen
class Param:
    """One argument of an operation: a path or query parameter, or a top-level body field."""

    name: str
    """The API's own name, as sent."""
    arg: str
    """The Python keyword (the API name, with a trailing underscore for a Python keyword)."""
    location: Location
    required: bool = False
    kind: str = "any"
    """JSON type: string, integer, number, boolean, array, object or any."""
    nullable: bool = False
    enum: tuple[object, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    max_items: int | None = None
    """Most items an array argument may hold (the spec's `maxItems`)."""
    comma_separated: bool = False
    """A query string the API reads as a comma-joined list: sequences are joined."""
    explode: bool = False
    """An array query parameter sent as repeated keys (`ids=a&ids=b`)."""
    rules: tuple[Rule, ...] = ()
    """Rules on parts of the value: nested minimum sizes, required items, deprecated fields."""


@attrs.frozen
class Operation:
    """One operation of the API, as generated from the spec (see `instantly_async.OPERATIONS`)."""

    operation_id: str
    method: str
    path: str
    resource: str
    """Client attribute: `client.<resource>`."""
    name: str
    """Method name: `client.<resource>.<name>(...)`."""
    params: tuple[Param, ...] = ()
    has_body: bool = False
    response_shape: ResponseShape = "model"
    response_model: str | None = None
    """Name of the model in `instantly_async.models` (items' model for lists and pages)."""
    success_status: int = 200
    pagination: Literal["query", "body"] | None = None
    """Where `limit` and `starting_after` travel for cursor-paginated operations."""
    background_job: bool = False
    idempotent: bool = False
    """Repeating the call cannot duplicate anything, so ambiguous failures are retried."""
    rate_limit: tuple[int, float] | None = None
    """An endpoint budget (permits, period in seconds) on top of the workspace's."""
    scopes: tuple[str, ...] = ()
    deprecated: bool = False
    min_properties: int | None = None
    """The body must carry at least this many fields (a PATCH must change something)."""
    requires_one_of: tuple[tuple[str, ...], ...] = ()
    """Groups of body fields (API names): at least one field of each group must be sent."""
