"""Union-find (disjoint sets) whose root is always the smallest member: deterministic groups."""

from __future__ import annotations

from typing import Generic, TypeVar

T = TypeVar("T", int, str)


class UnionFind(Generic[T]):
    """Disjoint sets over hashable, ordered items; unseen items are their own set."""

    def __init__(self) -> None:
        self.parent: dict[T, T] = {}

    def find(self, item: T) -> T:
        """Return the smallest member of ``item``'s set (with path compression)."""
        self.parent.setdefault(item, item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, left: T, right: T) -> None:
        """Join the sets of ``left`` and ``right``."""
        a, b = self.find(left), self.find(right)
        if a != b:
            self.parent[max(a, b)] = min(a, b)
