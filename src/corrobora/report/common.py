"""What every renderer shares: the input record, orderings, labels and display names.

The renderers differ only in markup. Everything that decides *what* is shown and in
*which order* lives here, so JSON, Markdown, HTML and the terminal agree and stay
deterministic.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from ..model import (
    Article,
    Attribution,
    Conflict,
    ConflictNature,
    CopyLink,
    DiffOp,
    Fact,
    FactEvent,
    FactEventKind,
    FactStatus,
    ProvenanceEdge,
    QuoteGroup,
    QuoteVariant,
    Reconciliation,
    Span,
    Story,
    Support,
    TimelineEntry,
)
from ..reconcile.origins import narrator, outlet_key
from ..reconcile.quotes import same_speaker
from ..text import canonical_key
from .evidence import sentence_bounds

STATUS_ORDER: tuple[FactStatus, ...] = (
    FactStatus.CORROBORATED,
    FactStatus.CONFLICTING,
    FactStatus.SINGLE_SOURCE,
)
"""The order in which the human formats present facts."""

UNKNOWN_ORDER = "order of reports unknown (undated articles)"
"""What the human formats say of a fact whose reports have no known order."""

UNDATED_HEADING = "Undated, order unknown"
"""What the human formats head a story timeline's undated articles with."""

RELATED_SHOWN = 8
"""How many facts of the same event the human formats name before counting the rest."""

STATUS_TITLES: Mapping[FactStatus, str] = {
    FactStatus.CORROBORATED: "Corroborated",
    FactStatus.CONFLICTING: "Conflicting",
    FactStatus.SINGLE_SOURCE: "Single-source",
}

