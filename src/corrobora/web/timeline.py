"""The timeline chart of a story laid out for SVG: the reports, and each fact's life.

One row per article (a dot at its publication time, with how many facts it was first
to report), then one row per fact stated by several articles: a line from its first
report to its last, with a dot per later report coloured by what that report did
(corroborates, repeats, contradicts, updates, corrects). Undated articles sit in a
column of their own at the right. Times are shown in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from ..report.common import StoryView, format_time
from .links import article_url, story_url

LABEL_WIDTH = 190
PLOT_WIDTH = 520
UNDATED_WIDTH = 70
ROW = 22
TOP = 30
TICKS = 5


@dataclass(frozen=True, slots=True)
class Row:
    """A row label, linked to the article or to the fact."""

    y: int
    label: str
    title: str
    href: str
    kind: str


@dataclass(frozen=True, slots=True)
class Dot:
    """One report at one time; ``label`` is a short note drawn beside it."""

    x: int
    y: int
    kind: str
    title: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class Lifeline:
    """A fact's life, from its first report to its last."""

    x1: int
    x2: int
    y: int


@dataclass(frozen=True, slots=True)
class Tick:
    """A labelled time on the axis; ``anchor`` keeps the outer labels inside the chart."""

    x: int
    label: str
    anchor: str = "middle"


@dataclass(frozen=True, slots=True)
class Chart:
    """The laid-out chart; ``height`` is 0 when the story has no article."""

    width: int
    height: int
    plot_left: int
    plot_right: int
    undated_x: int | None
    rows: tuple[Row, ...]
    dots: tuple[Dot, ...]
    spans: tuple[Lifeline, ...]
    ticks: tuple[Tick, ...]
    separator_y: int | None


def _stamp(value: datetime) -> float:
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).timestamp()


class _Scale:
    def __init__(self, stamps: list[float]) -> None:
        self.low = min(stamps, default=0.0)
        self.high = max(stamps, default=0.0)

    def x(self, stamp: float) -> int:
        if self.high == self.low:
            return LABEL_WIDTH + PLOT_WIDTH // 2
        share = (stamp - self.low) / (self.high - self.low)
        return LABEL_WIDTH + 10 + round(share * (PLOT_WIDTH - 20))

    def ticks(self) -> tuple[Tick, ...]:
        if self.high == self.low:
            when = datetime.fromtimestamp(self.low, UTC)
            return (Tick(self.x(self.low), format_time(when)),)
        days = (self.high - self.low) / 86400
        shape = "%m-%d %H:%M" if days < 3 else "%Y-%m-%d"
        stamps = [self.low + (self.high - self.low) * i / (TICKS - 1) for i in range(TICKS)]
        anchors = ["start"] + ["middle"] * (TICKS - 2) + ["end"]
        return tuple(
            Tick(self.x(s), datetime.fromtimestamp(s, UTC).strftime(shape), anchor)
            for s, anchor in zip(stamps, anchors, strict=True)
        )


def timeline_chart(view: StoryView, story_id: str) -> Chart:
    """Return the laid-out timeline chart of a story."""
    entries = view.timeline()
    if not entries:
        return Chart(0, 0, 0, 0, None, (), (), (), (), None)
    published = {e.article_id: e.published for e in entries}
    for article_id in view.article_ids:
        article = view.articles.get(article_id)
        published.setdefault(article_id, article.published if article else None)
    stamps = [_stamp(p) for p in published.values() if p is not None]
    scale = _Scale(stamps)
    undated_x = LABEL_WIDTH + PLOT_WIDTH + UNDATED_WIDTH // 2
    has_undated = any(p is None for p in published.values())

    def x_of(article_id: str) -> int:
        moment = published.get(article_id)
        return undated_x if moment is None else scale.x(_stamp(moment))

    rows: list[Row] = []
    dots: list[Dot] = []
    spans: list[Lifeline] = []
    y = TOP
    for entry in entries:
        label = view.label(entry.article_id)
        firsts = len(entry.first_reports)
        when = format_time(entry.published)
        note = f"{when} · first to report {firsts} fact{'s' if firsts != 1 else ''}"
        if entry.copy_of:
            note += f" · copy of {view.label(entry.copy_of)}"
        href = article_url(entry.article_id, story_id=story_id)
        kind = "copy" if entry.copy_of else "report"
        rows.append(Row(y, label, f"{label}: {note}", href, kind))
        mark = f"+{firsts}" if firsts else ""
        dots.append(Dot(x_of(entry.article_id), y, kind, f"{label}: {note}", mark))
        y += ROW
    separator = None
    multi = [fact for fact in view.facts if len(fact.timeline) > 1]
    if multi:
        separator = y - ROW // 2 + 4
        y += 8
    for fact in multi:
        label = view.fact_numbers[fact.id]
        xs = [x_of(event.article_id) for event in fact.timeline]
        spans.append(Lifeline(min(xs), max(xs), y))
        for event, x in zip(fact.timeline, xs, strict=True):
            name = view.event_name(fact, event)  # "reports" where no report is first
            title = f"{label}: {view.label(event.article_id)} {name}"
            dots.append(Dot(x, y, name, title))
        text = " ".join(fact.text.split())
        rows.append(Row(y, label, f"{label}: {text}", story_url(story_id, label), str(fact.status)))
        y += ROW
    return Chart(
        width=LABEL_WIDTH + PLOT_WIDTH + (UNDATED_WIDTH if has_undated else 0),
        height=y,
        plot_left=LABEL_WIDTH,
        plot_right=LABEL_WIDTH + PLOT_WIDTH,
        undated_x=undated_x if has_undated else None,
        rows=tuple(rows),
        dots=tuple(dots),
        spans=tuple(spans),
        ticks=scale.ticks() if stamps else (),
        separator_y=separator,
    )
