"""Story clustering on ECB+: a TF-IDF + average-linkage baseline side by side with corrobora.

The baseline (``corrobora.evaluate.baseline``) has one parameter, a cosine distance
threshold. It is tuned on the TRAIN topics (B-cubed F1 against gold stories, over a grid),
then scored on the DEV topics and on train+dev, next to corrobora's own ``stories`` task
run in the same process with default settings. Both read the same documents blind to
their labels and are scored the same way. The figure of a threshold tuned on the reported
topics themselves is printed too, labelled "oracle": it is what "a tuned threshold"
reaches at best, not a fair held-out score.

Seconds: "total" runs from reading the XML to the scores. For corrobora that includes
loading the spaCy model and the per-article spaCy analysis; "clustering" is the time
after the last article was analyzed (copy detection, story building, scoring). For the
baseline "clustering" is TF-IDF fitting plus agglomerative clustering.

    .venv/bin/python benchmarks/stories_baseline.py [--split dev|train+dev|both]
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from corrobora.evaluate.baseline import evaluate_baseline, tune_threshold
from corrobora.evaluate.metrics import Evaluation
from corrobora.evaluate.stories import evaluate_stories
from corrobora.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stories_ecbplus import DEV, ECBPLUS, TRAIN

GRID = [round(0.50 + 0.025 * step, 3) for step in range(19)]  # 0.50 .. 0.95


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table."""

    method: str
    evaluation: Evaluation
    total: float
    clustering: float


def baseline_row(method: str, topics: list[str], threshold: float) -> Row:
    """Score the baseline at ``threshold`` on ``topics``."""
    evaluation = evaluate_baseline(ECBPLUS, topics=topics, threshold=threshold)
    counts = evaluation.counts
    return Row(
        f"{method} @ {threshold:.3f}",
        evaluation,
        counts["milliseconds"] / 1000,
        counts["clustering milliseconds"] / 1000,
    )


def corrobora_row(topics: list[str]) -> Row:
    """Run corrobora's stories task on ``topics``, timing the part after the analysis."""
    analyzed = [0.0]

    def progress(done: int, total: int) -> None:
        analyzed[0] = time.perf_counter()

    started = time.perf_counter()
    evaluation = evaluate_stories(ECBPLUS, Settings(), topics=topics, progress=progress)
    ended = time.perf_counter()
    return Row("corrobora (default Settings)", evaluation, ended - started, ended - analyzed[0])


def print_table(name: str, topics: list[str], rows: list[Row]) -> None:
    """Print one table of ``rows`` for the split ``name``."""
    counts = rows[0].evaluation.counts
    print(
        f"\n{name}: {len(topics)} topics, {counts['documents']} documents, "
        f"{counts['gold stories']} gold stories"
    )
    header = (
        f"  {'method':46s} {'P':>6s} {'R':>6s} {'F1':>6s}  {'F1 top':>6s}  "
        f"{'pred':>5s}  {'total s':>8s} {'clust s':>8s}"
    )
    print(header)
    print("  " + "-" * (len(header) - 2))
    for row in rows:
        stories, topic_score = row.evaluation.scores
        print(
            f"  {row.method:46s} {stories.precision:6.3f} {stories.recall:6.3f} "
            f"{stories.f1:6.3f}  {topic_score.f1:6.3f}  "
            f"{row.evaluation.counts['predicted stories']:5d}  "
            f"{row.total:8.1f} {row.clustering:8.2f}"
        )
        for problem in row.evaluation.problems:
            print(f"    problem: {problem}")


def run(name: str, topics: list[str], tuned: float, *, held_out: bool) -> None:
    """Print the baseline (train-tuned and oracle) and corrobora on ``topics``."""
    oracle, _ = tune_threshold(ECBPLUS, topics, GRID)
    label = "baseline, tuned on train" + ("" if held_out else " (in-sample)")
    rows = [
        baseline_row(label, topics, tuned),
        baseline_row(f"ORACLE baseline, tuned on {name}", topics, oracle),
        corrobora_row(topics),
    ]
    print_table(name, topics, rows)


def main() -> int:
    """Tune on train, then print the tables."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--split", choices=("dev", "train+dev", "both"), default="both")
    args = parser.parse_args()
    if not ECBPLUS.exists():
        print(f"ECB+ not found at {ECBPLUS}", file=sys.stderr)
        return 1
    tuned, curve = tune_threshold(ECBPLUS, TRAIN, GRID)
    print(f"baseline threshold tuned on {len(TRAIN)} train topics: {tuned:.3f}")
    print("  train F1 by threshold: " + ", ".join(f"{t:.3f}:{f1:.3f}" for t, f1 in curve))
    if tuned in (GRID[0], GRID[-1]):
        print("  note: the best threshold is at the edge of the grid")
    if args.split in ("dev", "both"):
        run("dev", DEV, tuned, held_out=True)
    if args.split in ("train+dev", "both"):
        run("train+dev", sorted(TRAIN + DEV, key=int), tuned, held_out=False)
    print(
        "\nP/R/F1: B-cubed against gold stories (topic + ecb/ecbplus half); F1 top: B-cubed "
        "F1 against topics; pred: predicted stories.\ntotal s: reading the XML to the "
        "scores (corrobora: includes loading spaCy and analyzing every article); clust s: "
        "after the analysis (corrobora: copies + stories + scoring; baseline: TF-IDF + "
        "clustering). ORACLE rows tune the threshold on the reported topics themselves."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
