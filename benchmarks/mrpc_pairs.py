"""Same-claim detection on MRPC: corrobora's pair scores and logistic models over features.

Reads ``../shared/data/mrpc/msr_paraphrase_train.txt`` (label, id, id, sentence, sentence)
and runs the ``pairs`` evaluation task (``corrobora.evaluate.pairs``): every sentence is
analyzed as a one-sentence article, each pair is scored with corrobora's claim pair score,
and the "pair score" rows are that task's same-claim figures at the default threshold
(words only: the same features without the embedding cosine). It then reports 5-fold
cross-validated accuracy and F1 of logistic models: over the mean score's three features,
and over the learned pair model's features (``corrobora.align.pairfeatures``), with and
without sentence embeddings; the folds are fixed (seed 1), the same for every row. The
number/date conflict-flag figures of the task close the report; ``--show-flagged N``
prints a fixed sample of the flagged pairs labelled paraphrases. ``--fit`` prints the
learned model's coefficients fitted on all of train, to paste into
``corrobora/align/pairmodel.py``.

``--pair-encoder-cv`` adds the optional pair encoder (``corrobora.align.pairencoder``)
under the same 5-fold split: for each fold a cross-encoder is fine-tuned from the
packaged all-MiniLM-L6-v2 (or ``--encoder-base FOLDER``) on the other four folds
(``train_pair_encoder``, default training parameters unless ``--encoder-epochs`` or
``--encoder-learning-rate`` is given) and the fold's pairs are scored through
``score_pairs`` with ``pair_encoder`` set, as reconciliation scores them, at the
encoder's cut (``reconcile.pair_encoder_threshold``), then its F1 at each of
:data:`CUTS`. Training takes about 7 minutes per fold on 2 cores from MiniLM, about
52 to 74 from all-mpnet-base-v2. With
``--encoder-folder`` an interrupted run goes on where it stopped: a fold whose encoder
is there is not trained again, and one trained another way (base, parameters, pairs)
stops the run.

    .venv/bin/python benchmarks/mrpc_pairs.py [--limit N] [--fit] [--show-flagged N]
        [--pair-encoder-cv [--encoder-folder DIR] [--encoder-base FOLDER]
         [--encoder-epochs N] [--encoder-learning-rate R]]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np

from corrobora.align.embeddings import load_encoder
from corrobora.align.pairencoder import MANIFEST, TrainingParams, default_base, train_pair_encoder
from corrobora.align.pairmodel import same_claim_score
from corrobora.evaluate.metrics import Score
from corrobora.evaluate.pairs import (
    PairOutcome,
    PairRecord,
    pairs_evaluation,
    read_pairs,
    score_pairs,
)
from corrobora.settings import Settings

MRPC = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "mrpc"
#: Cuts of the pair encoder's probability its F1 is printed at.
CUTS = (0.2, 0.3, 0.42, 0.5, 0.6, 0.7)


def fit_logistic(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Fit logistic regression by Newton's method; returns [bias, weights...]."""
    design = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(design.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-design @ w))
        grad = design.T @ (y - p) - 1e-3 * w
        hess = -(design.T * (p * (1 - p))) @ design - 1e-3 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def fit_raw(x: np.ndarray, y: np.ndarray) -> tuple[float, list[float]]:
    """Fit on standardized columns; return the bias and weights for the raw features."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    w = fit_logistic((x - mean) / scale, y)
    weights = w[1:] / scale
    return float(w[0] - np.sum(w[1:] * mean / scale)), [float(v) for v in weights]


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(w[0] + x @ w[1:])))


def scores(y: np.ndarray, p: np.ndarray) -> tuple[float, float, float, float]:
    pred = p >= 0.5
    tp = float(np.sum(pred & (y == 1)))
    fp = float(np.sum(pred & (y == 0)))
    fn = float(np.sum(~pred & (y == 1)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return float(np.mean(pred == (y == 1))), precision, recall, f1


def cross_validate(x: np.ndarray, y: np.ndarray, folds: int = 5) -> tuple[float, ...]:
    """Accuracy, precision, recall and F1 of out-of-fold predictions (columns scaled per fold)."""
    p = np.zeros(len(y))
    for test in fold_indices(len(y), folds):
        train = np.setdiff1d(np.arange(len(y)), test)
        mean, scale = x[train].mean(axis=0), x[train].std(axis=0)
        scale[scale == 0] = 1.0
        w = fit_logistic((x[train] - mean) / scale, y[train])
        p[test] = predict(w, (x[test] - mean) / scale)
    return scores(y, p)


def fold_indices(n: int, folds: int = 5) -> list[np.ndarray]:
    """The test rows of each fold: the split of :func:`cross_validate`."""
    order = np.random.default_rng(1).permutation(n)
    return [order[k::folds] for k in range(folds)]


def pair_encoder_cv(
    records: list[PairRecord],
    settings: Settings,
    folder: Path,
    base: Path,
    params: TrainingParams,
) -> np.ndarray:
    """Each pair's score by the encoder trained on the folds it is not in."""
    p = np.zeros(len(records))
    for k, test in enumerate(fold_indices(len(records))):
        train = np.setdiff1d(np.arange(len(records)), test)
        out = folder / f"fold{k}"
        started = time.perf_counter()
        pairs = [(records[i].label, records[i].sentence1, records[i].sentence2) for i in train]
        if (out / MANIFEST).exists():
            _check_reused(out, pairs, base, params)
        else:
            train_pair_encoder(pairs, out, base=base, params=params)
        trained = time.perf_counter() - started
        fold_settings = replace(
            settings, reconcile=replace(settings.reconcile, pair_encoder=str(out))
        )
        outcomes = score_pairs([records[i] for i in test], fold_settings)
        p[test] = [o.score for o in outcomes]
        print(
            f"  fold {k}: trained in {trained:.0f}s, scored {len(test)} pairs in "
            f"{time.perf_counter() - started - trained:.0f}s",
            flush=True,
        )
    return p


