"""Property tests: spans are marked exactly, and no article text can add markup to a page."""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from corrobora.model import Span
from corrobora.report import StoryReport, render_html
from corrobora.report.evidence import excerpt

from .sample import ARTICLES, COPY, GAZETTE, report
from .test_report_html import parsed

PAGE_TAGS = set(t for t, _ in parsed(render_html([report()])).tags)


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=300), data=st.data())
def test_excerpt_marks_exactly_the_span(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    part = excerpt(text, Span(start, end), "fallback")
    assert part.marked == re.sub(r"\s+", " ", text[start:end])


@settings(max_examples=40, deadline=None)
@given(
    title=st.text(max_size=60), outlet=st.text(min_size=1, max_size=40), url=st.text(max_size=40)
)
def test_article_fields_never_become_markup(title: str, outlet: str, url: str) -> None:
    base = report()
    articles = dict(ARTICLES)
    articles[GAZETTE.id] = replace(GAZETTE, title=title, url=url)
    articles[COPY.id] = replace(COPY, outlet=outlet)
    page = render_html([StoryReport(base.reconciliation, articles)])
    tags = parsed(page).tags
    assert {t for t, _ in tags} <= PAGE_TAGS
    for _, attrs in tags:
        assert not any(name.startswith("on") for name in attrs)
        href = attrs.get("href")
        assert href is None or href.startswith(("http://", "https://", "#"))
