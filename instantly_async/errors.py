"""Typed exceptions. Every message says what happened and what to do; none contains the API key."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BackgroundJobCancelledError",
    "BackgroundJobError",
    "BackgroundJobFailedError",
    "BackgroundJobTimeoutError",
    "BadRequestError",
    "BulkAddError",
    "ClientClosedError",
    "ConflictError",
    "InstantlyError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PayloadTooLargeError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "PollTimeoutError",
    "RateLimitError",
    "RateLimiterUnavailableError",
    "UnreadablePageError",
    "WebhookPayloadError",
]


class InstantlyError(Exception):
    """Base of every error this SDK raises on purpose."""


class APIStatusError(InstantlyError):
    """The API answered with an error status (or an error inside a success body)."""

    hint = "See the message and body for details."

    def __init__(
        self,
        message: str,
        *,
        status: int,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        method: str = "",
        url: str = "",
        hint: str | None = None,
    ) -> None:
        self.status = status
        self.message = message
        self.body = body
        self.headers: Mapping[str, str] = headers or {}
        self.method = method
        self.url = url
        if hint is not None:
            self.hint = hint
        super().__init__(f"{status} on {method} {url}: {message}. {self.hint}")


class BadRequestError(APIStatusError):
    hint = "The request did not pass the API's validation; fix the field the message names."


class AuthenticationError(APIStatusError):
    hint = "Check the API key: it must be a V2 key of this workspace that has not been revoked."


class PaymentRequiredError(APIStatusError):
    hint = "The workspace's plan does not cover this call."


class PermissionDeniedError(APIStatusError):
    hint = "The API key lacks a scope this operation needs (or the edge refused the client)."


class NotFoundError(APIStatusError):
    hint = "No such resource in this workspace: check the id."


class ConflictError(APIStatusError):
    hint = "The change clashes with an existing resource (e.g. a duplicate name)."


class PayloadTooLargeError(APIStatusError):
    hint = "Ask for less at once, e.g. a shorter date range."


class RateLimitError(APIStatusError):
    hint = "The rate limit was exceeded; the call was not repeated (see the message for why)."

    RETRIES_EXHAUSTED = "The rate limit was exceeded on every attempt and the retries ran out."
    DEADLINE = "The rate limit was exceeded and the call's deadline left no time to wait it out."

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)


class InternalServerError(APIStatusError):
    hint = "The server failed; a write may or may not have been applied: check before repeating it."


class APIResponseValidationError(InstantlyError):
    """A 2xx answer that cannot become the declared result: not JSON, truncated, the wrong JSON
    container, no body where one is due, nesting or numbers beyond what the parser takes.

    `body` is a short excerpt of what came, with the API key redacted."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        method: str = "",
        url: str = "",
        body: str = "",
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status = status
        self.message = message
        self.method = method
        self.url = url
        self.body = body
        self.headers: Mapping[str, str] = headers or {}
        super().__init__(
            f"{status} on {method} {url}: the answer cannot be read: {message}"
            + (f" (body starts {body!r})" if body else "")
            + ". The server or a proxy in between sent something else than the API's answer."
        )


class ClientClosedError(InstantlyError):
    """The client was closed: calls made after `close()`, or still running when it was closed,
    end with this error. Create a new client to go on."""


class BulkAddError(InstantlyError):
    """`leads.add_many()` stopped before the end of its input: the input or `on_progress`
    raised (the original exception is `__cause__`). `report` accounts for every lead read: the
    chunks sent and what the API said, the chunks that failed, and `report.unsent` (read but
    never sent). Leads after `report.leads_seen` were never read."""

    def __init__(self, message: str, *, report: Any) -> None:
        self.report = report
        super().__init__(message)


class APIConnectionError(InstantlyError):
    """The request could not be delivered or its answer not received."""

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        self.method = method
        self.url = url
        super().__init__(f"{method} {url}: {message}")


class APITimeoutError(APIConnectionError):
    """The call's deadline (`timeout`) or an attempt's timeout ran out."""


class RateLimiterUnavailableError(InstantlyError):
    """The shared rate-limit store (Redis) cannot be reached and `fallback="raise"` was chosen."""


class PaginationError(InstantlyError):
    """Paging cannot go on: the server repeated a cursor (paging on would loop forever), or a
    page could not be read. `cursor` is where to resume (`starting_after=`) once it is fixed."""

    def __init__(self, message: str, *, cursor: str | None = None, page: int | None = None) -> None:
        self.cursor = cursor
        self.page = page
        super().__init__(message)


class UnreadablePageError(APIResponseValidationError, PaginationError):
    """A page of a list could not be read (see `APIResponseValidationError`). Paging stopped
    without skipping anything: resume with `starting_after=error.cursor` (None: from the start)."""


class WebhookPayloadError(InstantlyError):
    """A webhook delivery's body is not an event: not JSON, not an object, or no `event_type`."""


class PollTimeoutError(InstantlyError):
    """Waiting for a long-running result ran out of time; `last` is the last state seen."""

    def __init__(self, message: str, *, last: Any = None) -> None:
        self.last = last
        super().__init__(message)


class BackgroundJobError(InstantlyError):
    """A background job ended without success; the job is attached as `job`."""

    def __init__(self, message: str, *, job: Any) -> None:
        self.job = job
        super().__init__(message)


class BackgroundJobFailedError(BackgroundJobError):
    pass


class BackgroundJobCancelledError(BackgroundJobError):
    pass


class BackgroundJobTimeoutError(PollTimeoutError):
    """The job did not finish in time. It keeps running on the server; `last` is its last state."""

    @property
    def job(self) -> Any:
        return self.last


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    429: RateLimitError,
}


def error_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status, APIStatusError)
