"""Direct quotes and attributions on PolNeAR: the ``quotes`` and ``attributions`` tasks.

Reads ``../shared/data/polnear/<split>/`` (``text/`` + ``attributions/``, the first
annotator's file when several annotated an article), analyzes every article once with
corrobora and scores both tasks on the same analyses (``corrobora.evaluate.attributions``;
the same figures as ``corrobora evaluate quotes|attributions --data PATH``).

    .venv/bin/python benchmarks/attributions_polnear.py [--split dev|train|both] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from corrobora.evaluate.attributions import analyze_documents, score_attributions, score_quotes
from corrobora.evaluate.brat import read_brat
from corrobora.evaluate.metrics import Evaluation
from corrobora.settings import Settings

POLNEAR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"


def table(evaluation: Evaluation) -> list[str]:
    """One line per score: P/R/F1, counts and the task-specific figures."""
    lines = [f"  {'measure':<40}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'fp':>7}{'fn':>7}  extra"]
    for score in evaluation.scores:
        extra = ", ".join(
            f"{k}={v:.3f}" if isinstance(v, float) and not v.is_integer() else f"{k}={v:g}"
            for k, v in score.extra.items()
        )
        lines.append(
            f"  {score.name:<40}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}"
            f"{score.true_positives:>7g}{score.false_positives:>7g}{score.false_negatives:>7g}"
            f"  {extra}"
        )
    return lines


def run(split: str, limit: int | None, settings: Settings) -> None:
    """Analyze one split once and print both tasks' figures."""
    path = POLNEAR / split
    started = time.perf_counter()
    corpus = read_brat(path, limit=limit)
    analyses, problems = analyze_documents(corpus, settings)
    elapsed = time.perf_counter() - started
    print(f"PolNeAR {split}: {len(corpus.documents)} articles analyzed in {elapsed:.1f}s")
    for evaluation in (
        score_quotes(corpus, analyses, data=str(path), problems=problems),
        score_attributions(corpus, analyses, data=str(path), problems=problems),
    ):
        counts = ", ".join(f"{k}={v}" for k, v in evaluation.counts.items())
        print(f"task {evaluation.task}: {counts}")
        print("\n".join(table(evaluation)))
        for problem in evaluation.problems:
            print(f"  problem: {problem}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "train", "both"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="use the first N articles only")
    args = parser.parse_args()
    if not POLNEAR.is_dir():
        print(f"skipped: {POLNEAR} not found (../shared is not beside the repository)")
        return 0
    splits = ("dev", "train") if args.split == "both" else (args.split,)
    settings = Settings()
    for split in splits:
        run(split, args.limit, settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
