"""Typed exceptions. Every message says what happened and what to do; none contains the API key."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BackgroundJobCancelledError",
    "BackgroundJobError",
    "BackgroundJobFailedError",
    "BackgroundJobTimeoutError",
    "BadRequestError",
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
    ) -> None:
        self.status = status
        self.message = message
        self.body = body
        self.headers: Mapping[str, str] = headers or {}
        self.method = method
        self.url = url
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
    hint = "The rate limit was exceeded and the call's deadline left no time to wait it out."

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)


class InternalServerError(APIStatusError):
    hint = "The server failed; a write may or may not have been applied: check before repeating it."


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
    """The server repeated a cursor: paging on would loop forever."""


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
