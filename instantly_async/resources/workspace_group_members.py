"""Members of a workspace group (agency setups).

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async._pagination import AsyncPager
    from instantly_async.models import (
        GetAdminWorkspaceGroupMemberResponse,
        WorkspaceGroupMember,
    )


class WorkspaceGroupMembersResource(Resource):
    """Members of a workspace group (agency setups).

    Reached as `client.workspace_group_members`.
    """

    async def admin(self) -> GetAdminWorkspaceGroupMemberResponse:
        """Get the admin workspace of the current workspace

        Tells whether the current workspace belongs to a group administered by another workspace
        and, if so, names that admin workspace.

        `GET /api/v2/workspace-group-members/admin` (operationId `getAdminWorkspaceGroupMember`)
        """
        return await self._call(
            "getAdminWorkspaceGroupMember",
            {},
        )

    async def create(self, *, sub_workspace_id: str) -> WorkspaceGroupMember:
        """Invite a workspace into the workspace group

        Invites another workspace to join the group administered by the current workspace. The new
        membership starts as `pending` until the invited workspace accepts or rejects it.

        `POST /api/v2/workspace-group-members` (operationId `createWorkspaceGroupMember`)

        Args:
            sub_workspace_id: Id of the workspace to invite.
        """
        return await self._call(
            "createWorkspaceGroupMember",
            {
                "sub_workspace_id": sub_workspace_id,
            },
        )

    async def delete(self, id: str) -> WorkspaceGroupMember:
        """Remove a workspace from the workspace group

        Ends a workspace group membership and returns it as it was before removal. Send the request
        without a body.

        `DELETE /api/v2/workspace-group-members/{id}` (operationId `deleteWorkspaceGroupMember`)

        Args:
            id: Id of the workspace group membership to remove.
        """
        return await self._call(
            "deleteWorkspaceGroupMember",
            {
                "id": id,
            },
        )

    async def get(self, id: str) -> WorkspaceGroupMember:
        """Get a workspace group member

        Returns one workspace group membership by its id.

        `GET /api/v2/workspace-group-members/{id}` (operationId `getWorkspaceGroupMember`)

        Args:
            id: Id of the workspace group membership.
        """
        return await self._call(
            "getWorkspaceGroupMember",
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
    ) -> AsyncPager[WorkspaceGroupMember]:
        """List workspace group members

        Returns the memberships of the current workspace's group, one page at a time.

        `GET /api/v2/workspace-group-members` (operationId `listWorkspaceGroupMember`)

        Args:
            limit: Maximum number of members to return in one page (1 to 100).
            starting_after: Cursor from the previous page's `next_starting_after`; omit it for the first
                page.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listWorkspaceGroupMember",
            {
                "limit": limit,
                "starting_after": starting_after,
            },
            page_size=page_size,
            max_items=max_items,
        )
