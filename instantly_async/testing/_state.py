"""The fake workspace's data: one in-memory store per entity, plus the fake's clock and ids.

Every record is the JSON object the API answers for it (``fake.state.campaigns[id]["status"]``
is what ``GET /api/v2/campaigns/{id}`` returns), so tests can assert on records directly and the
handlers can answer them as they are. Progress of the poll-until-done flows (background jobs,
email verifications, OAuth sessions) is kept beside the records, not in them.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

Record = dict[str, Any]
Store = dict[str, Record]


def iso_timestamp(ms: int) -> str:
    """ISO-8601 UTC with milliseconds and ``Z``, as the API writes timestamps."""
    moment = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


@dataclass
class JobRun:
    """How far a background job has got, and what its success does to the workspace."""

    polls_needed: int
    outcome: str
    effect: Callable[[], dict[str, Any]]
    polls_seen: int = 0


@dataclass
class PendingPoll:
    """A verification or OAuth session that answers ``final`` after ``polls_left`` more polls."""

    polls_left: int
    final: Record
    context: dict[str, Any] = field(default_factory=dict)


@dataclass
class FakeState:
    """All the data of the fake workspace.

    Stores are keyed by id, except ``accounts`` and ``email_verifications`` (lower-cased email)
    and ``oauth_sessions`` (session id). ``api_keys`` holds every key the fake accepts, including
    the default one, as API Key records (``key``, ``scopes``, ...).
    """

    workspace_id: str = ""
    user_id: str = ""
    campaigns: Store = field(default_factory=dict)
    leads: Store = field(default_factory=dict)
    lead_lists: Store = field(default_factory=dict)
    accounts: Store = field(default_factory=dict)
    lead_labels: Store = field(default_factory=dict)
    custom_tags: Store = field(default_factory=dict)
    block_list_entries: Store = field(default_factory=dict)
    webhooks: Store = field(default_factory=dict)
    webhook_events: Store = field(default_factory=dict)
    background_jobs: Store = field(default_factory=dict)
    email_verifications: Store = field(default_factory=dict)
    oauth_sessions: Store = field(default_factory=dict)
    api_keys: Store = field(default_factory=dict)
    job_runs: dict[str, JobRun] = field(default_factory=dict)
    pending_verifications: dict[str, PendingPoll] = field(default_factory=dict)
    pending_oauth: dict[str, PendingPoll] = field(default_factory=dict)
    verification_results: dict[str, str] = field(default_factory=dict)
    _last_ms: int = 0
    _sequence: int = 0
    _job_counter: int = 0
    _job_prefix: str = field(default_factory=lambda: secrets.token_hex(5))

    def __post_init__(self) -> None:
        if not self.workspace_id:
            self.workspace_id = self.new_id()
        if not self.user_id:
            self.user_id = self.new_id()

    def tick(self) -> int:
        """The current time in ms since the epoch, strictly increasing from call to call so
        that ids and creation timestamps sort in creation order."""
        now = time.time_ns() // 1_000_000
        self._last_ms = max(now, self._last_ms + 1)
        return self._last_ms

    def now(self) -> str:
        return iso_timestamp(self.tick())

    def new_id(self, ms: int | None = None) -> str:
        """A UUIDv7 string; ids made later sort after ids made earlier."""
        if ms is None:
            ms = self.tick()
        self._sequence = (self._sequence + 1) & 0xFFF
        rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
        value = (ms & ((1 << 48) - 1)) << 80
        value |= 0x7 << 76
        value |= self._sequence << 64
        value |= 0b10 << 62
        value |= rand_b
        hex_digits = f"{value:032x}"
        return "-".join(
            (
                hex_digits[:8],
                hex_digits[8:12],
                hex_digits[12:16],
                hex_digits[16:20],
                hex_digits[20:],
            )
        )

    def new_job_id(self) -> str:
        """24 hex characters (a MongoDB ObjectId), increasing in creation order."""
        self._job_counter += 1
        seconds = int(time.time())
        return f"{seconds:08x}{self._job_prefix}{self._job_counter:06x}"

    def clear(self) -> None:
        """Empty every store (the API keys stay)."""
        for store in (
            self.campaigns,
            self.leads,
            self.lead_lists,
            self.accounts,
            self.lead_labels,
            self.custom_tags,
            self.block_list_entries,
            self.webhooks,
            self.webhook_events,
            self.background_jobs,
            self.email_verifications,
            self.oauth_sessions,
        ):
            store.clear()
        self.job_runs.clear()
        self.pending_verifications.clear()
        self.pending_oauth.clear()
        self.verification_results.clear()
