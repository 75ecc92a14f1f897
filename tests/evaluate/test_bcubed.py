"""B-cubed and pairwise scores of partitions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corrobora.evaluate.bcubed import PairCounts, bcubed, pair_counts


def test_identical_partitions_score_one() -> None:
    gold = {"a": 1, "b": 1, "c": 2, "d": 3}
    predicted = {"a": "x", "b": "x", "c": "y", "d": "z"}
    score = bcubed(gold, predicted)
    assert (score.precision, score.recall, score.f1, score.items) == (1.0, 1.0, 1.0, 4)


def test_one_big_cluster_has_full_recall_and_low_precision() -> None:
    gold = {"a": 1, "b": 1, "c": 2, "d": 2}
    predicted = dict.fromkeys(gold, "all")
    score = bcubed(gold, predicted)
    assert score.recall == 1.0
    assert score.precision == pytest.approx(0.5)


def test_all_singletons_have_full_precision() -> None:
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    predicted = {item: item for item in gold}
    score = bcubed(gold, predicted)
    assert score.precision == 1.0
    # a, b, c each find 1 of their 3 gold mates (themselves); d finds its only one.
    assert score.recall == pytest.approx((3 * (1 / 3) + 1) / 4)


def test_worked_example() -> None:
    # Gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}.
    gold = {"a": "g1", "b": "g1", "c": "g1", "d": "g2", "e": "g2"}
    predicted = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 2}
    score = bcubed(gold, predicted)
    precision = (1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5
    recall = (2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5
    assert score.precision == pytest.approx(precision)
    assert score.recall == pytest.approx(recall)
    assert score.f1 == pytest.approx(2 * precision * recall / (precision + recall))


def test_items_without_prediction_are_singletons_and_extra_items_ignored() -> None:
    gold = {"a": 1, "b": 1}
    score = bcubed(gold, {"a": "x", "z": "x"})
    assert score.precision == 1.0
    assert score.recall == pytest.approx(0.5)
    assert score.items == 2


def test_labels_equal_across_partitions_do_not_mix() -> None:
    # Predicted labels that look like gold labels (or like item names) are still clusters.
    gold = {"a": "a", "b": "b"}
    score = bcubed(gold, {"a": "b"})
    assert score.precision == 1.0
    assert score.recall == 1.0


def test_empty_gold_scores_zero() -> None:
    score = bcubed({}, {"a": 1})
    assert (score.precision, score.recall, score.f1, score.items) == (0.0, 0.0, 0.0, 0)


def test_pair_counts() -> None:
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    predicted = {"a": "x", "b": "x", "c": "y", "d": "y"}
    assert pair_counts(gold, predicted) == PairCounts(both=1, predicted_only=1, gold_only=2)


partitions = st.dictionaries(
    st.integers(0, 30), st.tuples(st.integers(0, 4), st.integers(0, 4)), min_size=1
)


@given(partitions)
def test_swapping_partitions_swaps_precision_and_recall(labels: dict[int, tuple[int, int]]) -> None:
    gold = {item: pair[0] for item, pair in labels.items()}
    predicted = {item: pair[1] for item, pair in labels.items()}
    forward, backward = bcubed(gold, predicted), bcubed(predicted, gold)
    assert forward.precision == pytest.approx(backward.recall)
    assert forward.recall == pytest.approx(backward.precision)
    assert 0.0 < forward.precision <= 1.0
    pairs, swapped = pair_counts(gold, predicted), pair_counts(predicted, gold)
    assert (pairs.both, pairs.predicted_only) == (swapped.both, swapped.gold_only)
