"""Every engine gives the same analyses, stories and facts as the in-process run."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from corrobora import api, serialize
from corrobora.cluster.features import EMBEDDING_DECIMALS
from corrobora.engines import Engine
from corrobora.model import AnalyzedArticle, Article
from corrobora.pipeline import (
    StoryBuild,
    analyze_articles,
    analyze_with_views,
    build_story_set,
    story_features_of,
)
from corrobora.settings import Settings
from corrobora.store import open_store

from .conftest import DEMO, SPECS

OTHERS = [name for name in SPECS if name != "local-1"]


def _analyses_json(paths: list[Path], settings: Settings, engine: Engine) -> list[str]:
    analyses, errors = api.analyze_files(paths, settings, engine=engine)
    assert errors == []
    return [serialize.dumps(a) for a in analyses]


def _stored(
    path: Path, inputs: list[Path], settings: Settings, engine: Engine
) -> dict[str, object]:
    """Ingest ``inputs`` into a new SQLite store; return its stories, members and findings."""
    with open_store(str(path)) as store:
        summary = api.ingest(inputs, store, settings, engine=engine)
        assert summary.errors == []
        assert summary.added == summary.read > 0
        summaries = api.story_summaries(store)
        return {
            "members": store.story_ids_by_article(),
            "analyses": sorted(serialize.dumps(a) for a in store.analyses()),
            "reconciliations": {
                s.id: serialize.dumps(store.reconciliation(s.id)) for s in summaries
            },
        }


@pytest.fixture(scope="module")
def demo_reference(settings: Settings, engines: dict[str, Engine]) -> list[str]:
    return _analyses_json([DEMO], settings, engines["local-1"])


@pytest.mark.parametrize("name", OTHERS)
def test_demo_analyses_identical(
    name: str, demo_reference: list[str], settings: Settings, engines: dict[str, Engine]
) -> None:
    assert len(demo_reference) >= 15
    assert _analyses_json([DEMO], settings, engines[name]) == demo_reference


@pytest.fixture(scope="module")
def demo_stored(
    settings: Settings, engines: dict[str, Engine], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, object]:
    return _stored(tmp_path_factory.mktemp("ref") / "ref.db", [DEMO], settings, engines["local-1"])


@pytest.fixture(scope="module")
def ecb_stored(
    ecb_folder: Path,
    settings: Settings,
    engines: dict[str, Engine],
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, object]:
    path = tmp_path_factory.mktemp("ref") / "ref.db"
    return _stored(path, [ecb_folder], settings, engines["local-1"])


@pytest.mark.parametrize("name", OTHERS)
def test_demo_stories_and_facts_identical(
    name: str,
    demo_stored: dict[str, object],
    settings: Settings,
    engines: dict[str, Engine],
    tmp_path: Path,
) -> None:
    reference = demo_stored
    other = _stored(tmp_path / f"{name}.db", [DEMO], settings, engines[name])
    assert len(reference["reconciliations"]) >= 3  # type: ignore[arg-type]
    assert other == reference


@pytest.mark.shared
@pytest.mark.parametrize("name", OTHERS)
def test_ecbplus_identical(
    name: str,
    ecb_articles: list[Article],
    ecb_folder: Path,
    ecb_stored: dict[str, object],
    settings: Settings,
    engines: dict[str, Engine],
    tmp_path: Path,
) -> None:
    direct = [serialize.dumps(a) for a in analyze_articles(ecb_articles, settings)]
    mapped = [
        serialize.dumps(a) for a in analyze_articles(ecb_articles, settings, engine=engines[name])
    ]
    assert len(direct) == 30
    assert mapped == direct
    reference = ecb_stored
    other = _stored(tmp_path / f"{name}.db", [ecb_folder], settings, engines[name])
    assert len(set(reference["members"].values())) >= 2  # type: ignore[attr-defined]
    assert other == reference


@pytest.fixture(scope="module")
def demo_build(settings: Settings) -> tuple[list[AnalyzedArticle], str]:
    analyses, errors = api.analyze_files([DEMO], settings)
    assert errors == []
    return analyses, _build_json(build_story_set(analyses, settings))


def _build_json(build: StoryBuild) -> str:
    return json.dumps(
        {
            "stories": [serialize.dumps(story) for story in build.stories],
            "copies": [serialize.dumps(link) for link in build.copies],
            "reconciliations": [serialize.dumps(r) for r in build.reconciliations],
        }
    )


@pytest.mark.parametrize("name", SPECS)
def test_grouping_and_reconciliation_on_workers_identical(
    name: str,
    demo_build: tuple[list[AnalyzedArticle], str],
    settings: Settings,
    engines: dict[str, Engine],
) -> None:
    """Linked groups, copies and reconciliations computed on workers match the in-process run."""
    analyses, reference = demo_build
    build = build_story_set(analyses, settings, engine=engines[name])
    assert len(build.stories) >= 3 and build.copies
    assert _build_json(build) == reference


@pytest.mark.parametrize("name", SPECS)
def test_views_built_on_workers_match_the_drivers(
    name: str,
    demo_build: tuple[list[AnalyzedArticle], str],
    settings: Settings,
    engines: dict[str, Engine],
) -> None:
    """The clustering views built with the analysis match those built from it afterwards.

    Lead embeddings agree to their last kept decimal: the model's arithmetic depends on
    which texts share its batch, so a rounding can fall the other way.
    """
    analyses, _ = demo_build
    viewed = list(analyze_with_views([a.article for a in analyses], settings, engine=engines[name]))
    assert [analyzed for analyzed, _ in viewed] == analyses
    later = story_features_of(analyses, settings)
    assert [replace(view, embedding=None) for _, view in viewed] == [
        replace(view, embedding=None) for view in later
    ]
    step = 1.5 * 10**-EMBEDDING_DECIMALS
    for (_, view), again in zip(viewed, later, strict=True):
        assert (view.embedding is None) == (again.embedding is None)
        if view.embedding is not None and again.embedding is not None:
            assert view.embedding == pytest.approx(again.embedding, abs=step)
