"""A small thread-safe least-recently-used cache, shared by the stages and the web layer."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

_V = TypeVar("_V")

__all__ = ["LRU"]


class LRU(Generic[_V]):
    """Keeps the ``size`` most recently used values.

    Args:
        size: how many values to keep; 0 keeps none.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, _V] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: Hashable) -> _V | None:
        """Return the value kept for ``key``, or None."""
        with self._lock:
            if key not in self._items:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return self._items[key]

    def put(self, key: Hashable, value: _V) -> None:
        """Keep ``value`` for ``key``, forgetting the least recently used beyond the size."""
        if not self.size:
            return
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def get_or_make(self, key: Hashable, make: Callable[[], _V]) -> _V:
        """Return the value of ``key``, making (and keeping) it when absent."""
        value = self.get(key)
        if value is None:
            value = make()
            self.put(key, value)
        return value

    def clear(self) -> None:
        """Forget every value."""
        with self._lock:
            self._items.clear()
