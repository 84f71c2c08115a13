"""Models of the InboxPlacementTest group: Tests that measure where a sender's emails land: inbox, spam or missing.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from datetime import date as date_aliased
from datetime import datetime
from typing import Any, Literal, TypeAlias

import attrs

from instantly_async._enums import OpenEnum
from instantly_async._model import Model
from instantly_async.models.shared import Timezone


class AutomationCondition(str, OpenEnum):
    """What to watch: inbox placement dropping below or rising above a threshold, or the sender being added to or removed from a blacklist."""

    PLACEMENT_GOES_BELOW = "placement_goes_below"
    PLACEMENT_GOES_ABOVE = "placement_goes_above"
    ADDED_TO_BLACKLISTS = "added_to_blacklists"
    REMOVED_FROM_BLACKLISTS = "removed_from_blacklists"


@attrs.define(kw_only=True)
class CreateInboxPlacementTestRequest(Model):
    """Definition of a new inbox placement test."""

    name: str
    """Name of the test."""
    delivery_mode: InboxPlacementTestDeliveryMode | None = None
    """How the test emails go out: 1 one after another, 2 all at once."""
    description: str | None = None
    """Free-text description of the test."""
    schedule: InboxPlacementTestSchedule | None = None
    """When an automated test runs: the weekdays, the time of day and the time zone."""
    type: InboxPlacementTestType
    """1 for a one-time test, 2 for an automated test that repeats on its schedule."""
    sending_method: InboxPlacementTestSendingMethod
    """1 when Instantly sends the test emails, 2 when they are sent from outside Instantly."""
    campaign_id: str | None = None
    """Id of the campaign the test relates to, if any."""
    email_subject: str
    """Subject line of the test email."""
    email_body: str
    """Body of the test email."""
    emails: list[str]
    """Email addresses of the accounts the test emails are sent from."""
    test_code: str | None = None
    """Code that identifies the test's emails; include it in the body when sending from outside Instantly."""
    tags: list[str] | None = None
    """Ids of custom tags; accounts carrying them are used to send the test."""
    text_only: bool | None = None
    """Send plain-text emails without open tracking."""
    recipients_labels: list[GetInboxPlacementTestESPOptionsItem] | None = None
    """Mailbox providers and regions the test sends seed emails to; the options come from the ESP options call."""
    timestamp_next_run: str | None = None
    """When an automated test should first run."""
    automations: list[InboxPlacementTestAutomation] | None = None
    """Actions to take automatically when a test result crosses a condition; null or empty for none."""
    status: InboxPlacementTestStatus | None = None
    """Initial state of the test: 1 active, 2 paused, 3 completed."""
    not_sending_status: InboxPlacementTestNotSendingStatus | None = None
    """Reason the test is not sending; normally set by the server, not by the caller."""
    run_immediately: bool | None = None
    """Run the test once right away, in addition to its schedule."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetInboxPlacementTestESPOptionsItem(Model):
    """One kind of seed mailbox an inbox placement test can send to."""

    region: str
    """Geographic region of the seed mailboxes."""
    sub_region: str
    """Country or sub-region within the region."""
    type: str
    """Kind of mailbox, professional or personal."""
    esp: str
    """Email service provider of the seed mailboxes."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetInboxPlacementTestMetadata(Model):
    """Extra details about the campaign and tags the test refers to; present when `with_metadata` is true."""

    campaign: GetInboxPlacementTestMetadataCampaign | None = None
    """The campaign the test relates to."""
    tags: dict[str, GetInboxPlacementTestMetadataTagsValue] | None = None
    """The test's tags, keyed by tag id, each with its id and label."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetInboxPlacementTestMetadataCampaign(Model):
    """The campaign the test relates to."""

    id: str | None = None
    """Id of the campaign."""
    name: str | None = None
    """Name of the campaign."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetInboxPlacementTestMetadataTagsValue(Model):
    id: str
    label: str
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class GetInboxPlacementTestResponse(Model):
    """An inbox placement test, optionally with details of its campaign and tags."""

    id: str | None = None
    """Unique id of the test."""
    organization_id: str | None = None
    """Id of the workspace the test belongs to."""
    name: str | None = None
    """Name of the test."""
    delivery_mode: InboxPlacementTestDeliveryMode | None = None
    """How the test emails go out: 1 one after another, 2 all at once."""
    description: str | None = None
    """Free-text description of the test."""
    schedule: InboxPlacementTestSchedule | None = None
    """When an automated test runs: the weekdays, the time of day and the time zone."""
    type: InboxPlacementTestType | None = None
    """1 for a one-time test, 2 for an automated test that repeats on its schedule."""
    sending_method: InboxPlacementTestSendingMethod | None = None
    """1 when Instantly sends the test emails, 2 when they are sent from outside Instantly."""
    campaign_id: str | None = None
    """Id of the campaign the test relates to, if any."""
    email_subject: str | None = None
    """Subject line of the test email."""
    email_body: str | None = None
    """Body of the test email."""
    emails: list[str] | None = None
    """Email addresses of the accounts the test emails are sent from."""
    test_code: str | None = None
    """Code that identifies the test's emails; include it in the body when sending from outside Instantly."""
    tags: list[str] | None = None
    """Ids of custom tags; accounts carrying them are used to send the test."""
    text_only: bool | None = None
    """Send plain-text emails without open tracking."""
    recipients: list[str] | None = None
    """Seed addresses that receive the test emails, assigned by Instantly."""
    recipients_labels: list[GetInboxPlacementTestESPOptionsItem] | None = None
    """Mailbox providers and regions the test sends seed emails to; the options come from the ESP options call."""
    timestamp_created: str | None = None
    """When the test was created."""
    timestamp_next_run: str | None = None
    """When an automated test runs next."""
    automations: list[InboxPlacementTestAutomation] | None = None
    """Actions to take automatically when a test result crosses a condition; null or empty for none."""
    status: InboxPlacementTestStatus | None = None
    """State of the test: 1 active, 2 paused, 3 completed."""
    not_sending_status: InboxPlacementTestNotSendingStatus | None = None
    """Why the test is not sending at the moment: daily sending limits reached, or another reason. Empty or null when there is no problem."""
    metadata: GetInboxPlacementTestMetadata | None = None
    """Extra details about the campaign and tags the test refers to; present when `with_metadata` is true."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InboxPlacementTest(Model):
    """A test that sends emails to seed mailboxes at several providers to measure how often they reach the inbox rather than spam."""

    id: str
    """Unique id of the test."""
    organization_id: str
    """Id of the workspace the test belongs to."""
    name: str
    """Name of the test."""
    delivery_mode: InboxPlacementTestDeliveryMode | None = None
    """How the test emails go out: 1 one after another, 2 all at once."""
    description: str | None = None
    """Free-text description of the test."""
    schedule: InboxPlacementTestSchedule | None = None
    """When an automated test runs: the weekdays, the time of day and the time zone."""
    type: InboxPlacementTestType
    """1 for a one-time test, 2 for an automated test that repeats on its schedule."""
    sending_method: InboxPlacementTestSendingMethod
    """1 when Instantly sends the test emails, 2 when they are sent from outside Instantly."""
    campaign_id: str | None = None
    """Id of the campaign the test relates to, if any."""
    email_subject: str
    """Subject line of the test email."""
    email_body: str
    """Body of the test email."""
    emails: list[str]
    """Email addresses of the accounts the test emails are sent from."""
    test_code: str | None = None
    """Code that identifies the test's emails; include it in the body when sending from outside Instantly."""
    tags: list[str] | None = None
    """Ids of custom tags; accounts carrying them are used to send the test."""
    text_only: bool | None = None
    """Send plain-text emails without open tracking."""
    recipients: list[str]
    """Seed addresses that receive the test emails, assigned by Instantly."""
    recipients_labels: list[GetInboxPlacementTestESPOptionsItem] | None = None
    """Mailbox providers and regions the test sends seed emails to; the options come from the ESP options call."""
    timestamp_created: str
    """When the test was created."""
    timestamp_next_run: str | None = None
    """When an automated test runs next."""
    automations: list[InboxPlacementTestAutomation] | None = None
    """Actions to take automatically when a test result crosses a condition; null or empty for none."""
    status: InboxPlacementTestStatus | None = None
    """State of the test: 1 active, 2 paused, 3 completed."""
    not_sending_status: InboxPlacementTestNotSendingStatus | None = None
    """Why the test is not sending at the moment: daily sending limits reached, or another reason. Empty or null when there is no problem."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InboxPlacementTestAutomation(Model):
    when: InboxPlacementTestAutomationWhen
    """The condition that triggers the automation."""
    then: InboxPlacementTestAutomationThen
    """The actions to take when the condition is met."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InboxPlacementTestAutomationThen(Model):
    """The actions to take when the condition is met."""

    webhook_url: str | None = None
    """URL to notify with a webhook call."""
    pause_sending_campaigns_for: float | None = None
    """Pause the campaigns that send from the affected accounts for this long."""
    pause: bool | None = None
    """Pause the affected sending accounts."""
    enable_slow_ramp: bool | None = None
    """Turn on slow ramp-up of sending volume for the affected accounts."""
    disable_slow_ramp: bool | None = None
    """Turn off slow ramp-up of sending volume for the affected accounts."""
    add_tags: list[str] | None = None
    """Ids of custom tags to add to the affected accounts."""
    remove_tags: list[str] | None = None
    """Ids of custom tags to remove from the affected accounts."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InboxPlacementTestAutomationWhen(Model):
    """The condition that triggers the automation."""

    condition: AutomationCondition
    """What to watch: inbox placement dropping below or rising above a threshold, or the sender being added to or removed from a blacklist."""
    condition_value: float | None = None
    """Threshold for the placement conditions, as an inbox placement percentage."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class InboxPlacementTestDeliveryMode(int, OpenEnum):
    """How the test emails go out: 1 one after another, 2 all at once."""

    ONE_BY_ONE = 1
    ALL_TOGETHER = 2


