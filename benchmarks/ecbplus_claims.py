"""Claim grouping on ECB+ dev topics: event sentences grouped into facts within gold stories.

Runs the ``claims`` evaluation (``corrobora.evaluate.claims``) on
``../shared/data/ecbplus/raw_xml`` with the gold event mentions of the standard dev split
(``cybulska_setup/ECB_Dev_Event_gold_mentions.json``): each sentence with an annotated
event mention is a claim; two claims belong together when they share a cross-document
event chain. Prints B-cubed and pairwise scores of corrobora's fact grouping, and the
all-singletons B-cubed for reference.

    .venv/bin/python benchmarks/ecbplus_claims.py [--threshold T ...] [--pair-model learned]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from corrobora.evaluate.claims import load_claims, score_claims
from corrobora.settings import Settings

ECBPLUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ecbplus"
DEV = ["2", "5", "12", "18", "21", "23", "34", "35"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threshold", type=float, nargs="*", help="same_threshold values")
    parser.add_argument(
        "--pair-model", choices=("mean", "learned"), default=None, help="reconcile.pair_model"
    )
    args = parser.parse_args()
    mentions = ECBPLUS / "cybulska_setup" / "ECB_Dev_Event_gold_mentions.json"
    if not mentions.exists():
        print(f"skipped: {mentions} not found (../shared is not beside the repository)")
        return 0
    base = Settings()
    if args.pair_model:
        base = replace(base, reconcile=replace(base.reconcile, pair_model=args.pair_model))
    claim_set = load_claims(ECBPLUS / "raw_xml", base, mentions=mentions, topics=DEV)
    for threshold in args.threshold or [base.reconcile.same_threshold]:
        settings = replace(base, reconcile=replace(base.reconcile, same_threshold=threshold))
        evaluation = score_claims(claim_set, settings)
        counts = evaluation.counts
        print(
            f"ECB+ dev, {settings.reconcile.pair_model} pair score, same_threshold {threshold}: "
            f"{counts['documents']} documents, "
            f"{counts['stories']} gold stories, {counts['claims']} claims, "
            f"{counts['gold links']} gold links, {counts['facts']} facts, {counts['seconds']} s"
        )
        for score in evaluation.scores:
            print(
                f"  {score.name:26s} P {score.precision:.3f}  R {score.recall:.3f}  "
                f"F1 {score.f1:.3f}"
            )
        for problem in evaluation.problems:
            print(f"  problem: {problem}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
