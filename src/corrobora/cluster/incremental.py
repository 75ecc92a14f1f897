"""Incremental story updates: new articles join the stories a store already keeps.

A batch of new articles is handled in two steps, so that the stories come out as a
single batch run over every article would make them:

1. :func:`find_links` scores the new articles against the members of the stored
   stories they could meet (found through blocking keys), as a single run would, and
   tells which stored linked groups they link to.
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

from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Protocol

from ..settings import ClusterParams
from ..text import stable_id
from .components import (
    MAX_CANDIDATES,
    MIN_SHARED_KEYS,
    POSTINGS_PER_KEY,
    linked,
    ranked_candidates,
)
from .eventmodel import DEFAULT_MODELS, EventModels
from .features import StoryFeatures
from .ids import choose_story_ids, vanished_ids
from .linkage import Dated, average_linkage, canonical_order, moment_of, window_before
from .state import StoryOutline, StoryState


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
        #: Root -> publication time of the group's newest known member (undated: latest).
        self.newest: dict[str, datetime] = {}

    def saw(self, name: str, moment: datetime | None) -> None:
        """Note a member published at ``moment`` (None: undated, so never closed)."""
        root = self.find(name)
        seen = _OPEN if moment is None else moment
        self.newest[root] = max(self.newest.get(root, seen), seen)

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
            gone = self.newest.pop(roots[1], None)
            if gone is not None:
                self.saw(roots[0], gone)


#: The newest moment of a group with an undated member: such a group never closes.
_OPEN = datetime.max.replace(tzinfo=UTC)


def _new_name(article_id: str) -> str:
    return "new:" + article_id


def _before(positions: list[int], position: int) -> list[int]:
    """The last :data:`POSTINGS_PER_KEY` of ascending ``positions`` below ``position``."""
    end = bisect_left(positions, position)
    return positions[max(0, end - POSTINGS_PER_KEY) : end]


class _Keyed(Dated, Protocol):
    """An article as candidate search sees it: id, date and blocking keys."""

    @property
    def blocking_keys(self) -> tuple[str, ...]:
        """The keys that find its candidates."""
        ...


class _Carriers:
    """The known articles in canonical order and, per blocking key, where its carriers are.

    Only the keys of the articles to score are indexed: the new ones and the stored ones
    after the first new one that meet a new one (see :meth:`meets_new`).
    """

    def __init__(self, known: list[_Keyed], fresh: set[str]) -> None:
        self.known = known
        self.new_positions = {n for n, item in enumerate(known) if item.article_id in fresh}
        self.first_new = min(self.new_positions, default=len(known))
        #: Key -> ascending positions of the articles carrying it; ``new``: new ones only.
        self.all: dict[str, list[int]] = {}
        self.new: dict[str, list[int]] = {}
        for position in sorted(self.new_positions):
            for key in dict.fromkeys(known[position].blocking_keys):
                self.new.setdefault(key, []).append(position)
        self._index(set(self.new))
        #: The positions to score, ascending.
        self.to_score = [
            position
            for position in range(self.first_new, len(known))
            if position in self.new_positions or self.meets_new(known[position], position)
        ]
        self._index(
            {key for position in self.to_score for key in known[position].blocking_keys}
            - self.new.keys()
        )

    def _index(self, keys: set[str]) -> None:
        """Add the carriers of ``keys`` to :attr:`all`."""
        if not keys:
            return
        for position, item in enumerate(self.known):
            for key in item.blocking_keys:
                if key in keys:
                    found = self.all.setdefault(key, [])
                    if not found or found[-1] != position:
                        found.append(position)

    def recent(self, item: _Keyed, position: int) -> dict[str, list[int]]:
        """Per key of ``item``, the most recent carriers before ``position``."""
        return {
            key: _before(found, position)
            for key in item.blocking_keys
            if (found := self.all.get(key))
        }

    def meets_new(self, item: _Keyed, position: int) -> bool:
        """Whether a new article is among the recent carriers of any of ``item``'s keys."""
        for key in item.blocking_keys:
            mine = self.new.get(key)
            if not mine:
                continue
            found = self.all[key]
            end = bisect_left(found, position)
            if end == 0:
                continue
            first = bisect_left(mine, found[max(0, end - POSTINGS_PER_KEY)])
            if first < len(mine) and mine[first] < position:
                return True
        return False


@dataclass(frozen=True, slots=True)
class Links:
    """The links new articles make, found once and applied when their groups are loaded.

    Attributes:
        pairs: the names joined, in order: a new article's (``new:`` and its id) or a
            stored linked group's, with the name of the group or article it linked to.
        groups: the stored linked groups some new article links to.
    """

    pairs: tuple[tuple[str, str], ...]
    groups: frozenset[str]


