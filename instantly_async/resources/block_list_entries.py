"""Email addresses and domains that must never be contacted.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        BlockListEntry,
        BulkCreateBlockListEntriesResponse,
    )


class BlockListEntriesResource(Resource):
    """Email addresses and domains that must never be contacted.

    Reached as `client.block_list_entries`.
    """

    async def create(self, *, bl_value: str) -> BlockListEntry:
        """Block an email address or domain

        Adds an email address or a whole domain to the workspace block list, so that it is never
        sent campaign emails, and returns the new entry.

        `POST /api/v2/block-lists-entries` (operationId `createBlockListEntry`)

        Args:
            bl_value: Email address or domain to block.
        """
        return await self._call(
            "createBlockListEntry",
            {
                "bl_value": bl_value,
            },
        )

    async def create_many(self, *, bl_values: Sequence[str]) -> BulkCreateBlockListEntriesResponse:
        """Block many email addresses or domains

        Adds up to 1000 email addresses or domains to the block list in one call. The answer
        contains the created entries and how many values were accepted or rejected as invalid.

        `POST /api/v2/block-lists-entries/bulk-create` (operationId `createblukBlockListEntry`)

        Args:
            bl_values: Email addresses or domains to block (1 to 1000).
        """
        return await self._call(
            "createblukBlockListEntry",
            {
                "bl_values": bl_values,
            },
        )

    async def delete(self, id: str) -> BlockListEntry:
        """Delete a block list entry

        Removes one entry from the block list, so that the address or domain can be contacted again,
        and returns the removed entry. Send the request without a body.

        `DELETE /api/v2/block-lists-entries/{id}` (operationId `deleteBlockListEntry`)

        Args:
            id: Id of the block list entry.
        """
        return await self._call(
            "deleteBlockListEntry",
            {
                "id": id,
            },
        )

    async def delete_all(
        self, *, domains_only: bool = OMIT, search: str = OMIT
    ) -> builtins.list[BlockListEntry]:
        """Delete all matching block list entries

        Removes every block list entry that matches the filters, or the whole block list when no
        filter is given, and returns the removed entries. Use with care; send the request without a
        body.

        `DELETE /api/v2/block-lists-entries` (operationId `deleteallBlockListEntry`)

        Args:
            domains_only: When true, only domain entries are considered, not single email addresses.
            search: Only consider entries whose value contains this text.
        """
        return await self._call(
            "deleteallBlockListEntry",
            {
                "domains_only": domains_only,
                "search": search,
            },
        )

    async def delete_many(self, *, ids: Sequence[str]) -> builtins.list[BlockListEntry]:
        """Delete several block list entries

        Removes up to 1000 block list entries by id and returns the removed entries.

        `POST /api/v2/block-lists-entries/bulk-delete` (operationId `deletebulkBlockListEntry`)

        Args:
            ids: Ids of the entries to remove (1 to 1000).
        """
        return await self._call(
            "deletebulkBlockListEntry",
            {
                "ids": ids,
            },
        )

    async def download(self, *, domains_only: bool = OMIT, search: str = OMIT) -> str:
        """Export the block list as CSV

        Returns the block list entries that match the filters as a CSV document (text, not JSON).

        `GET /api/v2/block-lists-entries/download` (operationId `downloadBlockListEntry`)

        Args:
            domains_only: When true, only domain entries are considered, not single email addresses.
            search: Only consider entries whose value contains this text.
        """
        return await self._call(
            "downloadBlockListEntry",
            {
                "domains_only": domains_only,
                "search": search,
            },
        )

    async def get(self, id: str) -> BlockListEntry:
        """Get a block list entry

        Returns one block list entry by its id.

        `GET /api/v2/block-lists-entries/{id}` (operationId `getBlockListEntry`)

        Args:
            id: Id of the block list entry.
        """
        return await self._call(
            "getBlockListEntry",
            {
                "id": id,
            },
        )

    def list(
        self,
        *,
        limit: int = OMIT,
        starting_after: str = OMIT,
        domains_only: bool = OMIT,
        search: str = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[BlockListEntry]:
        """List block list entries

        Returns one page of blocked email addresses and domains, optionally narrowed by text or to
        domains only.

        `GET /api/v2/block-lists-entries` (operationId `listBlockListEntry`)

        Args:
            limit: Maximum number of entries to return in one page (1 to 100, default 10).
            starting_after: Cursor copied from `next_starting_after` of the previous page; omit it for the
                first page.
            domains_only: When true, only domain entries are considered, not single email addresses.
            search: Only consider entries whose value contains this text.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listBlockListEntry",
            {
                "limit": limit,
                "starting_after": starting_after,
                "domains_only": domains_only,
                "search": search,
            },
            page_size=page_size,
            max_items=max_items,
        )

    async def update(self, id: str, *, bl_value: str | None = OMIT) -> BlockListEntry:
        """Update a block list entry

        Replaces the blocked value of an entry and returns the updated entry.

        `PATCH /api/v2/block-lists-entries/{id}` (operationId `patchBlockListEntry`)

        Args:
            id: Id of the block list entry.
            bl_value: Email address or domain that replaces the current value.
        """
        return await self._call(
            "patchBlockListEntry",
            {
                "id": id,
                "bl_value": bl_value,
            },
        )
