"""The Store protocol: what the rest of corrobora may ask of a store.

Methods are coarse and batch-oriented: the pipeline adds a batch of analyses, reads
them back by id, and replaces the whole set of stories and their reconciliations in
one go. Every write is atomic: after an error nothing of the batch is stored. Errors
are :class:`corrobora.errors.StoreError` (or its subclass ``NotFound``), each with one
line naming the store and the cause.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
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
from corrobora.store.encoded import EncodedAnalysis
from corrobora.store.search import SearchHit, SearchKind
from corrobora.store.storyquery import StoryFilter
from corrobora.store.storystate import StoredState
from corrobora.store.tallies import FactTally


@runtime_checkable
class Store(Protocol):
    """A place that keeps analyzed articles, stories and reconciliations."""

    @property
    def location(self) -> str:
        """Where the store is, for messages: a path, ``:memory:``, or a URL (no password)."""
        ...

    @property
    def read_only(self) -> bool:
        """True when the store refuses writes."""
        ...

    def one_run(self, waiting: Callable[[], None] | None = None) -> AbstractContextManager[None]:
        """Hold the store's run lock while the block runs: one ingest at a time.

        ``waiting`` is called once when another run holds it, before waiting.
        """
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

    def article_outlets(self, ids: Iterable[str]) -> dict[str, str]:
        """The outlet of each of ``ids`` that is stored (without reading the texts)."""
        ...

    def articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Yield every stored article in the order added, or those of ``ids`` that exist."""
        ...

    def article(self, article_id: str) -> Article:
        """Return one article by id (or unique id prefix); ``NotFound`` when absent."""
        ...

    def analyses(self, ids: Iterable[str] | None = None) -> Iterator[AnalyzedArticle]:
        """Yield analyses: all, in the order added, or those of ``ids`` in that order.

        Raises ``NotFound`` (before yielding anything) when one of ``ids`` is not stored.
        """
        ...

    def encoded_analyses(self, ids: Iterable[str]) -> list[EncodedAnalysis]:
        """The stored analyses of ``ids``, in order, not decoded yet."""
        ...

    def story_ids_by_article(self, article_ids: Iterable[str] | None = None) -> dict[str, str]:
        """Return the story id of each article (of ``article_ids``) that belongs to a story."""
        ...

    def replace_stories(
        self,
        stories: Sequence[Story],
        copies: Sequence[CopyLink],
        reconciliations: Sequence[Reconciliation],
        *,
        states: Sequence[StoredState] = (),
    ) -> None:
        """Replace all stories, copy links, reconciliations and facts in one transaction.

        Story ids that disappear become aliases of the story holding most of their
        articles; ``states`` are the clustering states kept for incremental ingest.
        """
        ...

    def story_postings(self, keys: Iterable[str], per_key: int) -> dict[str, list[str]]:
        """Blocking key -> ids of the ``per_key`` stories most recently joined through it."""
        ...

    def story_states(self, story_ids: Iterable[str]) -> dict[str, str]:
        """Story id -> the JSON text of its stored clustering state (as written)."""
        ...

    def story_outlines(self, story_ids: Iterable[str]) -> dict[str, str]:
        """Story id -> the JSON text of its stored outline (of its state, where it has none)."""
        ...

    def articles_under_keys(self, keys: Iterable[str]) -> dict[str, int]:
        """Blocking key -> how many articles the stories posted under it hold together."""
        ...

    def story_ids_taken(self, story_ids: Iterable[str]) -> set[str]:
        """Those of ``story_ids`` used by a story or an alias."""
        ...

    def stories_without_state(self) -> int:
        """How many stories have no clustering state (written by an older version)."""
        ...

    def apply_story_update(
        self,
        stories: Sequence[Story],
        states: Sequence[StoredState],
        merged: Sequence[tuple[str, str]],
        copies: Sequence[CopyLink],
    ) -> None:
        """Write the stories an incremental update touched, merges and copies, atomically.

        The touched stories' reconciliations are dropped and the stories marked stale.
        """
        ...

    def unassigned_article_ids(self) -> list[str]:
        """Stored articles in no story (left by an interrupted ingest)."""
        ...

    def story_count(self) -> int:
        """How many stories the store holds."""
        ...

    def stale_story_ids(self) -> list[str]:
        """Stories whose members changed since they were last reconciled."""
        ...

    def save_reconciliations(self, reconciliations: Sequence[Reconciliation]) -> None:
        """Replace the reconciliations of their stories, which are then fresh."""
        ...

    def copies_of(self, article_ids: Iterable[str]) -> list[CopyLink]:
        """The stored copy links whose copy is one of ``article_ids``."""
        ...

    def story(self, story_id: str) -> Story:
        """Return a story by id, unique prefix, or an old id it absorbed."""
        ...

    def story_summaries(self, story_filter: StoryFilter | None = None) -> list[StorySummary]:
        """Return one summary per story ``story_filter`` keeps (every story when None).

        The most recently seen first, then by id; ``story_filter.limit`` caps the count.
        """
        ...

    def reconciliation(self, story_id: str) -> Reconciliation:
        """Return a story's reconciliation by id or unique id prefix (at least 4 chars)."""
        ...

    def fact_tallies(self, story_ids: Iterable[str]) -> dict[str, FactTally]:
        """Return facts, conflicting facts and distinct origins of each reconciled story.

        Exact ids only; stories unknown or not reconciled yet are left out.
        """
        ...

    def search(
        self, query: str, *, kind: SearchKind = "articles", limit: int = 20
    ) -> list[SearchHit]:
        """Full-text search of articles, facts or stories; the best ``limit`` hits first.

        Raises ``ValueError`` for a query without any word to look for.
        """
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
