"""Incremental ingest against one pass, on the analyses of a store made by ``ingest``.

Reads every stored analysis of ``--db`` (in the order they were added), then:

- groups them all in one pass (:func:`corrobora.cluster.stories.group_stories`);
- replays incremental ingest into a new in-memory store: the analyses are added in
  batches (64, as ``ingest`` writes them) and each batch joins the stories with
  :func:`corrobora.updating.add_to_stories`.

It prints both story counts, how many one-pass stories come out identical, the B-cubed
precision and recall of the incremental stories against the one-pass ones, and the
time of each. Sentence embeddings are not used (words only), as in ``bench-e2e``.

    corrobora ingest crawl.warc.gz --db crawl.db --workers 2
    .venv/bin/python benchmarks/incremental_vs_one_pass.py --db crawl.db [--batch 64]
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace
from pathlib import Path

from corrobora.cluster.stories import group_stories
from corrobora.evaluate.bcubed import bcubed
from corrobora.pipeline import story_features_of
from corrobora.settings import load_settings
from corrobora.store import open_store
from corrobora.updating import add_to_stories


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a store made by ingest")
    parser.add_argument("--batch", type=int, default=64, help="articles per ingest batch")
    args = parser.parse_args()
    if not args.db.is_file():
        raise SystemExit(f"{args.db}: no such store")
    settings = load_settings(env={}, db=":memory:")
    settings = replace(settings, reconcile=replace(settings.reconcile, embeddings="none"))
    with open_store(str(args.db)) as source:
        analyses = list(source.analyses())
    print(f"{len(analyses):,} analyses from {args.db}")
    features = {f.article_id: f for f in story_features_of(analyses, settings)}

    started = time.perf_counter()
    one_pass = group_stories(analyses, settings.cluster, features=features)
    one_pass_time = time.perf_counter() - started
    gold = {a: n for n, story in enumerate(one_pass.stories) for a in story.article_ids}

    spent = 0.0
    with open_store(":memory:") as store:
        for start in range(0, len(analyses), args.batch):
            batch = analyses[start : start + args.batch]
            store.add_analyses(batch)
            views = [features[a.article.id] for a in batch]
            started = time.perf_counter()
            add_to_stories(store, batch, settings, features=views)
            spent += time.perf_counter() - started
        incremental = store.story_ids_by_article()
    members: dict[str, set[str]] = {}
    for article_id, story_id in incremental.items():
        members.setdefault(story_id, set()).add(article_id)
    incremental_stories = {frozenset(ids) for ids in members.values()}
    identical = sum(frozenset(s.article_ids) in incremental_stories for s in one_pass.stories)
    score = bcubed(gold, incremental)
    print(f"one pass:    {len(one_pass.stories):,} stories in {one_pass_time:.1f} s")
    print(
        f"incremental: {len(incremental_stories):,} stories in {spent:.1f} s "
        f"(batches of {args.batch})"
    )
    print(
        f"identical stories: {identical:,} of {len(one_pass.stories):,}; B-cubed of "
        f"incremental against one pass: P {score.precision:.4f}, R {score.recall:.4f}"
    )


if __name__ == "__main__":
    main()
