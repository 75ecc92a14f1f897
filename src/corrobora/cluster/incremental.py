"""Incremental story updates: new articles join the stories a store already keeps.

A batch of new articles is handled in two steps, so that the stories come out as a
single batch run over every article would make them:

1. :func:`linked_groups` scores the new articles against the members of the stored
   stories they could meet (found through blocking keys) and tells which stored linked
   groups they link to.
2. :func:`regroup_linked` takes *every* stored story of those groups, with the new
   articles, and clusters each resulting linked group again by average linkage
   (:func:`corrobora.cluster.linkage.average_linkage`). Because average linkage is a
   function of the set of articles and never merges across unlinked groups, the result
   does not depend on the order or the batches the articles came in.

A story keeps its id when articles join it; a new story is named after its first
article; an id that no story keeps (a merge) is reported with the id that now holds
most of its articles, so the store can keep it resolving.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..settings import ClusterParams
from ..text import stable_id
from .components import MAX_CANDIDATES, MIN_SHARED_KEYS, linked, ranked_candidates
from .eventmodel import DEFAULT_MODELS, EventModels
from .features import StoryFeatures
from .ids import choose_story_ids, vanished_ids
from .linkage import average_linkage, canonical_order
from .state import StoryState


@dataclass(frozen=True, slots=True)
class StoryUpdate:
    """What changed: the rewritten stories' states, merges, and where new articles went.

    Attributes:
        states: the final state of every story of the regrouped linked groups.
        merged: ``(old id, id now holding most of its articles)`` per id no story kept.
        story_of: article id -> story id, for each new article.
    """

    states: tuple[StoryState, ...]
    merged: tuple[tuple[str, str], ...]
    story_of: Mapping[str, str]


class _Groups:
    """Union-find over names (linked groups and new articles)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.size: dict[str, int] = {}

    def find(self, name: str) -> str:
        if name not in self.parent:
            self.parent[name] = name
            self.size.setdefault(name, 1)
        root = name
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[name] != root:
            self.parent[name], name = root, self.parent[name]
        return root

    def joined_size(self, left: str, right: str) -> int:
        return self.size[self.find(left)] + self.size[self.find(right)]

    def join(self, left: str, right: str) -> None:
        roots = sorted((self.find(left), self.find(right)))
        if roots[0] != roots[1]:
            self.parent[roots[1]] = roots[0]
            self.size[roots[0]] += self.size[roots[1]]


def _new_name(article_id: str) -> str:
    return "new:" + article_id


def _links(
    stored: Sequence[StoryState],
    new: Sequence[StoryFeatures],
    params: ClusterParams,
    models: EventModels,
) -> _Groups:
    """Join each new article with the stored groups and new articles it links to."""
    groups = _Groups()
    group_of: dict[str, str] = {}
    by_id: dict[str, StoryFeatures] = {}
    postings: dict[str, list[str]] = {}
    for state in stored:
        groups.size[state.group] = max(groups.size.get(state.group, 0), state.group_size)
        for member in state.members:
            group_of[member.article_id] = state.group
            by_id[member.article_id] = member
    for item in sorted(new, key=canonical_order):
        group_of[item.article_id] = _new_name(item.article_id)
        by_id[item.article_id] = item
    for member in by_id.values():
        for key in member.blocking_keys:
            postings.setdefault(key, []).append(member.article_id)
    for item in sorted(new, key=canonical_order):
        name = _new_name(item.article_id)
        groups.find(name)
        scored = 0
        for candidate in ranked_candidates(item.blocking_keys, postings, MIN_SHARED_KEYS):
            if candidate == item.article_id:
                continue
            if groups.find(group_of[candidate]) == groups.find(name):
                continue
            if scored == MAX_CANDIDATES:
                break
            scored += 1
            if groups.joined_size(name, group_of[candidate]) > params.max_group:
                continue
            if linked(item, by_id[candidate], params, models):
                groups.join(name, group_of[candidate])
    return groups


def linked_groups(
    candidates: Sequence[StoryState],
    new: Sequence[StoryFeatures],
    params: ClusterParams,
    models: EventModels = DEFAULT_MODELS,
) -> set[str]:
    """The stored linked groups (names) that some new article links to.

    Args:
        candidates: stored stories the new articles may meet (found by blocking keys).
        new: the new articles' clustering views.
        params: clustering settings.
        models: the event models.
    """
    groups = _links(candidates, new, params, models)
    touched = {groups.find(_new_name(item.article_id)) for item in new}
    return {state.group for state in candidates if groups.find(state.group) in touched}


def regroup_linked(
    stored: Iterable[StoryState],
    new: Sequence[StoryFeatures],
    params: ClusterParams,
    *,
    is_taken: Callable[[str], bool] = lambda story_id: False,
    models: EventModels = DEFAULT_MODELS,
) -> StoryUpdate:
    """Cluster the new articles with every stored story of the groups they link to.

    Args:
        stored: all stored stories of the linked groups :func:`linked_groups` named.
        new: the new articles' clustering views (any order; ids already stored count once).
        params: clustering settings.
        is_taken: tells whether a story id is already used in the store.
        models: the event models.
    """
    states = list(stored)
    previous = {member.article_id: state.ref for state in states for member in state.members}
    fresh = [item for item in new if item.article_id not in previous]
    groups = _links(states, fresh, params, models)
    parts: dict[str, list[StoryFeatures]] = {}
    for state in states:
        parts.setdefault(groups.find(state.group), []).extend(state.members)
    for item in fresh:
        parts.setdefault(groups.find(_new_name(item.article_id)), []).append(item)
    stories: list[tuple[list[StoryFeatures], str, int]] = []
    for members in parts.values():
        ordered = sorted(members, key=canonical_order)
        group = stable_id("group", ordered[0].article_id)
        clustered = average_linkage(ordered, params, models)
        stories.extend((story, group, len(ordered)) for story in clustered)
    stories.sort(key=lambda entry: canonical_order(entry[0][0]))
    everyone = sorted((member for story, _, _ in stories for member in story), key=canonical_order)
    rank = {member.article_id: n for n, member in enumerate(everyone)}
    id_groups = [[member.article_id for member in story] for story, _, _ in stories]
    ids = choose_story_ids(id_groups, rank, previous, is_taken=is_taken)
    result = tuple(
        StoryState.of(story_id, story, group, size)
        for story_id, (story, group, size) in zip(ids, stories, strict=True)
    )
    story_of = {
        member.article_id: state.ref
        for state in result
        for member in state.members
        if member.article_id not in previous
    }
    merged = tuple(vanished_ids(id_groups, ids, previous))
    return StoryUpdate(result, merged, story_of)
