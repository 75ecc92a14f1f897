"""Linked groups of articles: where average linkage has to look, found by blocking.

Two articles are *linked* when the event model alone finds them likely enough to share
a story (``ClusterParams.story_threshold``) and they are within the time window. Average
linkage (:mod:`corrobora.cluster.linkage`) never merges across groups that no link
joins, so the stories of a corpus are the stories of each linked group clustered
apart: the work is bounded by the size of a group, not of the corpus.

Links are looked for through blocking, never among all pairs: each blocking key of an
article (its top entity keys and terms) points to the articles that most recently
carried it (at most :data:`POSTINGS_PER_KEY`), and the articles sharing the most keys
(at least :data:`MIN_SHARED_KEYS`) are scored (at most :data:`MAX_CANDIDATES`, skipping
those already in the article's group, whose link would change nothing, and ignoring
links that would make a group larger than ``ClusterParams.max_group``). A group whose
newest article is more than a window older than the newest article seen can gain no link:
:meth:`ComponentIndex.close_before` hands it over and forgets it, so memory is bounded
by one window of articles.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import islice

from ..settings import ClusterParams
from .eventmodel import DEFAULT_MODELS, EventModels
from .features import StoryFeatures
from .linkage import canonical_order, moment_of, pair_probability, window_before, within_window

#: Articles remembered per blocking key: the ones that most recently carried it.
POSTINGS_PER_KEY = 64
#: Candidate articles scored per new article: those sharing the most blocking keys.
MAX_CANDIDATES = 32
#: Blocking keys a candidate must share with an article to be scored (one key alone,
#: often a common name, seldom makes a link on ECB+ training topics: 4% of such pairs).
MIN_SHARED_KEYS = 2


def _hits(keys: Iterable[str], postings: Mapping[str, Iterable[str]]) -> tuple[Counter[str], int]:
    unique = list(dict.fromkeys(keys))
    hits: Counter[str] = Counter()
    for key in unique:
        hits.update(set(postings.get(key, ())))
    return hits, len(unique)


def rank_by_shared_keys(
    keys: Iterable[str],
    postings: Mapping[str, Iterable[str]],
    limit: int = MAX_CANDIDATES,
    minimum: int = 1,
) -> list[str]:
    """The ``limit`` items sharing most of ``keys`` (ties by id), from key postings.

    Items sharing fewer than ``minimum`` keys (or than all of ``keys``, when fewer) are
    left out.
    """
    return list(islice(ranked_candidates(keys, postings, minimum), limit))


def ranked_candidates(
    keys: Iterable[str], postings: Mapping[str, Iterable[str]], minimum: int = 1
) -> Iterator[str]:
    """Items sharing at least ``minimum`` of ``keys``, most shared first (ties by id).

    Lazy: taking the first few of many costs little more than counting them.
    """
    hits, count = _hits(keys, postings)
    needed = min(minimum, count)
    heap = [(-shared, ref) for ref, shared in hits.items() if shared >= needed]
    heapq.heapify(heap)
    while heap:
        yield heapq.heappop(heap)[1]


def linked(
    left: StoryFeatures,
    right: StoryFeatures,
    params: ClusterParams,
    models: EventModels = DEFAULT_MODELS,
) -> bool:
    """True when two articles are within the window and likely one event on their own."""
    window = timedelta(days=params.window_days)
    if not within_window(moment_of(left), moment_of(right), window):
        return False
    return pair_probability(left, right, models) >= params.story_threshold


@dataclass(slots=True)
class Component:
    """A linked group of articles: its members' views and the span of their dates."""

    members: dict[str, StoryFeatures] = field(default_factory=dict)
    newest: datetime | None = None
    undated: bool = False

    def add(self, features: StoryFeatures) -> None:
        """Take one article."""
        self.members[features.article_id] = features
        moment = moment_of(features)
        if moment is None:
            self.undated = True
        elif self.newest is None or moment > self.newest:
            self.newest = moment

    def absorb(self, other: Component) -> None:
        """Take every member of ``other``."""
        for features in other.members.values():
            self.add(features)


