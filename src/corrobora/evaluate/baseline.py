"""A plain story-clustering baseline scored like corrobora's ``stories`` task.

The baseline is the usual reference point for document clustering on ECB+: each text
becomes a TF-IDF vector (sublinear term frequency, English stop words dropped, the
vocabulary and IDF fitted on the texts being clustered), and average-linkage
agglomerative clustering over cosine distances stops merging at a distance threshold.
It sees nothing but the texts, exactly as :func:`corrobora.evaluate.stories.evaluate_stories`
does, and is scored the same way (B-cubed against gold stories and against topics, one
item per document, documents with identical text counted as one article), so the two can
be printed side by side. The threshold is the baseline's only parameter;
:func:`tune_threshold` picks it on a set of topics (the training topics, to be fair).

scikit-learn is needed here only; it is a development dependency of corrobora.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError, MissingDependency
from ..model import Article
from .bcubed import bcubed
from .ecbplus import EcbDocument, read_ecbplus
from .metrics import Evaluation, Score, ratio_score

__all__ = ["RULES", "evaluate_baseline", "tfidf_agglomerative", "tune_threshold"]

RULES = (
    "Each document is one item. Its gold story is its topic folder plus the event its file "
    "name gives (ecb or ecbplus); its gold topic is the topic folder. The baseline reads "
    "every document blind to both (the same text corrobora gets), turns each distinct text "
    "into a TF-IDF vector (sublinear tf, English stop words dropped, fitted on the texts "
    "evaluated) and groups them by average-linkage agglomerative clustering over cosine "
    "distance, merging while the linkage distance is below the threshold. Scores are "
    "B-cubed precision and recall averaged over documents; documents with identical text "
    "are one article and share its cluster."
)


def tfidf_agglomerative(texts: Sequence[str], threshold: float) -> list[int]:
    """Cluster ``texts`` by TF-IDF cosine distance with average linkage.

    Two clusters are merged while their average pairwise cosine distance is below
    ``threshold`` (scikit-learn's ``distance_threshold``: a merge at exactly the
    threshold does not happen). TF-IDF vectors are non-negative, so distances lie in
    [0, 1]: a threshold above 1 puts every text with a vocabulary word in one cluster,
    while at 1 texts sharing no word stay apart. A text with no word left after stop
    words are dropped has no direction to compare and is a cluster of its own.

    Args:
        texts: the texts, one per item.
        threshold: the cosine distance at or above which clusters are not merged.

    Returns:
        One cluster label per text, in input order; labels are ``0..k-1``.

    Raises:
        ConfigError: ``threshold`` is negative.
        MissingDependency: scikit-learn is not installed.
    """
    if threshold < 0:
        raise ConfigError(f"the distance threshold must not be negative, not {threshold}")
    return _Distances.of(texts).labels(threshold)


@dataclass(frozen=True, slots=True)
class _Distances:
    """Cosine distances between the texts that have a vocabulary word, and which those are."""

    size: int
    kept: tuple[int, ...]
    matrix: Any  # a square numpy array over ``kept``

    @classmethod
    def of(cls, texts: Sequence[str]) -> _Distances:
        modules = _sklearn()
        if not texts:
            return cls(0, (), None)
        vectorizer = modules.TfidfVectorizer(sublinear_tf=True, stop_words="english")
        try:
            vectors = vectorizer.fit_transform(list(texts))
        except ValueError:  # no text has a word that is not a stop word
            return cls(len(texts), (), None)
        kept = tuple(int(i) for i in (vectors.getnnz(axis=1) > 0).nonzero()[0])
        matrix = modules.cosine_distances(vectors[list(kept)]) if kept else None
        return cls(len(texts), kept, matrix)

    def labels(self, threshold: float) -> list[int]:
        """Return cluster labels for every text at ``threshold`` (see tfidf_agglomerative)."""
        raw: dict[int, tuple[str, int]] = {}
        if len(self.kept) >= 2:
            model = _sklearn().AgglomerativeClustering(
                n_clusters=None,
                metric="precomputed",
                linkage="average",
                distance_threshold=threshold,
            )
            for position, label in zip(self.kept, model.fit_predict(self.matrix), strict=True):
                raw[position] = ("cluster", int(label))
        elif self.kept:
            raw[self.kept[0]] = ("cluster", 0)
        # Number clusters by first appearance so that labels do not depend on sklearn's order.
        numbers: dict[tuple[str, int], int] = {}
        labels = []
        for position in range(self.size):
            key = raw.get(position, ("alone", position))
            labels.append(numbers.setdefault(key, len(numbers)))
        return labels


class _Modules:
    """The scikit-learn pieces the baseline uses, imported on first use.

    scikit-learn ships no type information, so its callables are typed ``Any`` here.
    """

    def __init__(self) -> None:
        try:
            cluster = importlib.import_module("sklearn.cluster")
            text = importlib.import_module("sklearn.feature_extraction.text")
            pairwise = importlib.import_module("sklearn.metrics.pairwise")
        except ImportError as error:
            raise MissingDependency(
                "the TF-IDF baseline needs scikit-learn: pip install scikit-learn"
            ) from error
        self.AgglomerativeClustering: Any = cluster.AgglomerativeClustering
        self.TfidfVectorizer: Any = text.TfidfVectorizer
        self.cosine_distances: Any = pairwise.cosine_distances


_MODULES: list[_Modules] = []


def _sklearn() -> _Modules:
    if not _MODULES:
        _MODULES.append(_Modules())
    return _MODULES[0]


@dataclass(frozen=True, slots=True)
class _Prepared:
    """An ECB+ selection read once: its documents, distinct articles and their distances."""

    data: Path
    documents: tuple[EcbDocument, ...]
    articles: tuple[Article, ...]
    distances: _Distances
    problems: tuple[str, ...]
    read_seconds: float
    vector_seconds: float


def _prepare(data: Path, topics: Sequence[str] | str | None) -> _Prepared:
    started = time.perf_counter()
    corpus = read_ecbplus(data, topics=topics)
    unique: dict[str, Article] = {}
    for document in corpus.documents:
        unique.setdefault(document.article.id, document.article)
    articles = tuple(unique.values())
    read = time.perf_counter()
    distances = _Distances.of([article.text for article in articles])
    return _Prepared(
        data=data,
        documents=corpus.documents,
        articles=articles,
        distances=distances,
        problems=corpus.problems,
        read_seconds=read - started,
        vector_seconds=time.perf_counter() - read,
    )


def _evaluate(prepared: _Prepared, threshold: float) -> Evaluation:
    started = time.perf_counter()
    labels = prepared.distances.labels(threshold)
    cluster_seconds = prepared.vector_seconds + time.perf_counter() - started
    cluster_of = {
        article.id: label for article, label in zip(prepared.articles, labels, strict=True)
    }
    documents = prepared.documents
    predicted = {doc.name: cluster_of[doc.article.id] for doc in documents}
    gold_story = {doc.name: doc.story for doc in documents}
    gold_topic = {doc.name: doc.topic for doc in documents}
    scores = (
        _score("stories (B-cubed)", gold_story, predicted),
        _score("topics (B-cubed)", gold_topic, predicted),
    )
    total_seconds = prepared.read_seconds + cluster_seconds
    counts = {
        "documents": len(documents),
        "articles": len(prepared.articles),
        "topics": len(set(gold_topic.values())),
        "gold stories": len(set(gold_story.values())),
        "predicted stories": len(set(predicted.values())),
        "seconds": round(total_seconds),
        "milliseconds": round(total_seconds * 1000),
        "clustering milliseconds": round(cluster_seconds * 1000),
    }
    return Evaluation(
        task="stories-baseline",
        data=str(prepared.data),
        scores=scores,
        counts=counts,
        problems=prepared.problems,
        rules=f"{RULES} Distance threshold: {threshold:g}.",
    )


def _score(name: str, gold: dict[str, str], predicted: dict[str, int]) -> Score:
    result = bcubed(gold, predicted)
    return ratio_score(name, result.precision, result.recall, result.items)


def evaluate_baseline(
    data: Path, *, topics: Sequence[str] | str | None = None, threshold: float
) -> Evaluation:
    """Score the TF-IDF + average-linkage baseline on an ECB+-style folder.

    Args:
        data: a folder of ECB+ topic folders, or one topic folder.
        topics: score only these topic folders (names, or a comma-separated string).
        threshold: the cosine distance at or above which clusters are not merged.

    Returns:
        B-cubed scores against gold stories and against topics, as the ``stories`` task
        gives them; counts of documents, distinct articles, topics, gold and predicted
        stories, and the time taken (``seconds`` and ``milliseconds`` from reading the
        XML to the scores; ``clustering milliseconds`` for TF-IDF and clustering only);
        the problems met while reading.

    Raises:
        ConfigError: ``data`` holds no ECB+ XML files (or none of the requested
            topics), or ``threshold`` is negative.
        MissingDependency: scikit-learn is not installed.
    """
    if threshold < 0:
        raise ConfigError(f"the distance threshold must not be negative, not {threshold}")
    return _evaluate(_prepare(data, topics), threshold)


def tune_threshold(
    data: Path, topics: Sequence[str] | str | None, grid: Sequence[float]
) -> tuple[float, list[tuple[float, float]]]:
    """Pick the baseline's threshold with the best B-cubed F1 against stories on ``topics``.

    The texts are read and vectorized once; only the clustering is redone per threshold.

    Args:
        data: a folder of ECB+ topic folders.
        topics: the topics to tune on (the training topics; tuning on the topics that
            are then reported gives an optimistic, oracle figure).
        grid: the thresholds to try; ties go to the first one in ``grid``.

    Returns:
        The best threshold and, for each threshold of ``grid`` in order, its F1.

    Raises:
        ConfigError: ``grid`` is empty or has a negative value, or ``data`` is unusable.
        MissingDependency: scikit-learn is not installed.
    """
    if not grid:
        raise ConfigError("the threshold grid is empty")
    if min(grid) < 0:
        raise ConfigError(f"the distance threshold must not be negative, not {min(grid)}")
    prepared = _prepare(data, topics)
    results = [(threshold, _evaluate(prepared, threshold).scores[0].f1) for threshold in grid]
    best = max(results, key=lambda item: item[1])
    return best[0], results
