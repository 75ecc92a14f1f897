"""Story clustering: group the reports of one event, never comparing all pairs.

Articles are taken in publication order (then id; undated ones last) through the
:class:`~corrobora.cluster.components.ComponentIndex`, which links each to the earlier
articles it likely shares an event with (found by blocking). Each linked group is then
split into stories by average linkage (:mod:`corrobora.cluster.linkage`), which
depends on the set of articles only, so the stories do not depend on the order the
articles are given in, nor on whether they came in one batch or many. Groups that no
later article can link to are finished as the stream moves on, so memory stays bounded
by one time window of articles (see :func:`cluster_stream`). Copies join the story of
the article they copy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from ..chains import chain_end
from ..engines.base import Engine, InProcessEngine
from ..errors import StageError
from ..model import AnalyzedArticle, Article, CopyLink, Story
from ..ordering import chronological_key, in_utc
from ..settings import ClusterParams
from ..text import stable_id
from .components import ComponentIndex
from .copies import find_copies_among
from .eventmodel import DEFAULT_MODELS, EventModels
from .features import StoryFeatures, rarity, story_features
from .fingerprint import words
from .ids import choose_story_ids
from .linkage import average_linkage
from .state import StoryState

#: Articles added between two sweeps that finish linked groups.
_CLOSE_EVERY = 1000
#: Articles' worth of linked groups sent to a worker at once (most groups hold one
#: article; a large group goes alone).
ARTICLES_PER_CHUNK = 64
#: Stories sent to a worker at once for copy detection.
STORIES_PER_CHUNK = 16
CLUSTER_STAGE = "story clustering"
COPIES_STAGE = "copy detection"


def stories_of_group(
    group: Sequence[StoryFeatures],
    params: ClusterParams,
    models: EventModels = DEFAULT_MODELS,
) -> list[StoryState]:
    """The stories of one linked group (given in canonical order), provisionally named."""
    name = stable_id("group", group[0].article_id)
    return [
        StoryState.of("new:" + story[0].article_id, story, name, len(group))
        for story in average_linkage(group, params, models)
    ]


def cluster_groups(
    bundles: list[list[list[StoryFeatures]]],
    params: ClusterParams,
    models: EventModels = DEFAULT_MODELS,
) -> list[list[StoryState]]:
    """The stories of each bundle of linked groups; the function an engine ships to workers."""
    return [
        [story for group in bundle for story in stories_of_group(group, params, models)]
        for bundle in bundles
    ]


def bundled(
    groups: Iterable[list[StoryFeatures]], articles: int = ARTICLES_PER_CHUNK
) -> Iterator[list[list[StoryFeatures]]]:
    """Consecutive linked groups, bundled until a bundle holds ``articles`` articles."""
    bundle: list[list[StoryFeatures]] = []
    size = 0
    for group in groups:
        bundle.append(group)
        size += len(group)
        if size >= articles:
            yield bundle
            bundle, size = [], 0
    if bundle:
        yield bundle


def copies_in_stories(groups: list[list[Article]], params: ClusterParams) -> list[list[CopyLink]]:
    """The copy links inside each story of a chunk; the function an engine ships to workers."""
    return [list(find_copies_among(group, params)) for group in groups]


def linked_groups_of(
    features: Iterable[StoryFeatures],
    params: ClusterParams,
    models: EventModels = DEFAULT_MODELS,
) -> Iterator[list[StoryFeatures]]:
    """Partition articles given in publication order into linked groups, as each is final.

    A group is yielded as soon as no later article can link to it (its newest article
    is more than a window older than the newest one seen), and the rest at the end, so
    a stream of any length is partitioned in the memory of one window.
    """
    index = ComponentIndex(params, models)
    for count, item in enumerate(features, start=1):
        index.add(item)
        if count % _CLOSE_EVERY == 0:
            yield from index.close_before()
    yield from index.drain()


def cluster_stream(
    features: Iterable[StoryFeatures],
    params: ClusterParams,
    models: EventModels = DEFAULT_MODELS,
    *,
    engine: Engine | None = None,
) -> Iterator[StoryState]:
    """Cluster articles given in publication order; yield each story once it is final.

    Args:
        features: clustering views in publication order (undated articles last).
        params: clustering settings.
        models: the event models (the fitted defaults unless a fit is being tuned).
        engine: where each linked group is split into stories (in this process when
            None); the groups are formed here, in order.

    Raises:
        StageError: a worker could not cluster a chunk of groups.
    """
    groups = linked_groups_of(features, params, models)
    if engine is None:
        for group in groups:
            yield from stories_of_group(group, params, models)
        return
    task = partial(cluster_groups, params=params, models=models)
    for chunk in engine.map_chunks(task, bundled(groups), chunk_size=1):
        if chunk.error is not None:
            first = chunk.items[0][0][0].article_id
            raise StageError(CLUSTER_STAGE, f"the linked group of article {first}", chunk.error)
        for stories in chunk.results:
            yield from stories


def _copy_roots(copies: Sequence[CopyLink], known: Mapping[str, Article]) -> dict[str, str]:
    """Map each copy present in ``known`` to the original it copies, following chains."""
    direct = {
        link.article_id: link.copy_of
        for link in copies
        if link.article_id in known and link.copy_of in known and link.article_id != link.copy_of
    }
    roots = {article_id: chain_end(direct, article_id) for article_id in direct}
    return {article_id: root for article_id, root in roots.items() if root != article_id}


def _title(group: Sequence[Article], roots: Mapping[str, str]) -> str:
    """The title of the earliest dated original that has one (else of any member).

    When no titled original is dated, which came first is unknown (an id says
    nothing of it): the title is that of the most central one (:func:`_most_central`).
    """
    titled = [article for article in group if article.id not in roots and article.title.strip()]
    dated = [article for article in titled if article.published is not None]
    if dated:
        return dated[0].title
    if titled:
        return _most_central(titled, group).title
    return next((article.title for article in group if article.title.strip()), "")


def _most_central(candidates: Sequence[Article], group: Sequence[Article]) -> Article:
    """The candidate whose words the other members of ``group`` share most (ties: first).

    Each distinct word of a candidate's title and text counts by its background rarity
    (function words weigh nothing) times the share of the other members that use it: a
    report of the event itself scores above a follow-up that tells it again among
    newer matters (a trial, an anniversary), whose own words the others lack.
    """
    vocabularies = {article.id: set(words(f"{article.title}\n{article.text}")) for article in group}
    counts = Counter(word for vocabulary in vocabularies.values() for word in vocabulary)
    others = max(1, len(group) - 1)

    def centrality(article: Article) -> float:
        vocabulary = vocabularies[article.id]
        mass = sum(rarity(word) for word in vocabulary)
        shared = sum(rarity(word) * (counts[word] - 1) for word in vocabulary)
        return shared / (others * mass) if mass else 0.0

    return max(candidates, key=centrality)


def build_stories(
    articles: Sequence[AnalyzedArticle],
    copies: Sequence[CopyLink],
    params: ClusterParams,
    *,
    previous: Mapping[str, str] | None = None,
    features: Mapping[str, StoryFeatures] | None = None,
    models: EventModels = DEFAULT_MODELS,
) -> tuple[Story, ...]:
    """Group articles reporting the same event into stories.

    Args:
        articles: the analyzed articles; an id given twice counts once.
        copies: copy links from :func:`corrobora.cluster.find_copies`; a copy joins the
            story of the article it copies (when that article is among ``articles``).
        params: clustering settings (``story_threshold``, ``window_days``).
        previous: article id -> story id from an earlier run; a story holding such
            articles keeps the id of its earliest previously stored article's story.
        features: article id -> clustering view (with embeddings, see
            :func:`corrobora.cluster.features.features_for`); computed words-only for
            the articles it lacks.
        models: the event models (the fitted defaults unless a fit is being tuned).

    Returns:
        The stories, ordered by their first article (publication time, then id); each
        lists its articles in the same order.
    """
    by_id: dict[str, AnalyzedArticle] = {}
    for analyzed in articles:
        by_id.setdefault(analyzed.article.id, analyzed)
    known = {article_id: analyzed.article for article_id, analyzed in by_id.items()}
    roots = _copy_roots(copies, known)
    ordered = sorted(known.values(), key=chronological_key)
    given = features or {}
    stream = (
        given.get(article.id) or story_features(by_id[article.id])
        for article in ordered
        if article.id not in roots
    )
    stories, _ = assemble_stories(
        list(cluster_stream(stream, params, models)), ordered, roots, previous
    )
    return stories


@dataclass(frozen=True, slots=True)
class StoryGrouping:
    """Stories with their clustering states (keyed by story id) and the copy links."""

    stories: tuple[Story, ...]
    states: Mapping[str, StoryState]
    copies: tuple[CopyLink, ...]


def group_stories(
    articles: Sequence[AnalyzedArticle],
    params: ClusterParams,
    *,
    features: Mapping[str, StoryFeatures] | None = None,
    previous: Mapping[str, str] | None = None,
    models: EventModels = DEFAULT_MODELS,
    engine: Engine | None = None,
) -> StoryGrouping:
    """Group articles into stories, then mark the copies inside each story.

    This is the procedure incremental ingest follows article by article
    (:func:`corrobora.cluster.incremental.update_stories`): every article is clustered,
    in publication order, and a copy is looked for among the members of its story (a
    wire copy reports the same event, so it lands in its original's story).

    Args:
        articles: the analyzed articles; an id given twice counts once.
        params: clustering settings.
        features: article id -> clustering view (computed words-only where missing).
        previous: article id -> story id from an earlier run, to keep story ids.
        models: the event models.
        engine: where the linked groups are split into stories and copies are found
            inside each story (in this process when None); the result is the same.

    Raises:
        StageError: a worker could not finish a chunk of that work.
    """
    by_id: dict[str, AnalyzedArticle] = {}
    for analyzed in articles:
        by_id.setdefault(analyzed.article.id, analyzed)
    ordered = sorted((a.article for a in by_id.values()), key=chronological_key)
    given = features or {}
    stream = (given.get(article.id) or story_features(by_id[article.id]) for article in ordered)
    states = list(cluster_stream(stream, params, models, engine=engine))
    stories, ids = assemble_stories(states, ordered, {}, previous)
    for state in states:
        state.ref = ids[state.ref]
    shared = (
        [by_id[article_id].article for article_id in story.article_ids]
        for story in stories
        if len(story.article_ids) > 1
    )
    task = partial(copies_in_stories, params=params)
    copies: list[CopyLink] = []
    runner = engine or InProcessEngine()
    for chunk in runner.map_chunks(task, shared, chunk_size=STORIES_PER_CHUNK):
        if chunk.error is not None:
            first = chunk.items[0][0].id
            raise StageError(COPIES_STAGE, f"the story of article {first}", chunk.error)
        for links in chunk.results:
            copies.extend(links)
    return StoryGrouping(stories, {state.ref: state for state in states}, tuple(copies))


def assemble_stories(
    states: Sequence[StoryState],
    ordered: Sequence[Article],
    roots: Mapping[str, str],
    previous: Mapping[str, str] | None,
) -> tuple[tuple[Story, ...], dict[str, str]]:
    """Turn clustered states into stories: copies joined, members ordered, ids chosen.

    Returns:
        The stories, and the story id chosen for each state's ref.
    """
    story_of: dict[str, int] = {}
    count = len(states)
    for number, state in enumerate(states):
        for member in state.member_ids:
            story_of[member] = number
    for copy_id, root in roots.items():
        story_of[copy_id] = story_of[root]
    members: list[list[Article]] = [[] for _ in range(count)]
    for article in ordered:
        members[story_of[article.id]].append(article)
    numbers = sorted(
        (number for number in range(count) if members[number]),
        key=lambda number: chronological_key(members[number][0]),
    )
    groups = [members[number] for number in numbers]
    rank = {article.id: n for n, article in enumerate(ordered)}
    ids = choose_story_ids([[a.id for a in group] for group in groups], rank, previous)
    chosen = {states[number].ref: ids[i] for i, number in enumerate(numbers)}
    stories = tuple(
        make_story(story_id, group, roots) for story_id, group in zip(ids, groups, strict=True)
    )
    return stories, chosen


def make_story(story_id: str, group: Sequence[Article], roots: Mapping[str, str]) -> Story:
    """A story of ``group`` (in publication order), titled after its earliest original.

    When no titled original is dated, it is titled after the most central one
    (see :func:`_title`).

    Its first and last times are in UTC, as the store keeps them.
    """
    dated = [in_utc(a.published) for a in group if a.published is not None]
    return Story(
        id=story_id,
        title=_title(group, roots),
        article_ids=tuple(article.id for article in group),
        first_seen=min(dated) if dated else None,
        last_seen=max(dated) if dated else None,
    )
