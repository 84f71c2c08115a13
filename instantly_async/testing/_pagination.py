"""Cursor pages the way the API writes them: ``{"items": [...], "next_starting_after": ...}``.

Records are ordered by their cursor string (ids are UUIDv7 and timestamps fixed-width, so this is
creation order) and a page holds the records whose cursor sorts after ``starting_after``. The
cursor is whatever the live API uses for that list: an id on most lists, ``timestamp_created`` on
lead lists and lead labels, ``timestamp_created&email`` on accounts, the email on distinct-contact
lead lists.

How the last page ends is switchable, since the live API has been seen to do all three:

* ``"omit"``: the last page has no ``next_starting_after``;
* ``"null"``: the last page has ``"next_starting_after": null``;
* ``"empty_page"``: every non-empty page carries a cursor, and the page after the last one is
  empty (and has no cursor).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any, Literal

from ._state import Record

LastPageStyle = Literal["omit", "null", "empty_page"]
LAST_PAGE_STYLES: tuple[LastPageStyle, ...] = ("omit", "null", "empty_page")
DEFAULT_LIMIT = 10


def paginate(
    records: Iterable[Record],
    cursor_of: Callable[[Record], str],
    *,
    limit: float | None,
    starting_after: str | None,
    style: LastPageStyle,
) -> dict[str, Any]:
    """One page of ``records`` after ``starting_after``.

    ``limit`` is whatever number the operation's schema let through (one list publishes a plain
    number with no bounds): a fraction is rounded down, and a page holds at least one record.
    """
    size = DEFAULT_LIMIT if limit is None else max(1, math.floor(limit))
    ordered = sorted(records, key=cursor_of)
    if starting_after:
        ordered = [r for r in ordered if cursor_of(r) > starting_after]
    items = ordered[:size]
    page: dict[str, Any] = {"items": items}
    if len(ordered) > size and items:
        page["next_starting_after"] = cursor_of(items[-1])
    elif style == "null":
        page["next_starting_after"] = None
    elif style == "empty_page" and items:
        page["next_starting_after"] = cursor_of(items[-1])
    return page
