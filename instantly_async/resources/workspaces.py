"""The workspace the API key belongs to.

Generated from openapi/ by `python -m codegen`: do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from instantly_async._resource import Resource
from instantly_async._transport import OMIT

if TYPE_CHECKING:
    from instantly_async.models import (
        GetWorkspaceDomainInfoResponse,
        Workspace,
    )


class WorkspacesResource(Resource):
    """The workspace the API key belongs to.

    Reached as `client.workspaces`.
    """

    async def add_whitelabel_domain(self, *, domain: str) -> Workspace:
        """Set the workspace's agency domain

        Sets the white-label domain under which an agency serves the app to its clients, and returns
        the workspace. The domain must then be verified through the DNS records reported by the get
        call.

        `POST /api/v2/workspaces/current/whitelabel-domain` (operationId `addWorkspaceAgencyDomain`)

        Args:
            domain: Domain name to serve the app on, such as `app.example.com`.
        """
        return await self._call(
            "addWorkspaceAgencyDomain",
            {
                "domain": domain,
            },
        )

    async def cancel_removal(self) -> Workspace:
        """Cancel the scheduled removal of the current workspace

        Calls off a pending removal of the workspace the API key belongs to and returns the
        workspace. Send the request without a body.

        `DELETE /api/v2/workspaces/current/schedule-for-removal` (operationId `cancelCurrentWorkspaceRemoval`)
        """
        return await self._call(
            "cancelCurrentWorkspaceRemoval",
            {},
        )

    async def change_owner(self, *, email: str, sec: str) -> Workspace:
        """Transfer ownership of the workspace

        Makes another user the owner of the workspace the API key belongs to and returns the
        workspace.

        `POST /api/v2/workspaces/current/change-owner` (operationId `changeWorkspaceOwner`)

        Args:
            email: Email address of the user who becomes the new owner.
            sec: Security confirmation value that authorises the transfer.
        """
        return await self._call(
            "changeWorkspaceOwner",
            {
                "email": email,
                "sec": sec,
            },
        )

    async def delete_whitelabel_domain(self) -> Workspace:
        """Remove the workspace's agency domain

        Removes the white-label agency domain from the workspace and returns the workspace. Send the
        request without a body.

        `DELETE /api/v2/workspaces/current/whitelabel-domain` (operationId `deleteWorkspaceDomain`)
        """
        return await self._call(
            "deleteWorkspaceDomain",
            {},
        )

    async def get_current(self) -> Workspace:
        """Get the current workspace

        Returns the workspace the API key belongs to, with its name, owner, plan ids and settings.

        `GET /api/v2/workspaces/current` (operationId `getWorkspace`)
        """
        return await self._call(
            "getWorkspace",
            {},
        )

    async def get_whitelabel_domain(self) -> GetWorkspaceDomainInfoResponse:
        """Get the workspace's agency domain

        Returns the white-label agency domain of the workspace, whether it is verified, and the DNS
        records still needed to verify it.

        `GET /api/v2/workspaces/current/whitelabel-domain` (operationId `getWorkspaceDomainInfo`)
        """
        return await self._call(
            "getWorkspaceDomainInfo",
            {},
        )

    async def schedule_removal(self) -> Workspace:
        """Schedule the current workspace for removal

        Marks the workspace the API key belongs to for deletion and returns it with
        `scheduled_for_removal_at` set. The removal can be called off until then. Send the request
        without a body.

        `POST /api/v2/workspaces/current/schedule-for-removal` (operationId `scheduleCurrentWorkspaceRemoval`)
        """
        return await self._call(
            "scheduleCurrentWorkspaceRemoval",
            {},
        )

    async def update_current(
        self, *, name: str | None = OMIT, org_logo_url: str | None = OMIT
    ) -> Workspace:
        """Update the current workspace

        Changes the name or logo of the workspace the API key belongs to and returns the updated
        workspace.

        `PATCH /api/v2/workspaces/current` (operationId `patchWorkspace`)

        Args:
            name: New name of the workspace.
            org_logo_url: URL of the workspace's logo; null removes it.
        """
        return await self._call(
            "patchWorkspace",
            {
                "name": name,
                "org_logo_url": org_logo_url,
            },
        )
