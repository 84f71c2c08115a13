"""Models that more than one API group uses.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from datetime import date as date_aliased
from datetime import datetime
from typing import Any, Literal, TypeAlias

import attrs

from instantly_async._enums import OpenEnum
from instantly_async._model import Model


class AccountFilter(str, OpenEnum):
    """Only select accounts matching this preset filter; null for no preset."""

    ACC_FILTER_PAUSED = "ACC_FILTER_PAUSED"
    ACC_FILTER_ERROR = "ACC_FILTER_ERROR"
    ACC_FILTER_NO_CTD = "ACC_FILTER_NO_CTD"
    ACC_FILTER_PW_ACCOUNTS = "ACC_FILTER_PW_ACCOUNTS"
    ACC_FILTER_DFY = "ACC_FILTER_DFY"
    ACC_FILTER_DFY_SETUP_PENDING = "ACC_FILTER_DFY_SETUP_PENDING"
    ACC_FILTER_W_ACTIVE = "ACC_FILTER_W_ACTIVE"
    ACC_FILTER_W_PAUSED = "ACC_FILTER_W_PAUSED"
    ACC_FILTER_W_ERROR = "ACC_FILTER_W_ERROR"


@attrs.define(kw_only=True)
class AutoVariantSelect(Model):
    """Settings for automatically choosing the best-performing variant; null when disabled."""

    trigger: AutoVariantSelectTrigger
    """Metric used to pick the winning variant."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class AutoVariantSelectTrigger(str, OpenEnum):
    """Metric used to pick the winning variant."""

    REPLY_RATE = "reply_rate"
    CLICK_RATE = "click_rate"
    OPEN_RATE = "open_rate"


@attrs.define(kw_only=True)
class CampaignSchedule(Model):
    """When the campaign is allowed to send."""

    start_date: date_aliased | None = None
    """First day on which sending may happen (`YYYY-MM-DD`, in the schedule's timezone); null for no start limit."""
    end_date: date_aliased | None = None
    """Last day on which sending may happen (`YYYY-MM-DD`, in the schedule's timezone); null for no end limit."""
    schedules: list[ScheduleEntry]
    """One or more weekly sending windows."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class CampaignSequence(Model):
    steps: list[SequenceStep]
    """Ordered steps of the sequence; each step is one email sent to a lead."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class CampaignStatus(int, OpenEnum):
    """Current campaign status: 0 draft, 1 active, 2 paused, 3 completed, 4 running subsequences; negative values mean sending is held back (-1 unhealthy accounts, -2 bounce protection, -99 suspended account)."""

    ACCOUNT_SUSPENDED = -99
    ACCOUNTS_UNHEALTHY = -1
    BOUNCE_PROTECT = -2
    DRAFT = 0
    ACTIVE = 1
    PAUSED = 2
    COMPLETED = 3
    RUNNING_SUBSEQUENCES = 4


class DelayUnit(str, OpenEnum):
    """Unit of `delay`; days when omitted."""

    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"


@attrs.define(kw_only=True)
class Error(Model):
    """The error envelope most endpoints answer with. Some answer only `message` or only `error`, and the edge in front of the API may answer HTML, so every field is optional."""

    statusCode: float | None = None
    error: str | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class LeadQuery(Model):
    actionType: QueryActionType
    """Kind of activity the condition looks at."""
    values: QueryValues
    """Parameters of the condition."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class QueryActionType(str, OpenEnum):
    """Kind of activity the condition looks at."""

    REPLY = "reply"
    EMAIL_OPEN = "email-open"
    LAST_CONTACTED = "last-contacted"
    LINK_CLICK = "link-click"
    LEAD_STATUS = "lead-status"
    LEAD_STATUS_CHANGE = "lead-status-change"


@attrs.define(kw_only=True)
class QueryValues(Model):
    """Parameters of the condition."""

    occurrence_days: float | None = attrs.field(default=None, metadata={"key": "occurrence-days"})
    """Size of the time window, in days, in which the activity is counted."""
    occurrence_count: QueryValuesOccurrenceCount | None = attrs.field(
        default=None, metadata={"key": "occurrence-count"}
    )
    """How many times the activity must have happened."""
    lead_status: QueryValuesLeadStatus | None = attrs.field(
        default=None, metadata={"key": "lead-status"}
    )
    """Lead status the condition compares against."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class QueryValuesLeadStatus(Model):
    """Lead status the condition compares against."""

    status: float | None = None
    """The lead status value to compare with."""
    condition: QueryValuesLeadStatusCondition | None = None
    """Whether the lead's status must be or must not be `status`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class QueryValuesLeadStatusCondition(str, OpenEnum):
    """Whether the lead's status must be or must not be `status`."""

    IS = "is"
    IS_NOT = "is-not"


