"""Characters no store can keep (NUL, lone surrogates) are cleaned when articles are read.

PostgreSQL refuses NUL in text and neither backend can encode a lone surrogate; a JSON
Lines record can carry both as escapes. Ingest must still store the article, on both
backends, with the offending characters dropped (NUL) or replaced (U+FFFD).
"""

from __future__ import annotations

import json
from pathlib import Path

from corrobora import api
from corrobora.ingest.meta import make_article, storable
from corrobora.settings import Settings
from tests.store.conftest import Target

TEXT = (
    "Harbor officials in Port Elmer said on Tuesday\u0000 that the new ferry line "
    "would open in March. The \ud800 mayor said the city had paid for two boats."
)


def test_storable_drops_nul_and_replaces_lone_surrogates() -> None:
    assert storable("a\u0000b\ud800c\udfffd") == "ab\ufffdc\ufffdd"
    assert storable("plain text, “quoted”") == "plain text, “quoted”"
    assert storable(None) is None


def test_make_article_cleans_every_field() -> None:
    article = make_article(
        TEXT, path="x.jsonl:1", title="Ferry\u0000 line", outlet="Elmer\ud800 Post", url=None
    )
    fields = (article.text, article.title, article.outlet)
    assert not any("\u0000" in f or "\ud800" in f for f in fields)
    assert article.title == "Ferry line"
    assert article.outlet == "Elmer\ufffd Post"


def test_a_record_with_nul_and_surrogate_escapes_is_stored(tmp_path: Path, target: Target) -> None:
    source = tmp_path / "records.jsonl"
    record = {"title": "Ferry\u0000 line opens", "outlet": "Elmer Post", "text": TEXT}
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")  # \u0000, \ud800 escapes
    assert "\\u0000" in source.read_text(encoding="utf-8")
    with target.open() as store:
        summary = api.ingest([source], store, Settings(db=target.location))
        assert summary.errors == []
        assert summary.added == 1
        (article,) = list(store.articles())
    assert "\u0000" not in article.text
    assert "\ufffd" in article.text
    assert article.title == "Ferry line opens"


def test_a_second_ingest_joins_the_stored_stories(tmp_path: Path, target: Target) -> None:
    """The incremental path reads the stored stories' blocking postings and states."""
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text(json.dumps({"outlet": "Elmer Post", "text": TEXT}) + "\n", "utf-8")
    later = (
        "Port Elmer's new ferry line will open in March, harbor officials said on "
        "Tuesday. Mayor Ida Brandt said the city had paid for two boats."
    )
    record = {"outlet": "Coast Daily", "published": "2026-03-03T10:00:00Z", "text": later}
    second.write_text(json.dumps(record) + "\n", "utf-8")
    settings = Settings(db=target.location)
    with target.open() as store:
        assert api.ingest([first], store, settings).added == 1
        assert api.ingest([second], store, settings).added == 1
        assert store.story_count() >= 1
        assert len(store.story_ids_by_article()) == 2
