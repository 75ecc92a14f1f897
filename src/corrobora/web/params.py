"""Query parameters shared by the pages and the API, declared once for OpenAPI."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query

from .deps import WebState, get_state
from .listing import MAX_PAGE_SIZE, ListingQuery, SortOrder, parse_listing
from .problems import Problem

MAX_TEXT = 500


def listing_query(
    state: Annotated[WebState, Depends(get_state)],
    q: Annotated[
        str | None,
        Query(
            max_length=MAX_TEXT,
            description="Words that must all occur (any case) in a story's title or in the "
            "title or text of one of its articles.",
        ),
    ] = None,
    since: Annotated[
        str | None,
        Query(
            max_length=100,
            description="Stories seen at or after this date (2026-03-01, "
            "2026-03-01T10:00+02:00; UTC without offset).",
        ),
    ] = None,
    until: Annotated[
        str | None,
        Query(
            max_length=100,
            description="Stories seen at or before this date; a date alone means its end.",
        ),
    ] = None,
    outlet: Annotated[
        list[str] | None,
        Query(description="Stories with an article from one of these outlets (any case)."),
    ] = None,
    min_outlets: Annotated[
        int, Query(ge=1, le=100_000, description="Stories reported by at least this many outlets.")
    ] = 1,
    sort: Annotated[
        SortOrder, Query(description="recent: latest first; size: most articles first.")
    ] = SortOrder.RECENT,
    page: Annotated[int, Query(ge=1, le=1_000_000, description="Page number, from 1.")] = 1,
    per_page: Annotated[
        int | None, Query(ge=1, le=MAX_PAGE_SIZE, description="Stories per page.")
    ] = None,
) -> ListingQuery:
    """Read the listing parameters of a request (422 for a date that cannot be read)."""
    outlets = outlet or []
    if any(len(name) > MAX_TEXT for name in outlets) or len(outlets) > 50:
        raise Problem(422, f"outlet: give at most 50 names of at most {MAX_TEXT} characters")
    return parse_listing(
        query=q,
        since=since,
        until=until,
        outlets=outlets,
        min_outlets=min_outlets,
        sort=sort,
        page=page,
        per_page=per_page or state.config.page_size,
    )


def search_query(listing: Annotated[ListingQuery, Depends(listing_query)]) -> ListingQuery:
    """The listing parameters of a search, which must have words to look for."""
    if not listing.query:
        raise Problem(422, "q: give at least one word to search for")
    return listing
