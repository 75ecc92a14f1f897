"""Story clustering at scale: 10k, 100k and 1M synthetic articles, streamed.

The articles come from :mod:`corrobora.evaluate.synthetic`: real ECB+ documents
(``../shared/data/ecbplus/raw_xml``), analyzed once with the default settings and cached
as templates, recombined into a feed of about ``--per-day`` articles a day whose gold
stories are known. Each size runs in a fresh subprocess, so the peak memory reported
is that size's alone. The child streams generator -> ``story_features`` (words only, no
embeddings) -> ``cluster_stream`` and keeps only compact integer labels.

Timed: ``story_features`` and ``cluster_stream`` (everything from an article's analysis
to its final story). Not timed: analyzing the templates (cached), building the synthetic
analyses (reported apart as "gen s"), scoring. Peak RSS covers the whole child process.

    .venv/bin/python benchmarks/stories_scale.py [--quick] [--sizes 10000,100000,1000000]
        [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import pickle
import resource
import subprocess
import sys
import time
from array import array
from collections.abc import Iterator, Mapping
from pathlib import Path

from corrobora.cluster.features import StoryFeatures, story_features
from corrobora.cluster.stories import cluster_stream
from corrobora.engines import EngineSpec, open_engine
from corrobora.evaluate.bcubed import bcubed
from corrobora.evaluate.synthetic import (
    StreamParams,
    TemplateStory,
    mean_story_size,
    synthetic_stream,
    templates_from_documents,
)
from corrobora.settings import ClusterParams, Settings

ECBPLUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ecbplus" / "raw_xml"
DEFAULT_CACHE = Path("/tmp/corrobora-scale-cache")
CACHE_VERSION = 1
SIZES = (10_000, 100_000, 1_000_000)
#: Goals: per-article time at the largest size vs 10k, and the 1M budget.
RATIO_GOAL = 1.5
SECONDS_GOAL = 30 * 60
MEMORY_GOAL_MB = 8 * 1024


def _cache_file(cache: Path) -> Path:
    return cache / f"ecbplus-templates-v{CACHE_VERSION}.pickle"


def load_templates(cache: Path) -> list[TemplateStory]:
    """Analyze the ECB+ documents once (about a minute) and cache them as templates."""
    from corrobora.evaluate.ecbplus import read_ecbplus
    from corrobora.evaluate.grouping import analyze_all

    path = _cache_file(cache)
    if path.exists():
        with path.open("rb") as handle:
            templates: list[TemplateStory] = pickle.load(handle)
        return templates
    print(f"analyzing ECB+ templates from {ECBPLUS} (cached in {path}) ...", flush=True)
    started = time.perf_counter()
    corpus = read_ecbplus(ECBPLUS)
    story_of: dict[str, str] = {}
    for document in corpus.documents:
        story_of.setdefault(document.article.id, document.story)
    unique = {document.article.id: document.article for document in corpus.documents}
    analyses, failed = analyze_all(list(unique.values()), Settings().analyze)
    templates = templates_from_documents((story_of[a.article.id], a) for a in analyses)
    cache.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with partial.open("wb") as handle:
        pickle.dump(templates, handle, protocol=pickle.HIGHEST_PROTOCOL)
    partial.replace(path)
    print(
        f"  {len(analyses)} documents analyzed ({len(failed)} failed) in "
        f"{time.perf_counter() - started:.0f} s, {len(templates)} templates",
        flush=True,
    )
    return templates


class ArrayLabels(Mapping[int, int]):
    """Item number -> label over an int array; negative entries are absent."""

    def __init__(self, labels: array[int]) -> None:
        self.labels = labels

    def __getitem__(self, item: int) -> int:
        label = self.labels[item] if 0 <= item < len(self.labels) else -1
        if label < 0:
            raise KeyError(item)
        return label

    def __iter__(self) -> Iterator[int]:
        return (item for item, label in enumerate(self.labels) if label >= 0)

    def __len__(self) -> int:
        return sum(1 for label in self.labels if label >= 0)


def _peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_size(
    size: int, cache: Path, per_day: float, seed: int, workers: int = 1
) -> dict[str, float]:
    """Cluster ``size`` synthetic articles in this process; return the measurements.

    With ``workers`` > 1 each linked group is split into stories on a local process pool
    (the driver still computes the features and links the articles into groups).
    """
    templates = load_templates(cache)
    cluster = ClusterParams()
    params = StreamParams(
        articles=size, per_day=per_day, window_days=cluster.window_days, seed=seed
    )
    stream = iter(synthetic_stream(templates, params))
    prefix = len(params.prefix)
    gold = array("i")
    gold_ids: dict[tuple[str, int], int] = {}
    predicted = array("i", [-1]) * size
    generating = 0.0
    featuring = 0.0

    def features() -> Iterator[StoryFeatures]:
        nonlocal generating, featuring
        clock = time.perf_counter
        while True:
            before = clock()
            try:
                item = next(stream)
            except StopIteration:
                generating += clock() - before
                return
            gold.append(gold_ids.setdefault(item.label, len(gold_ids)))
            made = clock()
            generating += made - before
            view = story_features(item.analyzed)
            featuring += clock() - made
            yield view

    base_mb = _peak_mb()
    stories = 0
    with open_engine(EngineSpec("local", workers=workers)) as engine:
        started = time.perf_counter()
        pool = engine if workers > 1 else None
        for state in cluster_stream(features(), cluster, engine=pool):
            for member in state.member_ids:
                predicted[int(member[prefix:])] = stories
            stories += 1
        elapsed = time.perf_counter() - started
    timed = elapsed - generating
    score = bcubed(ArrayLabels(gold), ArrayLabels(predicted))
    peak_mb = _peak_mb()
    return {
        "articles": len(gold),
        "stories": stories,
        "gold stories": len(gold_ids),
        "mean gold size": mean_story_size(templates, params),
        "seconds": timed,
        "generation seconds": generating,
        "features seconds": featuring,
        "articles per second": len(gold) / timed if timed else 0.0,
        "microseconds per article": timed / len(gold) * 1e6 if gold else 0.0,
        "peak rss mb": peak_mb,
        "base rss mb": base_mb,
        "precision": score.precision,
        "recall": score.recall,
        "f1": score.f1,
    }


def run_child(
    size: int, cache: Path, per_day: float, seed: int, workers: int = 1
) -> dict[str, float]:
    """Run one size in a fresh interpreter and read back its JSON line."""
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        str(size),
        "--cache",
        str(cache),
        "--per-day",
        str(per_day),
        "--seed",
        str(seed),
        "--workers",
        str(workers),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"size {size} failed:\n{done.stderr}")
    line = done.stdout.strip().splitlines()[-1]
    result: dict[str, float] = json.loads(line)
    return result


def print_row(result: Mapping[str, float]) -> None:
    """Print one size's line of the table."""
    print(
        f"{int(result['articles']):>9,d} {int(result['stories']):>7,d} "
        f"{int(result['gold stories']):>6,d} {result['seconds']:>9.1f} "
        f"{result['features seconds']:>7.1f} "
        f"{result['articles per second']:>8.0f} {result['microseconds per article']:>8.0f} "
        f"{result['peak rss mb']:>8.0f} {result['base rss mb']:>7.0f} "
        f"{result['precision']:>6.3f} {result['recall']:>6.3f} "
        f"{result['f1']:>6.3f} {result['generation seconds']:>7.1f}",
        flush=True,
    )


