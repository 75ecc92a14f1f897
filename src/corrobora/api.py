"""The library façade: the verbs the CLI and other clients call.

This is the one place that joins readers, stages and the store. It never prints;
progress goes through an optional :class:`Progress` object and input problems come back
as values in the result, so a client decides how to show them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypeVar

from . import updating
from .cluster.features import StoryFeatures
from .engines import Engine
from .errors import IngestError, NotFound, StageError
from .ingest import FetchOptions, read_inputs_deferred
from .ingest.reprints import ReprintIds
from .model import AnalyzedArticle, Article, StorySummary
from .pipeline import analyze_articles, analyze_with_views, build_articles, build_story_set
from .report import StoryReport
from .settings import Settings
from .store import Store, StoryFilter
from .updating import add_to_stories, reconcile_stale

T = TypeVar("T")

_WRITE_BATCH = 64
#: Articles read before the store is asked which of them it already holds.
_LOOKUP_BATCH = 256


class Progress(Protocol):
    """Receives progress of long work; the CLI draws a bar from it."""

    def start(self, label: str, total: int | None) -> None:
        """A new phase begins; ``total`` items are expected (None when unknown)."""

    def advance(self, n: int = 1) -> None:
        """``n`` more items of the current phase are done."""


class _NoProgress:
    def start(self, label: str, total: int | None) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass


@dataclass(frozen=True, slots=True)
class CompareResult:
    """Reports of the stories found among the given inputs, and the inputs that failed."""

    reports: tuple[StoryReport, ...]
    errors: tuple[IngestError, ...]


@dataclass(slots=True)
class IngestSummary:
    """What an ingest run did."""

    read: int = 0
    added: int = 0
    already_stored: int = 0
    stories: int = 0
    article_ids: list[str] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    #: Inputs passed over on purpose, by reason (WARC records that are no HTML page).
    skipped: Counter[str] = field(default_factory=Counter)


def _read(
    paths: Iterable[str | Path],
    fetch: FetchOptions | None,
    engine: Engine | None,
    skipped: Counter[str] | None = None,
) -> Iterator[Article | IngestError]:
    """Read the inputs lazily; web-archive pages are built on ``engine``."""
    reads = read_inputs_deferred(paths, fetch=fetch, skipped=skipped)
    return build_articles(reads, engine=engine, skipped=skipped)


def _collect(
    paths: Iterable[str | Path], fetch: FetchOptions | None, engine: Engine | None
) -> tuple[list[Article], list[IngestError]]:
    """Read every input (downloading only with ``fetch``); keep each article once, every error.

    Another outlet's verbatim reprint of an article is an article of its own
    (:mod:`corrobora.ingest.reprints`).
    """
    articles: dict[str, Article] = {}
    errors: list[IngestError] = []
    reprints = ReprintIds()
    for item in _read(paths, fetch, engine):
        if isinstance(item, IngestError):
            errors.append(item)
        else:
            article = reprints.settle(item)
            articles.setdefault(article.id, article)
    return list(articles.values()), errors


def _fresh_articles(
    items: Iterable[Article | IngestError],
    store: Store,
    summary: IngestSummary,
) -> Iterator[Article]:
    """The inputs' articles not stored yet, each once, read lazily as the analysis asks.

    Reading as the work goes keeps the memory of a run flat whatever the size of the
    inputs (only the ids seen are kept) and starts the analysis at once. ``summary``
    counts what was read and already stored and collects the inputs that failed.
    Another outlet's verbatim reprint of an article, read now or stored before, is an
    article of its own (:mod:`corrobora.ingest.reprints`).
    """
    seen: set[str] = set()
    reprints = ReprintIds()
    pending: list[Article] = []

    def not_stored() -> Iterator[Article]:
        unknown = {a.id for a in pending if not reprints.knows(a.id)}
        held = store.has_articles(unknown)
        if held:
            reprints.learn(store.article_outlets(held))
        settled = [reprints.settle(article) for article in pending]
        stored = store.has_articles(article.id for article in settled)
        for article in settled:
            if article.id in seen:
                continue
            seen.add(article.id)
            summary.read += 1
            summary.article_ids.append(article.id)
            if article.id in stored:
                summary.already_stored += 1
            else:
                yield article

    for item in items:
        if isinstance(item, IngestError):
            summary.errors.append(item)
        else:  # repeats are dropped once settled: a reprint arrives under its text's id
            pending.append(item)
            if len(pending) >= _LOOKUP_BATCH:
                yield from not_stored()
                pending = []
    yield from not_stored()


def _reports(
    viewed: Sequence[tuple[AnalyzedArticle, StoryFeatures]],
    settings: Settings,
    progress: Progress,
    engine: Engine | None,
) -> tuple[StoryReport, ...]:
    analyses = [analyzed for analyzed, _ in viewed]
    views = [view for _, view in viewed]
    build = build_story_set(
        analyses, settings, features=views, tick=progress.advance, engine=engine
    )
    by_id = {a.article.id: a.article for a in analyses}
    return tuple(
        StoryReport(r, {i: by_id[i] for i in r.story.article_ids}) for r in build.reconciliations
    )


def compare(
    paths: Iterable[str | Path],
    settings: Settings,
    *,
    progress: Progress | None = None,
    fetch: FetchOptions | None = None,
    engine: Engine | None = None,
) -> CompareResult:
    """Read, analyze, group and reconcile the given inputs without a store.

    Inputs that cannot be read, and articles whose analysis failed, are returned in
    ``errors``; the others are still compared. URLs are downloaded only when ``fetch``
    is given. The extraction of web-archive pages, the analysis, the clustering of each
    linked group of articles and the reconciliation of each story run on ``engine`` (in
    this process when None); the articles are linked into groups here.
    """
    progress = progress or _NoProgress()
    articles, errors = _collect(paths, fetch, engine)
    progress.start("Analyzing", len(articles))
    viewed = list(_analyze_with_views(articles, settings, progress, engine, errors))
    progress.start("Reconciling", None)
    return CompareResult(_reports(viewed, settings, progress, engine), tuple(errors))


def analyze_files(
    paths: Iterable[str | Path],
    settings: Settings,
    *,
    progress: Progress | None = None,
    fetch: FetchOptions | None = None,
    engine: Engine | None = None,
) -> tuple[list[AnalyzedArticle], list[IngestError]]:
    """Read and analyze the given inputs (downloading only with ``fetch``), without storing.

    The extraction of web-archive pages and the analysis run on ``engine`` (in this
    process when None); unreadable inputs and articles whose analysis failed come back
    as errors.
    """
    progress = progress or _NoProgress()
    articles, errors = _collect(paths, fetch, engine)
    progress.start("Analyzing", len(articles))
    return list(_analyze(articles, settings, progress, engine, errors)), errors


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    settings: Settings,
    *,
    progress: Progress | None = None,
    regroup: bool = False,
    fetch: FetchOptions | None = None,
    engine: Engine | None = None,
) -> IngestSummary:
    """Add the given inputs to ``store`` and bring its stories up to date.

    The inputs are read as the analysis goes, so memory stays flat whatever their size.
    Articles already stored are skipped (ids come from the text, so re-runs change
    nothing). New articles are analyzed and written in batches; each stored batch then
    joins the stories it reports (or opens new ones) in a second transaction, and the
    stories that changed are reconciled at the end. An interrupted run keeps every
    finished batch; the next run groups any stored article left without a story first.

    Args:
        paths: files and folders to read.
        store: the store to add to.
        settings: run settings.
        progress: receives progress of each phase.
        regroup: group every stored article again in one pass instead of incrementally
            (ids are kept where possible; a store written by an older corrobora is
            regrouped once automatically).
        fetch: download URLs (inputs, ``.urls`` lists, feed links) under these options;
            None downloads nothing.
        engine: where the extraction of web-archive pages, the per-article analysis
            and the per-story reconciliation run (in this process when None); the
            workers return results and only this process writes to ``store``. An
            article whose analysis fails is reported in ``errors`` and not stored.

    One run at a time adds to a store: a run started while another is going waits for
    it (:meth:`Store.one_run`), so the two never open two stories for one event.
    """
    progress = progress or _NoProgress()
    with store.one_run(_waiting_message(progress)):
        return _ingest(paths, store, settings, progress, regroup, fetch, engine)


def _waiting_message(progress: Progress) -> Callable[[], None]:
    def waiting() -> None:
        progress.start("Waiting for another run on this store to finish", None)

    return waiting


def _ingest(
    paths: Iterable[str | Path],
    store: Store,
    settings: Settings,
    progress: Progress,
    regroup: bool,
    fetch: FetchOptions | None,
    engine: Engine | None,
) -> IngestSummary:
    summary = IngestSummary()
    regroup = regroup or store.stories_without_state() > 0
    if not regroup:
        leftover = store.unassigned_article_ids()
        if leftover:
            progress.start("Grouping articles left from an interrupted run", None)
            add_to_stories(store, list(store.analyses(leftover)), settings)
    progress.start("Reading, analyzing and grouping", None)
    fresh = _fresh_articles(_read(paths, fetch, engine, summary.skipped), store, summary)
    viewed = _analyze_with_views(fresh, settings, progress, engine, summary.errors)
    for batch in _batches(viewed, _WRITE_BATCH):
        analyses = [analyzed for analyzed, _ in batch]
        summary.added += store.add_analyses(analyses)
        if not regroup:
            add_to_stories(store, analyses, settings, features=[view for _, view in batch])
    if regroup:
        progress.start("Grouping and reconciling", None)
        updating.regroup(store, settings, tick=progress.advance, engine=engine)
    else:
        progress.start("Reconciling", len(store.stale_story_ids()))
        reconcile_stale(store, settings, tick=progress.advance, engine=engine)
    summary.stories = store.story_count()
    return summary


def rebuild_stories(
    store: Store,
    settings: Settings,
    *,
    progress: Progress | None = None,
    engine: Engine | None = None,
) -> int:
    """Regroup every stored article into stories and reconcile them; return the count.

    The stories are reconciled on ``engine`` (in this process when None).
    """
    progress = progress or _NoProgress()
    with store.one_run(_waiting_message(progress)):
        progress.start("Grouping and reconciling", None)
        return updating.regroup(store, settings, tick=progress.advance, engine=engine)


def story_summaries(store: Store, story_filter: StoryFilter | None = None) -> list[StorySummary]:
    """List the stored stories that ``story_filter`` keeps (all when None), most recent first."""
    return store.story_summaries(story_filter)


def story_report(store: Store, story_id: str) -> StoryReport:
    """Return the stored reconciliation of one story with its articles."""
    reconciliation = store.reconciliation(story_id)
    wanted = reconciliation.story.article_ids
    articles = {article.id: article for article in store.articles(wanted)}
    missing = [i for i in wanted if i not in articles]
    if missing:
        story = reconciliation.story.id
        raise NotFound(f"Article {missing[0]!r} of story {story!r} is not stored.")
    return StoryReport(reconciliation, {i: articles[i] for i in wanted})


def reports_for_articles(store: Store, article_ids: Iterable[str]) -> tuple[StoryReport, ...]:
    """Return the reports of the stored stories that hold any of ``article_ids``."""
    story_of = store.story_ids_by_article(article_ids)
    wanted = sorted(set(story_of.values()))
    return tuple(story_report(store, story_id) for story_id in wanted)


def _analyze(
    articles: Iterable[Article],
    settings: Settings,
    progress: Progress,
    engine: Engine | None,
    errors: list[IngestError],
) -> Iterator[AnalyzedArticle]:
    """Analyze on ``engine``; an article that fails becomes an error naming it."""
    return analyze_articles(
        articles, settings, tick=progress.advance, engine=engine, on_error=_failed_into(errors)
    )


def _analyze_with_views(
    articles: Iterable[Article],
    settings: Settings,
    progress: Progress,
    engine: Engine | None,
    errors: list[IngestError],
) -> Iterator[tuple[AnalyzedArticle, StoryFeatures]]:
    """Analyze on ``engine`` with clustering views; an article that fails becomes an error."""
    return analyze_with_views(
        articles, settings, tick=progress.advance, engine=engine, on_error=_failed_into(errors)
    )


def _failed_into(errors: list[IngestError]) -> Callable[[StageError], None]:
    """A callback that files each failed analysis in ``errors`` as an error naming it."""

    def failed(error: StageError) -> None:
        errors.append(IngestError(error.item, f"{error.stage} failed: {error.cause}"))

    return failed


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
