"""Shared pieces: the format switch, URL guard, evidence excerpts and display names."""

from __future__ import annotations

from dataclasses import replace

import pytest

from corrobora.errors import ConfigError
from corrobora.model import Span
from corrobora.report import FORMATS, render
from corrobora.report.common import StoryView, clean_name, format_time, safe_url
from corrobora.report.evidence import excerpt

from .sample import COPY, GAZETTE, SCHOOLS, SCHOOLS_FACT, report, support


def test_render_dispatches_and_rejects_unknown_formats() -> None:
    assert FORMATS == ("json", "md", "html")
    assert render([report()], "json").startswith("{")
    assert render([report()], "md").startswith("# corrobora report")
    assert render([report()], "html").startswith("<!doctype html>")
    with pytest.raises(ConfigError) as info:
        render([report()], "pdf")
    assert "'pdf'" in str(info.value)
    assert "json, md, html" in str(info.value)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
        ("  http://example.org/  ", "http://example.org/"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        (" javascript:alert(1)", None),
        ("data:text/html,<b>x</b>", None),
        ("https://example.org/a b", None),
        ('https://example.org/"onmouseover=x', None),
        ("//example.org/", None),
        (None, None),
    ],
)
def test_safe_url(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_excerpt_is_the_sentence_around_the_span() -> None:
    text = "First one. Mr. Smith met Dr. Jones in the U.S. on May 5. Then he left."
    start = text.index("Dr. Jones")
    part = excerpt(text, Span(start, start + len("Dr. Jones")), "fallback")
    assert part.before == "Mr. Smith met "
    assert part.marked == "Dr. Jones"
    assert part.after == " in the U.S. on May 5."
    assert part.plain == "Mr. Smith met Dr. Jones in the U.S. on May 5."


def test_a_clock_times_pm_ends_its_sentence_before_a_new_one() -> None:
    text = "Police said 12 were held by 2 p.m. Government spokesman Ola Berg said so."
    start = text.index("Government")
    part = excerpt(text, Span(start, len(text)), "x")
    assert part.plain == "Government spokesman Ola Berg said so."
    start = text.index("12")
    assert excerpt(text, Span(start, start + 2), "x").plain.endswith("by 2 p.m.")
    text = "The march starts at 2 p.m. Saturday in the square."
    start = text.index("march")
    assert excerpt(text, Span(start, start + 5), "x").plain == text


def test_excerpt_stops_at_paragraphs_and_keeps_closing_quotes() -> None:
    text = 'Intro line\n"It works," she said. Next sentence.'
    start = text.index("works")
    part = excerpt(text, Span(start, start + 5), "x")
    assert part.plain == '"It works," she said.'


def test_excerpt_trims_long_context_and_falls_back() -> None:
    text = "word " * 200 + "TARGET" + " word" * 200
    start = text.index("TARGET")
    part = excerpt(text, Span(start, start + 6), "x", context=40)
    assert part.marked == "TARGET"
    assert part.before.startswith("…") and part.after.endswith("…")
    assert len(part.before) <= 41 and len(part.after) <= 41
    missing = excerpt(None, Span(0, 3), "the  evidence\ntext")
    assert (missing.before, missing.marked, missing.after) == ("", "the evidence text", "")
    assert excerpt("short", Span(2, 50), "kept").marked == "kept"


def test_display_names_and_times() -> None:
    view = StoryView(report())
    assert view.origin_name("coastal ledger") == "Coastal Ledger"
    assert view.origin_name("harbor gazette") == "Harbor Gazette"
    assert view.origin_name("nobody known") == "nobody known"
    assert view.label(GAZETTE.id) == "Harbor Gazette"
    assert clean_name("the Miami Herald's") == "Miami Herald"
    assert format_time(None) == "undated"
    assert format_time(GAZETTE.published) == "2025-03-02 10:00 UTC"


def test_repeated_outlets_get_numbered_labels() -> None:
    from dataclasses import replace

    base = report()
    articles = dict(base.articles)
    for article_id, article in articles.items():
        articles[article_id] = replace(article, outlet="Same Outlet")
    view = StoryView(replace(base, articles=articles))
    assert [view.label(a) for a in view.article_ids] == [
        "Same Outlet #1",
        "Same Outlet #2",
        "Same Outlet #3",
    ]
    assert view.outlet_count() == 1


def test_a_fact_stated_only_in_copies_has_no_independent_origin() -> None:
    copied_only = replace(
        SCHOOLS_FACT,
        support=(support(COPY, SCHOOLS, "river times", is_copy=True),),
        origins=(),
        independent_support=0,
    )
    view = StoryView(report((copied_only,)))
    assert view.independence_line(copied_only).startswith(
        "no independent origin (stated only in copies) · 1 article"
    )
    assert view.independence_line(SCHOOLS_FACT).startswith("1 independent origin: ")
