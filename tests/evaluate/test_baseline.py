"""The TF-IDF + average-linkage story baseline: clustering, thresholds, and its scoring."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

from corrobora.errors import ConfigError
from corrobora.evaluate.baseline import evaluate_baseline, tfidf_agglomerative, tune_threshold

from .test_stories import CHESS, CHESS_2, FIRE, FIRE_2, FLOOD, FLOOD_2, ecb_xml, write_corpus

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
ECBPLUS = SHARED / "data" / "ecbplus" / "raw_xml"

TEXTS = [" ".join(FLOOD), " ".join(CHESS), " ".join(FLOOD_2), " ".join(CHESS_2)]


def partition(labels: list[int] | np.ndarray) -> set[frozenset[int]]:
    """The groups of positions that share a label."""
    groups: dict[int, set[int]] = {}
    for position, label in enumerate(labels):
        groups.setdefault(int(label), set()).add(position)
    return {frozenset(group) for group in groups.values()}


# --- clustering ---------------------------------------------------------------------


def test_two_different_events_give_two_clusters() -> None:
    labels = tfidf_agglomerative(TEXTS, 0.9)
    assert labels == [0, 1, 0, 1]


def test_labels_are_numbered_by_first_appearance() -> None:
    labels = tfidf_agglomerative(list(reversed(TEXTS)), 0.9)
    assert labels == [0, 1, 0, 1]


def test_threshold_is_exclusive_and_one_keeps_disjoint_texts_apart() -> None:
    texts = ["Quarry explosion rattles windows", "Violinist tours Sweden", "Violinist tours Norway"]
    # The first text shares no word with the others: its distance to them is exactly 1,
    # and a merge at the threshold does not happen.
    assert tfidf_agglomerative(texts, 1.0) == [0, 1, 1]
    assert tfidf_agglomerative(texts, 1.001) == [0, 0, 0]
    assert tfidf_agglomerative(texts, 2.0) == [0, 0, 0]


def test_threshold_zero_keeps_every_text_alone_but_tiny_joins_identical_ones() -> None:
    texts = [TEXTS[0], TEXTS[1], TEXTS[0]]
    assert tfidf_agglomerative(texts, 0.0) == [0, 1, 2]
    assert tfidf_agglomerative(texts, 1e-6) == [0, 1, 0]


def test_stop_word_texts_are_alone() -> None:
    texts = [TEXTS[0], "it was the one", TEXTS[2]]
    assert tfidf_agglomerative(texts, 2.0) == [0, 1, 0]
    assert tfidf_agglomerative(["it was", "and the"], 2.0) == [0, 1]


def test_small_inputs() -> None:
    assert tfidf_agglomerative([], 0.5) == []
    assert tfidf_agglomerative([TEXTS[0]], 0.5) == [0]
    assert tfidf_agglomerative([TEXTS[0], "of the"], 0.5) == [0, 1]


def test_negative_threshold_is_refused() -> None:
    with pytest.raises(ConfigError, match="must not be negative"):
        tfidf_agglomerative(TEXTS, -0.1)


@pytest.mark.parametrize("threshold", [0.5, 0.8, 0.9, 0.95, 0.99])
def test_same_partition_as_sklearn_cosine_metric(threshold: float) -> None:
    texts = [" ".join(event) for event in (FLOOD, FLOOD_2, FIRE, FIRE_2, CHESS, CHESS_2)]
    texts += [" ".join(FIRE[:2]), " ".join(FLOOD[1:])]
    vectors = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    model = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
    )
    expected = model.fit_predict(vectors.toarray())
    assert partition(tfidf_agglomerative(texts, threshold)) == partition(expected)


# --- scoring on an ECB+-style folder --------------------------------------------------


def test_evaluate_baseline_on_a_tiny_corpus(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    (root / "9" / "9_3ecb.xml").write_text("<Document>", encoding="utf-8")
    # The same text under another name is one article, so it shares its cluster.
    (root / "9" / "9_4ecb.xml").write_text(ecb_xml(CHESS), encoding="utf-8")
    evaluation = evaluate_baseline(root, threshold=0.9)
    assert evaluation.task == "stories-baseline"
    counts = evaluation.counts
    assert counts["documents"] == 7
    assert counts["articles"] == 6
    assert counts["topics"] == 2
    assert counts["gold stories"] == 3
    assert counts["milliseconds"] >= counts["clustering milliseconds"] >= 0
    assert counts["seconds"] == round(counts["milliseconds"] / 1000)
    assert len(evaluation.problems) == 1
    assert "9_3ecb.xml: not well-formed XML" in evaluation.problems[0]
    stories, topics = evaluation.scores
    assert stories.name == "stories (B-cubed)"
    assert topics.name == "topics (B-cubed)"
    assert stories.extra["items"] == 7
    assert topics.precision >= stories.precision - 1e-9
    assert "0.9" in evaluation.rules
    # Chess shares no event word with the village reports: topics are never mixed.
    assert topics.precision == pytest.approx(1.0)


def test_evaluate_baseline_extreme_thresholds(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    (root / "9" / "9_4ecb.xml").write_text(ecb_xml(CHESS), encoding="utf-8")
    apart = evaluate_baseline(root, threshold=0.0)
    # Every distinct text alone; the duplicate still joins its original.
    assert apart.counts["predicted stories"] == 6
    assert apart.scores[0].precision == pytest.approx(1.0)
    assert apart.scores[0].recall < 1.0
    together = evaluate_baseline(root, threshold=2.0)
    assert together.counts["predicted stories"] == 1
    assert together.scores[0].recall == pytest.approx(1.0)
    assert together.scores[1].recall == pytest.approx(1.0)
    assert together.scores[0].precision < 1.0


def test_evaluate_baseline_topics_option(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    evaluation = evaluate_baseline(root, topics="9", threshold=0.9)
    assert evaluation.counts["documents"] == 2
    assert evaluation.counts["topics"] == 1
    with pytest.raises(ConfigError, match="does not exist"):
        evaluate_baseline(tmp_path / "missing", threshold=0.9)
    with pytest.raises(ConfigError, match="must not be negative"):
        evaluate_baseline(root, threshold=-1.0)


def test_tune_threshold_picks_the_best_grid_point(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "corpus")
    grid = [0.0, 0.5, 0.9, 2.0]
    best, curve = tune_threshold(root, None, grid)
    assert [threshold for threshold, _ in curve] == grid
    scores = dict(curve)
    assert best in grid
    assert scores[best] == max(scores.values())
    for threshold, f1 in curve:
        assert f1 == pytest.approx(evaluate_baseline(root, threshold=threshold).scores[0].f1)
    # Everything in one cluster mixes three gold stories: strictly worse than the best.
    assert scores[2.0] < scores[best]
    with pytest.raises(ConfigError, match="grid is empty"):
        tune_threshold(root, None, [])


# --- the real corpus ------------------------------------------------------------------


@pytest.mark.shared
@pytest.mark.skipif(not ECBPLUS.exists(), reason="../shared is not beside the repository")
def test_evaluate_baseline_on_two_ecbplus_dev_topics() -> None:
    topics = ["2", "5"]
    evaluation = evaluate_baseline(ECBPLUS, topics=topics, threshold=0.85)
    files = [file for topic in topics for file in (ECBPLUS / topic).glob("*.xml")]
    assert evaluation.counts["documents"] == len(files)
    assert evaluation.counts["topics"] == 2
    assert evaluation.counts["gold stories"] == 4
    assert evaluation.problems == ()
    stories, _ = evaluation.scores
    # A loose floor: the baseline measured about 0.87 B-cubed F1 on the eight dev topics.
    assert stories.f1 > 0.6
