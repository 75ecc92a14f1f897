"""RSS 2.0 and Atom feeds: entries to articles, link-only entries, entity bombs, non-feeds."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from corrobora.errors import IngestError
from corrobora.ingest import parse_document, read_file, read_inputs
from corrobora.ingest.feeds import ENTITIES, parse_feed
from corrobora.model import Article

HARBOUR = (
    "The harbour authority approved a plan on Tuesday to dredge the main channel before "
    "the summer season, its chairwoman told reporters after the vote."
)
MARKET = (
    "Traders at the covered market said rents would rise by a tenth next year, and several "
    "stallholders warned that they might have to close."
)
SCHOOL = (
    "The new primary school on the hill opened its doors to two hundred pupils this week, "
    "a year later than planned because of a shortage of builders."
)

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Coast Courier</title>
  <link>https://courier.example/</link>
  <language>en-gb</language>
  <item>
    <title>Channel to be dredged</title>
    <link>https://courier.example/harbour</link>
    <pubDate>Tue, 02 Apr 2024 08:15:00 +0100</pubDate>
    <description>A short teaser.</description>
    <content:encoded><![CDATA[<p>{HARBOUR}</p><script>track()</script><p>More to follow.</p>]]></content:encoded>
  </item>
  <item>
    <title>Market rents to rise</title>
    <link>https://courier.example/market</link>
    <pubDate>Wed, 03 Apr 2024 17:00:00 GMT</pubDate>
    <description>&lt;p&gt;{MARKET}&lt;/p&gt;</description>
    <source url="https://wire.example/rss">Wire Service</source>
  </item>
  <item>
    <title>School opens a year late</title>
    <link>https://courier.example/school</link>
  </item>
  <item>
    <description>   </description>
  </item>
</channel>
</rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Hill Herald</title>
  <id>urn:hill-herald</id>
  <updated>2024-04-05T12:00:00Z</updated>
  <entry>
    <title>School opens its doors</title>
    <id>urn:hill-herald:1</id>
    <link rel="alternate" href="https://herald.example/school"/>
    <published>2024-04-04T09:00:00+02:00</published>
    <updated>2024-04-05T12:00:00Z</updated>
    <content type="html">&lt;p&gt;{SCHOOL}&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Market stalls</title>
    <id>urn:hill-herald:2</id>
    <link href="https://herald.example/market"/>
    <updated>2024-04-05T10:00:00Z</updated>
    <summary type="text">{MARKET}</summary>
    <source><title>Market Weekly</title></source>
  </entry>
</feed>
"""


def split(items):
    items = list(items)
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, IngestError)],
    )


def test_rss_entries_become_articles(tmp_path: Path):
    path = tmp_path / "courier.rss"
    path.write_text(RSS, encoding="utf-8")
    articles, errors = split(read_inputs([path]))
    harbour, market = articles
    assert harbour.title == "Channel to be dredged"
    assert harbour.url == "https://courier.example/harbour"
    assert harbour.outlet == "Coast Courier"
    assert harbour.language == "en-gb"
    assert harbour.published == datetime(2024, 4, 2, 8, 15, tzinfo=timezone(timedelta(hours=1)))
    # The full content wins over the teaser, and scripts are gone.
    assert HARBOUR in harbour.text and "More to follow." in harbour.text
    assert "teaser" not in harbour.text and "track" not in harbour.text
    assert harbour.path == f"{path}#1"
    assert market.text == MARKET
    assert market.outlet == "Wire Service"
    assert market.published == datetime(2024, 4, 3, 17, 0, tzinfo=UTC)
    assert [str(e) for e in errors] == [
        f"{path}#3: the entry has no text, only a link to https://courier.example/school; "
        "corrobora downloads only when asked to (--fetch)",
        f"{path}#4: the entry has neither text nor a link",
    ]


