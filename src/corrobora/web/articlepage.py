"""The article page's content: the text cut into runs, each with the kinds covering it.

The highlights are the analysis's own spans (claims, quotes, attributions, entities,
numbers, dates, as :func:`corrobora.report.analysis_html.marks_of` lists them), the
statements behind the story's facts (linked to the facts) and, when the reader came
from a fact, the characters asked for (the *target*, marked and given the id ``hl``).
Nothing is re-searched: every run is cut at span boundaries, and the runs joined give
back the article text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..model import CopyLink, Span
from ..report.analysis import AnalysisView
from ..report.analysis_html import Mark, marks_of
from ..report.common import StoryView, format_time, iso_time, safe_url
from ..report.printable import printable
from .links import article_url, story_url
from .reads import ArticleRecord

_KIND_ORDER = ("cl", "cl2", "at", "q", "en", "nu", "da")


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text under the same highlights.

    ``classes`` are the CSS classes of the kinds covering it, ``facts`` the labels of the
    facts whose statements cover it (``href`` links the first), ``target`` is True
    inside the requested characters, and ``anchor`` is set on the first target run.
    """

    text: str
    classes: str
    title: str
    facts: tuple[str, ...]
    href: str | None
    target: bool
    anchor: str | None


@dataclass(frozen=True, slots=True)
class FactRef:
    """A fact this article states, with the characters of its statement."""

    label: str
    text: str
    status: str
    href: str
    statement_href: str


@dataclass(frozen=True, slots=True)
class CopyRef:
    """A copy relation: this article copies another, or is copied by it."""

    relation: str
    label: str
    href: str
    similarity: float


@dataclass(frozen=True, slots=True)
class ArticlePage:
    """Everything the article page shows, as plain values."""

    id: str
    title: str
    outlet: str
    published: str | None
    published_iso: str | None
    language: str | None
    url: str | None
    unsafe_url: str | None
    counts: str
    runs: tuple[Run, ...]
    target: Span | None
    target_text: str | None
    story_id: str | None
    story_title: str | None
    facts: tuple[FactRef, ...]
    copies: tuple[CopyRef, ...]


@dataclass(frozen=True, slots=True)
class FactLink:
    """Characters of the article that state a fact, and the address of that fact."""

    start: int
    end: int
    label: str
    href: str


def _shown(text: str) -> str:
    return printable(text)


def _sweep(
    size: int, items: Sequence[tuple[int, int]], extra: Sequence[int]
) -> list[tuple[int, int, list[int]]]:
    """Cut ``[0, size)`` at every item boundary; return ``(low, high, covering items)``."""
    clipped = [(max(0, min(a, size)), max(0, min(b, size))) for a, b in items]
    opening: dict[int, list[int]] = {}
    for index, (start, end) in enumerate(clipped):
        if start < end:
            opening.setdefault(start, []).append(index)
    points = sorted({0, size, *extra} | {p for pair in clipped for p in pair})
    pieces = []
    active: list[int] = []
    for low, high in pairwise(points):
        active = [i for i in active if clipped[i][1] > low] + opening.get(low, [])
        pieces.append((low, high, sorted(active)))
    return pieces


def cut_runs(
    text: str, marks: Sequence[Mark], links: Sequence[FactLink], target: Span | None
) -> tuple[Run, ...]:
    """Return ``text`` cut at every boundary of ``marks``, ``links`` and ``target``."""
    items = [(m.start, m.end) for m in marks] + [(link.start, link.end) for link in links]
    bounds = [max(0, min(p, len(text))) for p in (target.start, target.end)] if target else []
    runs: list[Run] = []
    anchored = False
    for low, high, active in _sweep(len(text), items, bounds):
        covering = [marks[i] for i in active if i < len(marks)]
        facts = [links[i - len(marks)] for i in active if i >= len(marks)]
        inside = target is not None and target.start <= low and high <= target.end
        kinds = {m.kind for m in covering}
        classes = " ".join(k for k in _KIND_ORDER if k in kinds)
        if facts:
            classes = f"{classes} sf".strip()
        labels = tuple(dict.fromkeys(link.label for link in facts))
        titles = [m.title for m in covering]
        if labels:
            titles.append("states " + ", ".join(labels))
        anchor = "hl" if inside and not anchored else None
        anchored = anchored or inside
        runs.append(
            Run(
                text=_shown(text[low:high]),
                classes=classes,
                title="\n".join(dict.fromkeys(titles)),
                facts=labels,
                href=facts[0].href if facts else None,
                target=inside,
                anchor=anchor,
            )
        )
    return tuple(runs)


def _facts(view: StoryView | None, article_id: str) -> tuple[list[FactLink], tuple[FactRef, ...]]:
    if view is None:
        return [], ()
    story_id = view.story.id
    links: list[FactLink] = []
    refs: list[FactRef] = []
    for fact in view.facts:
        label = view.fact_numbers[fact.id]
        spans = [s.span for s in view.ordered_support(fact) if s.article_id == article_id]
        if not spans:
            continue
        href = story_url(story_id, label)
        links.extend(FactLink(span.start, span.end, label, href) for span in spans)
        statement = article_url(article_id, story_id=story_id, span=spans[0])
        refs.append(FactRef(label, fact.text, str(fact.status), href, statement))
    return links, tuple(refs)


def _copies(view: StoryView | None, article_id: str, copies: Sequence[CopyLink]) -> list[CopyRef]:
    def label(other: str) -> str:
        return view.label(other) if view else other

    story_id = view.story.id if view else None
    refs = []
    for link in copies:
        if link.article_id == article_id:
            other, relation = link.copy_of, "copies"
        else:
            other, relation = link.article_id, "is copied by"
        refs.append(
            CopyRef(relation, label(other), article_url(other, story_id=story_id), link.similarity)
        )
    return refs


def article_page(record: ArticleRecord, target: Span | None) -> ArticlePage:
    """Return the content of the article page; ``target`` is the span to mark, if any."""
    analysis = AnalysisView(record.analysis)
    article = analysis.article
    view = StoryView(record.report) if record.report else None
    if target is not None and target.end > len(article.text):
        target = None
    links, facts = _facts(view, article.id)
    url = article.url
    safe = safe_url(url)
    return ArticlePage(
        id=article.id,
        title=article.title or "Untitled article",
        outlet=article.outlet or "unknown outlet",
        published=format_time(article.published) if article.published else None,
        published_iso=iso_time(article.published),
        language=article.language,
        url=safe,
        unsafe_url=url if url and safe is None else None,
        counts=analysis.counts_line(),
        runs=cut_runs(article.text, marks_of(analysis), links, target),
        target=target,
        target_text=target.slice(article.text) if target else None,
        story_id=view.story.id if view else None,
        story_title=(view.story.title or "Untitled story") if view else None,
        facts=facts,
        copies=tuple(_copies(view, article.id, record.copies)),
    )
