"""Decoded story clustering states and outlines, kept per process between incremental batches.

Each batch of incremental ingest reads the outlines of every story its articles could
meet, and the whole states of the few whose members it scores or regroups: often the
same stories, batch after batch. Decoding their JSON again each time grows with the
stories' sizes and dominated grouping at ten thousand articles. A state or outline is
decoded again only when its text changed (its story gained or lost members); the text's
digest is part of the key, so a kept value is exactly what decoding the stored text
would give.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from .cluster.state import StoryOutline, StoryState, outline_from_json, state_from_json
from .lru import LRU

__all__ = ["DecodedOutlines", "DecodedStates"]

_T = TypeVar("_T")


class _Decoded(Generic[_T]):
    """The most recently used decoded values, keyed by story id and text digest."""

    def __init__(self, size: int, decode: Callable[[str, Mapping[str, Any]], _T]) -> None:
        if size < 1:
            raise ValueError(f"size must be at least 1, got {size}")
        self._kept: LRU[_T] = LRU(size)
        self._decode = decode

    def __len__(self) -> int:
        return len(self._kept)

    def _get(self, story_id: str, text: str) -> _T:
        key = (story_id, hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest())
        found = self._kept.get(key)
        if found is not None:
            return found
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        decoded = self._decode(story_id, data)
        self._kept.put(key, decoded)
        return decoded


class DecodedStates(_Decoded[StoryState]):
    """The most recently used decoded states."""

    def __init__(self, size: int) -> None:
        super().__init__(size, state_from_json)

    def state(self, story_id: str, text: str) -> StoryState:
        """The state the JSON ``text`` of story ``story_id`` holds (shared: do not modify).

        Raises:
            ValueError: the text is not valid JSON or not a story state.
        """
        return self._get(story_id, text)


class DecodedOutlines(_Decoded[StoryOutline]):
    """The most recently used decoded outlines."""

    def __init__(self, size: int) -> None:
        super().__init__(size, outline_from_json)

    def outline(self, story_id: str, text: str) -> StoryOutline:
        """The outline the JSON ``text`` of story ``story_id`` holds (of an outline or a state).

        Raises:
            ValueError: the text is not valid JSON or holds no outline.
        """
        return self._get(story_id, text)
