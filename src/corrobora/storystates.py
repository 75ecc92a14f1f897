"""Decoded story clustering states, kept per process between incremental batches.

Each batch of incremental ingest loads the states of every story its articles could
join: the same few hundred recent stories, batch after batch, each holding its
members' clustering views. Decoding their JSON again each time grows with the stories'
sizes and dominated grouping at ten thousand articles. A state is decoded again only
when its text changed (its story gained or lost members); the text's digest is the key,
so a kept state is exactly what decoding the stored text would give.
"""

from __future__ import annotations

import hashlib
import json

from .cluster.state import StoryState, state_from_json
from .lru import LRU

__all__ = ["DecodedStates"]


class DecodedStates:
    """The most recently used decoded states, keyed by story id and text digest."""

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError(f"size must be at least 1, got {size}")
        self._kept: LRU[StoryState] = LRU(size)

    def __len__(self) -> int:
        return len(self._kept)

    def state(self, story_id: str, text: str) -> StoryState:
        """The state the JSON ``text`` of story ``story_id`` holds (shared: do not modify).

        Raises:
            ValueError: the text is not valid JSON or not a story state.
        """
        key = (story_id, hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest())
        found = self._kept.get(key)
        if found is not None:
            return found
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        decoded = state_from_json(story_id, data)
        self._kept.put(key, decoded)
        return decoded
