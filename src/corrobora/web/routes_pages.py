"""The HTML pages: the story listing, a story, an article, and the API's documentation."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..model import Span, Story, StorySummary
from ..report.analysis_html import MARK_CSS
from ..report.common import period
from ..report.htmlstyle import CSS
from .answers import packed_page, packed_response
from .apidocs import operations
from .articlepage import article_page
from .deps import WebState, get_state
from .listing import ListingQuery, SortOrder, list_stories
from .params import listing_query
from .problems import Problem
from .reads import article_record, find_story

router = APIRouter(include_in_schema=False)

State = Annotated[WebState, Depends(get_state)]
StoryId = Annotated[str, Path(min_length=1, max_length=200)]
Offset = Annotated[int | None, Query(ge=0, le=1_000_000_000)]


def summary_period(summary: StorySummary) -> str:
    """The period a listed story covers, as the reports show it."""
    return period(Story(summary.id, summary.title, (), summary.first_seen, summary.last_seen))


def page_url(listing: ListingQuery, page: int, default_size: int) -> str:
    """The listing address of ``page`` with the same filters as ``listing``."""
    params: list[tuple[str, str | int]] = []
    if listing.query:
        params.append(("q", listing.query))
    if listing.since_text:
        params.append(("since", listing.since_text))
    if listing.until_text:
        params.append(("until", listing.until_text))
    params += [("outlet", name) for name in listing.outlets]
    if listing.min_outlets > 1:
        params.append(("min_outlets", listing.min_outlets))
    if listing.sort is not SortOrder.RECENT:
        params.append(("sort", listing.sort.value))
    if listing.per_page != default_size:
        params.append(("per_page", listing.per_page))
    if page > 1:
        params.append(("page", page))
    return "/stories" + ("?" + urlencode(params) if params else "")


@router.get("/")
def home() -> RedirectResponse:
    """The listing is the home page."""
    return RedirectResponse("/stories", status_code=307)


@router.get("/stories", response_class=HTMLResponse)
def stories_html(state: State, listing: Annotated[ListingQuery, Depends(listing_query)]) -> Any:
    """The story listing: search, filters, order and pages."""
    found = list_stories(state.pool.reader(), listing)
    size = state.config.page_size
    return state.pages.response(
        "stories.html",
        found=found,
        listing=listing,
        q=listing.query,
        summary_period=summary_period,
        prev_url=page_url(listing, listing.page - 1, size) if listing.page > 1 else None,
        next_url=page_url(listing, listing.page + 1, size) if listing.page < found.pages else None,
    )


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_html(state: State, story_id: StoryId, request: Request) -> Any:
    """One story: facts, conflicts, quotes, coverage, provenance and timeline."""
    store = state.pool.reader()
    packed = packed_page(state, store, find_story(store, story_id))
    return packed_response(
        packed, "text/html; charset=utf-8", request.headers.get("accept-encoding")
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_html(
    state: State,
    article_id: StoryId,
    story: Annotated[str | None, Query(max_length=200)] = None,
    start: Offset = None,
    end: Offset = None,
) -> Any:
    """One article: its text with every span highlighted, and the facts it states."""
    target = None
    if (start is None) != (end is None):
        raise Problem(422, "start and end: give both offsets, or neither")
    if start is not None and end is not None:
        if start >= end:
            raise Problem(422, f"start ({start}) must be below end ({end})")
        target = Span(start, end)
    record = article_record(state.pool.reader(), article_id, story)
    return state.pages.response("article.html", page=article_page(record, target), q="")


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(state: State, request: Request) -> Any:
    """The JSON API's documentation, from its OpenAPI description."""
    return state.pages.response("apidocs.html", operations=operations(request.app.openapi()), q="")


@router.get("/assets/report.css")
def report_css() -> Response:
    """The style sheet of corrobora's HTML reports, which the pages build on."""
    return Response(
        f"{CSS}\n{MARK_CSS}\n",
        media_type="text/css",
        headers={"cache-control": "public, max-age=3600"},
    )
