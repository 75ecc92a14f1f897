"""The JSON API under ``/api/``: the same documents as the CLI's ``--format json``.

``/api/stories/{id}`` is exactly ``corrobora show ID --format json`` and
``/api/articles/{id}`` is ``corrobora analyze --format json`` of that article, with the
story and copy links added; listings add figures to ``corrobora stories --format json``
rows. Errors are ``{"ok": false, "status": ..., "error": "..."}``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response

from .. import __version__
from ..model import FactStatus
from ..report import analysis_document, story_list_json
from ..report.common import StoryView
from ..report.jsondoc import SCHEMA_VERSION, story_document
from .answers import encode_json, packed_document, packed_response
from .deps import WebState, get_state
from .listing import ListingPage, ListingQuery, list_stories
from .params import listing_query, search_query
from .reads import article_record, find_story, story_report
from .schemas import ErrorBody, StoryListing, StoryListItem

router = APIRouter(prefix="/api")
State = Annotated[WebState, Depends(get_state)]
Ident = Annotated[
    str, Path(min_length=1, max_length=200, description="An id, or a unique prefix of 4+ chars.")
]
_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "No such id"},
    422: {"model": ErrorBody, "description": "A parameter cannot be read"},
}
_DOCUMENT: dict[int | str, dict[str, Any]] = {
    200: {"content": {"application/json": {"schema": {"type": "object"}}}},
    **_ERRORS,
}


def _json(document: dict[str, Any]) -> Response:
    return Response(encode_json(document), media_type="application/json")


def _listing(found: ListingPage) -> StoryListing:
    rows = story_list_json([row.summary for row in found.rows])
    items = [
        StoryListItem(**doc, origins=row.origins, facts=row.facts, conflicting=row.conflicting)
        for doc, row in zip(rows, found.rows, strict=True)
    ]
    return StoryListing.model_validate(
        {
            "corrobora": __version__,
            "schema": SCHEMA_VERSION,
            "total": found.total,
            "page": found.query.page,
            "pages": found.pages,
            "per_page": found.query.per_page,
            "stories": items,
        }
    )


@router.get("/stories", response_model=StoryListing, responses=_ERRORS, summary="List stories")
def stories_api(
    state: State, listing: Annotated[ListingQuery, Depends(listing_query)]
) -> StoryListing:
    """One page of the stories that match the filters, most recent (or largest) first."""
    return _listing(list_stories(state.pool.reader(), listing))


@router.get("/search", response_model=StoryListing, responses=_ERRORS, summary="Search stories")
def search_api(
    state: State, listing: Annotated[ListingQuery, Depends(search_query)]
) -> StoryListing:
    """The stories whose titles or article texts hold every word of ``q``."""
    return _listing(list_stories(state.pool.reader(), listing))


@router.get(
    "/stories/{story_id}",
    response_class=Response,
    responses=_DOCUMENT,
    summary="One story's reconciliation",
)
def story_api(state: State, story_id: Ident, request: Request) -> Response:
    """The JSON document of one story (docs/json-schema.md), as ``corrobora show`` prints it."""
    store = state.pool.reader()
    packed = packed_document(state, store, find_story(store, story_id))
    return packed_response(packed, "application/json", request.headers.get("accept-encoding"))


@router.get(
    "/stories/{story_id}/facts",
    response_class=Response,
    responses=_DOCUMENT,
    summary="One story's facts",
)
def facts_api(
    state: State,
    story_id: Ident,
    status: Annotated[FactStatus | None, Query(description="Only facts of this status.")] = None,
) -> Response:
    """The facts of one story, in display order, as in the story document."""
    view = StoryView(story_report(state.pool.reader(), story_id))
    facts = story_document(view)["facts"]
    if status is not None:
        facts = [fact for fact in facts if fact["status"] == status.value]
    return _json(
        {"corrobora": __version__, "schema": SCHEMA_VERSION, "story": view.story.id, "facts": facts}
    )


@router.get(
    "/articles/{article_id}",
    response_class=Response,
    responses=_DOCUMENT,
    summary="One article's analysis",
)
def article_api(state: State, article_id: Ident) -> Response:
    """The analysis document of one article (docs/analyze.md), its story and copy links."""
    record = article_record(state.pool.reader(), article_id)
    document = analysis_document([record.analysis])
    story = record.report.reconciliation.story if record.report else None
    document["story"] = None if story is None else {"id": story.id, "title": story.title}
    document["copies"] = [
        {"article": c.article_id, "copy_of": c.copy_of, "similarity": c.similarity}
        for c in record.copies
    ]
    return _json(document)