@attrs.define(kw_only=True)
class QueryValuesOccurrenceCount(Model):
    """How many times the activity must have happened."""

    condition: QueryValuesOccurrenceCountCondition | None = None
    """Whether the activity count must be more than, less than or equal to `count`."""
    count: float | None = None
    """The number of occurrences to compare against."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class QueryValuesOccurrenceCountCondition(str, OpenEnum):
    """Whether the activity count must be more than, less than or equal to `count`."""

    MORE = "more"
    LESS = "less"
    EQUAL = "equal"


class ResourceType(int, OpenEnum):
    """Kind of resource that carries the tag (1 sending account, 2 campaign)."""

    ACCOUNT = 1
    CAMPAIGN = 2


@attrs.define(kw_only=True)
class ScheduleDays(Model):
    """Weekdays on which the window is active, keyed "0" (Sunday) to "6" (Saturday); a day set to true allows sending."""

    field_0: bool | None = attrs.field(default=None, metadata={"key": "0"})
    """Send on Sundays."""
    field_1: bool | None = attrs.field(default=None, metadata={"key": "1"})
    """Send on Mondays."""
    field_2: bool | None = attrs.field(default=None, metadata={"key": "2"})
    """Send on Tuesdays."""
    field_3: bool | None = attrs.field(default=None, metadata={"key": "3"})
    """Send on Wednesdays."""
    field_4: bool | None = attrs.field(default=None, metadata={"key": "4"})
    """Send on Thursdays."""
    field_5: bool | None = attrs.field(default=None, metadata={"key": "5"})
    """Send on Fridays."""
    field_6: bool | None = attrs.field(default=None, metadata={"key": "6"})
    """Send on Saturdays."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ScheduleEntry(Model):
    name: str
    """Label of the sending window."""
    timing: ScheduleTiming
    """Daily time range of the window."""
    days: ScheduleDays
    """Weekdays on which the window is active, keyed "0" (Sunday) to "6" (Saturday); a day set to true allows sending."""
    timezone: Timezone
    """Timezone in which the window's times are read. Only the listed values are accepted; common names such as `America/New_York` or `UTC` are not among them."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class ScheduleTiming(Model):
    """Daily time range of the window."""

    from_: str = attrs.field(metadata={"key": "from"})
    """Time of day when sending starts, as 24-hour `HH:MM`."""
    to: str
    """Time of day when sending stops, as 24-hour `HH:MM`."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


@attrs.define(kw_only=True)
class SequenceStep(Model):
    type: SequenceStepType
    """Kind of step; only "email" is supported."""
    delay: float
    """Time to wait after this step before the next step is sent to the lead, in `delay_unit`."""
    delay_unit: DelayUnit | None = None
    """Unit of `delay`; days when omitted."""
    pre_delay: float | None = None
    """Wait before this step is sent; used only in subsequences, ignored in campaigns."""
    pre_delay_unit: DelayUnit | None = None
    """Unit of `pre_delay`; days when omitted."""
    variants: list[SequenceStepVariant]
    """Alternative versions of the email for A/B testing; one is picked per lead."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SequenceStepType(str, OpenEnum):
    """Kind of step; only "email" is supported."""

    EMAIL = "email"


@attrs.define(kw_only=True)
class SequenceStepVariant(Model):
    subject: str
    """Subject line; may contain template variables."""
    body: str
    """Email body; may contain template variables."""
    v_disabled: bool | None = None
    """When true, this variant is not sent."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""