def _check_reused(
    out: Path, pairs: list[tuple[int, str, str]], base: Path, params: TrainingParams
) -> None:
    """Stop when the fold encoder in ``out`` was trained another way than asked."""
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    asked = {
        "base": str(base),
        "pairs": len(pairs),
        "positives": sum(label for label, _, _ in pairs),
        "training": asdict(params),
    }
    differing = [key for key, value in asked.items() if manifest.get(key) != value]
    if differing:
        sys.exit(
            f"{out}: trained with another {', '.join(differing)} than asked; "
            "remove it or choose another --encoder-folder"
        )


def words_only(outcomes: list[PairOutcome]) -> list[PairOutcome]:
    """The same pairs scored without the embedding cosine."""
    return [
        replace(o, score=same_claim_score(o.features[0], o.features[1], None)) for o in outcomes
    ]


def row(name: str, score: Score) -> str:
    accuracy = score.extra["accuracy"]
    return f"{name:<34}{accuracy:>9.3f}{score.precision:>10.3f}{score.recall:>8.3f}{score.f1:>7.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="use the first N pairs only")
    parser.add_argument("--fit", action="store_true", help="print coefficients fitted on all")
    parser.add_argument(
        "--show-flagged",
        type=int,
        default=0,
        metavar="N",
        help="print N flagged pairs MRPC labels paraphrases (a fixed sample), to audit the flag",
    )
    parser.add_argument(
        "--pair-encoder-cv",
        action="store_true",
        help="also fine-tune and score a pair encoder per fold (about 40 minutes)",
    )
    parser.add_argument(
        "--encoder-folder",
        type=Path,
        default=None,
        help="keep the fold encoders here and reuse those already trained, on the same "
        "pairs and --limit (default: a temporary folder)",
    )
    parser.add_argument(
        "--encoder-base",
        type=Path,
        default=None,
        metavar="FOLDER",
        help="a local transformer folder to fine-tune (default: the packaged all-MiniLM-L6-v2)",
    )
    parser.add_argument("--encoder-epochs", type=int, default=TrainingParams().epochs)
    parser.add_argument(
        "--encoder-learning-rate", type=float, default=TrainingParams().learning_rate
    )
    args = parser.parse_args()
    path = MRPC / "msr_paraphrase_train.txt"
    if not path.exists():
        print(f"skipped: {path} not found (../shared is not beside the repository)")
        return 0
    settings = Settings()
    threshold = settings.reconcile.same_threshold
    started = time.perf_counter()
    records, problems, _ = read_pairs(path, args.limit)
    outcomes = score_pairs(records, settings)
    elapsed = time.perf_counter() - started
    evaluation = pairs_evaluation(str(path), outcomes, threshold, problems=problems)
    lexical = pairs_evaluation(str(path), words_only(outcomes), threshold)
    x = np.array([o.features for o in outcomes], dtype=np.float64)
    y = np.array([o.record.label for o in outcomes], dtype=np.float64)
    print(f"{len(outcomes)} MRPC train pairs, features in {elapsed:.1f}s")
    if load_encoder(settings.reconcile.embeddings) is None:
        print("note: no sentence-embedding model installed; embedding rows equal words only")
    print(f"{'model':<34}{'accuracy':>9}{'precision':>10}{'recall':>8}{'F1':>7}")
    print(row("pair score, words only", lexical.scores[0]))
    print(row("pair score, words + embeddings", evaluation.scores[0]))
    for name, columns in (("logistic, words only", [0, 1]), ("logistic, + embeddings", [0, 1, 2])):
        acc, prec, rec, f1 = cross_validate(x[:, columns], y)
        print(f"{name:<34}{acc:>9.3f}{prec:>10.3f}{rec:>8.3f}{f1:>7.3f}")
    rich = np.array([o.rich for o in outcomes], dtype=np.float64)
    words = [i for i in range(rich.shape[1]) if i != 2]
    everything = list(range(rich.shape[1]))
    learned = (("learned features, words only", words), ("learned features", everything))
    for name, columns in learned:
        acc, prec, rec, f1 = cross_validate(rich[:, columns], y)
        print(f"{name:<34}{acc:>9.3f}{prec:>10.3f}{rec:>8.3f}{f1:>7.3f}  (5-fold CV)")
        if args.fit:
            bias, weights = fit_raw(rich[:, columns], y)
            print(f"  fitted on all: bias={bias:.4f} weights={[round(v, 4) for v in weights]}")
    if args.pair_encoder_cv:
        with tempfile.TemporaryDirectory(prefix="corrobora-pair-encoders-") as scratch:
            folder = args.encoder_folder or Path(scratch)
            base = args.encoder_base or default_base()
            params = TrainingParams(
                epochs=args.encoder_epochs, learning_rate=args.encoder_learning_rate
            )
            p = pair_encoder_cv(records, settings, folder, base, params)
        cut = settings.reconcile.pair_encoder_threshold
        acc, prec, rec, f1 = scores(y, (p >= cut).astype(np.float64))
        name = f"pair encoder (fine-tuned, cut {cut})"
        print(f"pair encoder base {base}, {params}")
        print(f"{name:<34}{acc:>9.3f}{prec:>10.3f}{rec:>8.3f}{f1:>7.3f}  (5-fold CV)")
        by_cut = ", ".join(f"{c:g} {scores(y, (p >= c).astype(np.float64))[3]:.3f}" for c in CUTS)
        print(f"  F1 by cut: {by_cut}")
    flag = evaluation.scores[1]
    negatives = evaluation.counts["negatives"]
    print(
        f"number/date conflict flag: precision {flag.precision:.3f} recall {flag.recall:.3f} "
        f"(tp {flag.true_positives:g}, fp {flag.false_positives:g}, fn {flag.false_negatives:g}); "
        f"{flag.extra['negatives_differing']:g} of {negatives} negatives differ in a number or date"
    )
    if args.show_flagged:
        show_flagged(outcomes, args.show_flagged)
    for problem in problems:
        print(f"problem: {problem}")
    return 0


def show_flagged(outcomes: list[PairOutcome], count: int) -> None:
    """Print a fixed sample of the flag's false positives: pairs labelled paraphrases.

    MRPC labels a pair by closeness of meaning, so many of these state figures that
    really differ ("rose 15.82" against "up 17.48"); reading them tells that from a
    wrong flag.
    """
    flagged = [o for o in outcomes if o.flagged and o.record.label == 1]
    sample = random.Random(3).sample(flagged, min(count, len(flagged)))
    print(f"{len(sample)} of {len(flagged)} flagged pairs labelled paraphrases:")
    for outcome in sample:
        kind = "number" if outcome.number_flag else "date"
        print(f"- [{kind}] {outcome.record.sentence1}\n  {outcome.record.sentence2}")


if __name__ == "__main__":
    sys.exit(main())
