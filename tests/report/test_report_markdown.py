"""Markdown: facts grouped by status, conflicts side by side, diff marks, escaping."""

from __future__ import annotations

import re

from corrobora.report import render_markdown

from .sample import report, shuffled_report


def markdown() -> str:
    return render_markdown([report()])


def test_header_and_summary() -> None:
    text = markdown()
    assert "## Port Ellis flood relief call" in text
    assert "2025-03-02 10:00 UTC – 2025-03-02 13:00 UTC" in text
    assert "3 articles from 3 outlets · 1 copy" in text
    assert "4 facts: 1 corroborated, 1 conflicting, 2 single-source · 1 quote group" in text


def test_facts_in_status_order_with_independent_support() -> None:
    text = markdown()
    corroborated = text.index("#### Corroborated (1)")
    conflicting = text.index("#### Conflicting (1)")
    single = text.index("#### Single-source (2)")
    assert corroborated < conflicting < single
    assert "**F1.** The mayor and the governor spoke by phone on Sunday." in text
    assert (
        "2 independent origins: Harbor Gazette, Coastal Ledger · 3 articles from 3 outlets" in text
    )
    assert "(via Coastal Ledger)" in text
    assert "(copy of River Times, via Coastal Ledger)" in text
    assert text.index("##### Only in Harbor Gazette") < text.index("##### Only in River Times")
    assert "**F4.** Schools in the district will stay closed until Friday." in text


def test_conflict_values_side_by_side_with_marked_spans() -> None:
    text = markdown()
    assert "*Number conflict:* 12 vs 15" in text
    assert "| Harbor Gazette | River Times |" in text
    row = next(line for line in text.splitlines() if "**12**" in line)
    assert row.startswith("| “Mr. Reyes said officials would send **12** pumps")
    assert "“Officials will send **15** pumps to the flooded district, the mayor said.” |" in row


def test_quote_diff_marks() -> None:
    text = markdown()
    assert "**Q1. Dana Reyes** — worded differently in 2 articles" in text
    assert "“We will rebuild every street, and we will do it together,” (reference wording)" in text
    assert "“We will rebuild every ~~street, and we will do it~~ **road** together,”" in text


def test_citations_coverage_timeline() -> None:
    text = markdown()
    assert "- **Harbor Gazette** credits Coastal Ledger (outlet: “according to”)" in text
    assert "copies River Times" in text
    assert "| F2 Officials will send pumps to the flooded district. | ● | ● | · |" in text
    assert "1. 2025-03-02 10:00 UTC — **Harbor Gazette** — first to report F1, F2, F3" in text
    assert "copy of River Times" in text.split("### Timeline")[1]


def test_article_text_is_escaped_and_unsafe_links_are_not_links() -> None:
    text = markdown()
    # every "<" is escaped, except the one opening a safe link destination
    assert re.findall(r"(?<!\\)<(?!https?://)", text) == []
    assert "\\<script\\>alert(1)\\</script\\>" in text
    assert "](<javascript:" not in text
    assert (
        "[Mayor and governor discuss flood relief](<https://harbor.example/flood?id=1&x=2>)" in text
    )


def test_deterministic() -> None:
    assert markdown() == render_markdown([shuffled_report()])


def test_no_stories() -> None:
    assert "No stories." in render_markdown([])