def test_atom_entries_become_articles(tmp_path: Path):
    path = tmp_path / "herald.atom"
    path.write_text(ATOM, encoding="utf-8")
    articles, errors = split(read_inputs([path]))
    assert errors == []
    school, market = articles
    assert (school.title, school.url, school.outlet) == (
        "School opens its doors",
        "https://herald.example/school",
        "Hill Herald",
    )
    assert school.text == SCHOOL
    assert school.language == "en"
    assert school.published == datetime(2024, 4, 4, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    # Without <published>, the entry's <updated> date is used.
    assert market.published == datetime(2024, 4, 5, 10, 0, tzinfo=UTC)
    assert market.outlet == "Market Weekly"
    assert market.text == MARKET


def test_an_xml_file_is_a_feed_when_named_but_skipped_in_a_folder(tmp_path: Path):
    (tmp_path / "feed.xml").write_text(ATOM, encoding="utf-8")
    (tmp_path / "note.txt").write_text(SCHOOL, encoding="utf-8")
    assert len(read_file(tmp_path / "feed.xml")) == 2
    articles, errors = split(read_inputs([tmp_path]))
    assert errors == []
    assert [a.path for a in articles] == [str(tmp_path / "note.txt")]


def test_a_latin1_feed_is_decoded_by_its_declaration():
    feed = (
        '<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel>'
        "<title>Caf\xe9 News</title><item><title>Caf\xe9</title>"
        "<description>Le caf\xe9 du port a rouvert ses portes apr\xe8s les travaux.</description>"
        "</item></channel></rss>"
    ).encode("latin-1")
    (article,) = parse_document(feed, "cafe.rss")
    assert isinstance(article, Article)
    assert article.text == "Le café du port a rouvert ses portes après les travaux."
    assert article.outlet == "Café News"


def laughs(levels: int = 10) -> str:
    lines = ['<!ENTITY lol0 "lol">']
    lines += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n'
        + "\n".join(lines)
        + f'\n]>\n<rss version="2.0"><channel><title>&lol{levels - 1};</title>'
        "<item><title>x</title><description>Some words.</description></item></channel></rss>"
    )


@pytest.mark.parametrize(
    "content",
    [
        laughs().encode("utf-8"),
        laughs().encode("utf-16"),
        # Quadratic blow-up: one large entity repeated many times.
        (
            '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "' + "A" * 50_000 + '">]>'
            '<rss version="2.0"><channel><title>t</title><item><description>'
            + "&a;" * 50_000
            + "</description></item></channel></rss>"
        ).encode(),
        # An external entity that would read a local file.
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<rss version="2.0"><channel><title>&x;</title><item><description>words</description>'
        b"</item></channel></rss>",
        # Not well-formed, so the lenient parser would take it.
        laughs().replace("<channel>", "<channel><<").encode(),
    ],
    ids=["billion-laughs", "billion-laughs-utf16", "quadratic", "external", "malformed"],
)
def test_entity_declarations_are_refused_quickly(tmp_path: Path, content: bytes):
    path = tmp_path / "bomb.rss"
    path.write_bytes(content)
    start = time.perf_counter()
    articles, errors = split(read_inputs([path]))
    assert time.perf_counter() - start < 1.0
    assert articles == []
    assert [str(e) for e in errors] == [f"{path}: {ENTITIES}"]


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        (b"<html><body><p>Just a page.</p></body></html>", ""),
        (b"This is plain text in a file named like a feed.\n", ""),
        (b'{"title": "json"}', ""),
        (b'<?xml version="1.0"?>\n<catalog><book id="1">A</book></catalog>', ""),
        (
            b"<?xml version='1.0'?>\n<catalog><book>",
            " (XML error at line 2, column 15: no element found)",
        ),
    ],
    ids=["html", "text", "json", "other-xml", "broken-xml"],
)
def test_a_file_that_is_no_feed_is_one_error(tmp_path: Path, content: bytes, detail: str):
    path = tmp_path / "news.rss"
    path.write_bytes(content)
    articles, errors = split(read_inputs([path]))
    assert articles == []
    assert len(errors) == 1
    assert str(errors[0]).startswith(f"{path}: not an RSS or Atom feed{detail}")


def test_a_cut_feed_keeps_its_complete_entries(tmp_path: Path):
    cut = RSS[: RSS.index("<item>", RSS.index("courier.example/market"))]
    path = tmp_path / "cut.rss"
    path.write_text(cut, encoding="utf-8")
    articles, errors = split(read_inputs([path]))
    assert [a.url for a in articles] == [
        "https://courier.example/harbour",
        "https://courier.example/market",
    ]
    assert errors == []


def test_an_rss_091_doctype_without_entities_is_read(tmp_path: Path):
    path = tmp_path / "old.rss"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
        ' "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel>'
        f"<title>Old Gazette</title><item><title>Market</title><description>{MARKET}</description>"
        "</item></channel></rss>",
        encoding="utf-8",
    )
    (article,) = read_inputs([path])
    assert isinstance(article, Article)
    assert (article.text, article.outlet) == (MARKET, "Old Gazette")


