"""HTML pages: main text, metadata, fallbacks, malformed and hostile markup."""

from datetime import UTC, datetime, timedelta

import lxml.html
import pytest

from corrobora.errors import IngestError
from corrobora.ingest import html
from corrobora.ingest.html import extract_html, parse_html
from corrobora.text import article_id

PARAGRAPHS = (
    "<p>The regional council voted nine to two on Tuesday to build a footbridge over "
    "the canal, a spokeswoman for the council said after the meeting.</p>"
    "<p>Work is due to start in the spring and should cost about four million euros, "
    "according to the planning office, which expects the bridge to open a year later.</p>"
    "<p>Residents of the east bank have asked for a crossing for more than a decade.</p>"
)

PAGE = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Council backs canal footbridge | Valley Ledger</title>
<meta property="og:title" content="Council backs canal footbridge">
<meta property="og:site_name" content="Valley Ledger">
<meta property="og:url" content="https://www.valley-ledger.example/news/footbridge">
<meta property="article:published_time" content="2025-11-25T09:30:00+01:00">
</head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Council backs canal footbridge</h1>{PARAGRAPHS}</article>
<footer>Contact us. Privacy policy. Terms of use.</footer>
</body></html>"""


def test_page_text_and_metadata():
    article = parse_html(PAGE, name="pages/footbridge.html")
    assert "nine to two on Tuesday" in article.text
    assert "Residents of the east bank" in article.text
    assert "Privacy policy" not in article.text
    assert "Sport" not in article.text
    assert "<p>" not in article.text
    assert article.title == "Council backs canal footbridge"
    assert article.outlet == "Valley Ledger"
    assert article.url == "https://www.valley-ledger.example/news/footbridge"
    assert article.language == "en-GB"
    assert article.published == datetime(2025, 11, 25, 8, 30, tzinfo=UTC)
    assert article.published.utcoffset() == timedelta(hours=1)
    assert article.path == "pages/footbridge.html"
    assert article.id == article_id(article.text)


def test_outlet_falls_back_to_url_host_then_stem():
    bare = f"<html><body><article>{PARAGRAPHS}</article></body></html>"
    article = parse_html(bare, name="dir/042_ledger.html")
    assert article.outlet == "042_ledger"
    assert article.title.startswith("The regional council voted")
    article = parse_html(bare, name="x.html", url="https://www.ledger.example/a")
    assert article.outlet == "ledger.example"
    assert article.url == "https://www.ledger.example/a"


def test_fragment_without_document_still_gives_text():
    article = parse_html("<p>Short fragment about the canal bridge vote.</p>", name="f.html")
    assert article.text == "Short fragment about the canal bridge vote."


def test_malformed_html_with_text():
    broken = (
        "<html><head><title>Broken page</title><body><div><p>Unclosed paragraph about "
        "the canal footbridge vote and what it will cost <b>bold <i>and italic</p></div>"
        "</span></table><td>A stray cell mentions the mayor</td>"
    )
    article = parse_html(broken, name="broken.html")
    assert "Unclosed paragraph about the canal footbridge vote" in article.text
    assert "<" not in article.text


@pytest.mark.parametrize(
    "markup",
    [
        "<html><head><title>Only a title</title></head><body></body></html>",
        "<html><body><script>var x = 1;</script><style>p {}</style></body></html>",
        "<!-- just a comment -->",
        "<html><body>   </body></html>",
    ],
    ids=["title-only", "scripts-only", "comment", "blank-body"],
)
def test_no_text_is_an_error(markup):
    with pytest.raises(IngestError) as caught:
        parse_html(markup, name="empty.html")
    assert str(caught.value) == "empty.html: no article text found in HTML"


HOSTILE = f"""<html><head><title>Storm closes harbour</title>
<script>alert(1)</script><style>body {{ background: url(javascript:alert(2)) }}</style>
</head><body onload="alert(3)">
<noscript>Please enable scripts alert(4)</noscript>
<article><h1>Storm closes harbour</h1>
<p>Strong winds closed the harbour on Friday morning, the port authority said in a
statement issued at dawn, and ferries will not sail before Monday.</p>
<img src="missing.png" onerror="alert(5)">
<script>document.write('<p>injected alert(6)</p>')</script>
<p onclick="alert(7)">A spokeswoman said no injuries had been reported so far.</p>
<iframe src="javascript:alert(8)">frame alert(9)</iframe>
<svg onload="alert(10)"><script>alert(11)</script></svg>
{PARAGRAPHS}</article></body></html>"""


def test_hostile_markup_never_reaches_the_text():
    article = parse_html(HOSTILE, name="hostile.html")
    assert "Strong winds closed the harbour" in article.text
    assert "no injuries had been reported" in article.text
    for leak in ("alert", "<script", "script>", "onerror", "onclick", "javascript:", "<"):
        assert leak not in article.text
    assert "alert" not in article.title


def test_hostile_fragment_fallback_strips_scripts():
    markup = "<div><script>alert(1)</script><p>Plain words of the fragment.</p></div>"
    content = extract_html(markup, name="frag.html")
    assert "alert" not in content.text
    assert "Plain words of the fragment." in content.text


def test_no_date_is_guessed_from_copyright_line():
    page = f"<html><body><article>{PARAGRAPHS}</article><footer>© 2024</footer></body></html>"
    assert parse_html(page, name="x.html").published is None


def test_text_has_unix_newlines():
    page = PAGE.replace("\n", "\r\n")
    article = parse_html(page, name="x.html")
    assert "\r" not in article.text


def test_extractor_failure_becomes_ingest_error(monkeypatch):
    import corrobora.ingest.html as html_module

    def explode(*args, **kwargs):
        raise RuntimeError("internal parser failure")

    monkeypatch.setattr(html_module.trafilatura, "bare_extraction", explode)
    with pytest.raises(IngestError) as caught:
        parse_html(PAGE, name="x.html")
    assert str(caught.value) == "x.html: the HTML could not be parsed"


def nested_page(depth: int, *, close: bool = True) -> str:
    head = "<html><head><title>Canal footbridge</title></head><body><article>"
    tail = "</div>" * depth + "</article></body></html>" if close else ""
    return head + "<div>" * depth + PARAGRAPHS + tail


@pytest.mark.parametrize(
    ("depth", "close"), [(300, True), (20_000, True), (20_000, False)], ids=str
)
def test_a_page_nested_too_deeply_for_lxml_keeps_its_text(depth: int, close: bool):
    article = parse_html(nested_page(depth, close=close), name="deep.html")
    assert "nine to two on Tuesday" in article.text
    assert "Residents of the east bank" in article.text
    assert "<" not in article.text
    assert article.title == "Canal footbridge"


def test_text_after_a_deeply_nested_block_is_kept():
    markup = (
        "<html><body><nav><a href='/'>Home</a></nav>"
        + "<div>" * 1_000
        + "<span>deep</span>"
        + "</div>" * 1_000
        + f"<article>{PARAGRAPHS}</article></body></html>"
    )
    article = parse_html(markup, name="deep.html")
    assert "Residents of the east bank" in article.text


@pytest.mark.parametrize("value", ["x", '"a > b"', "'quoted'", ""], ids=repr)
def test_an_element_with_a_hostile_number_of_attributes_keeps_its_first_ones(value: str):
    attributes = " ".join(f"data-a{i}={value}" if value else f"a{i}" for i in range(300_000))
    markup = f"<html><body><article {attributes}>{PARAGRAPHS}</article></body></html>"
    article = parse_html(markup, name="attributes.html")
    assert "Residents of the east bank" in article.text
    trimmed = lxml.html.fromstring(html._trim_attributes(markup)).find(".//article")
    assert trimmed is not None
    names = list(trimmed.attrib)
    assert len(names) == html._MAX_ATTRIBUTES
    assert names[0] in ("data-a0", "a0")
    assert names[-1].endswith(f"a{html._MAX_ATTRIBUTES - 1}")


def test_a_page_whose_tags_are_under_the_attribute_limit_is_untouched():
    long_value = "data:image/png;base64," + "QUJD" * 50_000
    ordinary = " ".join(f'data-k{i}="{i}"' for i in range(html._MAX_ATTRIBUTES))
    markup = (
        f"<html><body><img src='{long_value}' alt='logo'><div {ordinary}>"
        f"<article>{PARAGRAPHS}</article></div></body></html>"
    )
    assert html._trim_attributes(markup) is markup
    assert "Residents of the east bank" in parse_html(markup, name="page.html").text


def test_a_page_of_more_tags_than_any_article_page_is_refused_with_the_count():
    spans = "<span>a</span>" * (html.MAX_TAGS // 2 + 1)
    markup = f"<html><body><article>{PARAGRAPHS}</article>{spans}</body></html>"
    with pytest.raises(IngestError) as caught:
        parse_html(markup, name="spans.html")
    tags = markup.count("<")
    assert caught.value.path == "spans.html"
    assert caught.value.cause == (
        f"too many tags for an article page: {tags:,} '<' characters, the limit is 500,000"
    )


@pytest.mark.parametrize("opened", [1, 50_000])
def test_a_page_ending_inside_a_comment_says_so(opened: int):
    markup = "<html><body>" + "<!--" * opened + PARAGRAPHS + "</body></html>"
    with pytest.raises(IngestError) as caught:
        parse_html(markup, name="comment.html")
    assert caught.value.cause == (
        "no article text found in HTML: the page ends inside a comment that is never "
        "closed (<!-- without -->)"
    )


def test_closed_comments_do_not_change_the_no_text_error():
    with pytest.raises(IngestError) as caught:
        parse_html("<html><body><!-- a --><!-- b --></body></html>", name="c.html")
    assert caught.value.cause == "no article text found in HTML"
