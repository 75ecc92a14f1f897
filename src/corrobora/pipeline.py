"""The stage table: per-article analysis, then the global story step, then per-story reconciliation.

Every function here is pure over the data model and picklable, so an engine can run the
per-article and per-story maps wherever it likes; only the story step is global.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from .cluster import build_stories, find_copies
from .extract import analyze_many
from .model import AnalyzedArticle, Article, CopyLink, Reconciliation, Story
from .reconcile import reconcile
from .settings import Settings

Tick = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class StoryBuild:
    """The result of the global step and the per-story reconciliations."""

    copies: tuple[CopyLink, ...]
    stories: tuple[Story, ...]
    reconciliations: tuple[Reconciliation, ...]


def analyze_articles(
    articles: Iterable[Article], settings: Settings, *, tick: Tick | None = None
) -> Iterator[AnalyzedArticle]:
    """Analyze articles one by one (batched internally), calling ``tick(1)`` after each."""
    for analysis in analyze_many(articles, settings.analyze):
        if tick is not None:
            tick(1)
        yield analysis


def build_story_set(
    analyses: Sequence[AnalyzedArticle],
    settings: Settings,
    *,
    previous: Mapping[str, str] | None = None,
    tick: Tick | None = None,
) -> StoryBuild:
    """Mark copies, group articles into stories and reconcile every story.

    Args:
        analyses: every analyzed article to group.
        settings: run settings.
        previous: article id -> story id from an earlier run, so stories keep their ids.
        tick: called with 1 after each story is reconciled.
    """
    copies = find_copies(analyses, settings.cluster)
    stories = build_stories(analyses, copies, settings.cluster, previous=previous)
    by_id = {a.article.id: a for a in analyses}
    reconciliations = []
    for story in stories:
        members = [by_id[i] for i in story.article_ids if i in by_id]
        reconciliations.append(reconcile(story, members, copies, settings.reconcile))
        if tick is not None:
            tick(1)
    return StoryBuild(copies, stories, tuple(reconciliations))
