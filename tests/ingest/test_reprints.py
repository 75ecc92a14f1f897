"""One text published word for word by several outlets is one article per outlet."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from corrobora import api
from corrobora.errors import IngestError
from corrobora.ingest.reprints import ReprintIds, reprint_id
from corrobora.model import Article
from corrobora.settings import Settings
from corrobora.store import open_store
from corrobora.text import article_id

_TEXT = (
    "The ferry between Arlow and Dunmere will stop running on Friday, the harbour board "
    "said on Monday. The board said repairs to the pier would take three weeks."
)


def _printed_by(outlet: str, text: str = _TEXT) -> Article:
    return Article(article_id(text), text, "Ferry halted", outlet, path="printed.jsonl")


def test_the_first_outlet_keeps_the_text_id_and_the_others_take_their_own() -> None:
    reprints = ReprintIds()
    wire, paper, wire_again = (
        _printed_by("Coast Wire"),
        _printed_by("Arlow Echo"),
        _printed_by(" coast  WIRE"),
    )
    assert reprints.settle(wire).id == article_id(_TEXT)
    assert reprints.settle(paper).id == reprint_id(paper) != article_id(_TEXT)
    assert reprints.settle(wire_again).id == article_id(_TEXT)
    assert reprints.settle(paper).id == reprint_id(paper)


def test_a_holder_learned_from_a_store_keeps_the_text_id() -> None:
    reprints = ReprintIds()
    reprints.learn({article_id(_TEXT): "Arlow Echo"})
    assert reprints.settle(_printed_by("Coast Wire")).id != article_id(_TEXT)
    assert reprints.settle(_printed_by("Arlow Echo")).id == article_id(_TEXT)


def _ingest(
    monkeypatch: pytest.MonkeyPatch, store: Any, items: Sequence[Article | IngestError]
) -> api.IngestSummary:
    def reading(paths: Any, fetch: Any = None, skipped: Any = None) -> Iterator[Article]:
        yield from (item for item in items if isinstance(item, Article))

    monkeypatch.setattr(api, "read_inputs_deferred", reading)
    return api.ingest(["inputs"], store, Settings())


def test_a_verbatim_reprint_is_stored_as_an_article_of_its_own(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    items = [_printed_by("Coast Wire"), _printed_by("Arlow Echo"), _printed_by("Coast Wire")]
    with open_store(str(tmp_path / "news.db")) as store:
        summary = _ingest(monkeypatch, store, items)
        assert (summary.read, summary.added, summary.already_stored) == (2, 2, 0)
        assert sorted(a.outlet for a in store.articles()) == ["Arlow Echo", "Coast Wire"]
        (story,) = store.story_summaries()
        assert story.articles == 2

        again = _ingest(monkeypatch, store, list(reversed(items)))
        assert (again.read, again.added, again.already_stored) == (2, 0, 2)


def test_a_text_stored_by_another_outlet_before_is_not_stored_twice(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with open_store(str(tmp_path / "news.db")) as store:
        _ingest(monkeypatch, store, [_printed_by("Arlow Echo")])
        later = _ingest(monkeypatch, store, [_printed_by("Coast Wire"), _printed_by("Arlow Echo")])
        assert (later.read, later.added, later.already_stored) == (2, 1, 1)
        assert sorted(a.outlet for a in store.articles()) == ["Arlow Echo", "Coast Wire"]


def test_compare_keeps_each_outlets_print(tmp_path: Path) -> None:
    for outlet in ("Coast Wire", "Arlow Echo"):
        name = outlet.lower().replace(" ", "-")
        (tmp_path / f"{name}.txt").write_text(
            f"Title: Ferry halted\nOutlet: {outlet}\n\n{_TEXT}\n", encoding="utf-8"
        )
    articles, errors = api.analyze_files([tmp_path], Settings())
    assert not errors
    assert sorted(a.article.outlet for a in articles) == ["Arlow Echo", "Coast Wire"]


def test_a_reprint_read_in_a_later_lookup_batch_is_kept(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(api, "_LOOKUP_BATCH", 1)
    items = [_printed_by("Coast Wire"), _printed_by("Arlow Echo"), _printed_by("Coast Wire")]
    with open_store(str(tmp_path / "news.db")) as store:
        summary = _ingest(monkeypatch, store, items)
        assert (summary.read, summary.added, summary.already_stored) == (2, 2, 0)
        assert sorted(a.outlet for a in store.articles()) == ["Arlow Echo", "Coast Wire"]


def test_two_files_of_one_text_without_an_outlet_are_one_article(tmp_path: Path) -> None:
    for name in ("story.txt", "story (1).txt"):
        (tmp_path / name).write_text(f"{_TEXT}\n", encoding="utf-8")
    articles, errors = api.analyze_files([tmp_path], Settings())
    assert not errors
    assert len(articles) == 1