def test_a_feed_without_entries_reads_nothing(tmp_path: Path):
    path = tmp_path / "quiet.rss"
    path.write_text('<rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    assert list(read_inputs([path])) == []


@pytest.mark.parametrize(
    ("codec", "label"),
    [
        ("cp037", "cp037"),
        ("cp500", "cp500"),
        ("utf-32", "utf-32"),
        ("utf-32-be", "utf-32"),
        ("utf-32-le", "utf-32"),
    ],
)
def test_entity_declarations_are_refused_in_any_encoding(tmp_path: Path, codec: str, label: str):
    declared = laughs().replace(
        '<?xml version="1.0"?>', f'<?xml version="1.0" encoding="{label}"?>'
    )
    path = tmp_path / "bomb.rss"
    path.write_bytes(declared.encode(codec))
    articles, errors = split(read_inputs([path]))
    assert articles == []
    assert [str(e) for e in errors] == [f"{path}: {ENTITIES}"]


def test_an_ebcdic_feed_without_entities_is_still_read(tmp_path: Path):
    feed = (
        '<?xml version="1.0" encoding="cp500"?>\n<rss version="2.0"><channel>'
        f"<title>Mainframe Gazette</title><item><title>Market</title><description>{MARKET}"
        "</description></item></channel></rss>"
    )
    path = tmp_path / "ebcdic.rss"
    path.write_bytes(feed.encode("cp500"))
    (article,) = read_inputs([path])
    assert isinstance(article, Article)
    assert (article.text, article.outlet) == (MARKET, "Mainframe Gazette")


def test_an_entry_cut_short_names_the_xml_problem(tmp_path: Path):
    cut = RSS[: RSS.index("</title>", RSS.index("<title>School")) + len("</title>") - 3]
    path = tmp_path / "cut.rss"
    path.write_text(cut, encoding="utf-8")
    articles, errors = split(read_inputs([path]))
    assert len(articles) == 2
    [error] = errors
    assert error.path == f"{path}#3"
    assert error.cause.startswith(
        "the entry has neither text nor a link; the feed is not well-formed and may be cut "
        "short here (XML error at line"
    )


def test_an_entry_without_text_or_link_in_a_sound_feed_says_only_that(tmp_path: Path):
    path = tmp_path / "sound.rss"
    path.write_text(RSS, encoding="utf-8")
    errors = [e for e in read_inputs([path]) if isinstance(e, IngestError)]
    assert [e.cause for e in errors if e.path == f"{path}#4"] == [
        "the entry has neither text nor a link"
    ]


@pytest.mark.parametrize("year", ["0001", "0099"])
def test_a_year_before_100_is_dropped_not_moved_to_this_century(tmp_path: Path, year: str):
    feed = RSS.replace("Tue, 02 Apr 2024 08:15:00 +0100", f"Mon, 01 Jan {year} 00:00:00 GMT")
    path = tmp_path / "ancient.rss"
    path.write_text(feed, encoding="utf-8")
    articles, _ = split(read_inputs([path]))
    assert articles[0].url == "https://courier.example/harbour"
    assert articles[0].published is None
    assert articles[1].published == datetime(2024, 4, 3, 17, tzinfo=UTC)


def test_an_atom_entry_with_an_ancient_published_date_falls_back_to_updated(tmp_path: Path):
    feed = (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Hill Herald</title><entry><title>School</title>"
        "<published>Mon, 01 Jan 0001 00:00:00 GMT</published>"
        "<updated>2024-04-05T10:00:00Z</updated>"
        f'<content type="text">{SCHOOL}</content></entry></feed>'
    )
    path = tmp_path / "hill.atom"
    path.write_text(feed, encoding="utf-8")
    (article,) = read_inputs([path])
    assert isinstance(article, Article)
    assert article.published == datetime(2024, 4, 5, 10, tzinfo=UTC)


def hill_rss(second_title: str, *, declaration: str = '<?xml version="1.0" encoding="utf-8"?>'):
    return f"""{declaration}
<rss version="2.0"><channel><title>Hill Gazette</title>
<item><title>Market reopens</title><link>https://hill.example/a</link>
<description>The town market reopened after repairs to the roof.</description></item>
<item><title>{second_title}</title><link>https://hill.example/b</link>
<description>The ferry resumed its schedule after the storm passed.</description></item>
<item><title>Library opens</title><link>https://hill.example/c</link>
<description>A new library opened in the old mill building.</description></item>
</channel></rss>
"""


@pytest.mark.parametrize(
    "reference", ["&#xD800;", "&#xdfff;", "&#55296;", "&#x110000;", "&#99999999999999999999;"]
)
def test_a_reference_to_no_character_costs_only_that_character(tmp_path: Path, reference: str):
    path = tmp_path / "hill.rss"
    path.write_text(hill_rss(f"Bad {reference} item"), encoding="utf-8")
    good = tmp_path / "good.jsonl"
    good.write_text('{"text": "The village approved a new bridge."}\n', encoding="utf-8")
    articles, errors = split(read_inputs([path, good]))
    assert errors == []
    assert [a.path for a in articles] == [f"{path}#1", f"{path}#2", f"{path}#3", f"{good}:1"]
    assert articles[1].title == "Bad \ufffd item"
    assert articles[1].text == "The ferry resumed its schedule after the storm passed."


def test_valid_references_are_left_alone():
    data = hill_rss("Caf&#xE9; &#233; &#x1F600; &#x0000041;").encode()
    titles = [a.title for a in parse_document(data, "hill.rss") if isinstance(a, Article)]
    assert titles[1] == "Café é 😀 A"


def test_a_bad_reference_in_utf16_is_one_clear_error_not_a_crash():
    data = hill_rss("Bad &#xD800; item", declaration='<?xml version="1.0" encoding="utf-16"?>')
    [error] = parse_document(data.encode("utf-16"), "hill.rss")
    assert isinstance(error, IngestError)
    assert error.path == "hill.rss"
    assert error.cause.startswith("cannot read the feed (")
    assert "surrogates not allowed" in error.cause


@pytest.mark.parametrize("label", ["undefined", "base64", "rot13", "unicode_escape"])
def test_a_declared_encoding_that_is_no_charset_is_one_error(tmp_path: Path, label: str):
    path = tmp_path / "hill.rss"
    path.write_text(
        hill_rss("Fine", declaration=f'<?xml version="1.0" encoding="{label}"?>'),
        encoding="utf-8",
    )
    good = tmp_path / "good.jsonl"
    good.write_text('{"text": "The village approved a new bridge."}\n', encoding="utf-8")
    articles, errors = split(read_inputs([path, good]))
    assert [a.path for a in articles] == [f"{good}:1"]
    assert [str(e) for e in errors] == [
        f"{path}: the XML declaration names the encoding {label!r}, which is no text charset"
    ]


def test_an_unknown_declared_encoding_is_still_left_to_feedparser():
    data = hill_rss("Fine", declaration='<?xml version="1.0" encoding="no-such-charset"?>')
    items = list(parse_document(data.encode(), "hill.rss"))
    assert [a.title for a in items if isinstance(a, Article)] == [
        "Market reopens",
        "Fine",
        "Library opens",
    ]


@pytest.mark.parametrize("charset", ["undefined", "base64"])
def test_a_content_type_charset_that_is_no_charset_is_ignored(charset: str):
    data = hill_rss("Café", declaration='<?xml version="1.0" encoding="iso-8859-1"?>')
    items = list(
        parse_feed(
            data.encode("latin-1"),
            name="https://hill.example/rss",
            content_type=f"application/rss+xml; charset={charset}",
        )
    )
    assert [a.title for a in items if isinstance(a, Article)] == [
        "Market reopens",
        "Café",
        "Library opens",
    ]


@pytest.mark.parametrize("offset", ["+99:00", "-2400", "+30:15"])
def test_a_date_with_an_impossible_offset_is_dropped_not_shifted(tmp_path: Path, offset: str):
    feed = (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Hill Herald</title><entry><title>School</title>"
        f"<published>2024-04-05T10:00:00{offset}</published>"
        f'<content type="text">{SCHOOL}</content></entry></feed>'
    )
    path = tmp_path / "hill.atom"
    path.write_text(feed, encoding="utf-8")
    (article,) = read_inputs([path])
    assert isinstance(article, Article)
    assert article.published is None
    sound = path.read_text().replace(offset, "+02:00")
    path.write_text(sound)
    (article,) = read_inputs([path])
    assert article.published == datetime(2024, 4, 5, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    "raw", ["2024-02-30", "2024-02-30T01:00:00Z", "2024-13-45", "2024/99/99", "not a date"]
)
def test_a_date_that_does_not_exist_is_left_out_with_a_warning(
    tmp_path: Path, raw: str, caplog: pytest.LogCaptureFixture
):
    feed = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        "<title>Hill Herald</title><item><title>School</title>"
        f"<pubDate>{raw}</pubDate><description>{SCHOOL}</description></item></channel></rss>"
    )
    path = tmp_path / "hill.rss"
    path.write_text(feed, encoding="utf-8")
    with caplog.at_level("WARNING"):
        (article,) = read_inputs([path])
    assert isinstance(article, Article)
    assert article.published is None
    assert f"hill.rss#1: kept undated: its date {raw!r}" in caplog.text
