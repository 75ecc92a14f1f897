"""Plain-text and Markdown articles: header lines, fallbacks, offsets, dates."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from corrobora.errors import IngestError
from corrobora.ingest.meta import (
    DateOutOfRange,
    clip_title,
    field_name,
    parse_published,
    url_host,
)
from corrobora.ingest.text import parse_text
from corrobora.text import article_id

BODY = (
    "The harbour reopened on Saturday after three days of storms.\n"
    "Fishing boats returned to the quay before noon, the port office said.\n"
)


def test_headerless_text_is_kept_whole():
    text = "Harbour reopens after storms\n\n" + BODY
    article = parse_text(text, name="news/017_harbour.txt")
    assert article.text == text
    assert article.title == "Harbour reopens after storms"
    assert article.outlet == "017_harbour"
    assert article.path == "news/017_harbour.txt"
    assert article.id == article_id(text)
    assert article.url is None
    assert article.published is None
    assert article.language is None
    start = text.index("three days")
    assert article.text[start : start + 10] == "three days"


def test_headerless_title_skips_leading_blank_lines():
    text = "\n  \n   Harbour reopens  \n" + BODY
    article = parse_text(text, name="a.txt")
    assert article.title == "Harbour reopens"
    assert article.text == text


def test_header_block():
    text = (
        "Title: Harbour reopens after storms\n"
        "Outlet: The Coastal Courier\n"
        "URL: https://www.coastal-courier.example/harbour\n"
        "Published: 2025-11-30T14:00Z\n"
        "Language: en\n"
        "\n" + BODY
    )
    article = parse_text(text, name="x.txt")
    assert article.text == BODY
    assert article.title == "Harbour reopens after storms"
    assert article.outlet == "The Coastal Courier"
    assert article.url == "https://www.coastal-courier.example/harbour"
    assert article.published == datetime(2025, 11, 30, 14, 0, tzinfo=UTC)
    assert article.language == "en"
    assert article.id == article_id(BODY)


def test_header_keys_case_insensitive_any_order_and_aliases():
    text = "published: 30 Nov 2025 14:00 +0100\nOUTLET: Courier\nheadline: Storm\n\n" + BODY
    article = parse_text(text, name="x.txt")
    assert article.title == "Storm"
    assert article.outlet == "Courier"
    assert article.published == datetime(2025, 11, 30, 14, 0, tzinfo=timezone(timedelta(hours=1)))
    assert article.published.utcoffset() == timedelta(hours=1)


def test_header_without_title_uses_first_body_line():
    article = parse_text("Outlet: Courier\n\n\n" + BODY, name="x.txt")
    assert article.text == BODY
    assert article.title == BODY.split("\n")[0]


def test_url_header_gives_outlet_when_no_outlet_header():
    article = parse_text("URL: https://www.courier.example:8080/a\n\n" + BODY, name="x.txt")
    assert article.outlet == "courier.example"


def test_unknown_header_keys_are_ignored_but_block_is_header():
    article = parse_text("Title: Storm\nAuthor: A. Writer\n\n" + BODY, name="x.txt")
    assert article.text == BODY
    assert article.title == "Storm"


def test_first_paragraph_that_is_not_all_headers_is_body():
    text = "Title: a headline that looks like a header\nbut this line is prose.\n\n" + BODY
    article = parse_text(text, name="x.txt")
    assert article.text == text
    assert article.title == "Title: a headline that looks like a header"


def test_colon_in_first_line_without_known_key_is_not_header():
    text = "Breaking: Harbour reopens\n\n" + BODY
    article = parse_text(text, name="x.txt")
    assert article.text == text
    assert article.title == "Breaking: Harbour reopens"


def test_header_without_body_is_an_error():
    with pytest.raises(IngestError) as caught:
        parse_text("Title: Storm\nOutlet: Courier\n", name="x.txt")
    assert str(caught.value) == "x.txt: no article text after the header lines"


def test_bad_published_header_names_file_and_line():
    text = "Title: Storm\nPublished: the day after yesterday\n\n" + BODY
    with pytest.raises(IngestError) as caught:
        parse_text(text, name="x.txt")
    assert caught.value.path == "x.txt"
    assert "header line 2" in caught.value.cause
    assert "Published: the day after yesterday" in caught.value.cause
    assert "Traceback" not in caught.value.cause


def test_incomplete_published_date_is_an_error():
    with pytest.raises(IngestError, match="lacks a year, month or day"):
        parse_text("Published: Monday\n\n" + BODY, name="x.txt")


def test_markdown_title_and_front_matter():
    text = "# Harbour reopens #\n\n" + BODY
    article = parse_text(text, name="x.md", markdown=True)
    assert article.title == "Harbour reopens"
    assert article.text == text
    front = '---\ntitle: "Storm closes harbour"\ndate: 2025-11-29\ntags:\n  - weather\n---\n\n'
    article = parse_text(front + BODY, name="x.md", markdown=True)
    assert article.title == "Storm closes harbour"
    assert article.published == datetime(2025, 11, 29, tzinfo=UTC)
    assert article.text == BODY


def test_long_first_line_title_is_clipped():
    line = "word " * 200
    article = parse_text(line + "\n", name="x.txt")
    assert len(article.title) <= 301
    assert article.title.endswith("…")
    assert article.text == line + "\n"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-11-30", datetime(2025, 11, 30, tzinfo=UTC)),
        ("2025-11-30T14:00Z", datetime(2025, 11, 30, 14, tzinfo=UTC)),
        ("2025-11-30T14:00:00+01:00", datetime(2025, 11, 30, 13, tzinfo=UTC)),
        ("30 Nov 2025 14:00 +0100", datetime(2025, 11, 30, 13, tzinfo=UTC)),
        ("November 30, 2025", datetime(2025, 11, 30, tzinfo=UTC)),
        ("Sun, 30 Nov 2025 14:00:00 GMT", datetime(2025, 11, 30, 14, tzinfo=UTC)),
        ("30 November 2025 9:00 EST", datetime(2025, 11, 30, 14, tzinfo=UTC)),
    ],
)
def test_parse_published_forms(value, expected):
    parsed = parse_published(value)
    assert parsed.tzinfo is not None
    assert parsed == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "empty"),
        ("soon", "cannot read the date"),
        ("November 2025", "lacks a year, month or day"),
        ("30 Nov 2025 14:00 XYZT", "unknown time zone"),
        ("2025-13-45", "cannot read the date"),
        ("Mon, 01 Jan 0001 00:00:00 GMT", "the year 0001 of .* is out of range"),
        ("January 1, 0099", "the year 0099 of .* is out of range"),
    ],
)
def test_parse_published_errors(value, message):
    with pytest.raises(ValueError, match=message):
        parse_published(value)


def test_a_written_year_with_leading_zeros_is_read_as_written_or_refused():
    assert parse_published("1 Jan 0999 10:00 GMT") == datetime(999, 1, 1, 10, tzinfo=UTC)
    assert parse_published("Fri, 31 Dec 2027 23:59:59 +0030").utcoffset() == timedelta(minutes=30)
    with pytest.raises(DateOutOfRange):
        parse_published("5 May 0042")


def test_helpers():
    assert field_name("Published") == "published"
    assert field_name(" Lang ") == "language"
    assert field_name("author") is None
    assert url_host("https://WWW.Example.COM:443/x?y") == "example.com"
    assert url_host("not a url") is None
    assert url_host(None) is None
    assert clip_title("  a   b\n c ") == "a b c"
