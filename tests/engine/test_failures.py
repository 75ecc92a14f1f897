"""Failures: one bad article, a dying worker, an unreachable scheduler, bad options."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from click.testing import CliRunner

from corrobora.cli import cli
from corrobora.engines import Engine, EngineSpec, InProcessEngine, open_engine
from corrobora.engines.base import Chunk, chunked
from corrobora.engines.pool import ProcessPoolEngine
from corrobora.errors import ConfigError, StageError
from corrobora.ingest.meta import make_article
from corrobora.model import AnalyzedArticle, Article
from corrobora.pipeline import analyze_articles, analyze_chunk, story_views
from corrobora.settings import AnalyzeParams, Settings
from corrobora.text import article_id

from ..reconcile.conftest import make_analysis
from . import helpers
from .conftest import DEMO, SPECS

T = TypeVar("T")
R = TypeVar("R")


def _article(text: object, path: str) -> Article:
    return Article(id=article_id(str(text)), text=text, title="t", outlet="o", path=path)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", list(SPECS))
def test_one_failing_article_is_one_error(
    name: str, settings: Settings, engines: dict[str, Engine]
) -> None:
    good = [
        _article(f"The mayor of Brenn said on Monday that {n} bridges would close.", f"g{n}.txt")
        for n in range(3)
    ]
    bad = _article(None, "broken.txt")  # not text: the parser fails on it
    failures: list[StageError] = []
    done = list(
        analyze_articles(
            [good[0], bad, good[1], good[2]],
            settings,
            engine=engines[name],
            on_error=failures.append,
        )
    )
    assert [a.article.path for a in done] == ["g0.txt", "g1.txt", "g2.txt"]
    assert len(failures) == 1
    assert failures[0].stage == "analysis"
    assert failures[0].item.startswith("broken.txt (article ")
    assert "failed on broken.txt" in str(failures[0])


def test_without_handler_the_failure_is_raised(settings: Settings) -> None:
    with pytest.raises(StageError, match=r"analysis failed on broken\.txt"):
        list(analyze_articles([_article(None, "broken.txt")], settings))


def test_dead_worker_fails_only_its_chunk() -> None:
    with ProcessPoolEngine(2) as engine:
        chunks = list(
            engine.map_chunks(helpers.square_or_die, [1, 2, 3, -4, 5, 6, 7], chunk_size=2)
        )
    assert [c.items for c in chunks] == [(1, 2), (3, -4), (5, 6), (7,)]
    assert [c.results for c in chunks] == [(1, 4), (), (25, 36), (49,)]
    assert chunks[1].error is not None
    assert "BrokenProcessPool" in chunks[1].error
    assert all(c.error is None for i, c in enumerate(chunks) if i != 1)


def test_stage_exception_fails_only_its_chunk() -> None:
    with ProcessPoolEngine(2) as engine:
        chunks = list(engine.map_chunks(helpers.square_or_raise, [1, -2, 3], chunk_size=1))
    assert [c.results for c in chunks] == [(1,), (), (9,)]
    assert chunks[1].error == "RuntimeError: negative input -2"


def test_unreachable_scheduler_names_the_address() -> None:
    spec = EngineSpec("dask", scheduler="tcp://127.0.0.1:9", connect_timeout=1.0)
    with pytest.raises(
        ConfigError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"
    ):
        open_engine(spec)


def test_cli_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    result = CliRunner().invoke(
        cli,
        [
            "ingest",
            str(DEMO),
            "--db",
            str(db),
            "--engine",
            "dask",
            "--scheduler",
            "tcp://127.0.0.1:9",
        ],
    )
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:9 (")
    assert not db.exists()  # nothing written before the engine is up


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--scheduler", "tcp://h:8786"], "--scheduler only applies with --engine dask"),
        (
            ["--engine", "dask", "--scheduler", "tcp://h:8786", "--workers", "2"],
            "--workers sets the size of a local cluster",
        ),
        (["--workers", "0"], "0 is not in the range 1<=x<=256"),
        (["--engine", "spark"], "'spark' is not one of 'local', 'dask'"),
    ],
)
def test_cli_engine_usage_errors(args: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, ["analyze", str(DEMO), *args])
    assert result.exit_code == 2
    assert message in result.output


def test_a_text_longer_than_the_limit_is_one_error_and_the_others_are_analyzed() -> None:
    texts = ["The council met on Monday.", "The harbour reopened. " * 10, "Rain fell."]
    articles = [make_article(text, path=f"note{n}.txt") for n, text in enumerate(texts)]
    outcomes = analyze_chunk(articles, AnalyzeParams(max_chars=100))
    assert [type(o).__name__ for o in outcomes] == [
        "AnalyzedArticle",
        "StageError",
        "AnalyzedArticle",
    ]
    assert [o.article.id for o in outcomes if isinstance(o, AnalyzedArticle)] == [
        articles[0].id,
        articles[2].id,
    ]
    assert "note1.txt" in str(outcomes[1])
    assert "too long to analyze (220 characters; the limit is 100" in str(outcomes[1])


class _DeadWorkers(InProcessEngine):
    """An engine whose every chunk comes back failed, as when its workers die."""

    def map_chunks(  # type: ignore[override]
        self, func: Callable[[list[T]], list[R]], items: Iterable[T], *, chunk_size: int = 16
    ) -> Iterator[Chunk[T, R]]:
        for chunk in chunked(items, chunk_size):
            yield Chunk(tuple(chunk), (), "BrokenProcessPool: a worker died")


def test_views_that_cannot_be_built_name_the_first_article(settings: Settings) -> None:
    analyses = [
        make_analysis(f"a{n}", "Coast Courier", [f"The pier closed on day {n}."], day=n + 1)
        for n in range(3)
    ]
    with pytest.raises(StageError, match=r"story clustering failed on the view of article a0"):
        story_views(analyses, settings, engine=_DeadWorkers())
    built = story_views(analyses, settings, engine=InProcessEngine())
    assert [view.article_id for view in built] == ["a0", "a1", "a2"]
