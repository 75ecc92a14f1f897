"""Story clustering: group the reports of one event, in publication order, never all pairs.

Articles are taken in publication order (then id; undated ones last), so the result does
not depend on the order they are given in. Each article that is not a copy is compared
with the stories it could join and joins the most similar one when the similarity
reaches ``ClusterParams.story_threshold``; otherwise it starts a story. Copies then join
the story of the article they copy.

*Candidates* are found by blocking: an inverted index from an article's blocking keys
(its highest-weighted entity keys and terms) to the stories whose members carry them.
Only the most recent stories of each key that lie within the time window are looked at,
so the work per article stays bounded however large the corpus grows.

*Similarity* to a story is average linkage: the mean cosines (content, entities) between
the article and the story's members, each computed in one dot product with the sum of
the members' unit vectors, then combined by
:func:`corrobora.cluster.features.event_similarity`.

*Time*: a story never spans more than ``ClusterParams.window_days`` between its first
and last dated article; undated articles are not held back by the window.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..model import AnalyzedArticle, Article, CopyLink, Story
from ..ordering import chronological_key, utc
from ..settings import ClusterParams
from ..text import stable_id
from .features import StoryFeatures, add_into, dot, event_similarity, story_features

#: Stories looked at per blocking key: the most recent ones carrying the key.
_MAX_POSTINGS_PER_KEY = 64


@dataclass(slots=True)
class _Cluster:
    """A story being built: its members and the sum of their unit vectors."""

    members: list[str]
    content: dict[str, float] = field(default_factory=dict)
    entities: dict[str, float] = field(default_factory=dict)
    with_entities: int = 0
    first: datetime | None = None
    last: datetime | None = None

    def add(self, features: StoryFeatures) -> None:
        self.members.append(features.article_id)
        add_into(self.content, features.content.items())
        if features.entities:
            add_into(self.entities, features.entities.items())
            self.with_entities += 1
        if features.published is not None:
            moment = utc(features.published)
            self.first = moment if self.first is None else min(self.first, moment)
            self.last = moment if self.last is None else max(self.last, moment)

    def fits(self, moment: datetime | None, window: timedelta) -> bool:
        """True when a member published at ``moment`` keeps the story inside the window."""
        if moment is None or self.first is None or self.last is None:
            return True
        return max(self.last, moment) - min(self.first, moment) <= window

    def similarity(self, features: StoryFeatures) -> float:
        """Average linkage: the mean content and entity cosines with the members."""
        content = dot(features.content, self.content) / len(self.members)
        entities = None
        if features.entities and self.with_entities:
            entities = dot(features.entities, self.entities) / self.with_entities
        return event_similarity(content, entities)


class _Clusterer:
    """Greedy assignment of articles, taken in publication order, to stories."""

    def __init__(self, params: ClusterParams) -> None:
        self.params = params
        self.window = timedelta(days=params.window_days)
        self.clusters: list[_Cluster] = []
        self.postings: dict[str, list[int]] = {}

    def _candidates(self, features: StoryFeatures) -> list[int]:
        moment = None if features.published is None else utc(features.published)
        found: set[int] = set()
        for key in features.blocking_keys:
            postings = self.postings.get(key, ())
            for index in reversed(postings[-_MAX_POSTINGS_PER_KEY:]):
                cluster = self.clusters[index]
                if (
                    moment is not None
                    and cluster.first is not None
                    and moment - cluster.first > self.window
                ):
                    # Dated stories are created in publication order: older ones follow.
                    break
                found.add(index)
        return sorted(found)

    def add(self, features: StoryFeatures) -> None:
        """Put one article into its most similar story, or into a new one."""
        best_index = -1
        best_score = self.params.story_threshold
        moment = None if features.published is None else utc(features.published)
        for index in self._candidates(features):
            cluster = self.clusters[index]
            if not cluster.fits(moment, self.window):
                continue
            score = cluster.similarity(features)
            if score >= best_score and (best_index < 0 or score > best_score):
                best_index, best_score = index, score
        if best_index < 0:
            best_index = len(self.clusters)
            self.clusters.append(_Cluster(members=[]))
        self.clusters[best_index].add(features)
        for key in features.blocking_keys:
            postings = self.postings.setdefault(key, [])
            # Kept in creation order, which for dated stories is publication order.
            position = bisect.bisect_left(postings, best_index)
            if position == len(postings) or postings[position] != best_index:
                postings.insert(position, best_index)


def _copy_roots(copies: Sequence[CopyLink], known: Mapping[str, Article]) -> dict[str, str]:
    """Map each copy present in ``known`` to the original it copies, following chains."""
    direct = {
        link.article_id: link.copy_of
        for link in copies
        if link.article_id in known and link.copy_of in known and link.article_id != link.copy_of
    }
    roots: dict[str, str] = {}
    for article_id in direct:
        seen = {article_id}
        root = direct[article_id]
        while root in direct and root not in seen:
            seen.add(root)
            root = direct[root]
        if root != article_id:
            roots[article_id] = root
    return roots


def _story_ids(
    groups: Sequence[Sequence[Article]], previous: Mapping[str, str] | None
) -> list[str]:
    """Choose an id per story: an earlier run's id when a member had one, else a new one.

    Claims are granted in the publication order of the members that carry them, so a
    story keeps the id of its earliest previously stored article, and when an earlier
    story was split, the part holding its earliest article keeps its id.
    """
    chosen: list[str | None] = [None] * len(groups)
    taken: set[str] = set()
    if previous:
        claims = sorted(
            (chronological_key(article), number, previous[article.id])
            for number, group in enumerate(groups)
            for article in group
            if article.id in previous
        )
        for _, number, claimed in claims:
            if chosen[number] is None and claimed not in taken:
                chosen[number] = claimed
                taken.add(claimed)
    result: list[str] = []
    for number, group in enumerate(groups):
        story_id = chosen[number] or stable_id("story", group[0].id)
        if chosen[number] is None:
            suffix = 0
            while story_id in taken:
                suffix += 1
                story_id = stable_id("story", group[0].id, str(suffix))
            taken.add(story_id)
        result.append(story_id)
    return result


def _title(group: Sequence[Article], roots: Mapping[str, str]) -> str:
    """The title of the earliest original article that has one (else of any member)."""
    for article in group:
        if article.id not in roots and article.title.strip():
            return article.title
    return next((article.title for article in group if article.title.strip()), "")


def build_stories(
    articles: Sequence[AnalyzedArticle],
    copies: Sequence[CopyLink],
    params: ClusterParams,
    *,
    previous: Mapping[str, str] | None = None,
) -> tuple[Story, ...]:
    """Group articles reporting the same event into stories.

    Args:
        articles: the analyzed articles; an id given twice counts once.
        copies: copy links from :func:`corrobora.cluster.find_copies`; a copy joins the
            story of the article it copies (when that article is among ``articles``).
        params: clustering settings (``story_threshold``, ``window_days``).
        previous: article id -> story id from an earlier run; a story holding such
            articles keeps the id of its earliest previously stored article's story.

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

    clusterer = _Clusterer(params)
    story_of: dict[str, int] = {}
    for article in ordered:
        if article.id in roots:
            continue
        clusterer.add(story_features(by_id[article.id]))
    for number, cluster in enumerate(clusterer.clusters):
        for member in cluster.members:
            story_of[member] = number
    for copy_id, root in roots.items():
        story_of[copy_id] = story_of[root]

    members: list[list[Article]] = [[] for _ in clusterer.clusters]
    for article in ordered:
        members[story_of[article.id]].append(article)
    groups = sorted((group for group in members if group), key=lambda g: chronological_key(g[0]))
    ids = _story_ids(groups, previous)
    stories = []
    for story_id, group in zip(ids, groups, strict=True):
        dated = [utc(a.published) for a in group if a.published is not None]
        stories.append(
            Story(
                id=story_id,
                title=_title(group, roots),
                article_ids=tuple(article.id for article in group),
                first_seen=min(dated) if dated else None,
                last_seen=max(dated) if dated else None,
            )
        )
    return tuple(stories)
