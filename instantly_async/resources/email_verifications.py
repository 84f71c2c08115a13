"""Deliverability checks of single email addresses.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from instantly_async._jobs import EmailVerificationsMixin
from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async.models import (
        EmailVerification,
    )


class EmailVerificationsResource(EmailVerificationsMixin, Resource):
    """Deliverability checks of single email addresses.

    Reached as `client.email_verifications`.
    """

    async def create(self, *, email: str, webhook_url: str | None = OMIT) -> EmailVerification:
        """Verify an email address

        Checks whether an email address can receive mail and uses verification credits. If the check
        takes longer than about 10 seconds, the answer has `verification_status` set to `pending`:
        poll the status operation or wait for the optional webhook.

        `POST /api/v2/email-verification` (operationId `createEmailVerification`)

        Args:
            email: Email address to verify.
            webhook_url: URL that is sent the result when the verification takes longer than about 10
                seconds.
        """
        return await self._call(
            "createEmailVerification",
            {
                "email": email,
                "webhook_url": webhook_url,
            },
        )

    async def get(self, email: str) -> EmailVerification:
        """Get the result of an email verification

        Returns the latest verification result for the given address. Poll it after a verification
        answered `pending` until the status becomes `verified` or `invalid`.

        `GET /api/v2/email-verification/{email}` (operationId `checkVerificationStatus`)

        Args:
            email: Address that was sent for verification; percent-encode it in the path.
        """
        return await self._call(
            "checkVerificationStatus",
            {
                "email": email,
            },
        )
