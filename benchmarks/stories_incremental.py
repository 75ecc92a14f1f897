"""Incremental against batch grouping on ECB+: the agreement of the two partitions.

Adds the documents of the chosen topics to an empty store in shuffled orders, one at a
time and in batches, and scores each incremental partition against the batch one
(B-cubed F1; goal at least 0.98), as ``corrobora.evaluate.incremental`` describes.

    .venv/bin/python benchmarks/stories_incremental.py [--split dev|train+dev] [--seeds 3]
"""

from __future__ import annotations

import argparse
import sys

from corrobora.evaluate.incremental import evaluate_incremental
from corrobora.settings import Settings
from stories_ecbplus import DEV, ECBPLUS, TRAIN

GOAL = 0.98


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "train+dev"), default="dev")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--batch-sizes", default="1,16")
    args = parser.parse_args()
    if not ECBPLUS.exists():
        print(f"ECB+ not found at {ECBPLUS}", file=sys.stderr)
        return 1
    topics = DEV if args.split == "dev" else sorted(TRAIN + DEV, key=int)
    worst = 1.0
    print(f"{args.split}: {len(topics)} topics; agreement = B-cubed F1 of incremental vs batch")
    for size in (int(value) for value in args.batch_sizes.split(",")):
        for seed in range(args.seeds):
            evaluation = evaluate_incremental(
                ECBPLUS, Settings(), topics=topics, batch_size=size, seed=seed
            )
            scores = {score.name: score for score in evaluation.scores}
            agreement = scores["agreement (B-cubed)"].f1
            worst = min(worst, agreement)
            counts = evaluation.counts
            print(
                f"  batch size {size:3d} seed {seed}: agreement {agreement:.3f}  "
                f"gold F1 batch {scores['batch vs gold'].f1:.3f} "
                f"incremental {scores['incremental vs gold'].f1:.3f}  "
                f"stories {counts['batch stories']}/{counts['incremental stories']}  "
                f"grouping ms {counts['batch grouping ms']}/{counts['incremental grouping ms']}"
            )
    print(f"worst agreement {worst:.3f} (goal {GOAL}): {'met' if worst >= GOAL else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
