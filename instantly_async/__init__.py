"""instantly-async: the async-first Python SDK for the Instantly.ai API V2.

```python
from instantly_async import AsyncInstantly

async with AsyncInstantly() as client:      # API key from INSTANTLY_API_KEY
    async for lead in client.leads.list(campaign=campaign_id):
        print(lead.email)
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from instantly_async import errors
from instantly_async._bulk import BulkAddReport, ChunkFailure, ChunkResult
from instantly_async._operation import Operation, Param
from instantly_async._operations import OPERATIONS
from instantly_async._pagination import AsyncPager, Page
from instantly_async._request import OMIT
from instantly_async._transport import RequestOptions
from instantly_async._version import __version__
from instantly_async.client import AsyncInstantly
from instantly_async.ratelimit import (
    InMemoryRateLimiter,
    NoRateLimiter,
    Rate,
    RateLimiter,
    RedisRateLimiter,
)

if TYPE_CHECKING:
    from instantly_async import models as models

__all__ = [
    "OMIT",
    "OPERATIONS",
    "AsyncInstantly",
    "AsyncPager",
    "BulkAddReport",
    "ChunkFailure",
    "ChunkResult",
    "InMemoryRateLimiter",
    "NoRateLimiter",
    "Operation",
    "Page",
    "Param",
    "Rate",
    "RateLimiter",
    "RedisRateLimiter",
    "RequestOptions",
    "__version__",
    "errors",
    "models",
]


def __getattr__(name: str) -> Any:
    # The models module is large: it is imported on first use, not with the package.
    if name == "models":
        import importlib

        return importlib.import_module("instantly_async.models")
    raise AttributeError(f"module 'instantly_async' has no attribute {name!r}")
