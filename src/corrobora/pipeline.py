"""The stage table: per-article analysis, then the global story step, then per-story reconciliation.

Every function here is pure over the data model and picklable, so an engine can run the
per-article and per-story maps wherever it likes; only the story step is global.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from .align.embeddings import load_encoder
from .cluster.features import StoryFeatures, features_for
from .cluster.state import StoryState
from .cluster.stories import group_stories
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
    states: Mapping[str, StoryState] = field(default_factory=dict)


def analyze_articles(
    articles: Iterable[Article], settings: Settings, *, tick: Tick | None = None
) -> Iterator[AnalyzedArticle]:
    """Analyze articles one by one (batched internally), calling ``tick(1)`` after each."""
    for analysis in analyze_many(articles, settings.analyze):
        if tick is not None:
            tick(1)
        yield analysis


def story_features_of(
    analyses: Sequence[AnalyzedArticle], settings: Settings
) -> list[StoryFeatures]:
    """The clustering views of ``analyses``, with lead embeddings when a model is set."""
    return features_for(analyses, load_encoder(settings.reconcile.embeddings))


def reconcile_story(
    story: Story,
    members: Sequence[AnalyzedArticle],
    copies: Sequence[CopyLink],
    settings: Settings,
) -> Reconciliation:
    """Reconcile one story (the per-story map of the pipeline)."""
    return reconcile(story, members, copies, settings.reconcile)


def build_story_set(
    analyses: Sequence[AnalyzedArticle],
    settings: Settings,
    *,
    previous: Mapping[str, str] | None = None,
    tick: Tick | None = None,
) -> StoryBuild:
    """Group articles into stories, mark copies and reconcile every story.

    Args:
        analyses: every analyzed article to group.
        settings: run settings.
        previous: article id -> story id from an earlier run, so stories keep their ids.
        tick: called with 1 after each story is reconciled.
    """
    features = {f.article_id: f for f in story_features_of(analyses, settings)}
    grouping = group_stories(analyses, settings.cluster, features=features, previous=previous)
    by_id = {a.article.id: a for a in analyses}
    reconciliations = []
    for story in grouping.stories:
        members = [by_id[i] for i in story.article_ids if i in by_id]
        reconciliations.append(reconcile_story(story, members, grouping.copies, settings))
        if tick is not None:
            tick(1)
    return StoryBuild(grouping.copies, grouping.stories, tuple(reconciliations), grouping.states)
