"""The stage table: per-page and per-article work, the global story step, per-story work.

Web-archive pages are built and articles analyzed one by one; the story step groups
them all; each story is then reconciled on its own.

Every function here is pure over the data model and picklable, so an engine can run the
per-article and per-story maps wherever it likes; only the story step is global.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Protocol, TypeVar

from .align.embeddings import MemoEncoder, load_encoder
from .cluster.features import StoryFeatures, features_for
from .cluster.state import StoryState
from .cluster.stories import CLUSTER_STAGE, group_stories
from .engines import Engine, InProcessEngine
from .errors import ConfigError, IngestError, MissingDependency, StageError
from .extract import analyze_article, analyze_many
from .ingest import ArchivedPage, Skipped, build_item
from .model import AnalyzedArticle, Article, CopyLink, Reconciliation, Story
from .reconcile import reconcile
from .settings import AnalyzeParams, ReconcileParams, Settings

Tick = Callable[[int], None]
R = TypeVar("R")
OnError = Callable[[StageError], None]

ANALYSIS_STAGE = "analysis"
RECONCILE_STAGE = "reconciliation"
RECONCILE_CHUNK = 16
"""Most stories sent to a worker at once for reconciliation."""
RECONCILE_CHUNK_ARTICLES = 64
"""Articles after which a chunk of stories for reconciliation is closed."""
VIEWS_CHUNK = 64
"""Analyses sent to a worker at once to have their clustering views built."""
PAGES_PER_CHUNK = 32
"""Archived pages sent to a worker at once to be built (about a quarter of a second)."""


@dataclass(frozen=True, slots=True)
class StoryBuild:
    """The result of the global step and the per-story reconciliations."""

    copies: tuple[CopyLink, ...]
    stories: tuple[Story, ...]
    reconciliations: tuple[Reconciliation, ...]
    states: Mapping[str, StoryState] = field(default_factory=dict)


def build_articles(
    items: Iterable[Article | ArchivedPage | IngestError],
    *,
    engine: Engine | None = None,
    skipped: Counter[str] | None = None,
) -> Iterator[Article | IngestError]:
    """Build the archived pages among ``items`` on ``engine``; pass the rest on, in order.

    Decoding a page and extracting its text is the costly part of reading a web
    archive, so it runs where the analysis runs. Articles and errors already read go
    through unchanged.

    Args:
        items: what :func:`~corrobora.ingest.read_inputs_deferred` yields, read lazily.
        engine: where the pages are built (in this process when None).
        skipped: counts the responses passed over on purpose, by reason.

    Yields:
        An Article for each page built and each article read, and an IngestError for
        each input that failed, pages whose worker failed included.
    """
    engine = engine or InProcessEngine()
    for chunk in engine.map_chunks(build_chunk, items, chunk_size=PAGES_PER_CHUNK):
        if chunk.error is None:
            outcomes: Sequence[Article | IngestError | Skipped] = chunk.results
        else:
            cause = f"the worker failed ({chunk.error})"
            outcomes = [
                item.error(cause) if isinstance(item, ArchivedPage) else item
                for item in chunk.items
            ]
        for outcome in outcomes:
            if not isinstance(outcome, Skipped):
                yield outcome
            elif skipped is not None:
                skipped[outcome.reason] += 1


def build_chunk(
    items: list[Article | ArchivedPage | IngestError],
) -> list[Article | IngestError | Skipped]:
    """Build one chunk's archived pages; the function an engine ships to its workers."""
    return [build_item(item) for item in items]


def analyze_articles(
    articles: Iterable[Article],
    settings: Settings,
    *,
    tick: Tick | None = None,
    engine: Engine | None = None,
    on_error: OnError | None = None,
) -> Iterator[AnalyzedArticle]:
    """Analyze articles in input order on ``engine`` (in-process when None).

    ``tick(n)`` is called as each chunk of ``n`` articles comes back, before its
    analyses are yielded.

    Args:
        articles: the articles, read lazily.
        settings: run settings (only ``settings.analyze`` reaches the workers).
        tick: progress callback.
        engine: where the analysis runs.
        on_error: receives a :class:`StageError` for each article whose analysis failed,
            which is then left out; None raises the first such error instead.

    Raises:
        MissingDependency: the spaCy model is not installed (on the driver or a worker).
        StageError: an article failed and ``on_error`` is None.
    """
    work = partial(analyze_chunk, params=settings.analyze)
    return _analyzed(work, articles, tick, engine, on_error)


