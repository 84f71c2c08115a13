"""Emails in the Unibox: campaign sends, replies and manual messages.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        CountUnreadEmailsResponse,
        Email,
        EmailBody,
        SendTestEmailBody,
        SendTestEmailResponse,
        SuccessResponse,
    )


class EmailsResource(Resource):
    """Emails in the Unibox: campaign sends, replies and manual messages.

    Reached as `client.emails`.
    """

    async def count_unread(self) -> CountUnreadEmailsResponse:
        """Count unread emails

        Returns how many emails in the Unibox are still unread.

        `GET /api/v2/emails/unread/count` (operationId `countUnreadEmails`)
        """
        return await self._call(
            "countUnreadEmails",
            {},
        )

    async def delete(self, id: str) -> Email:
        """Delete an email

        Removes the email from the Unibox and returns it as it was. Send the request without a body.

        `DELETE /api/v2/emails/{id}` (operationId `deleteEmail`)

        Args:
            id: Id of the email.
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
        eaccount: str,
        reply_to_uuid: str,
        to_address_email_list: str,
        subject: str,
        body: EmailBody | Mapping[str, Any] | None = OMIT,
        cc_address_email_list: str | None = OMIT,
        bcc_address_email_list: str | None = OMIT,
        reply_to: str | None = OMIT,
        forwarded_attachments: str | None = OMIT,
        include_original_body: bool | None = OMIT,
        assigned_to: str | None = OMIT,
    ) -> Email:
        """Forward an email

        Forwards the email given in `reply_to_uuid` to new recipients from one of the workspace's
        accounts, and returns the sent email. Supply a body, or set `include_original_body` to true
        to forward the original content. Not idempotent.

        `POST /api/v2/emails/forward` (operationId `forwardEmail`)

        Args:
            eaccount: Workspace sending account that sends the forward.
            reply_to_uuid: Id of the email being forwarded.
            to_address_email_list: Recipient addresses, comma-separated.
            subject: Subject line of the forward.
            body: Content written above the forwarded email.
            cc_address_email_list: CC addresses, comma-separated.
            bcc_address_email_list: BCC addresses, comma-separated.
            reply_to: Reply-To address for the forward.
            forwarded_attachments: Attachments of the original email to include.
            include_original_body: When true, the original email's content is included in the forward.
            assigned_to: Id of the user the conversation is assigned to.
        """
        return await self._call(
            "forwardEmail",
            {
                "eaccount": eaccount,
                "reply_to_uuid": reply_to_uuid,
                "to_address_email_list": to_address_email_list,
                "subject": subject,
                "body": body,
                "cc_address_email_list": cc_address_email_list,
                "bcc_address_email_list": bcc_address_email_list,
                "reply_to": reply_to,
                "forwarded_attachments": forwarded_attachments,
                "include_original_body": include_original_body,
                "assigned_to": assigned_to,
            },
        )

    async def get(self, id: str) -> Email:
        """Get an email

        Returns one email of the Unibox with its headers, body and metadata.

        `GET /api/v2/emails/{id}` (operationId `getEmail`)

        Args:
            id: Id of the email.
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
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[Email]:
        """List emails

        Returns one page of emails from the Unibox (campaign sends, replies, manual and scheduled
        emails), with many filters. Limited to 20 calls per minute, which behaves as a sliding
        window: pace requests below that rate.

        `GET /api/v2/emails` (operationId `listEmail`)

        Args:
            limit: Maximum number of emails to return in one page (1 to 100, default 10).
            starting_after: Cursor copied from `next_starting_after` of the previous page; omit it for the
                first page.
            search: Lead email address to look for, or `thread:<thread id>` to return the emails of
                one thread.
            campaign_id: Only return emails of this campaign.
            list_id: Only return emails of leads in this lead list.
            i_status: Only return emails with this interest status.
            eaccount: Only return emails of these sending accounts (one address or a comma-separated
                list).
            is_unread: When set, only return unread (true) or read (false) emails.
            has_reminder: When true, only return emails that have a reminder set.
            mode: Inbox view to read from, `emode_focused` (primary), `emode_others` or
                `emode_all`.
            preview_only: When true, emails come back with a short preview instead of the full body.
            sort_order: Order by creation time, newest first (`desc`, default) or oldest first (`asc`).
            scheduled_only: When true, only return emails scheduled to be sent later.
            assigned_to: Only return emails assigned to this user id.
            lead: Only return emails exchanged with this lead email address.
            company_domain: Only return emails exchanged with leads of this company domain.
            marked_as_done: When set, only return emails that are (true) or are not (false) marked as done.
            email_type: Only return received, sent or manually sent emails.
            min_timestamp_created: Only return emails stored at or after this time (ISO-8601).
            max_timestamp_created: Only return emails stored before or at this time (ISO-8601).
            latest_of_thread: When true, only the most recent email of each thread is returned.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
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
            page_size=page_size,
            max_items=max_items,
        )

    async def mark_thread_as_read(self, thread_id: str) -> SuccessResponse:
        """Mark a thread as read

        Marks every email of the given thread as read. Send the request without a body.

        `POST /api/v2/emails/threads/{thread_id}/mark-as-read` (operationId `markThreadAsRead`)

        Args:
            thread_id: Id of the thread, as found in the emails' `thread_id` field.
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
        body: EmailBody | Mapping[str, Any],
        additional_recipients: Sequence[str] | None = OMIT,
        cc_address_email_list: str | None = OMIT,
        bcc_address_email_list: str | None = OMIT,
        reminder_ts: datetime | None = OMIT,
        assigned_to: str | None = OMIT,
    ) -> Email:
        """Reply to an email

        Sends a reply, from one of the workspace's accounts, to the email whose id is given in
        `reply_to_uuid`, and returns the sent email. Not idempotent: a retry after a timeout can
        send the reply twice.

        `POST /api/v2/emails/reply` (operationId `replyToEmail`)

        Args:
            eaccount: Workspace sending account that sends the reply.
            reply_to_uuid: Id of the email being answered.
            subject: Subject line of the reply.
            body: Content of the reply; give HTML, text or both.
            additional_recipients: Extra addresses to include besides the original sender.
            cc_address_email_list: CC addresses, comma-separated.
            bcc_address_email_list: BCC addresses, comma-separated.
            reminder_ts: Time at which to be reminded about the conversation.
            assigned_to: Id of the user the conversation is assigned to.
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
        body: SendTestEmailBody | Mapping[str, Any],
    ) -> SendTestEmailResponse:
        """Send a test email from an account

        Sends one email from the given sending account to the given recipients, to check the account
        and the content. Limited to 10 calls per minute. A failure can come back with HTTP 200 and
        an `error` code (such as `ACC_AUTH_ERROR`) instead of `status: success`, so check the body.

        `POST /api/v2/emails/test` (operationId `sendTestEmail`)

        Args:
            eaccount: Workspace sending account that sends the test.
            to_address_email_list: Recipient addresses, comma-separated.
            subject: Subject line of the test email.
            body: Content of the test email.
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
        """Update an email

        Changes the read state or the reminder time of an email and returns the updated email.

        `PATCH /api/v2/emails/{id}` (operationId `patchEmail`)

        Args:
            id: Id of the email.
            is_unread: 1 to mark the email unread, 0 to mark it read.
            reminder_ts: Time at which a reminder is due; null removes the reminder.
        """
        return await self._call(
            "patchEmail",
            {
                "id": id,
                "is_unread": is_unread,
                "reminder_ts": reminder_ts,
            },
        )
