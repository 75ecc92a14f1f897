"""Incremental against batch grouping: do stories depend on how articles arrive?

The documents of an ECB+-style folder are grouped twice: once all at once (as
``corrobora ingest --regroup`` does) and once through a store, added in a shuffled
order a few at a time (as repeated ``corrobora ingest`` runs do: each batch is stored,
then joins the stories it could meet). The agreement is the B-cubed F1 of the
incremental partition scored against the batch one; both are also scored against the
gold stories.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from pathlib import Path

from ..cluster.stories import group_stories
from ..pipeline import story_features_of
from ..settings import Settings
from ..store import open_store
from ..updating import add_to_stories
from .bcubed import bcubed
from .ecbplus import read_ecbplus
from .grouping import Progress, analyze_all
from .metrics import Evaluation, Score, ratio_score

__all__ = ["RULES", "evaluate_incremental"]

RULES = (
    "Every document is analyzed once. Batch: all documents grouped at once. Incremental: "
    "the same analyses added to an empty in-memory store in a shuffled order (fixed "
    "seed), batch_size at a time, each batch stored and then grouped against the stored "
    "stories it can meet. Agreement = B-cubed of the incremental partition against the "
    "batch partition; each partition is also scored against the gold stories."
)


def evaluate_incremental(
    data: Path,
    settings: Settings,
    *,
    topics: Sequence[str] | str | None = None,
    batch_size: int = 1,
    seed: int = 0,
    progress: Progress | None = None,
) -> Evaluation:
    """Compare incremental and batch grouping on an ECB+-style folder.

    Raises:
        ConfigError: ``data`` holds no usable ECB+ documents.
        MissingDependency: the spaCy model is not installed.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    corpus = read_ecbplus(data, topics=topics)
    unique = {document.article.id: document.article for document in corpus.documents}
    analyses, failed = analyze_all(list(unique.values()), settings.analyze, progress=progress)
    features = {f.article_id: f for f in story_features_of(analyses, settings)}

    started = time.perf_counter()
    grouping = group_stories(analyses, settings.cluster, features=features)
    batch_seconds = time.perf_counter() - started
    batch = {a: story.id for story in grouping.stories for a in story.article_ids}

    order = list(analyses)
    random.Random(seed).shuffle(order)
    started = time.perf_counter()
    with open_store(":memory:") as store:
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            store.add_analyses(chunk)
            add_to_stories(store, chunk, settings, features=[features[a.article.id] for a in chunk])
        incremental = store.story_ids_by_article()
    incremental_seconds = time.perf_counter() - started

    gold = {d.article.id: d.story for d in corpus.documents if d.article.id in batch}
    scores = (
        _score("agreement (B-cubed)", batch, incremental),
        _score("batch vs gold", gold, batch),
        _score("incremental vs gold", gold, incremental),
    )
    counts = {
        "articles": len(analyses),
        "batch size": batch_size,
        "seed": seed,
        "batch stories": len(set(batch.values())),
        "incremental stories": len(set(incremental.values())),
        "batch grouping ms": round(1000 * batch_seconds),
        "incremental grouping ms": round(1000 * incremental_seconds),
    }
    problems = tuple(corpus.problems) + tuple(
        f"{article.id}: the analysis failed ({cause})" for article, cause in failed
    )
    return Evaluation(
        task="incremental",
        data=str(data),
        scores=scores,
        counts=counts,
        problems=problems,
        rules=RULES,
    )


def _score(name: str, reference: dict[str, str], predicted: dict[str, str]) -> Score:
    shared = {key: reference[key] for key in predicted if key in reference}
    result = bcubed(shared, {key: predicted[key] for key in shared})
    return ratio_score(name, result.precision, result.recall, result.items)
