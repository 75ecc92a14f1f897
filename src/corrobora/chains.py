"""Walking a map of links up to its end: a copy's original, a copied claim's first wording."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TypeVar

K = TypeVar("K")


def links_above(parent: Mapping[K, K], start: K) -> Iterator[K]:
    """``start``'s parent, that one's parent and so on, nearest first.

    The walk ends at a key with no parent, or at a key met before (yielded once more), so
    a cycle never loops. ``start`` must have a parent.
    """
    seen = {start}
    key = parent[start]
    while True:
        yield key
        if key in seen or key not in parent:
            return
        seen.add(key)
        key = parent[key]


def chain_end(parent: Mapping[K, K], start: K) -> K:
    """The last key of :func:`links_above`: the root of ``start``'s chain."""
    *_, end = links_above(parent, start)
    return end