def main() -> int:
    """Run every size in its own process and print the table and the verdicts."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--sizes", default=",".join(str(size) for size in SIZES))
    parser.add_argument("--quick", action="store_true", help="10k articles only")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--per-day", type=float, default=2000.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--workers", type=int, default=1, help="local processes that cluster the linked groups"
    )
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        result = run_size(args.child, args.cache, args.per_day, args.seed, args.workers)
        print(json.dumps(result))
        return 0
    if not ECBPLUS.exists() and not _cache_file(args.cache).exists():
        print(f"ECB+ not found at {ECBPLUS}", file=sys.stderr)
        return 1
    sizes = [SIZES[0]] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    templates = load_templates(args.cache)
    print(
        f"{len(templates)} ECB+ templates; {args.per_day:.0f} articles a day; "
        f"window {ClusterParams().window_days:g} days; seed {args.seed}; words only; "
        f"linked groups clustered by {args.workers} process(es)"
    )
    print(
        "TIMED: story_features + cluster_stream (timed s; feat s is its story_features part).\n"
        "NOT TIMED: template analysis (cached), building the synthetic analyses (gen s), "
        "scoring.\nRSS MB: peak of the whole child process; base: its peak before the stream "
        "(imports, incl. spaCy/torch pulled in by corrobora.evaluate, and the templates)."
    )
    print(
        f"{'articles':>9s} {'stories':>7s} {'gold':>6s} {'timed s':>9s} {'feat s':>7s} "
        f"{'art/s':>8s} {'us/art':>8s} {'RSS MB':>8s} {'base':>7s} "
        f"{'P':>6s} {'R':>6s} {'F1':>6s} {'gen s':>7s}"
    )
    results = []
    for size in sizes:
        result = run_child(size, args.cache, args.per_day, args.seed, args.workers)
        results.append(result)
        print_row(result)
    if len(results) > 1:
        small, large = results[0], results[-1]
        ratio = large["microseconds per article"] / small["microseconds per article"]
        verdict = "met" if ratio <= RATIO_GOAL else "MISSED"
        print(
            f"per-article time at {int(large['articles']):,d} vs {int(small['articles']):,d}: "
            f"{ratio:.2f}x (goal <= {RATIO_GOAL}x: {verdict})"
        )
    for result in results:
        if result["articles"] >= 1_000_000:
            fast = result["seconds"] < SECONDS_GOAL
            small_memory = result["peak rss mb"] < MEMORY_GOAL_MB
            print(
                f"1M: timed {result['seconds'] / 60:.1f} min (goal < 30: "
                f"{'met' if fast else 'MISSED'}), wall with generation "
                f"{(result['seconds'] + result['generation seconds']) / 60:.1f} min; peak "
                f"{result['peak rss mb']:.0f} MB (goal < 8 GB: "
                f"{'met' if small_memory else 'MISSED'})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
