"""Tests that measure where a sender's emails land: inbox, spam or missing.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        GetInboxPlacementTestESPOptionsItem,
        GetInboxPlacementTestResponse,
        InboxPlacementTest,
        InboxPlacementTestAutomation,
        InboxPlacementTestDeliveryMode,
        InboxPlacementTestNotSendingStatus,
        InboxPlacementTestSchedule,
        InboxPlacementTestSendingMethod,
        InboxPlacementTestStatus,
        InboxPlacementTestType,
    )


class InboxPlacementTestsResource(Resource):
    """Tests that measure where a sender's emails land: inbox, spam or missing.

    Reached as `client.inbox_placement_tests`.
    """

    async def create(
        self,
        *,
        name: str,
        type: InboxPlacementTestType | float,
        sending_method: InboxPlacementTestSendingMethod | float,
        email_subject: str,
        email_body: str,
        emails: Sequence[str],
        delivery_mode: InboxPlacementTestDeliveryMode | float | None = OMIT,
        description: str | None = OMIT,
        schedule: InboxPlacementTestSchedule | Mapping[str, Any] | None = OMIT,
        campaign_id: str | None = OMIT,
        test_code: str | None = OMIT,
        tags: Sequence[str] | None = OMIT,
        text_only: bool | None = OMIT,
        recipients_labels: Sequence[GetInboxPlacementTestESPOptionsItem | Mapping[str, Any]]
        | None = OMIT,
        timestamp_next_run: str | None = OMIT,
        automations: Sequence[InboxPlacementTestAutomation | Mapping[str, Any]] | None = OMIT,
        status: InboxPlacementTestStatus | float | None = OMIT,
        not_sending_status: InboxPlacementTestNotSendingStatus | str | None = OMIT,
        run_immediately: bool | None = OMIT,
    ) -> InboxPlacementTest:
        """Create an inbox placement test

        Sets up a test that sends an email from chosen accounts to seed mailboxes at several
        providers and records whether it lands in the inbox, in spam or not at all. A test runs once
        or repeatedly on a schedule; the created test is returned.

        `POST /api/v2/inbox-placement-tests` (operationId `createInboxPlacementTest`)

        Args:
            name: Name of the test.
            delivery_mode: How the test emails go out: 1 one after another, 2 all at once.
            description: Free-text description of the test.
            schedule: When an automated test runs: the weekdays, the time of day and the time zone.
            type: 1 for a one-time test, 2 for an automated test that repeats on its schedule.
            sending_method: 1 when Instantly sends the test emails, 2 when they are sent from outside
                Instantly.
            campaign_id: Id of the campaign the test relates to, if any.
            email_subject: Subject line of the test email.
            email_body: Body of the test email.
            emails: Email addresses of the accounts the test emails are sent from.
            test_code: Code that identifies the test's emails; include it in the body when sending from
                outside Instantly.
            tags: Ids of custom tags; accounts carrying them are used to send the test.
            text_only: Send plain-text emails without open tracking.
            recipients_labels: Mailbox providers and regions the test sends seed emails to; the options come
                from the ESP options call.
            timestamp_next_run: When an automated test should first run.
            automations: Actions to take automatically when a test result crosses a condition; null or
                empty for none.
            status: Initial state of the test: 1 active, 2 paused, 3 completed.
            not_sending_status: Reason the test is not sending; normally set by the server, not by the caller.
            run_immediately: Run the test once right away, in addition to its schedule.
        """
        return await self._call(
            "createInboxPlacementTest",
            {
                "name": name,
                "delivery_mode": delivery_mode,
                "description": description,
                "schedule": schedule,
                "type": type,
                "sending_method": sending_method,
                "campaign_id": campaign_id,
                "email_subject": email_subject,
                "email_body": email_body,
                "emails": emails,
                "test_code": test_code,
                "tags": tags,
                "text_only": text_only,
                "recipients_labels": recipients_labels,
                "timestamp_next_run": timestamp_next_run,
                "automations": automations,
                "status": status,
                "not_sending_status": not_sending_status,
                "run_immediately": run_immediately,
            },
        )

    async def delete(self, id: str) -> InboxPlacementTest:
        """Delete an inbox placement test

        Deletes an inbox placement test and returns it as it was before deletion. Send the request
        without a body.

        `DELETE /api/v2/inbox-placement-tests/{id}` (operationId `deleteInboxPlacementTest`)

        Args:
            id: Id of the test to delete.
        """
        return await self._call(
            "deleteInboxPlacementTest",
            {
                "id": id,
            },
        )

    async def esp_options(self) -> builtins.list[GetInboxPlacementTestESPOptionsItem]:
        """List the seed mailbox options

        Returns the email service providers, regions and mailbox types that inbox placement tests
        can send to, for use in a test's `recipients_labels`. The answer is a plain array, not a
        page.

        `GET /api/v2/inbox-placement-tests/email-service-provider-options` (operationId `getInboxPlacementTestESPOptions`)
        """
        return await self._call(
            "getInboxPlacementTestESPOptions",
            {},
        )

    async def get(self, id: str, *, with_metadata: bool = OMIT) -> GetInboxPlacementTestResponse:
        """Get an inbox placement test

        Returns one inbox placement test. With `with_metadata` set, the answer also carries the name
        of the related campaign and the labels of the test's tags.

        `GET /api/v2/inbox-placement-tests/{id}` (operationId `getInboxPlacementTest`)

        Args:
            id: Id of the test.
            with_metadata: Also return details of the related campaign and tags.
        """
        return await self._call(
            "getInboxPlacementTest",
            {
                "id": id,
                "with_metadata": with_metadata,
            },
        )

    def list(
        self,
        *,
        limit: int = OMIT,
        starting_after: str = OMIT,
        search: str = OMIT,
        status: Literal[1, 2, 3] = OMIT,
        sort_order: Literal["asc", "desc"] = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[InboxPlacementTest]:
        """List inbox placement tests

        Returns the workspace's inbox placement tests one page at a time, optionally filtered by
        name or status and sorted by creation time.

        `GET /api/v2/inbox-placement-tests` (operationId `listInboxPlacementTest`)

        Args:
            limit: Maximum number of tests to return in one page (1 to 100).
            starting_after: Cursor from the previous page's `next_starting_after`; omit it for the first
                page.
            search: Text to match against test names.
            status: Return only tests in this state: 1 active, 2 paused, 3 completed.
            sort_order: Order of the results by creation time, ascending or descending.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listInboxPlacementTest",
            {
                "limit": limit,
                "starting_after": starting_after,
                "search": search,
                "status": status,
                "sort_order": sort_order,
            },
            page_size=page_size,
            max_items=max_items,
        )

    async def update(
        self,
        id: str,
        *,
        name: str | None = OMIT,
        schedule: InboxPlacementTestSchedule | Mapping[str, Any] | None = OMIT,
        automations: Sequence[InboxPlacementTestAutomation | Mapping[str, Any]] | None = OMIT,
        status: InboxPlacementTestStatus | float | None = OMIT,
    ) -> InboxPlacementTest:
        """Update an inbox placement test

        Changes the name, schedule, automations or status of an inbox placement test, for example to
        pause or resume an automated test, and returns the updated test.

        `PATCH /api/v2/inbox-placement-tests/{id}` (operationId `patchInboxPlacementTest`)

        Args:
            id: Id of the test to update.
            name: New name of the test.
            schedule: When an automated test runs: the weekdays, the time of day and the time zone.
            automations: Actions to take automatically when a test result crosses a condition; null or
                empty for none.
            status: New state of the test: 1 active, 2 paused, 3 completed.
        """
        return await self._call(
            "patchInboxPlacementTest",
            {
                "id": id,
                "name": name,
                "schedule": schedule,
                "automations": automations,
                "status": status,
            },
        )
