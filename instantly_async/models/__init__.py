"""Typed models of the Instantly API V2: one attrs class or open enum per schema of the
spec, in one module per API group (`instantly_async.models.leads`, ...) plus
`instantly_async.models.shared`.

Every name is importable from here; a name's module is imported on first use, so the
first call of one group does not pay for the others. Decoding is lenient: fields the
spec does not declare are kept in `additional_properties`, and enum values it does not
list are kept as members of the (open) enum.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

import importlib
import warnings
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from instantly_async.models.account_campaign_mappings import (
        AccountCampaignMapping as AccountCampaignMapping,
    )
    from instantly_async.models.accounts import Account as Account
    from instantly_async.models.accounts import AccountProviderCode as AccountProviderCode
    from instantly_async.models.accounts import AccountStatus as AccountStatus
    from instantly_async.models.accounts import AccountStatusMessage as AccountStatusMessage
    from instantly_async.models.accounts import AccountVitalsResult as AccountVitalsResult
    from instantly_async.models.accounts import AccountWarmup as AccountWarmup
    from instantly_async.models.accounts import AccountWarmupAdvanced as AccountWarmupAdvanced
    from instantly_async.models.accounts import AccountWarmupIncrement as AccountWarmupIncrement
    from instantly_async.models.accounts import AccountWarmupStatus as AccountWarmupStatus
    from instantly_async.models.accounts import CreateAccountRequest as CreateAccountRequest
    from instantly_async.models.accounts import (
        DisableWarmupForAccountsRequest as DisableWarmupForAccountsRequest,
    )
    from instantly_async.models.accounts import (
        EnableWarmupForAccountsRequest as EnableWarmupForAccountsRequest,
    )
    from instantly_async.models.accounts import GetCtdStatusResponse as GetCtdStatusResponse
    from instantly_async.models.accounts import (
        GetDailyAccountAnalyticsItem as GetDailyAccountAnalyticsItem,
    )
    from instantly_async.models.accounts import (
        GetWarmupAnalyticsAggregateDataValue as GetWarmupAnalyticsAggregateDataValue,
    )
    from instantly_async.models.accounts import (
        GetWarmupAnalyticsEmailDateDataValue as GetWarmupAnalyticsEmailDateDataValue,
    )
    from instantly_async.models.accounts import (
        GetWarmupAnalyticsRequest as GetWarmupAnalyticsRequest,
    )
    from instantly_async.models.accounts import (
        GetWarmupAnalyticsResponse as GetWarmupAnalyticsResponse,
    )
    from instantly_async.models.accounts import ListAccountItem as ListAccountItem
    from instantly_async.models.accounts import ListAccountItemTag as ListAccountItemTag
    from instantly_async.models.accounts import MoveAccountsRequest as MoveAccountsRequest
    from instantly_async.models.accounts import MoveAccountsResponse as MoveAccountsResponse
    from instantly_async.models.accounts import PatchAccountRequest as PatchAccountRequest
    from instantly_async.models.accounts import PauseAccountsRequest as PauseAccountsRequest
    from instantly_async.models.accounts import PauseAccountsResponse as PauseAccountsResponse
    from instantly_async.models.accounts import TestAccountVitalsRequest as TestAccountVitalsRequest
    from instantly_async.models.accounts import (
        TestAccountVitalsResponse as TestAccountVitalsResponse,
    )
    from instantly_async.models.accounts import WarmupForAccountsFilter as WarmupForAccountsFilter
    from instantly_async.models.api_keys import APIKey as APIKey
    from instantly_async.models.api_keys import APIKeyScope as APIKeyScope
    from instantly_async.models.api_keys import CreateAPIKeyRequest as CreateAPIKeyRequest
    from instantly_async.models.audit_logs import AuditLog as AuditLog
    from instantly_async.models.audit_logs import AuditLogActivityType as AuditLogActivityType
    from instantly_async.models.background_jobs import BackgroundJob as BackgroundJob
    from instantly_async.models.background_jobs import BackgroundJobData as BackgroundJobData
    from instantly_async.models.background_jobs import (
        BackgroundJobEntityType as BackgroundJobEntityType,
    )
    from instantly_async.models.background_jobs import BackgroundJobStatus as BackgroundJobStatus
    from instantly_async.models.background_jobs import BackgroundJobType as BackgroundJobType
    from instantly_async.models.block_list_entries import BlockListEntry as BlockListEntry
    from instantly_async.models.block_list_entries import (
        BulkCreateBlockListEntriesRequest as BulkCreateBlockListEntriesRequest,
    )
    from instantly_async.models.block_list_entries import (
        BulkCreateBlockListEntriesResponse as BulkCreateBlockListEntriesResponse,
    )
    from instantly_async.models.block_list_entries import (
        BulkDeleteBlockListEntriesRequest as BulkDeleteBlockListEntriesRequest,
    )
    from instantly_async.models.block_list_entries import (
        CreateBlockListEntryRequest as CreateBlockListEntryRequest,
    )
    from instantly_async.models.block_list_entries import (
        PatchBlockListEntryRequest as PatchBlockListEntryRequest,
    )
    from instantly_async.models.campaign_subsequences import (
        CampaignSubsequence as CampaignSubsequence,
    )
    from instantly_async.models.campaign_subsequences import (
        CampaignSubsequenceConditions as CampaignSubsequenceConditions,
    )
    from instantly_async.models.campaign_subsequences import (
        CampaignSubsequenceDailyLimitMode as CampaignSubsequenceDailyLimitMode,
    )
    from instantly_async.models.campaign_subsequences import (
        CreateCampaignSubsequenceRequest as CreateCampaignSubsequenceRequest,
    )
    from instantly_async.models.campaign_subsequences import (
        DuplicateSubsequenceRequest as DuplicateSubsequenceRequest,
    )
    from instantly_async.models.campaign_subsequences import (
        GetSubsequenceAnalyticsItem as GetSubsequenceAnalyticsItem,
    )
    from instantly_async.models.campaign_subsequences import (
        GetSubsequenceStepsAnalyticsItem as GetSubsequenceStepsAnalyticsItem,
    )
    from instantly_async.models.campaign_subsequences import (
        PatchCampaignSubsequenceRequest as PatchCampaignSubsequenceRequest,
    )
    from instantly_async.models.campaign_subsequences import (
        SubsequenceConditionsLeadActivityItem as SubsequenceConditionsLeadActivityItem,
    )
    from instantly_async.models.campaigns import AddVariablesRequest as AddVariablesRequest
    from instantly_async.models.campaigns import Campaign as Campaign
    from instantly_async.models.campaigns import (
        CampaignDailyLimitStatus as CampaignDailyLimitStatus,
    )
    from instantly_async.models.campaigns import (
        CampaignLimitEmailsPerCompanyOverride as CampaignLimitEmailsPerCompanyOverride,
    )
    from instantly_async.models.campaigns import (
        CampaignNotSendingStatus as CampaignNotSendingStatus,
    )
    from instantly_async.models.campaigns import (
        CampaignProviderRoutingRule as CampaignProviderRoutingRule,
    )
    from instantly_async.models.campaigns import (
        CampaignProviderRoutingRuleAction as CampaignProviderRoutingRuleAction,
    )
    from instantly_async.models.campaigns import CountLaunchedResponse as CountLaunchedResponse
    from instantly_async.models.campaigns import CreateCampaignRequest as CreateCampaignRequest
    from instantly_async.models.campaigns import CustomPromptTemplate as CustomPromptTemplate
    from instantly_async.models.campaigns import (
        CustomPromptTemplateCategory as CustomPromptTemplateCategory,
    )
    from instantly_async.models.campaigns import (
        CustomPromptTemplateCreator as CustomPromptTemplateCreator,
    )
    from instantly_async.models.campaigns import (
        CustomPromptTemplateCreatorPayload as CustomPromptTemplateCreatorPayload,
    )
    from instantly_async.models.campaigns import (
        CustomPromptTemplateModelVersion as CustomPromptTemplateModelVersion,
    )
    from instantly_async.models.campaigns import (
        CustomPromptTemplateProperty as CustomPromptTemplateProperty,
    )
    from instantly_async.models.campaigns import (
        CustomPromptTemplateType as CustomPromptTemplateType,
    )
    from instantly_async.models.campaigns import DuplicateRequest as DuplicateRequest
    from instantly_async.models.campaigns import (
        GetCampaignAnalyticsItem as GetCampaignAnalyticsItem,
    )
    from instantly_async.models.campaigns import (
        GetCampaignAnalyticsOverviewResponse as GetCampaignAnalyticsOverviewResponse,
    )
    from instantly_async.models.campaigns import (
        GetCampaignStepsAnalyticsItem as GetCampaignStepsAnalyticsItem,
    )
    from instantly_async.models.campaigns import (
        GetDailyCampaignAnalyticsItem as GetDailyCampaignAnalyticsItem,
    )
    from instantly_async.models.campaigns import (
        LimitEmailsPerCompanyOverrideMode as LimitEmailsPerCompanyOverrideMode,
    )
    from instantly_async.models.campaigns import (
        LimitEmailsPerCompanyOverrideScope as LimitEmailsPerCompanyOverrideScope,
    )
    from instantly_async.models.campaigns import PatchCampaignRequest as PatchCampaignRequest
    from instantly_async.models.campaigns import RoutingProvider as RoutingProvider
    from instantly_async.models.campaigns import SalesFlow as SalesFlow
    from instantly_async.models.campaigns import SearchByContactResponse as SearchByContactResponse
    from instantly_async.models.campaigns import (
        SendingStatusDiagnostics as SendingStatusDiagnostics,
    )
    from instantly_async.models.campaigns import (
        SendingStatusDiagnosticsAccountsSummary as SendingStatusDiagnosticsAccountsSummary,
    )
    from instantly_async.models.campaigns import (
        SendingStatusDiagnosticsDomainLimiter as SendingStatusDiagnosticsDomainLimiter,
    )
    from instantly_async.models.campaigns import (
        SendingStatusDiagnosticsEspRoutingStatus as SendingStatusDiagnosticsEspRoutingStatus,
    )
    from instantly_async.models.campaigns import (
        SendingStatusDiagnosticsFollowUpsWaiting as SendingStatusDiagnosticsFollowUpsWaiting,
    )
    from instantly_async.models.campaigns import (
        SendingStatusDiagnosticsIssueTracking as SendingStatusDiagnosticsIssueTracking,
    )
    from instantly_async.models.campaigns import (
        SendingStatusDiagnosticsLeadsStatus as SendingStatusDiagnosticsLeadsStatus,
    )
    from instantly_async.models.campaigns import (
        SendingStatusDiagnosticsNewLeadLimit as SendingStatusDiagnosticsNewLeadLimit,
    )
    from instantly_async.models.campaigns import (
        SendingStatusDiagnosticsScheduleStatus as SendingStatusDiagnosticsScheduleStatus,
    )
    from instantly_async.models.campaigns import (
        SendingStatusDiagnosticsSendOneByOne as SendingStatusDiagnosticsSendOneByOne,
    )
    from instantly_async.models.campaigns import (
        SendingStatusDiagnosticsStatus as SendingStatusDiagnosticsStatus,
    )
    from instantly_async.models.campaigns import SendingStatusResponse as SendingStatusResponse
    from instantly_async.models.campaigns import SendingStatusSummary as SendingStatusSummary
    from instantly_async.models.campaigns import UnavailableAccounts as UnavailableAccounts
    from instantly_async.models.crm_actions import CRMActions as CRMActions
    from instantly_async.models.crm_actions import (
        DeletePhoneNumberResponse as DeletePhoneNumberResponse,
    )
    from instantly_async.models.crm_actions import ListPhoneNumbersItem as ListPhoneNumbersItem
    from instantly_async.models.custom_tag_mappings import CustomTagMapping as CustomTagMapping
    from instantly_async.models.custom_tags import CreateCustomTagRequest as CreateCustomTagRequest
    from instantly_async.models.custom_tags import CustomTag as CustomTag
    from instantly_async.models.custom_tags import PatchCustomTagRequest as PatchCustomTagRequest
    from instantly_async.models.custom_tags import (
        ToggleTagResourceFilter as ToggleTagResourceFilter,
    )
    from instantly_async.models.custom_tags import (
        ToggleTagResourceFilterTagIdEnum as ToggleTagResourceFilterTagIdEnum,
    )
    from instantly_async.models.custom_tags import (
        ToggleTagResourceRequest as ToggleTagResourceRequest,
    )
    from instantly_async.models.dfy_email_account_orders import (
        CancelDFYEmailAccountsItem as CancelDFYEmailAccountsItem,
    )
    from instantly_async.models.dfy_email_account_orders import (
        CancelDFYEmailAccountsRequest as CancelDFYEmailAccountsRequest,
    )
    from instantly_async.models.dfy_email_account_orders import (
        CancelDFYEmailAccountsResponse as CancelDFYEmailAccountsResponse,
    )
    from instantly_async.models.dfy_email_account_orders import (
        CheckDomainsAvailabilityRequest as CheckDomainsAvailabilityRequest,
    )
    from instantly_async.models.dfy_email_account_orders import (
        CheckDomainsAvailabilityResponse as CheckDomainsAvailabilityResponse,
    )
    from instantly_async.models.dfy_email_account_orders import (
        CheckDomainsAvailabilityResult as CheckDomainsAvailabilityResult,
    )
    from instantly_async.models.dfy_email_account_orders import (
        CreateDFYEmailAccountOrderInvalidAccount as CreateDFYEmailAccountOrderInvalidAccount,
    )
    from instantly_async.models.dfy_email_account_orders import (
        CreateDFYEmailAccountOrderItem as CreateDFYEmailAccountOrderItem,
    )
    from instantly_async.models.dfy_email_account_orders import (
        CreateDFYEmailAccountOrderOrderError as CreateDFYEmailAccountOrderOrderError,
    )
    from instantly_async.models.dfy_email_account_orders import (
        CreateDFYEmailAccountOrderOrderItem as CreateDFYEmailAccountOrderOrderItem,
    )
    from instantly_async.models.dfy_email_account_orders import (
        CreateDFYEmailAccountOrderOrderType as CreateDFYEmailAccountOrderOrderType,
    )
    from instantly_async.models.dfy_email_account_orders import (
        CreateDFYEmailAccountOrderRequest as CreateDFYEmailAccountOrderRequest,
    )
    from instantly_async.models.dfy_email_account_orders import (
        CreateDFYEmailAccountOrderResponse as CreateDFYEmailAccountOrderResponse,
    )
    from instantly_async.models.dfy_email_account_orders import (
        DFYEmailAccountOrder as DFYEmailAccountOrder,
    )
    from instantly_async.models.dfy_email_account_orders import (
        DFYEmailAccountOrderForwardingMode as DFYEmailAccountOrderForwardingMode,
    )
    from instantly_async.models.dfy_email_account_orders import (
        DFYEmailAccountOrderPaymentFailureReason as DFYEmailAccountOrderPaymentFailureReason,
    )
    from instantly_async.models.dfy_email_account_orders import DFYEmailProvider as DFYEmailProvider
    from instantly_async.models.dfy_email_account_orders import (
        DomainUnavailableReason as DomainUnavailableReason,
    )
    from instantly_async.models.dfy_email_account_orders import (
        GenerateSimilarDomainsRequest as GenerateSimilarDomainsRequest,
    )
    from instantly_async.models.dfy_email_account_orders import (
        GenerateSimilarDomainsResponse as GenerateSimilarDomainsResponse,
    )
    from instantly_async.models.dfy_email_account_orders import (
        GenerateSimilarDomainsTld as GenerateSimilarDomainsTld,
    )
    from instantly_async.models.dfy_email_account_orders import (
        ListDFYEmailAccountOrdersAccountsItem as ListDFYEmailAccountOrdersAccountsItem,
    )
    from instantly_async.models.dfy_email_account_orders import OrderItemAccount as OrderItemAccount
    from instantly_async.models.dfy_email_account_orders import (
        PreWarmedUpDomainsListExtension as PreWarmedUpDomainsListExtension,
    )
    from instantly_async.models.dfy_email_account_orders import (
        PreWarmedUpDomainsListRequest as PreWarmedUpDomainsListRequest,
    )
    from instantly_async.models.dfy_email_account_orders import (
        PreWarmedUpDomainsListResponse as PreWarmedUpDomainsListResponse,
    )
    from instantly_async.models.dfy_email_account_orders import (
        WarmedUpDomainsListDomainsWithTypeItem as WarmedUpDomainsListDomainsWithTypeItem,
    )
    from instantly_async.models.email_verifications import (
        CreateEmailVerificationRequest as CreateEmailVerificationRequest,
    )
    from instantly_async.models.email_verifications import EmailVerification as EmailVerification
    from instantly_async.models.email_verifications import (
        EmailVerificationStatus as EmailVerificationStatus,
    )
    from instantly_async.models.email_verifications import (
        EmailVerificationVerificationStatus as EmailVerificationVerificationStatus,
    )
    from instantly_async.models.emails import CountUnreadEmailsResponse as CountUnreadEmailsResponse
    from instantly_async.models.emails import Email as Email
    from instantly_async.models.emails import EmailAttachmentJson as EmailAttachmentJson
    from instantly_async.models.emails import EmailAttachmentJsonFile as EmailAttachmentJsonFile
    from instantly_async.models.emails import EmailBody as EmailBody
    from instantly_async.models.emails import EmailTemplate as EmailTemplate
    from instantly_async.models.emails import EmailUeType as EmailUeType
    from instantly_async.models.emails import ForwardEmailRequest as ForwardEmailRequest
    from instantly_async.models.emails import PatchEmailRequest as PatchEmailRequest
    from instantly_async.models.emails import ReplyToEmailRequest as ReplyToEmailRequest
    from instantly_async.models.emails import SendTestEmailBody as SendTestEmailBody
    from instantly_async.models.emails import SendTestEmailFailure as SendTestEmailFailure
    from instantly_async.models.emails import SendTestEmailFailureError as SendTestEmailFailureError
    from instantly_async.models.emails import SendTestEmailRequest as SendTestEmailRequest
    from instantly_async.models.emails import SendTestEmailResponse as SendTestEmailResponse
    from instantly_async.models.emails import SuccessResponse as SuccessResponse
    from instantly_async.models.inbox_placement_analytics import (
        AuthenticationFailureResults as AuthenticationFailureResults,
    )
    from instantly_async.models.inbox_placement_analytics import (
        DeliverabilityInsight as DeliverabilityInsight,
    )
    from instantly_async.models.inbox_placement_analytics import (
        DeliverabilityInsightsRequest as DeliverabilityInsightsRequest,
    )
    from instantly_async.models.inbox_placement_analytics import (
        InboxPlacementAnalytics as InboxPlacementAnalytics,
    )
    from instantly_async.models.inbox_placement_analytics import (
        InboxPlacementAnalyticsRecipientGeo as InboxPlacementAnalyticsRecipientGeo,
    )
    from instantly_async.models.inbox_placement_analytics import (
        InboxPlacementAnalyticsRecipientType as InboxPlacementAnalyticsRecipientType,
    )
    from instantly_async.models.inbox_placement_analytics import (
        InboxPlacementAnalyticsRecordType as InboxPlacementAnalyticsRecordType,
    )
    from instantly_async.models.inbox_placement_analytics import (
        InboxPlacementEsp as InboxPlacementEsp,
    )
    from instantly_async.models.inbox_placement_analytics import (
        InboxPlacementStatsByDate as InboxPlacementStatsByDate,
    )
    from instantly_async.models.inbox_placement_analytics import (
        InboxPlacementStatsByDateRequest as InboxPlacementStatsByDateRequest,
    )
    from instantly_async.models.inbox_placement_analytics import (
        InboxPlacementStatsByTestId as InboxPlacementStatsByTestId,
    )
    from instantly_async.models.inbox_placement_analytics import (
        InboxPlacementStatsByTestIdRequest as InboxPlacementStatsByTestIdRequest,
    )
    from instantly_async.models.inbox_placement_reports import BlacklistReport as BlacklistReport
    from instantly_async.models.inbox_placement_reports import (
        BlacklistReportDetail as BlacklistReportDetail,
    )
    from instantly_async.models.inbox_placement_reports import (
        InboxPlacementBlacklistAndSpamAssassinReport as InboxPlacementBlacklistAndSpamAssassinReport,
    )
    from instantly_async.models.inbox_placement_reports import (
        SpamAssassinReport as SpamAssassinReport,
    )
    from instantly_async.models.inbox_placement_reports import (
        SpamAssassinReportItem as SpamAssassinReportItem,
    )
    from instantly_async.models.inbox_placement_tests import (
        AutomationCondition as AutomationCondition,
    )
    from instantly_async.models.inbox_placement_tests import (
        CreateInboxPlacementTestRequest as CreateInboxPlacementTestRequest,
    )
    from instantly_async.models.inbox_placement_tests import (
        GetInboxPlacementTestESPOptionsItem as GetInboxPlacementTestESPOptionsItem,
    )
    from instantly_async.models.inbox_placement_tests import (
        GetInboxPlacementTestMetadata as GetInboxPlacementTestMetadata,
    )
    from instantly_async.models.inbox_placement_tests import (
        GetInboxPlacementTestMetadataCampaign as GetInboxPlacementTestMetadataCampaign,
    )
    from instantly_async.models.inbox_placement_tests import (
        GetInboxPlacementTestMetadataTagsValue as GetInboxPlacementTestMetadataTagsValue,
    )
    from instantly_async.models.inbox_placement_tests import (
        GetInboxPlacementTestResponse as GetInboxPlacementTestResponse,
    )
    from instantly_async.models.inbox_placement_tests import (
        InboxPlacementTest as InboxPlacementTest,
    )
    from instantly_async.models.inbox_placement_tests import (
        InboxPlacementTestAutomation as InboxPlacementTestAutomation,
    )
    from instantly_async.models.inbox_placement_tests import (
        InboxPlacementTestAutomationThen as InboxPlacementTestAutomationThen,
    )
    from instantly_async.models.inbox_placement_tests import (
        InboxPlacementTestAutomationWhen as InboxPlacementTestAutomationWhen,
    )
    from instantly_async.models.inbox_placement_tests import (
        InboxPlacementTestDeliveryMode as InboxPlacementTestDeliveryMode,
    )
    from instantly_async.models.inbox_placement_tests import (
        InboxPlacementTestNotSendingStatus as InboxPlacementTestNotSendingStatus,
    )
    from instantly_async.models.inbox_placement_tests import (
        InboxPlacementTestSchedule as InboxPlacementTestSchedule,
    )
    from instantly_async.models.inbox_placement_tests import (
        InboxPlacementTestScheduleTiming as InboxPlacementTestScheduleTiming,
    )
    from instantly_async.models.inbox_placement_tests import (
        InboxPlacementTestSendingMethod as InboxPlacementTestSendingMethod,
    )
    from instantly_async.models.inbox_placement_tests import (
        InboxPlacementTestStatus as InboxPlacementTestStatus,
    )
    from instantly_async.models.inbox_placement_tests import (
        InboxPlacementTestType as InboxPlacementTestType,
    )
    from instantly_async.models.inbox_placement_tests import (
        PatchInboxPlacementTestRequest as PatchInboxPlacementTestRequest,
    )
    from instantly_async.models.lead_labels import CreateLeadLabelRequest as CreateLeadLabelRequest
    from instantly_async.models.lead_labels import DeleteLeadLabelRequest as DeleteLeadLabelRequest
    from instantly_async.models.lead_labels import LeadLabel as LeadLabel
    from instantly_async.models.lead_labels import (
        LeadLabelInterestStatusLabel as LeadLabelInterestStatusLabel,
    )
    from instantly_async.models.lead_labels import PatchLeadLabelRequest as PatchLeadLabelRequest
    from instantly_async.models.lead_labels import (
        TestAiReplyLabelLeadLabelsRequest as TestAiReplyLabelLeadLabelsRequest,
    )
    from instantly_async.models.lead_labels import (
        TestAiReplyLabelLeadLabelsResponse as TestAiReplyLabelLeadLabelsResponse,
    )
    from instantly_async.models.lead_lists import CreateLeadListRequest as CreateLeadListRequest
    from instantly_async.models.lead_lists import (
        GetVerificationStatsResponse as GetVerificationStatsResponse,
    )
    from instantly_async.models.lead_lists import (
        GetVerificationStatsStats as GetVerificationStatsStats,
    )
    from instantly_async.models.lead_lists import LeadList as LeadList
    from instantly_async.models.lead_lists import PatchLeadListRequest as PatchLeadListRequest
    from instantly_async.models.leads import BulkAddLeadsCreatedLead as BulkAddLeadsCreatedLead
    from instantly_async.models.leads import BulkAddLeadsLead as BulkAddLeadsLead
    from instantly_async.models.leads import BulkAddLeadsRequest as BulkAddLeadsRequest
    from instantly_async.models.leads import BulkAddLeadsResponse as BulkAddLeadsResponse
    from instantly_async.models.leads import BulkAssignLeadsFilter as BulkAssignLeadsFilter
    from instantly_async.models.leads import BulkAssignLeadsRequest as BulkAssignLeadsRequest
    from instantly_async.models.leads import BulkAssignLeadsResponse as BulkAssignLeadsResponse
    from instantly_async.models.leads import BulkDeleteLeadsRequest as BulkDeleteLeadsRequest
    from instantly_async.models.leads import BulkDeleteLeadsResponse as BulkDeleteLeadsResponse
    from instantly_async.models.leads import CreateLeadRequest as CreateLeadRequest
    from instantly_async.models.leads import EnrichmentStatus as EnrichmentStatus
    from instantly_async.models.leads import EsgCode as EsgCode
    from instantly_async.models.leads import EspCode as EspCode
    from instantly_async.models.leads import Lead as Lead
    from instantly_async.models.leads import LeadEsgCode as LeadEsgCode
    from instantly_async.models.leads import LeadLtInterestStatus as LeadLtInterestStatus
    from instantly_async.models.leads import LeadPayload as LeadPayload
    from instantly_async.models.leads import LeadStatus as LeadStatus
    from instantly_async.models.leads import LeadStatusSummary as LeadStatusSummary
    from instantly_async.models.leads import LeadStatusSummaryLastStep as LeadStatusSummaryLastStep
    from instantly_async.models.leads import LeadStatusSummarySubseq as LeadStatusSummarySubseq
    from instantly_async.models.leads import LeadUploadMethod as LeadUploadMethod
    from instantly_async.models.leads import LeadVerificationStatus as LeadVerificationStatus
    from instantly_async.models.leads import ListLeadsRequest as ListLeadsRequest
    from instantly_async.models.leads import MergeLeadsRequest as MergeLeadsRequest
    from instantly_async.models.leads import MoveLeadsRequest as MoveLeadsRequest
    from instantly_async.models.leads import (
        MoveLeadToSubsequenceRequest as MoveLeadToSubsequenceRequest,
    )
    from instantly_async.models.leads import PatchLeadRequest as PatchLeadRequest
    from instantly_async.models.leads import (
        RemoveLeadFromSubsequenceRequest as RemoveLeadFromSubsequenceRequest,
    )
    from instantly_async.models.leads import (
        UpdateLeadInterestStatusRequest as UpdateLeadInterestStatusRequest,
    )
    from instantly_async.models.leads import (
        UpdateLeadInterestStatusResponse as UpdateLeadInterestStatusResponse,
    )
    from instantly_async.models.oauth import (
        GetOAuthSessionStatusResponse as GetOAuthSessionStatusResponse,
    )
    from instantly_async.models.oauth import (
        GetOAuthSessionStatusStatus as GetOAuthSessionStatusStatus,
    )
    from instantly_async.models.oauth import InitOAuthResponse as InitOAuthResponse
    from instantly_async.models.shared import AccountFilter as AccountFilter
    from instantly_async.models.shared import AutoVariantSelect as AutoVariantSelect
    from instantly_async.models.shared import AutoVariantSelectTrigger as AutoVariantSelectTrigger
    from instantly_async.models.shared import CampaignSchedule as CampaignSchedule
    from instantly_async.models.shared import CampaignSequence as CampaignSequence
    from instantly_async.models.shared import CampaignStatus as CampaignStatus
    from instantly_async.models.shared import DelayUnit as DelayUnit
    from instantly_async.models.shared import Error as Error
    from instantly_async.models.shared import LeadQuery as LeadQuery
    from instantly_async.models.shared import QueryActionType as QueryActionType
    from instantly_async.models.shared import QueryValues as QueryValues
    from instantly_async.models.shared import QueryValuesLeadStatus as QueryValuesLeadStatus
    from instantly_async.models.shared import (
        QueryValuesLeadStatusCondition as QueryValuesLeadStatusCondition,
    )
    from instantly_async.models.shared import (
        QueryValuesOccurrenceCount as QueryValuesOccurrenceCount,
    )
    from instantly_async.models.shared import (
        QueryValuesOccurrenceCountCondition as QueryValuesOccurrenceCountCondition,
    )
    from instantly_async.models.shared import ResourceType as ResourceType
    from instantly_async.models.shared import ScheduleDays as ScheduleDays
    from instantly_async.models.shared import ScheduleEntry as ScheduleEntry
    from instantly_async.models.shared import ScheduleTiming as ScheduleTiming
    from instantly_async.models.shared import SequenceStep as SequenceStep
    from instantly_async.models.shared import SequenceStepType as SequenceStepType
    from instantly_async.models.shared import SequenceStepVariant as SequenceStepVariant
    from instantly_async.models.shared import SuccessStatus as SuccessStatus
    from instantly_async.models.shared import Timezone as Timezone
    from instantly_async.models.shared import WorkspaceMemberName as WorkspaceMemberName
    from instantly_async.models.supersearch_enrichments import (
        CountLeadsFromSupersearchRequest as CountLeadsFromSupersearchRequest,
    )
    from instantly_async.models.supersearch_enrichments import (
        CountLeadsFromSupersearchResponse as CountLeadsFromSupersearchResponse,
    )
    from instantly_async.models.supersearch_enrichments import (
        CreateAIEnrichmentModelVersion as CreateAIEnrichmentModelVersion,
    )
    from instantly_async.models.supersearch_enrichments import (
        CreateAIEnrichmentRequest as CreateAIEnrichmentRequest,
    )
    from instantly_async.models.supersearch_enrichments import (
        CreateAIEnrichmentResponse as CreateAIEnrichmentResponse,
    )
    from instantly_async.models.supersearch_enrichments import (
        CreateAIEnrichmentStatus as CreateAIEnrichmentStatus,
    )
    from instantly_async.models.supersearch_enrichments import (
        CreateSuperSearchEnrichmentRequest as CreateSuperSearchEnrichmentRequest,
    )
    from instantly_async.models.supersearch_enrichments import (
        CreateSuperSearchEnrichmentResponse as CreateSuperSearchEnrichmentResponse,
    )
    from instantly_async.models.supersearch_enrichments import (
        EnrichLeadsFromSupersearchRequest as EnrichLeadsFromSupersearchRequest,
    )
    from instantly_async.models.supersearch_enrichments import (
        EnrichLeadsFromSupersearchResourceType as EnrichLeadsFromSupersearchResourceType,
    )
    from instantly_async.models.supersearch_enrichments import (
        EnrichLeadsFromSupersearchResponse as EnrichLeadsFromSupersearchResponse,
    )
    from instantly_async.models.supersearch_enrichments import (
        EnrichmentForResourceEnrichmentPayload as EnrichmentForResourceEnrichmentPayload,
    )
    from instantly_async.models.supersearch_enrichments import (
        EnrichmentResourceType as EnrichmentResourceType,
    )
    from instantly_async.models.supersearch_enrichments import (
        GetAiEnrichmentForResourceItem as GetAiEnrichmentForResourceItem,
    )
    from instantly_async.models.supersearch_enrichments import (
        GetEnrichmentForResourceResponse as GetEnrichmentForResourceResponse,
    )
    from instantly_async.models.supersearch_enrichments import (
        GetEnrichmentHistoryItem as GetEnrichmentHistoryItem,
    )
    from instantly_async.models.supersearch_enrichments import (
        KeywordIncludeMode as KeywordIncludeMode,
    )
    from instantly_async.models.supersearch_enrichments import (
        PreviewLeadsFromSupersearchLead as PreviewLeadsFromSupersearchLead,
    )
    from instantly_async.models.supersearch_enrichments import (
        PreviewLeadsFromSupersearchRequest as PreviewLeadsFromSupersearchRequest,
    )
    from instantly_async.models.supersearch_enrichments import (
        PreviewLeadsFromSupersearchResponse as PreviewLeadsFromSupersearchResponse,
    )
    from instantly_async.models.supersearch_enrichments import (
        RunEnrichmentFilter as RunEnrichmentFilter,
    )
    from instantly_async.models.supersearch_enrichments import (
        RunEnrichmentRequest as RunEnrichmentRequest,
    )
    from instantly_async.models.supersearch_enrichments import (
        RunEnrichmentResponse as RunEnrichmentResponse,
    )
    from instantly_async.models.supersearch_enrichments import (
        SearchEnrichmentIntegrationActionsValue as SearchEnrichmentIntegrationActionsValue,
    )
    from instantly_async.models.supersearch_enrichments import (
        SignalKeywordsFacetKeyword as SignalKeywordsFacetKeyword,
    )
    from instantly_async.models.supersearch_enrichments import (
        SignalKeywordsFacetRequest as SignalKeywordsFacetRequest,
    )
    from instantly_async.models.supersearch_enrichments import (
        SignalKeywordsFacetResponse as SignalKeywordsFacetResponse,
    )
    from instantly_async.models.supersearch_enrichments import (
        SuperSearchEnrichment as SuperSearchEnrichment,
    )
    from instantly_async.models.supersearch_enrichments import (
        SuperSearchEnrichmentEnrichmentPayload as SuperSearchEnrichmentEnrichmentPayload,
    )
    from instantly_async.models.supersearch_enrichments import (
        SuperSearchEnrichmentType as SuperSearchEnrichmentType,
    )
    from instantly_async.models.supersearch_enrichments import (
        SupersearchFilters as SupersearchFilters,
    )
    from instantly_async.models.supersearch_enrichments import (
        SupersearchFiltersDepartmentItem as SupersearchFiltersDepartmentItem,
    )
    from instantly_async.models.supersearch_enrichments import (
        SupersearchFiltersEmployeeCountItem as SupersearchFiltersEmployeeCountItem,
    )
    from instantly_async.models.supersearch_enrichments import (
        SupersearchFiltersEmployeeCountItemEnum as SupersearchFiltersEmployeeCountItemEnum,
    )
    from instantly_async.models.supersearch_enrichments import (
        SupersearchFiltersEmployeeCountItemOp as SupersearchFiltersEmployeeCountItemOp,
    )
    from instantly_async.models.supersearch_enrichments import (
        SupersearchFiltersFundingTypeItem as SupersearchFiltersFundingTypeItem,
    )
    from instantly_async.models.supersearch_enrichments import (
        SupersearchFiltersIndustry as SupersearchFiltersIndustry,
    )
    from instantly_async.models.supersearch_enrichments import (
        SupersearchFiltersKeywordFilter as SupersearchFiltersKeywordFilter,
    )
    from instantly_async.models.supersearch_enrichments import (
        SupersearchFiltersLevelItem as SupersearchFiltersLevelItem,
    )
    from instantly_async.models.supersearch_enrichments import (
        SupersearchFiltersLocation as SupersearchFiltersLocation,
    )
    from instantly_async.models.supersearch_enrichments import (
        SupersearchFiltersLocationMode as SupersearchFiltersLocationMode,
    )
    from instantly_async.models.supersearch_enrichments import (
        SupersearchFiltersLocations as SupersearchFiltersLocations,
    )
    from instantly_async.models.supersearch_enrichments import (
        SupersearchFiltersNew as SupersearchFiltersNew,
    )
    from instantly_async.models.supersearch_enrichments import (
        SupersearchFiltersRevenueItem as SupersearchFiltersRevenueItem,
    )
    from instantly_async.models.supersearch_enrichments import (
        SupersearchFiltersSignal as SupersearchFiltersSignal,
    )
    from instantly_async.models.supersearch_enrichments import (
        SupersearchFiltersSubIndustry as SupersearchFiltersSubIndustry,
    )
    from instantly_async.models.supersearch_enrichments import (
        SupersearchIndustry as SupersearchIndustry,
    )
    from instantly_async.models.supersearch_enrichments import (
        SupersearchSubIndustry as SupersearchSubIndustry,
    )
    from instantly_async.models.supersearch_enrichments import (
        SupersearchTextFilter as SupersearchTextFilter,
    )
    from instantly_async.models.supersearch_enrichments import (
        UpdateEnrichmentSettingsRequest as UpdateEnrichmentSettingsRequest,
    )
    from instantly_async.models.webhook_events import (
        GetWebhookEventsSummaryByDateItem as GetWebhookEventsSummaryByDateItem,
    )
    from instantly_async.models.webhook_events import (
        GetWebhookEventsSummaryByDateResponse as GetWebhookEventsSummaryByDateResponse,
    )
    from instantly_async.models.webhook_events import (
        GetWebhookEventsSummaryResponse as GetWebhookEventsSummaryResponse,
    )
    from instantly_async.models.webhook_events import WebhookEvent as WebhookEvent
    from instantly_async.models.webhooks import CreateWebhookRequest as CreateWebhookRequest
    from instantly_async.models.webhooks import (
        ListWebhookEventTypesEventType as ListWebhookEventTypesEventType,
    )
    from instantly_async.models.webhooks import (
        ListWebhookEventTypesResponse as ListWebhookEventTypesResponse,
    )
    from instantly_async.models.webhooks import PatchWebhookRequest as PatchWebhookRequest
    from instantly_async.models.webhooks import TestWebhookResponse as TestWebhookResponse
    from instantly_async.models.webhooks import Webhook as Webhook
    from instantly_async.models.webhooks import WebhookEventType as WebhookEventType
    from instantly_async.models.workspace_billing import BillingInterval as BillingInterval
    from instantly_async.models.workspace_billing import (
        GetWorkspacePlanDetailsAddons as GetWorkspacePlanDetailsAddons,
    )
    from instantly_async.models.workspace_billing import (
        GetWorkspacePlanDetailsAddonsCredits as GetWorkspacePlanDetailsAddonsCredits,
    )
    from instantly_async.models.workspace_billing import (
        GetWorkspacePlanDetailsAddonsOutreach as GetWorkspacePlanDetailsAddonsOutreach,
    )
    from instantly_async.models.workspace_billing import (
        GetWorkspacePlanDetailsResponse as GetWorkspacePlanDetailsResponse,
    )
    from instantly_async.models.workspace_billing import (
        GetWorkspacePlanDetailsSubscriptions as GetWorkspacePlanDetailsSubscriptions,
    )
    from instantly_async.models.workspace_billing import (
        GetWorkspaceSubscriptionDetailsResponse as GetWorkspaceSubscriptionDetailsResponse,
    )
    from instantly_async.models.workspace_billing import MonthlyPricingTier as MonthlyPricingTier
    from instantly_async.models.workspace_billing import (
        PlanDetailsAddonsCreditsAnnualProductId as PlanDetailsAddonsCreditsAnnualProductId,
    )
    from instantly_async.models.workspace_billing import (
        PlanDetailsAddonsCreditsProductId as PlanDetailsAddonsCreditsProductId,
    )
    from instantly_async.models.workspace_billing import (
        PlanDetailsAddonsOutreachProductId as PlanDetailsAddonsOutreachProductId,
    )
    from instantly_async.models.workspace_billing import (
        PlanDetailsSubscriptionsBundleProductId as PlanDetailsSubscriptionsBundleProductId,
    )
    from instantly_async.models.workspace_billing import (
        PlanDetailsSubscriptionsCreditsProductId as PlanDetailsSubscriptionsCreditsProductId,
    )
    from instantly_async.models.workspace_billing import (
        PlanDetailsSubscriptionsOutreach as PlanDetailsSubscriptionsOutreach,
    )
    from instantly_async.models.workspace_billing import PlanSubscription as PlanSubscription
    from instantly_async.models.workspace_billing import ProductId as ProductId
    from instantly_async.models.workspace_billing import (
        SubscriptionDetailsSubscriptionInterval as SubscriptionDetailsSubscriptionInterval,
    )
    from instantly_async.models.workspace_billing import (
        SubscriptionDetailsSubscriptionPlanType as SubscriptionDetailsSubscriptionPlanType,
    )
    from instantly_async.models.workspace_billing import (
        SubscriptionProductType as SubscriptionProductType,
    )
    from instantly_async.models.workspace_billing import WorkspaceBilling as WorkspaceBilling
    from instantly_async.models.workspace_billing import (
        WorkspacePlanDetailsSubscriptionsBundle as WorkspacePlanDetailsSubscriptionsBundle,
    )
    from instantly_async.models.workspace_billing import (
        WorkspacePlanDetailsSubscriptionsCredits as WorkspacePlanDetailsSubscriptionsCredits,
    )
    from instantly_async.models.workspace_billing import (
        WorkspaceSubscriptionDetailsSubscription as WorkspaceSubscriptionDetailsSubscription,
    )
    from instantly_async.models.workspace_group_members import (
        CreateWorkspaceGroupMemberRequest as CreateWorkspaceGroupMemberRequest,
    )
    from instantly_async.models.workspace_group_members import (
        GetAdminWorkspaceGroupMemberResponse as GetAdminWorkspaceGroupMemberResponse,
    )
    from instantly_async.models.workspace_group_members import (
        WorkspaceGroupMember as WorkspaceGroupMember,
    )
    from instantly_async.models.workspace_group_members import (
        WorkspaceGroupMemberStatus as WorkspaceGroupMemberStatus,
    )
    from instantly_async.models.workspace_members import (
        CreateWorkspaceMemberRequest as CreateWorkspaceMemberRequest,
    )
    from instantly_async.models.workspace_members import (
        PatchWorkspaceMemberRequest as PatchWorkspaceMemberRequest,
    )
    from instantly_async.models.workspace_members import WorkspaceMember as WorkspaceMember
    from instantly_async.models.workspace_members import (
        WorkspaceMemberPermission as WorkspaceMemberPermission,
    )
    from instantly_async.models.workspace_members import WorkspaceMemberRole as WorkspaceMemberRole
    from instantly_async.models.workspaces import (
        AddWorkspaceAgencyDomainRequest as AddWorkspaceAgencyDomainRequest,
    )
    from instantly_async.models.workspaces import (
        ChangeWorkspaceOwnerRequest as ChangeWorkspaceOwnerRequest,
    )
    from instantly_async.models.workspaces import (
        GetWorkspaceDomainInfoResponse as GetWorkspaceDomainInfoResponse,
    )
    from instantly_async.models.workspaces import (
        GetWorkspaceDomainInfoVerificationItem as GetWorkspaceDomainInfoVerificationItem,
    )
    from instantly_async.models.workspaces import PatchWorkspaceRequest as PatchWorkspaceRequest
    from instantly_async.models.workspaces import Workspace as Workspace
    from instantly_async.models.workspaces import (
        WorkspacePlanIdVerification as WorkspacePlanIdVerification,
    )

    AccountCampaignMappingStatus = CampaignStatus
    BulkAddLeadsRequestLead = BulkAddLeadsLead
    BulkAddLeadsRequestLeadLtInterestStatus = LeadLtInterestStatus
    BulkAddLeadsResponseCreatedLead = BulkAddLeadsCreatedLead
    BulkAssignLeadsRequestFilter = BulkAssignLeadsFilter
    BulkAssignLeadsRequestQuery = LeadQuery
    BulkAssignLeadsRequestQueryActionType = QueryActionType
    BulkAssignLeadsRequestQueryValues = QueryValues
    BulkAssignLeadsRequestQueryValuesLeadStatus = QueryValuesLeadStatus
    BulkAssignLeadsRequestQueryValuesLeadStatusCondition = QueryValuesLeadStatusCondition
    BulkAssignLeadsRequestQueryValuesOccurrenceCount = QueryValuesOccurrenceCount
    BulkAssignLeadsRequestQueryValuesOccurrenceCountCondition = QueryValuesOccurrenceCountCondition
    BulkDeleteLeadsRequestBulkDeleteLeadsRequest = BulkDeleteLeadsRequest
    BulkDeleteLeadsRequestBulkDeleteLeadsRequest1 = BulkDeleteLeadsRequest
    BulkDeleteLeadsRequestBulkDeleteLeadsRequest1Status = LeadStatus
    BulkDeleteLeadsRequestBulkDeleteLeadsRequestStatus = LeadStatus
    CampaignAutoVariantSelect = AutoVariantSelect
    CampaignAutoVariantSelectTrigger = AutoVariantSelectTrigger
    CampaignCampaignSchedule = CampaignSchedule
    CampaignCampaignScheduleSchedule = ScheduleEntry
    CampaignCampaignScheduleScheduleDays = ScheduleDays
    CampaignCampaignScheduleScheduleTiming = ScheduleTiming
    CampaignLimitEmailsPerCompanyOverrideMode = LimitEmailsPerCompanyOverrideMode
    CampaignLimitEmailsPerCompanyOverrideScope = LimitEmailsPerCompanyOverrideScope
    CampaignProviderRoutingRuleRecipientEspEnum = RoutingProvider
    CampaignProviderRoutingRuleSenderEspEnum = RoutingProvider
    CampaignSequenceStep = SequenceStep
    CampaignSequenceStepDelayUnit = DelayUnit
    CampaignSequenceStepPreDelayUnit = DelayUnit
    CampaignSequenceStepType = SequenceStepType
    CampaignSequenceStepVariant = SequenceStepVariant
    CampaignSubsequenceAutoVariantSelect = AutoVariantSelect
    CampaignSubsequenceAutoVariantSelectTrigger = AutoVariantSelectTrigger
    CampaignSubsequenceConditionsLeadActivityEnum = SubsequenceConditionsLeadActivityItem
    CampaignSubsequenceSequence = CampaignSequence
    CampaignSubsequenceSequenceStep = SequenceStep
    CampaignSubsequenceSequenceStepDelayUnit = DelayUnit
    CampaignSubsequenceSequenceStepPreDelayUnit = DelayUnit
    CampaignSubsequenceSequenceStepType = SequenceStepType
    CampaignSubsequenceSequenceStepVariant = SequenceStepVariant
    CampaignSubsequenceStatus = CampaignStatus
    CampaignSubsequenceSubsequenceSchedule = CampaignSchedule
    CampaignSubsequenceSubsequenceScheduleSchedule = ScheduleEntry
    CampaignSubsequenceSubsequenceScheduleScheduleDays = ScheduleDays
    CampaignSubsequenceSubsequenceScheduleScheduleTiming = ScheduleTiming
    CancelDFYEmailAccountsResponseItem = CancelDFYEmailAccountsItem
    CancelDFYEmailAccountsResponseItemEmailProvider = DFYEmailProvider
    CheckDomainsAvailabilityResponseResult = CheckDomainsAvailabilityResult
    CheckDomainsAvailabilityResponseResultUnavailableReason = DomainUnavailableReason
    CreateAIEnrichmentRequestModelVersion = CreateAIEnrichmentModelVersion
    CreateAIEnrichmentRequestResourceType = ResourceType
    CreateAIEnrichmentRequestStatus = CreateAIEnrichmentStatus
    CreateAccountRequestProviderCode = AccountProviderCode
    CreateAccountRequestWarmup = AccountWarmup
    CreateAccountRequestWarmupAdvanced = AccountWarmupAdvanced
    CreateAccountRequestWarmupIncrement = AccountWarmupIncrement
    CreateCampaignRequestAutoVariantSelect = AutoVariantSelect
    CreateCampaignRequestAutoVariantSelectTrigger = AutoVariantSelectTrigger
    CreateCampaignRequestCampaignSchedule = CampaignSchedule
    CreateCampaignRequestCampaignScheduleSchedule = ScheduleEntry
    CreateCampaignRequestCampaignScheduleScheduleDays = ScheduleDays
    CreateCampaignRequestCampaignScheduleScheduleTiming = ScheduleTiming
    CreateCampaignRequestLimitEmailsPerCompanyOverride = CampaignLimitEmailsPerCompanyOverride
    CreateCampaignRequestLimitEmailsPerCompanyOverrideMode = LimitEmailsPerCompanyOverrideMode
    CreateCampaignRequestLimitEmailsPerCompanyOverrideScope = LimitEmailsPerCompanyOverrideScope
    CreateCampaignRequestProviderRoutingRule = CampaignProviderRoutingRule
    CreateCampaignRequestProviderRoutingRuleAction = CampaignProviderRoutingRuleAction
    CreateCampaignRequestProviderRoutingRuleRecipientEspEnum = RoutingProvider
    CreateCampaignRequestProviderRoutingRuleSenderEspEnum = RoutingProvider
    CreateCampaignRequestSequence = CampaignSequence
    CreateCampaignRequestSequenceStep = SequenceStep
    CreateCampaignRequestSequenceStepDelayUnit = DelayUnit
    CreateCampaignRequestSequenceStepPreDelayUnit = DelayUnit
    CreateCampaignRequestSequenceStepType = SequenceStepType
    CreateCampaignRequestSequenceStepVariant = SequenceStepVariant
    CreateCampaignSubsequenceRequestAutoVariantSelect = AutoVariantSelect
    CreateCampaignSubsequenceRequestAutoVariantSelectTrigger = AutoVariantSelectTrigger
    CreateCampaignSubsequenceRequestConditions = CampaignSubsequenceConditions
    CreateCampaignSubsequenceRequestConditionsLeadActivityEnum = (
        SubsequenceConditionsLeadActivityItem
    )
    CreateCampaignSubsequenceRequestDailyLimitMode = CampaignSubsequenceDailyLimitMode
    CreateCampaignSubsequenceRequestSequence = CampaignSequence
    CreateCampaignSubsequenceRequestSequenceStep = SequenceStep
    CreateCampaignSubsequenceRequestSequenceStepDelayUnit = DelayUnit
    CreateCampaignSubsequenceRequestSequenceStepPreDelayUnit = DelayUnit
    CreateCampaignSubsequenceRequestSequenceStepType = SequenceStepType
    CreateCampaignSubsequenceRequestSequenceStepVariant = SequenceStepVariant
    CreateCampaignSubsequenceRequestSubsequenceSchedule = CampaignSchedule
    CreateCampaignSubsequenceRequestSubsequenceScheduleSchedule = ScheduleEntry
    CreateCampaignSubsequenceRequestSubsequenceScheduleScheduleDays = ScheduleDays
    CreateCampaignSubsequenceRequestSubsequenceScheduleScheduleTiming = ScheduleTiming
    CreateDFYEmailAccountOrderRequestItem = CreateDFYEmailAccountOrderItem
    CreateDFYEmailAccountOrderRequestItemAccount = OrderItemAccount
    CreateDFYEmailAccountOrderRequestItemEmailProvider = DFYEmailProvider
    CreateDFYEmailAccountOrderRequestOrderType = CreateDFYEmailAccountOrderOrderType
    CreateDFYEmailAccountOrderResponseInvalidAccount = CreateDFYEmailAccountOrderInvalidAccount
    CreateDFYEmailAccountOrderResponseOrderError = CreateDFYEmailAccountOrderOrderError
    CreateDFYEmailAccountOrderResponseOrderItem = CreateDFYEmailAccountOrderOrderItem
    CreateDFYEmailAccountOrderResponseOrderItemAccount = OrderItemAccount
    CreateDFYEmailAccountOrderResponseOrderItemEmailProvider = DFYEmailProvider
    CreateDFYEmailAccountOrderResponsePaymentFailureReason = (
        DFYEmailAccountOrderPaymentFailureReason
    )
    CreateDFYEmailAccountOrderResponseUnavailableEmailProvider = DFYEmailProvider
    CreateInboxPlacementTestRequestAutomation = InboxPlacementTestAutomation
    CreateInboxPlacementTestRequestAutomationThen = InboxPlacementTestAutomationThen
    CreateInboxPlacementTestRequestAutomationWhen = InboxPlacementTestAutomationWhen
    CreateInboxPlacementTestRequestAutomationWhenCondition = AutomationCondition
    CreateInboxPlacementTestRequestDeliveryMode = InboxPlacementTestDeliveryMode
    CreateInboxPlacementTestRequestNotSendingStatus = InboxPlacementTestNotSendingStatus
    CreateInboxPlacementTestRequestRecipientsLabel = GetInboxPlacementTestESPOptionsItem
    CreateInboxPlacementTestRequestSchedule = InboxPlacementTestSchedule
    CreateInboxPlacementTestRequestScheduleTiming = InboxPlacementTestScheduleTiming
    CreateInboxPlacementTestRequestSendingMethod = InboxPlacementTestSendingMethod
    CreateInboxPlacementTestRequestStatus = InboxPlacementTestStatus
    CreateInboxPlacementTestRequestType = ResourceType
    CreateLeadLabelRequestInterestStatusLabel = LeadLabelInterestStatusLabel
    CreateLeadRequestLtInterestStatus = LeadLtInterestStatus
    CreateSuperSearchEnrichmentRequestIntegrationActions = SearchEnrichmentIntegrationActionsValue
    CreateSuperSearchEnrichmentRequestType = SuperSearchEnrichmentType
    CreateSuperSearchEnrichmentResponseEnrichmentPayload = SuperSearchEnrichmentEnrichmentPayload
    CreateWebhookRequestEventType = WebhookEventType
    CreateWorkspaceMemberRequestPermission = WorkspaceMemberPermission
    CreateWorkspaceMemberRequestRole = WorkspaceMemberRole
    CreateblukBlockListEntryRequest = BulkCreateBlockListEntriesRequest
    CreateblukBlockListEntryResponse = BulkCreateBlockListEntriesResponse
    CustomPromptTemplateCreatorPayloadName = WorkspaceMemberName
    CustomPromptTemplateTemplateType = CustomPromptTemplateType
    CustomTagMappingResourceType = ResourceType
    DeletebulkBlockListEntryRequest = BulkDeleteBlockListEntriesRequest
    DisableWarmupForAccountsRequestFilter = WarmupForAccountsFilter
    DisableWarmupForAccountsRequestFilterFilter = AccountFilter
    EnableWarmupForAccountsRequestFilter = WarmupForAccountsFilter
    EnableWarmupForAccountsRequestFilterFilter = AccountFilter
    EnrichLeadsFromSupersearchRequestSignalEnrichment = SupersearchFiltersSignal
    EnrichLeadsFromSupersearchResponseResourceType = ResourceType
    ForwardEmailRequestForwardEmailRequest = ForwardEmailRequest
    ForwardEmailRequestForwardEmailRequest1 = ForwardEmailRequest
    ForwardEmailRequestForwardEmailRequest1Body = EmailBody
    ForwardEmailRequestForwardEmailRequestBody = EmailBody
    ForwardEmailRequestForwardEmailRequestBody1 = EmailBody
    GenerateSimilarDomainsRequestTld = GenerateSimilarDomainsTld
    GetCampaignSendingStatusResponse = SendingStatusResponse
    GetCampaignSendingStatusResponseDiagnostics = SendingStatusDiagnostics
    GetCampaignSendingStatusResponseDiagnosticsAccountsSummary = (
        SendingStatusDiagnosticsAccountsSummary
    )
    GetCampaignSendingStatusResponseDiagnosticsAccountsSummaryUnavailable = UnavailableAccounts
    GetCampaignSendingStatusResponseDiagnosticsCampaignDailyLimit = CampaignDailyLimitStatus
    GetCampaignSendingStatusResponseDiagnosticsDomainLimiter = SendingStatusDiagnosticsDomainLimiter
    GetCampaignSendingStatusResponseDiagnosticsEspRoutingStatus = (
        SendingStatusDiagnosticsEspRoutingStatus
    )
    GetCampaignSendingStatusResponseDiagnosticsFollowUpsWaiting = (
        SendingStatusDiagnosticsFollowUpsWaiting
    )
    GetCampaignSendingStatusResponseDiagnosticsIssueTracking = SendingStatusDiagnosticsIssueTracking
    GetCampaignSendingStatusResponseDiagnosticsLeadsStatus = SendingStatusDiagnosticsLeadsStatus
    GetCampaignSendingStatusResponseDiagnosticsNewLeadLimit = SendingStatusDiagnosticsNewLeadLimit
    GetCampaignSendingStatusResponseDiagnosticsScheduleStatus = (
        SendingStatusDiagnosticsScheduleStatus
    )
    GetCampaignSendingStatusResponseDiagnosticsSendOneByOne = SendingStatusDiagnosticsSendOneByOne
    GetCampaignSendingStatusResponseDiagnosticsStatus = SendingStatusDiagnosticsStatus
    GetCampaignSendingStatusResponseSummary = SendingStatusSummary
    GetEnrichmentForResourceResponseEnrichmentPayload = EnrichmentForResourceEnrichmentPayload
    GetInboxPlacementAnalyticsDeliverabilityInsightsItem = DeliverabilityInsight
    GetInboxPlacementAnalyticsDeliverabilityInsightsItemRecipientEsp = InboxPlacementEsp
    GetInboxPlacementAnalyticsDeliverabilityInsightsItemSenderEsp = InboxPlacementEsp
    GetInboxPlacementAnalyticsDeliverabilityInsightsRequest = DeliverabilityInsightsRequest
    GetInboxPlacementAnalyticsDeliverabilityInsightsRequestRecipientEspEnum = InboxPlacementEsp
    GetInboxPlacementAnalyticsDeliverabilityInsightsRequestRecipientGeoEnum = EmailUeType
    GetInboxPlacementAnalyticsDeliverabilityInsightsRequestRecipientTypeEnum = ResourceType
    GetInboxPlacementAnalyticsStatsByDateItem = InboxPlacementStatsByDate
    GetInboxPlacementAnalyticsStatsByDateRequest = InboxPlacementStatsByDateRequest
    GetInboxPlacementAnalyticsStatsByDateRequestRecipientEspEnum = InboxPlacementEsp
    GetInboxPlacementAnalyticsStatsByDateRequestRecipientGeoEnum = EmailUeType
    GetInboxPlacementAnalyticsStatsByDateRequestRecipientTypeEnum = ResourceType
    GetInboxPlacementAnalyticsStatsByTestIdItem = InboxPlacementStatsByTestId
    GetInboxPlacementAnalyticsStatsByTestIdRequest = InboxPlacementStatsByTestIdRequest
    GetInboxPlacementAnalyticsStatsByTestIdRequestRecipientEspEnum = InboxPlacementEsp
    GetInboxPlacementAnalyticsStatsByTestIdRequestRecipientGeoEnum = EmailUeType
    GetInboxPlacementAnalyticsStatsByTestIdRequestRecipientTypeEnum = ResourceType
    GetInboxPlacementTestResponseAutomation = InboxPlacementTestAutomation
    GetInboxPlacementTestResponseAutomationThen = InboxPlacementTestAutomationThen
    GetInboxPlacementTestResponseAutomationWhen = InboxPlacementTestAutomationWhen
    GetInboxPlacementTestResponseAutomationWhenCondition = AutomationCondition
    GetInboxPlacementTestResponseDeliveryMode = InboxPlacementTestDeliveryMode
    GetInboxPlacementTestResponseMetadata = GetInboxPlacementTestMetadata
    GetInboxPlacementTestResponseMetadataCampaign = GetInboxPlacementTestMetadataCampaign
    GetInboxPlacementTestResponseMetadataTags = GetInboxPlacementTestMetadataTagsValue
    GetInboxPlacementTestResponseNotSendingStatus = InboxPlacementTestNotSendingStatus
    GetInboxPlacementTestResponseRecipientsLabel = GetInboxPlacementTestESPOptionsItem
    GetInboxPlacementTestResponseSchedule = InboxPlacementTestSchedule
    GetInboxPlacementTestResponseScheduleTiming = InboxPlacementTestScheduleTiming
    GetInboxPlacementTestResponseSendingMethod = InboxPlacementTestSendingMethod
    GetInboxPlacementTestResponseStatus = InboxPlacementTestStatus
    GetInboxPlacementTestResponseType = ResourceType
    GetOAuthSessionStatusResponseStatus = GetOAuthSessionStatusStatus
    GetSubsequenceSendingStatusResponse = SendingStatusResponse
    GetSubsequenceSendingStatusResponseDiagnostics = SendingStatusDiagnostics
    GetSubsequenceSendingStatusResponseDiagnosticsAccountsSummary = (
        SendingStatusDiagnosticsAccountsSummary
    )
    GetSubsequenceSendingStatusResponseDiagnosticsAccountsSummaryUnavailable = UnavailableAccounts
    GetSubsequenceSendingStatusResponseDiagnosticsCampaignDailyLimit = CampaignDailyLimitStatus
    GetSubsequenceSendingStatusResponseDiagnosticsDomainLimiter = (
        SendingStatusDiagnosticsDomainLimiter
    )
    GetSubsequenceSendingStatusResponseDiagnosticsEspRoutingStatus = (
        SendingStatusDiagnosticsEspRoutingStatus
    )
    GetSubsequenceSendingStatusResponseDiagnosticsFollowUpsWaiting = (
        SendingStatusDiagnosticsFollowUpsWaiting
    )
    GetSubsequenceSendingStatusResponseDiagnosticsIssueTracking = (
        SendingStatusDiagnosticsIssueTracking
    )
    GetSubsequenceSendingStatusResponseDiagnosticsLeadsStatus = SendingStatusDiagnosticsLeadsStatus
    GetSubsequenceSendingStatusResponseDiagnosticsNewLeadLimit = (
        SendingStatusDiagnosticsNewLeadLimit
    )
    GetSubsequenceSendingStatusResponseDiagnosticsScheduleStatus = (
        SendingStatusDiagnosticsScheduleStatus
    )
    GetSubsequenceSendingStatusResponseDiagnosticsSendOneByOne = (
        SendingStatusDiagnosticsSendOneByOne
    )
    GetSubsequenceSendingStatusResponseDiagnosticsStatus = SendingStatusDiagnosticsStatus
    GetSubsequenceSendingStatusResponseSummary = SendingStatusSummary
    GetVerificationStatsResponseStats = GetVerificationStatsStats
    GetWarmupAnalyticsResponseAggregateData = GetWarmupAnalyticsAggregateDataValue
    GetWarmupAnalyticsResponseEmailDateData = GetWarmupAnalyticsEmailDateDataValue
    GetWebhookEventsSummaryByDateResponseItem = GetWebhookEventsSummaryByDateItem
    GetWorkspaceDomainInfoResponseVerificationItem = GetWorkspaceDomainInfoVerificationItem
    GetWorkspacePlanDetailsResponseAddons = GetWorkspacePlanDetailsAddons
    GetWorkspacePlanDetailsResponseAddonsCredits = GetWorkspacePlanDetailsAddonsCredits
    GetWorkspacePlanDetailsResponseAddonsCreditsAnnualProductId = (
        PlanDetailsAddonsCreditsAnnualProductId
    )
    GetWorkspacePlanDetailsResponseAddonsCreditsInterval = BillingInterval
    GetWorkspacePlanDetailsResponseAddonsCreditsProductId = PlanDetailsAddonsCreditsProductId
    GetWorkspacePlanDetailsResponseAddonsOutreach = GetWorkspacePlanDetailsAddonsOutreach
    GetWorkspacePlanDetailsResponseAddonsOutreachInterval = BillingInterval
    GetWorkspacePlanDetailsResponseAddonsOutreachMonthlyPricingTier = MonthlyPricingTier
    GetWorkspacePlanDetailsResponseAddonsOutreachProductId = PlanDetailsAddonsOutreachProductId
    GetWorkspacePlanDetailsResponseSubscriptions = GetWorkspacePlanDetailsSubscriptions
    GetWorkspacePlanDetailsResponseSubscriptionsBundle = WorkspacePlanDetailsSubscriptionsBundle
    GetWorkspacePlanDetailsResponseSubscriptionsBundleInterval = BillingInterval
    GetWorkspacePlanDetailsResponseSubscriptionsBundleProductId = (
        PlanDetailsSubscriptionsBundleProductId
    )
    GetWorkspacePlanDetailsResponseSubscriptionsCredits = WorkspacePlanDetailsSubscriptionsCredits
    GetWorkspacePlanDetailsResponseSubscriptionsCreditsInterval = BillingInterval
    GetWorkspacePlanDetailsResponseSubscriptionsCreditsProductId = (
        PlanDetailsSubscriptionsCreditsProductId
    )
    GetWorkspacePlanDetailsResponseSubscriptionsCrm = PlanSubscription
    GetWorkspacePlanDetailsResponseSubscriptionsCrmInterval = BillingInterval
    GetWorkspacePlanDetailsResponseSubscriptionsInboxPlacement = PlanSubscription
    GetWorkspacePlanDetailsResponseSubscriptionsInboxPlacementInterval = BillingInterval
    GetWorkspacePlanDetailsResponseSubscriptionsOutreach = PlanDetailsSubscriptionsOutreach
    GetWorkspacePlanDetailsResponseSubscriptionsOutreachInterval = BillingInterval
    GetWorkspacePlanDetailsResponseSubscriptionsOutreachProductId = ProductId
    GetWorkspacePlanDetailsResponseSubscriptionsWebsiteVisitors = PlanSubscription
    GetWorkspacePlanDetailsResponseSubscriptionsWebsiteVisitorsInterval = BillingInterval
    GetWorkspaceSubscriptionDetailsResponseSubscription = WorkspaceSubscriptionDetailsSubscription
    GetWorkspaceSubscriptionDetailsResponseSubscriptionInterval = (
        SubscriptionDetailsSubscriptionInterval
    )
    GetWorkspaceSubscriptionDetailsResponseSubscriptionPlanType = (
        SubscriptionDetailsSubscriptionPlanType
    )
    GetWorkspaceSubscriptionDetailsResponseSubscriptionProductId = ProductId
    GetWorkspaceSubscriptionDetailsResponseSubscriptionProductType = SubscriptionProductType
    InboxPlacementAnalyticsAuthenticationFailureResults = AuthenticationFailureResults
    InboxPlacementAnalyticsRecipientEsp = InboxPlacementEsp
    InboxPlacementAnalyticsSenderEsp = InboxPlacementEsp
    InboxPlacementBlacklistAndSpamAssassinReportBlacklistReport = BlacklistReport
    InboxPlacementBlacklistAndSpamAssassinReportBlacklistReportDetail = BlacklistReportDetail
    InboxPlacementBlacklistAndSpamAssassinReportSpamAssassinReport = SpamAssassinReport
    InboxPlacementBlacklistAndSpamAssassinReportSpamAssassinReportReportItem = (
        SpamAssassinReportItem
    )
    InboxPlacementTestAutomationWhenCondition = AutomationCondition
    InboxPlacementTestRecipientsLabel = GetInboxPlacementTestESPOptionsItem
    InitGoogleOAuthResponse = InitOAuthResponse
    InitMicrosoftOAuthResponse = InitOAuthResponse
    LeadEnrichmentStatus = EnrichmentStatus
    LeadEspCode = EspCode
    ListDFYEmailAccountOrdersAccountsItemEmailProvider = DFYEmailProvider
    ListLeadsRequestEnrichmentStatus = EnrichmentStatus
    ListLeadsRequestEsgCode = EsgCode
    ListLeadsRequestQuery = LeadQuery
    ListLeadsRequestQueryActionType = QueryActionType
    ListLeadsRequestQueryValues = QueryValues
    ListLeadsRequestQueryValuesLeadStatus = QueryValuesLeadStatus
    ListLeadsRequestQueryValuesLeadStatusCondition = QueryValuesLeadStatusCondition
    ListLeadsRequestQueryValuesOccurrenceCount = QueryValuesOccurrenceCount
    ListLeadsRequestQueryValuesOccurrenceCountCondition = QueryValuesOccurrenceCountCondition
    ListWebhookEventTypesResponseEventType = ListWebhookEventTypesEventType
    MarkThreadAsReadResponse = SuccessResponse
    MoveAccountsResponseStatus = SuccessStatus
    MoveLeadsRequestEsgCode = EsgCode
    MoveLeadsRequestEspCode = EspCode
    MoveLeadsRequestQuery = LeadQuery
    MoveLeadsRequestQueryActionType = QueryActionType
    MoveLeadsRequestQueryValues = QueryValues
    MoveLeadsRequestQueryValuesLeadStatus = QueryValuesLeadStatus
    MoveLeadsRequestQueryValuesLeadStatusCondition = QueryValuesLeadStatusCondition
    MoveLeadsRequestQueryValuesOccurrenceCount = QueryValuesOccurrenceCount
    MoveLeadsRequestQueryValuesOccurrenceCountCondition = QueryValuesOccurrenceCountCondition
    PatchAccountRequestWarmup = AccountWarmup
    PatchAccountRequestWarmupAdvanced = AccountWarmupAdvanced
    PatchAccountRequestWarmupIncrement = AccountWarmupIncrement
    PatchCampaignRequestAutoVariantSelect = AutoVariantSelect
    PatchCampaignRequestAutoVariantSelectTrigger = AutoVariantSelectTrigger
    PatchCampaignRequestCampaignSchedule = CampaignSchedule
    PatchCampaignRequestCampaignScheduleSchedule = ScheduleEntry
    PatchCampaignRequestCampaignScheduleScheduleDays = ScheduleDays
    PatchCampaignRequestCampaignScheduleScheduleTiming = ScheduleTiming
    PatchCampaignRequestLimitEmailsPerCompanyOverride = CampaignLimitEmailsPerCompanyOverride
    PatchCampaignRequestLimitEmailsPerCompanyOverrideMode = LimitEmailsPerCompanyOverrideMode
    PatchCampaignRequestLimitEmailsPerCompanyOverrideScope = LimitEmailsPerCompanyOverrideScope
    PatchCampaignRequestProviderRoutingRule = CampaignProviderRoutingRule
    PatchCampaignRequestProviderRoutingRuleAction = CampaignProviderRoutingRuleAction
    PatchCampaignRequestProviderRoutingRuleRecipientEspEnum = RoutingProvider
    PatchCampaignRequestProviderRoutingRuleSenderEspEnum = RoutingProvider
    PatchCampaignRequestSequence = CampaignSequence
    PatchCampaignRequestSequenceStep = SequenceStep
    PatchCampaignRequestSequenceStepDelayUnit = DelayUnit
    PatchCampaignRequestSequenceStepPreDelayUnit = DelayUnit
    PatchCampaignRequestSequenceStepType = SequenceStepType
    PatchCampaignRequestSequenceStepVariant = SequenceStepVariant
    PatchCampaignSubsequenceRequestAutoVariantSelect = AutoVariantSelect
    PatchCampaignSubsequenceRequestAutoVariantSelectTrigger = AutoVariantSelectTrigger
    PatchCampaignSubsequenceRequestConditions = CampaignSubsequenceConditions
    PatchCampaignSubsequenceRequestConditionsLeadActivityEnum = (
        SubsequenceConditionsLeadActivityItem
    )
    PatchCampaignSubsequenceRequestDailyLimitMode = CampaignSubsequenceDailyLimitMode
    PatchCampaignSubsequenceRequestSequence = CampaignSequence
    PatchCampaignSubsequenceRequestSequenceStep = SequenceStep
    PatchCampaignSubsequenceRequestSequenceStepDelayUnit = DelayUnit
    PatchCampaignSubsequenceRequestSequenceStepPreDelayUnit = DelayUnit
    PatchCampaignSubsequenceRequestSequenceStepType = SequenceStepType
    PatchCampaignSubsequenceRequestSequenceStepVariant = SequenceStepVariant
    PatchCampaignSubsequenceRequestSubsequenceSchedule = CampaignSchedule
    PatchCampaignSubsequenceRequestSubsequenceScheduleSchedule = ScheduleEntry
    PatchCampaignSubsequenceRequestSubsequenceScheduleScheduleDays = ScheduleDays
    PatchCampaignSubsequenceRequestSubsequenceScheduleScheduleTiming = ScheduleTiming
    PatchInboxPlacementTestRequestAutomation = InboxPlacementTestAutomation
    PatchInboxPlacementTestRequestAutomationThen = InboxPlacementTestAutomationThen
    PatchInboxPlacementTestRequestAutomationWhen = InboxPlacementTestAutomationWhen
    PatchInboxPlacementTestRequestAutomationWhenCondition = AutomationCondition
    PatchInboxPlacementTestRequestSchedule = InboxPlacementTestSchedule
    PatchInboxPlacementTestRequestScheduleTiming = InboxPlacementTestScheduleTiming
    PatchInboxPlacementTestRequestStatus = InboxPlacementTestStatus
    PatchLeadLabelRequestInterestStatusLabel = LeadLabelInterestStatusLabel
    PatchLeadRequestLtInterestStatus = LeadLtInterestStatus
    PatchWebhookRequestEventType = WebhookEventType
    PatchWorkspaceMemberRequestRole = WorkspaceMemberRole
    PreWarmedUpDomainsListRequestExtension = PreWarmedUpDomainsListExtension
    PreWarmedUpDomainsListResponseDomainsWithTypeItem = WarmedUpDomainsListDomainsWithTypeItem
    PreWarmedUpDomainsListResponseDomainsWithTypeItemAccountType = DFYEmailProvider
    PreviewLeadsFromSupersearchResponseLead = PreviewLeadsFromSupersearchLead
    ReplyToEmailRequestBody = EmailBody
    RunEnrichmentRequestFilter = RunEnrichmentFilter
    SalesFlowQuery = LeadQuery
    SalesFlowQueryActionType = QueryActionType
    SalesFlowQueryValues = QueryValues
    SalesFlowQueryValuesLeadStatus = QueryValuesLeadStatus
    SalesFlowQueryValuesLeadStatusCondition = QueryValuesLeadStatusCondition
    SalesFlowQueryValuesOccurrenceCount = QueryValuesOccurrenceCount
    SalesFlowQueryValuesOccurrenceCountCondition = QueryValuesOccurrenceCountCondition
    SendTestEmailRequestBody = SendTestEmailBody
    SignalKeywordsFacetResponseKeyword = SignalKeywordsFacetKeyword
    SuperSearchEnrichmentResourceType = EnrichmentResourceType
    SupersearchFiltersCompanyName = SupersearchTextFilter
    SupersearchFiltersDepartmentEnum = SupersearchFiltersDepartmentItem
    SupersearchFiltersEmployeeCount = SupersearchFiltersEmployeeCountItemEnum
    SupersearchFiltersEmployeeCount1 = SupersearchFiltersEmployeeCountItem
    SupersearchFiltersEmployeeCount2 = SupersearchFiltersEmployeeCountItem
    SupersearchFiltersEmployeeCount3 = SupersearchFiltersEmployeeCountItem
    SupersearchFiltersEmployeeCount4 = SupersearchFiltersEmployeeCountItem
    SupersearchFiltersEmployeeCount5 = SupersearchFiltersEmployeeCountItem
    SupersearchFiltersEmployeeCount6 = SupersearchFiltersEmployeeCountItem
    SupersearchFiltersFundingTypeEnum = SupersearchFiltersFundingTypeItem
    SupersearchFiltersIndustryExcludeEnum = SupersearchIndustry
    SupersearchFiltersIndustryIncludeEnum = SupersearchIndustry
    SupersearchFiltersKeywordFilterIncludeMode = KeywordIncludeMode
    SupersearchFiltersLevelEnum = SupersearchFiltersLevelItem
    SupersearchFiltersLocations4 = SupersearchTextFilter
    SupersearchFiltersRevenueEnum = SupersearchFiltersRevenueItem
    SupersearchFiltersSignals = SupersearchFiltersSignal
    SupersearchFiltersSubIndustryExcludeEnum = SupersearchSubIndustry
    SupersearchFiltersSubIndustryIncludeEnum = SupersearchSubIndustry
    SupersearchFiltersTitle = SupersearchTextFilter
    Tag = ListAccountItemTag
    TestAccountVitalsResponseFailureListItem = AccountVitalsResult
    TestAccountVitalsResponseSuccessListItem = AccountVitalsResult
    ToggleTagResourceRequestFilter = AccountFilter
    ToggleTagResourceRequestFilter1 = ToggleTagResourceFilter
    ToggleTagResourceRequestFilter1Filter = AccountFilter
    ToggleTagResourceRequestFilter1TagId = ToggleTagResourceFilterTagIdEnum
    ToggleTagResourceRequestResourceType = ResourceType
    ToggleTagResourceResponse = SuccessResponse
    UpdateEnrichmentSettingsForResourceRequest = UpdateEnrichmentSettingsRequest

_MODULE_OF: dict[str, str] = {
    "APIKey": "api_keys",
    "APIKeyScope": "api_keys",
    "Account": "accounts",
    "AccountCampaignMapping": "account_campaign_mappings",
    "AccountFilter": "shared",
    "AccountProviderCode": "accounts",
    "AccountStatus": "accounts",
    "AccountStatusMessage": "accounts",
    "AccountVitalsResult": "accounts",
    "AccountWarmup": "accounts",
    "AccountWarmupAdvanced": "accounts",
    "AccountWarmupIncrement": "accounts",
    "AccountWarmupStatus": "accounts",
    "AddVariablesRequest": "campaigns",
    "AddWorkspaceAgencyDomainRequest": "workspaces",
    "AuditLog": "audit_logs",
    "AuditLogActivityType": "audit_logs",
    "AuthenticationFailureResults": "inbox_placement_analytics",
    "AutoVariantSelect": "shared",
    "AutoVariantSelectTrigger": "shared",
    "AutomationCondition": "inbox_placement_tests",
    "BackgroundJob": "background_jobs",
    "BackgroundJobData": "background_jobs",
    "BackgroundJobEntityType": "background_jobs",
    "BackgroundJobStatus": "background_jobs",
    "BackgroundJobType": "background_jobs",
    "BillingInterval": "workspace_billing",
    "BlacklistReport": "inbox_placement_reports",
    "BlacklistReportDetail": "inbox_placement_reports",
    "BlockListEntry": "block_list_entries",
    "BulkAddLeadsCreatedLead": "leads",
    "BulkAddLeadsLead": "leads",
    "BulkAddLeadsRequest": "leads",
    "BulkAddLeadsResponse": "leads",
    "BulkAssignLeadsFilter": "leads",
    "BulkAssignLeadsRequest": "leads",
    "BulkAssignLeadsResponse": "leads",
    "BulkCreateBlockListEntriesRequest": "block_list_entries",
    "BulkCreateBlockListEntriesResponse": "block_list_entries",
    "BulkDeleteBlockListEntriesRequest": "block_list_entries",
    "BulkDeleteLeadsRequest": "leads",
    "BulkDeleteLeadsResponse": "leads",
    "CRMActions": "crm_actions",
    "Campaign": "campaigns",
    "CampaignDailyLimitStatus": "campaigns",
    "CampaignLimitEmailsPerCompanyOverride": "campaigns",
    "CampaignNotSendingStatus": "campaigns",
    "CampaignProviderRoutingRule": "campaigns",
    "CampaignProviderRoutingRuleAction": "campaigns",
    "CampaignSchedule": "shared",
    "CampaignSequence": "shared",
    "CampaignStatus": "shared",
    "CampaignSubsequence": "campaign_subsequences",
    "CampaignSubsequenceConditions": "campaign_subsequences",
    "CampaignSubsequenceDailyLimitMode": "campaign_subsequences",
    "CancelDFYEmailAccountsItem": "dfy_email_account_orders",
    "CancelDFYEmailAccountsRequest": "dfy_email_account_orders",
    "CancelDFYEmailAccountsResponse": "dfy_email_account_orders",
    "ChangeWorkspaceOwnerRequest": "workspaces",
    "CheckDomainsAvailabilityRequest": "dfy_email_account_orders",
    "CheckDomainsAvailabilityResponse": "dfy_email_account_orders",
    "CheckDomainsAvailabilityResult": "dfy_email_account_orders",
    "CountLaunchedResponse": "campaigns",
    "CountLeadsFromSupersearchRequest": "supersearch_enrichments",
    "CountLeadsFromSupersearchResponse": "supersearch_enrichments",
    "CountUnreadEmailsResponse": "emails",
    "CreateAIEnrichmentModelVersion": "supersearch_enrichments",
    "CreateAIEnrichmentRequest": "supersearch_enrichments",
    "CreateAIEnrichmentResponse": "supersearch_enrichments",
    "CreateAIEnrichmentStatus": "supersearch_enrichments",
    "CreateAPIKeyRequest": "api_keys",
    "CreateAccountRequest": "accounts",
    "CreateBlockListEntryRequest": "block_list_entries",
    "CreateCampaignRequest": "campaigns",
    "CreateCampaignSubsequenceRequest": "campaign_subsequences",
    "CreateCustomTagRequest": "custom_tags",
    "CreateDFYEmailAccountOrderInvalidAccount": "dfy_email_account_orders",
    "CreateDFYEmailAccountOrderItem": "dfy_email_account_orders",
    "CreateDFYEmailAccountOrderOrderError": "dfy_email_account_orders",
    "CreateDFYEmailAccountOrderOrderItem": "dfy_email_account_orders",
    "CreateDFYEmailAccountOrderOrderType": "dfy_email_account_orders",
    "CreateDFYEmailAccountOrderRequest": "dfy_email_account_orders",
    "CreateDFYEmailAccountOrderResponse": "dfy_email_account_orders",
    "CreateEmailVerificationRequest": "email_verifications",
    "CreateInboxPlacementTestRequest": "inbox_placement_tests",
    "CreateLeadLabelRequest": "lead_labels",
    "CreateLeadListRequest": "lead_lists",
    "CreateLeadRequest": "leads",
    "CreateSuperSearchEnrichmentRequest": "supersearch_enrichments",
    "CreateSuperSearchEnrichmentResponse": "supersearch_enrichments",
    "CreateWebhookRequest": "webhooks",
    "CreateWorkspaceGroupMemberRequest": "workspace_group_members",
    "CreateWorkspaceMemberRequest": "workspace_members",
    "CustomPromptTemplate": "campaigns",
    "CustomPromptTemplateCategory": "campaigns",
    "CustomPromptTemplateCreator": "campaigns",
    "CustomPromptTemplateCreatorPayload": "campaigns",
    "CustomPromptTemplateModelVersion": "campaigns",
    "CustomPromptTemplateProperty": "campaigns",
    "CustomPromptTemplateType": "campaigns",
    "CustomTag": "custom_tags",
    "CustomTagMapping": "custom_tag_mappings",
    "DFYEmailAccountOrder": "dfy_email_account_orders",
    "DFYEmailAccountOrderForwardingMode": "dfy_email_account_orders",
    "DFYEmailAccountOrderPaymentFailureReason": "dfy_email_account_orders",
    "DFYEmailProvider": "dfy_email_account_orders",
    "DelayUnit": "shared",
    "DeleteLeadLabelRequest": "lead_labels",
    "DeletePhoneNumberResponse": "crm_actions",
    "DeliverabilityInsight": "inbox_placement_analytics",
    "DeliverabilityInsightsRequest": "inbox_placement_analytics",
    "DisableWarmupForAccountsRequest": "accounts",
    "DomainUnavailableReason": "dfy_email_account_orders",
    "DuplicateRequest": "campaigns",
    "DuplicateSubsequenceRequest": "campaign_subsequences",
    "Email": "emails",
    "EmailAttachmentJson": "emails",
    "EmailAttachmentJsonFile": "emails",
    "EmailBody": "emails",
    "EmailTemplate": "emails",
    "EmailUeType": "emails",
    "EmailVerification": "email_verifications",
    "EmailVerificationStatus": "email_verifications",
    "EmailVerificationVerificationStatus": "email_verifications",
    "EnableWarmupForAccountsRequest": "accounts",
    "EnrichLeadsFromSupersearchRequest": "supersearch_enrichments",
    "EnrichLeadsFromSupersearchResourceType": "supersearch_enrichments",
    "EnrichLeadsFromSupersearchResponse": "supersearch_enrichments",
    "EnrichmentForResourceEnrichmentPayload": "supersearch_enrichments",
    "EnrichmentResourceType": "supersearch_enrichments",
    "EnrichmentStatus": "leads",
    "Error": "shared",
    "EsgCode": "leads",
    "EspCode": "leads",
    "ForwardEmailRequest": "emails",
    "GenerateSimilarDomainsRequest": "dfy_email_account_orders",
    "GenerateSimilarDomainsResponse": "dfy_email_account_orders",
    "GenerateSimilarDomainsTld": "dfy_email_account_orders",
    "GetAdminWorkspaceGroupMemberResponse": "workspace_group_members",
    "GetAiEnrichmentForResourceItem": "supersearch_enrichments",
    "GetCampaignAnalyticsItem": "campaigns",
    "GetCampaignAnalyticsOverviewResponse": "campaigns",
    "GetCampaignStepsAnalyticsItem": "campaigns",
    "GetCtdStatusResponse": "accounts",
    "GetDailyAccountAnalyticsItem": "accounts",
    "GetDailyCampaignAnalyticsItem": "campaigns",
    "GetEnrichmentForResourceResponse": "supersearch_enrichments",
    "GetEnrichmentHistoryItem": "supersearch_enrichments",
    "GetInboxPlacementTestESPOptionsItem": "inbox_placement_tests",
    "GetInboxPlacementTestMetadata": "inbox_placement_tests",
    "GetInboxPlacementTestMetadataCampaign": "inbox_placement_tests",
    "GetInboxPlacementTestMetadataTagsValue": "inbox_placement_tests",
    "GetInboxPlacementTestResponse": "inbox_placement_tests",
    "GetOAuthSessionStatusResponse": "oauth",
    "GetOAuthSessionStatusStatus": "oauth",
    "GetSubsequenceAnalyticsItem": "campaign_subsequences",
    "GetSubsequenceStepsAnalyticsItem": "campaign_subsequences",
    "GetVerificationStatsResponse": "lead_lists",
    "GetVerificationStatsStats": "lead_lists",
    "GetWarmupAnalyticsAggregateDataValue": "accounts",
    "GetWarmupAnalyticsEmailDateDataValue": "accounts",
    "GetWarmupAnalyticsRequest": "accounts",
    "GetWarmupAnalyticsResponse": "accounts",
    "GetWebhookEventsSummaryByDateItem": "webhook_events",
    "GetWebhookEventsSummaryByDateResponse": "webhook_events",
    "GetWebhookEventsSummaryResponse": "webhook_events",
    "GetWorkspaceDomainInfoResponse": "workspaces",
    "GetWorkspaceDomainInfoVerificationItem": "workspaces",
    "GetWorkspacePlanDetailsAddons": "workspace_billing",
    "GetWorkspacePlanDetailsAddonsCredits": "workspace_billing",
    "GetWorkspacePlanDetailsAddonsOutreach": "workspace_billing",
    "GetWorkspacePlanDetailsResponse": "workspace_billing",
    "GetWorkspacePlanDetailsSubscriptions": "workspace_billing",
    "GetWorkspaceSubscriptionDetailsResponse": "workspace_billing",
    "InboxPlacementAnalytics": "inbox_placement_analytics",
    "InboxPlacementAnalyticsRecipientGeo": "inbox_placement_analytics",
    "InboxPlacementAnalyticsRecipientType": "inbox_placement_analytics",
    "InboxPlacementAnalyticsRecordType": "inbox_placement_analytics",
    "InboxPlacementBlacklistAndSpamAssassinReport": "inbox_placement_reports",
    "InboxPlacementEsp": "inbox_placement_analytics",
    "InboxPlacementStatsByDate": "inbox_placement_analytics",
    "InboxPlacementStatsByDateRequest": "inbox_placement_analytics",
    "InboxPlacementStatsByTestId": "inbox_placement_analytics",
    "InboxPlacementStatsByTestIdRequest": "inbox_placement_analytics",
    "InboxPlacementTest": "inbox_placement_tests",
    "InboxPlacementTestAutomation": "inbox_placement_tests",
    "InboxPlacementTestAutomationThen": "inbox_placement_tests",
    "InboxPlacementTestAutomationWhen": "inbox_placement_tests",
    "InboxPlacementTestDeliveryMode": "inbox_placement_tests",
    "InboxPlacementTestNotSendingStatus": "inbox_placement_tests",
    "InboxPlacementTestSchedule": "inbox_placement_tests",
    "InboxPlacementTestScheduleTiming": "inbox_placement_tests",
    "InboxPlacementTestSendingMethod": "inbox_placement_tests",
    "InboxPlacementTestStatus": "inbox_placement_tests",
    "InboxPlacementTestType": "inbox_placement_tests",
    "InitOAuthResponse": "oauth",
    "KeywordIncludeMode": "supersearch_enrichments",
    "Lead": "leads",
    "LeadEsgCode": "leads",
    "LeadLabel": "lead_labels",
    "LeadLabelInterestStatusLabel": "lead_labels",
    "LeadList": "lead_lists",
    "LeadLtInterestStatus": "leads",
    "LeadPayload": "leads",
    "LeadQuery": "shared",
    "LeadStatus": "leads",
    "LeadStatusSummary": "leads",
    "LeadStatusSummaryLastStep": "leads",
    "LeadStatusSummarySubseq": "leads",
    "LeadUploadMethod": "leads",
    "LeadVerificationStatus": "leads",
    "LimitEmailsPerCompanyOverrideMode": "campaigns",
    "LimitEmailsPerCompanyOverrideScope": "campaigns",
    "ListAccountItem": "accounts",
    "ListAccountItemTag": "accounts",
    "ListDFYEmailAccountOrdersAccountsItem": "dfy_email_account_orders",
    "ListLeadsRequest": "leads",
    "ListPhoneNumbersItem": "crm_actions",
    "ListWebhookEventTypesEventType": "webhooks",
    "ListWebhookEventTypesResponse": "webhooks",
    "MergeLeadsRequest": "leads",
    "MonthlyPricingTier": "workspace_billing",
    "MoveAccountsRequest": "accounts",
    "MoveAccountsResponse": "accounts",
    "MoveLeadToSubsequenceRequest": "leads",
    "MoveLeadsRequest": "leads",
    "OrderItemAccount": "dfy_email_account_orders",
    "PatchAccountRequest": "accounts",
    "PatchBlockListEntryRequest": "block_list_entries",
    "PatchCampaignRequest": "campaigns",
    "PatchCampaignSubsequenceRequest": "campaign_subsequences",
    "PatchCustomTagRequest": "custom_tags",
    "PatchEmailRequest": "emails",
    "PatchInboxPlacementTestRequest": "inbox_placement_tests",
    "PatchLeadLabelRequest": "lead_labels",
    "PatchLeadListRequest": "lead_lists",
    "PatchLeadRequest": "leads",
    "PatchWebhookRequest": "webhooks",
    "PatchWorkspaceMemberRequest": "workspace_members",
    "PatchWorkspaceRequest": "workspaces",
    "PauseAccountsRequest": "accounts",
    "PauseAccountsResponse": "accounts",
    "PlanDetailsAddonsCreditsAnnualProductId": "workspace_billing",
    "PlanDetailsAddonsCreditsProductId": "workspace_billing",
    "PlanDetailsAddonsOutreachProductId": "workspace_billing",
    "PlanDetailsSubscriptionsBundleProductId": "workspace_billing",
    "PlanDetailsSubscriptionsCreditsProductId": "workspace_billing",
    "PlanDetailsSubscriptionsOutreach": "workspace_billing",
    "PlanSubscription": "workspace_billing",
    "PreWarmedUpDomainsListExtension": "dfy_email_account_orders",
    "PreWarmedUpDomainsListRequest": "dfy_email_account_orders",
    "PreWarmedUpDomainsListResponse": "dfy_email_account_orders",
    "PreviewLeadsFromSupersearchLead": "supersearch_enrichments",
    "PreviewLeadsFromSupersearchRequest": "supersearch_enrichments",
    "PreviewLeadsFromSupersearchResponse": "supersearch_enrichments",
    "ProductId": "workspace_billing",
    "QueryActionType": "shared",
    "QueryValues": "shared",
    "QueryValuesLeadStatus": "shared",
    "QueryValuesLeadStatusCondition": "shared",
    "QueryValuesOccurrenceCount": "shared",
    "QueryValuesOccurrenceCountCondition": "shared",
    "RemoveLeadFromSubsequenceRequest": "leads",
    "ReplyToEmailRequest": "emails",
    "ResourceType": "shared",
    "RoutingProvider": "campaigns",
    "RunEnrichmentFilter": "supersearch_enrichments",
    "RunEnrichmentRequest": "supersearch_enrichments",
    "RunEnrichmentResponse": "supersearch_enrichments",
    "SalesFlow": "campaigns",
    "ScheduleDays": "shared",
    "ScheduleEntry": "shared",
    "ScheduleTiming": "shared",
    "SearchByContactResponse": "campaigns",
    "SearchEnrichmentIntegrationActionsValue": "supersearch_enrichments",
    "SendTestEmailBody": "emails",
    "SendTestEmailFailure": "emails",
    "SendTestEmailFailureError": "emails",
    "SendTestEmailRequest": "emails",
    "SendTestEmailResponse": "emails",
    "SendingStatusDiagnostics": "campaigns",
    "SendingStatusDiagnosticsAccountsSummary": "campaigns",
    "SendingStatusDiagnosticsDomainLimiter": "campaigns",
    "SendingStatusDiagnosticsEspRoutingStatus": "campaigns",
    "SendingStatusDiagnosticsFollowUpsWaiting": "campaigns",
    "SendingStatusDiagnosticsIssueTracking": "campaigns",
    "SendingStatusDiagnosticsLeadsStatus": "campaigns",
    "SendingStatusDiagnosticsNewLeadLimit": "campaigns",
    "SendingStatusDiagnosticsScheduleStatus": "campaigns",
    "SendingStatusDiagnosticsSendOneByOne": "campaigns",
    "SendingStatusDiagnosticsStatus": "campaigns",
    "SendingStatusResponse": "campaigns",
    "SendingStatusSummary": "campaigns",
    "SequenceStep": "shared",
    "SequenceStepType": "shared",
    "SequenceStepVariant": "shared",
    "SignalKeywordsFacetKeyword": "supersearch_enrichments",
    "SignalKeywordsFacetRequest": "supersearch_enrichments",
    "SignalKeywordsFacetResponse": "supersearch_enrichments",
    "SpamAssassinReport": "inbox_placement_reports",
    "SpamAssassinReportItem": "inbox_placement_reports",
    "SubscriptionDetailsSubscriptionInterval": "workspace_billing",
    "SubscriptionDetailsSubscriptionPlanType": "workspace_billing",
    "SubscriptionProductType": "workspace_billing",
    "SubsequenceConditionsLeadActivityItem": "campaign_subsequences",
    "SuccessResponse": "emails",
    "SuccessStatus": "shared",
    "SuperSearchEnrichment": "supersearch_enrichments",
    "SuperSearchEnrichmentEnrichmentPayload": "supersearch_enrichments",
    "SuperSearchEnrichmentType": "supersearch_enrichments",
    "SupersearchFilters": "supersearch_enrichments",
    "SupersearchFiltersDepartmentItem": "supersearch_enrichments",
    "SupersearchFiltersEmployeeCountItem": "supersearch_enrichments",
    "SupersearchFiltersEmployeeCountItemEnum": "supersearch_enrichments",
    "SupersearchFiltersEmployeeCountItemOp": "supersearch_enrichments",
    "SupersearchFiltersFundingTypeItem": "supersearch_enrichments",
    "SupersearchFiltersIndustry": "supersearch_enrichments",
    "SupersearchFiltersKeywordFilter": "supersearch_enrichments",
    "SupersearchFiltersLevelItem": "supersearch_enrichments",
    "SupersearchFiltersLocation": "supersearch_enrichments",
    "SupersearchFiltersLocationMode": "supersearch_enrichments",
    "SupersearchFiltersLocations": "supersearch_enrichments",
    "SupersearchFiltersNew": "supersearch_enrichments",
    "SupersearchFiltersRevenueItem": "supersearch_enrichments",
    "SupersearchFiltersSignal": "supersearch_enrichments",
    "SupersearchFiltersSubIndustry": "supersearch_enrichments",
    "SupersearchIndustry": "supersearch_enrichments",
    "SupersearchSubIndustry": "supersearch_enrichments",
    "SupersearchTextFilter": "supersearch_enrichments",
    "TestAccountVitalsRequest": "accounts",
    "TestAccountVitalsResponse": "accounts",
    "TestAiReplyLabelLeadLabelsRequest": "lead_labels",
    "TestAiReplyLabelLeadLabelsResponse": "lead_labels",
    "TestWebhookResponse": "webhooks",
    "Timezone": "shared",
    "ToggleTagResourceFilter": "custom_tags",
    "ToggleTagResourceFilterTagIdEnum": "custom_tags",
    "ToggleTagResourceRequest": "custom_tags",
    "UnavailableAccounts": "campaigns",
    "UpdateEnrichmentSettingsRequest": "supersearch_enrichments",
    "UpdateLeadInterestStatusRequest": "leads",
    "UpdateLeadInterestStatusResponse": "leads",
    "WarmedUpDomainsListDomainsWithTypeItem": "dfy_email_account_orders",
    "WarmupForAccountsFilter": "accounts",
    "Webhook": "webhooks",
    "WebhookEvent": "webhook_events",
    "WebhookEventType": "webhooks",
    "Workspace": "workspaces",
    "WorkspaceBilling": "workspace_billing",
    "WorkspaceGroupMember": "workspace_group_members",
    "WorkspaceGroupMemberStatus": "workspace_group_members",
    "WorkspaceMember": "workspace_members",
    "WorkspaceMemberName": "shared",
    "WorkspaceMemberPermission": "workspace_members",
    "WorkspaceMemberRole": "workspace_members",
    "WorkspacePlanDetailsSubscriptionsBundle": "workspace_billing",
    "WorkspacePlanDetailsSubscriptionsCredits": "workspace_billing",
    "WorkspacePlanIdVerification": "workspaces",
    "WorkspaceSubscriptionDetailsSubscription": "workspace_billing",
}

# Names of earlier releases, kept for one release: old name -> current name.
_RENAMED: dict[str, str] = {
    "AccountCampaignMappingStatus": "CampaignStatus",
    "BulkAddLeadsRequestLead": "BulkAddLeadsLead",
    "BulkAddLeadsRequestLeadLtInterestStatus": "LeadLtInterestStatus",
    "BulkAddLeadsResponseCreatedLead": "BulkAddLeadsCreatedLead",
    "BulkAssignLeadsRequestFilter": "BulkAssignLeadsFilter",
    "BulkAssignLeadsRequestQuery": "LeadQuery",
    "BulkAssignLeadsRequestQueryActionType": "QueryActionType",
    "BulkAssignLeadsRequestQueryValues": "QueryValues",
    "BulkAssignLeadsRequestQueryValuesLeadStatus": "QueryValuesLeadStatus",
    "BulkAssignLeadsRequestQueryValuesLeadStatusCondition": "QueryValuesLeadStatusCondition",
    "BulkAssignLeadsRequestQueryValuesOccurrenceCount": "QueryValuesOccurrenceCount",
    "BulkAssignLeadsRequestQueryValuesOccurrenceCountCondition": "QueryValuesOccurrenceCountCondition",
    "BulkDeleteLeadsRequestBulkDeleteLeadsRequest": "BulkDeleteLeadsRequest",
    "BulkDeleteLeadsRequestBulkDeleteLeadsRequest1": "BulkDeleteLeadsRequest",
    "BulkDeleteLeadsRequestBulkDeleteLeadsRequest1Status": "LeadStatus",
    "BulkDeleteLeadsRequestBulkDeleteLeadsRequestStatus": "LeadStatus",
    "CampaignAutoVariantSelect": "AutoVariantSelect",
    "CampaignAutoVariantSelectTrigger": "AutoVariantSelectTrigger",
    "CampaignCampaignSchedule": "CampaignSchedule",
    "CampaignCampaignScheduleSchedule": "ScheduleEntry",
    "CampaignCampaignScheduleScheduleDays": "ScheduleDays",
    "CampaignCampaignScheduleScheduleTiming": "ScheduleTiming",
    "CampaignLimitEmailsPerCompanyOverrideMode": "LimitEmailsPerCompanyOverrideMode",
    "CampaignLimitEmailsPerCompanyOverrideScope": "LimitEmailsPerCompanyOverrideScope",
    "CampaignProviderRoutingRuleRecipientEspEnum": "RoutingProvider",
    "CampaignProviderRoutingRuleSenderEspEnum": "RoutingProvider",
    "CampaignSequenceStep": "SequenceStep",
    "CampaignSequenceStepDelayUnit": "DelayUnit",
    "CampaignSequenceStepPreDelayUnit": "DelayUnit",
    "CampaignSequenceStepType": "SequenceStepType",
    "CampaignSequenceStepVariant": "SequenceStepVariant",
    "CampaignSubsequenceAutoVariantSelect": "AutoVariantSelect",
    "CampaignSubsequenceAutoVariantSelectTrigger": "AutoVariantSelectTrigger",
    "CampaignSubsequenceConditionsLeadActivityEnum": "SubsequenceConditionsLeadActivityItem",
    "CampaignSubsequenceSequence": "CampaignSequence",
    "CampaignSubsequenceSequenceStep": "SequenceStep",
    "CampaignSubsequenceSequenceStepDelayUnit": "DelayUnit",
    "CampaignSubsequenceSequenceStepPreDelayUnit": "DelayUnit",
    "CampaignSubsequenceSequenceStepType": "SequenceStepType",
    "CampaignSubsequenceSequenceStepVariant": "SequenceStepVariant",
    "CampaignSubsequenceStatus": "CampaignStatus",
    "CampaignSubsequenceSubsequenceSchedule": "CampaignSchedule",
    "CampaignSubsequenceSubsequenceScheduleSchedule": "ScheduleEntry",
    "CampaignSubsequenceSubsequenceScheduleScheduleDays": "ScheduleDays",
    "CampaignSubsequenceSubsequenceScheduleScheduleTiming": "ScheduleTiming",
    "CancelDFYEmailAccountsResponseItem": "CancelDFYEmailAccountsItem",
    "CancelDFYEmailAccountsResponseItemEmailProvider": "DFYEmailProvider",
    "CheckDomainsAvailabilityResponseResult": "CheckDomainsAvailabilityResult",
    "CheckDomainsAvailabilityResponseResultUnavailableReason": "DomainUnavailableReason",
    "CreateAIEnrichmentRequestModelVersion": "CreateAIEnrichmentModelVersion",
    "CreateAIEnrichmentRequestResourceType": "ResourceType",
    "CreateAIEnrichmentRequestStatus": "CreateAIEnrichmentStatus",
    "CreateAccountRequestProviderCode": "AccountProviderCode",
    "CreateAccountRequestWarmup": "AccountWarmup",
    "CreateAccountRequestWarmupAdvanced": "AccountWarmupAdvanced",
    "CreateAccountRequestWarmupIncrement": "AccountWarmupIncrement",
    "CreateCampaignRequestAutoVariantSelect": "AutoVariantSelect",
    "CreateCampaignRequestAutoVariantSelectTrigger": "AutoVariantSelectTrigger",
    "CreateCampaignRequestCampaignSchedule": "CampaignSchedule",
    "CreateCampaignRequestCampaignScheduleSchedule": "ScheduleEntry",
    "CreateCampaignRequestCampaignScheduleScheduleDays": "ScheduleDays",
    "CreateCampaignRequestCampaignScheduleScheduleTiming": "ScheduleTiming",
    "CreateCampaignRequestLimitEmailsPerCompanyOverride": "CampaignLimitEmailsPerCompanyOverride",
    "CreateCampaignRequestLimitEmailsPerCompanyOverrideMode": "LimitEmailsPerCompanyOverrideMode",
    "CreateCampaignRequestLimitEmailsPerCompanyOverrideScope": "LimitEmailsPerCompanyOverrideScope",
    "CreateCampaignRequestProviderRoutingRule": "CampaignProviderRoutingRule",
    "CreateCampaignRequestProviderRoutingRuleAction": "CampaignProviderRoutingRuleAction",
    "CreateCampaignRequestProviderRoutingRuleRecipientEspEnum": "RoutingProvider",
    "CreateCampaignRequestProviderRoutingRuleSenderEspEnum": "RoutingProvider",
    "CreateCampaignRequestSequence": "CampaignSequence",
    "CreateCampaignRequestSequenceStep": "SequenceStep",
    "CreateCampaignRequestSequenceStepDelayUnit": "DelayUnit",
    "CreateCampaignRequestSequenceStepPreDelayUnit": "DelayUnit",
    "CreateCampaignRequestSequenceStepType": "SequenceStepType",
    "CreateCampaignRequestSequenceStepVariant": "SequenceStepVariant",
    "CreateCampaignSubsequenceRequestAutoVariantSelect": "AutoVariantSelect",
    "CreateCampaignSubsequenceRequestAutoVariantSelectTrigger": "AutoVariantSelectTrigger",
    "CreateCampaignSubsequenceRequestConditions": "CampaignSubsequenceConditions",
    "CreateCampaignSubsequenceRequestConditionsLeadActivityEnum": "SubsequenceConditionsLeadActivityItem",
    "CreateCampaignSubsequenceRequestDailyLimitMode": "CampaignSubsequenceDailyLimitMode",
    "CreateCampaignSubsequenceRequestSequence": "CampaignSequence",
    "CreateCampaignSubsequenceRequestSequenceStep": "SequenceStep",
    "CreateCampaignSubsequenceRequestSequenceStepDelayUnit": "DelayUnit",
    "CreateCampaignSubsequenceRequestSequenceStepPreDelayUnit": "DelayUnit",
    "CreateCampaignSubsequenceRequestSequenceStepType": "SequenceStepType",
    "CreateCampaignSubsequenceRequestSequenceStepVariant": "SequenceStepVariant",
    "CreateCampaignSubsequenceRequestSubsequenceSchedule": "CampaignSchedule",
    "CreateCampaignSubsequenceRequestSubsequenceScheduleSchedule": "ScheduleEntry",
    "CreateCampaignSubsequenceRequestSubsequenceScheduleScheduleDays": "ScheduleDays",
    "CreateCampaignSubsequenceRequestSubsequenceScheduleScheduleTiming": "ScheduleTiming",
    "CreateDFYEmailAccountOrderRequestItem": "CreateDFYEmailAccountOrderItem",
    "CreateDFYEmailAccountOrderRequestItemAccount": "OrderItemAccount",
    "CreateDFYEmailAccountOrderRequestItemEmailProvider": "DFYEmailProvider",
    "CreateDFYEmailAccountOrderRequestOrderType": "CreateDFYEmailAccountOrderOrderType",
    "CreateDFYEmailAccountOrderResponseInvalidAccount": "CreateDFYEmailAccountOrderInvalidAccount",
    "CreateDFYEmailAccountOrderResponseOrderError": "CreateDFYEmailAccountOrderOrderError",
    "CreateDFYEmailAccountOrderResponseOrderItem": "CreateDFYEmailAccountOrderOrderItem",
    "CreateDFYEmailAccountOrderResponseOrderItemAccount": "OrderItemAccount",
    "CreateDFYEmailAccountOrderResponseOrderItemEmailProvider": "DFYEmailProvider",
    "CreateDFYEmailAccountOrderResponsePaymentFailureReason": "DFYEmailAccountOrderPaymentFailureReason",
    "CreateDFYEmailAccountOrderResponseUnavailableEmailProvider": "DFYEmailProvider",
    "CreateInboxPlacementTestRequestAutomation": "InboxPlacementTestAutomation",
    "CreateInboxPlacementTestRequestAutomationThen": "InboxPlacementTestAutomationThen",
    "CreateInboxPlacementTestRequestAutomationWhen": "InboxPlacementTestAutomationWhen",
    "CreateInboxPlacementTestRequestAutomationWhenCondition": "AutomationCondition",
    "CreateInboxPlacementTestRequestDeliveryMode": "InboxPlacementTestDeliveryMode",
    "CreateInboxPlacementTestRequestNotSendingStatus": "InboxPlacementTestNotSendingStatus",
    "CreateInboxPlacementTestRequestRecipientsLabel": "GetInboxPlacementTestESPOptionsItem",
    "CreateInboxPlacementTestRequestSchedule": "InboxPlacementTestSchedule",
    "CreateInboxPlacementTestRequestScheduleTiming": "InboxPlacementTestScheduleTiming",
    "CreateInboxPlacementTestRequestSendingMethod": "InboxPlacementTestSendingMethod",
    "CreateInboxPlacementTestRequestStatus": "InboxPlacementTestStatus",
    "CreateInboxPlacementTestRequestType": "ResourceType",
    "CreateLeadLabelRequestInterestStatusLabel": "LeadLabelInterestStatusLabel",
    "CreateLeadRequestLtInterestStatus": "LeadLtInterestStatus",
    "CreateSuperSearchEnrichmentRequestIntegrationActions": "SearchEnrichmentIntegrationActionsValue",
    "CreateSuperSearchEnrichmentRequestType": "SuperSearchEnrichmentType",
    "CreateSuperSearchEnrichmentResponseEnrichmentPayload": "SuperSearchEnrichmentEnrichmentPayload",
    "CreateWebhookRequestEventType": "WebhookEventType",
    "CreateWorkspaceMemberRequestPermission": "WorkspaceMemberPermission",
    "CreateWorkspaceMemberRequestRole": "WorkspaceMemberRole",
    "CreateblukBlockListEntryRequest": "BulkCreateBlockListEntriesRequest",
    "CreateblukBlockListEntryResponse": "BulkCreateBlockListEntriesResponse",
    "CustomPromptTemplateCreatorPayloadName": "WorkspaceMemberName",
    "CustomPromptTemplateTemplateType": "CustomPromptTemplateType",
    "CustomTagMappingResourceType": "ResourceType",
    "DeletebulkBlockListEntryRequest": "BulkDeleteBlockListEntriesRequest",
    "DisableWarmupForAccountsRequestFilter": "WarmupForAccountsFilter",
    "DisableWarmupForAccountsRequestFilterFilter": "AccountFilter",
    "EnableWarmupForAccountsRequestFilter": "WarmupForAccountsFilter",
    "EnableWarmupForAccountsRequestFilterFilter": "AccountFilter",
    "EnrichLeadsFromSupersearchRequestSignalEnrichment": "SupersearchFiltersSignal",
    "EnrichLeadsFromSupersearchResponseResourceType": "ResourceType",
    "ForwardEmailRequestForwardEmailRequest": "ForwardEmailRequest",
    "ForwardEmailRequestForwardEmailRequest1": "ForwardEmailRequest",
    "ForwardEmailRequestForwardEmailRequest1Body": "EmailBody",
    "ForwardEmailRequestForwardEmailRequestBody": "EmailBody",
    "ForwardEmailRequestForwardEmailRequestBody1": "EmailBody",
    "GenerateSimilarDomainsRequestTld": "GenerateSimilarDomainsTld",
    "GetCampaignSendingStatusResponse": "SendingStatusResponse",
    "GetCampaignSendingStatusResponseDiagnostics": "SendingStatusDiagnostics",
    "GetCampaignSendingStatusResponseDiagnosticsAccountsSummary": "SendingStatusDiagnosticsAccountsSummary",
    "GetCampaignSendingStatusResponseDiagnosticsAccountsSummaryUnavailable": "UnavailableAccounts",
    "GetCampaignSendingStatusResponseDiagnosticsCampaignDailyLimit": "CampaignDailyLimitStatus",
    "GetCampaignSendingStatusResponseDiagnosticsDomainLimiter": "SendingStatusDiagnosticsDomainLimiter",
    "GetCampaignSendingStatusResponseDiagnosticsEspRoutingStatus": "SendingStatusDiagnosticsEspRoutingStatus",
    "GetCampaignSendingStatusResponseDiagnosticsFollowUpsWaiting": "SendingStatusDiagnosticsFollowUpsWaiting",
    "GetCampaignSendingStatusResponseDiagnosticsIssueTracking": "SendingStatusDiagnosticsIssueTracking",
    "GetCampaignSendingStatusResponseDiagnosticsLeadsStatus": "SendingStatusDiagnosticsLeadsStatus",
    "GetCampaignSendingStatusResponseDiagnosticsNewLeadLimit": "SendingStatusDiagnosticsNewLeadLimit",
    "GetCampaignSendingStatusResponseDiagnosticsScheduleStatus": "SendingStatusDiagnosticsScheduleStatus",
    "GetCampaignSendingStatusResponseDiagnosticsSendOneByOne": "SendingStatusDiagnosticsSendOneByOne",
    "GetCampaignSendingStatusResponseDiagnosticsStatus": "SendingStatusDiagnosticsStatus",
    "GetCampaignSendingStatusResponseSummary": "SendingStatusSummary",
    "GetEnrichmentForResourceResponseEnrichmentPayload": "EnrichmentForResourceEnrichmentPayload",
    "GetInboxPlacementAnalyticsDeliverabilityInsightsItem": "DeliverabilityInsight",
    "GetInboxPlacementAnalyticsDeliverabilityInsightsItemRecipientEsp": "InboxPlacementEsp",
    "GetInboxPlacementAnalyticsDeliverabilityInsightsItemSenderEsp": "InboxPlacementEsp",
    "GetInboxPlacementAnalyticsDeliverabilityInsightsRequest": "DeliverabilityInsightsRequest",
    "GetInboxPlacementAnalyticsDeliverabilityInsightsRequestRecipientEspEnum": "InboxPlacementEsp",
    "GetInboxPlacementAnalyticsDeliverabilityInsightsRequestRecipientGeoEnum": "EmailUeType",
    "GetInboxPlacementAnalyticsDeliverabilityInsightsRequestRecipientTypeEnum": "ResourceType",
    "GetInboxPlacementAnalyticsStatsByDateItem": "InboxPlacementStatsByDate",
    "GetInboxPlacementAnalyticsStatsByDateRequest": "InboxPlacementStatsByDateRequest",
    "GetInboxPlacementAnalyticsStatsByDateRequestRecipientEspEnum": "InboxPlacementEsp",
    "GetInboxPlacementAnalyticsStatsByDateRequestRecipientGeoEnum": "EmailUeType",
    "GetInboxPlacementAnalyticsStatsByDateRequestRecipientTypeEnum": "ResourceType",
    "GetInboxPlacementAnalyticsStatsByTestIdItem": "InboxPlacementStatsByTestId",
    "GetInboxPlacementAnalyticsStatsByTestIdRequest": "InboxPlacementStatsByTestIdRequest",
    "GetInboxPlacementAnalyticsStatsByTestIdRequestRecipientEspEnum": "InboxPlacementEsp",
    "GetInboxPlacementAnalyticsStatsByTestIdRequestRecipientGeoEnum": "EmailUeType",
    "GetInboxPlacementAnalyticsStatsByTestIdRequestRecipientTypeEnum": "ResourceType",
    "GetInboxPlacementTestResponseAutomation": "InboxPlacementTestAutomation",
    "GetInboxPlacementTestResponseAutomationThen": "InboxPlacementTestAutomationThen",
    "GetInboxPlacementTestResponseAutomationWhen": "InboxPlacementTestAutomationWhen",
    "GetInboxPlacementTestResponseAutomationWhenCondition": "AutomationCondition",
    "GetInboxPlacementTestResponseDeliveryMode": "InboxPlacementTestDeliveryMode",
    "GetInboxPlacementTestResponseMetadata": "GetInboxPlacementTestMetadata",
    "GetInboxPlacementTestResponseMetadataCampaign": "GetInboxPlacementTestMetadataCampaign",
    "GetInboxPlacementTestResponseMetadataTags": "GetInboxPlacementTestMetadataTagsValue",
    "GetInboxPlacementTestResponseNotSendingStatus": "InboxPlacementTestNotSendingStatus",
    "GetInboxPlacementTestResponseRecipientsLabel": "GetInboxPlacementTestESPOptionsItem",
    "GetInboxPlacementTestResponseSchedule": "InboxPlacementTestSchedule",
    "GetInboxPlacementTestResponseScheduleTiming": "InboxPlacementTestScheduleTiming",
    "GetInboxPlacementTestResponseSendingMethod": "InboxPlacementTestSendingMethod",
    "GetInboxPlacementTestResponseStatus": "InboxPlacementTestStatus",
    "GetInboxPlacementTestResponseType": "ResourceType",
    "GetOAuthSessionStatusResponseStatus": "GetOAuthSessionStatusStatus",
    "GetSubsequenceSendingStatusResponse": "SendingStatusResponse",
    "GetSubsequenceSendingStatusResponseDiagnostics": "SendingStatusDiagnostics",
    "GetSubsequenceSendingStatusResponseDiagnosticsAccountsSummary": "SendingStatusDiagnosticsAccountsSummary",
    "GetSubsequenceSendingStatusResponseDiagnosticsAccountsSummaryUnavailable": "UnavailableAccounts",
    "GetSubsequenceSendingStatusResponseDiagnosticsCampaignDailyLimit": "CampaignDailyLimitStatus",
    "GetSubsequenceSendingStatusResponseDiagnosticsDomainLimiter": "SendingStatusDiagnosticsDomainLimiter",
    "GetSubsequenceSendingStatusResponseDiagnosticsEspRoutingStatus": "SendingStatusDiagnosticsEspRoutingStatus",
    "GetSubsequenceSendingStatusResponseDiagnosticsFollowUpsWaiting": "SendingStatusDiagnosticsFollowUpsWaiting",
    "GetSubsequenceSendingStatusResponseDiagnosticsIssueTracking": "SendingStatusDiagnosticsIssueTracking",
    "GetSubsequenceSendingStatusResponseDiagnosticsLeadsStatus": "SendingStatusDiagnosticsLeadsStatus",
    "GetSubsequenceSendingStatusResponseDiagnosticsNewLeadLimit": "SendingStatusDiagnosticsNewLeadLimit",
    "GetSubsequenceSendingStatusResponseDiagnosticsScheduleStatus": "SendingStatusDiagnosticsScheduleStatus",
    "GetSubsequenceSendingStatusResponseDiagnosticsSendOneByOne": "SendingStatusDiagnosticsSendOneByOne",
    "GetSubsequenceSendingStatusResponseDiagnosticsStatus": "SendingStatusDiagnosticsStatus",
    "GetSubsequenceSendingStatusResponseSummary": "SendingStatusSummary",
    "GetVerificationStatsResponseStats": "GetVerificationStatsStats",
    "GetWarmupAnalyticsResponseAggregateData": "GetWarmupAnalyticsAggregateDataValue",
    "GetWarmupAnalyticsResponseEmailDateData": "GetWarmupAnalyticsEmailDateDataValue",
    "GetWebhookEventsSummaryByDateResponseItem": "GetWebhookEventsSummaryByDateItem",
    "GetWorkspaceDomainInfoResponseVerificationItem": "GetWorkspaceDomainInfoVerificationItem",
    "GetWorkspacePlanDetailsResponseAddons": "GetWorkspacePlanDetailsAddons",
    "GetWorkspacePlanDetailsResponseAddonsCredits": "GetWorkspacePlanDetailsAddonsCredits",
    "GetWorkspacePlanDetailsResponseAddonsCreditsAnnualProductId": "PlanDetailsAddonsCreditsAnnualProductId",
    "GetWorkspacePlanDetailsResponseAddonsCreditsInterval": "BillingInterval",
    "GetWorkspacePlanDetailsResponseAddonsCreditsProductId": "PlanDetailsAddonsCreditsProductId",
    "GetWorkspacePlanDetailsResponseAddonsOutreach": "GetWorkspacePlanDetailsAddonsOutreach",
    "GetWorkspacePlanDetailsResponseAddonsOutreachInterval": "BillingInterval",
    "GetWorkspacePlanDetailsResponseAddonsOutreachMonthlyPricingTier": "MonthlyPricingTier",
    "GetWorkspacePlanDetailsResponseAddonsOutreachProductId": "PlanDetailsAddonsOutreachProductId",
    "GetWorkspacePlanDetailsResponseSubscriptions": "GetWorkspacePlanDetailsSubscriptions",
    "GetWorkspacePlanDetailsResponseSubscriptionsBundle": "WorkspacePlanDetailsSubscriptionsBundle",
    "GetWorkspacePlanDetailsResponseSubscriptionsBundleInterval": "BillingInterval",
    "GetWorkspacePlanDetailsResponseSubscriptionsBundleProductId": "PlanDetailsSubscriptionsBundleProductId",
    "GetWorkspacePlanDetailsResponseSubscriptionsCredits": "WorkspacePlanDetailsSubscriptionsCredits",
    "GetWorkspacePlanDetailsResponseSubscriptionsCreditsInterval": "BillingInterval",
    "GetWorkspacePlanDetailsResponseSubscriptionsCreditsProductId": "PlanDetailsSubscriptionsCreditsProductId",
    "GetWorkspacePlanDetailsResponseSubscriptionsCrm": "PlanSubscription",
    "GetWorkspacePlanDetailsResponseSubscriptionsCrmInterval": "BillingInterval",
    "GetWorkspacePlanDetailsResponseSubscriptionsInboxPlacement": "PlanSubscription",
    "GetWorkspacePlanDetailsResponseSubscriptionsInboxPlacementInterval": "BillingInterval",
    "GetWorkspacePlanDetailsResponseSubscriptionsOutreach": "PlanDetailsSubscriptionsOutreach",
    "GetWorkspacePlanDetailsResponseSubscriptionsOutreachInterval": "BillingInterval",
    "GetWorkspacePlanDetailsResponseSubscriptionsOutreachProductId": "ProductId",
    "GetWorkspacePlanDetailsResponseSubscriptionsWebsiteVisitors": "PlanSubscription",
    "GetWorkspacePlanDetailsResponseSubscriptionsWebsiteVisitorsInterval": "BillingInterval",
    "GetWorkspaceSubscriptionDetailsResponseSubscription": "WorkspaceSubscriptionDetailsSubscription",
    "GetWorkspaceSubscriptionDetailsResponseSubscriptionInterval": "SubscriptionDetailsSubscriptionInterval",
    "GetWorkspaceSubscriptionDetailsResponseSubscriptionPlanType": "SubscriptionDetailsSubscriptionPlanType",
    "GetWorkspaceSubscriptionDetailsResponseSubscriptionProductId": "ProductId",
    "GetWorkspaceSubscriptionDetailsResponseSubscriptionProductType": "SubscriptionProductType",
    "InboxPlacementAnalyticsAuthenticationFailureResults": "AuthenticationFailureResults",
    "InboxPlacementAnalyticsRecipientEsp": "InboxPlacementEsp",
    "InboxPlacementAnalyticsSenderEsp": "InboxPlacementEsp",
    "InboxPlacementBlacklistAndSpamAssassinReportBlacklistReport": "BlacklistReport",
    "InboxPlacementBlacklistAndSpamAssassinReportBlacklistReportDetail": "BlacklistReportDetail",
    "InboxPlacementBlacklistAndSpamAssassinReportSpamAssassinReport": "SpamAssassinReport",
    "InboxPlacementBlacklistAndSpamAssassinReportSpamAssassinReportReportItem": "SpamAssassinReportItem",
    "InboxPlacementTestAutomationWhenCondition": "AutomationCondition",
    "InboxPlacementTestRecipientsLabel": "GetInboxPlacementTestESPOptionsItem",
    "InitGoogleOAuthResponse": "InitOAuthResponse",
    "InitMicrosoftOAuthResponse": "InitOAuthResponse",
    "LeadEnrichmentStatus": "EnrichmentStatus",
    "LeadEspCode": "EspCode",
    "ListDFYEmailAccountOrdersAccountsItemEmailProvider": "DFYEmailProvider",
    "ListLeadsRequestEnrichmentStatus": "EnrichmentStatus",
    "ListLeadsRequestEsgCode": "EsgCode",
    "ListLeadsRequestQuery": "LeadQuery",
    "ListLeadsRequestQueryActionType": "QueryActionType",
    "ListLeadsRequestQueryValues": "QueryValues",
    "ListLeadsRequestQueryValuesLeadStatus": "QueryValuesLeadStatus",
    "ListLeadsRequestQueryValuesLeadStatusCondition": "QueryValuesLeadStatusCondition",
    "ListLeadsRequestQueryValuesOccurrenceCount": "QueryValuesOccurrenceCount",
    "ListLeadsRequestQueryValuesOccurrenceCountCondition": "QueryValuesOccurrenceCountCondition",
    "ListWebhookEventTypesResponseEventType": "ListWebhookEventTypesEventType",
    "MarkThreadAsReadResponse": "SuccessResponse",
    "MoveAccountsResponseStatus": "SuccessStatus",
    "MoveLeadsRequestEsgCode": "EsgCode",
    "MoveLeadsRequestEspCode": "EspCode",
    "MoveLeadsRequestQuery": "LeadQuery",
    "MoveLeadsRequestQueryActionType": "QueryActionType",
    "MoveLeadsRequestQueryValues": "QueryValues",
    "MoveLeadsRequestQueryValuesLeadStatus": "QueryValuesLeadStatus",
    "MoveLeadsRequestQueryValuesLeadStatusCondition": "QueryValuesLeadStatusCondition",
    "MoveLeadsRequestQueryValuesOccurrenceCount": "QueryValuesOccurrenceCount",
    "MoveLeadsRequestQueryValuesOccurrenceCountCondition": "QueryValuesOccurrenceCountCondition",
    "PatchAccountRequestWarmup": "AccountWarmup",
    "PatchAccountRequestWarmupAdvanced": "AccountWarmupAdvanced",
    "PatchAccountRequestWarmupIncrement": "AccountWarmupIncrement",
    "PatchCampaignRequestAutoVariantSelect": "AutoVariantSelect",
    "PatchCampaignRequestAutoVariantSelectTrigger": "AutoVariantSelectTrigger",
    "PatchCampaignRequestCampaignSchedule": "CampaignSchedule",
    "PatchCampaignRequestCampaignScheduleSchedule": "ScheduleEntry",
    "PatchCampaignRequestCampaignScheduleScheduleDays": "ScheduleDays",
    "PatchCampaignRequestCampaignScheduleScheduleTiming": "ScheduleTiming",
    "PatchCampaignRequestLimitEmailsPerCompanyOverride": "CampaignLimitEmailsPerCompanyOverride",
    "PatchCampaignRequestLimitEmailsPerCompanyOverrideMode": "LimitEmailsPerCompanyOverrideMode",
    "PatchCampaignRequestLimitEmailsPerCompanyOverrideScope": "LimitEmailsPerCompanyOverrideScope",
    "PatchCampaignRequestProviderRoutingRule": "CampaignProviderRoutingRule",
    "PatchCampaignRequestProviderRoutingRuleAction": "CampaignProviderRoutingRuleAction",
    "PatchCampaignRequestProviderRoutingRuleRecipientEspEnum": "RoutingProvider",
    "PatchCampaignRequestProviderRoutingRuleSenderEspEnum": "RoutingProvider",
    "PatchCampaignRequestSequence": "CampaignSequence",
    "PatchCampaignRequestSequenceStep": "SequenceStep",
    "PatchCampaignRequestSequenceStepDelayUnit": "DelayUnit",
    "PatchCampaignRequestSequenceStepPreDelayUnit": "DelayUnit",
    "PatchCampaignRequestSequenceStepType": "SequenceStepType",
    "PatchCampaignRequestSequenceStepVariant": "SequenceStepVariant",
    "PatchCampaignSubsequenceRequestAutoVariantSelect": "AutoVariantSelect",
    "PatchCampaignSubsequenceRequestAutoVariantSelectTrigger": "AutoVariantSelectTrigger",
    "PatchCampaignSubsequenceRequestConditions": "CampaignSubsequenceConditions",
    "PatchCampaignSubsequenceRequestConditionsLeadActivityEnum": "SubsequenceConditionsLeadActivityItem",
    "PatchCampaignSubsequenceRequestDailyLimitMode": "CampaignSubsequenceDailyLimitMode",
    "PatchCampaignSubsequenceRequestSequence": "CampaignSequence",
    "PatchCampaignSubsequenceRequestSequenceStep": "SequenceStep",
    "PatchCampaignSubsequenceRequestSequenceStepDelayUnit": "DelayUnit",
    "PatchCampaignSubsequenceRequestSequenceStepPreDelayUnit": "DelayUnit",
    "PatchCampaignSubsequenceRequestSequenceStepType": "SequenceStepType",
    "PatchCampaignSubsequenceRequestSequenceStepVariant": "SequenceStepVariant",
    "PatchCampaignSubsequenceRequestSubsequenceSchedule": "CampaignSchedule",
    "PatchCampaignSubsequenceRequestSubsequenceScheduleSchedule": "ScheduleEntry",
    "PatchCampaignSubsequenceRequestSubsequenceScheduleScheduleDays": "ScheduleDays",
    "PatchCampaignSubsequenceRequestSubsequenceScheduleScheduleTiming": "ScheduleTiming",
    "PatchInboxPlacementTestRequestAutomation": "InboxPlacementTestAutomation",
    "PatchInboxPlacementTestRequestAutomationThen": "InboxPlacementTestAutomationThen",
    "PatchInboxPlacementTestRequestAutomationWhen": "InboxPlacementTestAutomationWhen",
    "PatchInboxPlacementTestRequestAutomationWhenCondition": "AutomationCondition",
    "PatchInboxPlacementTestRequestSchedule": "InboxPlacementTestSchedule",
    "PatchInboxPlacementTestRequestScheduleTiming": "InboxPlacementTestScheduleTiming",
    "PatchInboxPlacementTestRequestStatus": "InboxPlacementTestStatus",
    "PatchLeadLabelRequestInterestStatusLabel": "LeadLabelInterestStatusLabel",
    "PatchLeadRequestLtInterestStatus": "LeadLtInterestStatus",
    "PatchWebhookRequestEventType": "WebhookEventType",
    "PatchWorkspaceMemberRequestRole": "WorkspaceMemberRole",
    "PreWarmedUpDomainsListRequestExtension": "PreWarmedUpDomainsListExtension",
    "PreWarmedUpDomainsListResponseDomainsWithTypeItem": "WarmedUpDomainsListDomainsWithTypeItem",
    "PreWarmedUpDomainsListResponseDomainsWithTypeItemAccountType": "DFYEmailProvider",
    "PreviewLeadsFromSupersearchResponseLead": "PreviewLeadsFromSupersearchLead",
    "ReplyToEmailRequestBody": "EmailBody",
    "RunEnrichmentRequestFilter": "RunEnrichmentFilter",
    "SalesFlowQuery": "LeadQuery",
    "SalesFlowQueryActionType": "QueryActionType",
    "SalesFlowQueryValues": "QueryValues",
    "SalesFlowQueryValuesLeadStatus": "QueryValuesLeadStatus",
    "SalesFlowQueryValuesLeadStatusCondition": "QueryValuesLeadStatusCondition",
    "SalesFlowQueryValuesOccurrenceCount": "QueryValuesOccurrenceCount",
    "SalesFlowQueryValuesOccurrenceCountCondition": "QueryValuesOccurrenceCountCondition",
    "SendTestEmailRequestBody": "SendTestEmailBody",
    "SignalKeywordsFacetResponseKeyword": "SignalKeywordsFacetKeyword",
    "SuperSearchEnrichmentResourceType": "EnrichmentResourceType",
    "SupersearchFiltersCompanyName": "SupersearchTextFilter",
    "SupersearchFiltersDepartmentEnum": "SupersearchFiltersDepartmentItem",
    "SupersearchFiltersEmployeeCount": "SupersearchFiltersEmployeeCountItemEnum",
    "SupersearchFiltersEmployeeCount1": "SupersearchFiltersEmployeeCountItem",
    "SupersearchFiltersEmployeeCount2": "SupersearchFiltersEmployeeCountItem",
    "SupersearchFiltersEmployeeCount3": "SupersearchFiltersEmployeeCountItem",
    "SupersearchFiltersEmployeeCount4": "SupersearchFiltersEmployeeCountItem",
    "SupersearchFiltersEmployeeCount5": "SupersearchFiltersEmployeeCountItem",
    "SupersearchFiltersEmployeeCount6": "SupersearchFiltersEmployeeCountItem",
    "SupersearchFiltersFundingTypeEnum": "SupersearchFiltersFundingTypeItem",
    "SupersearchFiltersIndustryExcludeEnum": "SupersearchIndustry",
    "SupersearchFiltersIndustryIncludeEnum": "SupersearchIndustry",
    "SupersearchFiltersKeywordFilterIncludeMode": "KeywordIncludeMode",
    "SupersearchFiltersLevelEnum": "SupersearchFiltersLevelItem",
    "SupersearchFiltersLocations4": "SupersearchTextFilter",
    "SupersearchFiltersRevenueEnum": "SupersearchFiltersRevenueItem",
    "SupersearchFiltersSignals": "SupersearchFiltersSignal",
    "SupersearchFiltersSubIndustryExcludeEnum": "SupersearchSubIndustry",
    "SupersearchFiltersSubIndustryIncludeEnum": "SupersearchSubIndustry",
    "SupersearchFiltersTitle": "SupersearchTextFilter",
    "Tag": "ListAccountItemTag",
    "TestAccountVitalsResponseFailureListItem": "AccountVitalsResult",
    "TestAccountVitalsResponseSuccessListItem": "AccountVitalsResult",
    "ToggleTagResourceRequestFilter": "AccountFilter",
    "ToggleTagResourceRequestFilter1": "ToggleTagResourceFilter",
    "ToggleTagResourceRequestFilter1Filter": "AccountFilter",
    "ToggleTagResourceRequestFilter1TagId": "ToggleTagResourceFilterTagIdEnum",
    "ToggleTagResourceRequestResourceType": "ResourceType",
    "ToggleTagResourceResponse": "SuccessResponse",
    "UpdateEnrichmentSettingsForResourceRequest": "UpdateEnrichmentSettingsRequest",
}

__all__ = [
    "APIKey",
    "APIKeyScope",
    "Account",
    "AccountCampaignMapping",
    "AccountFilter",
    "AccountProviderCode",
    "AccountStatus",
    "AccountStatusMessage",
    "AccountVitalsResult",
    "AccountWarmup",
    "AccountWarmupAdvanced",
    "AccountWarmupIncrement",
    "AccountWarmupStatus",
    "AddVariablesRequest",
    "AddWorkspaceAgencyDomainRequest",
    "AuditLog",
    "AuditLogActivityType",
    "AuthenticationFailureResults",
    "AutoVariantSelect",
    "AutoVariantSelectTrigger",
    "AutomationCondition",
    "BackgroundJob",
    "BackgroundJobData",
    "BackgroundJobEntityType",
    "BackgroundJobStatus",
    "BackgroundJobType",
    "BillingInterval",
    "BlacklistReport",
    "BlacklistReportDetail",
    "BlockListEntry",
    "BulkAddLeadsCreatedLead",
    "BulkAddLeadsLead",
    "BulkAddLeadsRequest",
    "BulkAddLeadsResponse",
    "BulkAssignLeadsFilter",
    "BulkAssignLeadsRequest",
    "BulkAssignLeadsResponse",
    "BulkCreateBlockListEntriesRequest",
    "BulkCreateBlockListEntriesResponse",
    "BulkDeleteBlockListEntriesRequest",
    "BulkDeleteLeadsRequest",
    "BulkDeleteLeadsResponse",
    "CRMActions",
    "Campaign",
    "CampaignDailyLimitStatus",
    "CampaignLimitEmailsPerCompanyOverride",
    "CampaignNotSendingStatus",
    "CampaignProviderRoutingRule",
    "CampaignProviderRoutingRuleAction",
    "CampaignSchedule",
    "CampaignSequence",
    "CampaignStatus",
    "CampaignSubsequence",
    "CampaignSubsequenceConditions",
    "CampaignSubsequenceDailyLimitMode",
    "CancelDFYEmailAccountsItem",
    "CancelDFYEmailAccountsRequest",
    "CancelDFYEmailAccountsResponse",
    "ChangeWorkspaceOwnerRequest",
    "CheckDomainsAvailabilityRequest",
    "CheckDomainsAvailabilityResponse",
    "CheckDomainsAvailabilityResult",
    "CountLaunchedResponse",
    "CountLeadsFromSupersearchRequest",
    "CountLeadsFromSupersearchResponse",
    "CountUnreadEmailsResponse",
    "CreateAIEnrichmentModelVersion",
    "CreateAIEnrichmentRequest",
    "CreateAIEnrichmentResponse",
    "CreateAIEnrichmentStatus",
    "CreateAPIKeyRequest",
    "CreateAccountRequest",
    "CreateBlockListEntryRequest",
    "CreateCampaignRequest",
    "CreateCampaignSubsequenceRequest",
    "CreateCustomTagRequest",
    "CreateDFYEmailAccountOrderInvalidAccount",
    "CreateDFYEmailAccountOrderItem",
    "CreateDFYEmailAccountOrderOrderError",
    "CreateDFYEmailAccountOrderOrderItem",
    "CreateDFYEmailAccountOrderOrderType",
    "CreateDFYEmailAccountOrderRequest",
    "CreateDFYEmailAccountOrderResponse",
    "CreateEmailVerificationRequest",
    "CreateInboxPlacementTestRequest",
    "CreateLeadLabelRequest",
    "CreateLeadListRequest",
    "CreateLeadRequest",
    "CreateSuperSearchEnrichmentRequest",
    "CreateSuperSearchEnrichmentResponse",
    "CreateWebhookRequest",
    "CreateWorkspaceGroupMemberRequest",
    "CreateWorkspaceMemberRequest",
    "CustomPromptTemplate",
    "CustomPromptTemplateCategory",
    "CustomPromptTemplateCreator",
    "CustomPromptTemplateCreatorPayload",
    "CustomPromptTemplateModelVersion",
    "CustomPromptTemplateProperty",
    "CustomPromptTemplateType",
    "CustomTag",
    "CustomTagMapping",
    "DFYEmailAccountOrder",
    "DFYEmailAccountOrderForwardingMode",
    "DFYEmailAccountOrderPaymentFailureReason",
    "DFYEmailProvider",
    "DelayUnit",
    "DeleteLeadLabelRequest",
    "DeletePhoneNumberResponse",
    "DeliverabilityInsight",
    "DeliverabilityInsightsRequest",
    "DisableWarmupForAccountsRequest",
    "DomainUnavailableReason",
    "DuplicateRequest",
    "DuplicateSubsequenceRequest",
    "Email",
    "EmailAttachmentJson",
    "EmailAttachmentJsonFile",
    "EmailBody",
    "EmailTemplate",
    "EmailUeType",
    "EmailVerification",
    "EmailVerificationStatus",
    "EmailVerificationVerificationStatus",
    "EnableWarmupForAccountsRequest",
    "EnrichLeadsFromSupersearchRequest",
    "EnrichLeadsFromSupersearchResourceType",
    "EnrichLeadsFromSupersearchResponse",
    "EnrichmentForResourceEnrichmentPayload",
    "EnrichmentResourceType",
    "EnrichmentStatus",
    "Error",
    "EsgCode",
    "EspCode",
    "ForwardEmailRequest",
    "GenerateSimilarDomainsRequest",
    "GenerateSimilarDomainsResponse",
    "GenerateSimilarDomainsTld",
    "GetAdminWorkspaceGroupMemberResponse",
    "GetAiEnrichmentForResourceItem",
    "GetCampaignAnalyticsItem",
    "GetCampaignAnalyticsOverviewResponse",
    "GetCampaignStepsAnalyticsItem",
    "GetCtdStatusResponse",
    "GetDailyAccountAnalyticsItem",
    "GetDailyCampaignAnalyticsItem",
    "GetEnrichmentForResourceResponse",
    "GetEnrichmentHistoryItem",
    "GetInboxPlacementTestESPOptionsItem",
    "GetInboxPlacementTestMetadata",
    "GetInboxPlacementTestMetadataCampaign",
    "GetInboxPlacementTestMetadataTagsValue",
    "GetInboxPlacementTestResponse",
    "GetOAuthSessionStatusResponse",
    "GetOAuthSessionStatusStatus",
    "GetSubsequenceAnalyticsItem",
    "GetSubsequenceStepsAnalyticsItem",
    "GetVerificationStatsResponse",
    "GetVerificationStatsStats",
    "GetWarmupAnalyticsAggregateDataValue",
    "GetWarmupAnalyticsEmailDateDataValue",
    "GetWarmupAnalyticsRequest",
    "GetWarmupAnalyticsResponse",
    "GetWebhookEventsSummaryByDateItem",
    "GetWebhookEventsSummaryByDateResponse",
    "GetWebhookEventsSummaryResponse",
    "GetWorkspaceDomainInfoResponse",
    "GetWorkspaceDomainInfoVerificationItem",
    "GetWorkspacePlanDetailsAddons",
    "GetWorkspacePlanDetailsAddonsCredits",
    "GetWorkspacePlanDetailsAddonsOutreach",
    "GetWorkspacePlanDetailsResponse",
    "GetWorkspacePlanDetailsSubscriptions",
    "GetWorkspaceSubscriptionDetailsResponse",
    "InboxPlacementAnalytics",
    "InboxPlacementAnalyticsRecipientGeo",
    "InboxPlacementAnalyticsRecipientType",
    "InboxPlacementAnalyticsRecordType",
    "InboxPlacementBlacklistAndSpamAssassinReport",
    "InboxPlacementEsp",
    "InboxPlacementStatsByDate",
    "InboxPlacementStatsByDateRequest",
    "InboxPlacementStatsByTestId",
    "InboxPlacementStatsByTestIdRequest",
    "InboxPlacementTest",
    "InboxPlacementTestAutomation",
    "InboxPlacementTestAutomationThen",
    "InboxPlacementTestAutomationWhen",
    "InboxPlacementTestDeliveryMode",
    "InboxPlacementTestNotSendingStatus",
    "InboxPlacementTestSchedule",
    "InboxPlacementTestScheduleTiming",
    "InboxPlacementTestSendingMethod",
    "InboxPlacementTestStatus",
    "InboxPlacementTestType",
    "InitOAuthResponse",
    "KeywordIncludeMode",
    "Lead",
    "LeadEsgCode",
    "LeadLabel",
    "LeadLabelInterestStatusLabel",
    "LeadList",
    "LeadLtInterestStatus",
    "LeadPayload",
    "LeadQuery",
    "LeadStatus",
    "LeadStatusSummary",
    "LeadStatusSummaryLastStep",
    "LeadStatusSummarySubseq",
    "LeadUploadMethod",
    "LeadVerificationStatus",
    "LimitEmailsPerCompanyOverrideMode",
    "LimitEmailsPerCompanyOverrideScope",
    "ListAccountItem",
    "ListAccountItemTag",
    "ListDFYEmailAccountOrdersAccountsItem",
    "ListLeadsRequest",
    "ListPhoneNumbersItem",
    "ListWebhookEventTypesEventType",
    "ListWebhookEventTypesResponse",
    "MergeLeadsRequest",
    "MonthlyPricingTier",
    "MoveAccountsRequest",
    "MoveAccountsResponse",
    "MoveLeadToSubsequenceRequest",
    "MoveLeadsRequest",
    "OrderItemAccount",
    "PatchAccountRequest",
    "PatchBlockListEntryRequest",
    "PatchCampaignRequest",
    "PatchCampaignSubsequenceRequest",
    "PatchCustomTagRequest",
    "PatchEmailRequest",
    "PatchInboxPlacementTestRequest",
    "PatchLeadLabelRequest",
    "PatchLeadListRequest",
    "PatchLeadRequest",
    "PatchWebhookRequest",
    "PatchWorkspaceMemberRequest",
    "PatchWorkspaceRequest",
    "PauseAccountsRequest",
    "PauseAccountsResponse",
    "PlanDetailsAddonsCreditsAnnualProductId",
    "PlanDetailsAddonsCreditsProductId",
    "PlanDetailsAddonsOutreachProductId",
    "PlanDetailsSubscriptionsBundleProductId",
    "PlanDetailsSubscriptionsCreditsProductId",
    "PlanDetailsSubscriptionsOutreach",
    "PlanSubscription",
    "PreWarmedUpDomainsListExtension",
    "PreWarmedUpDomainsListRequest",
    "PreWarmedUpDomainsListResponse",
    "PreviewLeadsFromSupersearchLead",
    "PreviewLeadsFromSupersearchRequest",
    "PreviewLeadsFromSupersearchResponse",
    "ProductId",
    "QueryActionType",
    "QueryValues",
    "QueryValuesLeadStatus",
    "QueryValuesLeadStatusCondition",
    "QueryValuesOccurrenceCount",
    "QueryValuesOccurrenceCountCondition",
    "RemoveLeadFromSubsequenceRequest",
    "ReplyToEmailRequest",
    "ResourceType",
    "RoutingProvider",
    "RunEnrichmentFilter",
    "RunEnrichmentRequest",
    "RunEnrichmentResponse",
    "SalesFlow",
    "ScheduleDays",
    "ScheduleEntry",
    "ScheduleTiming",
    "SearchByContactResponse",
    "SearchEnrichmentIntegrationActionsValue",
    "SendTestEmailBody",
    "SendTestEmailFailure",
    "SendTestEmailFailureError",
    "SendTestEmailRequest",
    "SendTestEmailResponse",
    "SendingStatusDiagnostics",
    "SendingStatusDiagnosticsAccountsSummary",
    "SendingStatusDiagnosticsDomainLimiter",
    "SendingStatusDiagnosticsEspRoutingStatus",
    "SendingStatusDiagnosticsFollowUpsWaiting",
    "SendingStatusDiagnosticsIssueTracking",
    "SendingStatusDiagnosticsLeadsStatus",
    "SendingStatusDiagnosticsNewLeadLimit",
    "SendingStatusDiagnosticsScheduleStatus",
    "SendingStatusDiagnosticsSendOneByOne",
    "SendingStatusDiagnosticsStatus",
    "SendingStatusResponse",
    "SendingStatusSummary",
    "SequenceStep",
    "SequenceStepType",
    "SequenceStepVariant",
    "SignalKeywordsFacetKeyword",
    "SignalKeywordsFacetRequest",
    "SignalKeywordsFacetResponse",
    "SpamAssassinReport",
    "SpamAssassinReportItem",
    "SubscriptionDetailsSubscriptionInterval",
    "SubscriptionDetailsSubscriptionPlanType",
    "SubscriptionProductType",
    "SubsequenceConditionsLeadActivityItem",
    "SuccessResponse",
    "SuccessStatus",
    "SuperSearchEnrichment",
    "SuperSearchEnrichmentEnrichmentPayload",
    "SuperSearchEnrichmentType",
    "SupersearchFilters",
    "SupersearchFiltersDepartmentItem",
    "SupersearchFiltersEmployeeCountItem",
    "SupersearchFiltersEmployeeCountItemEnum",
    "SupersearchFiltersEmployeeCountItemOp",
    "SupersearchFiltersFundingTypeItem",
    "SupersearchFiltersIndustry",
    "SupersearchFiltersKeywordFilter",
    "SupersearchFiltersLevelItem",
    "SupersearchFiltersLocation",
    "SupersearchFiltersLocationMode",
    "SupersearchFiltersLocations",
    "SupersearchFiltersNew",
    "SupersearchFiltersRevenueItem",
    "SupersearchFiltersSignal",
    "SupersearchFiltersSubIndustry",
    "SupersearchIndustry",
    "SupersearchSubIndustry",
    "SupersearchTextFilter",
    "TestAccountVitalsRequest",
    "TestAccountVitalsResponse",
    "TestAiReplyLabelLeadLabelsRequest",
    "TestAiReplyLabelLeadLabelsResponse",
    "TestWebhookResponse",
    "Timezone",
    "ToggleTagResourceFilter",
    "ToggleTagResourceFilterTagIdEnum",
    "ToggleTagResourceRequest",
    "UnavailableAccounts",
    "UpdateEnrichmentSettingsRequest",
    "UpdateLeadInterestStatusRequest",
    "UpdateLeadInterestStatusResponse",
    "WarmedUpDomainsListDomainsWithTypeItem",
    "WarmupForAccountsFilter",
    "Webhook",
    "WebhookEvent",
    "WebhookEventType",
    "Workspace",
    "WorkspaceBilling",
    "WorkspaceGroupMember",
    "WorkspaceGroupMemberStatus",
    "WorkspaceMember",
    "WorkspaceMemberName",
    "WorkspaceMemberPermission",
    "WorkspaceMemberRole",
    "WorkspacePlanDetailsSubscriptionsBundle",
    "WorkspacePlanDetailsSubscriptionsCredits",
    "WorkspacePlanIdVerification",
    "WorkspaceSubscriptionDetailsSubscription",
]


def __getattr__(name: str) -> Any:
    current = _RENAMED.get(name)
    if current is not None:
        warnings.warn(
            f"instantly_async.models.{name} is now {current}; the old name goes in the "
            "next release",
            DeprecationWarning,
            stacklevel=2,
        )
        return __getattr__(current)
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"instantly_async.models.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)  # old names still import, but are not offered