def analyze_with_views(
    articles: Iterable[Article],
    settings: Settings,
    *,
    tick: Tick | None = None,
    engine: Engine | None = None,
    on_error: OnError | None = None,
) -> Iterator[tuple[AnalyzedArticle, StoryFeatures]]:
    """Like :func:`analyze_articles`, each analysis with its clustering view.

    The views (and the lead embeddings they carry when a sentence-embedding model is
    set) are built on the workers, so the process that groups the stories only links
    them.

    Raises:
        MissingDependency: the spaCy or the sentence-embedding model cannot be loaded.
        StageError: an article failed and ``on_error`` is None.
    """
    work = partial(
        analyze_view_chunk, params=settings.analyze, embeddings=settings.reconcile.embeddings
    )
    return _analyzed(work, articles, tick, engine, on_error)


def _analyzed(
    work: Callable[[list[Article]], list[R | StageError]],
    articles: Iterable[Article],
    tick: Tick | None,
    engine: Engine | None,
    on_error: OnError | None,
) -> Iterator[R]:
    """Run an analysis task over ``articles`` on ``engine``; yield what succeeded, in order."""
    engine = engine or InProcessEngine()
    for chunk in engine.map_chunks(work, articles):
        if tick is not None:
            tick(len(chunk.items))
        if chunk.error is not None:
            outcomes: Sequence[R | StageError] = [
                _failure(article, f"the worker failed ({chunk.error})") for article in chunk.items
            ]
        else:
            outcomes = chunk.results
        for outcome in outcomes:
            if not isinstance(outcome, StageError):
                yield outcome
            elif on_error is None:
                raise outcome
            else:
                on_error(outcome)


def analyze_view_chunk(
    articles: list[Article], params: AnalyzeParams, embeddings: str
) -> list[tuple[AnalyzedArticle, StoryFeatures] | StageError]:
    """Analyze one chunk and build each analysis's clustering view (:func:`analyze_chunk`).

    ``embeddings`` names the sentence-embedding model of the lead embeddings
    (``ReconcileParams.embeddings``).

    Raises:
        ConfigError, MissingDependency: a model cannot be used at all.
    """
    done = analyze_chunk(articles, params)
    analyzed = [outcome for outcome in done if isinstance(outcome, AnalyzedArticle)]
    views = iter(view_chunk(analyzed, embeddings))
    return [
        (outcome, next(views)) if isinstance(outcome, AnalyzedArticle) else outcome
        for outcome in done
    ]


def analyze_chunk(
    articles: list[Article], params: AnalyzeParams
) -> list[AnalyzedArticle | StageError]:
    """Analyze one chunk of articles; the function an engine ships to its workers.

    The chunk is parsed in one batch. When that fails, each article is analyzed alone
    so that only the articles that fail become :class:`StageError` values; an article
    longer than ``params.max_chars`` is one without being parsed. Pure apart
    from the per-process spaCy cache, so a worker loads the model once.

    Raises:
        ConfigError, MissingDependency: the model cannot be used at all.
    """
    refused = {n: error for n, a in enumerate(articles) if (error := _too_long(a, params))}
    fitting = [a for n, a in enumerate(articles) if n not in refused]
    done: list[AnalyzedArticle | StageError]
    try:
        done = list(analyze_many(fitting, params))
    except (ConfigError, MissingDependency):
        raise
    except Exception:  # one bad article spoils the batch: find which, keep the others
        done = [_analyze_alone(article, params) for article in fitting]
    analyzed = iter(done)
    return [refused[n] if n in refused else next(analyzed) for n in range(len(articles))]


