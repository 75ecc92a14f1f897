"""WARC and WARC.gz archives: pages to articles, records passed over, damaged records."""

from __future__ import annotations

import gzip
import zlib
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from corrobora.errors import IngestError
from corrobora.ingest import (
    ArchivedPage,
    Skipped,
    build_page,
    parse_document,
    read_inputs,
    read_inputs_deferred,
)
from corrobora.ingest.warc import NOT_HTML, NOT_OK, NOT_RESPONSE
from corrobora.model import Article

from .ingest_helpers import http_response, join_records, page, warc_record

FERRY = [
    "The island ferry service resumed on Monday after a three-day strike by crew members "
    "ended with a pay agreement, the operator said in a statement.",
    "Passengers queued from early morning at the harbour, and the first crossing left at "
    "seven o'clock with every seat taken, a port official said.",
]
BRIDGE = [
    "Engineers closed the old river bridge to lorries on Tuesday after an inspection found "
    "cracks in two of its supporting piers, the county council said.",
    "Cars and buses may still cross while repairs are planned, and the council expects the "
    "work to take at least six months.",
]
CAFE = [
    "Le café du port a rouvert ses portes mardi après des travaux de rénovation qui ont "
    "duré tout l'hiver, a annoncé la propriétaire.",
    "Les habitués ont salué le nouveau décor, plus lumineux, et la terrasse agrandie face "
    "à la mer, où une vingtaine de tables ont été installées.",
]
STORM = [
    "A storm brought down power lines across the valley overnight, leaving about four "
    "thousand homes without electricity, the network operator said.",
    "Crews worked through the morning to restore supply, and most households had power "
    "again by noon, according to the operator's latest update.",
]
PAGE_DATE = '<meta property="article:published_time" content="2024-02-28T09:30:00+01:00">'


def split(items):
    items = list(items)
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, IngestError)],
    )


def news_crawl_records() -> list[bytes]:
    """Records in the order Common Crawl's news crawl writes them, with a few odd ones."""
    ferry = page("Ferry service resumes", FERRY, head=PAGE_DATE).encode("utf-8")
    bridge = page("Old bridge closed to lorries", BRIDGE).encode("utf-8")
    cafe = page("Le café du port rouvre", CAFE).encode("cp1252")
    storm = page("Storm cuts power", STORM).encode("utf-8")
    chunked = zlib.compress(storm)
    chunked_body = f"{len(chunked):x}\r\n".encode() + chunked + b"\r\n0\r\n\r\n"
    return [
        warc_record("warcinfo", b"software: test\r\nformat: WARC File Format 1.0\r\n", number=1),
        warc_record(
            "request",
            b"GET /ferry HTTP/1.1\r\nHost: a.example\r\n\r\n",
            uri="https://a.example/ferry",
            number=2,
        ),
        warc_record("response", http_response(ferry), uri="https://a.example/ferry", number=3),
        warc_record("metadata", b"fetchTimeMs: 120\r\n", uri="https://a.example/ferry", number=4),
        warc_record(
            "response",
            http_response(bridge),
            uri="<https://www.b.example/bridge>",
            date="2024-03-02T11:00:00Z",
            number=5,
        ),
        warc_record(
            "response",
            http_response(b"", status="301 Moved Permanently", extra=(("Location", "/x"),)),
            uri="https://a.example/old",
            number=6,
        ),
        warc_record(
            "response",
            http_response(page("Missing", ["Nothing here."]).encode(), status="404 Not Found"),
            uri="https://a.example/missing",
            number=7,
        ),
        warc_record(
            "response",
            http_response(b"\x89PNG\r\n\x1a\n" + bytes(range(256)), content_type="image/png"),
            uri="https://a.example/logo.png",
            number=8,
        ),
        warc_record(
            "response",
            http_response(cafe, content_type="text/html; charset=windows-1252"),
            uri="https://c.example/cafe",
            number=9,
        ),
        warc_record(
            "response",
            http_response(
                chunked_body,
                extra=(("Transfer-Encoding", "chunked"), ("Content-Encoding", "deflate")),
            ),
            uri="https://d.example/storm",
            number=10,
        ),
    ]


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_pages_become_articles_and_the_rest_is_counted(tmp_path: Path, gz: bool):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(join_records(news_crawl_records(), gz=gz))
    skipped: Counter[str] = Counter()
    articles, errors = split(read_inputs([path], skipped=skipped))
    assert errors == []
    assert [a.url for a in articles] == [
        "https://a.example/ferry",
        "https://www.b.example/bridge",
        "https://c.example/cafe",
        "https://d.example/storm",
    ]
    ferry, bridge, cafe, storm = articles
    assert ferry.title == "Ferry service resumes"
    assert FERRY[0] in ferry.text and FERRY[1] in ferry.text
    assert "Home" not in ferry.text and "Copyright" not in ferry.text
    # The page's own date wins over the crawl date; without one, the crawl date is used.
    assert ferry.published == datetime(2024, 2, 28, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    assert bridge.published == datetime(2024, 3, 2, 11, 0, tzinfo=UTC)
    assert bridge.outlet == "b.example"
    assert "café du port a rouvert" in cafe.text and "décor" in cafe.text
    assert STORM[1] in storm.text
    assert skipped == Counter({NOT_RESPONSE: 3, NOT_OK: 2, NOT_HTML: 1})


def test_article_path_points_at_its_record(tmp_path: Path):
    path = tmp_path / "crawl.warc.gz"
    data = join_records(news_crawl_records(), gz=True)
    path.write_bytes(data)
    articles, _ = split(read_inputs([path]))
    for article in articles:
        name, offset = article.path.rsplit("@", 1)
        assert name == str(path)
        record = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[int(offset) :])
        assert record.startswith(b"WARC/1.0\r\nWARC-Type: response")
        assert article.url.encode() in record


