"""A self-contained HTML page of article analyses: the text with its spans highlighted.

The article text is cut at every span boundary into runs; each run is one
``<span class="...">`` whose classes are the kinds of every span covering it (claims,
quotes, attributions, entities, numbers, dates), so overlapping spans layer instead of
breaking the markup. Marks come from the spans only — nothing is re-searched — and the
runs joined give back the article text exactly. Everything from the article is escaped;
a Content-Security-Policy forbids scripts and remote loads; no script is needed: hovering
a highlight shows what it is and its offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from .. import __version__
from ..model import AnalyzedArticle, Span
from .analysis import (
    ACT_NOTE,
    AnalysisView,
    attribution_label,
    claim_notes,
    date_label,
    quantity_label,
    span_label,
    views_of,
)
from .common import format_time, iso_time, pluralize, safe_url
from .html import esc
from .htmlstyle import page
from .printable import printable

# Each kind of mark changes a different CSS property, so layered marks stay visible.
MARK_CSS = """
.analysis-text {
  white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.9; padding: .75rem 1rem;
  background: var(--panel); border: 1px solid var(--rule); border-radius: .3rem;
  font-family: Georgia, "Times New Roman", serif;
}
.analysis-text span[title] { cursor: help; }
.cl { background: var(--claim-a); }
.cl2 { background: var(--claim-b); }
.cl.cl2 { background: var(--claim-both); }
.q { color: var(--quote); font-style: italic; }
.at { border-bottom: 2px solid var(--attr); }
.en {
  font-weight: 600; text-decoration: underline dotted var(--ent);
  text-decoration-thickness: 2px; text-underline-offset: 3px;
}
.nu { box-shadow: inset 0 -.45em var(--num); }
.da { box-shadow: inset 0 -.45em var(--date); }
.nu.da { box-shadow: inset 0 -.45em var(--num), inset 0 -.2em var(--date); }
.sb {
  display: inline-block; width: 0; height: 1em; margin-right: 2px;
  border-left: 2px solid var(--muted); vertical-align: -.15em;
}
.beyond { color: var(--bad); }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem 1rem; }
ul.legend li { white-space: nowrap; }
td.span, td.num { white-space: nowrap; font-family: ui-monospace, Menlo, Consolas, monospace; }
td ul { margin: 0; padding-left: 1rem; }
:root {
  --claim-a: #e3efff; --claim-b: #e9f7e3; --claim-both: #d2dcf5; --quote: #7a2e9a;
  --attr: #d9480f; --ent: #0b57d0; --num: #ffe08a; --date: #b8e6f0;
}
@media (prefers-color-scheme: dark) {
  :root {
    --claim-a: #1d2a40; --claim-b: #1f3323; --claim-both: #2c3a5a; --quote: #d9a7f0;
    --attr: #ff8a50; --ent: #7cacf8; --num: #6b5200; --date: #1e5566;
  }
}
@media print {
  .cl, .cl2, .nu, .da { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
""".strip()

_KIND_ORDER = ("cl", "cl2", "at", "q", "en", "nu", "da")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span: ``[start, end)`` of the text, a CSS class and a hover title."""

    start: int
    end: int
    kind: str
    title: str


def _anchor(*parts: str) -> str:
    return "-".join(_ID_UNSAFE.sub("-", part).strip("-") or "x" for part in parts)


def _shown(text: str) -> str:
    """Return ``text`` escaped; control characters become U+FFFD one for one."""
    return esc(printable(text))


def marks_of(view: AnalysisView) -> list[Mark]:
    """Return every highlight of an article, built from the spans of its analysis."""
    marks: list[Mark] = []
    for i, (label, claim) in enumerate(view.labeled_claims):
        notes = [str(claim.modality)] + (["negated"] if claim.negated else [])
        notes += ["quoted"] if claim.quoted else []
        title = f"claim {label} · {span_label(claim.span)} · {', '.join(notes)}"
        marks.append(Mark(claim.span.start, claim.span.end, ("cl", "cl2")[i % 2], title))
    for attribution in view.attributions:
        title = (
            f"attribution: {attribution_label(attribution)} · {span_label(attribution.span)}"
            f" · credits {span_label(attribution.content)}"
        )
        marks.append(Mark(attribution.span.start, attribution.span.end, "at", title))
    for label, quote in view.labeled_quotes:
        speaker = quote.speaker or "unknown speaker"
        for part in quote.parts or (quote.span,):
            title = f"quote {label} by {speaker} · {span_label(part)}"
            marks.append(Mark(part.start, part.end, "q", title))
    for mention in view.entities:
        title = f"entity {mention.key} ({mention.kind}) · {span_label(mention.span)}"
        marks.append(Mark(mention.span.start, mention.span.end, "en", title))
    quantities = {(q.span, q.text): q for q in view.quantities}
    dates = {(d.span, d.text): d for d in view.dates}
    for claim in view.claims:
        quantities.update({(q.span, q.text): q for q in claim.quantities})
        dates.update({(d.span, d.text): d for d in claim.dates})
    for key in sorted(quantities):
        q = quantities[key]
        marks.append(Mark(q.span.start, q.span.end, "nu", f"number {quantity_label(q)}"))
    for key in sorted(dates):
        d = dates[key]
        marks.append(Mark(d.span.start, d.span.end, "da", f"date {date_label(d)}"))
    return marks


def layered_html(text: str, marks: Iterable[Mark], breaks: Iterable[Span] = ()) -> str:
    """Return ``text`` as escaped HTML with every mark layered on the runs it covers.

    Args:
        text: the article text.
        marks: the highlights; parts beyond the text are clipped, empty ones dropped.
        breaks: sentence spans; a thin marker is put where each one starts (after 0).

    Returns:
        Runs of text, each plain or one ``<span class="kinds" title="...">``; the text
        content of the result is ``text`` (control characters shown as U+FFFD).
    """
    size = len(text)
    kept = []
    for mark in marks:
        start, end = max(0, min(mark.start, size)), max(0, min(mark.end, size))
        if start < end:
            kept.append(Mark(start, end, mark.kind, mark.title))
    sentence_starts: dict[int, list[Span]] = {}
    for span in sorted(breaks):
        if 0 < span.start < size:
            sentence_starts.setdefault(span.start, []).append(span)
    points = sorted(
        {0, size} | {m.start for m in kept} | {m.end for m in kept} | {*sentence_starts}
    )
    opening: dict[int, list[int]] = {}
    for index, mark in enumerate(kept):
        opening.setdefault(mark.start, []).append(index)
    active: list[int] = []
    out: list[str] = []
    for low, high in pairwise(points):
        active = [i for i in active if kept[i].end > low] + opening.get(low, [])
        active.sort()
        for span in sentence_starts.get(low, []):
            out.append(f'<span class="sb" title="sentence starts · {span_label(span)}"></span>')
        run = _shown(text[low:high])
        if not active:
            out.append(run)
            continue
        kinds = {kept[i].kind for i in active}
        classes = " ".join(kind for kind in _KIND_ORDER if kind in kinds)
        title = "\n".join(dict.fromkeys(kept[i].title for i in active))
        out.append(f'<span class="{classes}" title="{esc(title)}">{run}</span>')
    return "".join(out)


def _span_cell(view: AnalysisView, span: Span, extra: str = "") -> str:
    beyond = "" if view.slice(span) is not None else ' <span class="beyond">beyond text</span>'
    return f'<td class="span">{esc(span_label(span))}{beyond}{extra}</td>'


def _words(view: AnalysisView, span: Span) -> str:
    words = view.slice(span)
    return '<span class="beyond">beyond text</span>' if words is None else esc(words)


def _table(title: str, heads: Sequence[str], rows: list[str]) -> list[str]:
    if not rows:
        return []
    cells = "".join(f"<th>{esc(head)}</th>" for head in heads)
    return [
        f"<h3>{esc(title)} ({len(rows)})</h3>",
        f"<table><thead><tr>{cells}</tr></thead><tbody>",
        *rows,
        "</tbody></table>",
    ]


def _entities(view: AnalysisView) -> list[str]:
    rows = [
        f"<tr>{_span_cell(view, m.span)}<td>{esc(m.text)}</td><td><code>{esc(m.key)}</code></td>"
        f"<td>{esc(m.kind)}</td></tr>"
        for m in view.entities
    ]
    return _table("Entities", ("Span", "Text", "Key", "Kind"), rows)


def _quotes(view: AnalysisView, anchor: str) -> list[str]:
    rows = []
    for label, quote in view.labeled_quotes:
        parts = ", ".join(span_label(p) for p in quote.parts)
        extra = f'<br><span class="note">parts {esc(parts)}</span>' if len(quote.parts) > 1 else ""
        speaker = esc(quote.speaker) if quote.speaker else '<span class="muted">unknown</span>'
        if quote.speaker_key:
            speaker += f'<br><code class="muted">{esc(quote.speaker_key)}</code>'
        kind = "" if quote.direct else ' <span class="note">(reported speech)</span>'
        rows.append(
            f'<tr id="{_anchor(anchor, label)}"><td class="num">{label}</td>'
            f"{_span_cell(view, quote.span, extra)}<td>{speaker}</td>"
            f"<td>{esc(quote.cue or '')}</td><td>“{esc(quote.text)}”{kind}</td></tr>"
        )
    return _table("Quotes", ("#", "Span", "Speaker", "Cue", "Words"), rows)


def _attributions(view: AnalysisView) -> list[str]:
    rows = []
    for a in view.attributions:
        source = esc(a.source) + f'<br><code class="muted">{esc(a.source_key)}</code>'
        act = "" if a.statement else f'<br><span class="muted">{esc(ACT_NOTE)}</span>'
        rows.append(
            f"<tr>{_span_cell(view, a.span)}<td>{_words(view, a.span)}</td><td>{source}</td>"
            f"<td>{esc(a.kind)}</td><td>{esc(a.cue)}{act}</td>"
            f'<td><span class="fid">{esc(span_label(a.content))}</span> '
            f"{_words(view, a.content)}</td></tr>"
        )
    heads = ("Span", "Words", "Source", "Kind", "Cue", "Credited statement")
    return _table("Attributions", heads, rows)


def _claims(view: AnalysisView, anchor: str) -> list[str]:
    rows = []
    for label, claim in view.labeled_claims:
        notes = "".join(f"<li>{esc(note)}</li>" for note in claim_notes(claim))
        rows.append(
            f'<tr id="{_anchor(anchor, label)}"><td class="num">{label}</td>'
            f"{_span_cell(view, claim.span)}<td>{esc(claim.text)}</td><td><ul>{notes}</ul></td>"
            "</tr>"
        )
    return _table("Claims", ("#", "Span", "Claim", "Analysis"), rows)


_LEGEND = (
    '<ul class="legend">'
    '<li><span class="cl">claim</span> <span class="cl2">next claim</span></li>'
    '<li><span class="q">quoted words</span></li>'
    '<li><span class="at">attribution (source and cue)</span></li>'
    '<li><span class="en">entity</span></li>'
    '<li><span class="nu">number</span></li>'
    '<li><span class="da">date</span></li>'
    '<li><span class="sb"></span>sentence start</li>'
    "</ul>"
)


def _meta(view: AnalysisView) -> list[str]:
    article = view.article
    parts = [esc(article.outlet or "unknown outlet")]
    if article.published:
        parts.append(
            f'<time datetime="{esc(iso_time(article.published))}">'
            f"{esc(format_time(article.published))}</time>"
        )
    else:
        parts.append("undated")
    if article.language:
        parts.append(esc(article.language))
    if article.path:
        parts.append(f"<code>{esc(article.path)}</code>")
    parts.append(f"article <code>{esc(article.id)}</code>")
    out = [f'<p class="meta">{" · ".join(parts)}</p>']
    if article.url:
        safe = safe_url(article.url)
        shown = esc(article.url)
        link = (
            f'<a href="{esc(safe)}" rel="noopener noreferrer nofollow">{shown}</a>'
            if safe
            else f'<code class="muted">{shown}</code>'
        )
        out.append(f'<p class="meta">{link}</p>')
    analyzer = view.analysis.analyzer or "unknown analyzer"
    out.append(
        f'<p class="meta">{pluralize(len(view.text), "character")} · analyzer '
        f"<code>{esc(analyzer)}</code> · {esc(view.counts_line())}</p>"
    )
    return out


def _article(view: AnalysisView, anchor: str) -> list[str]:
    language = view.article.language or ""
    lang = f' lang="{esc(language)}"' if _LANGUAGE.match(language) else ""
    body = layered_html(view.text, marks_of(view), view.sentences)
    out = [
        f'<article class="analysis" id="{anchor}">',
        f"<h2>{esc(view.article.title or 'Untitled article')}</h2>",
        *_meta(view),
        "<h3>Text</h3>",
        _LEGEND,
        f'<div class="analysis-text"{lang}>{body}</div>',
    ]
    out += _claims(view, anchor)
    out += _quotes(view, anchor)
    out += _attributions(view)
    out += _entities(view)
    return [*out, "</article>"]


def render_analysis_html(analyses: Sequence[AnalyzedArticle]) -> str:
    """Return one complete, self-contained HTML page showing what each analysis found."""
    prepared = views_of(analyses)
    count = pluralize(len(prepared), "article")
    if len(prepared) == 1:
        title = f"{prepared[0].article.title or 'Untitled article'} — corrobora analysis"
    else:
        title = f"corrobora analysis — {count}"
    out: list[str] = []
    if len(prepared) > 1:
        out += ["<nav>", "<ol>"]
        for number, view in enumerate(prepared, 1):
            out.append(
                f'<li><a href="#article-{number}">'
                f"{esc(view.article.title or 'Untitled article')}</a> "
                f'<span class="muted">{esc(view.article.outlet)}</span></li>'
            )
        out += ["</ol>", "</nav>"]
    out.append("<main>")
    if not prepared:
        out.append('<p class="muted">No articles.</p>')
    for number, view in enumerate(prepared, 1):
        out += _article(view, f"article-{number}")
    out.append("</main>")
    return page(
        title=title,
        heading="Article analysis",
        meta=f"corrobora {__version__} · {count}",
        body=out,
        footer="Offsets are character positions in the article text as it was given to "
        "corrobora (start included, end excluded). Every highlight is placed by its span; "
        "hover it to see what it is.",
        extra_css=MARK_CSS,
    )
