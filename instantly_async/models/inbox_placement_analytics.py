"""Models of the InboxPlacementAnalytics group: Per-email results of inbox placement tests.

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
class AuthenticationFailureResults(Model):
    """Raw authentication headers, kept when SPF, DKIM or DMARC failed."""

    authentication_results: str | None = None
    """The `Authentication-Results` header of the received email."""
    dkim_signature: str | None = None
    """The `DKIM-Signature` header of the email."""
    received_spf: str | None = None
    """The `Received-SPF` header of the received email."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class DeliverabilityInsight(Model):
    """Placement rates for one pair of sender and recipient email providers."""

    test_id: str | None = None
    """Id of the test."""
    from_: str | None = attrs.field(default=None, metadata={"key": "from"})
    """Start of the period."""
    to: str | None = None
    """End of the period."""
    previous_from: str | None = None
    """Start of the comparison period, when requested."""
    previous_to: str | None = None
    """End of the comparison period, when requested."""
    sender_esp: InboxPlacementEsp | None = None
    """Email provider of the sender: 1 Google, 2 Microsoft, 8 AirMail, 12 Web.de, 13 Libero.it."""
    recipient_esp: InboxPlacementEsp | None = None
    """Email provider of the seed mailboxes: 1 Google, 2 Microsoft, 8 AirMail, 12 Web.de, 13 Libero.it."""
    spam_percentage: float | None = None
    """Share of emails that landed in spam, in percent."""
    inbox_percentage: float | None = None
    """Share of emails that landed in the inbox, in percent."""
    category_percentage: float | None = None
    """Share of emails sorted into a category tab, in percent."""
    prev_spam_percentage: float | None = None
    """Spam share in the comparison period."""
    prev_inbox_percentage: float | None = None
    """Inbox share in the comparison period."""
    prev_category_percentage: float | None = None
    """Category tab share in the comparison period."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class DeliverabilityInsightsRequest(Model):
    """The test, the period and optional comparison period and filters."""

    test_id: str
    """Id of the test."""
    date_from: str | None = None
    """Start of the period to include (YYYY-MM-DD)."""
    date_to: str | None = None
    """End of the period to include (YYYY-MM-DD)."""
    previous_date_from: str | None = None
    """Start of the comparison period (YYYY-MM-DD)."""
    previous_date_to: str | None = None
    """End of the comparison period (YYYY-MM-DD)."""
    show_previous: bool | None = None
    """Also return the figures of the comparison period."""
    recipient_geo: list[InboxPlacementAnalyticsRecipientGeo] | None = None
    """Include only seed mailboxes in these regions: 1 United States, 2 Italy, 3 Germany, 4 France."""
    recipient_type: list[InboxPlacementAnalyticsRecipientType] | None = None
    """Include only these kinds of seed mailbox: 1 professional, 2 personal."""
    recipient_esp: list[InboxPlacementEsp] | None = None
    """Include only seed mailboxes at these providers: 1 Google, 2 Microsoft, 8 AirMail, 12 Web.de, 13 Libero.it."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InboxPlacementAnalytics(Model):
    """The result of one inbox placement test email at one seed mailbox: whether it reached the inbox, spam or a category tab, and its authentication results."""

    id: str
    """Unique id of the record."""
    timestamp_created: str
    """When the record was created."""
    timestamp_created_date: str
    """Day the record was created (YYYY-MM-DD)."""
    organization_id: str
    """Id of the workspace."""
    test_id: str
    """Id of the inbox placement test the email belongs to."""
    is_spam: bool | None = None
    """Whether the email landed in the spam folder."""
    has_category: bool | None = None
    """Whether the email was sorted into a category tab such as Promotions or Social."""
    sender_email: str | None = None
    """Address the email was sent from."""
    sender_esp: InboxPlacementEsp | None = None
    """Email provider of the sender: 1 Google, 2 Microsoft, 8 AirMail, 12 Web.de, 13 Libero.it."""
    recipient_email: str | None = None
    """Seed address that received the email."""
    recipient_esp: InboxPlacementEsp | None = None
    """Email provider of the seed mailbox: 1 Google, 2 Microsoft, 8 AirMail, 12 Web.de, 13 Libero.it."""
    recipient_geo: InboxPlacementAnalyticsRecipientGeo | None = None
    """Region of the seed mailbox: 1 United States, 2 Italy, 3 Germany, 4 France."""
    recipient_type: InboxPlacementAnalyticsRecipientType | None = None
    """Kind of seed mailbox: 1 professional, 2 personal."""
    spf_pass: bool | None = None
    """Whether the email passed the SPF check."""
    dkim_pass: bool | None = None
    """Whether the email passed the DKIM check."""
    dmarc_pass: bool | None = None
    """Whether the email passed the DMARC check."""
    smtp_ip_blacklist_report: dict[str, Any] | None = None
    """Blacklist check of the IP address the email was sent from."""
    authentication_failure_results: AuthenticationFailureResults | None = None
    """Raw authentication headers, kept when SPF, DKIM or DMARC failed."""
    record_type: InboxPlacementAnalyticsRecordType | None = None
    """Whether the record describes the email as sent (1) or as received (2)."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class InboxPlacementAnalyticsRecipientGeo(int, OpenEnum):
    UNITED_STATES = 1
    ITALY = 2
    GERMANY = 3
    FRANCE = 4


class InboxPlacementAnalyticsRecipientType(int, OpenEnum):
    PROFESSIONAL = 1
    PERSONAL = 2


class InboxPlacementAnalyticsRecordType(int, OpenEnum):
    """Whether the record describes the email as sent (1) or as received (2)."""

    SENT = 1
    RECEIVED = 2


class InboxPlacementEsp(int, OpenEnum):
    """Email provider of the sender: 1 Google, 2 Microsoft, 8 AirMail, 12 Web.de, 13 Libero.it."""

    GOOGLE = 1
    MICROSOFT = 2
    AIRMAIL = 8
    WEB_DE = 12
    LIBERO_IT = 13


@attrs.define(kw_only=True)
class InboxPlacementStatsByDate(Model):
    """Placement totals of one test for one day."""

    timestamp_created_date: str
    """The day (YYYY-MM-DD)."""
    sent_count: float
    """Test emails sent that day."""
    received_count: float
    """Test emails received by seed mailboxes that day."""
    spam_count: float
    """Emails that landed in spam."""
    inbox_count: float
    """Emails that landed in the inbox."""
    category_count: float
    """Emails sorted into a category tab such as Promotions."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InboxPlacementStatsByDateRequest(Model):
    """The test, the period and optional filters."""

    test_id: str
    """Id of the test."""
    date_from: str | None = None
    """Start of the period to include (YYYY-MM-DD)."""
    date_to: str | None = None
    """End of the period to include (YYYY-MM-DD)."""
    recipient_geo: list[InboxPlacementAnalyticsRecipientGeo] | None = None
    """Include only seed mailboxes in these regions: 1 United States, 2 Italy, 3 Germany, 4 France."""
    recipient_type: list[InboxPlacementAnalyticsRecipientType] | None = None
    """Include only these kinds of seed mailbox: 1 professional, 2 personal."""
    recipient_esp: list[InboxPlacementEsp] | None = None
    """Include only seed mailboxes at these providers: 1 Google, 2 Microsoft, 8 AirMail, 12 Web.de, 13 Libero.it."""
    sender_email: str | None = None
    """Include only emails sent from this address."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InboxPlacementStatsByTestId(Model):
    """Placement totals of one inbox placement test."""

    test_id: str
    """Id of the test."""
    count: float
    """Number of test emails counted."""
    spam_count: float
    """Emails that landed in spam."""
    spam_percent: float
    """Share of emails that landed in spam, in percent."""
    inbox_count: float
    """Emails that landed in the inbox."""
    inbox_percent: float
    """Share of emails that landed in the inbox, in percent."""
    category_count: float
    """Emails sorted into a category tab such as Promotions."""
    category_percent: float
    """Share of emails sorted into a category tab, in percent."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InboxPlacementStatsByTestIdRequest(Model):
    """The tests to total up and optional filters."""

    test_ids: list[str]
    """Ids of the tests to total up; at least one."""
    date_from: str | None = None
    """Start of the period to include (YYYY-MM-DD)."""
    date_to: str | None = None
    """End of the period to include (YYYY-MM-DD)."""
    recipient_geo: list[InboxPlacementAnalyticsRecipientGeo] | None = None
    """Include only seed mailboxes in these regions: 1 United States, 2 Italy, 3 Germany, 4 France."""
    recipient_type: list[InboxPlacementAnalyticsRecipientType] | None = None
    """Include only these kinds of seed mailbox: 1 professional, 2 personal."""
    recipient_esp: list[InboxPlacementEsp] | None = None
    """Include only seed mailboxes at these providers: 1 Google, 2 Microsoft, 8 AirMail, 12 Web.de, 13 Libero.it."""
    sender_email: str | None = None
    """Include only emails sent from this address."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
