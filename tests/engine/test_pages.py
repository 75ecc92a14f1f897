"""Web-archive pages are built on the engine's workers, in input order, one error per failure."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from corrobora.engines import Chunk, Engine
from corrobora.engines.base import EngineBase, chunked
from corrobora.errors import IngestError
from corrobora.ingest import read_inputs, read_inputs_deferred
from corrobora.ingest.warc import NOT_HTML, NOT_OK, NOT_RESPONSE
from corrobora.model import Article
from corrobora.pipeline import build_articles

from ..ingest.ingest_helpers import http_response, join_records, page, warc_record

PARAGRAPHS = [
    "The harbour board approved a plan on Tuesday to dredge the northern channel of the "
    "port of Velmora before the autumn storms, its chair said after a long meeting.",
    "Work is due to start in three weeks and last until the end of the year, and the "
    "board said the cost would be shared with the regional shipping association.",
]


def _crawl(folder: Path, pages: int) -> Path:
    """A WARC.gz of ``pages`` HTML pages with a redirect, an image and a damaged page."""
    records = [warc_record("warcinfo", b"software: test\r\n", number=0)]
    for n in range(pages):
        text = [f"Report {n}: {PARAGRAPHS[0]}", PARAGRAPHS[1]]
        body = page(f"Channel plan, report {n}", text).encode("utf-8")
        uri = f"https://news{n % 3}.example/channel-{n}"
        records.append(warc_record("response", http_response(body), uri=uri, number=n + 1))
    extra = [
        http_response(b"", status="301 Moved Permanently", extra=(("Location", "/y"),)),
        http_response(b"\x89PNG\r\n\x1a\n" + bytes(64), content_type="image/png"),
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body></body></html>",
    ]
    for n, block in enumerate(extra, start=pages + 1):
        records.append(warc_record("response", block, uri=f"https://x.example/{n}", number=n))
    path = folder / "crawl.warc.gz"
    path.write_bytes(join_records(records, gz=True))
    (folder / "note.txt").write_text("A note on the dredging plan of the northern channel.")
    return folder


def test_pages_built_on_every_engine_match_reading_in_process(
    engines: dict[str, Engine], tmp_path: Path
) -> None:
    folder = _crawl(tmp_path, 40)
    expected_skips: Counter[str] = Counter()
    expected = list(read_inputs([folder], skipped=expected_skips))
    assert sum(isinstance(item, Article) for item in expected) == 41
    assert [type(item) for item in expected].count(IngestError) == 1
    assert expected_skips == Counter({NOT_RESPONSE: 1, NOT_OK: 1, NOT_HTML: 1})
    for name, engine in engines.items():
        skipped: Counter[str] = Counter()
        reads = read_inputs_deferred([folder], skipped=skipped)
        got = list(build_articles(reads, engine=engine, skipped=skipped))
        assert [_comparable(item) for item in got] == [_comparable(i) for i in expected], name
        assert skipped == expected_skips, name


def _comparable(item: Article | IngestError) -> object:
    """Errors compare by identity; compare them by what they say."""
    return (item.path, item.cause) if isinstance(item, IngestError) else item


class _FailingEngine(EngineBase):
    """An engine whose every chunk fails, as when its worker dies."""

    description = "failing"

    def map_chunks(
        self, func: Callable[[list[Any]], list[Any]], items: Iterable[Any], *, chunk_size: int = 16
    ) -> Iterator[Chunk[Any, Any]]:
        for chunk in chunked(items, chunk_size):
            yield Chunk(tuple(chunk), (), "BrokenProcessPool: a worker died")


def test_pages_of_a_failed_chunk_become_errors_and_the_rest_passes(tmp_path: Path) -> None:
    folder = _crawl(tmp_path, 3)
    got = list(build_articles(read_inputs_deferred([folder]), engine=_FailingEngine()))
    errors = [item for item in got if isinstance(item, IngestError)]
    articles = [item for item in got if isinstance(item, Article)]
    # Six responses, each named by its record; the text file was read on the driver.
    assert len(errors) == 6
    assert all(e.path.startswith(str(folder / "crawl.warc.gz") + "@") for e in errors)
    assert all(
        e.cause.endswith("the worker failed (BrokenProcessPool: a worker died)") for e in errors
    )
    assert errors[0].cause.startswith("record 2 (https://news0.example/channel-0): ")
    assert [a.path for a in articles] == [str(folder / "note.txt")]
