"""Claim grouping on ECB+ dev topics: event sentences grouped into facts within gold stories.

Runs the ``claims`` evaluation (``corrobora.evaluate.claims``) on
``../shared/data/ecbplus/raw_xml`` with the gold event mentions of the standard dev split
(``cybulska_setup/ECB_Dev_Event_gold_mentions.json``): each sentence with an annotated
event mention is a claim; two claims belong together when they share a cross-document
event chain. Prints B-cubed and pairwise scores of corrobora's fact grouping (at
``same_threshold``) and of its event grouping (at ``related_threshold``: the facts it
relates as one event), and the all-singletons and one-per-story B-cubed for reference.
``--split train`` scores the training topics instead (where ``related_threshold`` was
chosen: ``--related 0.1 0.15 0.2`` prints one line per value).

    .venv/bin/python benchmarks/ecbplus_claims.py [--split dev|train] [--threshold T ...]
        [--related T ...] [--pair-model learned] [--pair-encoder FOLDER]

``--pair-encoder`` scores the candidate pairs with a pair encoder trained by
``corrobora train-pair-encoder`` (``reconcile.pair_encoder``), cut at
``reconcile.pair_encoder_threshold`` (``--threshold`` then gives values of that cut).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from corrobora.evaluate.claims import load_claims, score_claims
from corrobora.settings import Settings

ECBPLUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ecbplus"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from stories_ecbplus import DEV, TRAIN  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument(
        "--threshold",
        type=float,
        nargs="*",
        help="same_threshold values (pair_encoder_threshold with --pair-encoder)",
    )
    parser.add_argument("--related", type=float, nargs="*", help="related_threshold values")
    parser.add_argument(
        "--pair-model", choices=("mean", "learned"), default=None, help="reconcile.pair_model"
    )
    parser.add_argument(
        "--pair-encoder", metavar="FOLDER", default="", help="reconcile.pair_encoder"
    )
    args = parser.parse_args()
    name = "Dev" if args.split == "dev" else "Train"
    mentions = ECBPLUS / "cybulska_setup" / f"ECB_{name}_Event_gold_mentions.json"
    if not mentions.exists():
        print(f"skipped: {mentions} not found (../shared is not beside the repository)")
        return 0
    base = Settings()
    if args.pair_model:
        base = replace(base, reconcile=replace(base.reconcile, pair_model=args.pair_model))
    if args.pair_encoder:
        base = replace(base, reconcile=replace(base.reconcile, pair_encoder=args.pair_encoder))
    topics = DEV if args.split == "dev" else TRAIN
    claim_set = load_claims(ECBPLUS / "raw_xml", base, mentions=mentions, topics=topics)
    pairs = [
        # the encoder's cut is not the words' score's: only same_threshold bounds related
        (same, related if args.pair_encoder else min(related, same))
        for same in args.threshold or [base.reconcile.fact_threshold]
        for related in args.related or [base.reconcile.related_threshold]
    ]
    for same, related in pairs:
        if args.pair_encoder:
            params = replace(base.reconcile, pair_encoder_threshold=same, related_threshold=related)
        else:
            params = replace(base.reconcile, same_threshold=same, related_threshold=related)
        evaluation = score_claims(claim_set, replace(base, reconcile=params))
        counts = evaluation.counts
        print(
            f"ECB+ {args.split}, {params.pair_encoder or params.pair_model} pair score, "
            f"{'pair_encoder_threshold' if args.pair_encoder else 'same_threshold'} {same}, "
            f"related_threshold {related}: {counts['documents']} documents, "
            f"{counts['stories']} gold stories, {counts['claims']} claims, "
            f"{counts['gold links']} gold links, {counts['facts']} facts, "
            f"{counts['events']} events, {counts['seconds']} s"
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
