"""The reads the web pages need, through the library, with web-facing errors.

These sit in the web package until the library's façade (:mod:`corrobora.api`) offers
them: an article's stored analysis, and one story's report by id or prefix with
"unknown" told apart from "not reconciled yet".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from .. import api
from ..errors import NotFound, StoreError
from ..model import AnalyzedArticle, CopyLink, Story, StorySummary
from ..report import StoryReport
from ..store import Store, StoryFilter
from .problems import (
    Problem,
    article_not_found,
    store_unreadable,
    story_not_found,
    story_not_reconciled,
)

logger = logging.getLogger(__name__)
_T = TypeVar("_T")


def guarded(read: Callable[[], _T]) -> _T:
    """Run a read; a store failure other than a missing id becomes a logged 500."""
    try:
        return read()
    except StoreError as error:
        if isinstance(error, NotFound):
            raise
        logger.error("store read failed: %s", error)
        raise store_unreadable() from None


def find_story(store: Store, story_id: str) -> Story:
    """Return a story by id, unique prefix or absorbed old id.

    Raises:
        Problem: 404 for an unknown or ambiguous id.
    """
    try:
        return guarded(lambda: store.story(story_id))
    except NotFound:
        raise story_not_found(story_id) from None


def report_of(store: Store, story: Story) -> StoryReport:
    """Return the report of a story found by :func:`find_story`.

    Raises:
        Problem: 503 when the story is not reconciled yet.
    """
    try:
        return guarded(lambda: api.story_report(store, story.id))
    except NotFound:
        raise story_not_reconciled(story.id) from None


def story_report(store: Store, story_id: str) -> StoryReport:
    """Return the report of a story by id, unique prefix or absorbed old id.

    Raises:
        Problem: 404 for an unknown or ambiguous id, 503 when not reconciled yet.
    """
    return report_of(store, find_story(store, story_id))


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """An article's analysis, the report of its story (when it has one), its copy links."""

    analysis: AnalyzedArticle
    report: StoryReport | None
    copies: tuple[CopyLink, ...]


def article_record(store: Store, article_id: str, story_hint: str | None = None) -> ArticleRecord:
    """Return an article by id or unique prefix, with its story and copy relations.

    Args:
        store: the store to read.
        article_id: the article's id or a unique prefix of it.
        story_hint: the id of the story the reader came from; it is used when it holds
            the article, which spares a look-up of the article's story.

    Raises:
        Problem: 404 for an unknown or ambiguous id.
    """
    try:
        article = guarded(lambda: store.article(article_id))
        (analysis,) = guarded(lambda: list(store.analyses([article.id])))
    except NotFound:
        raise article_not_found(article_id) from None
    report = None
    if story_hint:
        try:
            report = story_report(store, story_hint)
        except Problem:
            report = None
        if report is not None and article.id not in report.articles:
            report = None
    if report is None:
        try:
            found = guarded(lambda: api.reports_for_articles(store, [article.id]))
        except NotFound:
            found = ()
        report = found[0] if found else None
    copies = report.reconciliation.copies if report else ()
    related = tuple(c for c in copies if article.id in (c.article_id, c.copy_of))
    return ArticleRecord(analysis, report, related)


def summaries(store: Store, story_filter: StoryFilter) -> list[StorySummary]:
    """Return the story summaries ``story_filter`` keeps (see :func:`api.story_summaries`)."""
    return guarded(lambda: api.story_summaries(store, story_filter))
