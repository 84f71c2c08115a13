"""Connecting Google and Microsoft mailboxes through OAuth.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from instantly_async._jobs import OAuthMixin
from instantly_async._resource import Resource

if TYPE_CHECKING:
    from instantly_async.models import (
        GetOAuthSessionStatusResponse,
        InitOAuthResponse,
    )


class OauthResource(OAuthMixin, Resource):
    """Connecting Google and Microsoft mailboxes through OAuth.

    Reached as `client.oauth`.
    """

    async def init_google(self) -> InitOAuthResponse:
        """Start connecting a Google mailbox

        Starts an OAuth session for connecting a Google mailbox and returns the Google consent URL
        the user must open, plus a session id. Poll the session status with that id until it reports
        success, error or expired; a session lasts 10 minutes. Limited to 75 calls per minute per
        workspace: on 429, honour `Retry-After` when present.

        `POST /api/v2/oauth/google/init` (operationId `initGoogleOAuth`)
        """
        return await self._call(
            "initGoogleOAuth",
            {},
        )

    async def init_microsoft(self) -> InitOAuthResponse:
        """Start connecting a Microsoft mailbox

        Starts an OAuth session for connecting a Microsoft mailbox and returns the Microsoft consent
        URL the user must open, plus a session id. Poll the session status with that id until it
        reports success, error or expired; a session lasts 10 minutes. Limited to 75 calls per
        minute per workspace: on 429, honour `Retry-After` when present.

        `POST /api/v2/oauth/microsoft/init` (operationId `initMicrosoftOAuth`)
        """
        return await self._call(
            "initMicrosoftOAuth",
            {},
        )

    async def session_status(self, sessionId: str) -> GetOAuthSessionStatusResponse:
        """Check an OAuth session

        Reports the state of a Google or Microsoft OAuth session: `pending` while the user has not
        finished, then `success` with the connected mailbox, `error` with a reason, or `expired`
        after 10 minutes. Poll it until the status is no longer `pending`.

        `GET /api/v2/oauth/session/status/{sessionId}` (operationId `getOAuthSessionStatus`)

        Args:
            sessionId: Session id returned by the init call.
        """
        return await self._call(
            "getOAuthSessionStatus",
            {
                "sessionId": sessionId,
            },
        )
