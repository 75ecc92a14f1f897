"""HTML: one self-contained page, everything escaped, CSP, evidence marked in context."""

from __future__ import annotations

from html.parser import HTMLParser

from corrobora.report import render_html

from .sample import HOSTILE_OUTLET, HOSTILE_TITLE, report, shuffled_report


class Collector(HTMLParser):
    """Record every start tag with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def page() -> str:
    return render_html([report()])


def parsed(text: str) -> Collector:
    collector = Collector()
    collector.feed(text)
    collector.close()
    return collector


def test_is_a_full_page_with_csp_and_no_external_resources() -> None:
    text = page()
    assert text.startswith("<!doctype html>\n<html")
    assert text.rstrip().endswith("</html>")
    tags = parsed(text).tags
    csp = [a for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert len(csp) == 1
    policy = csp[0]["content"] or ""
    assert "default-src 'none'" in policy
    assert "style-src 'unsafe-inline'" in policy
    names = {t for t, _ in tags}
    assert "style" in names
    assert not names & {"script", "link", "img", "iframe", "object", "embed", "base", "form"}
    assert "@media print" in text


def test_hostile_title_outlet_and_url_are_neutralized() -> None:
    text = page()
    assert "<script" not in text.lower()
    assert "<img" not in text.lower()
    assert 'href="javascript:' not in text.lower()
    for tag, attrs in parsed(text).tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        href = attrs.get("href")
        if href is not None:
            assert href.startswith(("https://", "http://", "#")), href
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Flood call" in text
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in text
    assert HOSTILE_TITLE not in text
    assert HOSTILE_OUTLET not in text


def test_safe_links_are_kept_and_escaped() -> None:
    text = page()
    assert (
        '<a href="https://harbor.example/flood?id=1&amp;x=2" rel="noopener noreferrer nofollow">'
        in text
    )
    assert '<code class="muted">javascript:alert(1)</code>' in text


def test_evidence_sentence_with_marked_span() -> None:
    text = page()
    assert (
        "<blockquote>Mr. Reyes said officials would send "
        '<mark title="characters 165–167 of Harbor Gazette">12</mark>'
        " pumps to the flooded district.</blockquote>"
    ) in text
    assert (
        '<mark title="characters 0–69 of River Times">Port Ellis mayor Dana Reyes and the governor '
        "spoke by phone on Sunday</mark>, the Coastal Ledger reported.</blockquote>"
    ) in text


def test_facts_grouped_and_diff_marked() -> None:
    text = page()
    assert text.index("<h4>Corroborated (1)</h4>") < text.index("<h4>Conflicting (1)</h4>")
    assert text.index("<h4>Conflicting (1)</h4>") < text.index("<h4>Single-source (2)</h4>")
    assert "2 independent origins: Harbor Gazette, Coastal Ledger" in text
    assert '<div class="values">' in text
    assert "every <del>street, and we will do it</del> <ins>road</ins> together," in text


def test_coverage_table() -> None:
    text = page()
    table = text.split('<table class="matrix">')[1].split("</table>")[0]
    rows = table.split("<tr")[2:]
    assert len(rows) == 4
    assert [row.count("●") for row in rows] == [3, 2, 1, 2]
    assert [row.count('title="omitted"') for row in rows] == [0, 1, 2, 1]


def test_deterministic_and_no_timestamp_of_rendering() -> None:
    assert page() == render_html([shuffled_report()])


def test_several_stories_get_a_table_of_contents_and_empty_input_a_page() -> None:
    text = render_html([report(), report()])
    assert "<nav>" in text
    empty = render_html([])
    assert "No stories." in empty and "Content-Security-Policy" in empty
