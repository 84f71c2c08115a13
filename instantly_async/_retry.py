"""When a failed attempt may be repeated, and how long to wait first.

Rejected attempts (the server never took the request: connection refused, DNS failure, 429) are
always safe to repeat. Ambiguous ones (timeout, dropped connection or 5xx after the request went
out) may have been applied, so they are repeated only for idempotent operations or when the caller
opts in. Everything else is final.
"""

from __future__ import annotations

import math
import random
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Literal

Verdict = Literal["rejected", "ambiguous", "final"]


def classify_status(status: int) -> Verdict:
    if status == 429:
        return "rejected"
    if status >= 500:
        return "ambiguous"
    return "final"


def may_retry(verdict: Verdict, *, idempotent: bool, retry_ambiguous: bool) -> bool:
    return verdict == "rejected" or (verdict == "ambiguous" and (idempotent or retry_ambiguous))


def backoff(attempt: int, base: float, cap: float) -> float:
    """Exponential backoff with full jitter: uniform in [0, min(cap, base * 2**attempt)]."""
    return random.uniform(0, min(cap, base * 2**attempt))


MAX_RETRY_AFTER = 600.0
"""Longest `Retry-After` taken as it comes: a longer one (an hour, a year, `inf`) is clamped,
and the call's own deadline still decides whether waiting is worth it."""


def parse_retry_after(value: str | None) -> float | None:
    """`Retry-After` as seconds in [0, MAX_RETRY_AFTER]: a number of seconds or an HTTP date.
    Anything unreadable (garbage, NaN) is ignored (None); a past date or a negative number
    means now."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
            if when.tzinfo is None:
                when = when.replace(tzinfo=timezone.utc)
            seconds = (when - datetime.now(timezone.utc)).total_seconds()
        except Exception:  # every way a date parser can fail on what a server sent
            return None
    if math.isnan(seconds):
        return None
    return min(MAX_RETRY_AFTER, max(0.0, seconds))
