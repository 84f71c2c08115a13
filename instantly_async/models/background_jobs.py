"""Models of the BackgroundJob group: Long-running work (lead moves, imports, warmup changes) and its progress.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from datetime import date as date_aliased
from datetime import datetime
from typing import Any, Literal, TypeAlias

import attrs

from instantly_async._enums import OpenEnum
from instantly_async._model import Model


@attrs.define(kw_only=True)
class BackgroundJob(Model):
    """A long-running task, such as moving or importing leads or changing warmup on many accounts, that the server runs asynchronously and whose progress can be polled."""

    id: str
    """Unique id of the job, 24 hexadecimal characters."""
    workspace_id: str
    """Id of the workspace that owns the job."""
    user_id: str | None = None
    """Id of the user whose action started the job, if any."""
    type: BackgroundJobType
    """What the job does, e.g. `move-leads`, `import-leads`, `export-leads` or `update-warmup-accounts`; more types may be added."""
    entity_id: str | None = None
    """Id of the lead list, campaign or other entity the job works on, if any."""
    entity_type: BackgroundJobEntityType | None = None
    """Kind of entity that `entity_id` refers to."""
    data: BackgroundJobData | None = None
    """Job-specific details and results, such as counts of processed items; the keys depend on the job type."""
    progress: float
    """How far the job has got, as a percentage from 0 to 100."""
    status: BackgroundJobStatus
    """Lifecycle state. `pending` waits in the queue, `in-progress` is running, `success`, `failed` and `cancelled` are final; `paused` and `draining` are temporary states."""
    created_at: str
    """When the job was created (ISO-8601, UTC)."""
    updated_at: str
    """When the job was last updated (ISO-8601, UTC)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class BackgroundJobData(Model):
    """Job-specific details and results, such as counts of processed items; the keys depend on the job type."""

    moved_lead_emails: list[str] | None = None
    """For lead moves, the addresses of the leads that were moved."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class BackgroundJobEntityType(str, OpenEnum):
    """Kind of entity that `entity_id` refers to."""

    LIST = "list"
    CAMPAIGN = "campaign"
    WORKSPACE = "workspace"
    BROADCAST = "broadcast"
    SUBSCRIBER_GROUP_SYNC = "subscriber-group-sync"
    SUBSCRIBER_GROUP = "subscriber-group"


class BackgroundJobStatus(str, OpenEnum):
    """Lifecycle state. `pending` waits in the queue, `in-progress` is running, `success`, `failed` and `cancelled` are final; `paused` and `draining` are temporary states."""

    PENDING = "pending"
    IN_PROGRESS = "in-progress"
    SUCCESS = "success"
    FAILED = "failed"
    DRAINING = "draining"
    PAUSED = "paused"
    CANCELLED = "cancelled"


class BackgroundJobType(str, OpenEnum):
    """What the job does, e.g. `move-leads`, `import-leads`, `export-leads` or `update-warmup-accounts`; more types may be added."""

    MOVE_LEADS = "move-leads"
    IMPORT_LEADS = "import-leads"
    EXPORT_LEADS = "export-leads"
    UPDATE_WARMUP_ACCOUNTS = "update-warmup-accounts"
    RENAME_VARIABLE = "rename-variable"
    BROADCAST_AI_GENERATE = "broadcast-ai-generate"
    BROADCAST_WEBSITE_SCRAPE = "broadcast-website-scrape"
    IMPORT_SUBSCRIBERS_FROM_CRM = "import-subscribers-from-crm"
    RESYNC_SUBSCRIBER_CRM_TAGS = "resync-subscriber-crm-tags"
