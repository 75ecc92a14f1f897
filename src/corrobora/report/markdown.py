"""Markdown rendering of reconciled stories (CommonMark with GitHub tables and ~~strike~~).

Every piece of article text is escaped, so a title or quote cannot inject markup or
raw HTML into a viewer that renders the Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import __version__
from ..model import Fact, FactStatus, Span, TimelineEntry
from .common import (
    STATUS_TITLES,
    UNDATED_HEADING,
    StoryReport,
    StoryView,
    conflict_label,
    credit_note,
    diff_segments,
    format_time,
    period,
    pluralize,
    quote_state,
    quoting_articles,
    safe_url,
    views,
)
from .evidence import Excerpt, excerpt
from .printable import printable_copy

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_SPACES = re.compile(r"\s+")


def escape(text: str) -> str:
    """Return ``text`` on one line with Markdown and HTML syntax characters escaped."""
    text = _SPACES.sub(" ", text).strip()
    return _ENTITY.sub(r"\\&", _SPECIAL.sub(r"\\\1", text))


def _excerpt(part: Excerpt) -> str:
    if not part.before and not part.after:
        return f"“{escape(part.marked)}”"
    before = escape(part.before) + (" " if part.before.endswith(" ") else "")
    after = (" " if part.after.startswith(" ") else "") + escape(part.after)
    return f"“{before}**{escape(part.marked)}**{after}”"


def _evidence(view: StoryView, article_id: str, span: Span, fallback: str) -> str:
    return _excerpt(excerpt(view.text(article_id), span, fallback))


def _fact_lines(view: StoryView, fact: Fact) -> list[str]:
    lines = [f"**{view.fact_numbers[fact.id]}.** {escape(fact.text)}", ""]
    notes = [view.independence_line(fact)]
    if confidence := view.confidence_line(fact):
        notes.append(confidence)
    if timeline := view.timeline_line(fact):
        notes.append(timeline)
    if related := view.related_line(fact):
        notes.append(related)
    lines += [escape(" · ".join(notes)), ""]
    for conflict in fact.conflicts:
        lines += [f"*{escape(conflict_label(conflict))}:* {escape(conflict.detail)}"]
        if conflict.values:
            lines += [
                "",
                "| " + " | ".join(escape(view.label(v.article_id)) for v in conflict.values) + " |",
                "|" + " --- |" * len(conflict.values),
                "| "
                + " | ".join(_evidence(view, v.article_id, v.span, v.text) for v in conflict.values)
                + " |",
            ]
        lines.append("")
    for support in view.evidence_support(fact):
        via = view.via(support.article_id, support.origin, support.is_copy)
        line = f"- **{escape(view.label(support.article_id))}**: "
        line += _evidence(view, support.article_id, support.span, support.text)
        lines.append(line + (f" ({escape(via)})" if via else ""))
    return [*lines, ""]


def _facts(view: StoryView) -> list[str]:
    lines = ["### Facts", ""]
    if not view.facts:
        return [*lines, "No facts were found.", ""]
    for status in (FactStatus.CORROBORATED, FactStatus.CONFLICTING):
        facts = view.facts_with_status(status)
        if facts:
            lines += [f"#### {STATUS_TITLES[status]} ({len(facts)})", ""]
            for fact in facts:
                lines += _fact_lines(view, fact)
    groups = view.single_source_groups()
    if groups:
        count = sum(len(facts) for _, facts in groups)
        lines += [f"#### {STATUS_TITLES[FactStatus.SINGLE_SOURCE]} ({count})", ""]
        for article_id, facts in groups:
            lines += [f"##### Only in {escape(view.label(article_id))}", ""]
            for fact in facts:
                lines += _fact_lines(view, fact)
    return lines


def _articles(view: StoryView) -> list[str]:
    lines = ["### Articles", ""]
    for article_id in view.article_ids:
        article = view.articles.get(article_id)
        parts = [f"**{escape(view.label(article_id))}**"]
        if article is not None:
            title = escape(article.title) or "untitled"
            url = safe_url(article.url)
            parts.append(f"[{title}](<{url}>)" if url else title)
            parts.append(format_time(article.published))
            if article.url and not url:
                parts.append(f"`{escape(article.url).replace('`', '')}`")
        if link := view.copies.get(article_id):
            parts.append(
                f"copy of {escape(view.label(link.copy_of))} ({link.similarity:.0%} similar)"
            )
        lines.append(f"{view.number(article_id)}. " + " — ".join(parts))
    return [*lines, ""]


def _quotes(view: StoryView) -> list[str]:
    if not view.quotes:
        return []
    lines = [f"### Quotes ({len(view.quotes)})", ""]
    for number, group in enumerate(view.quotes, 1):
        speaker = escape(group.speaker or "unknown speaker")
        lines += [
            f"**Q{number}. {speaker}** — {quote_state(group)} "
            f"in {pluralize(quoting_articles(group), 'article')}"
        ]
        lines.append("")
        for i, variant in enumerate(group.variants):
            words = []
            for kind, run in diff_segments(variant):
                marker = {"del": "~~", "ins": "**"}.get(kind, "")
                words.append(f"{marker}{escape(run)}{marker}")
            note = " (reference wording)" if i == 0 and not group.identical else ""
            label = escape(view.label(variant.article_id) + credit_note(group, variant))
            lines.append(f"- **{label}**: “{' '.join(words)}”{note}")
        lines.append("")
    return lines


def _citations(view: StoryView) -> list[str]:
    lines = ["### Who cites whom", ""]
    cited = dict(view.attributions_by_article())
    for article_id in view.article_ids:
        label = f"**{escape(view.label(article_id))}**"
        if link := view.copies.get(article_id):
            lines.append(f"- {label} copies {escape(view.label(link.copy_of))}")
        groups = cited.get(article_id, [])
        if not groups:
            if not link:
                lines.append(f"- {label} credits no one")
            continue
        credits = []
        for group in groups:
            first = group[0]
            name = escape(view.origin_name(first.source_key))
            count = f", {len(group)}×" if len(group) > 1 else ""
            cues = ", ".join(dict.fromkeys(f"“{escape(a.cue)}”" for a in group if a.cue))
            credits.append(f"{name} ({first.kind}{count}{': ' + cues if cues else ''})")
        lines.append(f"- {label} credits " + "; ".join(credits))
    edges = view.provenance()
    if edges:
        lines += ["", "Provenance:", ""]
        for edge in edges:
            source, target = view.provenance_label(edge.source), view.provenance_label(edge.target)
            relation = escape(edge.relation.replace("_", " "))
            lines.append(f"- {escape(source)} → {escape(target)} ({relation})")
    return [*lines, ""]


def _coverage(view: StoryView) -> list[str]:
    if not view.facts or not view.rec.coverage:
        return []
    cells = view.coverage_cells()
    columns = [escape(view.label(a)) for a in view.article_ids]
    lines = ["### Coverage", "", "● included · omitted", ""]
    lines.append("| Fact | " + " | ".join(columns) + " |")
    lines.append("| --- |" + " :-: |" * len(columns))
    for fact in view.facts:
        text = fact.text if len(fact.text) <= 60 else fact.text[:59].rstrip() + "…"
        marks = []
        for article_id in view.article_ids:
            state = cells.get((article_id, fact.id))
            marks.append("" if state is None else "●" if state else "·")
        lines.append(f"| {view.fact_numbers[fact.id]} {escape(text)} | " + " | ".join(marks) + " |")
    return [*lines, ""]


def _timeline(view: StoryView) -> list[str]:
    dated, undated = view.timeline_parts()
    if not dated and not undated:
        return []
    lines = ["### Timeline", ""]
    for number, entry in enumerate(dated, 1):
        parts = [format_time(entry.published), *_timeline_parts(view, entry)]
        lines.append(f"{number}. " + " — ".join(parts))
    if undated:
        if dated:
            lines.append("")
        lines.extend([f"{UNDATED_HEADING}:", ""])
        lines.extend("- " + " — ".join(_timeline_parts(view, entry)) for entry in undated)
    return [*lines, ""]


def _timeline_parts(view: StoryView, entry: TimelineEntry) -> list[str]:
    """The article of one timeline entry and what it did."""
    parts = [f"**{escape(view.label(entry.article_id))}**"]
    if refs := view.fact_refs(entry.first_reports):
        parts.append(f"first to report {refs}")
    if entry.copy_of:
        parts.append(f"copy of {escape(view.label(entry.copy_of))}")
    return parts


def _story(view: StoryView) -> list[str]:
    title = escape(view.story.title) or "Untitled story"
    meta = f"*{escape(period(view.story))}* · {escape(view.summary_line())}"
    story_id = view.story.id.replace("`", "")
    lines = [f"## {title}", "", f"{meta} · story `{story_id}`", ""]
    lines += [escape(view.facts_line()), ""]
    for part in (_articles, _facts, _quotes, _citations, _coverage, _timeline):
        lines += part(view)
    return lines


def render_markdown(reports: Sequence[StoryReport]) -> str:
    """Return the reconciled account of ``reports`` as one Markdown document."""
    reports = printable_copy(reports)
    lines = [
        "# corrobora report",
        "",
        f"corrobora {__version__} · {pluralize(len(reports), 'story', 'stories')}",
        "",
    ]
    if not reports:
        lines += ["No stories.", ""]
    for view in views(reports):
        lines += _story(view)
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).rstrip("\n")