_FAR_AWAY = 1 << 30
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019\u02bc]s?$")
_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`\\\x00-\x1f\x7f]+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class StoryReport:
    """One reconciled story with the articles it was built from.

    Attributes:
        reconciliation: the reconciled account of the story.
        articles: every article of the story, by id; their texts are what the spans of
            the reconciliation point into.
    """

    reconciliation: Reconciliation
    articles: Mapping[str, Article]


def conflict_label(conflict: Conflict) -> str:
    """The heading of a conflict: ``Number conflict``, ``Number update``, ...

    An update (a later report revising a figure) or a correction (a later report, or a
    correction notice withdrawing a figure, whichever report is older) is named so.
    """
    noun = {
        ConflictNature.DISAGREEMENT: "conflict",
        ConflictNature.UPDATE: "update (a later report)",
        ConflictNature.CORRECTION: "correction",
    }[conflict.nature]
    return f"{str(conflict.kind).capitalize()} {noun}"


def pluralize(count: int, word: str, plural: str | None = None) -> str:
    """Return ``"1 article"`` / ``"3 articles"``."""
    return f"{count} {word if count == 1 else (plural or word + 's')}"


def quoting_articles(group: QuoteGroup) -> int:
    """How many articles give a quote group's words (one may give two pieces of them)."""
    return len({v.article_id for v in group.variants})


def quote_state(group: QuoteGroup) -> str:
    """How a quote group's wordings compare: "identical", "worded differently", "quoted".

    A wording only one article has is "quoted" (in 1 article), never "identical".
    """
    if quoting_articles(group) < 2:
        return "quoted"
    return "identical" if group.identical else "worded differently"


def format_time(value: datetime | None) -> str:
    """Return a short, deterministic human form of a time: ``2025-01-04 14:00 UTC``."""
    if value is None:
        return "undated"
    shown = value.strftime("%Y-%m-%d %H:%M")
    offset = value.utcoffset()
    if offset is None:
        return shown
    if not offset:
        return f"{shown} UTC"
    iso = value.isoformat()
    return f"{shown} UTC{iso[-6:]}"


def iso_time(value: datetime | None) -> str | None:
    """Return ISO 8601 for JSON, or None."""
    return None if value is None else value.isoformat()


def time_sort_key(value: datetime | None) -> tuple[int, float]:
    """Sort key that puts undated items last and reads naive times as UTC."""
    if value is None:
        return (1, 0.0)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return (0, value.timestamp())


def safe_url(url: str | None) -> str | None:
    """Return ``url`` when it is a plain http(s) address that is safe to link, else None."""
    if url is None:
        return None
    candidate = url.strip()
    return candidate if _SAFE_URL.match(candidate) else None


def period(story: Story) -> str:
    """Return the time range a story covers, for headers."""
    first, last = story.first_seen, story.last_seen
    if first is None and last is None:
        return "undated"
    if first is None or last is None or first == last:
        return format_time(first or last)
    return f"{format_time(first)} – {format_time(last)}"


def _unordered(fact: Fact, published: Mapping[str, datetime | None]) -> bool:
    """True when two or more articles state a fact and one of them is undated.

    An undated report may be the earliest, and neither an id nor the order the files
    were read in tells when it was written: no report of such a fact is first.
    ``published`` holds each article's publication time (an article it lacks is undated).
    """
    articles = {s.article_id for s in fact.support} | {e.article_id for e in fact.timeline}
    return len(articles) > 1 and any(published.get(a) is None for a in articles)


def clean_name(name: str) -> str:
    """Return a source name as written, without a leading "the" or a trailing "'s"."""
    name = " ".join(name.split())
    return _POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", name)).strip() or name


class StoryView:
    """A story prepared for display: ordered articles, labels, names and ordered facts.

    ``unordered`` holds the ids of the facts whose reports have no known order (an
    undated article states them too); those facts are shown with no first report.

    Args:
        report: the story to prepare.
    """

    def __init__(self, report: StoryReport) -> None:
        self.report = report
        self.rec = report.reconciliation
        self.story = self.rec.story
        self.articles = report.articles
        self.article_ids = self._order_articles()
        self.index = {article_id: i for i, article_id in enumerate(self.article_ids)}
        self.copies: dict[str, CopyLink] = {}
        for link in sorted(self.rec.copies, key=lambda c: (c.article_id, c.copy_of)):
            self.copies.setdefault(link.article_id, link)
        self.labels = self._make_labels()
        self.origin_names = self._make_origin_names()
        published = {entry.article_id: entry.published for entry in self.rec.timeline}
        published.update({a.id: a.published for a in self.articles.values()})
        self.unordered = frozenset(f.id for f in self.rec.facts if _unordered(f, published))
        facts = map(self._without_unknown_first, self.rec.facts)
        self.facts = tuple(sorted(facts, key=self._fact_key))
        self.fact_numbers = {fact.id: f"F{i}" for i, fact in enumerate(self.facts, 1)}
        self.quotes = tuple(sorted(self.rec.quotes, key=self._quote_key))

    # -- articles -------------------------------------------------------------------

    def _order_articles(self) -> tuple[str, ...]:
        ordered = list(dict.fromkeys(self.story.article_ids))
        seen = set(ordered)
        extra = [a for a in self.articles.values() if a.id not in seen]
        extra.sort(key=lambda a: (time_sort_key(a.published), a.id))
        ordered.extend(a.id for a in extra)
        return tuple(ordered)

    def _make_labels(self) -> dict[str, str]:
        outlets = [self.outlet(article_id) for article_id in self.article_ids]
        counts = Counter(outlets)
        seen: Counter[str] = Counter()
        labels: dict[str, str] = {}
        for article_id, outlet in zip(self.article_ids, outlets, strict=True):
            seen[outlet] += 1
            labels[article_id] = outlet if counts[outlet] == 1 else f"{outlet} #{seen[outlet]}"
        return labels

    def outlet(self, article_id: str) -> str:
        """Return the outlet of an article, or a stand-in when the article is unknown."""
        article = self.articles.get(article_id)
        if article is not None and article.outlet.strip():
            return article.outlet
        for entry in self.rec.timeline:
            if entry.article_id == article_id and entry.outlet:
                return entry.outlet
        return "unknown outlet" if article is not None else f"article {article_id[:8]}"

    def label(self, article_id: str) -> str:
        """Return the short display label of an article (its outlet, numbered if repeated)."""
        return self.labels.get(article_id) or self.outlet(article_id)

    def number(self, article_id: str) -> int:
        """Return the 1-based position of an article in the story's article list."""
        return self.index.get(article_id, len(self.article_ids)) + 1

    def text(self, article_id: str) -> str | None:
        """Return the text of an article, or None when it is not available."""
        article = self.articles.get(article_id)
        return None if article is None else article.text

    def outlet_count(self) -> int:
        """Return the number of distinct outlets among the story's articles."""
        return len({canonical_key(self.outlet(a)) for a in self.article_ids})

    # -- origins --------------------------------------------------------------------

    def _make_origin_names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for article_id in self.article_ids:
            outlet = self.outlet(article_id)
            names.setdefault(canonical_key(outlet), outlet)
            own = outlet_key(outlet)
            names.setdefault(own, _spelled_inside(own, outlet) or outlet)
        written: dict[str, Counter[str]] = {}
        for attribution in self.rec.attributions:
            written.setdefault(attribution.source_key, Counter())[
                clean_name(attribution.source)
            ] += 1
        for group in self.rec.quotes:
            if group.speaker and group.speaker_key:
                written.setdefault(group.speaker_key, Counter())[clean_name(group.speaker)] += 1
        for key in sorted(written):
            if key not in names:
                # "Brackwell", "the utility" credit "brackwell water": named as the text has it
                name = _display_name(key, written[key])
                names[key] = (
                    name if canonical_key(name) == key else self._name_in_texts(key) or name
                )
        for key in sorted(self._origin_keys() - names.keys()):
            names[key] = self._name_in_texts(key) or key
        return names

    def _origin_keys(self) -> set[str]:
        """Every origin key the story's facts and provenance name (not article ids).

        A source can be credited under a key no attribution writes: a person's
        organization ("Dr X of the University of Darrow"), a fuller name of the story.
        """
        keys = {origin for fact in self.rec.facts for origin in fact.origins}
        keys |= {
            key for fact in self.rec.facts for s in fact.support for key in s.origin.split("; ")
        }
        keys |= {node for edge in self.rec.provenance for node in (edge.source, edge.target)}
        return {key for key in keys if key and key not in self.index}

    def _name_in_texts(self, key: str) -> str | None:
        """The words of an article of the story that spell ``key``, if any do.

        An origin no attribution writes is named as an article writes it ("University
        of Darrow" for "university of darrow").
        """
        for article_id in self.article_ids:
            found = _spelled_in_text(key, self.text(article_id) or "")
            if found is not None:
                return found
        return None

    def origin_name(self, key: str) -> str:
        """Return the display name of an origin key ("miami herald" -> "Miami Herald")."""
        if key in self.index:
            return self.label(key)
        return self.origin_names.get(key, key)

    def article_origin_key(self, article_id: str) -> str:
        """Return the origin key an article's own voice has: its outlet's origin key."""
        return outlet_key(self.outlet(article_id))

    # -- facts ----------------------------------------------------------------------

    def order_unknown(self, fact: Fact) -> bool:
        """True when no report of a fact can be said to be first (see :func:`_unordered`)."""
        return fact.id in self.unordered

    def _without_unknown_first(self, fact: Fact) -> Fact:
        """The fact, with no first report where the order of its reports is unknown."""
        if fact.first_reported is None or not self.order_unknown(fact):
            return fact
        return replace(fact, first_reported=None)

    def event_name(self, fact: Fact, event: FactEvent) -> str:
        """What one report did to a fact: its event, or "reports" where none is first.

        A fact whose reports are in an unknown order (:meth:`order_unknown`) has no
        first report: the report listed first only states it.
        """
        if event.kind is FactEventKind.FIRST and self.order_unknown(fact):
            return "reports"
        return event.kind.value

    def position(self, fact: Fact) -> tuple[int, int]:
        """Return where a fact is first stated: (article position, character offset)."""
        places = [(self.index.get(s.article_id, _FAR_AWAY), s.span.start) for s in fact.support]
        return min(places, default=(_FAR_AWAY, 0))

    def _fact_key(self, fact: Fact) -> tuple[int, int, int, tuple[int, int], str]:
        rank = STATUS_ORDER.index(fact.status) if fact.status in STATUS_ORDER else len(STATUS_ORDER)
        if fact.status is FactStatus.SINGLE_SOURCE:
            return (rank, 0, 0, self.position(fact), fact.id)
        return (rank, -fact.independent_support, -len(fact.support), self.position(fact), fact.id)

    def _quote_key(self, group: QuoteGroup) -> tuple[tuple[int, int], str]:
        places = [(self.index.get(v.article_id, _FAR_AWAY), v.span.start) for v in group.variants]
        return (min(places, default=(_FAR_AWAY, 0)), group.id)

    def ordered_support(self, fact: Fact) -> tuple[Support, ...]:
        """Return a fact's support in story order (article position, then offset)."""
        return tuple(
            sorted(
                fact.support,
                key=lambda s: (self.index.get(s.article_id, _FAR_AWAY), s.article_id, s.span),
            )
        )

    def evidence_support(self, fact: Fact) -> tuple[Support, ...]:
        """Return a fact's support as evidence lines: one line per sentence of an article.

        Two claims of one sentence (clauses a comma joins) are two supports of the fact
        but one piece of evidence: they are shown once, marked from the start of the
        first to the end of the last, with their origins together.
        """
        lines: list[Support] = []
        where: dict[tuple[str, int, int], int] = {}
        for support in self.ordered_support(fact):
            text = self.text(support.article_id)
            if text is None or support.span.end > len(text):
                lines.append(support)
                continue
            key = (support.article_id, *sentence_bounds(text, support.span))
            if key not in where:
                where[key] = len(lines)
                lines.append(support)
                continue
            first = lines[where[key]]
            span = Span(
                min(first.span.start, support.span.start), max(first.span.end, support.span.end)
            )
            origins = dict.fromkeys(o for s in (first, support) for o in s.origin.split("; ") if o)
            lines[where[key]] = replace(
                first,
                span=span,
                text=span.slice(text),
                origin="; ".join(origins),
                is_copy=first.is_copy and support.is_copy,
            )
        return tuple(lines)

    def facts_with_status(self, status: FactStatus) -> tuple[Fact, ...]:
        """Return the facts of one status, in display order."""
        return tuple(f for f in self.facts if f.status is status)

    def single_source_groups(self) -> list[tuple[str, tuple[Fact, ...]]]:
        """Return single-source facts grouped by the article that states them first."""
        groups: dict[str, list[Fact]] = {}
        for fact in self.facts_with_status(FactStatus.SINGLE_SOURCE):
            first = min(
                fact.support,
                key=lambda s: (s.is_copy, self.index.get(s.article_id, _FAR_AWAY), s.span.start),
                default=None,
            )
            groups.setdefault(first.article_id if first else "", []).append(fact)
        order = sorted(groups, key=lambda a: (self.index.get(a, _FAR_AWAY), a))
        return [(article_id, tuple(groups[article_id])) for article_id in order]

    def support_articles(self, fact: Fact) -> tuple[str, ...]:
        """Return the distinct articles stating a fact, in story order."""
        ids = {s.article_id for s in fact.support}
        return tuple(sorted(ids, key=lambda a: (self.index.get(a, _FAR_AWAY), a)))

    def independence_line(self, fact: Fact) -> str:
        """Return "2 independent origins: Miami Herald, Outlet X · 3 articles from 2 outlets"."""
        names = ", ".join(self.origin_name(origin) for origin in fact.origins)
        origins = pluralize(fact.independent_support, "independent origin")
        articles = self.support_articles(fact)
        outlets = {canonical_key(self.outlet(a)) for a in articles}
        line = f"{origins}: {names}" if names else origins
        if not fact.independent_support and fact.support and all(s.is_copy for s in fact.support):
            line = "no independent origin (stated only in copies)"
        line += f" · {pluralize(len(articles), 'article')} from {pluralize(len(outlets), 'outlet')}"
        if fact.first_reported:
            line += f" · first reported by {self.label(fact.first_reported)}"
        elif self.order_unknown(fact):
            line += f" · {UNKNOWN_ORDER}"
        return line

    def timeline_line(self, fact: Fact) -> str:
        """Return "timeline: A first · B updates · C repeats" for a revised fact.

        Empty when every later report only corroborates or repeats the first. Where the
        order of the reports is unknown, no report is called first and the line says so:
        "timeline (order unknown): A · B contradicts".
        """
        revising = {FactEventKind.CONTRADICTS, FactEventKind.UPDATES, FactEventKind.CORRECTS}
        if not any(event.kind in revising for event in fact.timeline):
            return ""
        if self.order_unknown(fact):
            steps = " · ".join(
                self.label(e.article_id)
                + ("" if e.kind is FactEventKind.FIRST else f" {e.kind.value}")
                for e in fact.timeline
            )
            return f"timeline (order unknown): {steps}"
        steps = " · ".join(f"{self.label(e.article_id)} {e.kind.value}" for e in fact.timeline)
        return f"timeline: {steps}"

    def related_line(self, fact: Fact) -> str:
        """Return "same event as F3, F7" for a fact with related facts, else "".

        A fact of a large story may share its event with dozens of others; the line
        names the first :data:`RELATED_SHOWN` in fact order and counts the rest ("and
        41 more"), so it stays readable. The JSON report lists them all.
        """
        numbers = sorted(
            (self.fact_numbers[f] for f in fact.related if f in self.fact_numbers),
            key=lambda number: int(number.lstrip("F")),
        )
        if not numbers:
            return ""
        shown = ", ".join(numbers[:RELATED_SHOWN])
        rest = len(numbers) - RELATED_SHOWN
        return f"same event as {shown}" + (f" and {rest} more" if rest > 0 else "")

    def confidence_line(self, fact: Fact) -> str:
        """Return "confidence 0.80 (reason)" or an empty string when none was given."""
        if not fact.confidence and not fact.confidence_reason:
            return ""
        line = f"confidence {fact.confidence:.2f}"
        return f"{line} ({fact.confidence_reason})" if fact.confidence_reason else line

    def via(self, article_id: str, origin: str, is_copy: bool) -> str:
        """Return how an article's statement is sourced: "", "via X", "copy, via X"."""
        notes = []
        own = {self.article_origin_key(article_id)}
        if is_copy:
            link = self.copies.get(article_id)
            notes.append(f"copy of {self.label(link.copy_of)}" if link else "copy")
            if link:
                own.add(self.article_origin_key(link.copy_of))
        if origin and origin not in own:
            notes.append(f"via {self.origin_name(origin)}")
        return ", ".join(notes)

    # -- attributions, coverage, timeline -------------------------------------------

    def attributions_by_article(self) -> list[tuple[str, list[list[Attribution]]]]:
        """Return each article's attributions grouped by source, in reading order.

        The writer's own "I" or "we" is the article's voice, no credit
        (:func:`~corrobora.reconcile.origins.narrator`).
        """
        per_article: dict[str, dict[str, list[Attribution]]] = {}
        ordered = sorted(
            (a for a in self.rec.attributions if not narrator(a)),
            key=lambda a: (
                self.index.get(a.article_id, _FAR_AWAY),
                a.article_id,
                a.span,
                a.content,
            ),
        )
        for attribution in ordered:
            sources = per_article.setdefault(attribution.article_id, {})
            sources.setdefault(attribution.source_key, []).append(attribution)
        return [(a, list(sources.values())) for a, sources in per_article.items()]

    def coverage_cells(self) -> dict[tuple[str, str], bool]:
        """Return ``{(article id, fact id): included?}`` for the coverage matrix."""
        cells: dict[tuple[str, str], bool] = {}
        for coverage in self.rec.coverage:
            for fact_id in coverage.omitted:
                cells[(coverage.article_id, fact_id)] = False
            for fact_id in coverage.included:
                cells[(coverage.article_id, fact_id)] = True
        return cells

    def timeline(self) -> tuple[TimelineEntry, ...]:
        """Return the timeline in publication order (undated last).

        An article is first to report only facts whose reports are in a known order:
        a fact that an undated article states has no first report.
        """
        entries = (
            replace(e, first_reports=tuple(f for f in e.first_reports if f not in self.unordered))
            for e in self.rec.timeline
        )
        return tuple(
            sorted(
                entries,
                key=lambda e: (
                    time_sort_key(e.published),
                    self.index.get(e.article_id, _FAR_AWAY),
                    e.article_id,
                ),
            )
        )

    def timeline_parts(self) -> tuple[tuple[TimelineEntry, ...], tuple[TimelineEntry, ...]]:
        """Return the timeline as its dated entries in order, then the undated ones.

        The undated entries have no known order: the formats list them apart, unnumbered.
        """
        entries = self.timeline()
        dated = tuple(e for e in entries if e.published is not None)
        return dated, tuple(e for e in entries if e.published is None)

    def fact_refs(self, fact_ids: Sequence[str]) -> str:
        """Return "F1, F3" for fact ids (unknown ids are left out)."""
        numbers = [self.fact_numbers[f] for f in fact_ids if f in self.fact_numbers]
        return ", ".join(sorted(numbers, key=lambda n: int(n[1:])))

    def provenance(self) -> tuple[ProvenanceEdge, ...]:
        """Return the provenance edges ordered by their source article, then by name."""
        return tuple(
            sorted(
                self.rec.provenance,
                key=lambda e: (self.index.get(e.source, _FAR_AWAY), e.source, e.target, e.relation),
            )
        )

    def provenance_label(self, node: str) -> str:
        """Return the display name of a provenance node (an article id or an origin key)."""
        return self.label(node) if node in self.index else self.origin_name(node)

    def summary_line(self) -> str:
        """Return "3 articles from 2 outlets · 1 copy"."""
        parts = [
            f"{pluralize(len(self.article_ids), 'article')} from "
            f"{pluralize(self.outlet_count(), 'outlet')}"
        ]
        if self.copies:
            parts.append(pluralize(len(self.copies), "copy", "copies"))
        return " · ".join(parts)

    def facts_line(self) -> str:
        """Return "5 facts: 2 corroborated, 1 conflicting, 2 single-source · 1 quote group"."""
        counts = [
            f"{len(self.facts_with_status(s))} {STATUS_TITLES[s].lower()}" for s in STATUS_ORDER
        ]
        line = f"{pluralize(len(self.facts), 'fact')}: {', '.join(counts)}"
        return f"{line} · {pluralize(len(self.rec.quotes), 'quote group')}"


def _display_name(key: str, written: Counter[str]) -> str:
    """The most written of the names that spell ``key``, else of all its names.

    A short name credited under the fuller key it names ("Brandt" for "ilse brandt")
    does not name that source in full, however often it is written.
    """
    best = min(written.items(), key=lambda kv: (canonical_key(kv[0]) != key, -kv[1], kv[0]))[0]
    if canonical_key(best) == key:
        return best
    return next(filter(None, (_spelled_inside(key, name) for name in written)), best)


_WORD = re.compile(r"[\w&'’-]+")


def _spelled_in_text(key: str, text: str) -> str | None:
    """The first run of words of ``text`` that spells ``key``, if any does.

    A possessive is two words of a key and one of the text ("St Aldric's Hospital" for
    "st aldric s hospital"), so shorter runs are tried too; one that ends the run and is
    no word of the key is dropped ("Richard Nixon's" names "Richard Nixon").
    """
    size = len(key.split())
    first = key.split()[0] if size else ""
    words = list(_WORD.finditer(text))
    for at, word in enumerate(words):
        if canonical_key(word.group()) != first:
            continue
        for length in range(min(size, len(words) - at), 0, -1):
            run = text[word.start() : words[at + length - 1].end()]
            if canonical_key(run) == key:
                bare = _POSSESSIVE.sub("", run)
                return bare if bare and canonical_key(bare) == key else run
    return None


def _spelled_inside(key: str, name: str) -> str | None:
    """The words of ``name`` that spell ``key``, if any run of them does.

    "a new study from the University of Tessmoor" credited under "university of
    tessmoor" names it as "University of Tessmoor".
    """
    words = name.split()
    size = len(key.split())
    for start in range(len(words) - size + 1):
        part = " ".join(words[start : start + size])
        if canonical_key(part) == key:
            return part
    return None


def views(reports: Sequence[StoryReport]) -> list[StoryView]:
    """Return the display views of ``reports`` in the order given."""
    return [StoryView(report) for report in reports]


def credited_to(group: QuoteGroup, variant: QuoteVariant) -> str | None:
    """The speaker a variant's article credits, when it is not the group's speaker.

    One long wording credited to two people is one utterance: an outlet named the
    wrong person (or the group's speaker is). Speakers are compared as quote groups
    compare them: equal keys, or one key the other's last words ("Menck", "Dario
    Menck").
    """
    key, kept = variant.speaker_key, group.speaker_key
    if key is None or kept is None or same_speaker(key, kept):
        return None
    return variant.speaker or key


def credit_note(group: QuoteGroup, variant: QuoteVariant) -> str:
    """The note " (credited to Hana Welk)" for a variant credited to another, else ""."""
    other = credited_to(group, variant)
    return f" (credited to {other})" if other else ""


def diff_segments(variant: QuoteVariant) -> list[tuple[str, str]]:
    """Return a variant's wording as ``(kind, words)`` runs: "same", "del" or "ins".

    Deleted runs are words of the group's reference wording that this wording lacks;
    inserted runs are this wording's own words. Without a diff the text is one run.
    """
    if not variant.diff:
        return [("same", variant.text)]
    segments: list[tuple[str, str]] = []
    for chunk in variant.diff:
        a, b = chunk.a.strip(), chunk.b.strip()
        if chunk.op is DiffOp.EQUAL:
            segments.append(("same", b or a))
            continue
        if a and chunk.op in (DiffOp.DELETE, DiffOp.REPLACE):
            segments.append(("del", a))
        if b and chunk.op in (DiffOp.INSERT, DiffOp.REPLACE):
            segments.append(("ins", b))
    return [(kind, words) for kind, words in segments if words]
