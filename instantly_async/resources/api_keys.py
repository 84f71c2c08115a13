"""API keys of the workspace and their scopes.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        APIKey,
        APIKeyScope,
    )


class ApiKeysResource(Resource):
    """API keys of the workspace and their scopes.

    Reached as `client.api_keys`.
    """

    async def create(self, *, name: str, scopes: Sequence[APIKeyScope | str]) -> APIKey:
        """Create an API key

        Creates a new API key for the workspace with the given name and scopes, and returns it
        including the secret `key` value to use as the Bearer token. Store the secret right away.

        `POST /api/v2/api-keys` (operationId `createAPIKey`)

        Args:
            name: Label for the new key.
            scopes: Permissions to grant, each written `resource:action`, such as `leads:read` or
                `all:all`.
        """
        return await self._call(
            "createAPIKey",
            {
                "name": name,
                "scopes": scopes,
            },
        )

    async def delete(self, id: str) -> APIKey:
        """Delete an API key

        Revokes the API key so that requests made with it are refused from then on, and returns the
        deleted key. Send the request without a body.

        `DELETE /api/v2/api-keys/{id}` (operationId `deleteAPIKey`)

        Args:
            id: Id of the API key.
        """
        return await self._call(
            "deleteAPIKey",
            {
                "id": id,
            },
        )

    def list(
        self,
        *,
        limit: int = OMIT,
        starting_after: str = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[APIKey]:
        """List API keys

        Returns one page of the workspace's API keys with their names and scopes.

        `GET /api/v2/api-keys` (operationId `listAPIKey`)

        Args:
            limit: Maximum number of keys to return in one page (1 to 100, default 10).
            starting_after: Cursor copied from `next_starting_after` of the previous page; omit it for the
                first page.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listAPIKey",
            {
                "limit": limit,
                "starting_after": starting_after,
            },
            page_size=page_size,
            max_items=max_items,
        )
