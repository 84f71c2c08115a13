"""Models of the AccountCampaignMapping group: Which campaigns a sending account is attached to.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from datetime import date as date_aliased
from datetime import datetime
from typing import Any, Literal, TypeAlias

import attrs

from instantly_async._enums import OpenEnum
from instantly_async._model import Model
from instantly_async.models.shared import CampaignStatus


@attrs.define(kw_only=True)
class AccountCampaignMapping(Model):
    """One campaign that a sending account is attached to, as seen from that account."""

    campaign_id: str
    """Id of the campaign that uses the account."""
    campaign_name: str
    """Display name of the campaign."""
    timestamp_created: str
    """When this account-campaign link was recorded (ISO-8601, UTC)."""
    status: CampaignStatus | None = None
    """Current campaign status: 0 draft, 1 active, 2 paused, 3 completed, 4 running subsequences; negative values mean sending is held back (-1 unhealthy accounts, -2 bounce protection, -99 suspended account)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
