"""The ``stories`` task: story clustering scored against ECB+-style event and topic labels.

Each document of an ECB+-style folder (see :mod:`corrobora.evaluate.ecbplus`) is read
blind to its labels, and corrobora groups all of them at once, as ``corrobora ingest``
does: per-article analysis, then copy detection and story clustering. The predicted
stories are scored with B-cubed against the gold stories (topic and event: the
``ecb`` / ``ecbplus`` halves of a topic) and against the topics alone.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from ..cluster.stories import group_stories
from ..model import Article
from ..pipeline import story_features_of
from ..settings import Settings
from .bcubed import bcubed
from .ecbplus import read_ecbplus
from .grouping import Progress, analyze_all
from .metrics import Evaluation, Score, ratio_score

__all__ = ["RULES", "evaluate_stories"]

RULES = (
    "Each document is one item. Its gold story is its topic folder plus the event its file "
    "name gives (ecb or ecbplus); its gold topic is the topic folder. corrobora reads every "
    "document blind to both (text rebuilt from the tokens, title = first sentence, a "
    "neutral outlet, no URL, no file name, no date: the corpus has none, so the time "
    "window never separates documents) and groups all documents at once, exactly as "
    "ingest does (lead embeddings when the model is installed, then copies marked "
    "inside each story). Scores are B-cubed precision and recall averaged over documents; "
    "documents with identical text are one article and share its story."
)


def evaluate_stories(
    data: Path,
    settings: Settings,
    *,
    progress: Progress | None = None,
    topics: Sequence[str] | str | None = None,
) -> Evaluation:
    """Score corrobora's story clustering on an ECB+-style folder.

    Args:
        data: a folder of topic folders of ECB+ XML files (``<topic>/<topic>_<n>ecb.xml``
            and ``..._<n>ecbplus.xml``), or one topic folder.
        settings: run settings (analysis model, clustering thresholds).
        progress: called with ``(done, total)`` as documents are analyzed.
        topics: score only these topic folders (names, or a comma-separated string).

    Returns:
        B-cubed scores against gold stories and against topics; counts of documents,
        topics, gold and predicted stories, copies and seconds taken; problems met
        (a malformed file, a missing topic), each naming the file.

    Raises:
        ConfigError: ``data`` does not exist or holds no ECB+ XML files (or none of
            the requested topics).
        MissingDependency: the spaCy model is not installed.
    """
    started = time.perf_counter()
    corpus = read_ecbplus(data, topics=topics)
    problems = list(corpus.problems)
    unique: dict[str, Article] = {}
    for document in corpus.documents:
        unique.setdefault(document.article.id, document.article)
    analyses, failed = analyze_all(list(unique.values()), settings.analyze, progress=progress)
    failed_ids = {article.id for article, _ in failed}
    causes = {article.id: cause for article, cause in failed}
    documents = []
    for document in corpus.documents:
        if document.article.id in failed_ids:
            problems.append(f"{document.name}: the analysis failed ({causes[document.article.id]})")
        else:
            documents.append(document)
    features = {f.article_id: f for f in story_features_of(analyses, settings)}
    grouping = group_stories(analyses, settings.cluster, features=features)
    stories, copies = grouping.stories, grouping.copies
    story_of = {article: n for n, story in enumerate(stories) for article in story.article_ids}
    predicted = {doc.name: story_of[doc.article.id] for doc in documents}
    gold_story = {doc.name: doc.story for doc in documents}
    gold_topic = {doc.name: doc.topic for doc in documents}
    predicted_count = len(set(predicted.values()))
    scores = (
        _score("stories (B-cubed)", gold_story, predicted),
        _score("topics (B-cubed)", gold_topic, predicted),
    )
    counts = {
        "documents": len(documents),
        "articles": len(analyses),
        "topics": len(set(gold_topic.values())),
        "gold stories": len(set(gold_story.values())),
        "predicted stories": predicted_count,
        "copies": len(copies),
        "seconds": round(time.perf_counter() - started),
    }
    return Evaluation(
        task="stories",
        data=str(data),
        scores=scores,
        counts=counts,
        problems=tuple(problems),
        rules=RULES,
    )


def _score(name: str, gold: dict[str, str], predicted: dict[str, int]) -> Score:
    result = bcubed(gold, predicted)
    return ratio_score(name, result.precision, result.recall, result.items)
