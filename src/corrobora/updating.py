"""Bringing a store's stories up to date: incrementally after each batch, or all at once.

Incremental (the default of ``corrobora ingest``): the new articles of a batch are
scored against the members of the stories they could join (found through their
blocking keys in the store); the linked groups they reach are clustered again with
them (see :mod:`corrobora.cluster.incremental`), so the stories are those a single run
over every article would make. The stories whose members changed are written back with
their copy links and reconciled again at the end of the run. The work per article
follows the size of the linked groups it reaches, not of the store.

Regrouping (``corrobora ingest --regroup``) clusters every stored article again in one
pass; ids are kept where the grouping allows and an id that disappears
keeps resolving to the story holding most of its articles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from .cluster.components import MAX_CANDIDATES, POSTINGS_PER_KEY, rank_by_shared_keys
from .cluster.copies import find_copies_among
from .cluster.features import StoryFeatures
from .cluster.incremental import linked_groups, regroup_linked
from .cluster.state import StoryState, group_key, state_from_json, state_to_json
from .cluster.stories import make_story
from .errors import StoreError
from .model import AnalyzedArticle, CopyLink, Story
from .ordering import chronological_key
from .pipeline import build_story_set, reconcile_story, story_features_of
from .settings import Settings
from .store import Store
from .store.storystate import StoredState

Tick = Callable[[int], None]

#: Stories reconciled and written per transaction.
_RECONCILE_BATCH = 16


def stored_state(state: StoryState) -> StoredState:
    """A clustering state as the store keeps it."""
    return StoredState(
        story_id=state.ref,
        data=state_to_json(state),
        keys=tuple(state.posting_keys),
        first_seen=state.first,
        last_seen=state.last,
    )


#: Stories a whole linked group may hold (loaded through one posting list).
_GROUP_STORIES = 1_000_000


def _candidate_ids(store: Store, features: Sequence[StoryFeatures]) -> set[str]:
    """The stored stories worth loading: for each article, those sharing most keys."""
    keys = {key for item in features for key in item.blocking_keys}
    postings = store.story_postings(keys, POSTINGS_PER_KEY)
    wanted: set[str] = set()
    for item in features:
        wanted.update(rank_by_shared_keys(item.blocking_keys, postings, MAX_CANDIDATES))
    return wanted


def _group_story_ids(store: Store, groups: Iterable[str]) -> set[str]:
    """Every stored story of the given linked groups."""
    postings = store.story_postings([group_key(group) for group in groups], _GROUP_STORIES)
    return {story_id for story_ids in postings.values() for story_id in story_ids}


def _load_states(store: Store, story_ids: Iterable[str]) -> list[StoryState]:
    states = []
    for story_id, data in store.story_states(story_ids).items():
        try:
            states.append(state_from_json(story_id, data))
        except ValueError as error:
            raise StoreError(
                f"{store.location}: the clustering state of story {story_id!r} cannot be "
                f"read ({error}); run: corrobora ingest --regroup"
            ) from None
    return states


def add_to_stories(
    store: Store,
    analyses: Sequence[AnalyzedArticle],
    settings: Settings,
    *,
    features: Sequence[StoryFeatures] | None = None,
) -> int:
    """Put newly stored articles into the store's stories; return how many stories changed.

    The changed stories are written in one transaction, marked stale until
    :func:`reconcile_stale` reconciles them.

    Args:
        store: the store the articles are stored in.
        analyses: their analyses.
        settings: run settings.
        features: their clustering views, when already computed (else computed here).
    """
    if not analyses:
        return 0
    if features is None:
        features = story_features_of(analyses, settings)
    candidates = _load_states(store, _candidate_ids(store, features))
    groups = linked_groups(candidates, features, settings.cluster)
    stored = _load_states(store, _group_story_ids(store, groups)) if groups else []
    before = {state.ref: state.member_ids for state in stored}
    update = regroup_linked(
        stored,
        features,
        settings.cluster,
        is_taken=lambda story_id: bool(store.story_ids_taken([story_id])),
    )
    stories: list[Story] = []
    copies: list[CopyLink] = []
    for state in update.states:
        if before.get(state.ref) == state.member_ids:
            continue
        members = sorted(store.articles(state.member_ids), key=chronological_key)
        if len(members) != len(state.members):
            raise StoreError(
                f"{store.location}: story {state.ref!r} refers to articles that are not "
                "stored; run: corrobora ingest --regroup"
            )
        stories.append(make_story(state.ref, members, {}))
        if len(members) > 1:
            copies.extend(find_copies_among(members, settings.cluster))
    store.apply_story_update(
        stories, [stored_state(state) for state in update.states], update.merged, copies
    )
    return len(stories)


def reconcile_stale(store: Store, settings: Settings, *, tick: Tick | None = None) -> int:
    """Reconcile every story whose members changed; return how many were reconciled."""
    stale = store.stale_story_ids()
    done = 0
    for start in range(0, len(stale), _RECONCILE_BATCH):
        reconciliations = []
        for story_id in stale[start : start + _RECONCILE_BATCH]:
            story = store.story(story_id)
            members = list(store.analyses(story.article_ids))
            copies = store.copies_of(story.article_ids)
            reconciliations.append(reconcile_story(story, members, copies, settings))
            if tick is not None:
                tick(1)
        store.save_reconciliations(reconciliations)
        done += len(reconciliations)
    return done


def regroup(store: Store, settings: Settings, *, tick: Tick | None = None) -> int:
    """Regroup every stored article in one pass and reconcile; return the story count."""
    analyses = list(store.analyses())
    previous: Mapping[str, str] = store.story_ids_by_article()
    build = build_story_set(analyses, settings, previous=previous, tick=tick)
    store.replace_stories(
        build.stories,
        build.copies,
        build.reconciliations,
        states=[stored_state(state) for state in build.states.values()],
    )
    return len(build.stories)
