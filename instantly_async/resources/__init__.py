"""The resource namespaces of the client, one per API group, each created on first use so that
importing the SDK does not import every group.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from instantly_async.client import AsyncInstantly
    from instantly_async.resources.account_campaign_mappings import AccountCampaignMappingsResource
    from instantly_async.resources.accounts import AccountsResource
    from instantly_async.resources.api_keys import ApiKeysResource
    from instantly_async.resources.audit_logs import AuditLogsResource
    from instantly_async.resources.background_jobs import BackgroundJobsResource
    from instantly_async.resources.block_list_entries import BlockListEntriesResource
    from instantly_async.resources.campaign_subsequences import CampaignSubsequencesResource
    from instantly_async.resources.campaigns import CampaignsResource
    from instantly_async.resources.crm_actions import CrmActionsResource
    from instantly_async.resources.custom_tag_mappings import CustomTagMappingsResource
    from instantly_async.resources.custom_tags import CustomTagsResource
    from instantly_async.resources.dfy_email_account_orders import DfyEmailAccountOrdersResource
    from instantly_async.resources.email_verifications import EmailVerificationsResource
    from instantly_async.resources.emails import EmailsResource
    from instantly_async.resources.inbox_placement_analytics import InboxPlacementAnalyticsResource
    from instantly_async.resources.inbox_placement_reports import InboxPlacementReportsResource
    from instantly_async.resources.inbox_placement_tests import InboxPlacementTestsResource
    from instantly_async.resources.lead_labels import LeadLabelsResource
    from instantly_async.resources.lead_lists import LeadListsResource
    from instantly_async.resources.leads import LeadsResource
    from instantly_async.resources.oauth import OauthResource
    from instantly_async.resources.supersearch_enrichments import SupersearchEnrichmentsResource
    from instantly_async.resources.webhook_events import WebhookEventsResource
    from instantly_async.resources.webhooks import WebhooksResource
    from instantly_async.resources.workspace_billing import WorkspaceBillingResource
    from instantly_async.resources.workspace_group_members import WorkspaceGroupMembersResource
    from instantly_async.resources.workspace_members import WorkspaceMembersResource
    from instantly_async.resources.workspaces import WorkspacesResource


class Resources:
    """Mixed into `AsyncInstantly`: `client.<group>` for every API group."""

    @cached_property
    def account_campaign_mappings(self) -> AccountCampaignMappingsResource:
        """Which campaigns a sending account is attached to."""
        from instantly_async.resources.account_campaign_mappings import (
            AccountCampaignMappingsResource,
        )

        return AccountCampaignMappingsResource(cast("AsyncInstantly", self))

    @cached_property
    def accounts(self) -> AccountsResource:
        """Sending email accounts: connect, configure, pause and warm up mailboxes."""
        from instantly_async.resources.accounts import AccountsResource

        return AccountsResource(cast("AsyncInstantly", self))

    @cached_property
    def api_keys(self) -> ApiKeysResource:
        """API keys of the workspace and their scopes."""
        from instantly_async.resources.api_keys import ApiKeysResource

        return ApiKeysResource(cast("AsyncInstantly", self))

    @cached_property
    def audit_logs(self) -> AuditLogsResource:
        """A trail of actions taken in the workspace."""
        from instantly_async.resources.audit_logs import AuditLogsResource

        return AuditLogsResource(cast("AsyncInstantly", self))

    @cached_property
    def background_jobs(self) -> BackgroundJobsResource:
        """Long-running work (lead moves, imports, warmup changes) and its progress."""
        from instantly_async.resources.background_jobs import BackgroundJobsResource

        return BackgroundJobsResource(cast("AsyncInstantly", self))

    @cached_property
    def block_list_entries(self) -> BlockListEntriesResource:
        """Email addresses and domains that must never be contacted."""
        from instantly_async.resources.block_list_entries import BlockListEntriesResource

        return BlockListEntriesResource(cast("AsyncInstantly", self))

    @cached_property
    def campaign_subsequences(self) -> CampaignSubsequencesResource:
        """Follow-up sequences that leads enter when a condition in a campaign is met."""
        from instantly_async.resources.campaign_subsequences import CampaignSubsequencesResource

        return CampaignSubsequencesResource(cast("AsyncInstantly", self))

    @cached_property
    def campaigns(self) -> CampaignsResource:
        """Outreach campaigns: sequences, schedules, sending options and analytics."""
        from instantly_async.resources.campaigns import CampaignsResource

        return CampaignsResource(cast("AsyncInstantly", self))

    @cached_property
    def crm_actions(self) -> CrmActionsResource:
        """Phone numbers and other resources used by CRM actions."""
        from instantly_async.resources.crm_actions import CrmActionsResource

        return CrmActionsResource(cast("AsyncInstantly", self))

    @cached_property
    def custom_tag_mappings(self) -> CustomTagMappingsResource:
        """Which resources carry which custom tag."""
        from instantly_async.resources.custom_tag_mappings import CustomTagMappingsResource

        return CustomTagMappingsResource(cast("AsyncInstantly", self))

    @cached_property
    def custom_tags(self) -> CustomTagsResource:
        """Tags that group accounts and campaigns."""
        from instantly_async.resources.custom_tags import CustomTagsResource

        return CustomTagsResource(cast("AsyncInstantly", self))

    @cached_property
    def dfy_email_account_orders(self) -> DfyEmailAccountOrdersResource:
        """Done-for-you orders of pre-configured domains and mailboxes."""
        from instantly_async.resources.dfy_email_account_orders import DfyEmailAccountOrdersResource

        return DfyEmailAccountOrdersResource(cast("AsyncInstantly", self))

    @cached_property
    def email_verifications(self) -> EmailVerificationsResource:
        """Deliverability checks of single email addresses."""
        from instantly_async.resources.email_verifications import EmailVerificationsResource

        return EmailVerificationsResource(cast("AsyncInstantly", self))

    @cached_property
    def emails(self) -> EmailsResource:
        """Emails in the Unibox: campaign sends, replies and manual messages."""
        from instantly_async.resources.emails import EmailsResource

        return EmailsResource(cast("AsyncInstantly", self))

    @cached_property
    def inbox_placement_analytics(self) -> InboxPlacementAnalyticsResource:
        """Per-email results of inbox placement tests."""
        from instantly_async.resources.inbox_placement_analytics import (
            InboxPlacementAnalyticsResource,
        )

        return InboxPlacementAnalyticsResource(cast("AsyncInstantly", self))

    @cached_property
    def inbox_placement_reports(self) -> InboxPlacementReportsResource:
        """Blacklist and SpamAssassin reports of inbox placement tests."""
        from instantly_async.resources.inbox_placement_reports import InboxPlacementReportsResource

        return InboxPlacementReportsResource(cast("AsyncInstantly", self))

    @cached_property
    def inbox_placement_tests(self) -> InboxPlacementTestsResource:
        """Tests that measure where a sender's emails land: inbox, spam or missing."""
        from instantly_async.resources.inbox_placement_tests import InboxPlacementTestsResource

        return InboxPlacementTestsResource(cast("AsyncInstantly", self))

    @cached_property
    def lead_labels(self) -> LeadLabelsResource:
        """Workspace-defined interest statuses for leads."""
        from instantly_async.resources.lead_labels import LeadLabelsResource

        return LeadLabelsResource(cast("AsyncInstantly", self))

    @cached_property
    def lead_lists(self) -> LeadListsResource:
        """Lists that hold leads outside of campaigns."""
        from instantly_async.resources.lead_lists import LeadListsResource

        return LeadListsResource(cast("AsyncInstantly", self))

    @cached_property
    def leads(self) -> LeadsResource:
        """People to contact, in campaigns or lead lists, with their status and custom variables."""
        from instantly_async.resources.leads import LeadsResource

        return LeadsResource(cast("AsyncInstantly", self))

    @cached_property
    def oauth(self) -> OauthResource:
        """Connecting Google and Microsoft mailboxes through OAuth."""
        from instantly_async.resources.oauth import OauthResource

        return OauthResource(cast("AsyncInstantly", self))

    @cached_property
    def supersearch_enrichments(self) -> SupersearchEnrichmentsResource:
        """Enrichment of leads with SuperSearch and AI data."""
        from instantly_async.resources.supersearch_enrichments import SupersearchEnrichmentsResource

        return SupersearchEnrichmentsResource(cast("AsyncInstantly", self))

    @cached_property
    def webhook_events(self) -> WebhookEventsResource:
        """Deliveries of webhook events and their outcome."""
        from instantly_async.resources.webhook_events import WebhookEventsResource

        return WebhookEventsResource(cast("AsyncInstantly", self))

    @cached_property
    def webhooks(self) -> WebhooksResource:
        """Subscriptions that deliver events to an HTTP endpoint."""
        from instantly_async.resources.webhooks import WebhooksResource

        return WebhooksResource(cast("AsyncInstantly", self))

    @cached_property
    def workspace_billing(self) -> WorkspaceBillingResource:
        """The plan and subscription of the workspace."""
        from instantly_async.resources.workspace_billing import WorkspaceBillingResource

        return WorkspaceBillingResource(cast("AsyncInstantly", self))

    @cached_property
    def workspace_group_members(self) -> WorkspaceGroupMembersResource:
        """Members of a workspace group (agency setups)."""
        from instantly_async.resources.workspace_group_members import WorkspaceGroupMembersResource

        return WorkspaceGroupMembersResource(cast("AsyncInstantly", self))

    @cached_property
    def workspace_members(self) -> WorkspaceMembersResource:
        """Users of the workspace and their roles."""
        from instantly_async.resources.workspace_members import WorkspaceMembersResource

        return WorkspaceMembersResource(cast("AsyncInstantly", self))

    @cached_property
    def workspaces(self) -> WorkspacesResource:
        """The workspace the API key belongs to."""
        from instantly_async.resources.workspaces import WorkspacesResource

        return WorkspacesResource(cast("AsyncInstantly", self))
