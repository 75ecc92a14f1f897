"""The story listing: parsing its query, filtering, sorting, paging and the row figures.

Period, outlet and word filters go to the store (:class:`StoryFilter`); the minimum
number of outlets, the order and the paging are applied here to the summaries. Row
figures that only a reconciliation knows (independent origins, conflicting facts) are
read for the rows of the requested page only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from functools import partial

from ..model import StorySummary
from ..report.common import time_sort_key
from ..store import Store, StoryFilter
from ..store.storyquery import parse_time_bound, query_words
from .problems import Problem
from .reads import guarded, summaries

MAX_PAGE_SIZE = 100


class SortOrder(StrEnum):
    """How the listing is ordered."""

    RECENT = "recent"
    """Most recently seen first (undated last)."""
    SIZE = "size"
    """Most articles first, then most outlets, then most recent."""


@dataclass(frozen=True, slots=True)
class ListingQuery:
    """A parsed listing request; the raw texts are kept to refill the search form."""

    query: str = ""
    since_text: str = ""
    until_text: str = ""
    outlets: tuple[str, ...] = ()
    min_outlets: int = 1
    sort: SortOrder = SortOrder.RECENT
    page: int = 1
    per_page: int = 20
    since: datetime | None = None
    until: datetime | None = None

    @property
    def story_filter(self) -> StoryFilter:
        """The part of the request the store applies."""
        return StoryFilter(
            since=self.since,
            until=self.until,
            outlets=self.outlets,
            query=self.query or None,
        )

    @property
    def selective(self) -> bool:
        """True when some criterion may leave stories out."""
        return self.story_filter.selective or self.min_outlets > 1


def parse_listing(
    *,
    query: str | None,
    since: str | None,
    until: str | None,
    outlets: Sequence[str],
    min_outlets: int,
    sort: SortOrder,
    page: int,
    per_page: int,
) -> ListingQuery:
    """Check and read the listing parameters.

    Raises:
        Problem: 422 naming the parameter at fault (a date that cannot be read, or a
            period that ends before it starts).
    """
    since_at = _bound("since", since, end_of_day=False)
    until_at = _bound("until", until, end_of_day=True)
    if since_at is not None and until_at is not None and since_at > until_at:
        raise Problem(
            422,
            f"since ({since_at.isoformat()}) is after until ({until_at.isoformat()}): "
            "no story can match",
        )
    names = (name.strip() for given in outlets for name in given.split(","))
    kept = tuple(dict.fromkeys(name for name in names if name))
    return ListingQuery(
        query=" ".join(query_words(query)) if query else "",
        since_text=(since or "").strip(),
        until_text=(until or "").strip(),
        outlets=kept,
        min_outlets=min_outlets,
        sort=sort,
        page=page,
        per_page=per_page,
        since=since_at,
        until=until_at,
    )


def _bound(name: str, text: str | None, *, end_of_day: bool) -> datetime | None:
    if text is None or not text.strip():
        return None
    try:
        return parse_time_bound(text, end_of_day=end_of_day)
    except ValueError as error:
        raise Problem(422, f"{name}: {error}") from None


@dataclass(frozen=True, slots=True)
class StoryRow:
    """One row of the listing: the summary and what the story's reconciliation adds.

    ``origins`` (distinct independent origins over all facts), ``facts`` and
    ``conflicting`` (facts whose sources disagree) are None when the story has no
    reconciliation yet.
    """

    summary: StorySummary
    origins: int | None
    facts: int | None
    conflicting: int | None


@dataclass(frozen=True, slots=True)
class ListingPage:
    """One page of the listing."""

    query: ListingQuery
    total: int
    rows: tuple[StoryRow, ...]

    @property
    def pages(self) -> int:
        """How many pages the whole listing has (at least one)."""
        return max(1, math.ceil(self.total / self.query.per_page))


def _size_key(summary: StorySummary) -> tuple[int, int, int, float, str]:
    dated, stamp = time_sort_key(summary.last_seen or summary.first_seen)
    return (-summary.articles, -summary.outlets, dated, -stamp, summary.id)


def order(found: Sequence[StorySummary], sort: SortOrder) -> list[StorySummary]:
    """Return ``found`` (given most recent first) in the requested order."""
    if sort is SortOrder.SIZE:
        return sorted(found, key=_size_key)
    return list(found)


def list_stories(store: Store, request: ListingQuery) -> ListingPage:
    """Return the requested page of the story listing.

    The row figures come from the store's fact rows for the shown stories only, in one
    query (:meth:`Store.fact_tallies`), so a page costs the same however big the store.
    """
    start = (request.page - 1) * request.per_page
    if request.sort is SortOrder.RECENT and not request.selective:
        # The whole listing in the store's own order: read only up to this page.
        story_filter = replace(request.story_filter, limit=start + request.per_page)
        shown = summaries(store, story_filter)[start:]
        total = guarded(store.story_count)
    else:
        found = summaries(store, request.story_filter)
        found = [s for s in found if s.outlets >= request.min_outlets]
        shown = order(found, request.sort)[start : start + request.per_page]
        total = len(found)
    tallies = guarded(partial(store.fact_tallies, [summary.id for summary in shown]))
    rows = []
    for summary in shown:
        tally = tallies.get(summary.id)
        if tally is None:
            rows.append(StoryRow(summary, None, None, None))
        else:
            rows.append(StoryRow(summary, tally.origins, tally.facts, tally.conflicting))
    return ListingPage(request, total, tuple(rows))
