"""Lists of URLs and URL inputs."""

from __future__ import annotations

from corrobora.errors import IngestError
from corrobora.ingest.urls import ListedUrl, is_url, parse_url_list


def test_a_list_keeps_urls_and_names_bad_lines():
    text = (
        "# feeds to read\n"
        "https://news.example/rss\n"
        "\n"
        "   http://other.example/a?b=1   \n"
        "ftp://files.example/x\n"
        "https://\n"
        "https://spaced.example/a b\n"
    )
    items = list(parse_url_list(text, name="list.urls"))
    assert items[:2] == [
        ListedUrl("https://news.example/rss", "list.urls:2"),
        ListedUrl("http://other.example/a?b=1", "list.urls:4"),
    ]
    assert [str(e) for e in items[2:] if isinstance(e, IngestError)] == [
        "list.urls:5: not an http(s) URL: 'ftp://files.example/x'",
        "list.urls:6: not an http(s) URL: 'https://'",
        "list.urls:7: not an http(s) URL: 'https://spaced.example/a b'",
    ]


def test_is_url():
    assert is_url("https://a.example/") and is_url("HTTP://A.EXAMPLE")
    assert not is_url("news/https.txt") and not is_url("file:///tmp/a.html")
