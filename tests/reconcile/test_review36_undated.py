"""Undated reports have no known order: no report is first, and a story is titled by content.

An article read from a plain text file often has no date. Its id says nothing of when it
was written, so a fact it states has no first report, the timelines say the order is
unknown, and an undated story takes the title of its most central report.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from corrobora import api
from corrobora.cluster.stories import make_story
from corrobora.model import (
    Article,
    Conflict,
    ConflictKind,
    Evidence,
    Fact,
    FactEvent,
    FactEventKind,
    FactStatus,
    Reconciliation,
    Span,
    Story,
    Support,
    TimelineEntry,
)
from corrobora.report import StoryReport, render_json, render_markdown
from corrobora.report.common import StoryView
from corrobora.settings import ReconcileParams, Settings

_TRIAL = (
    "The arson trial of Corin Matlow, who is accused of setting fire to the Pellam grain "
    "store in Oskby three years ago, opens Tuesday."
)
_EVENT = (
    "Corin Matlow set fire to the Pellam grain store in Oskby on Friday night, firefighters said."
)


def _article(article_id: str, text: str, published: datetime | None = None) -> Article:
    return Article(id=article_id, text=text, title=text, outlet="", published=published)


def test_an_undated_story_is_titled_after_its_most_central_report() -> None:
    # the follow-up has the lower id: an id says nothing of which came first
    trial, event = _article("a-trial", _TRIAL), _article("b-event", _EVENT)
    assert make_story("s", [trial, event], {}).title == _EVENT


def test_a_dated_story_is_still_titled_after_its_earliest_report() -> None:
    trial = _article("a-trial", _TRIAL, datetime(2026, 3, 2, tzinfo=UTC))
    event = _article("b-event", _EVENT, datetime(2026, 3, 9, tzinfo=UTC))
    assert make_story("s", [trial, event], {}).title == _TRIAL


def _compare(folder: Path, dates: tuple[str, str] | None) -> StoryReport:
    for number, (name, outlet, body) in enumerate(
        (("trial.txt", "Oskby Herald", _TRIAL), ("event.txt", "Valley Wire", _EVENT))
    ):
        header = f"Outlet: {outlet}\n" + (f"Date: {dates[number]}\n" if dates else "")
        (folder / name).write_text(f"{header}\n{body}\n", encoding="utf-8")
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([folder], settings).reports
    return report


def test_no_report_of_an_undated_fact_is_first(tmp_path: Path) -> None:
    report = _compare(tmp_path, None)
    facts = report.reconciliation.facts
    assert all(
        f.first_reported is None for f in facts if len({s.article_id for s in f.support}) > 1
    )
    (story,) = json.loads(render_json([report]))["stories"]
    shared = [f for f in story["facts"] if len({s["article"] for s in f["support"]}) > 1]
    assert shared
    for fact in shared:
        assert fact["first_reported"] is None
        assert "first" not in {event["event"] for event in fact["timeline"]}
    assert all(not entry["first_reports"] for entry in story["timeline"])
    text = render_markdown([report])
    assert "first report" not in text and "first to report" not in text
    assert "order of reports unknown (undated articles)" in text
    assert "Undated, order unknown:" in text


def test_the_first_of_dated_reports_is_still_named(tmp_path: Path) -> None:
    report = _compare(tmp_path, ("2026-03-02", "2026-03-09"))
    (story,) = json.loads(render_json([report]))["stories"]
    trial = next(a["id"] for a in story["articles"] if a["outlet"] == "Oskby Herald")
    shared = [f for f in story["facts"] if len({s["article"] for s in f["support"]}) > 1]
    assert shared and all(fact["first_reported"] == trial for fact in shared)
    assert "first reported by Oskby Herald" in render_markdown([report])


def _disputed(dates: tuple[datetime | None, datetime | None]) -> StoryView:
    """Two reports of one figure, 40 and 45 boats, published at ``dates``."""
    first = Article("a-one", "About 40 boats were lost.", "Boats lost", "Kelm Post", None, dates[0])
    second = Article(
        "b-two", "About 45 boats were lost.", "Boats lost", "Ardo Daily", None, dates[1]
    )
    span = Span(0, len(first.text))
    fact = Fact(
        id="f-boats",
        text=first.text,
        status=FactStatus.CONFLICTING,
        support=tuple(
            Support(a.id, f"c-{a.id}", span, a.text, a.outlet.lower()) for a in (first, second)
        ),
        origins=("ardo daily", "kelm post"),
        independent_support=2,
        conflicts=(
            Conflict(
                ConflictKind.NUMBER,
                "40 vs 45",
                tuple(Evidence(a.id, Span(6, 8), a.text[6:8]) for a in (first, second)),
            ),
        ),
        first_reported=first.id,
        timeline=(
            FactEvent(first.id, FactEventKind.FIRST),
            FactEvent(second.id, FactEventKind.CONTRADICTS),
        ),
    )
    record = Reconciliation(
        story=Story("s-boats", "Boats lost", (first.id, second.id)),
        facts=(fact,),
        quotes=(),
        attributions=(),
        coverage=(),
        timeline=(
            TimelineEntry(first.id, first.published, first.outlet, (fact.id,)),
            TimelineEntry(second.id, second.published, second.outlet),
        ),
    )
    return StoryView(StoryReport(record, {a.id: a for a in (first, second)}))


def test_a_disputed_fact_with_an_undated_report_has_a_timeline_of_unknown_order() -> None:
    view = _disputed((None, datetime(2026, 3, 9, tzinfo=UTC)))
    (fact,) = view.facts
    assert fact.first_reported is None
    assert view.timeline_line(fact) == (
        "timeline (order unknown): Kelm Post · Ardo Daily contradicts"
    )
    assert [view.event_name(fact, e) for e in fact.timeline] == ["reports", "contradicts"]
    assert all(not entry.first_reports for entry in view.timeline())


def test_a_disputed_fact_of_dated_reports_keeps_its_first() -> None:
    view = _disputed((datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 9, tzinfo=UTC)))
    (fact,) = view.facts
    assert fact.first_reported == "a-one"
    assert view.timeline_line(fact) == "timeline: Kelm Post first · Ardo Daily contradicts"
    assert view.timeline()[0].first_reports == ("f-boats",)