def _too_long(article: Article, params: AnalyzeParams) -> StageError | None:
    if not isinstance(article.text, str) or len(article.text) <= params.max_chars:
        return None  # (a text that is no string fails in the analysis, with its cause)
    return _failure(
        article,
        f"the text is too long to analyze ({len(article.text):,} characters; "
        f"the limit is {params.max_chars:,}, set by AnalyzeParams.max_chars)",
    )


def _analyze_alone(article: Article, params: AnalyzeParams) -> AnalyzedArticle | StageError:
    try:
        return analyze_article(article, params)
    except (ConfigError, MissingDependency):
        raise
    except Exception as exc:
        cause = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        return _failure(article, f"{type(exc).__name__}: {cause}" if cause else type(exc).__name__)


def _failure(article: Article, cause: str) -> StageError:
    return StageError(ANALYSIS_STAGE, article_label(article), cause)


def article_label(article: Article) -> str:
    """How errors name an article: its file or URL and its id."""
    where = article.path or article.url
    return f"{where} (article {article.id})" if where else f"article {article.id}"


def story_features_of(
    analyses: Sequence[AnalyzedArticle], settings: Settings
) -> list[StoryFeatures]:
    """The clustering views of ``analyses``, with lead embeddings when a model is set."""
    return features_for(analyses, load_encoder(settings.reconcile.embeddings, exact=True))


def story_views(
    analyses: Sequence[AnalyzedArticle], settings: Settings, *, engine: Engine | None = None
) -> list[StoryFeatures]:
    """The clustering views of ``analyses``, built on ``engine`` (here when None), in order.

    The lead embeddings are computed in chunks of :data:`VIEWS_CHUNK` on every engine,
    so their rounding is the same wherever they run.

    Raises:
        StageError: a worker could not build a chunk of views.
    """
    engine = engine or InProcessEngine()
    task = partial(view_chunk, embeddings=settings.reconcile.embeddings)
    views: list[StoryFeatures] = []
    for chunk in engine.map_chunks(task, analyses, chunk_size=VIEWS_CHUNK):
        if chunk.error is not None:
            first = chunk.items[0].article.id
            raise StageError(
                CLUSTER_STAGE, f"the view of article {first} and the next", chunk.error
            )
        views.extend(chunk.results)
    return views


def view_chunk(analyses: list[AnalyzedArticle], embeddings: str) -> list[StoryFeatures]:
    """Build one chunk's clustering views; ``embeddings`` names the lead-embedding model."""
    return features_for(analyses, load_encoder(embeddings, exact=True))


class Encoded(Protocol):
    """An analysis not decoded yet (as a store holds it): workers decode it themselves."""

    def decode(self) -> AnalyzedArticle:
        """The analysis (raises a CorroboraError when it cannot be read)."""


StoryWork = tuple[Story, tuple[AnalyzedArticle | Encoded, ...], tuple[CopyLink, ...]]
"""What reconciling one story needs: the story, its members' analyses, its copy links."""


def reconcile_chunk(items: list[StoryWork], params: ReconcileParams) -> list[Reconciliation]:
    """Reconcile a chunk of stories; the function an engine ships to its workers.

    Members still encoded are decoded here. With a sentence-embedding model, the claims
    of the whole chunk are encoded in one call, each distinct text once. Pure apart
    from the per-process cache of the model.
    """
    decoded = [
        (story, [_decoded(member) for member in members], copies)
        for story, members, copies in items
    ]
    model = load_encoder(params.embeddings)
    encoder = None if model is None else MemoEncoder(model)
    if encoder is not None:
        encoder.prepare(
            [claim.text for _, members, _ in decoded for a in members for claim in a.claims]
        )
    return [
        reconcile(story, analyses, copies, params, encoder=encoder)
        for story, analyses, copies in decoded
    ]


def _decoded(member: AnalyzedArticle | Encoded) -> AnalyzedArticle:
    return member if isinstance(member, AnalyzedArticle) else member.decode()


