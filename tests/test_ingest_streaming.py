"""Ingest reads its inputs as the analysis goes: articles are stored before all are read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from corrobora import api
from corrobora.errors import IngestError
from corrobora.model import Article
from corrobora.settings import Settings
from corrobora.store import open_store
from corrobora.text import article_id

TOWNS = ("Arlow", "Bexmoor", "Carrick Vale", "Dunmere", "Eskdale Cross", "Fenwick")
ARTICLES = 40  # more than the 16 of one analysis chunk


def _articles() -> list[Article | IngestError]:
    items: list[Article | IngestError] = []
    for number in range(ARTICLES):
        town = TOWNS[number % len(TOWNS)]
        text = (
            f"The council of {town} approved bus route {number} on Monday, its mayor said. "
            f"The route will link {town} to the regional hospital from {number % 28 + 1} May."
        )
        items.append(
            Article(article_id(text), text, f"{town} bus route", f"Outlet {number}", path=town)
        )
    items.insert(2, IngestError("broken.html", "not an HTML page"))
    items.append(items[0])  # the same article twice
    return items


def test_articles_are_stored_before_every_input_is_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    items = _articles()
    pulled = 0

    def reading(
        paths: Any, fetch: Any = None, skipped: Any = None
    ) -> Iterator[Article | IngestError]:
        nonlocal pulled
        for item in items:
            pulled += 1
            yield item

    monkeypatch.setattr(api, "read_inputs_deferred", reading)
    monkeypatch.setattr(api, "_LOOKUP_BATCH", 2)
    monkeypatch.setattr(api, "_WRITE_BATCH", 2)
    with open_store(str(tmp_path / "news.db")) as store:
        add = store.add_analyses
        pulled_at_writes: list[int] = []

        def adding(batch: Any) -> int:
            pulled_at_writes.append(pulled)
            return add(batch)

        monkeypatch.setattr(store, "add_analyses", adding)
        summary = api.ingest(["inputs"], store, Settings())
        assert pulled == len(items)
        assert pulled_at_writes[0] < len(items)
        assert (summary.read, summary.added, summary.already_stored) == (ARTICLES, ARTICLES, 0)
        assert [error.path for error in summary.errors] == ["broken.html"]
        assert len(summary.article_ids) == ARTICLES

        again = api.ingest(["inputs"], store, Settings())
        assert (again.read, again.added, again.already_stored) == (ARTICLES, 0, ARTICLES)
