"""Sending email accounts: connect, configure, pause and warm up mailboxes.

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
        Account,
        AccountProviderCode,
        AccountWarmup,
        BackgroundJob,
        GetCtdStatusResponse,
        GetDailyAccountAnalyticsItem,
        GetWarmupAnalyticsResponse,
        ListAccountItem,
        MoveAccountsResponse,
        PauseAccountsResponse,
        TestAccountVitalsResponse,
        WarmupForAccountsFilter,
    )


class AccountsResource(Resource):
    """Sending email accounts: connect, configure, pause and warm up mailboxes.

    Reached as `client.accounts`.
    """

    async def create(
        self,
        *,
        email: str,
        first_name: str,
        last_name: str,
        provider_code: AccountProviderCode | float,
        imap_username: str,
        imap_password: str,
        imap_host: str,
        imap_port: float,
        smtp_username: str,
        smtp_password: str,
        smtp_host: str,
        smtp_port: float,
        warmup: AccountWarmup | Mapping[str, Any] | None = OMIT,
        daily_limit: float | None = OMIT,
        tracking_domain_name: str | None = OMIT,
        tracking_domain_status: str | None = OMIT,
        enable_slow_ramp: bool | None = OMIT,
        inbox_placement_test_limit: float | None = OMIT,
        sending_gap: float | None = OMIT,
        signature: str | None = OMIT,
        reply_to: str | None = OMIT,
        warmup_custom_ftag: str | None = OMIT,
        skip_cname_check: bool | None = OMIT,
    ) -> Account:
        """Add a sending account over IMAP/SMTP

        Connects a mailbox to the workspace using the IMAP and SMTP credentials in the body and
        returns the new account. Set `provider_code` to the mailbox's real provider, otherwise the
        account will not send. The call is not idempotent: after a timeout, check with a get before
        retrying.

        `POST /api/v2/accounts` (operationId `createAccount`)

        Args:
            email: Email address of the mailbox to connect.
            first_name: Sender first name shown on emails from this account.
            last_name: Sender last name shown on emails from this account.
            warmup: Initial warmup settings.
            daily_limit: Maximum number of campaign emails per day.
            tracking_domain_name: Custom domain for open and click tracking links.
            tracking_domain_status: Verification state of the custom tracking domain.
            enable_slow_ramp: Whether to raise the daily sending volume gradually.
            inbox_placement_test_limit: Maximum number of inbox placement test emails the account may send.
            provider_code: Email provider of the mailbox (1 custom IMAP/SMTP, 2 Google, 3 Microsoft, 4 AWS,
                8 AirMail, 11 AirMail Instant); it must match the real provider.
            sending_gap: Minimum minutes between two emails from this account (0 to 1440).
            signature: Signature appended to emails sent from this account.
            reply_to: Address that replies should go to.
            imap_username: User name for the IMAP login.
            imap_password: Password for the IMAP login.
            imap_host: IMAP server host name.
            imap_port: IMAP server port.
            smtp_username: User name for the SMTP login.
            smtp_password: Password for the SMTP login.
            smtp_host: SMTP server host name.
            smtp_port: SMTP server port.
            warmup_custom_ftag: Custom keyword placed in warmup emails so they can be recognised.
            skip_cname_check: When true, the tracking domain is saved without checking its CNAME record.
        """
        return await self._call(
            "createAccount",
            {
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "warmup": warmup,
                "daily_limit": daily_limit,
                "tracking_domain_name": tracking_domain_name,
                "tracking_domain_status": tracking_domain_status,
                "enable_slow_ramp": enable_slow_ramp,
                "inbox_placement_test_limit": inbox_placement_test_limit,
                "provider_code": provider_code,
                "sending_gap": sending_gap,
                "signature": signature,
                "reply_to": reply_to,
                "imap_username": imap_username,
                "imap_password": imap_password,
                "imap_host": imap_host,
                "imap_port": imap_port,
                "smtp_username": smtp_username,
                "smtp_password": smtp_password,
                "smtp_host": smtp_host,
                "smtp_port": smtp_port,
                "warmup_custom_ftag": warmup_custom_ftag,
                "skip_cname_check": skip_cname_check,
            },
        )

    async def ctd_status(self, *, host: str) -> GetCtdStatusResponse:
        """Check a custom tracking domain

        Checks whether the given custom tracking domain has a correct CNAME record and a working SSL
        certificate, and reports the result of each check.

        `GET /api/v2/accounts/ctd/status` (operationId `getCtdStatus`)

        Args:
            host: Host name of the custom tracking domain to check, e.g. `track.example.com`.
        """
        return await self._call(
            "getCtdStatus",
            {
                "host": host,
            },
        )

    async def daily_analytics(
        self, *, start_date: str = OMIT, end_date: str = OMIT, emails: Sequence[str] = OMIT
    ) -> builtins.list[GetDailyAccountAnalyticsItem]:
        """Get daily sending statistics per account

        Returns one row per account and day with counts of emails sent, bounces, opens, replies and
        clicks. The result is a plain array, not a page; a date range that is too large is refused
        with 413.

        `GET /api/v2/accounts/analytics/daily` (operationId `getDailyAccountAnalytics`)

        Args:
            start_date: First day to include, as `YYYY-MM-DD`.
            end_date: Last day to include, as `YYYY-MM-DD`.
            emails: Sending accounts to report on (1 to 200), sent as a repeated `emails` query key;
                omit it to cover every account.
        """
        return await self._call(
            "getDailyAccountAnalytics",
            {
                "start_date": start_date,
                "end_date": end_date,
                "emails": emails,
            },
        )

    async def delete(self, email: str) -> Account:
        """Remove a sending account

        Removes the account with the given email address from the workspace and returns the account
        as it was. Send the request without a body.

        `DELETE /api/v2/accounts/{email}` (operationId `deleteAccount`)

        Args:
            email: Email address of the sending account, which is the account's key in the path.
                Percent-encode it fully (`@` as `%40`, `+` as `%2B`).
        """
        return await self._call(
            "deleteAccount",
            {
                "email": email,
            },
        )

    async def disable_warmup(
        self,
        *,
        emails: Sequence[str] | None = OMIT,
        include_all_emails: bool | None = OMIT,
        excluded_emails: Sequence[str] | None = OMIT,
        filter: WarmupForAccountsFilter | Mapping[str, Any] | None = OMIT,
        search: str | None = OMIT,
        wait: bool = False,
    ) -> BackgroundJob:
        """Stop warmup for several accounts

        Starts a background job that turns warmup off for the accounts chosen by `emails`, or for
        all accounts (minus `excluded_emails`) when `include_all_emails` is true. The answer is the
        job in its initial state; poll `GET /api/v2/background-jobs/{id}` until it reaches a final
        status.

        `POST /api/v2/accounts/warmup/disable` (operationId `disableWarmupForAccounts`)

        Args:
            emails: Addresses of workspace accounts to disable warmup for (up to 100).
            include_all_emails: When true, every account in the workspace is selected, except those in
                `excluded_emails`.
            excluded_emails: Addresses to leave out when `include_all_emails` is true (up to 100).
            filter: Optional extra criteria that narrow the selected accounts.
            search: Only select accounts whose address contains this text.
            wait: Wait for the background job to finish and return it finished (raises if it fails).
        """
        return await self._call(
            "disableWarmupForAccounts",
            {
                "emails": emails,
                "include_all_emails": include_all_emails,
                "excluded_emails": excluded_emails,
                "filter": filter,
                "search": search,
            },
            wait=wait,
        )

    async def enable_warmup(
        self,
        *,
        emails: Sequence[str] | None = OMIT,
        include_all_emails: bool | None = OMIT,
        excluded_emails: Sequence[str] | None = OMIT,
        filter: WarmupForAccountsFilter | Mapping[str, Any] | None = OMIT,
        search: str | None = OMIT,
        wait: bool = False,
    ) -> BackgroundJob:
        """Start warmup for several accounts

        Starts a background job that turns warmup on for the accounts chosen by `emails`, or for all
        accounts (minus `excluded_emails`) when `include_all_emails` is true. The answer is the job
        in its initial state; poll `GET /api/v2/background-jobs/{id}` until it reaches a final
        status.

        `POST /api/v2/accounts/warmup/enable` (operationId `enableWarmupForAccounts`)

        Args:
            emails: Addresses of workspace accounts to enable warmup for (up to 100).
            include_all_emails: When true, every account in the workspace is selected, except those in
                `excluded_emails`.
            excluded_emails: Addresses to leave out when `include_all_emails` is true (up to 100).
            filter: Optional extra criteria that narrow the selected accounts.
            search: Only select accounts whose address contains this text.
            wait: Wait for the background job to finish and return it finished (raises if it fails).
        """
        return await self._call(
            "enableWarmupForAccounts",
            {
                "emails": emails,
                "include_all_emails": include_all_emails,
                "excluded_emails": excluded_emails,
                "filter": filter,
                "search": search,
            },
            wait=wait,
        )

    async def get(self, email: str) -> Account:
        """Get a sending account

        Returns the sending account whose email address is given in the path, with its limits,
        warmup settings and current status.

        `GET /api/v2/accounts/{email}` (operationId `getAccount`)

        Args:
            email: Email address of the sending account, which is the account's key in the path.
                Percent-encode it fully (`@` as `%40`, `+` as `%2B`).
        """
        return await self._call(
            "getAccount",
            {
                "email": email,
            },
        )

    def list(
        self,
        *,
        limit: int = OMIT,
        starting_after: str = OMIT,
        search: str = OMIT,
        status: Literal[1, 2, 3, -1, -2, -3] = OMIT,
        provider_code: Literal[1, 2, 3, 4, 8, 11] = OMIT,
        tag_ids: str | Sequence[str] = OMIT,
        tag_ids_all: str = OMIT,
        include_tags: bool = OMIT,
        filter: Literal[
            "ACC_FILTER_PAUSED",
            "ACC_FILTER_ERROR",
            "ACC_FILTER_NO_CTD",
            "ACC_FILTER_PW_ACCOUNTS",
            "ACC_FILTER_DFY",
            "ACC_FILTER_DFY_SETUP_PENDING",
            "ACC_FILTER_W_ACTIVE",
            "ACC_FILTER_W_PAUSED",
            "ACC_FILTER_W_ERROR",
        ] = OMIT,
        sort_by: Literal["timestamp_created", "email", "stat_warmup_score", "status"] = OMIT,
        sort_order: Literal["asc", "desc"] = OMIT,
        skip: int = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[ListAccountItem]:
        """List sending accounts

        Returns one page of the workspace's email accounts, optionally narrowed by search text,
        status, provider, tags or a preset filter, and sorted as requested. Pass `include_tags=true`
        to get the tags of each account in the `tags` field.

        `GET /api/v2/accounts` (operationId `listAccount`)

        Args:
            limit: Maximum number of items to return in one page (1 to 100, default 10).
            starting_after: Opaque cursor copied from `next_starting_after` of the previous page; omit it
                for the first page.
            search: Text to look for in the account email addresses.
            status: Only return accounts with this sending status (see `Account.status`).
            provider_code: Only return accounts of this email provider.
            tag_ids: Comma-separated custom tag ids; returns accounts that carry at least one of
                them.
            tag_ids_all: Comma-separated custom tag ids; returns only accounts that carry every one of
                them.
            include_tags: When true, each returned account includes the custom tags assigned to it.
            filter: Preset filter, e.g. paused accounts, accounts with errors, accounts without a
                custom tracking domain, done-for-you or pre-warmed accounts, or accounts by
                warmup state.
            sort_by: Field used to order the results.
            sort_order: Sort direction, ascending or descending.
            skip: Number of matching accounts to skip before the page starts.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listAccount",
            {
                "limit": limit,
                "starting_after": starting_after,
                "search": search,
                "status": status,
                "provider_code": provider_code,
                "tag_ids": tag_ids,
                "tag_ids_all": tag_ids_all,
                "include_tags": include_tags,
                "filter": filter,
                "sort_by": sort_by,
                "sort_order": sort_order,
                "skip": skip,
            },
            page_size=page_size,
            max_items=max_items,
        )

    async def mark_fixed(self, email: str) -> Account:
        """Mark an account's error as fixed

        Tells Instantly that the problem behind an account's error status (for example a connection
        or sending error) has been resolved, so that the account is checked and used again. Returns
        the updated account; send the request without a body.

        `POST /api/v2/accounts/{email}/mark-fixed` (operationId `markAccountFixed`)

        Args:
            email: Email address of the sending account, which is the account's key in the path.
                Percent-encode it fully (`@` as `%40`, `+` as `%2B`).
        """
        return await self._call(
            "markAccountFixed",
            {
                "email": email,
            },
        )

    async def move(
        self, *, emails: Sequence[str], source_workspace_id: str, destination_workspace_id: str
    ) -> MoveAccountsResponse:
        """Move accounts to another workspace

        Transfers the listed sending accounts from the source workspace to the destination
        workspace. The API key must have access to both workspaces. Not idempotent: a retry after a
        timeout may find the accounts already moved.

        `POST /api/v2/accounts/move` (operationId `moveAccounts`)

        Args:
            emails: Addresses of the accounts to move (at least one).
            source_workspace_id: Id of the workspace that currently owns the accounts.
            destination_workspace_id: Id of the workspace that receives the accounts.
        """
        return await self._call(
            "moveAccounts",
            {
                "emails": emails,
                "source_workspace_id": source_workspace_id,
                "destination_workspace_id": destination_workspace_id,
            },
        )

    async def pause(self, email: str) -> Account:
        """Pause a sending account

        Stops the account from sending campaign emails until it is resumed, and returns the updated
        account. Send the request without a body.

        `POST /api/v2/accounts/{email}/pause` (operationId `pauseAccount`)

        Args:
            email: Email address of the sending account, which is the account's key in the path.
                Percent-encode it fully (`@` as `%40`, `+` as `%2B`).
        """
        return await self._call(
            "pauseAccount",
            {
                "email": email,
            },
        )

    async def pause_many(self, *, emails: Sequence[str]) -> PauseAccountsResponse:
        """Pause several sending accounts

        Pauses up to 100 accounts at once so that they stop sending campaign emails. The answer
        lists which addresses were paused and which could not be.

        `POST /api/v2/accounts/pause` (operationId `pauseAccounts`)

        Args:
            emails: Addresses of the accounts to pause (1 to 100).
        """
        return await self._call(
            "pauseAccounts",
            {
                "emails": emails,
            },
        )

    async def resume(self, email: str) -> Account:
        """Resume a paused sending account

        Lets a paused account send campaign emails again and returns the updated account. Send the
        request without a body.

        `POST /api/v2/accounts/{email}/resume` (operationId `resumeAccount`)

        Args:
            email: Email address of the sending account, which is the account's key in the path.
                Percent-encode it fully (`@` as `%40`, `+` as `%2B`).
        """
        return await self._call(
            "resumeAccount",
            {
                "email": email,
            },
        )

    async def test_vitals(
        self, *, accounts: Sequence[str] | None = OMIT
    ) -> TestAccountVitalsResponse:
        """Check the DNS setup of accounts' domains

        Tests the MX, SPF, DKIM and DMARC records of the domains behind the listed sending accounts
        and returns the domains that pass every check apart from those that fail one or more.

        `POST /api/v2/accounts/test/vitals` (operationId `testAccountVitals`)

        Args:
            accounts: Email addresses of the sending accounts to test.
        """
        return await self._call(
            "testAccountVitals",
            {
                "accounts": accounts,
            },
        )

    async def update(
        self,
        email: str,
        *,
        first_name: str | None = OMIT,
        last_name: str | None = OMIT,
        warmup: AccountWarmup | Mapping[str, Any] | None = OMIT,
        daily_limit: float | None = OMIT,
        tracking_domain_name: str | None = OMIT,
        tracking_domain_status: str | None = OMIT,
        enable_slow_ramp: bool | None = OMIT,
        inbox_placement_test_limit: float | None = OMIT,
        sending_gap: float | None = OMIT,
        signature: str | None = OMIT,
        reply_to: str | None = OMIT,
        skip_cname_check: bool | None = OMIT,
        remove_tracking_domain: bool | None = OMIT,
    ) -> Account:
        """Update a sending account

        Changes the settings of the account given by its email address, such as sender name, daily
        limit, warmup options, signature or tracking domain. Only the fields present in the body are
        changed; the updated account is returned.

        `PATCH /api/v2/accounts/{email}` (operationId `patchAccount`)

        Args:
            email: Email address of the sending account, which is the account's key in the path.
                Percent-encode it fully (`@` as `%40`, `+` as `%2B`).
            first_name: Sender first name shown on emails from this account.
            last_name: Sender last name shown on emails from this account.
            warmup: Warmup settings to apply.
            daily_limit: Maximum number of campaign emails per day.
            tracking_domain_name: Custom domain for open and click tracking links.
            tracking_domain_status: Verification state of the custom tracking domain.
            enable_slow_ramp: Whether to raise the daily sending volume gradually.
            inbox_placement_test_limit: Maximum number of inbox placement test emails the account may send.
            sending_gap: Minimum minutes between two emails from this account (0 to 1440).
            signature: Signature appended to emails sent from this account.
            reply_to: Address that replies should go to; null clears it.
            skip_cname_check: When true, a new tracking domain is saved without checking its CNAME record.
            remove_tracking_domain: When true, the custom tracking domain is detached from the account.
        """
        return await self._call(
            "patchAccount",
            {
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "warmup": warmup,
                "daily_limit": daily_limit,
                "tracking_domain_name": tracking_domain_name,
                "tracking_domain_status": tracking_domain_status,
                "enable_slow_ramp": enable_slow_ramp,
                "inbox_placement_test_limit": inbox_placement_test_limit,
                "sending_gap": sending_gap,
                "signature": signature,
                "reply_to": reply_to,
                "skip_cname_check": skip_cname_check,
                "remove_tracking_domain": remove_tracking_domain,
            },
        )

    async def warmup_analytics(self, *, emails: Sequence[str]) -> GetWarmupAnalyticsResponse:
        """Get warmup statistics for accounts

        Returns warmup results for up to 100 accounts: for each account, day-by-day counts of warmup
        emails sent, received and landed in inbox or spam, plus totals with a health score. This is
        a read operation even though it uses POST.

        `POST /api/v2/accounts/warmup-analytics` (operationId `getWarmupAnalytics`)

        Args:
            emails: Addresses of workspace accounts to report on (1 to 100).
        """
        return await self._call(
            "getWarmupAnalytics",
            {
                "emails": emails,
            },
        )
