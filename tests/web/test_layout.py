"""The pure parts of the pages: text runs, the provenance graph, the timeline, the listing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from corrobora.model import Span
from corrobora.report.common import StoryView
from corrobora.web.articlepage import FactLink, cut_runs
from corrobora.web.listing import SortOrder, parse_listing
from corrobora.web.problems import Problem
from corrobora.web.provenance import provenance_graph
from corrobora.web.storypage import story_page
from corrobora.web.timeline import timeline_chart

from ..report import sample

HOSTILE = 'A <b>bold</b> "quote" \x07 & more <script>x</script> end.'


def test_runs_give_back_the_text_and_mark_the_target_once() -> None:
    from corrobora.report.analysis_html import Mark

    marks = [Mark(2, 13, "en", "entity"), Mark(0, 20, "cl", "claim"), Mark(40, 999, "q", "q")]
    links = [FactLink(14, 21, "F2", "/stories/s#F2")]
    runs = cut_runs(HOSTILE, marks, links, Span(5, 30))
    assert "".join(r.text for r in runs) == HOSTILE.replace("\x07", "\ufffd")
    assert [r.anchor for r in runs].count("hl") == 1
    target = "".join(r.text for r in runs if r.target)
    assert target == HOSTILE[5:30].replace("\x07", "\ufffd")
    linked = [r for r in runs if r.href]
    assert "".join(r.text for r in linked) == HOSTILE[14:21]
    assert all(r.facts == ("F2",) and "sf" in r.classes.split() for r in linked)
    both = next(r for r in runs if r.text == HOSTILE[5:13])
    assert both.classes == "cl en"
    assert cut_runs("", marks, links, None) == ()


def test_graph_folds_copies_into_their_original() -> None:
    view = StoryView(sample.report())
    graph = provenance_graph(view, view.story.id)
    labels = [node.label for node in graph.nodes]
    assert view.label(sample.COPY.id) not in " ".join(labels)
    times = next(n for n in graph.nodes if n.label.startswith(view.label(sample.TIMES.id)[:10]))
    assert "+1" in times.label and view.label(sample.COPY.id) in times.title
    assert times.href is not None and sample.TIMES.id in times.href
    ledger = next(n for n in graph.nodes if n.kind == "outlet")
    assert ledger.href is None
    assert len(graph.edges) == 2
    assert all(node.x < ledger.x for node in graph.nodes if node.kind == "article")
    assert graph.width > ledger.x and graph.height > max(n.y for n in graph.nodes)


def test_graph_is_empty_without_credits_or_copies() -> None:
    rec = replace(sample.reconciliation(), provenance=(), copies=())
    view = StoryView(replace(sample.report(), reconciliation=rec))
    assert provenance_graph(view, view.story.id).nodes == ()


def test_timeline_rows_and_undated_column() -> None:
    view = StoryView(sample.report())
    chart = timeline_chart(view, view.story.id)
    multi = [f for f in view.facts if len(f.timeline) > 1]
    assert len(chart.rows) == len(view.rec.timeline) + len(multi)
    assert chart.undated_x is None
    xs = [d.x for d in chart.dots[: len(view.rec.timeline)]]
    assert xs == sorted(xs) and xs[0] < xs[-1]
    undated = replace(sample.COPY, published=None)
    articles = {**sample.report().articles, sample.COPY.id: undated}
    entries = tuple(
        replace(e, published=None) if e.article_id == sample.COPY.id else e
        for e in sample.reconciliation().timeline
    )
    rec = replace(sample.reconciliation(), timeline=entries)
    view = StoryView(replace(sample.report(), reconciliation=rec, articles=articles))
    chart = timeline_chart(view, view.story.id)
    assert chart.undated_x is not None
    assert any(d.x == chart.undated_x for d in chart.dots)


def test_story_page_groups_and_links() -> None:
    view = StoryView(sample.report())
    page = story_page(view)
    assert [s.status for s in page.sections] == ["corroborated", "conflicting", "single_source"]
    assert sum(s.count for s in page.sections) == len(view.facts)
    conflict = next(f for s in page.sections for g in s.groups for f in g.facts if f.conflicts)
    values = conflict.conflicts[0].values
    assert [v.marked for v in values] == ["12", "15"]
    assert all("#hl" in v.href and "start=" in v.href for v in values)
    assert len(page.matrix) == len(view.facts)
    assert all(len(row.cells) == len(view.article_ids) for row in page.matrix)
    hostile = next(a for a in page.articles if a.unsafe_url)
    assert hostile.url is None and hostile.unsafe_url == sample.HOSTILE_URL


def test_listing_parameters() -> None:
    listing = parse_listing(
        query="  Flood   relief ",
        since="2026-03-01",
        until="2026-03-02",
        outlets=["Gazette, Times", " gazette ", ""],
        min_outlets=2,
        sort=SortOrder.SIZE,
        page=1,
        per_page=10,
    )
    assert listing.query == "flood relief"
    assert listing.outlets == ("Gazette", "Times", "gazette")
    assert listing.until is not None and listing.until.hour == 23
    assert listing.selective
    with pytest.raises(Problem, match=r"^until: cannot read 'soon' as a date"):
        parse_listing(
            query=None,
            since=None,
            until="soon",
            outlets=[],
            min_outlets=1,
            sort=SortOrder.RECENT,
            page=1,
            per_page=10,
        )
