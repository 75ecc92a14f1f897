"""A page's declared publication time wins over a day read from its URL or a bare day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from corrobora.ingest.html import parse_html

BODY = (
    "<article><h1>Harbour crane toppled in Velmont gale</h1>"
    "<p>A container crane toppled at the Velmont harbour on Wednesday morning after gusts "
    "of more than 120 kilometres an hour swept the coast, the port authority said.</p>"
    "<p>Nobody was hurt, and the quay will stay closed until engineers have inspected the "
    "remaining cranes, a spokeswoman for the authority, Irena Solvik, told reporters.</p>"
    "</article>"
)
URL = "https://velmont-courier.example/2026/05/13/crane-toppled"


def _page(head: str, body: str = BODY) -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        "<title>Harbour crane toppled in Velmont gale</title>"
        f'<meta property="og:site_name" content="The Velmont Courier">{head}</head>'
        f"<body>{body}</body></html>"
    )


STAMP = datetime(2026, 5, 13, 6, 5, tzinfo=UTC)


def _check(published: datetime | None) -> None:
    assert published == STAMP
    assert published is not None and published.utcoffset() == timedelta(hours=2)


def test_meta_published_time_wins_over_the_date_in_og_url():
    page = _page(
        f'<meta property="og:url" content="{URL}">'
        '<meta property="article:published_time" content="2026-05-13T08:05:00+02:00">'
    )
    _check(parse_html(page, name="a.html").published)


def test_meta_published_time_wins_over_the_date_in_the_given_url():
    page = _page('<meta property="article:published_time" content="2026-05-13T08:05+02:00">')
    _check(parse_html(page, name="a.html", url=URL).published)


def test_a_bare_day_never_replaces_a_declared_time_of_that_day():
    page = _page(
        '<meta name="date" content="2026-05-13">'
        '<meta property="article:published_time" content="2026-05-13T08:05:00+02:00">'
    )
    _check(parse_html(page, name="a.html").published)


def test_json_ld_date_published_wins_over_the_url_date():
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
        '[{"@type": "NewsArticle", "headline": "Harbour crane toppled", '
        '"datePublished": "2026-05-13T08:05:00+02:00"}]}</script>'
    )
    page = _page(f'<link rel="canonical" href="{URL}">{ld}')
    _check(parse_html(page, name="a.html").published)


def test_time_element_date_published_wins_over_the_url_date():
    body = BODY.replace(
        "<h1>",
        '<time itemprop="datePublished" datetime="2026-05-13T08:05:00+02:00">13 May</time><h1>',
    )
    page = _page(f'<meta property="og:url" content="{URL}">', body)
    _check(parse_html(page, name="a.html").published)


def test_the_url_date_is_still_used_when_the_page_declares_none():
    page = _page(f'<meta property="og:url" content="{URL}">')
    assert parse_html(page, name="a.html").published == datetime(2026, 5, 13, tzinfo=UTC)


def test_a_declared_day_alone_stays_a_day():
    page = _page('<meta name="date" content="2026-05-12">')
    assert parse_html(page, name="a.html").published == datetime(2026, 5, 12, tzinfo=UTC)


def test_hostile_json_ld_is_no_date_and_no_error():
    """JSON-LD nested past Python's recursion limit is read as no date, not a crash."""
    nested = "[" * 100_000 + "]" * 100_000
    page = _page(
        f'<meta property="og:url" content="{URL}">'
        f'<script type="application/ld+json">{nested}</script>'
    )
    content = parse_html(page, name="a.html")
    assert content.published is not None
    assert content.published.date() == STAMP.date()
