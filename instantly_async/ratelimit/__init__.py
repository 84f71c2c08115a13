"""Workspace-wide rate limiting for the Instantly API.

Instantly limits the whole workspace (every API key, V1 and V2 together) to 100 requests per
second and 6,000 per minute, and some endpoints further (``GET /api/v2/emails`` 20 per minute,
...). The transport asks a :class:`RateLimiter` for one permit before every HTTP attempt,
retries included, and calls :meth:`RateLimiter.pause` when the server answers 429.

Backends:

- :class:`InMemoryRateLimiter`: one process. Use :meth:`InMemoryRateLimiter.shared` so every
  client of the same workspace in the process draws from one budget.
- :class:`RedisRateLimiter`: many processes or machines, state in Redis, timed by the Redis
  server's clock. Needs the optional ``redis`` package.
- :class:`NoRateLimiter`: no budget at all (a server 429 pause is still honoured).

Layers, each in its own module: ``_schedule`` (the budgets' arithmetic: sliding windows, even
pacing, the arrival allowance; pure, every call takes ``now``), ``_waiting`` (the protocol and
the async waiting lines), ``_memory`` and ``_redis`` (the backends; the Redis scripts are the
``.lua`` files beside them). See ``docs/rate-limiter.md`` for the design and its measurements.
"""

from __future__ import annotations

from instantly_async.errors import RateLimiterUnavailableError
from instantly_async.ratelimit._memory import InMemoryRateLimiter, NoRateLimiter
from instantly_async.ratelimit._redis import RedisRateLimiter
from instantly_async.ratelimit._schedule import (
    DEFAULT_BURST,
    DEFAULT_ENDPOINT_MARGIN,
    DEFAULT_JITTER,
    WORKSPACE_RATES,
    Rate,
)
from instantly_async.ratelimit._waiting import RateLimiter, RateLimitTimeout

__all__ = [
    "DEFAULT_BURST",
    "DEFAULT_ENDPOINT_MARGIN",
    "DEFAULT_JITTER",
    "WORKSPACE_RATES",
    "InMemoryRateLimiter",
    "NoRateLimiter",
    "Rate",
    "RateLimitTimeout",
    "RateLimiter",
    "RateLimiterUnavailableError",
    "RedisRateLimiter",
]
