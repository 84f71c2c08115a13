"""Models of the InboxPlacementBlacklistAndSpamAssassinReport group: Blacklist and SpamAssassin reports of inbox placement tests.

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
class BlacklistReport(Model):
    """Detailed blacklist result."""

    address: str | None = None
    """Domain or address that was checked."""
    blacklisted_count: int | None = None
    """Number of blacklists that list it."""
    details: list[BlacklistReportDetail] | None = None
    """One entry per blacklist checked."""
    ip: str | None = None
    """IP address that was checked."""
    is_blacklisted: bool | None = None
    """Whether any blacklist lists the domain or IP address."""
    is_domain: bool | None = None
    """Whether the checked address is a domain rather than an IP address."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class BlacklistReportDetail(Model):
    blacklist: str | None = None
    """Name of the blacklist."""
    is_listed: bool | None = None
    """Whether the blacklist lists the domain or IP address."""
    test_type: str | None = None
    """Kind of check done against this blacklist."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class InboxPlacementBlacklistAndSpamAssassinReport(Model):
    """Blacklist and SpamAssassin results for one sending domain of an inbox placement test."""

    id: str
    """Unique id of the report."""
    timestamp_created: str
    """When the report was created."""
    timestamp_created_date: str
    """Day the report was created (YYYY-MM-DD)."""
    organization_id: str
    """Id of the workspace."""
    test_id: str
    """Id of the inbox placement test the report belongs to."""
    domain_blacklist_count: float | None = None
    """Number of blacklists the sending domain is listed on."""
    domain: str
    """The sending domain that was checked."""
    domain_ip: str
    """IP address of the sending domain that was checked."""
    domain_ip_blacklist_count: float | None = None
    """Number of blacklists the IP address is listed on."""
    spam_assassin_score: float
    """Overall SpamAssassin score of the test email; higher means more spam-like."""
    spam_assassin_report: SpamAssassinReport | None = None
    """Detailed SpamAssassin result."""
    blacklist_report: BlacklistReport | None = None
    """Detailed blacklist result."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SpamAssassinReport(Model):
    """Detailed SpamAssassin result."""

    is_spam: bool | None = None
    """Whether SpamAssassin classified the email as spam."""
    report: list[SpamAssassinReportItem] | None = None
    """The SpamAssassin rules that matched the email."""
    spam_score: int | None = None
    """Total SpamAssassin score."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SpamAssassinReportItem(Model):
    description: str
    """What the rule checks."""
    name: str
    """Name of the rule."""
    score: str
    """Points the rule added to the score."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
