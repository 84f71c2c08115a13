"""Tags that group accounts and campaigns.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        AccountFilter,
        CustomTag,
        ResourceType,
        SuccessResponse,
        ToggleTagResourceFilter,
    )


class CustomTagsResource(Resource):
    """Tags that group accounts and campaigns.

    Reached as `client.custom_tags`.
    """

    async def create(self, *, label: str, description: str | None = OMIT) -> CustomTag:
        """Create a custom tag

        Creates a tag that can then be assigned to sending accounts and campaigns, and returns it. A
        label that is already in use can be refused with 409.

        `POST /api/v2/custom-tags` (operationId `createCustomTag`)

        Args:
            label: Display name of the new tag.
            description: Optional longer explanation of what the tag is for.
        """
        return await self._call(
            "createCustomTag",
            {
                "label": label,
                "description": description,
            },
        )

    async def delete(self, id: str) -> CustomTag:
        """Delete a custom tag

        Deletes the tag, which removes it from every account and campaign it was assigned to, and
        returns the deleted tag. Send the request without a body.

        `DELETE /api/v2/custom-tags/{id}` (operationId `deleteCustomTag`)

        Args:
            id: Id of the custom tag.
        """
        return await self._call(
            "deleteCustomTag",
            {
                "id": id,
            },
        )

    async def get(self, id: str) -> CustomTag:
        """Get a custom tag

        Returns one custom tag by its id.

        `GET /api/v2/custom-tags/{id}` (operationId `getCustomTag`)

        Args:
            id: Id of the custom tag.
        """
        return await self._call(
            "getCustomTag",
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
        resource_ids: str | Sequence[str] = OMIT,
        tag_ids: str | Sequence[str] = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[CustomTag]:
        """List custom tags

        Returns one page of the workspace's custom tags, optionally limited to tags assigned to
        given accounts or campaigns, to given tag ids, or to names matching a search text.

        `GET /api/v2/custom-tags` (operationId `listCustomTag`)

        Args:
            limit: Maximum number of tags to return in one page (1 to 100, default 10).
            starting_after: Cursor copied from `next_starting_after` of the previous page; omit it for the
                first page.
            search: Only return tags whose label contains this text.
            resource_ids: Comma-separated ids of accounts or campaigns; only tags assigned to at least one
                of them are returned.
            tag_ids: Comma-separated tag ids; only these tags are returned.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listCustomTag",
            {
                "limit": limit,
                "starting_after": starting_after,
                "search": search,
                "resource_ids": resource_ids,
                "tag_ids": tag_ids,
            },
            page_size=page_size,
            max_items=max_items,
        )

    async def toggle_resource(
        self,
        *,
        tag_ids: Sequence[str],
        resource_type: ResourceType | float,
        assign: bool,
        resource_ids: Sequence[str] | None = OMIT,
        excluded_resource_ids: Sequence[str] | None = OMIT,
        selected_all: bool | None = OMIT,
        filter: AccountFilter | str | (ToggleTagResourceFilter | Mapping[str, Any]) | None = OMIT,
        search: str | None = OMIT,
    ) -> SuccessResponse:
        """Assign or remove tags on accounts or campaigns

        Adds the given tags to, or removes them from, a set of sending accounts or campaigns, chosen
        either by id or by selecting everything that matches a filter. Set `assign` to true to add
        and false to remove.

        `POST /api/v2/custom-tags/toggle-resource` (operationId `toggleTagResource`)

        Args:
            tag_ids: Ids of the tags to assign or remove.
            resource_type: Kind of resource the ids refer to (1 sending accounts, 2 campaigns).
            resource_ids: Ids of the accounts or campaigns to change; not needed when `selected_all` is
                true.
            excluded_resource_ids: Resources to leave unchanged when `selected_all` is true.
            assign: True to add the tags, false to remove them.
            selected_all: When true, every resource matching `filter` and `search` is changed instead of
                `resource_ids`.
            filter: Narrows the selection when `selected_all` is true: a preset account filter name,
                or an object with tag and preset conditions.
            search: Only select resources whose name or address contains this text.
        """
        return await self._call(
            "toggleTagResource",
            {
                "tag_ids": tag_ids,
                "resource_type": resource_type,
                "resource_ids": resource_ids,
                "excluded_resource_ids": excluded_resource_ids,
                "assign": assign,
                "selected_all": selected_all,
                "filter": filter,
                "search": search,
            },
        )

    async def update(
        self, id: str, *, label: str | None = OMIT, description: str | None = OMIT
    ) -> CustomTag:
        """Update a custom tag

        Changes the label or description of a tag and returns the updated tag.

        `PATCH /api/v2/custom-tags/{id}` (operationId `patchCustomTag`)

        Args:
            id: Id of the custom tag.
            label: New display name of the tag.
            description: New explanation of the tag, or null to clear it.
        """
        return await self._call(
            "patchCustomTag",
            {
                "id": id,
                "label": label,
                "description": description,
            },
        )
