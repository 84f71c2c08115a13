"""Which resources carry which custom tag.

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
        CustomTagMapping,
    )


class CustomTagMappingsResource(Resource):
    """Which resources carry which custom tag.

    Reached as `client.custom_tag_mappings`.
    """

    def list(
        self,
        *,
        limit: int = OMIT,
        starting_after: str = OMIT,
        resource_ids: str | Sequence[str] = OMIT,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[CustomTagMapping]:
        """List tag assignments

        Returns one page of tag assignments, each linking a custom tag to the sending account or
        campaign that carries it. Use it to find which tags are set on which resources.

        `GET /api/v2/custom-tag-mappings` (operationId `listCustomTagMapping`)

        Args:
            limit: Maximum number of assignments to return in one page (1 to 100, default 10).
            starting_after: Cursor copied from `next_starting_after` of the previous page; omit it for the
                first page.
            resource_ids: Comma-separated ids of accounts or campaigns; only their tag assignments are
                returned.
            page_size: Items per page: another name for `limit`, checked against its range.
                When neither is given, walking the list asks for the largest page allowed.
            max_items: Stop after this many items in all (a smaller page asks for no more).
        """
        return self._paginate(
            "listCustomTagMapping",
            {
                "limit": limit,
                "starting_after": starting_after,
                "resource_ids": resource_ids,
            },
            page_size=page_size,
            max_items=max_items,
        )
