"""Downloading: only when asked, only public addresses unless allowed, limits and politeness.

Every request goes to a server on 127.0.0.1 started by the test; refusals are checked on
made-up names resolved by the test's own resolver, before any connection is made.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest

from corrobora import __version__
from corrobora.errors import ConfigError, IngestError
from corrobora.ingest import FetchOptions, read_inputs
from corrobora.ingest.fetch import Fetcher
from corrobora.model import Article

from .ingest_helpers import Served, local_server, page

FAST = FetchOptions(allow_private=True, delay=0.0, timeout=5.0)
LOCAL_ONLY = FetchOptions(allowed_networks=("127.0.0.0/8",), delay=0.0, timeout=5.0)

TRAIN = [
    "The night train to the coast will run again from May, the rail operator said on "
    "Thursday, after a two-year pause caused by a shortage of sleeping cars.",
    "Tickets go on sale next week, and the first departure is planned for the second "
    "Friday of the month, a spokesman for the operator said.",
]
LIBRARY = [
    "The town library will stay open until nine in the evening on weekdays from next "
    "month, after the council found money for two more librarians.",
]


def split(items):
    items = list(items)
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, IngestError)],
    )


@pytest.fixture
def server() -> Iterator[Served]:
    with local_server() as served:
        yield served


def resolver(table: dict[str, str]):
    """Resolve made-up names from ``table``; anything else is unknown."""

    def resolve(host: str, port: int) -> Sequence[str]:
        if host not in table:
            raise OSError("unknown host")
        return [table[host]]

    return resolve


def test_loopback_is_refused_unless_allowed(server: Served):
    server.add("/a", page("Train", TRAIN).encode())
    for host in ("127.0.0.1", "localhost"):
        with (
            Fetcher(FetchOptions(), max_bytes=10_000) as fetcher,
            pytest.raises(IngestError) as caught,
        ):
            fetcher.get(server.url("/a", host))
        assert "a loopback address (pass --allow-private to allow it)" in caught.value.cause
    assert server.requests == []
    with Fetcher(FAST, max_bytes=1_000_000) as fetcher:
        assert b"night train" in fetcher.get(server.url("/a")).body


@pytest.mark.parametrize(
    ("address", "shown", "kind"),
    [
        ("10.1.2.3", "10.1.2.3", "private"),
        ("192.168.0.7", "192.168.0.7", "private"),
        ("169.254.169.254", "169.254.169.254", "link-local"),
        ("::1", "::1", "loopback"),
        ("::ffff:127.0.0.1", "::ffff:7f00:1", "loopback"),
        ("fe80::1%eth0", "fe80::1", "link-local"),
        ("0.0.0.0", "0.0.0.0", "unspecified"),
        ("100.64.0.1", "100.64.0.1", "non-public"),
        ("224.0.0.1", "224.0.0.1", "multicast"),
    ],
)
def test_non_public_addresses_are_refused_before_connecting(address: str, shown: str, kind: str):
    with (
        Fetcher(FetchOptions(), max_bytes=1000, resolve=resolver({"news.test": address})) as f,
        pytest.raises(IngestError) as caught,
    ):
        f.get("http://news.test/story")
    assert str(caught.value) == (
        f"http://news.test/story: refused: news.test is at {shown}, a {kind} address "
        "(pass --allow-private to allow it)"
    )


def test_an_unknown_host_is_one_error():
    with (
        Fetcher(FetchOptions(), max_bytes=1000, resolve=resolver({})) as fetcher,
        pytest.raises(IngestError) as caught,
    ):
        fetcher.get("https://nowhere.test/a")
    assert str(caught.value) == "https://nowhere.test/a: cannot resolve the host 'nowhere.test'"


def test_a_redirect_to_a_private_address_is_refused(server: Served):
    server.add("/go", b"", status=302, headers=(("Location", "http://intranet.test/secret"),))
    resolve = resolver({"127.0.0.1": "127.0.0.1", "intranet.test": "10.0.0.8"})
    with (
        Fetcher(LOCAL_ONLY, max_bytes=1000, resolve=resolve) as fetcher,
        pytest.raises(IngestError) as caught,
    ):
        fetcher.get(server.url("/go"))
    assert str(caught.value) == (
        f"{server.url('/go')}: after a redirect to http://intranet.test/secret: refused: "
        "intranet.test is at 10.0.0.8, a private address (pass --allow-private to allow it)"
    )
    assert [r[0] for r in server.requests] == ["/go"]


def test_redirects_are_followed_and_checked(server: Served):
    server.add("/old", b"", status=301, headers=(("Location", "/new"),))
    server.add("/new", page("Train", TRAIN).encode())
    server.add("/loop", b"", status=302, headers=(("Location", "/loop"),))
    with Fetcher(LOCAL_ONLY, max_bytes=100_000) as fetcher:
        download = fetcher.get(server.url("/old"))
        assert download.url == server.url("/new")
        with pytest.raises(IngestError, match="more than 5 redirects"):
            fetcher.get(server.url("/loop"))


def test_the_request_names_corrobora_and_the_host(server: Served):
    server.add("/a", page("Train", TRAIN).encode())
    resolve = resolver({"news.test": "127.0.0.1"})
    with Fetcher(FAST, max_bytes=100_000, resolve=resolve) as fetcher:
        fetcher.get(f"http://news.test:{server.port}/a")
    ((_, headers, _),) = server.requests
    assert headers["User-Agent"].startswith(f"corrobora/{__version__} ")
    assert headers["Host"] == f"news.test:{server.port}"


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_document_over_the_size_limit_is_refused(server: Served, chunked: bool):
    server.add("/big", b"<p>" + b"x" * 200_000 + b"</p>", chunked=chunked)
    with Fetcher(FAST, max_bytes=50_000) as fetcher, pytest.raises(IngestError) as caught:
        fetcher.get(server.url("/big"))
    assert caught.value.cause == "too large (more than the 0.05 MB limit)"


def test_a_slow_server_times_out(server: Served):
    server.add("/slow", b"<p>late</p>", delay=4.0)
    options = FetchOptions(allow_private=True, delay=0.0, timeout=0.3)
    start = time.monotonic()
    with Fetcher(options, max_bytes=1000) as fetcher, pytest.raises(IngestError) as caught:
        fetcher.get(server.url("/slow"))
    # well before the answer, with room for a loaded machine
    assert time.monotonic() - start < 3.0
    assert caught.value.cause == "timed out (no answer within 0.3 s)"


def test_http_errors_and_refused_connections(server: Served):
    with Fetcher(FAST, max_bytes=1000) as fetcher, pytest.raises(IngestError) as caught:
        fetcher.get(server.url("/none"))
        assert caught.value.cause == "HTTP 404 Not Found"
        with pytest.raises(IngestError) as caught:
            fetcher.get("ftp://127.0.0.1/file")
        assert caught.value.cause == "only http and https URLs are downloaded"
    closed = local_server()
    with closed as gone:
        port = gone.port
    with Fetcher(FAST, max_bytes=1000) as fetcher, pytest.raises(IngestError) as caught:
        fetcher.get(f"http://127.0.0.1:{port}/a")
    assert caught.value.cause == "download failed (connection refused)"


def test_requests_to_one_host_are_spaced(server: Served):
    for name in ("/1", "/2", "/3"):
        server.add(name, b"<p>x</p>")
    options = FetchOptions(allow_private=True, delay=0.3, timeout=5.0)
    resolve = resolver({"127.0.0.1": "127.0.0.1", "other.test": "127.0.0.1"})
    with Fetcher(options, max_bytes=1000, resolve=resolve) as fetcher:
        for name in ("/1", "/2"):
            fetcher.get(server.url(name))
        fetcher.get(server.url("/3", host="other.test"))
    times = [t for _, _, t in server.requests]
    assert times[1] - times[0] >= 0.29
    assert times[2] - times[1] < 0.25  # another host does not wait


def test_bad_options_are_config_errors():
    with pytest.raises(ConfigError, match="not an IP network"):
        FetchOptions(allowed_networks=("intranet",))
    with pytest.raises(ConfigError, match="timeout must be positive"):
        FetchOptions(timeout=0)


def test_urls_are_not_downloaded_without_fetch(server: Served, tmp_path: Path):
    listing = tmp_path / "news.urls"
    listing.write_text(f"# morning list\n{server.url('/a')}\n\nnot a url\n")
    articles, errors = split(read_inputs([server.url("/a"), listing]))
    assert articles == []
    assert [str(e) for e in errors] == [
        f"{server.url('/a')}: not downloaded: corrobora downloads only when asked to (--fetch)",
        f"{listing}:2: {server.url('/a')} was not downloaded: corrobora downloads only when "
        "asked to (--fetch)",
        f"{listing}:4: not an http(s) URL: 'not a url'",
    ]
    assert server.requests == []


def test_read_inputs_downloads_pages_feeds_and_lists(server: Served, tmp_path: Path):
    server.add(
        "/train",
        page("Night train returns", TRAIN, charset="windows-1252").encode("cp1252"),
        content_type="text/html",
    )
    server.add("/library", page("Library hours", LIBRARY).encode())
    server.add(
        "/feed",
        f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Rail Weekly</title>
        <item><title>Night train to return in May</title><link>{server.url("/train")}</link>
        <pubDate>Thu, 04 Apr 2024 10:00:00 GMT</pubDate></item>
        <item><title>Gone</title><link>{server.url("/gone")}</link></item>
        <item><title>Library</title><description>{LIBRARY[0]}</description></item>
        </channel></rss>""".encode(),
        content_type="application/rss+xml",
    )
    listing = tmp_path / "morning.urls"
    listing.write_text(f"{server.url('/library')}\n{server.url('/train')}\n")
    articles, errors = split(read_inputs([server.url("/feed"), listing], fetch=FAST))
    feed = server.url("/feed")
    assert [(a.path, a.url) for a in articles] == [
        (f"{feed}#1", server.url("/train")),
        (f"{feed}#3", None),
        (f"{listing}:1", server.url("/library")),
        (f"{listing}:2", server.url("/train")),
    ]
    from_feed, _, library, train = articles
    # The feed entry's title, outlet and date win over the page's.
    assert from_feed.title == "Night train to return in May"
    assert from_feed.outlet == "Rail Weekly"
    assert from_feed.published == datetime(2024, 4, 4, 10, 0, tzinfo=UTC)
    assert from_feed.text == train.text
    assert TRAIN[0] in train.text and train.title == "Night train returns"
    assert LIBRARY[0] in library.text
    assert [str(e) for e in errors] == [f"{feed}#2: {server.url('/gone')}: HTTP 404 Not Found"]


def test_a_charset_header_that_is_no_charset_is_ignored(server: Served):
    cafe = [
        "Le café de la gare a été fermé mardi après une inspection, a indiqué la mairie "
        "dans un communiqué publié le même jour."
    ]
    body = page("Café fermé", cafe, charset="windows-1252").encode("cp1252")
    server.add("/page", body, content_type="text/html; charset=undefined")
    server.add("/plain", body, content_type="text/html; charset=base64")
    server.add(
        "/feed",
        f"""<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel>
        <title>Gare Hebdo</title><item><title>Café fermé</title>
        <description>{cafe[0]}</description></item></channel></rss>""".encode("cp1252"),
        content_type="application/rss+xml; charset=undefined",
    )
    urls = [server.url("/page"), server.url("/plain"), server.url("/feed")]
    articles, errors = split(read_inputs(urls, fetch=FAST))
    assert errors == []
    assert [a.path for a in articles] == [urls[0], urls[1], f"{urls[2]}#1"]
    for article in articles:
        assert article.title == "Café fermé"
        assert cafe[0] in article.text