class SuccessStatus(str, OpenEnum):
    """Always "success" when the move went through."""

    SUCCESS = "success"


class Timezone(str, OpenEnum):
    """A timezone accepted by schedules (campaigns, subsequences, inbox placement tests). The list is closed and does not include common names such as `America/New_York` or `UTC`."""

    ETC_GMT_PLUS_12 = "Etc/GMT+12"
    ETC_GMT_PLUS_11 = "Etc/GMT+11"
    ETC_GMT_PLUS_10 = "Etc/GMT+10"
    AMERICA_ANCHORAGE = "America/Anchorage"
    AMERICA_DAWSON = "America/Dawson"
    AMERICA_CRESTON = "America/Creston"
    AMERICA_CHIHUAHUA = "America/Chihuahua"
    AMERICA_BOISE = "America/Boise"
    AMERICA_BELIZE = "America/Belize"
    AMERICA_CHICAGO = "America/Chicago"
    AMERICA_BAHIA_BANDERAS = "America/Bahia_Banderas"
    AMERICA_REGINA = "America/Regina"
    AMERICA_BOGOTA = "America/Bogota"
    AMERICA_DETROIT = "America/Detroit"
    AMERICA_INDIANA_MARENGO = "America/Indiana/Marengo"
    AMERICA_CARACAS = "America/Caracas"
    AMERICA_ASUNCION = "America/Asuncion"
    AMERICA_GLACE_BAY = "America/Glace_Bay"
    AMERICA_CAMPO_GRANDE = "America/Campo_Grande"
    AMERICA_ANGUILLA = "America/Anguilla"
    AMERICA_SANTIAGO = "America/Santiago"
    AMERICA_ST_JOHNS = "America/St_Johns"
    AMERICA_SAO_PAULO = "America/Sao_Paulo"
    AMERICA_ARGENTINA_LA_RIOJA = "America/Argentina/La_Rioja"
    AMERICA_ARAGUAINA = "America/Araguaina"
    AMERICA_GODTHAB = "America/Godthab"
    AMERICA_MONTEVIDEO = "America/Montevideo"
    AMERICA_BAHIA = "America/Bahia"
    AMERICA_NORONHA = "America/Noronha"
    AMERICA_SCORESBYSUND = "America/Scoresbysund"
    ATLANTIC_CAPE_VERDE = "Atlantic/Cape_Verde"
    AFRICA_CASABLANCA = "Africa/Casablanca"
    AMERICA_DANMARKSHAVN = "America/Danmarkshavn"
    EUROPE_ISLE_OF_MAN = "Europe/Isle_of_Man"
    ATLANTIC_CANARY = "Atlantic/Canary"
    AFRICA_ABIDJAN = "Africa/Abidjan"
    ARCTIC_LONGYEARBYEN = "Arctic/Longyearbyen"
    EUROPE_BELGRADE = "Europe/Belgrade"
    AFRICA_CEUTA = "Africa/Ceuta"
    EUROPE_SARAJEVO = "Europe/Sarajevo"
    AFRICA_ALGIERS = "Africa/Algiers"
    AFRICA_WINDHOEK = "Africa/Windhoek"
    ASIA_NICOSIA = "Asia/Nicosia"
    ASIA_BEIRUT = "Asia/Beirut"
    AFRICA_CAIRO = "Africa/Cairo"
    ASIA_DAMASCUS = "Asia/Damascus"
    EUROPE_BUCHAREST = "Europe/Bucharest"
    AFRICA_BLANTYRE = "Africa/Blantyre"
    EUROPE_HELSINKI = "Europe/Helsinki"
    EUROPE_ISTANBUL = "Europe/Istanbul"
    ASIA_JERUSALEM = "Asia/Jerusalem"
    AFRICA_TRIPOLI = "Africa/Tripoli"
    ASIA_AMMAN = "Asia/Amman"
    ASIA_BAGHDAD = "Asia/Baghdad"
    EUROPE_KALININGRAD = "Europe/Kaliningrad"
    ASIA_ADEN = "Asia/Aden"
    AFRICA_ADDIS_ABABA = "Africa/Addis_Ababa"
    EUROPE_KIROV = "Europe/Kirov"
    EUROPE_ASTRAKHAN = "Europe/Astrakhan"
    ASIA_TEHRAN = "Asia/Tehran"
    ASIA_DUBAI = "Asia/Dubai"
    ASIA_BAKU = "Asia/Baku"
    INDIAN_MAHE = "Indian/Mahe"
    ASIA_TBILISI = "Asia/Tbilisi"
    ASIA_YEREVAN = "Asia/Yerevan"
    ASIA_KABUL = "Asia/Kabul"
    ANTARCTICA_MAWSON = "Antarctica/Mawson"
    ASIA_YEKATERINBURG = "Asia/Yekaterinburg"
    ASIA_KARACHI = "Asia/Karachi"
    ASIA_KOLKATA = "Asia/Kolkata"
    ASIA_COLOMBO = "Asia/Colombo"
    ASIA_KATHMANDU = "Asia/Kathmandu"
    ANTARCTICA_VOSTOK = "Antarctica/Vostok"
    ASIA_DHAKA = "Asia/Dhaka"
    ASIA_RANGOON = "Asia/Rangoon"
    ANTARCTICA_DAVIS = "Antarctica/Davis"
    ASIA_NOVOKUZNETSK = "Asia/Novokuznetsk"
    ASIA_HONG_KONG = "Asia/Hong_Kong"
    ASIA_KRASNOYARSK = "Asia/Krasnoyarsk"
    ASIA_BRUNEI = "Asia/Brunei"
    AUSTRALIA_PERTH = "Australia/Perth"
    ASIA_TAIPEI = "Asia/Taipei"
    ASIA_CHOIBALSAN = "Asia/Choibalsan"
    ASIA_IRKUTSK = "Asia/Irkutsk"
    ASIA_DILI = "Asia/Dili"
    ASIA_PYONGYANG = "Asia/Pyongyang"
    AUSTRALIA_ADELAIDE = "Australia/Adelaide"
    AUSTRALIA_DARWIN = "Australia/Darwin"
    AUSTRALIA_BRISBANE = "Australia/Brisbane"
    AUSTRALIA_MELBOURNE = "Australia/Melbourne"
    ANTARCTICA_DUMONTDURVILLE = "Antarctica/DumontDUrville"
    AUSTRALIA_CURRIE = "Australia/Currie"
    ASIA_CHITA = "Asia/Chita"
    ANTARCTICA_MACQUARIE = "Antarctica/Macquarie"
    ASIA_SAKHALIN = "Asia/Sakhalin"
    PACIFIC_AUCKLAND = "Pacific/Auckland"
    ETC_GMT_MINUS_12 = "Etc/GMT-12"
    PACIFIC_FIJI = "Pacific/Fiji"
    ASIA_ANADYR = "Asia/Anadyr"
    ASIA_KAMCHATKA = "Asia/Kamchatka"
    ETC_GMT_MINUS_13 = "Etc/GMT-13"
    PACIFIC_APIA = "Pacific/Apia"


@attrs.define(kw_only=True)
class WorkspaceMemberName(Model):
    """Name of the creator."""

    first: str | None = None
    """First name of the creator."""
    last: str | None = None
    """Last name of the creator."""
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the server sent that this version of the API description does not declare."""
