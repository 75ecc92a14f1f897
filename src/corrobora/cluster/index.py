"""The story index: assigns articles, one at a time, to the story they most likely report.

Each article is compared with the few stories it could join and joins the one the
event model (:mod:`corrobora.cluster.eventmodel`) finds most likely, when that
probability reaches ``ClusterParams.story_threshold``; otherwise it opens a story. The
index is the same whether it is filled in one batch or over many ingest runs: a store
keeps each story's :class:`StoryState` and the index is rebuilt from the states a new
article can meet.

*Candidates* come from blocking: each blocking key of an article (its top entity keys
and terms) points to the stories most recently joined by an article carrying it (at
most :data:`POSTINGS_PER_KEY`). The stories hit by the most keys are scored (at most
:data:`MAX_CANDIDATES`), so the work per article is bounded however large the corpus.

*Time*: a story never spans more than ``ClusterParams.window_days`` between its first
and last dated article (undated articles are not held back). A story that can no
longer take any article (its first article is more than a window older than the newest
article seen) is *closed*: :meth:`StoryIndex.close_before` removes it from memory,
which keeps memory bounded by the articles of one window, not by the corpus.

*Centroids*: a story keeps, per channel, the sum of its members' unit vectors (the mean
cosine with all members is one dot product with it), trimmed to its
:data:`CENTROID_KEYS` largest components so that a large story stays small.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from ..ordering import utc
from ..settings import ClusterParams
from .eventmodel import DEFAULT_MODELS, EventModels
from .features import StoryFeatures, add_into, dot

#: Stories remembered per blocking key: the ones most recently joined through it.
POSTINGS_PER_KEY = 64
#: Candidate stories scored per article: those sharing the most blocking keys.
MAX_CANDIDATES = 32
#: Components kept per channel of a story's centroid.
CENTROID_KEYS = 400
#: Blocking keys kept per story: those most of its members carry.
STORY_KEYS = 64


@dataclass(slots=True)
class StoryState:
    """What the index keeps of one story: members, centroid sums, period, keys.

    Attributes:
        ref: the story's id (or a provisional name until ids are chosen).
        members: article ids, in the order they joined.
        sums: channel -> sum of the members' unit vectors (trimmed).
        counts: channel -> how many members have the channel.
        embedding_sum: sum of the members' embeddings (empty when none has one).
        embedding_count: how many members have an embedding.
        first: publication time of the earliest dated member (UTC), or None.
        last: that of the latest dated member, or None.
        keys: the blocking keys of the members, with how many members carry each.
    """

    ref: str
    members: list[str] = field(default_factory=list)
    sums: dict[str, dict[str, float]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    embedding_sum: list[float] = field(default_factory=list)
    embedding_count: int = 0
    first: datetime | None = None
    last: datetime | None = None
    keys: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, features: StoryFeatures, ref: str = "") -> StoryState:
        """The state of a story of one article."""
        moment = None if features.published is None else utc(features.published)
        return cls(
            ref=ref,
            members=[features.article_id],
            sums={channel: dict(vector) for channel, vector in features.channels.items()},
            counts=dict.fromkeys(features.channels, 1),
            embedding_sum=list(features.embedding or ()),
            embedding_count=0 if features.embedding is None else 1,
            first=moment,
            last=moment,
            keys=Counter(features.blocking_keys),
        )

    def add(self, features: StoryFeatures) -> None:
        """Add one article to the story."""
        self.absorb(StoryState.of(features))

    def absorb(self, other: StoryState) -> None:
        """Take every member of ``other`` (a merge); ``other`` is left as it was."""
        self.members.extend(other.members)
        for channel, vector in other.sums.items():
            total = self.sums.setdefault(channel, {})
            add_into(total, vector.items())
            if len(total) > 2 * CENTROID_KEYS:
                self.sums[channel] = _trimmed(total)
            self.counts[channel] = self.counts.get(channel, 0) + other.counts.get(channel, 0)
        if other.embedding_count:
            if not self.embedding_sum:
                self.embedding_sum = [0.0] * len(other.embedding_sum)
            if len(self.embedding_sum) == len(other.embedding_sum):
                for position, value in enumerate(other.embedding_sum):
                    self.embedding_sum[position] += value
                self.embedding_count += other.embedding_count
        for moment in (other.first, other.last):
            if moment is not None:
                self.first = moment if self.first is None else min(self.first, moment)
                self.last = moment if self.last is None else max(self.last, moment)
        self.keys.update(other.keys)
        if len(self.keys) > 2 * STORY_KEYS:
            self.keys = _top_keys(self.keys)

    def fits(self, moment: datetime | None, window: timedelta) -> bool:
        """True when a member published at ``moment`` keeps the story inside the window."""
        if moment is None or self.first is None or self.last is None:
            return True
        return max(self.last, moment) - min(self.first, moment) <= window

    def score(self, article: StoryState, models: EventModels = DEFAULT_MODELS) -> float:
        """Probability that an article (``StoryState.of`` it) reports this story's event.

        Average linkage: the pair score of :func:`story_score` with a one-article story.
        """
        return story_score(article, self, models)


def rank_by_shared_keys(
    keys: Iterable[str], postings: Mapping[str, Iterable[str]], limit: int = MAX_CANDIDATES
) -> list[str]:
    """The ``limit`` stories sharing most of ``keys`` (ties by id), from key postings."""
    hits: Counter[str] = Counter()
    for key in dict.fromkeys(keys):
        hits.update(set(postings.get(key, ())))
    ranked = sorted(hits.items(), key=lambda item: (-item[1], item[0]))
    return [ref for ref, _ in ranked[:limit]]


def story_inputs(left: StoryState, right: StoryState) -> tuple[dict[str, float], float | None]:
    """The event model's inputs for two stories: mean channel and embedding cosines.

    Means run over all member pairs (average linkage); for two one-article stories they
    are the pair's cosines, which is what the model was fitted on.
    """
    cosines = {
        channel: dot(vector, right.sums[channel]) / (left.counts[channel] * right.counts[channel])
        for channel, vector in left.sums.items()
        if left.counts.get(channel) and right.counts.get(channel) and channel in right.sums
    }
    embedding = None
    if (
        left.embedding_count
        and right.embedding_count
        and len(left.embedding_sum) == len(right.embedding_sum)
    ):
        total = sum(a * b for a, b in zip(left.embedding_sum, right.embedding_sum, strict=True))
        embedding = total / (left.embedding_count * right.embedding_count)
    return cosines, embedding


def story_score(left: StoryState, right: StoryState, models: EventModels) -> float:
    """Probability that two stories report one event (average linkage over members)."""
    cosines, embedding = story_inputs(left, right)
    return models.pick(embedding is not None).score(cosines, embedding)


def _age(story: StoryState) -> tuple[bool, datetime, str]:
    """Sort key: stories that began earlier first (undated last), then by ref."""
    return (story.first is None, story.first or datetime.min.replace(tzinfo=UTC), story.ref)


def _top_keys(keys: Counter[str]) -> Counter[str]:
    """The :data:`STORY_KEYS` keys most members carry (ties broken by key)."""
    ranked = sorted(keys.items(), key=lambda item: (-item[1], item[0]))
    return Counter(dict(ranked[:STORY_KEYS]))


def _trimmed(vector: Mapping[str, float]) -> dict[str, float]:
    """The :data:`CENTROID_KEYS` largest components (ties broken by key)."""
    ranked = sorted(vector.items(), key=lambda item: (-item[1], item[0]))
    return dict(ranked[:CENTROID_KEYS])


class StoryIndex:
    """Stories being built, with the blocking index that finds an article's candidates."""

    def __init__(self, params: ClusterParams, models: EventModels = DEFAULT_MODELS) -> None:
        self.params = params
        self.models = models
        self.window = timedelta(days=params.window_days)
        self.stories: dict[str, StoryState] = {}
        self._postings: dict[str, dict[str, None]] = {}
        #: The keys each story is posted under (to take it off them when it goes).
        self._posted: dict[str, set[str]] = {}
        self._created = 0
        self._newest: datetime | None = None
        #: Stories merged into another: old ref -> the ref that absorbed it.
        self.merged: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self.stories)

    @property
    def key_count(self) -> int:
        """Blocking keys the index holds postings for (memory follows the open stories)."""
        return len(self._postings)

    def load(self, state: StoryState) -> None:
        """Put a story kept from an earlier run back into the index."""
        self.stories[state.ref] = state
        for key in state.keys:
            self._post(key, state.ref)
        if state.last is not None and (self._newest is None or state.last > self._newest):
            self._newest = state.last

    def _post(self, key: str, ref: str) -> None:
        postings = self._postings.setdefault(key, {})
        postings.pop(ref, None)
        postings[ref] = None  # most recently joined last
        self._posted.setdefault(ref, set()).add(key)
        if len(postings) > POSTINGS_PER_KEY:
            dropped = next(iter(postings))
            del postings[dropped]
            self._posted.get(dropped, set()).discard(key)

    def _unpost(self, ref: str) -> set[str]:
        """Remove ``ref`` from every posting list it is on; return those keys."""
        keys = self._posted.pop(ref, set())
        for key in keys:
            postings = self._postings.get(key)
            if postings is not None:
                postings.pop(ref, None)
                if not postings:
                    del self._postings[key]
        return keys

    def candidates(self, features: StoryFeatures) -> list[str]:
        """The stories worth scoring for ``features``: most shared blocking keys first."""
        # A posting may still name a story merged away: it stands for the one that
        # absorbed it.
        postings = {
            key: {self.merged.get(ref, ref) for ref in self._postings.get(key, ())}
            for key in features.blocking_keys
        }
        ranked = rank_by_shared_keys(features.blocking_keys, postings)
        return [ref for ref in ranked if ref in self.stories]

    def matches(self, features: StoryFeatures) -> list[tuple[float, str]]:
        """The stories ``features`` may join, most likely first, with their probability."""
        moment = None if features.published is None else utc(features.published)
        article = StoryState.of(features)
        found = []
        for ref in self.candidates(features):
            story = self.stories[ref]
            if not story.fits(moment, self.window):
                continue
            score = story.score(article, self.models)
            if score >= self.params.story_threshold:
                found.append((score, ref))
        found.sort(key=lambda item: (-item[0], item[1]))
        return found

    def add(self, features: StoryFeatures, *, new_ref: Callable[[str], str] | None = None) -> str:
        """Put one article into its most likely story or into a new one; return its ref.

        Args:
            features: the article's clustering view.
            new_ref: names the story the article opens, given the article id (default:
                a provisional ``new-<n>``).
        """
        found = self.matches(features)
        ref = found[0][1] if found else None
        if ref is None:
            self._created += 1
            ref = new_ref(features.article_id) if new_ref else f"new-{self._created}"
            if ref in self.stories:
                raise ValueError(f"story {ref!r} is already in the index")
            self.stories[ref] = StoryState(ref)
        self.stories[ref].add(features)
        for key in features.blocking_keys:
            self._post(key, ref)
        if features.published is not None:
            moment = utc(features.published)
            if self._newest is None or moment > self._newest:
                self._newest = moment
        for _, other in found[1:]:
            self._maybe_merge(ref, other)
        return self.merged.get(ref, ref)

    def _maybe_merge(self, ref: str, other: str) -> None:
        """Merge two stories an article could join both of, when they are one event.

        The article bridges them; they merge when the stories themselves are as likely
        one event (average linkage between all their members) as an article must be to
        join one. The story that began earlier absorbs the other, which is recorded in
        :attr:`merged` so that its id keeps resolving.
        """
        ref = self.merged.get(ref, ref)
        other = self.merged.get(other, other)
        if ref == other or ref not in self.stories or other not in self.stories:
            return
        left, right = self.stories[ref], self.stories[other]
        if not left.fits(right.first, self.window) or not left.fits(right.last, self.window):
            return
        if story_score(left, right, self.models) < self.params.story_threshold:
            return
        keep, gone = sorted((left, right), key=_age)
        keep.absorb(gone)
        del self.stories[gone.ref]
        for key in sorted(self._unpost(gone.ref)):
            self._post(key, keep.ref)
        self.merged[gone.ref] = keep.ref
        for old, new in list(self.merged.items()):
            if new == gone.ref:
                self.merged[old] = keep.ref

    def close_before(self, moment: datetime | None = None) -> Iterator[StoryState]:
        """Remove and yield the stories no dated article at or after ``moment`` can join.

        ``moment`` defaults to the newest publication time seen. A story whose first
        dated member is more than a window older is closed; undated stories stay open.
        """
        moment = moment if moment is not None else self._newest
        if moment is None:
            return
        limit = utc(moment) - self.window
        closed = [
            ref
            for ref, story in self.stories.items()
            if story.first is not None and story.first < limit
        ]
        for ref in closed:
            story = self.stories.pop(ref)
            self._unpost(ref)
            yield story
