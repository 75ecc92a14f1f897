"""The readers through the command line: feeds, WARC files and --fetch against a local server."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from corrobora.cli import cli

from .ingest_helpers import Served, http_response, join_records, local_server, page, warc_record

BRIDGE_A = [
    "A cargo barge struck the Old Mill bridge on Tuesday night, and the city closed the "
    "bridge to all traffic.",
    'City engineer Hana Roslin said the damage to the central pier was serious. "We will '
    'not reopen it until divers have inspected every support," Roslin said.',
]
BRIDGE_B = [
    "The city shut the Old Mill bridge to traffic after a cargo barge hit it on Tuesday night.",
    '"We will not reopen it until divers have inspected every support," city engineer Hana '
    "Roslin told reporters.",
]


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def server() -> Iterator[Served]:
    with local_server() as served:
        yield served


def test_analyze_downloads_a_url_only_with_fetch(server: Served):
    server.add("/bridge", page("Bridge closed after barge strike", BRIDGE_A).encode())
    url = server.url("/bridge")
    refused = run("analyze", url, "--format", "json", "-q")
    assert refused.exit_code == 1
    assert refused.stderr.strip() == (
        f"Error: {url}: not downloaded: corrobora downloads only when asked to (--fetch)"
    )
    loopback = run("analyze", url, "--fetch", "--format", "json", "-q")
    assert loopback.exit_code == 1
    assert "a loopback address (pass --allow-private to allow it)" in loopback.stderr
    assert len(server.requests) == 0
    allowed = run("analyze", url, "--fetch", "--allow-private", "--format", "json", "-q")
    assert allowed.exit_code == 0, allowed.stderr
    (analysis,) = json.loads(allowed.stdout)["articles"]
    assert analysis["url"] == url
    assert analysis["title"] == "Bridge closed after barge strike"


def test_allow_private_needs_fetch(tmp_path: Path):
    result = run("compare", str(tmp_path), "--allow-private")
    assert result.exit_code == 2
    assert "--allow-private only applies with --fetch" in result.stderr


def test_ingest_a_feed_whose_entries_link_to_pages(server: Served, tmp_path: Path):
    server.add("/a", page("Bridge closed after barge strike", BRIDGE_A).encode())
    server.add("/b", page("Old Mill bridge shut after collision", BRIDGE_B).encode())
    feed = tmp_path / "river.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>River News</title>'
        f"<item><title>Bridge closed</title><link>{server.url('/a')}</link>"
        "<pubDate>Wed, 02 Apr 2026 08:00:00 GMT</pubDate></item>"
        f"<item><title>Bridge shut</title><link>{server.url('/b')}</link>"
        "<pubDate>Wed, 02 Apr 2026 11:30:00 GMT</pubDate></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    db = tmp_path / "news.db"
    without = run("ingest", str(feed), "--db", str(db), "-q")
    assert without.exit_code == 1
    assert len(without.stderr.strip().splitlines()) == 2
    result = run("ingest", str(feed), "--db", str(db), "--fetch", "--allow-private")
    assert result.exit_code == 0, result.stderr
    assert "2 article(s) read, 2 added" in result.stderr
    with sqlite3.connect(db) as connection:
        urls = sorted(row[0] for row in connection.execute("SELECT url FROM articles"))
    assert urls == [server.url("/a"), server.url("/b")]


def test_compare_reads_a_warc_file_and_reports_bad_records(tmp_path: Path):
    records = [
        warc_record(
            "response",
            http_response(page("Bridge closed", BRIDGE_A).encode()),
            uri="https://ledger.example/a",
        ),
        warc_record(
            "response", http_response(b"<p>x</p>"), uri="https://x.example/", length_error=40
        ),
        warc_record(
            "response",
            http_response(page("Bridge shut", BRIDGE_B).encode()),
            uri="https://courier.example/b",
        ),
    ]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(join_records(records, gz=True))
    result = run("compare", str(path), "--format", "json", "-q")
    assert result.exit_code == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: {path}@")
    assert "record 2 (https://x.example/): its Content-Length does not match" in line
    (story,) = json.loads(result.stdout)["stories"]
    assert {a["url"] for a in story["articles"]} == {
        "https://ledger.example/a",
        "https://courier.example/b",
    }


def test_ingest_says_which_warc_records_it_passed_over(tmp_path: Path):
    records = [
        warc_record("warcinfo", b"software: test\r\n", number=1),
        warc_record(
            "response",
            http_response(page("Bridge closed", BRIDGE_A).encode()),
            uri="https://ledger.example/a",
            number=2,
        ),
        warc_record(
            "response",
            http_response(b"", status="301 Moved Permanently", extra=(("Location", "/b"),)),
            uri="https://ledger.example/old",
            number=3,
        ),
        warc_record(
            "response",
            http_response(b"GIF89a" + bytes(40), content_type="image/gif"),
            uri="https://ledger.example/logo.gif",
            number=4,
        ),
    ]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(join_records(records, gz=True))
    result = run("ingest", str(path), "--db", str(tmp_path / "news.db"))
    assert result.exit_code == 0, result.output
    lines = result.stderr.strip().splitlines()
    assert lines[-2].startswith("1 article(s) read, 1 added")
    assert lines[-1] == (
        "passed over (not articles): HTTP status other than 200: 1; "
        "WARC record that is not a response: 1; response that is not HTML: 1"
    )
