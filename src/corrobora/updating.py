"""Bringing a store's stories up to date: incrementally after each batch, or all at once.

Incremental (the default of ``corrobora ingest``): the new articles of a batch are
scored against the members of the stories they could join (found through their blocking
keys in the store); the linked groups they reach are clustered again with them (see
:mod:`corrobora.cluster.incremental`). Candidate search reads the stories' outlines
(their members' ids, dates and keys); a story's whole state, with its members' word
vectors, is read only when one of its members is scored or its group is regrouped. The
candidates scored are those a single run over every article would score, so the
stories are nearly that run's (they can differ because a single run sets aside old
linked groups only now and then, and where articles arrive out of publication order).
The stories whose members changed are written back with their copy links and
reconciled again at the end of the run. The work per article follows the size of the
linked groups it reaches, not of the store.

Regrouping (``corrobora ingest --regroup``) clusters every stored article again in one
pass; ids are kept where the grouping allows and an id that disappears
keeps resolving to the story holding most of its articles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TypeVar

from .cluster.components import MIN_SHARED_KEYS, POSTINGS_PER_KEY, ranked_candidates
from .cluster.copies import find_copies_among
from .cluster.features import StoryFeatures
from .cluster.incremental import find_links, regroup_linked, stored_content
from .cluster.state import StoryOutline, StoryState, group_key, outline_to_json, state_to_json
from .cluster.stories import make_story
from .engines import Engine
from .errors import StoreError
from .model import AnalyzedArticle, CopyLink, Reconciliation, Story
from .ordering import chronological_key
from .pipeline import StoryWork, build_story_set, reconcile_stories, story_features_of
from .settings import Settings
from .store import Store
from .store.storystate import StoredState
from .storystates import DecodedOutlines, DecodedStates

Tick = Callable[[int], None]
T = TypeVar("T")

#: Stories reconciled and written per transaction.
_RECONCILE_BATCH = 16
#: Decoded clustering states kept per process (see :class:`DecodedStates`).
_DECODED = DecodedStates(4096)
#: Decoded outlines kept per process (an outline is about a fifteenth of a state).
_OUTLINES = DecodedOutlines(16384)


def stored_state(state: StoryState) -> StoredState:
    """A clustering state as the store keeps it."""
    return StoredState(
        story_id=state.ref,
        data=state_to_json(state),
        keys=tuple(state.posting_keys),
        first_seen=state.first,
        last_seen=state.last,
        outline=outline_to_json(state),
    )


#: Stories a whole linked group may hold (loaded through one posting list).
_GROUP_STORIES = 1_000_000


def _candidate_ids(store: Store, features: Sequence[StoryFeatures]) -> set[str]:
    """The stored stories worth loading: for each article, every one sharing enough keys.

    All of them (not only the best ranked) are loaded, so that the articles a single run
    would score are among their members (see :func:`corrobora.cluster.incremental.find_links`).
    """
    keys = {key for item in features for key in item.blocking_keys}
    postings = store.story_postings(keys, POSTINGS_PER_KEY)
    wanted: set[str] = set()
    for item in features:
        wanted.update(ranked_candidates(item.blocking_keys, postings, MIN_SHARED_KEYS))
    return wanted


def _group_story_ids(store: Store, groups: Iterable[str]) -> set[str]:
    """Every stored story of the given linked groups."""
    postings = store.story_postings([group_key(group) for group in groups], _GROUP_STORIES)
    return {story_id for story_ids in postings.values() for story_id in story_ids}


def _group_sizes(store: Store, states: Iterable[StoryOutline]) -> dict[str, int]:
    """Linked group -> how many articles it holds, for the groups of ``states``."""
    names = {group_key(state.group): state.group for state in states}
    counts = store.articles_under_keys(names)
    return {group: counts.get(key, 0) for key, group in names.items()}


def _group_states(
    store: Store, groups: Iterable[str], loaded: Sequence[StoryState]
) -> list[StoryState]:
    """Every stored story of the given linked groups; those in ``loaded`` are not read again."""
    wanted = _group_story_ids(store, groups)
    known = [state for state in loaded if state.ref in wanted]
    missing = wanted.difference(state.ref for state in known)
    return [*known, *_load_states(store, missing)]


def _unreadable(store: Store, story_id: str, error: str) -> StoreError:
    return StoreError(
        f"{store.location}: the clustering state of story {story_id!r} cannot be "
        f"read ({error}); run: corrobora ingest --regroup"
    )


def _decoded(store: Store, texts: Mapping[str, str], decode: Callable[[str, str], T]) -> list[T]:
    """Each stored text decoded; one that cannot be is a :class:`StoreError`."""
    found = []
    for story_id, text in texts.items():
        try:
            found.append(decode(story_id, text))
        except ValueError as error:
            raise _unreadable(store, story_id, str(error)) from None
    return found


def _load_states(store: Store, story_ids: Iterable[str]) -> list[StoryState]:
    return _decoded(store, store.story_states(story_ids), _DECODED.state)


def _load_outlines(store: Store, story_ids: Iterable[str]) -> list[StoryOutline]:
    return _decoded(store, store.story_outlines(story_ids), _OUTLINES.outline)


class _StoredViews:
    """The clustering views of stored members, read a whole story at a time when first asked."""

    def __init__(self, store: Store, outlines: Iterable[StoryOutline]) -> None:
        self._store = store
        self._story_of = {
            article_id: outline.ref for outline in outlines for article_id in outline.member_ids
        }
        self._views: dict[str, StoryFeatures] = {}
        #: The whole states read so far, by story id.
        self.states: dict[str, StoryState] = {}

    def features(self, article_id: str) -> StoryFeatures:
        """The clustering view of a member of one of the outlined stories."""
        found = self._views.get(article_id)
        if found is not None:
            return found
        story_id = self._story_of[article_id]
        for state in _load_states(self._store, [story_id]):
            self.states[state.ref] = state
            self._views.update((member.article_id, member) for member in state.members)
        found = self._views.get(article_id)
        if found is None:
            raise _unreadable(self._store, story_id, f"its outline names {article_id!r}")
        return found


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
    candidates = _load_outlines(store, _candidate_ids(store, features))
    views = _StoredViews(store, candidates)
    links = find_links(
        candidates,
        features,
        settings.cluster,
        group_sizes=_group_sizes(store, candidates),
        features_of=views.features,
    )
    stored = _group_states(store, links.groups, list(views.states.values())) if links.groups else []
    before = {state.ref: stored_content(state) for state in stored}
    update = regroup_linked(
        stored,
        features,
        settings.cluster,
        is_taken=lambda story_id: bool(store.story_ids_taken([story_id])),
        links=links,
    )
    stories: list[Story] = []
    copies: list[CopyLink] = []
    for state in update.states:
        if state.ref in before and before[state.ref][1] == tuple(state.member_ids):
            continue  # same members: the story itself is unchanged
        members = sorted(store.articles(state.member_ids), key=chronological_key)
        if len(members) != len(state.members):
            raise StoreError(
                f"{store.location}: story {state.ref!r} refers to articles that are not "
                "stored; run: corrobora ingest --regroup"
            )
        stories.append(make_story(state.ref, members, {}))
        if len(members) > 1:
            copies.extend(find_copies_among(members, settings.cluster))
    # a state is written when its members or its group's name changed, not when only
    # its group grew: its stored text stays the same (see corrobora.cluster.state)
    states = [
        stored_state(state)
        for state in update.states
        if before.get(state.ref) != stored_content(state)
    ]
    store.apply_story_update(stories, states, update.merged, copies)
    return len(stories)


def reconcile_stale(
    store: Store, settings: Settings, *, tick: Tick | None = None, engine: Engine | None = None
) -> int:
    """Reconcile every story whose members changed; return how many were reconciled.

    The stories are reconciled on ``engine`` (in this process when None) and written
    here, :data:`_RECONCILE_BATCH` per transaction, so an interrupted run keeps what it
    finished.

    Raises:
        StageError: a worker could not reconcile a chunk of stories (it died, or a result
            could not be sent back); the stories written before stay written.
    """
    done = 0
    waiting: list[Reconciliation] = []
    try:
        for reconciliation in reconcile_stories(
            _stale_work(store), settings, tick=tick, engine=engine
        ):
            waiting.append(reconciliation)
            if len(waiting) >= _RECONCILE_BATCH:
                batch, waiting = waiting, []
                store.save_reconciliations(batch)
                done += len(batch)
    finally:
        if waiting:  # also when a worker failed: what was reconciled is kept
            store.save_reconciliations(waiting)
    return done + len(waiting)


def _stale_work(store: Store) -> Iterator[StoryWork]:
    """The stale stories, their members' analyses (not decoded) and copy links, read lazily."""
    for story_id in store.stale_story_ids():
        story = store.story(story_id)
        members = tuple(store.encoded_analyses(story.article_ids))
        yield story, members, tuple(store.copies_of(story.article_ids))


def regroup(
    store: Store, settings: Settings, *, tick: Tick | None = None, engine: Engine | None = None
) -> int:
    """Regroup every stored article in one pass and reconcile; return the story count.

    The stories are reconciled on ``engine`` (in this process when None).
    """
    analyses = list(store.analyses())
    previous: Mapping[str, str] = store.story_ids_by_article()
    build = build_story_set(analyses, settings, previous=previous, tick=tick, engine=engine)
    store.replace_stories(
        build.stories,
        build.copies,
        build.reconciliations,
        states=[stored_state(state) for state in build.states.values()],
    )
    return len(build.stories)
