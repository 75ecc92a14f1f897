"""The story page's content: facts by status, conflicts, quotes, coverage, articles.

Built from the report layer's :class:`StoryView`, so the page shows the same facts in
the same order under the same labels as the CLI's reports. Only plain values come out
of here; the templates escape all of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Conflict, Fact, FactStatus, Span
from ..report.common import (
    STATUS_TITLES,
    StoryView,
    conflict_label,
    diff_segments,
    format_time,
    iso_time,
    period,
    safe_url,
)
from ..report.evidence import excerpt
from .links import article_url


@dataclass(frozen=True, slots=True)
class Passage:
    """One article's words, in their sentence, linked to the highlighted characters."""

    article_id: str
    label: str
    before: str
    marked: str
    after: str
    href: str
    where: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class ConflictItem:
    """A disagreement with the differing wordings side by side."""

    label: str
    detail: str
    nature: str
    values: tuple[Passage, ...]


@dataclass(frozen=True, slots=True)
class FactItem:
    """One fact as the page shows it."""

    id: str
    label: str
    text: str
    status: str
    status_title: str
    independent: int
    origins: tuple[str, ...]
    outlets: tuple[str, ...]
    lines: tuple[str, ...]
    conflicts: tuple[ConflictItem, ...]
    support: tuple[Passage, ...]


@dataclass(frozen=True, slots=True)
class FactGroup:
    """Facts under one heading; single-source facts are grouped by their article."""

    title: str
    facts: tuple[FactItem, ...]


@dataclass(frozen=True, slots=True)
class FactSection:
    """All facts of one status."""

    status: str
    title: str
    count: int
    groups: tuple[FactGroup, ...]


@dataclass(frozen=True, slots=True)
class Wording:
    """One source's wording of a quote, as runs of "same", "del" and "ins" words."""

    label: str
    href: str
    segments: tuple[tuple[str, str], ...]
    reference: bool


@dataclass(frozen=True, slots=True)
class QuoteItem:
    """One utterance as each source words it."""

    label: str
    speaker: str
    identical: bool
    wordings: tuple[Wording, ...]


@dataclass(frozen=True, slots=True)
class MatrixCell:
    """Whether an article states a fact: "in", "out" or "" (unknown); linked when in."""

    state: str
    href: str | None


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """One fact's row of the coverage matrix."""

    label: str
    text: str
    status: str
    cells: tuple[MatrixCell, ...]


@dataclass(frozen=True, slots=True)
class ArticleItem:
    """One article of the story, for the table of articles."""

    number: int
    id: str
    label: str
    title: str
    href: str
    url: str | None
    unsafe_url: str | None
    published: str | None
    published_iso: str | None
    copy_note: str


@dataclass(frozen=True, slots=True)
class StoryPage:
    """Everything the story page shows, as plain values."""

    id: str
    title: str
    period: str
    summary: str
    facts_line: str
    articles: tuple[ArticleItem, ...]
    sections: tuple[FactSection, ...]
    quotes: tuple[QuoteItem, ...]
    matrix_heads: tuple[ArticleItem, ...]
    matrix: tuple[MatrixRow, ...]
    edges: tuple[tuple[str, str, str], ...]


