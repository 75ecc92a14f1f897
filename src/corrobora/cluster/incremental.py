"""Incremental story updates: new articles join the stories a store already keeps.

:func:`update_stories` takes the stored states of the stories new articles could meet
(found through their blocking keys, see :meth:`corrobora.store.base.Store.story_states`)
and the new articles' clustering views, and runs them through the same
:class:`~corrobora.cluster.index.StoryIndex` a batch run uses, in publication order. A
story keeps its id when articles join it; a new story is named after its first article;
a story absorbed by a merge is reported with the id that absorbed it, so that the store
can keep the old id resolving. :func:`state_to_json` and :func:`state_from_json` are how
a state is kept between runs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..ordering import utc
from ..settings import ClusterParams
from ..text import stable_id
from .eventmodel import DEFAULT_MODELS, EventModels
from .features import StoryFeatures
from .index import StoryIndex, StoryState

#: Decimals kept of centroid sums in a stored state.
_STATE_DECIMALS = 6


@dataclass(frozen=True, slots=True)
class StoryUpdate:
    """What changed: the touched stories' states, merges, and where new articles went.

    Attributes:
        states: the final state of every story that gained members (new ones too).
        merged: ``(absorbed id, id that absorbed it)`` for each story merged away.
        story_of: article id -> story id, for each new article.
    """

    states: tuple[StoryState, ...]
    merged: tuple[tuple[str, str], ...]
    story_of: Mapping[str, str]


def _feature_order(features: StoryFeatures) -> tuple[bool, datetime, str]:
    moment = None if features.published is None else utc(features.published)
    return (moment is None, moment or datetime.min.replace(tzinfo=UTC), features.article_id)


def _activity(state: StoryState) -> tuple[bool, datetime, str]:
    last = None if state.last is None else utc(state.last)
    return (last is not None, last or datetime.min.replace(tzinfo=UTC), state.ref)


def update_stories(
    existing: Iterable[StoryState],
    new: Sequence[StoryFeatures],
    params: ClusterParams,
    *,
    is_taken: Callable[[str], bool] = lambda story_id: False,
    models: EventModels = DEFAULT_MODELS,
) -> StoryUpdate:
    """Add new articles to the given stories (or to new ones), in publication order.

    Args:
        existing: stored states of the stories the new articles may join.
        new: the new articles' clustering views (any order).
        params: clustering settings.
        is_taken: tells whether a story id is already used in the store (a new story
            whose natural id is taken gets a suffixed one).
        models: the event models.
    """
    index = StoryIndex(params, models)
    # Loaded oldest activity first, so each key's postings end with the latest stories.
    for state in sorted(existing, key=_activity):
        index.load(state)
    touched: set[str] = set()
    story_of: dict[str, str] = {}
    used = set(index.stories)

    def fresh_id(article_id: str) -> str:
        candidate = stable_id("story", article_id)
        suffix = 0
        while candidate in used or is_taken(candidate):
            suffix += 1
            candidate = stable_id("story", article_id, str(suffix))
        used.add(candidate)
        return candidate

    for features in sorted(new, key=_feature_order):
        ref = index.add(features, new_ref=fresh_id)
        touched.add(ref)
        story_of[features.article_id] = ref
    final = {ref: index.merged.get(ref, ref) for ref in touched}
    states = tuple(
        index.stories[ref] for ref in sorted(set(final.values())) if ref in index.stories
    )
    story_of = {article: index.merged.get(ref, ref) for article, ref in story_of.items()}
    return StoryUpdate(states, tuple(sorted(index.merged.items())), story_of)


def state_to_json(state: StoryState) -> dict[str, Any]:
    """A state as plain JSON values (sums rounded; the blocking keys with their counts)."""
    return {
        "members": list(state.members),
        "sums": {
            channel: {key: round(value, _STATE_DECIMALS) for key, value in vector.items()}
            for channel, vector in state.sums.items()
        },
        "counts": dict(state.counts),
        "embedding_sum": [round(value, _STATE_DECIMALS) for value in state.embedding_sum],
        "embedding_count": state.embedding_count,
        "first": None if state.first is None else state.first.isoformat(),
        "last": None if state.last is None else state.last.isoformat(),
        "keys": dict(state.keys),
    }


def state_from_json(ref: str, data: Mapping[str, Any]) -> StoryState:
    """The state :func:`state_to_json` wrote, under the story id ``ref``.

    Raises:
        ValueError: the data is not a state (a missing or mistyped field).
    """
    try:
        return StoryState(
            ref=ref,
            members=[str(member) for member in data["members"]],
            sums={
                str(channel): {str(key): float(value) for key, value in vector.items()}
                for channel, vector in data["sums"].items()
            },
            counts={str(channel): int(count) for channel, count in data["counts"].items()},
            embedding_sum=[float(value) for value in data["embedding_sum"]],
            embedding_count=int(data["embedding_count"]),
            first=None if data["first"] is None else datetime.fromisoformat(data["first"]),
            last=None if data["last"] is None else datetime.fromisoformat(data["last"]),
            keys=Counter({str(key): int(count) for key, count in data["keys"].items()}),
        )
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise ValueError(f"not a story state: {error}") from None
