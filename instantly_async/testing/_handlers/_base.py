"""What every handler works with: the request context, the reply, errors and the registry."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .._examples import ExampleBuilder
from .._pagination import LastPageStyle, paginate
from .._spec import Operation, Spec
from .._state import FakeState, Record, Store
from .._validation import SchemaValidator


@dataclass
class Settings:
    """How the stateful flows behave; change them on ``fake.settings`` at any time.

    ``last_page_style``: how a list's last page ends (``"omit"``, ``"null"``, ``"empty_page"``).
    ``job_polls``: polls of ``GET /background-jobs/{id}`` until a job is finished (0: finished
    when created); the polls before show ``in-progress`` with a growing ``progress``.
    ``job_outcome``: ``"success"`` (the job's effect is applied) or ``"failed"`` (it is not).
    ``verification_polls``: which poll of ``GET /email-verification/{email}`` answers the final
    status; ``POST /email-verification`` and the polls before answer ``pending`` (0: the POST
    answers the final status at once).
    ``oauth_polls``: which poll of ``GET /oauth/session/status/{id}`` answers ``success``; the
    polls before answer ``pending``.
    """

    last_page_style: LastPageStyle = "omit"
    job_polls: int = 2
    job_outcome: str = "success"
    verification_polls: int = 1
    oauth_polls: int = 2


class ApiError(Exception):
    """An error answer in the API's envelope."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code


def not_found() -> ApiError:
    return ApiError(404, "Resource not found")


@dataclass
class Reply:
    """An answer: a JSON body (``json``), a text body (``text``) or no body at all."""

    status: int
    json: Any = None
    text: str | None = None
    content_type: str | None = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Ctx:
    """One validated request, as a handler sees it."""

    op: Operation
    params: dict[str, str]
    query: dict[str, Any]
    body: Any
    state: FakeState
    settings: Settings
    spec: Spec
    examples: ExampleBuilder
    validator: SchemaValidator

    @property
    def data(self) -> dict[str, Any]:
        """The JSON body as an object (``{}`` when none was sent)."""
        return self.body if isinstance(self.body, dict) else {}

    def ok(self, body: Any = None) -> Reply:
        """The operation's success status with ``body``."""
        if self.op.success_content_type is None:
            return Reply(self.op.success_status, content_type=None)
        return Reply(self.op.success_status, json=body)

    def page(self, records: Iterable[Record], cursor_of: Callable[[Record], str]) -> Reply:
        """A cursor page of ``records``; ``limit``/``starting_after`` come from the query or,
        for body-paginated operations, from the JSON body."""
        source = self.data if self.op.pagination == "body" else self.query
        return self.ok(
            paginate(
                records,
                cursor_of,
                limit=source.get("limit"),
                starting_after=source.get("starting_after"),
                style=self.settings.last_page_style,
            )
        )

    def writable(self, values: Mapping[str, Any], schema_name: str) -> dict[str, Any]:
        """The entries of ``values`` that ``schema_name`` declares, clients may write, and the
        resource can hold (a value its schema rejects is not stored)."""
        properties: Mapping[str, Any] = self.spec.schema(schema_name).get("properties", {})
        return {
            key: copy.deepcopy(value)
            for key, value in values.items()
            if key in properties
            and not self.spec.resolve(properties[key]).get("readOnly")
            and self.validator.is_valid(value, properties[key])
        }


Handler = Callable[[Ctx], Reply]
HANDLERS: dict[str, Handler] = {}


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    """Register a handler for these operations."""

    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            if operation_id in HANDLERS:
                raise ValueError(f"{operation_id} has two handlers")
            HANDLERS[operation_id] = handler
        return handler

    return register


def get_or_404(store: Store, key: str) -> Record:
    record = store.get(key)
    if record is None:
        raise not_found()
    return record


def split_csv(value: Any) -> list[str]:
    """The values of a comma-separated query parameter."""
    if not isinstance(value, str):
        return []
    return [part.strip() for part in value.split(",") if part.strip()]


def contains(haystack: Any, needle: str) -> bool:
    """Case-insensitive substring search, the way ``search`` filters behave."""
    return isinstance(haystack, str) and needle.lower() in haystack.lower()
