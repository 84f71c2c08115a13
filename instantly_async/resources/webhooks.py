"""Subscriptions that deliver events to an HTTP endpoint.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

from instantly_async._extensions.webhooks import WebhooksMixin
from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        ListWebhookEventTypesResponse,
        TestWebhookResponse,
        Webhook,
        WebhookEventType,
    )


class WebhooksResource(WebhooksMixin, Resource):
    """Subscriptions that deliver events to an HTTP endpoint.

    Reached as `client.webhooks`.
    """

    async def create(
        self,
        *,
        target_hook_url: str,
        campaign: str | None = OMIT,
        name: str | None = OMIT,
        event_type: WebhookEventType | str | None = OMIT,
        custom_interest_value: float | None = OMIT,
        headers: Mapping[str, str] | None = OMIT,
    ) -> Webhook:
        """Create a webhook

        Subscribes an HTTP endpoint to an event, for one campaign or for all of them, and returns
        the new subscription. Deliveries carry no signature and can arrive more than once, so the
        receiver should check a secret header and de-duplicate events.

        `POST /api/v2/webhooks` (operationId `createWebhook`)

        Args:
            campaign: Id of the campaign whose events to send; omit or null for all campaigns.
            name: Display name of the webhook.
            target_hook_url: HTTP or HTTPS URL to post the events to.
            event_type: Event that triggers the webhook; `all_events` subscribes to every event. Event
                names in delivered payloads can differ from these subscription names (for
                example `email_link_clicked` arrives as `link_clicked`).
            custom_interest_value: Interest status value of a custom lead label; the webhook fires when a lead is
                given that label.
            headers: Extra HTTP headers sent with every delivery. Deliveries are not signed, so a
                secret header is the only way for the receiver to authenticate them.
        """
        return await self._call(
            "createWebhook",
            {
                "campaign": campaign,
                "name": name,
                "target_hook_url": target_hook_url,
                "event_type": event_type,
                "custom_interest_value": custom_interest_value,
                "headers": headers,
            },
        )

    async def delete(self, id: str) -> Webhook:
        """Delete a webhook

        Removes a webhook subscription and returns it as it was before deletion. Send the request
        without a body.

        `DELETE /api/v2/webhooks/{id}` (operationId `deleteWebhook`)

        Args:
            id: Id of the webhook to delete.
        """
        return await self._call(
            "deleteWebhook",
            {
                "id": id,
            },
        )

    async def event_types(self) -> ListWebhookEventTypesResponse:
        """List webhook event types

        Returns the event types a webhook can subscribe to, including the workspace's custom lead
        labels, each with its display label.

        `GET /api/v2/webhooks/event-types` (operationId `listWebhookEventTypes`)
        """
        return await self._call(
            "listWebhookEventTypes",
            {},
        )

    async def get(self, id: str) -> Webhook:
        """Get a webhook

        Returns one webhook subscription by its id.

        `GET /api/v2/webhooks/{id}` (operationId `getWebhook`)

        Args:
            id: Id of the webhook.
        """
        return await self._call(
            "getWebhook",
            {
                "id": id,
            },
        )

    def list(
        self,
        *,
        limit: int = OMIT,
        starting_after: str = OMIT,
        campaign: str = OMIT,
        event_type: Literal[
            "all_events",
            "email_sent",
            "email_opened",
            "email_link_clicked",
            "reply_received",
            "email_bounced",
            "lead_unsubscribed",
            "campaign_completed",
            "account_error",
            "lead_neutral",
            "lead_interested",
            "lead_not_interested",
            "lead_meeting_booked",
            "lead_meeting_completed",
            "lead_closed",
            "lead_out_of_office",
            "lead_wrong_person",
        ] = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[Webhook]:
        """List webhooks

        Returns the workspace's webhook subscriptions one page at a time, optionally only those for
        one campaign or one event type.

        `GET /api/v2/webhooks` (operationId `listWebhook`)

        Args:
            limit: Maximum number of webhooks to return in one page (1 to 100).
            starting_after: Cursor from the previous page's `next_starting_after`; omit it for the first
                page.
            campaign: Return only webhooks scoped to this campaign.
            event_type: Return only webhooks subscribed to this event type.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listWebhook",
            {
                "limit": limit,
                "starting_after": starting_after,
                "campaign": campaign,
                "event_type": event_type,
            },
            page_size=page_size,
            max_items=max_items,
        )

    async def resume(self, id: str) -> Webhook:
        """Resume a disabled webhook

        Re-enables a webhook that was switched off (status -1) after repeated delivery failures, and
        returns it. Send the request without a body.

        `POST /api/v2/webhooks/{id}/resume` (operationId `resumeWebhook`)

        Args:
            id: Id of the webhook to resume.
        """
        return await self._call(
            "resumeWebhook",
            {
                "id": id,
            },
        )

    async def test(self, id: str) -> TestWebhookResponse:
        """Send a test delivery to a webhook

        Sends a sample event to the webhook's target URL and reports whether the endpoint accepted
        it, with its HTTP status code and response time. Send the request without a body.

        `POST /api/v2/webhooks/{id}/test` (operationId `testWebhook`)

        Args:
            id: Id of the webhook to test.
        """
        return await self._call(
            "testWebhook",
            {
                "id": id,
            },
        )

    async def update(
        self,
        id: str,
        *,
        campaign: str | None = OMIT,
        name: str | None = OMIT,
        target_hook_url: str | None = OMIT,
        event_type: WebhookEventType | str | None = OMIT,
        custom_interest_value: float | None = OMIT,
        headers: Mapping[str, str] | None = OMIT,
    ) -> Webhook:
        """Update a webhook

        Changes the target URL, event, campaign, name or headers of a webhook subscription and
        returns the updated subscription.

        `PATCH /api/v2/webhooks/{id}` (operationId `patchWebhook`)

        Args:
            id: Id of the webhook to update.
            campaign: Id of the campaign whose events to send; null for all campaigns.
            name: Display name of the webhook.
            target_hook_url: HTTP or HTTPS URL to post the events to.
            event_type: Event that triggers the webhook; `all_events` subscribes to every event. Event
                names in delivered payloads can differ from these subscription names (for
                example `email_link_clicked` arrives as `link_clicked`).
            custom_interest_value: Interest status value of a custom lead label; the webhook fires when a lead is
                given that label.
            headers: Extra HTTP headers sent with every delivery. Deliveries are not signed, so a
                secret header is the only way for the receiver to authenticate them.
        """
        return await self._call(
            "patchWebhook",
            {
                "id": id,
                "campaign": campaign,
                "name": name,
                "target_hook_url": target_hook_url,
                "event_type": event_type,
                "custom_interest_value": custom_interest_value,
                "headers": headers,
            },
        )
