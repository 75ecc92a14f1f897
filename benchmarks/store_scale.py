"""Store scale: ingest rate, size and query latency at 100k articles, SQLite and PostgreSQL.

Templates: the demo corpus (``examples/corpus``) is ingested once with the default
settings into a cached SQLite store; its analyzed articles and reconciled stories are
the templates. The benchmark then writes ``--articles`` synthetic articles: each story
of the demo corpus is cloned again and again with fresh ids, each article's text gets
a sentence of random common English words (so that the search index sees varied
text), and each reconciliation is rewritten to the new ids. Analysis is not timed.

Timed, per backend (a fresh SQLite file; a throwaway PostgreSQL server with fsync on):

- ``store``: ``add_analyses`` in batches of 64 (as ``corrobora ingest`` writes them);
- ``stories``: per batch, ``apply_story_update`` (membership, clustering state, keys)
  then ``save_reconciliations`` (reconciliation JSON, facts, fact support);
- at the full size, on the store opened read-only as the commands open it: the queries
  behind ``corrobora stories`` (all stories, and the 50 most recent), ``corrobora
  show`` (a reconciliation and its articles) and ``corrobora search`` (stories, facts,
  articles), each repeated on random inputs.

    .venv/bin/python benchmarks/store_scale.py [--articles 100000] [--backends sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from corrobora.model import AnalyzedArticle, Reconciliation, Story
from corrobora.serialize import from_jsonable, to_jsonable
from corrobora.store import SEARCH_KINDS, SQLStore, StoryFilter, open_sql_store, pgtemp
from corrobora.store.storystate import StoredState

REPOSITORY = Path(__file__).resolve().parents[1]
CORPUS = REPOSITORY / "examples" / "corpus"
CACHE = Path(tempfile.gettempdir()) / "corrobora-store-bench" / "templates.db"
BATCH = 64
GOALS = {"stored/s": 500.0, "show ms": 50.0, "search ms": 100.0}
"""At 100k articles on SQLite: articles stored per second (at least), latencies (at most)."""
SEARCHES = ("harbour", "fire service", '"port authority"', "strike workers", "museum")


@dataclass(frozen=True)
class Template:
    """One reconciled story of the demo corpus with its analyzed articles."""

    reconciliation: Reconciliation
    analyses: tuple[AnalyzedArticle, ...]
    state: str
    """Its clustering state as stored (JSON text)."""
    keys: tuple[str, ...]


@dataclass(frozen=True)
class Clone:
    """A synthetic story: its analyses, reconciliation and clustering state."""

    story: Story
    analyses: list[AnalyzedArticle]
    reconciliation: Reconciliation
    state: StoredState


@dataclass
class Result:
    """The figures of one backend."""

    backend: str
    articles: int = 0
    stories: int = 0
    store_seconds: float = 0.0
    story_seconds: float = 0.0
    size_bytes: int = 0
    latencies: dict[str, list[float]] = field(default_factory=dict)


def load_templates() -> list[Template]:
    """Ingest the demo corpus once (cached), and read its stories back as templates."""
    if not CACHE.exists():
        from corrobora import api
        from corrobora.settings import load_settings

        CACHE.parent.mkdir(parents=True, exist_ok=True)
        partial = CACHE.with_suffix(".partial.db")
        partial.unlink(missing_ok=True)
        print(f"analyzing {CORPUS} once into {CACHE} ...", file=sys.stderr)
        with open_sql_store(str(partial)) as store:
            api.ingest([CORPUS], store, load_settings(db=str(partial)))
        partial.rename(CACHE)
    templates = []
    with open_sql_store(str(CACHE), read_only=True) as store:
        for summary in store.story_summaries():
            reconciliation = store.reconciliation(summary.id)
            analyses = tuple(store.analyses(reconciliation.story.article_ids))
            state = store.story_states([summary.id]).get(summary.id, {})
            with store.backend.reading() as db:
                keys = tuple(
                    str(row[0])
                    for row in db.execute(
                        "SELECT key FROM story_keys WHERE story_id = ?", (summary.id,)
                    ).fetchall()
                )
            templates.append(Template(reconciliation, analyses, json.dumps(state), keys))
    return templates


class Generator:
    """Synthetic stories cloned from the templates, with fresh ids and varied text."""

    def __init__(self, templates: Sequence[Template], seed: int = 7) -> None:
        from wordfreq import top_n_list

        self._templates = templates
        self._words = [w for w in top_n_list("en", 5000) if w.isalpha()]
        self._random = random.Random(seed)

    def stories(self, total: int) -> Iterator[Clone]:
        """Whole stories until at least ``total`` articles are made, with their analyses."""
        made = 0
        number = 0
        while made < total:
            template = self._templates[number % len(self._templates)]
            clone = self._clone(template, number)
            yield clone
            made += len(clone.analyses)
            number += 1

    def _clone(self, template: Template, number: int) -> Clone:
        old = template.reconciliation.story
        new_story_id = f"{number:08x}{old.id[8:16]}"
        mapping = {old.id: new_story_id}
        analyses = []
        for index, analysis in enumerate(template.analyses):
            article = analysis.article
            new_id = f"{number:010x}{index:02x}{article.id[12:16]}"
            mapping[article.id] = new_id
            extra = " ".join(self._random.choices(self._words, k=30))
            changed = replace(
                article,
                id=new_id,
                title=f"{article.title} ({number})",
                text=f"{article.text}\n\n{extra.capitalize()}.",
            )
            analyses.append(replace(analysis, article=changed))
        text = json.dumps(to_jsonable(template.reconciliation))
        state = template.state
        for before, after in mapping.items():
            text = text.replace(before, after)
            state = state.replace(before, after)
        reconciliation = from_jsonable(Reconciliation, json.loads(text))
        story = reconciliation.story
        stored = StoredState(
            story.id, json.loads(state), template.keys, story.first_seen, story.last_seen
        )
        return Clone(story, analyses, reconciliation, stored)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def fill(store: SQLStore, generator: Generator, total: int, result: Result) -> list[str]:
    """Write ``total`` synthetic articles in ingest-sized batches; return the story ids."""
    story_ids: list[str] = []
    pending: list[Clone] = []

    def flush() -> None:
        analyses = [a for clone in pending for a in clone.analyses]
        stories = [clone.story for clone in pending]
        states = [clone.state for clone in pending]
        reconciliations = [clone.reconciliation for clone in pending]
        result.store_seconds += timed(lambda: store.add_analyses(analyses))
        result.story_seconds += timed(lambda: store.apply_story_update(stories, states, [], []))
        result.story_seconds += timed(lambda: store.save_reconciliations(reconciliations))
        result.articles += len(analyses)
        result.stories += len(stories)
        story_ids.extend(s.id for s in stories)

    for clone in generator.stories(total):
        pending.append(clone)
        if sum(len(c.analyses) for c in pending) >= BATCH:
            flush()
            pending = []
            if result.articles % 10_000 < BATCH:
                rate = result.articles / max(result.store_seconds, 1e-9)
                print(
                    f"  {result.backend}: {result.articles:,} articles ({rate:,.0f}/s)",
                    file=sys.stderr,
                )
    if pending:
        flush()
    return story_ids


def measure_queries(store: SQLStore, story_ids: Sequence[str], result: Result, reps: int) -> None:
    chance = random.Random(11)

    def show(story_id: str) -> None:
        reconciliation = store.reconciliation(story_id)
        for article_id in reconciliation.story.article_ids:
            store.article(article_id)

    def sample(name: str, action: Callable[[], object]) -> None:
        result.latencies.setdefault(name, []).append(timed(action) * 1000)

    timed(lambda: store.story_summaries(StoryFilter(limit=50)))  # warm the caches
    for _ in range(max(3, reps // 10)):
        sample("stories (all)", store.story_summaries)
    for _ in range(reps):
        sample("stories --limit 50", lambda: store.story_summaries(StoryFilter(limit=50)))
        story_id = chance.choice(story_ids)
        sample("show", lambda story_id=story_id: show(story_id))
        query = chance.choice(SEARCHES)
        for kind in SEARCH_KINDS:
            sample(
                f"search --{kind}",
                lambda query=query, kind=kind: store.search(query, kind=kind),
            )


def database_size(store: SQLStore) -> int:
    backend = store.backend
    with backend.reading() as db:
        if backend.dialect.name == "sqlite":
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            (pages,) = db.execute("PRAGMA page_count").fetchone()
            (page_size,) = db.execute("PRAGMA page_size").fetchone()
            return int(pages) * int(page_size)
        (total,) = db.execute(
            "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class AS c"
            " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'm')"
        ).fetchone()
        return int(total)


def run_backend(
    name: str, url: str, templates: Sequence[Template], total: int, reps: int
) -> Result:
    result = Result(name)
    print(f"{name}: writing {total:,} articles ...", file=sys.stderr)
    with open_sql_store(url) as store:
        story_ids = fill(store, Generator(templates), total, result)
        result.size_bytes = database_size(store)
    print(f"{name}: querying ...", file=sys.stderr)
    with open_sql_store(url, read_only=True) as store:  # as stories, show and search do
        measure_queries(store, story_ids, result, reps)
    return result


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] if ordered else float("nan")


def report(results: Sequence[Result], total: int) -> None:
    rows: list[tuple[str, ...]] = []
    rows.append(("", *(r.backend for r in results)))
    rows.append(("articles / stories", *(f"{r.articles:,} / {r.stories:,}" for r in results)))
    rows.append(("articles stored / s", *(f"{r.articles / r.store_seconds:,.0f}" for r in results)))
    rows.append(
        (
            "with stories and reconciliations / s",
            *(f"{r.articles / (r.store_seconds + r.story_seconds):,.0f}" for r in results),
        )
    )
    rows.append(
        (
            "size per 100k articles",
            *(f"{r.size_bytes / r.articles * 100_000 / 2**20:,.0f} MiB" for r in results),
        )
    )
    for name in results[0].latencies:
        rows.append(
            (
                f"{name} ms (median / p95)",
                *(
                    f"{median(r.latencies[name]):.1f} / {p95(r.latencies[name]):.1f}"
                    for r in results
                ),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    print(f"\nStore scale at {total:,} articles (analysis excluded)\n")
    for index, row in enumerate(rows):
        print(
            "  ".join(
                cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i])
                for i, cell in enumerate(row)
            )
        )
        if index == 0:
            print("  ".join("-" * width for width in widths))
    lite = next((r for r in results if r.backend == "sqlite"), None)
    if lite is None:
        return
    search = max(median(v) for k, v in lite.latencies.items() if k.startswith("search"))
    checks = [
        (
            "SQLite stores >= 500 articles/s",
            lite.articles / lite.store_seconds >= GOALS["stored/s"],
        ),
        ("SQLite show < 50 ms (median)", median(lite.latencies["show"]) < GOALS["show ms"]),
        ("SQLite search < 100 ms (median, slowest kind)", search < GOALS["search ms"]),
    ]
    suffix = "" if total >= 100_000 else f" (measured at {total:,}, the goals are set at 100,000)"
    print(f"\nGoals{suffix}:")
    for label, met in checks:
        print(f"  {'met ' if met else 'MISS'}  {label}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000, help="articles to write")
    parser.add_argument("--backends", default="sqlite,postgresql", help="comma-separated")
    parser.add_argument("--reps", type=int, default=60, help="repetitions of each query")
    args = parser.parse_args()
    templates = load_templates()
    results = []
    with tempfile.TemporaryDirectory(prefix="corrobora-store-bench-") as folder:
        for backend in args.backends.split(","):
            if backend == "sqlite":
                url = str(Path(folder) / "bench.db")
                results.append(run_backend("sqlite", url, templates, args.articles, args.reps))
            elif backend == "postgresql":
                bindir = pgtemp.find_bindir()
                if bindir is None:
                    print("postgresql: skipped (initdb/pg_ctl not found)", file=sys.stderr)
                    continue
                with pgtemp.temp_server(bindir, durable=True) as server:
                    url = server.url()
                    results.append(
                        run_backend("postgresql", url, templates, args.articles, args.reps)
                    )
            else:
                parser.error(f"unknown backend {backend!r}")
    report(results, args.articles)


if __name__ == "__main__":
    main()