def build_story_set(
    analyses: Sequence[AnalyzedArticle],
    settings: Settings,
    *,
    previous: Mapping[str, str] | None = None,
    features: Sequence[StoryFeatures] | None = None,
    tick: Tick | None = None,
    engine: Engine | None = None,
) -> StoryBuild:
    """Group articles into stories, mark copies and reconcile every story.

    Args:
        analyses: every analyzed article to group.
        settings: run settings.
        previous: article id -> story id from an earlier run, so stories keep their ids.
        features: the clustering views of ``analyses`` when already built
            (:func:`analyze_with_views` builds them with the analysis); else they are
            built on ``engine``.
        tick: called with the number of stories reconciled as each chunk is done.
        engine: where the views are built, the linked groups are split into stories,
            copies are found in each story and the stories are reconciled (in this
            process when None).

    Raises:
        StageError: a worker could not finish a chunk of that work.
    """
    if features is None:
        features = story_views(analyses, settings, engine=engine)
    grouping = group_stories(
        analyses,
        settings.cluster,
        features={f.article_id: f for f in features},
        previous=previous,
        engine=engine,
    )
    by_id = {a.article.id: a for a in analyses}
    copies_of: dict[str, list[CopyLink]] = {}
    for link in grouping.copies:
        copies_of.setdefault(link.article_id, []).append(link)
    work: list[StoryWork] = []
    for story in grouping.stories:
        members = tuple(by_id[i] for i in story.article_ids if i in by_id)
        links = tuple(link for i in story.article_ids for link in copies_of.get(i, ()))
        work.append((story, members, links))
    reconciliations = list(reconcile_stories(work, settings, tick=tick, engine=engine))
    return StoryBuild(grouping.copies, grouping.stories, tuple(reconciliations), grouping.states)


def reconcile_stories(
    work: Iterable[StoryWork],
    settings: Settings,
    *,
    tick: Tick | None = None,
    engine: Engine | None = None,
    max_stories: int | None = None,
    max_articles: int | None = None,
) -> Iterator[Reconciliation]:
    """Reconcile stories on ``engine`` (in this process when None), yielding them in order.

    The stories go to the workers in chunks of :func:`story_chunks`, by default of at
    most :data:`RECONCILE_CHUNK` stories and :data:`RECONCILE_CHUNK_ARTICLES` articles.

    Raises:
        StageError: a worker could not reconcile a chunk (it died, or a result could not
            be sent back); the reconciliations yielded before stand.
    """
    engine = engine or InProcessEngine()
    task = partial(reconcile_chunks, params=settings.reconcile)
    chunks = story_chunks(
        work,
        RECONCILE_CHUNK if max_stories is None else max_stories,
        RECONCILE_CHUNK_ARTICLES if max_articles is None else max_articles,
    )
    for sent in engine.map_chunks(task, chunks, chunk_size=1):
        if sent.error is not None:
            first = sent.items[0][0][0].id
            raise StageError(RECONCILE_STAGE, f"story {first} and the next", sent.error)
        done = [reconciliation for results in sent.results for reconciliation in results]
        if tick is not None:
            tick(len(done))
        yield from done


def story_chunks(
    work: Iterable[StoryWork], max_stories: int, max_articles: int
) -> Iterator[list[StoryWork]]:
    """Consecutive chunks of at most ``max_stories`` stories and ``max_articles`` articles.

    A story larger than ``max_articles`` is a chunk alone. Chunks bounded by articles keep
    a worker's memory bounded (it decodes a chunk's analyses at once) while many small
    stories still share one call of the embedding model.
    """
    if max_stories < 1 or max_articles < 1:
        raise ValueError("a chunk holds at least one story and one article")
    chunk: list[StoryWork] = []
    articles = 0
    for item in work:
        size = len(item[1])
        if chunk and (len(chunk) >= max_stories or articles + size > max_articles):
            yield chunk
            chunk, articles = [], 0
        chunk.append(item)
        articles += size
    if chunk:
        yield chunk


def reconcile_chunks(
    chunks: list[list[StoryWork]], params: ReconcileParams
) -> list[list[Reconciliation]]:
    """Reconcile chunks of stories (:func:`reconcile_chunk` each); what engines ship."""
    return [reconcile_chunk(chunk, params) for chunk in chunks]
