"""The blocking index incremental grouping reads: recent stories per key, articles per key.

Each test runs on SQLite and on PostgreSQL (see ``conftest.py``); the two answer
alike, though each reads the postings with its own query.
"""

from __future__ import annotations

import json
from dataclasses import replace

from corrobora.store import Store
from corrobora.store.storystate import StoredState
from tests.store.records import make_story, sample_analyses


def _state(story_id: str, *keys: str) -> StoredState:
    return StoredState(story_id, {"group": "g", "members": []}, keys, None, None)


def _stored(store: Store) -> Store:
    """Three stories posted under ``t:budget``, written in three rounds, oldest first."""
    store.add_analyses(sample_analyses())
    rounds = [
        ("s-late", ("bbbb0003",), ("t:budget", "t:ferry", "g:two")),
        ("s-first", ("aaaa0001",), ("t:budget", "g:one")),
        ("s-second", ("aaaa0002",), ("t:budget", "t:vote", "g:one")),
    ]
    for story_id, members, keys in rounds:
        story = make_story(story_id, members, last_seen=None)
        store.apply_story_update([story], [_state(story_id, *keys)], [], [])
    return store


def test_postings_are_the_most_recent_stories_of_each_key_oldest_first(store: Store) -> None:
    _stored(store)
    keys = ["t:budget", "t:ferry", "t:vote", "t:absent"]
    assert store.story_postings(keys, 5) == {
        "t:budget": ["s-late", "s-first", "s-second"],
        "t:ferry": ["s-late"],
        "t:vote": ["s-second"],
    }
    assert store.story_postings(keys, 2)["t:budget"] == ["s-first", "s-second"]


def test_a_story_written_again_becomes_the_most_recent(store: Store) -> None:
    _stored(store)
    again = make_story("s-late", ("bbbb0003",), last_seen=None)
    store.apply_story_update([again], [_state("s-late", "t:budget", "g:two")], [], [])
    assert store.story_postings(["t:budget"], 2) == {"t:budget": ["s-second", "s-late"]}
    assert store.story_postings(["t:ferry"], 2) == {}  # its keys were replaced


def test_articles_under_keys_counts_the_members_of_the_stories_posted(store: Store) -> None:
    _stored(store)
    counts = store.articles_under_keys(["g:one", "g:two", "t:budget", "g:none"])
    assert counts == {"g:one": 2, "g:two": 1, "t:budget": 3}


def test_outlines_are_read_as_written_and_states_without_one_stand_in(store: Store) -> None:
    _stored(store)
    outline = {"group": "g", "members": [{"id": "aaaa0001", "published": None, "keys": ["t:x"]}]}
    state = replace(_state("s-first", "t:budget", "g:one"), outline=outline)
    store.apply_story_update(
        [make_story("s-first", ("aaaa0001",), last_seen=None)], [state], [], []
    )
    found = store.story_outlines(["s-first", "s-second", "s-absent"])
    assert set(found) == {"s-first", "s-second"}
    assert json.loads(found["s-first"]) == outline
    assert found["s-second"] == store.story_states(["s-second"])["s-second"]  # no outline
    assert json.loads(store.story_states(["s-first"])["s-first"]) == {"group": "g", "members": []}
