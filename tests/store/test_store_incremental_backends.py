"""Incremental grouping gives the same stories and facts on SQLite and on PostgreSQL.

The demo corpus is analyzed once, then stored in two batches on each backend, each
batch joining the stories stored before it (the path of ``corrobora ingest`` and of
``watch``). Both stores must end with the same stories, ids and reconciliations.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from corrobora import api
from corrobora.model import AnalyzedArticle, Reconciliation
from corrobora.settings import ReconcileParams, Settings
from corrobora.updating import add_to_stories, reconcile_stale
from tests.store.conftest import Target

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
SETTINGS = Settings(reconcile=ReconcileParams(embeddings="none"))


@pytest.fixture(scope="module")
def analyses() -> list[AnalyzedArticle]:
    found, errors = api.analyze_files([CORPUS], SETTINGS)
    assert errors == []
    return sorted(found, key=lambda a: a.article.path)


Grouping = tuple[dict[str, list[str]], dict[str, Reconciliation]]


def grouped_in_two_batches(target: Target, analyses: list[AnalyzedArticle]) -> Grouping:
    """Store ``analyses`` in two batches on ``target``; return its stories and reconciliations."""
    settings = replace(SETTINGS, db=target.url)
    half = len(analyses) // 2
    with target.open() as store:
        for batch in (analyses[:half], analyses[half:]):
            assert store.add_analyses(batch) == len(batch)
            add_to_stories(store, batch, settings)
        reconcile_stale(store, settings)
        stories = {s.id: s for s in (store.story(x.id) for x in store.story_summaries())}
        members = {sid: sorted(s.article_ids) for sid, s in stories.items()}
        return members, {sid: store.reconciliation(sid) for sid in stories}


def test_incremental_stories_are_the_same_on_both_backends(
    tmp_path: Path, pg: Target, analyses: list[AnalyzedArticle]
) -> None:
    lite = Target("sqlite", str(tmp_path / "lite.db"), str(tmp_path / "lite.db"))
    on_sqlite = grouped_in_two_batches(lite, analyses)
    on_postgresql = grouped_in_two_batches(pg, analyses)
    assert len(on_sqlite[0]) >= 5
    assert on_postgresql[0] == on_sqlite[0]
    assert on_postgresql[1] == on_sqlite[1]
