"""B-cubed and pairwise scores of a predicted partition of items against a gold one.

B-cubed (Bagga & Baldwin 1998) averages over the items: an item's precision is the
share of its predicted cluster that shares its gold cluster, its recall the share of
its gold cluster that shares its predicted cluster. Pairwise scores count the pairs of
items put together: a pair is right when both partitions put its items together. Both
are computed from the cluster-overlap counts, in time linear in the number of items.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import TypeVar

__all__ = ["BCubed", "PairCounts", "bcubed", "pair_counts"]

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class BCubed:
    """B-cubed precision and recall averaged over ``items`` items."""

    precision: float
    recall: float
    items: int

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True, slots=True)
class PairCounts:
    """Pairs of items put together: by both partitions, by the prediction only, by gold only."""

    both: int
    predicted_only: int
    gold_only: int


def _overlaps(
    gold: Mapping[K, Hashable], predicted: Mapping[K, Hashable]
) -> tuple[Counter[tuple[object, Hashable]], Counter[object], Counter[Hashable]]:
    """Count items per (predicted, gold) cluster pair, per predicted and per gold cluster.

    Only the items of ``gold`` count; an item without a predicted cluster is alone in one.
    """
    joint: Counter[tuple[object, Hashable]] = Counter()
    for item, label in gold.items():
        cluster: object = ("p", predicted[item]) if item in predicted else ("alone", item)
        joint[(cluster, label)] += 1
    by_predicted: Counter[object] = Counter()
    by_gold: Counter[Hashable] = Counter()
    for (cluster, label), count in joint.items():
        by_predicted[cluster] += count
        by_gold[label] += count
    return joint, by_predicted, by_gold


def bcubed(gold: Mapping[K, Hashable], predicted: Mapping[K, Hashable]) -> BCubed:
    """Return the B-cubed precision and recall of ``predicted`` against ``gold``.

    Args:
        gold: item -> gold cluster label; these items are the ones scored.
        predicted: item -> predicted cluster label; items of ``gold`` missing here are
            each alone in a cluster, items not in ``gold`` are ignored.

    Returns:
        Precision, recall and the number of items (0 and 0 when there are none).

    >>> score = bcubed({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "y", "c": "y"})
    >>> (round(score.precision, 3), round(score.recall, 3))
    (0.667, 0.667)
    """
    if not gold:
        return BCubed(0.0, 0.0, 0)
    joint, by_predicted, by_gold = _overlaps(gold, predicted)
    # Each of the n items of a (predicted, gold) cell has precision n / |predicted|.
    precision = sum(n * n / by_predicted[cluster] for (cluster, _), n in joint.items())
    recall = sum(n * n / by_gold[label] for (_, label), n in joint.items())
    return BCubed(precision / len(gold), recall / len(gold), len(gold))


def pair_counts(gold: Mapping[K, Hashable], predicted: Mapping[K, Hashable]) -> PairCounts:
    """Count the pairs of ``gold``'s items that each partition puts in one cluster.

    Items are treated as in :func:`bcubed`.

    >>> pair_counts({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "x", "c": "x"})
    PairCounts(both=1, predicted_only=2, gold_only=0)
    """
    joint, by_predicted, by_gold = _overlaps(gold, predicted)
    both = sum(n * (n - 1) // 2 for n in joint.values())
    predicted_pairs = sum(n * (n - 1) // 2 for n in by_predicted.values())
    gold_pairs = sum(n * (n - 1) // 2 for n in by_gold.values())
    return PairCounts(both, predicted_pairs - both, gold_pairs - both)
