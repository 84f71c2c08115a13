"""Emails in the Unibox: campaign sends, replies and manual messages.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        CountUnreadEmailsResponse,
        Email,
        ForwardEmailRequestForwardEmailRequest1IncludeOriginalBody,
        ForwardEmailRequestForwardEmailRequestBody,
        ForwardEmailRequestForwardEmailRequestBody1,
        MarkThreadAsReadResponse,
        ReplyToEmailRequestBody,
        SendTestEmailRequestBody,
    )


class EmailsResource(Resource):
    """Emails in the Unibox: campaign sends, replies and manual messages.

    Reached as `client.emails`.
    """

    async def count_unread(self) -> CountUnreadEmailsResponse:
        """countUnreadEmails

        `GET /api/v2/emails/unread/count` (operationId `countUnreadEmails`)
        """
        return await self._call(
            "countUnreadEmails",
            {},
        )

    async def delete(self, id: str) -> Email:
        """deleteEmail

        `DELETE /api/v2/emails/{id}` (operationId `deleteEmail`)

        Args:
            id: Sent as `id` in the path.
        """
        return await self._call(
            "deleteEmail",
            {
                "id": id,
            },
        )

    async def forward(
        self,
        *,
        body: ForwardEmailRequestForwardEmailRequestBody
        | Mapping[str, Any]
        | (ForwardEmailRequestForwardEmailRequestBody1 | Mapping[str, Any])
        | None = OMIT,
        include_original_body: ForwardEmailRequestForwardEmailRequest1IncludeOriginalBody
        | str
        | None = OMIT,
    ) -> Email:
        """forwardEmail

        `POST /api/v2/emails/forward` (operationId `forwardEmail`)

        Args:
            body: Sent as `body` in the body.
            include_original_body: Sent as `include_original_body` in the body.
        """
        return await self._call(
            "forwardEmail",
            {
                "body": body,
                "include_original_body": include_original_body,
            },
        )

    async def get(self, id: str) -> Email:
        """getEmail

        `GET /api/v2/emails/{id}` (operationId `getEmail`)

        Args:
            id: Sent as `id` in the path.
        """
        return await self._call(
            "getEmail",
            {
                "id": id,
            },
        )

    def list(
        self,
        *,
        limit: int = OMIT,
        starting_after: str = OMIT,
        search: str = OMIT,
        campaign_id: str = OMIT,
        list_id: str = OMIT,
        i_status: float = OMIT,
        eaccount: str = OMIT,
        is_unread: bool = OMIT,
        has_reminder: bool = OMIT,
        mode: Literal["emode_focused", "emode_others", "emode_all"] = OMIT,
        preview_only: bool = OMIT,
        sort_order: Literal["asc", "desc"] = OMIT,
        scheduled_only: bool = OMIT,
        assigned_to: str = OMIT,
        lead: str = OMIT,
        company_domain: str = OMIT,
        marked_as_done: bool = OMIT,
        email_type: Literal["received", "sent", "manual"] = OMIT,
        min_timestamp_created: str = OMIT,
        max_timestamp_created: str = OMIT,
        latest_of_thread: bool = OMIT,
        max_items: int | None = None,
    ) -> AsyncPager[Email]:
        """listEmail

        `GET /api/v2/emails` (operationId `listEmail`)

        Args:
            limit: Sent as `limit` in the query.
            starting_after: Sent as `starting_after` in the query.
            search: Sent as `search` in the query.
            campaign_id: Sent as `campaign_id` in the query.
            list_id: Sent as `list_id` in the query.
            i_status: Sent as `i_status` in the query.
            eaccount: Sent as `eaccount` in the query.
            is_unread: Sent as `is_unread` in the query.
            has_reminder: Sent as `has_reminder` in the query.
            mode: Sent as `mode` in the query.
            preview_only: Sent as `preview_only` in the query.
            sort_order: Sent as `sort_order` in the query.
            scheduled_only: Sent as `scheduled_only` in the query.
            assigned_to: Sent as `assigned_to` in the query.
            lead: Sent as `lead` in the query.
            company_domain: Sent as `company_domain` in the query.
            marked_as_done: Sent as `marked_as_done` in the query.
            email_type: Sent as `email_type` in the query.
            min_timestamp_created: Sent as `min_timestamp_created` in the query.
            max_timestamp_created: Sent as `max_timestamp_created` in the query.
            latest_of_thread: Sent as `latest_of_thread` in the query.
            max_items: Stop after this many items in all.
        """
        return self._paginate(
            "listEmail",
            {
                "limit": limit,
                "starting_after": starting_after,
                "search": search,
                "campaign_id": campaign_id,
                "list_id": list_id,
                "i_status": i_status,
                "eaccount": eaccount,
                "is_unread": is_unread,
                "has_reminder": has_reminder,
                "mode": mode,
                "preview_only": preview_only,
                "sort_order": sort_order,
                "scheduled_only": scheduled_only,
                "assigned_to": assigned_to,
                "lead": lead,
                "company_domain": company_domain,
                "marked_as_done": marked_as_done,
                "email_type": email_type,
                "min_timestamp_created": min_timestamp_created,
                "max_timestamp_created": max_timestamp_created,
                "latest_of_thread": latest_of_thread,
            },
            max_items=max_items,
        )

    async def mark_thread_as_read(self, thread_id: str) -> MarkThreadAsReadResponse:
        """markThreadAsRead

        `POST /api/v2/emails/threads/{thread_id}/mark-as-read` (operationId `markThreadAsRead`)

        Args:
            thread_id: Sent as `thread_id` in the path.
        """
        return await self._call(
            "markThreadAsRead",
            {
                "thread_id": thread_id,
            },
        )

    async def reply(
        self,
        *,
        eaccount: str,
        reply_to_uuid: str,
        subject: str,
        body: ReplyToEmailRequestBody | Mapping[str, Any],
        additional_recipients: Sequence[str] | None = OMIT,
        cc_address_email_list: str | None = OMIT,
        bcc_address_email_list: str | None = OMIT,
        reminder_ts: datetime | None = OMIT,
        assigned_to: str | None = OMIT,
    ) -> Email:
        """replyToEmail

        `POST /api/v2/emails/reply` (operationId `replyToEmail`)

        Args:
            eaccount: Sent as `eaccount` in the body.
            reply_to_uuid: Sent as `reply_to_uuid` in the body.
            subject: Sent as `subject` in the body.
            body: Sent as `body` in the body.
            additional_recipients: Sent as `additional_recipients` in the body.
            cc_address_email_list: Sent as `cc_address_email_list` in the body.
            bcc_address_email_list: Sent as `bcc_address_email_list` in the body.
            reminder_ts: Sent as `reminder_ts` in the body.
            assigned_to: Sent as `assigned_to` in the body.
        """
        return await self._call(
            "replyToEmail",
            {
                "eaccount": eaccount,
                "reply_to_uuid": reply_to_uuid,
                "subject": subject,
                "body": body,
                "additional_recipients": additional_recipients,
                "cc_address_email_list": cc_address_email_list,
                "bcc_address_email_list": bcc_address_email_list,
                "reminder_ts": reminder_ts,
                "assigned_to": assigned_to,
            },
        )

    async def send_test(
        self,
        *,
        eaccount: str,
        to_address_email_list: str,
        subject: str,
        body: SendTestEmailRequestBody | Mapping[str, Any],
    ) -> Any:
        """sendTestEmail

        `POST /api/v2/emails/test` (operationId `sendTestEmail`)

        Args:
            eaccount: Sent as `eaccount` in the body.
            to_address_email_list: Sent as `to_address_email_list` in the body.
            subject: Sent as `subject` in the body.
            body: Sent as `body` in the body.
        """
        return await self._call(
            "sendTestEmail",
            {
                "eaccount": eaccount,
                "to_address_email_list": to_address_email_list,
                "subject": subject,
                "body": body,
            },
        )

    async def update(
        self, id: str, *, is_unread: float | None = OMIT, reminder_ts: datetime | None = OMIT
    ) -> Email:
        """patchEmail

        `PATCH /api/v2/emails/{id}` (operationId `patchEmail`)

        Args:
            id: Sent as `id` in the path.
            is_unread: Sent as `is_unread` in the body.
            reminder_ts: Sent as `reminder_ts` in the body.
        """
        return await self._call(
            "patchEmail",
            {
                "id": id,
                "is_unread": is_unread,
                "reminder_ts": reminder_ts,
            },
        )
