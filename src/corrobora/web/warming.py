"""Rendering story pages ahead of requests, so that the first visitor of a story waits no more.

With ``serve --warm`` each worker, once started, renders the pages of the most recently
seen stories into its cache (as many as the cache holds), in a thread of its own. A
story page is then a cache read from the first request on; until the warming is done,
requests share the processor with it.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from ..errors import CorroboraError
from .answers import packed_page
from .deps import WebState
from .problems import Problem
from .reads import find_story, guarded

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Warmed:
    """What a warming did: pages rendered, stories skipped (not reconciled), seconds."""

    pages: int
    skipped: int
    seconds: float


def warm_pages(state: WebState, stop: threading.Event | None = None) -> Warmed:
    """Render the pages of the most recent stories into ``state``'s cache.

    Args:
        state: the application's state; its cache size bounds how many pages are made.
        stop: set it to end the warming early (the server is shutting down).

    Returns:
        The number of pages rendered and of stories that had no reconciliation yet.
    """
    started = time.perf_counter()
    store = state.pool.reader()
    limit = state.answers.size
    summaries = guarded(lambda: store.story_summaries())[:limit] if limit else []
    pages = skipped = 0
    for summary in summaries:
        if stop is not None and stop.is_set():
            break
        try:
            packed_page(state, store, find_story(store, summary.id))
            pages += 1
        except (Problem, CorroboraError):  # not reconciled yet, or gone since the listing
            skipped += 1
    return Warmed(pages, skipped, time.perf_counter() - started)


def start_warming(state: WebState) -> threading.Event:
    """Warm ``state``'s cache in a daemon thread; set the returned event to stop it."""
    stop = threading.Event()

    def run() -> None:
        try:
            done = warm_pages(state, stop)
        except Exception:  # the server goes on without a warm cache
            logger.exception("warming the page cache failed")
            return
        logger.info(
            "page cache warm: %d story pages in %.1f s (%d not reconciled)",
            done.pages,
            done.seconds,
            done.skipped,
        )

    threading.Thread(target=run, name="corrobora-warm", daemon=True).start()
    return stop
