"""Users of the workspace and their roles.

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
        WorkspaceMember,
        WorkspaceMemberPermission,
        WorkspaceMemberRole,
    )


class WorkspaceMembersResource(Resource):
    """Users of the workspace and their roles.

    Reached as `client.workspace_members`.
    """

    async def create(
        self,
        *,
        email: str,
        role: WorkspaceMemberRole | str,
        user_email: str | None = OMIT,
        nickname: str | None = OMIT,
        permissions: Sequence[WorkspaceMemberPermission | str] | None = OMIT,
    ) -> WorkspaceMember:
        """Invite a user to the workspace

        Invites a person by email to join the workspace with the given role and returns the new
        member. The member stays unaccepted until the person accepts the invitation.

        `POST /api/v2/workspace-members` (operationId `createWorkspaceMember`)

        Args:
            email: Email address to send the invitation to.
            user_email: Email address of the user account linked to the membership.
            nickname: Display name of the member within the workspace, up to 80 characters.
            role: Role of the member: `owner` has full control, `admin` everything except deleting
                the workspace, `editor` can edit but not manage workspace settings, `view` is
                read-only. The `client` role is used only in the agency (white-label) view and
                cannot be set through the API.
            permissions: Fine-grained permissions to grant, such as `campaigns.edit` or `leads.move`;
                omit to use the role's defaults.
        """
        return await self._call(
            "createWorkspaceMember",
            {
                "email": email,
                "user_email": user_email,
                "nickname": nickname,
                "role": role,
                "permissions": permissions,
            },
        )

    async def delete(self, id: str) -> WorkspaceMember:
        """Remove a member from the workspace

        Removes a user, or withdraws a pending invitation, and returns the member as it was before
        removal. Send the request without a body.

        `DELETE /api/v2/workspace-members/{id}` (operationId `deleteWorkspaceMember`)

        Args:
            id: Id of the workspace member to remove.
        """
        return await self._call(
            "deleteWorkspaceMember",
            {
                "id": id,
            },
        )

    async def get(self, id: str) -> WorkspaceMember:
        """Get a workspace member

        Returns one workspace member by its id.

        `GET /api/v2/workspace-members/{id}` (operationId `getWorkspaceMember`)

        Args:
            id: Id of the workspace member.
        """
        return await self._call(
            "getWorkspaceMember",
            {
                "id": id,
            },
        )

    def list(
        self,
        *,
        limit: int = OMIT,
        starting_after: str = OMIT,
        accepted: bool = OMIT,
        search: str = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[WorkspaceMember]:
        """List workspace members

        Returns the users of the workspace and pending invitations one page at a time, optionally
        only accepted or unaccepted ones, or those matching a search text.

        `GET /api/v2/workspace-members` (operationId `listWorkspaceMember`)

        Args:
            limit: Maximum number of members to return in one page (1 to 100).
            starting_after: Cursor from the previous page's `next_starting_after`; omit it for the first
                page.
            accepted: Return only members who have (true) or have not (false) accepted their
                invitation.
            search: Text to match against the members' names and email addresses.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listWorkspaceMember",
            {
                "limit": limit,
                "starting_after": starting_after,
                "accepted": accepted,
                "search": search,
            },
            page_size=page_size,
            max_items=max_items,
        )

    async def update(
        self, id: str, *, nickname: str | None = OMIT, role: WorkspaceMemberRole | str | None = OMIT
    ) -> WorkspaceMember:
        """Update a workspace member

        Changes the nickname or role of a workspace member and returns the updated member.

        `PATCH /api/v2/workspace-members/{id}` (operationId `patchWorkspaceMember`)

        Args:
            id: Id of the workspace member to update.
            nickname: New display name of the member, up to 80 characters.
            role: New role of the member; see the member's `role` field for what each role allows.
        """
        return await self._call(
            "patchWorkspaceMember",
            {
                "id": id,
                "nickname": nickname,
                "role": role,
            },
        )
