"""Terminal rendering with rich: a readable reconciled account, and the story listing.

All article text goes through ``rich.text.Text`` objects, never through console markup,
so brackets in a title or quote are printed as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from rich import box
from rich.console import Console, RenderableType
from rich.padding import Padding
from rich.style import Style
from rich.table import Table
from rich.text import Text

from ..model import ConflictNature, Fact, FactStatus, Span, StorySummary, TimelineEntry
from .common import (
    STATUS_TITLES,
    UNDATED_HEADING,
    StoryReport,
    StoryView,
    conflict_label,
    credited_to,
    diff_segments,
    format_time,
    period,
    pluralize,
    quote_state,
    quoting_articles,
    safe_url,
    views,
)
from .evidence import excerpt
from .printable import printable_copy

_STATUS_STYLE = {
    FactStatus.CORROBORATED: "bold green",
    FactStatus.CONFLICTING: "bold red",
    FactStatus.SINGLE_SOURCE: "bold yellow",
}
_MARK = "bold black on yellow"
# Above this many articles the coverage columns show article numbers, not outlet names.
_NAMED_COLUMNS = 5
_DIFF_STYLE = {"del": "red strike", "ins": "green underline", "same": ""}
# Without colours the diff is marked the way wdiff does it.
_PLAIN_MARKS = {"del": "[-{}-]", "ins": "{{+{}+}}"}


def _indent(renderable: RenderableType, level: int = 1) -> Padding:
    return Padding(renderable, (0, 0, 0, 3 * level))


def _evidence(view: StoryView, article_id: str, span: Span, fallback: str) -> Text:
    part = excerpt(view.text(article_id), span, fallback)
    return Text.assemble("“", part.before, (part.marked, _MARK), part.after, "”")


def _heading(console: Console, text: str, style: str = "bold") -> None:
    console.print()
    console.print(Text(text, style=style))


def _fact(console: Console, view: StoryView, fact: Fact) -> None:
    number = view.fact_numbers[fact.id]
    console.print(Text.assemble((f"{number} ", "bold cyan"), (fact.text, "bold")))
    console.print(_indent(Text(view.independence_line(fact), style="dim")))
    if confidence := view.confidence_line(fact):
        console.print(_indent(Text(confidence, style="dim")))
    if timeline := view.timeline_line(fact):
        console.print(_indent(Text(timeline, style="dim")))
    if related := view.related_line(fact):
        console.print(_indent(Text(related, style="dim")))
    for conflict in fact.conflicts:
        style = "bold red" if conflict.nature is ConflictNature.DISAGREEMENT else "bold yellow"
        head = Text.assemble((f"{conflict_label(conflict)}: ", style))
        head.append(conflict.detail)
        console.print(_indent(head))
        if conflict.values:
            table = Table(box=box.SIMPLE, show_edge=False, pad_edge=False, expand=False)
            for value in conflict.values:
                table.add_column(Text(view.label(value.article_id)), ratio=1)
            table.add_row(*(_evidence(view, v.article_id, v.span, v.text) for v in conflict.values))
            console.print(_indent(table, 2))
    for support in view.evidence_support(fact):
        line = Text.assemble("• ", (view.label(support.article_id), "bold"), ": ")
        line.append_text(_evidence(view, support.article_id, support.span, support.text))
        if via := view.via(support.article_id, support.origin, support.is_copy):
            line.append(f" ({via})", style="dim")
        console.print(_indent(line))


def _facts(console: Console, view: StoryView) -> None:
    _heading(console, "Facts", "bold underline")
    if not view.facts:
        console.print(Text("No facts were found.", style="dim"))
        return
    for status in (FactStatus.CORROBORATED, FactStatus.CONFLICTING):
        facts = view.facts_with_status(status)
        if facts:
            _heading(console, f"{STATUS_TITLES[status]} ({len(facts)})", _STATUS_STYLE[status])
            for fact in facts:
                _fact(console, view, fact)
    groups = view.single_source_groups()
    if groups:
        count = sum(len(facts) for _, facts in groups)
        status = FactStatus.SINGLE_SOURCE
        _heading(console, f"{STATUS_TITLES[status]} ({count})", _STATUS_STYLE[status])
        for article_id, facts in groups:
            console.print(Text(f"Only in {view.label(article_id)}", style="italic"))
            for fact in facts:
                _fact(console, view, fact)


def _articles(console: Console, view: StoryView) -> None:
    table = Table(box=box.SIMPLE_HEAD, title=None, expand=False)
    for name in ("#", "Outlet", "Title", "Published", "Notes"):
        table.add_column(name)
    for article_id in view.article_ids:
        article = view.articles.get(article_id)
        title, published = Text("unavailable", style="dim"), ""
        if article is not None:
            url = safe_url(article.url)
            title = Text(article.title or "untitled", style=Style(link=url) if url else "")
            published = format_time(article.published)
        notes = ""
        if link := view.copies.get(article_id):
            notes = f"copy of {view.label(link.copy_of)} ({link.similarity:.0%} similar)"
        table.add_row(
            str(view.number(article_id)),
            Text(view.label(article_id)),
            title,
            Text(published),
            Text(notes),
        )
    console.print(table)


def _quotes(console: Console, view: StoryView) -> None:
    if not view.quotes:
        return
    _heading(console, f"Quotes ({len(view.quotes)})", "bold underline")
    plain = console.color_system is None
    for number, group in enumerate(view.quotes, 1):
        console.print(
            Text.assemble(
                (f"Q{number} ", "bold cyan"),
                (group.speaker or "unknown speaker", "bold"),
                f" — {quote_state(group)} in {pluralize(quoting_articles(group), 'article')}",
            )
        )
        for i, variant in enumerate(group.variants):
            line = Text.assemble((view.label(variant.article_id), "bold"))
            if other := credited_to(group, variant):
                line.append(f" (credited to {other})", style="yellow")
            line.append(": “")
            for j, (kind, run) in enumerate(diff_segments(variant)):
                if j:
                    line.append(" ")
                if plain and kind != "same":
                    run = _PLAIN_MARKS[kind].format(run)
                line.append(run, style=_DIFF_STYLE[kind])
            line.append("”")
            if i == 0 and not group.identical:
                line.append(" (reference wording)", style="dim")
            console.print(_indent(line))


def _citations(console: Console, view: StoryView) -> None:
    _heading(console, "Who cites whom", "bold underline")
    cited = dict(view.attributions_by_article())
    for article_id in view.article_ids:
        label = view.label(article_id)
        if link := view.copies.get(article_id):
            console.print(Text.assemble((label, "bold"), f" copies {view.label(link.copy_of)}"))
        groups = cited.get(article_id, [])
        if not groups:
            if not link:
                console.print(Text.assemble((label, "bold"), (" credits no one", "dim")))
            continue
        line = Text.assemble((label, "bold"), " credits ")
        for k, group in enumerate(groups):
            first = group[0]
            count = f", {len(group)}×" if len(group) > 1 else ""
            line.append("; " if k else "")
            line.append(view.origin_name(first.source_key), style="bold")
            line.append(f" ({first.kind}{count})")
        console.print(line)
    for edge in view.provenance():
        source, target = view.provenance_label(edge.source), view.provenance_label(edge.target)
        relation = edge.relation.replace("_", " ")
        console.print(_indent(Text(f"{source} → {target} ({relation})", style="dim")))


def _coverage(console: Console, view: StoryView) -> None:
    if not view.facts or not view.rec.coverage:
        return
    _heading(console, "Coverage (● included · omitted)", "bold underline")
    labels = [view.label(article_id) for article_id in view.article_ids]
    heads = _coverage_heads(view, labels, console.width)
    if heads != labels:
        console.print(Text("Columns are the article numbers of the table above.", style="dim"))
    groups = _column_groups(heads, console.width)
    for group in groups:
        if len(groups) > 1:
            console.print(Text(_group_caption(heads, group), style="dim"))
        console.print(_coverage_table(view, heads, group, console.width))


#: The narrowest the fact column of the coverage table is made (its text is cut with
#: "…"), and the widest.
_FACT_WIDTH = (24, 60)
#: The characters a column of the coverage table takes besides its content.
_COLUMN_PADDING = 3


def _group_caption(heads: Sequence[str], group: Sequence[int]) -> str:
    """The caption "Articles 1–7 of 12" over one of several coverage tables."""
    first, last = heads[group[0]], heads[group[-1]]
    shown = f"Article {first}" if first == last else f"Articles {first}–{last}"
    return f"{shown} of {len(heads)}"


def _coverage_heads(view: StoryView, labels: list[str], width: int) -> list[str]:
    """The coverage column heads: the articles' ``labels`` if they fit, else numbers.

    Labels are used for a few articles whose labels fit beside the facts.
    A head is never cut, so that every column says which article it is.
    """
    room = width - _FACT_WIDTH[0] - _COLUMN_PADDING
    if len(labels) <= _NAMED_COLUMNS and _columns_width(labels) <= room:
        return labels
    return [str(view.number(article_id)) for article_id in view.article_ids]


def _columns_width(heads: Sequence[str]) -> int:
    """The width the coverage columns headed by ``heads`` take."""
    return sum(len(head) + _COLUMN_PADDING for head in heads)


def _column_groups(heads: Sequence[str], width: int) -> list[list[int]]:
    """The indices of ``heads`` split into runs whose columns fit beside the facts.

    At a narrow width the coverage is shown as several tables, each with a run of the
    article columns, rather than dropping columns the width has no room for.
    """
    room = max(width - _FACT_WIDTH[0] - _COLUMN_PADDING, 1)
    groups: list[list[int]] = [[]]
    for index, head in enumerate(heads):
        if groups[-1] and _columns_width([heads[i] for i in groups[-1]] + [head]) > room:
            groups.append([])
        groups[-1].append(index)
    return groups


def _coverage_table(
    view: StoryView, heads: Sequence[str], group: Sequence[int], width: int
) -> Table:
    """The coverage table of the articles at ``group``, the fact column sized to fit."""
    articles = [view.article_ids[i] for i in group]
    longest = max(len(view.fact_numbers[f.id]) + 1 + len(f.text) for f in view.facts)
    spare = width - _columns_width([heads[i] for i in group]) - _COLUMN_PADDING - 1
    fact_width = max(_FACT_WIDTH[0], min(_FACT_WIDTH[1], longest, spare))
    cells = view.coverage_cells()
    table = Table(box=box.SIMPLE_HEAD, expand=False)
    table.add_column("Fact", overflow="ellipsis", no_wrap=True, width=fact_width)
    for index in group:
        table.add_column(
            Text(heads[index]), justify="center", no_wrap=True, min_width=len(heads[index])
        )
    for fact in view.facts:
        row: list[RenderableType] = [
            Text.assemble((view.fact_numbers[fact.id] + " ", "cyan"), fact.text)
        ]
        for article_id in articles:
            state = cells.get((article_id, fact.id))
            row.append(
                Text("") if state is None else Text("●", "green") if state else Text("·", "dim")
            )
        table.add_row(*row)
    return table


def _timeline(console: Console, view: StoryView) -> None:
    dated, undated = view.timeline_parts()
    if not dated and not undated:
        return
    _heading(console, "Timeline", "bold underline")
    for number, entry in enumerate(dated, 1):
        console.print(_timeline_line(view, entry, f"{number}. {format_time(entry.published)} — "))
    if undated:
        console.print(f"{UNDATED_HEADING}:")
        for entry in undated:
            console.print(_timeline_line(view, entry, "- "))


def _timeline_line(view: StoryView, entry: TimelineEntry, lead: str) -> Text:
    """One timeline entry after ``lead``: the article and what it did."""
    line = Text(lead)
    line.append(view.label(entry.article_id), style="bold")
    if refs := view.fact_refs(entry.first_reports):
        line.append(f" — first to report {refs}")
    if entry.copy_of:
        line.append(f" — copy of {view.label(entry.copy_of)}")
    return line


def render_terminal(reports: Sequence[StoryReport], console: Console) -> None:
    """Print the reconciled account of ``reports`` on ``console``."""
    reports = printable_copy(reports)
    if not reports:
        console.print(Text("No stories.", style="dim"))
        return
    for view in views(reports):
        console.rule(Text(view.story.title or "Untitled story", style="bold"))
        console.print(
            Text(f"{period(view.story)} · {view.summary_line()} · story {view.story.id}", "dim")
        )
        console.print(Text(view.facts_line()))
        _articles(console, view)
        _facts(console, view)
        _quotes(console, view)
        _citations(console, view)
        _coverage(console, view)
        _timeline(console, view)
        console.print()


def render_story_list(summaries: Sequence[StorySummary], console: Console) -> None:
    """Print a table of stories (for ``corrobora stories``) on ``console``."""
    summaries = printable_copy(summaries)
    if not summaries:
        console.print(Text("No stories.", style="dim"))
        return
    wide = console.width >= _WIDE_LIST
    table = Table(box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Story", no_wrap=True, style="cyan")
    table.add_column("Title", ratio=1, min_width=20)
    table.add_column("Articles", justify="right", no_wrap=True)
    table.add_column("Outlets", justify="right", no_wrap=True)
    if wide:
        table.add_column("First seen (UTC)", no_wrap=True)
        table.add_column("Last seen (UTC)", no_wrap=True)
    else:
        # A narrow terminal gets one period column in days, so that titles stay readable.
        table.add_column("Period (UTC)", no_wrap=True)
    for s in summaries:
        times = (
            [_utc_time(s.first_seen), _utc_time(s.last_seen)]
            if wide
            else [_period(s.first_seen, s.last_seen)]
        )
        table.add_row(Text(s.id), Text(s.title), str(s.articles), str(s.outlets), *times)
    console.print(table)


#: Console width from which story times are shown to the minute.
_WIDE_LIST = 110


def _utc_time(value: datetime | None, clock: str = "%Y-%m-%d %H:%M") -> str:
    if value is None:
        return "undated"
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.strftime(clock)


def _period(first: datetime | None, last: datetime | None) -> str:
    """``2026-03-12`` for one day, ``2026-03-12 → 03-18`` for several (UTC days)."""
    start, end = _utc_time(first, "%Y-%m-%d"), _utc_time(last, "%Y-%m-%d")
    if start == end or last is None:
        return start
    if first is None:
        return end
    return f"{start} → {end[5:] if start[:4] == end[:4] else end}"