def find_links(
    stored: Sequence[StoryState | StoryOutline],
    new: Sequence[StoryFeatures],
    params: ClusterParams,
    models: EventModels = DEFAULT_MODELS,
    *,
    group_sizes: Mapping[str, int] | None = None,
    features_of: Callable[[str], StoryFeatures] | None = None,
) -> Links:
    """The links a single run would find between the new articles and the others.

    ``stored`` are the stored stories the new articles may meet (found by blocking
    keys): whole states, or outlines whose members' clustering views ``features_of``
    gives when a pair is scored (it is asked only for the few members scored, so a
    caller can decode those stories alone); ``new`` are the new articles' clustering
    views; ``group_sizes`` tells how many articles each stored linked group holds (when
    missing, the stories in ``stored`` are taken to be all of it), so that no link makes
    a group larger than ``params.max_group``.

    A single run (:class:`~corrobora.cluster.components.ComponentIndex`) takes articles
    in canonical order and scores each against the earlier articles it finds through the
    :data:`POSTINGS_PER_KEY` most recent carriers of each of its blocking keys. The same
    is done here over the known articles (the stored members and the new ones), so the
    same pairs are scored: each new article against the articles before it, and each
    stored article that comes after a new one (an article arriving late) against the
    articles before it, of which only the pairs with a new article are scored again.
    As a single run forgets a linked group once it is a window older than the newest
    article, a group whose newest member is a window older than the article scored is
    left out of its candidates.

    Raises:
        ValueError: an outline is given without ``features_of``.
    """
    groups = _Groups()
    group_of: dict[str, str] = {}
    outline_of: dict[str, _Keyed] = {}
    whole: dict[str, StoryFeatures] = {}  # the views given, by article id (else features_of)
    loaded: dict[str, set[str]] = {}  # group -> its members among ``stored``
    sizes = dict(group_sizes or {})
    for entry in stored:
        if isinstance(entry, StoryState):
            whole.update((member.article_id, member) for member in entry.members)
            sizes[entry.group] = max(sizes.get(entry.group, 0), entry.group_size)
            outline = entry.outline
        elif features_of is None:
            raise ValueError("find_links: outlines need features_of")
        else:
            outline = entry
        loaded.setdefault(outline.group, set()).update(outline.member_ids)
        for member in outline.members:
            group_of[member.article_id] = outline.group
            outline_of[member.article_id] = member
            groups.saw(outline.group, moment_of(member))
    for group, members in loaded.items():
        groups.size[group] = max(sizes.get(group, 0), len(members))
    fresh: set[str] = set()
    for features in new:
        group_of[features.article_id] = _new_name(features.article_id)
        outline_of[features.article_id] = features
        whole[features.article_id] = features
        fresh.add(features.article_id)
        groups.saw(_new_name(features.article_id), moment_of(features))
    if not fresh:
        return Links((), frozenset())

    def view(article_id: str) -> StoryFeatures:
        found = whole.get(article_id)
        if found is None:
            assert features_of is not None  # every stored entry without it is whole
            return features_of(article_id)
        return found

    window = timedelta(days=params.window_days)
    index = _Carriers(sorted(outline_of.values(), key=canonical_order), fresh)
    known = index.known
    pairs: list[tuple[str, str]] = []
    # The newest moment of each known article's group, valid until the next join (a
    # group's newest moment changes only when it joins another).
    newest_of: dict[int, datetime] = {}

    def newest(n: int) -> datetime:
        found = newest_of.get(n)
        if found is None:
            found = groups.newest[groups.find(group_of[known[n].article_id])]
            newest_of[n] = found
        return found

    for position in index.to_score:
        item = known[position]
        is_new = position in index.new_positions
        windows = index.recent(item, position)
        name = group_of[item.article_id]
        moment = moment_of(item)
        limit = None if moment is None else window_before(moment, window)
        postings = {
            key: [known[n].article_id for n in ns if limit is None or newest(n) >= limit]
            for key, ns in windows.items()
        }
        if not is_new and not any(
            article_id in fresh for ids in postings.values() for article_id in ids
        ):
            continue
        scored = 0
        for candidate in ranked_candidates(item.blocking_keys, postings, MIN_SHARED_KEYS):
            if groups.find(group_of[candidate]) == groups.find(name):
                continue
            if scored == MAX_CANDIDATES:
                break
            scored += 1
            if groups.joined_size(name, group_of[candidate]) > params.max_group:
                continue
            if not is_new and candidate not in fresh:
                continue  # two stored articles: scored when the later one was added
            if linked(view(item.article_id), view(candidate), params, models):
                groups.join(name, group_of[candidate])
                newest_of.clear()
                pairs.append((name, group_of[candidate]))
    touched = {groups.find(_new_name(article_id)) for article_id in fresh}
    linked_stored = frozenset(group for group in loaded if groups.find(group) in touched)
    return Links(tuple(pairs), linked_stored)


def stored_content(state: StoryState) -> tuple[str, tuple[str, ...]]:
    """What a stored state holds besides its id: its group's name and its members' ids."""
    return state.group, tuple(state.member_ids)


def _state_of(
    unchanged: Mapping[tuple[str, tuple[str, tuple[str, ...]]], StoryState],
    story_id: str,
    story: list[StoryFeatures],
    group: str,
    size: int,
) -> StoryState:
    """The state of a story; a stored one is reused (not rebuilt) when only its group grew."""
    kept = unchanged.get((story_id, (group, tuple(item.article_id for item in story))))
    if kept is None:
        return StoryState.of(story_id, story, group, size)
    return replace(kept, group_size=max(size, len(story)))


def regroup_linked(
    stored: Iterable[StoryState],
    new: Sequence[StoryFeatures],
    params: ClusterParams,
    *,
    is_taken: Callable[[str], bool] = lambda story_id: False,
    links: Links | None = None,
    models: EventModels = DEFAULT_MODELS,
) -> StoryUpdate:
    """Cluster the new articles with every stored story of the groups they link to.

    Args:
        stored: all stored stories of the linked groups :func:`find_links` reached.
        new: the new articles' clustering views (any order; ids already stored count once).
        params: clustering settings.
        is_taken: tells whether a story id is already used in the store.
        links: the links :func:`find_links` found for ``new`` (found here, among
            ``stored``, when None).
        models: the event models.
    """
    states = list(stored)
    previous = {member.article_id: state.ref for state in states for member in state.members}
    fresh = [item for item in new if item.article_id not in previous]
    if links is None:
        links = find_links(states, fresh, params, models)
    groups = _Groups()
    for left, right in links.pairs:
        groups.join(left, right)
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
    unchanged = {(state.ref, stored_content(state)): state for state in states}
    result = tuple(
        _state_of(unchanged, story_id, story, group, size)
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
