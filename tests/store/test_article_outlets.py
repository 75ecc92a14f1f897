"""The outlets of stored articles, read without their texts."""

from __future__ import annotations

from corrobora.store import Store

from .records import sample_analyses


def test_the_outlets_of_stored_ids_only(store: Store) -> None:
    analyses = sample_analyses()
    store.add_analyses(analyses)
    wanted = [a.article.id for a in analyses[:2]] + ["not-stored"]
    assert store.article_outlets(wanted) == {a.article.id: a.article.outlet for a in analyses[:2]}
    assert store.article_outlets([]) == {}
