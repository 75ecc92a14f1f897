"""The cache of rendered answers (a :class:`~corrobora.lru.LRU`), keyed by what they were made from.

A story's page and documents depend only on its reconciliation, which is replaced only
when the story's articles change; the key therefore holds the story's id, its article
ids and its period (one cheap read), so an ingest by any process is seen at once.
"""

from __future__ import annotations

from collections.abc import Hashable

from ..lru import LRU
from ..model import Story

__all__ = ["LRU", "story_key"]


def story_key(kind: str, story: Story) -> tuple[Hashable, ...]:
    """The cache key of an answer of ``kind`` built from ``story``'s reconciliation."""
    return (kind, story.id, story.article_ids, story.first_seen, story.last_seen)