class ComponentIndex:
    """Linked groups being built, with the blocking postings that find an article's links."""

    def __init__(self, params: ClusterParams, models: EventModels = DEFAULT_MODELS) -> None:
        self.params = params
        self.models = models
        self.window = timedelta(days=params.window_days)
        #: Group name -> group; an article's group is found through ``_group_of``.
        self.groups: dict[str, Component] = {}
        self._group_of: dict[str, str] = {}
        self._postings: dict[str, dict[str, None]] = {}
        self._newest: datetime | None = None

    def __len__(self) -> int:
        return len(self._group_of)

    @property
    def key_count(self) -> int:
        """Blocking keys the index holds postings for (memory follows the open groups)."""
        return len(self._postings)

    def candidates(self, features: StoryFeatures) -> Iterator[str]:
        """Articles sharing blocking keys with ``features``: most shared keys first."""
        postings = {key: self._postings.get(key, {}) for key in features.blocking_keys}
        return ranked_candidates(features.blocking_keys, postings, MIN_SHARED_KEYS)

    def add(self, features: StoryFeatures) -> str:
        """Put one article into the index, joining every group it links to; return the group."""
        name = features.article_id
        if name in self._group_of:
            return self._group_of[name]
        group = Component()
        group.add(features)
        self.groups[name] = group
        self._group_of[name] = name
        scored = 0
        for candidate in self.candidates(features):
            other = self._group_of.get(candidate)
            if other is None or other == self._group_of[name]:
                continue
            if scored == MAX_CANDIDATES:
                break
            scored += 1
            mine = self._group_of[name]
            size = len(self.groups[mine].members) + len(self.groups[other].members)
            if size > self.params.max_group:
                continue
            if linked(features, self.groups[other].members[candidate], self.params, self.models):
                self._join(mine, other)
        for key in features.blocking_keys:
            postings = self._postings.setdefault(key, {})
            postings[name] = None
            if len(postings) > POSTINGS_PER_KEY:
                del postings[next(iter(postings))]
        moment = moment_of(features)
        if moment is not None and (self._newest is None or moment > self._newest):
            self._newest = moment
        return self._group_of[name]

    def _join(self, left: str, right: str) -> None:
        """Merge two groups; the larger keeps its name (ties: the smaller name)."""
        keep, gone = sorted((left, right), key=lambda name: (-len(self.groups[name].members), name))
        absorbed = self.groups.pop(gone)
        self.groups[keep].absorb(absorbed)
        for article_id in absorbed.members:
            self._group_of[article_id] = keep

    def close_before(self, moment: datetime | None = None) -> Iterator[list[StoryFeatures]]:
        """Remove and yield the groups no article at or after ``moment`` can link to.

        ``moment`` defaults to the newest publication time seen. A group whose newest
        dated member is more than a window older is closed; groups with an undated
        member stay open (an undated article may link to anything).
        """
        moment = moment if moment is not None else self._newest
        if moment is None:
            return
        limit = window_before(moment, self.window)
        closed = [
            name
            for name, group in self.groups.items()
            if not group.undated and group.newest is not None and group.newest < limit
        ]
        for name in sorted(closed):
            yield self._remove(name)

    def drain(self) -> Iterator[list[StoryFeatures]]:
        """Remove and yield every group still open."""
        for name in sorted(self.groups):
            yield self._remove(name)

    def _remove(self, name: str) -> list[StoryFeatures]:
        group = self.groups.pop(name)
        for article_id, features in group.members.items():
            del self._group_of[article_id]
            for key in features.blocking_keys:
                postings = self._postings.get(key)
                if postings is not None:
                    postings.pop(article_id, None)
                    if not postings:
                        del self._postings[key]
        return sorted(group.members.values(), key=canonical_order)
