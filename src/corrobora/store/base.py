"""The Store protocol: what the rest of corrobora may ask of a store.

Methods are coarse and batch-oriented: the pipeline adds a batch of analyses, reads
them back by id, and replaces the whole set of stories and their reconciliations in
one go. Every write is atomic: after an error nothing of the batch is stored. Errors
are :class:`corrobora.errors.StoreError` (or its subclass ``NotFound``), each with one
line naming the store and the cause.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from types import TracebackType
from typing import Protocol, Self, runtime_checkable

from corrobora.model import (
    AnalyzedArticle,
    Article,
    CopyLink,
    Reconciliation,
    Story,
    StorySummary,
)


@runtime_checkable
class Store(Protocol):
    """A place that keeps analyzed articles, stories and reconciliations."""

    @property
    def location(self) -> str:
        """The path (or ``:memory:``) the store was opened from, for messages."""
        ...

    @property
    def read_only(self) -> bool:
        """True when the store refuses writes."""
        ...

    def has_articles(self, ids: Iterable[str]) -> set[str]:
        """Return those of ``ids`` that are stored (to skip work already done)."""
        ...

    def add_analyses(self, analyses: Sequence[AnalyzedArticle]) -> int:
        """Store analyzed articles in one transaction; return how many were new.

        Articles whose id is already stored (or repeated in the batch) are skipped, so
        adding the same batch twice is harmless.
        """
        ...

    def articles(self) -> Iterator[Article]:
        """Yield every stored article, in the order they were added."""
        ...

    def article(self, article_id: str) -> Article:
        """Return one article by id (or unique id prefix); ``NotFound`` when absent."""
        ...

    def analyses(self, ids: Iterable[str] | None = None) -> Iterator[AnalyzedArticle]:
        """Yield analyses: all, in the order added, or those of ``ids`` in that order.

        Raises ``NotFound`` (before yielding anything) when one of ``ids`` is not stored.
        """
        ...

    def story_ids_by_article(self) -> dict[str, str]:
        """Return the story id of each article that belongs to a story."""
        ...

    def replace_stories(
        self,
        stories: Sequence[Story],
        copies: Sequence[CopyLink],
        reconciliations: Sequence[Reconciliation],
    ) -> None:
        """Replace all stories, copy links, reconciliations and facts in one transaction."""
        ...

    def story_summaries(self) -> list[StorySummary]:
        """Return one summary per story, the most recently seen first, then by id."""
        ...

    def reconciliation(self, story_id: str) -> Reconciliation:
        """Return a story's reconciliation by id or unique id prefix (at least 4 chars)."""
        ...

    def close(self) -> None:
        """Release the store; further calls fail."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
