"""Phone numbers and other resources used by CRM actions.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from instantly_async._resource import Resource

if TYPE_CHECKING:
    from instantly_async.models import (
        DeletePhoneNumberResponse,
        ListPhoneNumbersItem,
    )


class CrmActionsResource(Resource):
    """Phone numbers and other resources used by CRM actions.

    Reached as `client.crm_actions`.
    """

    async def delete_phone_number(self, id: str) -> DeletePhoneNumberResponse:
        """Release a phone number

        Removes the phone number with the given id from the workspace and returns its record. The
        number can no longer be used for calls or messages.

        `DELETE /api/v2/crm-actions/phone-numbers/{id}` (operationId `deletePhoneNumber`)

        Args:
            id: Id of the phone number record.
        """
        return await self._call(
            "deletePhoneNumber",
            {
                "id": id,
            },
        )

    async def list_phone_numbers(self) -> builtins.list[ListPhoneNumbersItem]:
        """List the workspace's phone numbers

        Returns every phone number the workspace has bought for CRM calling and texting, with its
        country, renewal date and price. The result is a plain array, not a page.

        `GET /api/v2/crm-actions/phone-numbers` (operationId `listPhoneNumbers`)
        """
        return await self._call(
            "listPhoneNumbers",
            {},
        )