class InboxPlacementTestNotSendingStatus(str, OpenEnum):
    """Reason the test is not sending; normally set by the server, not by the caller."""

    DAILY_LIMITS_HIT = "daily_limits_hit"
    OTHER = "other"


@attrs.define(kw_only=True)
class InboxPlacementTestSchedule(Model):
    """When an automated test runs: the weekdays, the time of day and the time zone."""

    days: dict[str, bool] | None = None
    """Weekdays on which the test runs, keyed "0" (Sunday) to "6" (Saturday); true means the test runs that day."""
    timing: InboxPlacementTestScheduleTiming | None = None
    """Time of day at which the test runs."""
    timezone: Timezone | None = None
    """Time zone the schedule is read in, from a fixed list of supported zones."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InboxPlacementTestScheduleTiming(Model):
    """Time of day at which the test runs."""

    from_: str | None = attrs.field(default=None, metadata={"key": "from"})
    """Start time as HH:MM in the schedule's time zone."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class InboxPlacementTestSendingMethod(int, OpenEnum):
    """1 when Instantly sends the test emails, 2 when they are sent from outside Instantly."""

    FROM_INSTANTLY = 1
    FROM_OUTSIDE_INSTANTLY = 2


class InboxPlacementTestStatus(int, OpenEnum):
    """Initial state of the test: 1 active, 2 paused, 3 completed."""

    ACTIVE = 1
    PAUSED = 2
    COMPLETED = 3


class InboxPlacementTestType(int, OpenEnum):
    """1 for a one-time test, 2 for an automated test that repeats on its schedule."""

    ONE_TIME = 1
    AUTOMATED = 2


@attrs.define(kw_only=True)
class PatchInboxPlacementTestRequest(Model):
    """Fields to change on an inbox placement test; omitted fields keep their value."""

    name: str | None = None
    """New name of the test."""
    schedule: InboxPlacementTestSchedule | None = None
    """When an automated test runs: the weekdays, the time of day and the time zone."""
    automations: list[InboxPlacementTestAutomation] | None = None
    """Actions to take automatically when a test result crosses a condition; null or empty for none."""
    status: InboxPlacementTestStatus | None = None
    """New state of the test: 1 active, 2 paused, 3 completed."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
