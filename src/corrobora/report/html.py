"""A self-contained HTML page of reconciled stories: inline CSS, no script, no remote load.

Everything that comes from an article (text, titles, outlet names, URLs) is escaped;
only plain http(s) URLs become links; a Content-Security-Policy forbids scripts and
remote resources even if something slipped through. Evidence is shown as the sentence
around each span, with the span itself in ``<mark>``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape as _escape

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
    iso_time,
    period,
    pluralize,
    quote_state,
    quoting_articles,
    safe_url,
    views,
)
from .evidence import excerpt
from .htmlstyle import page

_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def esc(text: object) -> str:
    """Return ``text`` escaped for HTML content and double- or single-quoted attributes."""
    return _escape(str(text), quote=True)


def _anchor(*parts: str) -> str:
    return "-".join(_ID_UNSAFE.sub("-", part).strip("-") or "x" for part in parts)


def _link(url: str | None, content: str) -> str:
    """Return ``content`` (already escaped) as a link when ``url`` is a safe http(s) URL."""
    safe = safe_url(url)
    if safe is None:
        return content
    return f'<a href="{esc(safe)}" rel="noopener noreferrer nofollow">{content}</a>'


def _evidence(view: StoryView, article_id: str, span: Span, fallback: str) -> str:
    part = excerpt(view.text(article_id), span, fallback)
    where = f"characters {span.start}–{span.end} of {view.label(article_id)}"
    return (
        f"<blockquote>{esc(part.before)}"
        f'<mark title="{esc(where)}">{esc(part.marked)}</mark>'
        f"{esc(part.after)}</blockquote>"
    )


def _tag(status: FactStatus) -> str:
    return f'<span class="tag {esc(status)}">{esc(STATUS_TITLES[status].lower())}</span>'


def _fact(view: StoryView, fact: Fact) -> list[str]:
    number = view.fact_numbers[fact.id]
    out = [
        f'<div class="fact {esc(fact.status)}" id="{_anchor(view.story.id, number)}">',
        f'<p class="fact-text"><span class="fid">{number}</span> {esc(fact.text)} '
        f"{_tag(fact.status)}</p>",
        f'<p class="note">{esc(view.independence_line(fact))}</p>',
    ]
    if confidence := view.confidence_line(fact):
        out.append(f'<p class="note">{esc(confidence)}</p>')
    if timeline := view.timeline_line(fact):
        out.append(f'<p class="note">{esc(timeline)}</p>')
    if related := view.related_line(fact):
        out.append(f'<p class="note">{esc(related)}</p>')
    for conflict in fact.conflicts:
        out.append('<div class="conflict">')
        out.append(
            f"<p><strong>{esc(conflict_label(conflict))}:</strong> {esc(conflict.detail)}</p>"
        )
        if conflict.values:
            out.append('<div class="values">')
            for value in conflict.values:
                out.append(
                    f'<div class="value"><span class="who">{esc(view.label(value.article_id))}'
                    f"</span>{_evidence(view, value.article_id, value.span, value.text)}</div>"
                )
            out.append("</div>")
        out.append("</div>")
    out.append('<ul class="evidence">')
    for support in view.evidence_support(fact):
        via = view.via(support.article_id, support.origin, support.is_copy)
        note = f' <span class="note">({esc(via)})</span>' if via else ""
        out.append(
            f'<li><span class="who">{esc(view.label(support.article_id))}</span>{note}'
            f"{_evidence(view, support.article_id, support.span, support.text)}</li>"
        )
    out += ["</ul>", "</div>"]
    return out


def _facts(view: StoryView) -> list[str]:
    out = ["<section>", "<h3>Facts</h3>"]
    if not view.facts:
        return [*out, '<p class="muted">No facts were found.</p>', "</section>"]
    for status in (FactStatus.CORROBORATED, FactStatus.CONFLICTING):
        facts = view.facts_with_status(status)
        if facts:
            out.append(f"<h4>{esc(STATUS_TITLES[status])} ({len(facts)})</h4>")
            for fact in facts:
                out += _fact(view, fact)
    groups = view.single_source_groups()
    if groups:
        count = sum(len(facts) for _, facts in groups)
        out.append(f"<h4>{esc(STATUS_TITLES[FactStatus.SINGLE_SOURCE])} ({count})</h4>")
        for article_id, facts in groups:
            out.append(f"<h5>Only in {esc(view.label(article_id))}</h5>")
            for fact in facts:
                out += _fact(view, fact)
    return [*out, "</section>"]


def _articles(view: StoryView) -> list[str]:
    out = [
        "<section>",
        "<h3>Articles</h3>",
        "<table><thead><tr><th>#</th><th>Outlet</th><th>Title</th><th>Published</th>"
        "<th>Notes</th></tr></thead><tbody>",
    ]
    for article_id in view.article_ids:
        article = view.articles.get(article_id)
        title, published = '<span class="muted">unavailable</span>', ""
        if article is not None:
            title = _link(article.url, esc(article.title or "untitled"))
            if article.url and safe_url(article.url) is None:
                title += f'<br><code class="muted">{esc(article.url)}</code>'
            published = (
                f'<time datetime="{esc(iso_time(article.published))}">'
                f"{esc(format_time(article.published))}</time>"
                if article.published
                else "undated"
            )
        notes = ""
        if link := view.copies.get(article_id):
            notes = f"copy of {esc(view.label(link.copy_of))} ({link.similarity:.0%} similar)"
        out.append(
            f"<tr><td>{view.number(article_id)}</td><td>{esc(view.label(article_id))}</td>"
            f"<td>{title}</td><td>{published}</td><td>{notes}</td></tr>"
        )
    return [*out, "</tbody></table>", "</section>"]


def _quotes(view: StoryView) -> list[str]:
    if not view.quotes:
        return []
    out = ["<section>", f"<h3>Quotes ({len(view.quotes)})</h3>"]
    for number, group in enumerate(view.quotes, 1):
        out.append(f'<div class="quote" id="{_anchor(view.story.id, "Q" + str(number))}">')
        out.append(
            f'<p><span class="fid">Q{number}</span> '
            f"<strong>{esc(group.speaker or 'unknown speaker')}</strong> "
            f'<span class="tag">{quote_state(group)}</span> '
            f'<span class="note">in {pluralize(quoting_articles(group), "article")}</span></p>'
        )
        out.append('<ul class="evidence">')
        for i, variant in enumerate(group.variants):
            words = []
            for kind, run in diff_segments(variant):
                words.append(f"<{kind}>{esc(run)}</{kind}>" if kind != "same" else esc(run))
            note = (
                ' <span class="note">(reference wording)</span>'
                if i == 0 and not group.identical
                else ""
            )
            out.append(
                f'<li><span class="who">{esc(view.label(variant.article_id))}</span>'
                f"{esc(credit_note(group, variant))}{note}"
                f'<blockquote class="wording">“{" ".join(words)}”</blockquote></li>'
            )
        out += ["</ul>", "</div>"]
    return [*out, "</section>"]


def _citations(view: StoryView) -> list[str]:
    out = ["<section>", "<h3>Who cites whom</h3>", '<ul class="plain">']
    cited = dict(view.attributions_by_article())
    for article_id in view.article_ids:
        who = f'<span class="who">{esc(view.label(article_id))}</span>'
        if link := view.copies.get(article_id):
            out.append(f"<li>{who} copies {esc(view.label(link.copy_of))}</li>")
        groups = cited.get(article_id, [])
        if not groups:
            if not link:
                out.append(f'<li>{who} <span class="muted">credits no one</span></li>')
            continue
        credits = []
        text = view.text(article_id)
        for group in groups:
            first = group[0]
            words = dict.fromkeys(
                a.span.slice(text) for a in group if text is not None and a.span.end <= len(text)
            )
            said = ", ".join(f"“{esc(' '.join(w.split()))}”" for w in words if w.strip())
            count = f", {len(group)}×" if len(group) > 1 else ""
            credits.append(
                f"<strong>{esc(view.origin_name(first.source_key))}</strong> "
                f'<span class="note">({esc(first.kind)}{count})</span>'
                + (f" {said}" if said else "")
            )
        out.append(f"<li>{who} credits " + "; ".join(credits) + "</li>")
    out.append("</ul>")
    edges = view.provenance()
    if edges:
        out += ["<h4>Provenance</h4>", '<ul class="plain">']
        for edge in edges:
            out.append(
                f"<li>{esc(view.provenance_label(edge.source))} → "
                f"{esc(view.provenance_label(edge.target))} "
                f'<span class="note">({esc(edge.relation.replace("_", " "))})</span></li>'
            )
        out.append("</ul>")
    return [*out, "</section>"]


def _coverage(view: StoryView) -> list[str]:
    if not view.facts or not view.rec.coverage:
        return []
    cells = view.coverage_cells()
    heads = "".join(f'<th class="col">{esc(view.label(a))}</th>' for a in view.article_ids)
    out = [
        "<section>",
        "<h3>Coverage</h3>",
        '<p class="note">● included · omitted</p>',
        f'<table class="matrix"><thead><tr><th>Fact</th>{heads}</tr></thead><tbody>',
    ]
    for fact in view.facts:
        row = []
        for article_id in view.article_ids:
            state = cells.get((article_id, fact.id))
            if state is None:
                row.append('<td class="cell"></td>')
            elif state:
                row.append('<td class="cell in" title="included">●</td>')
            else:
                row.append('<td class="cell out" title="omitted">·</td>')
        number = view.fact_numbers[fact.id]
        out.append(
            f'<tr class="{esc(fact.status)}"><td><a href="#{_anchor(view.story.id, number)}">'
            f"{number}</a> {esc(fact.text)} {_tag(fact.status)}</td>{''.join(row)}</tr>"
        )
    return [*out, "</tbody></table>", "</section>"]


def _timeline(view: StoryView) -> list[str]:
    dated, undated = view.timeline_parts()
    if not dated and not undated:
        return []
    out = ["<section>", "<h3>Timeline</h3>"]
    if dated:
        out.append("<ol>")
        for entry in dated:
            when = (
                f'<time datetime="{esc(iso_time(entry.published))}">'
                f"{esc(format_time(entry.published))}</time>"
            )
            out.append("<li>" + " — ".join([when, *_timeline_parts(view, entry)]) + "</li>")
        out.append("</ol>")
    if undated:
        out.extend([f"<p>{esc(UNDATED_HEADING)}:</p>", "<ul>"])
        out.extend("<li>" + " — ".join(_timeline_parts(view, e)) + "</li>" for e in undated)
        out.append("</ul>")
    return [*out, "</section>"]


def _timeline_parts(view: StoryView, entry: TimelineEntry) -> list[str]:
    """The article of one timeline entry and what it did."""
    parts = [f'<span class="who">{esc(view.label(entry.article_id))}</span>']
    if refs := view.fact_refs(entry.first_reports):
        parts.append(f"first to report {esc(refs)}")
    if entry.copy_of:
        parts.append(f"copy of {esc(view.label(entry.copy_of))}")
    return parts


def _story(view: StoryView) -> list[str]:
    story = view.story
    out = [
        f'<article class="story" id="{_anchor("story", story.id)}">',
        f"<h2>{esc(story.title or 'Untitled story')}</h2>",
        f'<p class="meta">{esc(period(story))} · {esc(view.summary_line())} · '
        f"story <code>{esc(story.id)}</code></p>",
        f'<p class="meta">{esc(view.facts_line())}</p>',
    ]
    for part in (_articles, _facts, _quotes, _citations, _coverage, _timeline):
        out += part(view)
    return [*out, "</article>"]


def render_html(reports: Sequence[StoryReport]) -> str:
    """Return one complete, self-contained HTML page showing ``reports``."""
    prepared = views(reports)
    count = pluralize(len(prepared), "story", "stories")
    if len(prepared) == 1:
        title = f"{prepared[0].story.title or 'Untitled story'} — corrobora"
    else:
        title = f"corrobora report — {count}"
    out: list[str] = []
    if len(prepared) > 1:
        out += ["<nav>", "<ol>"]
        for view in prepared:
            out.append(
                f'<li><a href="#{_anchor("story", view.story.id)}">'
                f"{esc(view.story.title or 'Untitled story')}</a></li>"
            )
        out += ["</ol>", "</nav>"]
    out.append("<main>")
    if not prepared:
        out.append('<p class="muted">No stories.</p>')
    for view in prepared:
        out += _story(view)
    out.append("</main>")
    return page(
        title=title,
        heading="Reconciled stories",
        meta=f"corrobora {__version__} · {count}",
        body=out,
        footer="Every highlighted passage is cut from the article's own text by its "
        "character span; hover a highlight to see the offsets.",
    )