class _Builder:
    def __init__(self, view: StoryView) -> None:
        self.view = view
        self.story_id = view.story.id

    def passage(self, article_id: str, span: Span, fallback: str, note: str = "") -> Passage:
        view = self.view
        part = excerpt(view.text(article_id), span, fallback)
        return Passage(
            article_id=article_id,
            label=view.label(article_id),
            before=part.before,
            marked=part.marked,
            after=part.after,
            href=article_url(article_id, story_id=self.story_id, span=span),
            where=f"characters {span.start}–{span.end} of {view.label(article_id)}",
            note=note,
        )

    def conflict(self, conflict: Conflict) -> ConflictItem:
        values = tuple(self.passage(v.article_id, v.span, v.text) for v in conflict.values)
        return ConflictItem(conflict_label(conflict), conflict.detail, str(conflict.nature), values)

    def fact(self, fact: Fact) -> FactItem:
        view = self.view
        lines = [
            view.independence_line(fact),
            view.confidence_line(fact),
            view.timeline_line(fact),
            view.related_line(fact),
        ]
        support = tuple(
            self.passage(s.article_id, s.span, s.text, view.via(s.article_id, s.origin, s.is_copy))
            for s in view.ordered_support(fact)
        )
        return FactItem(
            id=fact.id,
            label=view.fact_numbers[fact.id],
            text=fact.text,
            status=str(fact.status),
            status_title=STATUS_TITLES[fact.status],
            independent=fact.independent_support,
            origins=tuple(view.origin_name(origin) for origin in fact.origins),
            outlets=tuple(view.label(a) for a in view.support_articles(fact)),
            lines=tuple(line for line in lines if line),
            conflicts=tuple(self.conflict(c) for c in fact.conflicts),
            support=support,
        )

    def sections(self) -> tuple[FactSection, ...]:
        view = self.view
        sections = []
        for status in (FactStatus.CORROBORATED, FactStatus.CONFLICTING):
            facts = tuple(self.fact(f) for f in view.facts_with_status(status))
            if facts:
                group = FactGroup("", facts)
                sections.append(
                    FactSection(str(status), STATUS_TITLES[status], len(facts), (group,))
                )
        groups = tuple(
            FactGroup(f"Only in {view.label(article_id)}", tuple(self.fact(f) for f in facts))
            for article_id, facts in view.single_source_groups()
        )
        if groups:
            status = FactStatus.SINGLE_SOURCE
            count = sum(len(g.facts) for g in groups)
            sections.append(FactSection(str(status), STATUS_TITLES[status], count, groups))
        return tuple(sections)

    def quotes(self) -> tuple[QuoteItem, ...]:
        view = self.view
        items = []
        for number, group in enumerate(view.quotes, 1):
            wordings = tuple(
                Wording(
                    label=view.label(v.article_id),
                    href=article_url(v.article_id, story_id=self.story_id, span=v.span),
                    segments=tuple(diff_segments(v)),
                    reference=i == 0 and not group.identical,
                )
                for i, v in enumerate(group.variants)
            )
            speaker = group.speaker or "unknown speaker"
            items.append(QuoteItem(f"Q{number}", speaker, group.identical, wordings))
        return tuple(items)

    def articles(self) -> tuple[ArticleItem, ...]:
        view = self.view
        items = []
        for article_id in view.article_ids:
            article = view.articles.get(article_id)
            link = view.copies.get(article_id)
            note = ""
            if link:
                note = f"copy of {view.label(link.copy_of)} ({link.similarity:.0%} similar)"
            url = article.url if article else None
            safe = safe_url(url)
            items.append(
                ArticleItem(
                    number=view.number(article_id),
                    id=article_id,
                    label=view.label(article_id),
                    title=(article.title if article else "") or "untitled",
                    href=article_url(article_id, story_id=self.story_id),
                    url=safe,
                    unsafe_url=url if url and safe is None else None,
                    published=format_time(article.published)
                    if article and article.published
                    else None,
                    published_iso=iso_time(article.published) if article else None,
                    copy_note=note,
                )
            )
        return tuple(items)

    def matrix(self) -> tuple[MatrixRow, ...]:
        view = self.view
        cells = view.coverage_cells()
        first_span: dict[tuple[str, str], Span] = {}
        for fact in view.facts:
            for s in view.ordered_support(fact):
                first_span.setdefault((s.article_id, fact.id), s.span)
        rows = []
        for fact in view.facts:
            row = []
            for article_id in view.article_ids:
                state = cells.get((article_id, fact.id))
                span = first_span.get((article_id, fact.id))
                href = article_url(article_id, story_id=self.story_id, span=span) if span else None
                shown = "" if state is None else ("in" if state else "out")
                row.append(MatrixCell(shown, href if state else None))
            rows.append(
                MatrixRow(view.fact_numbers[fact.id], fact.text, str(fact.status), tuple(row))
            )
        return tuple(rows)


def story_page(view: StoryView) -> StoryPage:
    """Return the content of the story page of a story prepared for display."""
    builder = _Builder(view)
    articles = builder.articles()
    edges = tuple(
        (
            view.provenance_label(e.source),
            view.provenance_label(e.target),
            e.relation.replace("_", " "),
        )
        for e in view.provenance()
    )
    return StoryPage(
        id=view.story.id,
        title=view.story.title or "Untitled story",
        period=period(view.story),
        summary=view.summary_line(),
        facts_line=view.facts_line(),
        articles=articles,
        sections=builder.sections(),
        quotes=builder.quotes(),
        matrix_heads=articles if view.facts and view.rec.coverage else (),
        matrix=builder.matrix() if view.rec.coverage else (),
        edges=edges,
    )
