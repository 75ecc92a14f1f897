"""Story pages and story documents, rendered once and kept gzip-compressed.

Both depend only on the story's reconciliation (see :mod:`corrobora.web.cache` for the
key). They are kept compressed: a page of 25 to 130 kB shrinks about seven times, so
the cache holds that many more stories, and a client that accepts gzip (every browser)
gets the kept bytes as they are, with no work at all.
"""

from __future__ import annotations

import gzip
import json
from typing import Any

from starlette.responses import Response

from ..model import Story
from ..report import StoryReport, to_document
from ..report.common import StoryView
from ..store import Store
from .cache import story_key
from .deps import WebState
from .provenance import provenance_graph
from .reads import report_of
from .storypage import story_page
from .timeline import timeline_chart


def encode_json(document: dict[str, Any]) -> bytes:
    """A document as compact UTF-8 JSON, as built (no re-validation)."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def compress(body: bytes) -> bytes:
    """``body`` gzip-compressed; the fastest level, since pages are rendered on request."""
    return gzip.compress(body, compresslevel=1, mtime=0)


def accepts_gzip(accept_encoding: str | None) -> bool:
    """True when an ``Accept-Encoding`` header admits gzip (and does not refuse it, q=0)."""
    for item in (accept_encoding or "").split(","):
        coding, _, params = item.partition(";")
        if coding.strip().lower() not in ("gzip", "*"):
            continue
        quality = params.strip().lower()
        return not (quality.startswith("q=") and quality[2:].strip().rstrip("0.") == "")
    return False


def packed_response(packed: bytes, media_type: str, accept_encoding: str | None) -> Response:
    """The response of a kept answer: as kept for gzip clients, else decompressed."""
    headers = {"vary": "Accept-Encoding"}
    if accepts_gzip(accept_encoding):
        headers["content-encoding"] = "gzip"
        return Response(packed, media_type=media_type, headers=headers)
    return Response(gzip.decompress(packed), media_type=media_type, headers=headers)


def page_html(state: WebState, report: StoryReport) -> bytes:
    """The story page of ``report``, as UTF-8 HTML."""
    view = StoryView(report)
    return state.pages.render(
        "story.html",
        page=story_page(view),
        graph=provenance_graph(view, view.story.id),
        chart=timeline_chart(view, view.story.id),
        q="",
    ).encode("utf-8")


def packed_page(state: WebState, store: Store, story: Story) -> bytes:
    """The compressed story page of ``story``, from the cache or rendered now.

    Raises:
        Problem: 503 when the story is not reconciled yet.
    """
    return state.answers.get_or_make(
        story_key("page", story), lambda: compress(page_html(state, report_of(store, story)))
    )


def packed_document(state: WebState, store: Store, story: Story) -> bytes:
    """The compressed JSON document of ``story``, from the cache or built now.

    Raises:
        Problem: 503 when the story is not reconciled yet.
    """
    return state.answers.get_or_make(
        story_key("document", story),
        lambda: compress(encode_json(to_document([report_of(store, story)]))),
    )
