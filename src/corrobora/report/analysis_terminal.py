"""Terminal rendering of article analyses with rich: per article a header and tables.

All article text goes through ``rich.text.Text`` objects, never through console markup,
so brackets in a title or quote are printed as they are. Offsets are shown as
``start–end`` character ranges of the article text.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Console
from rich.style import Style
from rich.table import Table
from rich.text import Text

from ..model import AnalyzedArticle, Span
from .analysis import (
    ACT_NOTE,
    AnalysisView,
    claim_notes,
    span_label,
    views_of,
)
from .common import format_time, pluralize, safe_url
from .printable import printable_copy

_SPAN_STYLE = "cyan"
_LABEL_STYLE = "bold cyan"


def _span_cell(view: AnalysisView, span: Span) -> Text:
    """Return the offsets of a span, flagged when the span does not fit the text."""
    cell = Text(span_label(span), style=_SPAN_STYLE)
    if view.slice(span) is None:
        cell.append(" beyond text", style="bold red")
    return cell


def _words(view: AnalysisView, span: Span, fallback: str = "") -> Text:
    """Return the characters a span covers, white space folded, or ``fallback``."""
    words = view.slice(span)
    return Text(" ".join((fallback if words is None else words).split()))


def _table(title: str, *columns: str, expand: bool = True) -> Table:
    table = Table(
        box=box.SIMPLE_HEAD, title=Text(title, style="bold"), title_justify="left", expand=expand
    )
    for name in columns:
        table.add_column(name)
    return table


def _header(console: Console, view: AnalysisView, number: int, total: int) -> None:
    article = view.article
    url = safe_url(article.url)
    title = Text(article.title or "Untitled article", style="bold")
    console.rule(title if total == 1 else Text.assemble(f"{number}/{total} ", title))
    meta = Text(style="dim")
    meta.append(article.outlet or "unknown outlet")
    meta.append(f" · {format_time(article.published)}")
    if article.language:
        meta.append(f" · {article.language}")
    if article.path:
        meta.append(f" · {article.path}")
    meta.append(f" · article {article.id}")
    console.print(meta)
    if article.url:
        console.print(Text(article.url, style=Style(dim=True, link=url) if url else "dim"))
    analyzer = view.analysis.analyzer or "unknown analyzer"
    console.print(Text(f"{pluralize(len(view.text), 'character')} · analyzer {analyzer}", "dim"))
    console.print(Text(view.counts_line()))


def _entities(console: Console, view: AnalysisView) -> None:
    if not view.entities:
        return
    table = _table("Entities", "Span", "Text", "Key", "Kind", expand=False)
    table.columns[0].no_wrap = True
    for mention in view.entities:
        table.add_row(
            _span_cell(view, mention.span),
            Text(mention.text),
            Text(mention.key),
            Text(str(mention.kind)),
        )
    console.print(table)


def _quotes(console: Console, view: AnalysisView) -> None:
    if not view.quotes:
        return
    table = _table("Quotes", "#", "Span", "Speaker", "Cue", "Words")
    table.columns[1].no_wrap = True
    table.columns[4].ratio = 1
    for label, quote in view.labeled_quotes:
        span = _span_cell(view, quote.span)
        if len(quote.parts) > 1:
            span.append("\nparts " + ", ".join(span_label(p) for p in quote.parts), style="dim")
        speaker = Text(quote.speaker or "unknown", style="" if quote.speaker else "dim")
        if quote.speaker_key and quote.speaker_key != quote.speaker:
            speaker.append(f"\n{quote.speaker_key}", style="dim")
        words = Text.assemble("“", quote.text, "”")
        if not quote.direct:
            words.append(" (reported speech)", style="dim")
        table.add_row(Text(label, _LABEL_STYLE), span, speaker, Text(quote.cue or ""), words)
    console.print(table)


def _attributions(console: Console, view: AnalysisView) -> None:
    if not view.attributions:
        return
    table = _table("Attributions", "Span", "Words", "Source", "Kind", "Cue", "Credited statement")
    table.columns[0].no_wrap = True
    # the words, the source and the statement share what the short columns leave, so a
    # narrow terminal wraps each of them rather than squeezing the statement to nothing
    for column, share in ((1, 1), (2, 1), (5, 2)):
        table.columns[column].ratio = share
        table.columns[column].overflow = "fold"
    for attribution in view.attributions:
        source = Text(attribution.source)
        if attribution.source_key != attribution.source:
            source.append(f"\n{attribution.source_key}", style="dim")
        cue = Text(attribution.cue)
        if not attribution.statement:
            cue.append(f"\n{ACT_NOTE}", style="dim")
        credited = Text.assemble((span_label(attribution.content), _SPAN_STYLE), " ")
        credited.append_text(_words(view, attribution.content, "(beyond the text)"))
        table.add_row(
            _span_cell(view, attribution.span),
            _words(view, attribution.span, "(beyond the text)"),
            source,
            Text(str(attribution.kind)),
            cue,
            credited,
        )
    console.print(table)


def _claims(console: Console, view: AnalysisView) -> None:
    if not view.claims:
        return
    table = _table("Claims", "#", "Span", "Claim", "Analysis")
    table.columns[1].no_wrap = True
    table.columns[2].ratio = 3
    table.columns[3].ratio = 2
    for label, claim in view.labeled_claims:
        notes = Text()
        for i, note in enumerate(claim_notes(claim)):
            notes.append("\n" if i else "")
            style = "bold" if note in ("negated", "quoted") else ""
            notes.append(note, style=style)
        table.add_row(
            Text(label, _LABEL_STYLE),
            _span_cell(view, claim.span),
            Text(" ".join(claim.text.split())),
            notes,
        )
    console.print(table)


def render_analysis_terminal(analyses: Sequence[AnalyzedArticle], console: Console) -> None:
    """Print what the analysis found in each of ``analyses`` on ``console``.

    Per article: a header (title, outlet, time, path, id, analyzer, counts), then tables
    of entities, quotes, attributions and claims with their character offsets.
    """
    analyses = printable_copy(analyses)
    if not analyses:
        console.print(Text("No articles.", style="dim"))
        return
    prepared = views_of(analyses)
    for number, view in enumerate(prepared, 1):
        _header(console, view, number, len(prepared))
        if view.sentences:
            line = ", ".join(span_label(s) for s in view.sentences)
            console.print(Text(f"Sentences: {line}", style="dim"))
        _entities(console, view)
        _quotes(console, view)
        _attributions(console, view)
        _claims(console, view)
        if not (view.entities or view.quotes or view.attributions or view.claims):
            console.print(Text("Nothing was found in this article.", style="dim"))
        console.print()