def test_a_folder_walk_reads_warc_files(tmp_path: Path):
    (tmp_path / "crawl.warc.gz").write_bytes(join_records(news_crawl_records(), gz=True))
    (tmp_path / "notes.txt").write_text("A note about the ferry strike and the new agreement.")
    articles, errors = split(read_inputs([tmp_path]))
    assert errors == []
    assert len(articles) == 5


def test_parse_document_reads_warc_bytes():
    data = join_records(news_crawl_records(), gz=True)
    articles, errors = split(parse_document(data, "upload.warc.gz"))
    assert errors == []
    assert [a.path.split("@")[0] for a in articles] == ["upload.warc.gz"] * 4


def test_a_file_larger_than_the_limit_is_read_record_by_record(tmp_path: Path):
    path = tmp_path / "crawl.warc"
    data = join_records(news_crawl_records(), gz=False)
    path.write_bytes(data)
    articles, errors = split(read_inputs([path], max_bytes=len(data) // 3))
    assert errors == []
    assert len(articles) == 4


def test_a_record_over_the_limit_is_one_error(tmp_path: Path):
    big = page("Big page", FERRY * 200).encode()
    records = news_crawl_records()
    records.insert(3, warc_record("response", http_response(big), uri="https://big.example/"))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(join_records(records, gz=True))
    articles, errors = split(read_inputs([path], max_bytes=len(big) // 2))
    assert len(articles) == 4
    assert len(errors) == 1
    assert "record 4 (https://big.example/): record too large" in str(errors[0])


def bad_file(records: list[bytes], gz: bool) -> tuple[bytes, list[int]]:
    """The file's bytes and the offset of each record."""
    parts = [gzip.compress(r, mtime=0) if gz else r for r in records]
    offsets = [sum(len(p) for p in parts[:i]) for i in range(len(parts))]
    return b"".join(parts), offsets


def five_pages(lie_at: int | None = None, lie: int = 0) -> list[bytes]:
    texts = [FERRY, BRIDGE, STORM, FERRY[::-1], BRIDGE[::-1]]
    return [
        warc_record(
            "response",
            http_response(page(f"Story {i}", texts[i]).encode()),
            uri=f"https://e.example/{i}",
            number=i,
            length_error=lie if i == lie_at else 0,
        )
        for i in range(5)
    ]


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize("lie", [60, -60, 5, -5], ids=["long", "short", "long5", "short5"])
@pytest.mark.parametrize("at", [0, 2, 4], ids=["first", "middle", "last"])
def test_a_lying_content_length_costs_only_its_record(tmp_path: Path, gz: bool, lie: int, at: int):
    cause = only_record_lost(tmp_path, gz, at=at, lie=lie)
    # A long lie at the end of the file reads past its end: the record is cut short.
    expected = "truncated record" if at == 4 and lie > 0 else "its Content-Length does not match"
    assert expected in cause


def only_record_lost(tmp_path: Path, gz: bool, *, at: int, lie: int) -> str:
    """Read five pages whose record ``at`` lies by ``lie``; return that record's error cause.

    The other four pages must be read, and the one error must name the file, the
    record's offset and number, and its URL.
    """
    data, offsets = bad_file(five_pages(lie_at=at, lie=lie), gz)
    path = tmp_path / ("lie.warc.gz" if gz else "lie.warc")
    path.write_bytes(data)
    articles, errors = split(read_inputs([path]))
    assert [a.url for a in articles] == [f"https://e.example/{i}" for i in range(5) if i != at]
    assert len(errors) == 1
    where = f"{path}@{offsets[at]}: record {at + 1} (https://e.example/{at}): "
    assert str(errors[0]).startswith(where)
    return str(errors[0])[len(where) :]


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize(
    ("lie", "expected"),
    [
        (10**12, "record too large (1000000000"),
        (10**15, "record too large (1000000000"),  # past the largest file a disk holds
        (10**30, "its Content-Length does not match the record's data"),
        (int("9" * 60), "its Content-Length does not match the record's data"),
    ],
    ids=["1e12", "1e15", "1e30", "60-digits"],
)
@pytest.mark.parametrize("at", [0, 2, 4], ids=["first", "middle", "last"])
def test_a_huge_content_length_costs_only_its_record(
    tmp_path: Path, gz: bool, lie: int, expected: str, at: int
):
    assert only_record_lost(tmp_path, gz, at=at, lie=lie).startswith(expected)


def with_body(body: bytes, extra: tuple[tuple[str, str], ...]) -> list[bytes]:
    """Five pages, the third replaced by a response with this body and these headers."""
    records = five_pages()
    records[2] = warc_record(
        "response", http_response(body, extra=extra), uri="https://e.example/2", number=2
    )
    return records


STORY = page("Story 2", STORM).encode()


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize(
    ("body", "extra", "cause"),
    [
        (b"-4\r\n", (("Transfer-Encoding", "chunked"),), "bad chunked body (chunk size '-4')"),
        (
            b"0x10\r\n" + b"x" * 16 + b"\r\n0\r\n\r\n",
            (("Transfer-Encoding", "chunked"),),
            "bad chunked body (chunk size '0x10')",
        ),
        (
            gzip.compress(STORY)[:-60],
            (("Content-Encoding", "gzip"),),
            "the gzip body is truncated",
        ),
        (
            zlib.compress(STORY)[:-60],
            (("Content-Encoding", "deflate"),),
            "the deflate body is truncated",
        ),
    ],
    ids=["negative-chunk", "0x-chunk", "cut-gzip", "cut-deflate"],
)
def test_a_body_that_cannot_be_decoded_costs_only_its_record(
    tmp_path: Path, gz: bool, body: bytes, extra: tuple[tuple[str, str], ...], cause: str
):
    data, offsets = bad_file(with_body(body, extra), gz)
    path = tmp_path / ("body.warc.gz" if gz else "body.warc")
    path.write_bytes(data)
    articles, errors = split(read_inputs([path]))
    assert [a.url for a in articles] == [f"https://e.example/{i}" for i in (0, 1, 3, 4)]
    assert [str(e) for e in errors] == [
        f"{path}@{offsets[2]}: record 3 (https://e.example/2): bad HTTP response: {cause}"
    ]


def test_a_body_of_several_gzip_members_keeps_all_its_text(tmp_path: Path):
    cut = STORY.index(STORM[1][:20].encode())
    body = gzip.compress(STORY[:cut]) + gzip.compress(STORY[cut:])
    path = tmp_path / "members.warc"
    path.write_bytes(join_records(with_body(body, (("Content-Encoding", "gzip"),)), gz=False))
    articles, errors = split(read_inputs([path]))
    assert errors == []
    assert articles[2].url == "https://e.example/2"
    assert STORM[0] in articles[2].text and STORM[1] in articles[2].text


def test_a_truncated_gzip_keeps_the_records_before_the_cut(tmp_path: Path):
    data, offsets = bad_file(five_pages(), gz=True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: offsets[4] + (len(data) - offsets[4]) // 2])
    articles, errors = split(read_inputs([path]))
    assert [a.url for a in articles] == [f"https://e.example/{i}" for i in range(4)]
    assert len(errors) == 1
    assert str(errors[0]).startswith(f"{path}@{offsets[4]}: record 5")


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize("keep", [3, 12, 40])
def test_a_file_cut_inside_a_header_is_one_error(tmp_path: Path, gz: bool, keep: int):
    data, offsets = bad_file(five_pages(), gz=gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(data[: offsets[3] + keep])
    articles, errors = split(read_inputs([path]))
    assert [a.url for a in articles] == [f"https://e.example/{i}" for i in range(3)]
    assert len(errors) == 1
    assert str(errors[0]).startswith(f"{path}@{offsets[3]}: record 4")


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_garbage_between_records_is_one_error(tmp_path: Path, gz: bool):
    records = five_pages()
    data, _ = bad_file(records[:2], gz)
    junk = b"this line does not belong in an archive\r\n" * 3
    rest, _ = bad_file(records[2:], gz)
    path = tmp_path / ("junk.warc.gz" if gz else "junk.warc")
    path.write_bytes(data + junk + rest)
    articles, errors = split(read_inputs([path]))
    assert [a.url for a in articles] == [f"https://e.example/{i}" for i in range(5)]
    assert len(errors) == 1
    assert str(errors[0]).startswith(f"{path}@{len(data)}: record 3: not a readable WARC record")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("notes.warc", b"These are notes, not an archive.\n" * 20),
        ("page.warc.gz", gzip.compress(b"<html><body><p>Hello</p></body></html>")),
        ("empty.warc", b""),
    ],
)
def test_a_file_that_is_no_warc_is_one_error(tmp_path: Path, name: str, content: bytes):
    path = tmp_path / name
    path.write_bytes(content)
    articles, errors = split(read_inputs([path]))
    assert articles == []
    if content:
        assert [str(e) for e in errors] == [
            f"{path}@0: record 1: not a WARC record (Invalid WARC header)"
        ]
    else:
        assert [str(e) for e in errors] == [f"{path}: empty file"]


def test_a_response_without_text_is_an_error_naming_its_record(tmp_path: Path):
    records = five_pages()
    records.insert(
        1,
        warc_record(
            "response",
            http_response(b"<html><head><title>x</title></head><body></body></html>"),
            uri="https://e.example/blank",
        ),
    )
    data, offsets = bad_file(records, gz=True)
    path = tmp_path / "blank.warc.gz"
    path.write_bytes(data)
    articles, errors = split(read_inputs([path]))
    assert len(articles) == 5
    assert [str(e) for e in errors] == [
        f"{path}@{offsets[1]}: record 2 (https://e.example/blank): no article text found in HTML"
    ]


@pytest.mark.parametrize("lie", [0, 60, -60])
def test_a_single_gzip_stream_is_read_with_records_named_by_number(tmp_path: Path, lie: int):
    path = tmp_path / "one.warc.gz"
    path.write_bytes(gzip.compress(b"".join(five_pages(lie_at=2, lie=lie)), mtime=0))
    articles, errors = split(read_inputs([path]))
    kept = [i for i in range(5) if i != 2 or lie == 0]
    assert [(a.path, a.url) for a in articles] == [
        (f"{path}#{i + 1}", f"https://e.example/{i}") for i in kept
    ]
    expected = (
        []
        if lie == 0
        else [
            f"{path}#3: record 3 (https://e.example/2): its Content-Length does not match the "
            "record's data"
        ]
    )
    assert [str(e) for e in errors] == expected


def test_a_cut_single_gzip_stream_keeps_the_records_before_the_cut(tmp_path: Path):
    data = gzip.compress(b"".join(five_pages()), mtime=0)
    path = tmp_path / "one.warc.gz"
    path.write_bytes(data[: len(data) * 2 // 3])
    articles, errors = split(read_inputs([path]))
    assert len(articles) >= 1
    assert [a.url for a in articles] == [f"https://e.example/{i}" for i in range(len(articles))]
    assert len(errors) == 1
    assert str(errors[0]).startswith(f"{path}#{len(articles) + 1}: record {len(articles) + 1}")


def damaged(data: bytes, rng, *, flips: bool) -> bytes:
    """The file with one random piece of damage: cut, junk inserted, bytes removed or flipped."""
    at = rng.randrange(1, len(data))
    kind = rng.choice(["cut", "insert", "delete", "flip"] if flips else ["cut", "insert", "delete"])
    if kind == "cut":
        return data[:at]
    if kind == "insert":
        return data[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 40))) + data[at:]
    if kind == "delete":
        return data[:at] + data[at + rng.randint(1, 40) :]
    return data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1 :]


@pytest.mark.parametrize("layout", ["members", "plain", "stream"])
def test_random_damage_never_garbles_an_article_or_loses_one_silently(layout: str):
    """Damage costs records only with an error, and never alters an article's text.

    Layouts: one gzip member per record, plain, one gzip stream. (Damage inside a header
    field that leaves a valid record, such as a changed URL, cannot be told from a real
    record; the texts are checked, which the framing protects.)
    """
    import random

    records = five_pages()
    data, offsets = bad_file(records, layout == "members")
    if layout == "stream":
        data, offsets = gzip.compress(data, mtime=0), []
    name = "x.warc" if layout == "plain" else "x.warc.gz"
    texts = {a.text for a in parse_document(data, name) if isinstance(a, Article)}
    assert len(texts) == 5
    rng = random.Random(11)
    for _ in range(150):
        bad = damaged(data, rng, flips=layout != "plain")
        items = list(parse_document(bad, name))
        found = [i.text for i in items if isinstance(i, Article)]
        errors = [i for i in items if isinstance(i, IngestError)]
        assert set(found) <= texts
        # A file cut exactly between two records is a shorter, valid file.
        whole = sum(1 for end in [*offsets[1:], len(data)] if end <= len(bad))
        cut_between = bad == data[: len(bad)] and len(bad) in offsets
        assert len(found) == 5 or errors or (cut_between and len(found) == whole)


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_deferred_pages_build_into_the_same_articles(tmp_path: Path, gz: bool):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(join_records(news_crawl_records(), gz=gz))
    read_skips: Counter[str] = Counter()
    read = list(read_inputs([path], skipped=read_skips))
    deferred_skips: Counter[str] = Counter()
    items = list(read_inputs_deferred([path], skipped=deferred_skips))
    # Every HTTP response comes out unbuilt; only the other records are counted here.
    assert all(isinstance(item, ArchivedPage) for item in items)
    assert [item.uri for item in items if isinstance(item, ArchivedPage)] == [
        "https://a.example/ferry",
        "https://www.b.example/bridge",
        "https://a.example/old",
        "https://a.example/missing",
        "https://a.example/logo.png",
        "https://c.example/cafe",
        "https://d.example/storm",
    ]
    assert deferred_skips == Counter({NOT_RESPONSE: 3})
    outcomes = [build_page(item) for item in items if isinstance(item, ArchivedPage)]
    assert [o for o in outcomes if not isinstance(o, Skipped)] == read
    assert Counter(o.reason for o in outcomes if isinstance(o, Skipped)) == Counter(
        {NOT_OK: 2, NOT_HTML: 1}
    )
    assert read_skips == deferred_skips + Counter({NOT_OK: 2, NOT_HTML: 1})


def archived(block: bytes, number: int, uri: str | None) -> ArchivedPage:
    """The page of record ``number`` of a made-up crawl.warc, at offset 120."""
    return ArchivedPage(
        block,
        where="crawl.warc@120",
        number=number,
        uri=uri,
        date=None,
        source_name="crawl.warc",
        max_bytes=1_000_000,
    )


def test_building_a_page_returns_its_error_instead_of_raising(monkeypatch: pytest.MonkeyPatch):
    error = build_page(archived(b"this is not an HTTP response", 4, "https://a.example/x"))
    assert isinstance(error, IngestError)
    assert error.path == "crawl.warc@120"
    assert error.cause.startswith("record 4 (https://a.example/x): bad HTTP response")

    def explode(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("corrobora.ingest.warc.extract_html", explode)
    good = http_response(page("Ferry service resumes", FERRY).encode("utf-8"))
    failed = build_page(archived(good, 1, None))
    assert isinstance(failed, IngestError)
    assert failed.cause == "record 1: the page cannot be read (RecursionError)"


@pytest.mark.parametrize("name", ["zero.warc", "blank.warc", "zero.warc.gz", "blank.warc.gz"])
def test_an_empty_warc_file_is_one_error(tmp_path: Path, name: str):
    path = tmp_path / name
    path.write_bytes(b"" if name.startswith("zero") else b" \r\n\t\n  \n")
    articles, errors = split(read_inputs([path]))
    assert articles == []
    assert [str(e) for e in errors] == [f"{path}: empty file"]
