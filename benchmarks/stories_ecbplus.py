"""Story clustering on ECB+: B-cubed against gold events and topics, dev and train+dev.

Runs the ``stories`` evaluation task (``corrobora.evaluate.stories``) on
``../shared/data/ecbplus/raw_xml``, exactly as ``corrobora evaluate stories --data DIR
--topics LIST`` would: every document is read blind to its labels and corrobora groups
all documents of the selection at once. The splits are the standard ones of the
literature (Cybulska & Vossen; see ``../shared/data/README.md``).

    .venv/bin/python benchmarks/stories_ecbplus.py [--split dev|train+dev|both]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from corrobora.evaluate.stories import evaluate_stories
from corrobora.settings import Settings

ECBPLUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ecbplus" / "raw_xml"

DEV = ["2", "5", "12", "18", "21", "23", "34", "35"]
TRAIN = [
    *("1", "3", "4", "6", "7", "8", "9", "10", "11", "13", "14", "16", "19", "20", "22"),
    *(str(topic) for topic in range(24, 34)),
]


def run(name: str, topics: list[str]) -> None:
    evaluation = evaluate_stories(ECBPLUS, Settings(), topics=topics)
    counts = evaluation.counts
    print(
        f"\n{name}: {len(topics)} topics, {counts['documents']} documents, "
        f"{counts['gold stories']} gold stories, {counts['predicted stories']} predicted, "
        f"{counts['copies']} copies marked, {counts['seconds']} s"
    )
    for score in evaluation.scores:
        print(
            f"  {score.name:20s} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}"
        )
    for problem in evaluation.problems:
        print(f"  problem: {problem}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "train+dev", "both"), default="both")
    args = parser.parse_args()
    if not ECBPLUS.exists():
        print(f"ECB+ not found at {ECBPLUS}", file=sys.stderr)
        return 1
    if args.split in ("dev", "both"):
        run("dev", DEV)
    if args.split in ("train+dev", "both"):
        run("train+dev", sorted(TRAIN + DEV, key=int))
    return 0


if __name__ == "__main__":
    sys.exit(main())
