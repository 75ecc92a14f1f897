"""Same-claim detection on MRPC: lexical and embedding similarity, and the fitted pair model.

Reads ``../shared/data/mrpc/msr_paraphrase_train.txt`` (label, id, id, sentence, sentence),
analyzes every sentence as a one-sentence article, scores each pair with corrobora's
claim similarity features, and reports 5-fold cross-validated accuracy and F1 of a
logistic model over them (with and without sentence embeddings), beside the pair score
corrobora ships (``corrobora.align.pairmodel``) at its default threshold. ``--fit``
prints the logistic coefficients fitted on all of train.

    .venv/bin/python benchmarks/mrpc_pairs.py [--limit N] [--fit]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

import numpy as np

from corrobora.align.embeddings import load_encoder
from corrobora.align.similarity import ClaimVectors, pair_features
from corrobora.extract import analyze_many
from corrobora.model import Article, Claim
from corrobora.settings import AnalyzeParams, ReconcileParams
from corrobora.text import article_id

MRPC = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "mrpc"
STORY_SIZE = 300  # sentences pooled into one pseudo-story for in-story term rarity


def read_pairs(path: Path, limit: int | None) -> list[tuple[int, str, str]]:
    rows: list[tuple[int, str, str]] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for row in reader:
            if len(row) == 5 and row[0] in ("0", "1"):
                rows.append((int(row[0]), row[3], row[4]))
    return rows[:limit] if limit else rows


def sentence_claim(text: str, claims: tuple[Claim, ...]) -> Claim:
    """Merge a sentence's claims into one claim covering the sentence."""
    terms = tuple(dict.fromkeys(t for c in claims for t in c.terms))
    keys = tuple(dict.fromkeys(k for c in claims for k in c.entity_keys))
    quantities = tuple(q for c in claims for q in c.quantities)
    dates = tuple(d for c in claims for d in c.dates)
    first = claims[0]
    return Claim(
        id=article_id(text),
        article_id=article_id(text),
        span=first.span,
        text=text,
        sentence=0,
        terms=terms,
        entity_keys=keys,
        quantities=quantities,
        dates=dates,
    )


def features(pairs: list[tuple[int, str, str]], use_embeddings: bool) -> np.ndarray:
    texts = sorted({t for _, a, b in pairs for t in (a, b)})
    articles = [Article(article_id(t), t, t[:60], "mrpc") for t in texts]
    claims: dict[str, Claim] = {}
    for analysis in analyze_many(articles, AnalyzeParams()):
        text = analysis.article.text
        if analysis.claims:
            claims[text] = sentence_claim(text, analysis.claims)
        else:
            claims[text] = Claim(
                article_id(text),
                article_id(text),
                analysis.sentences[0] if analysis.sentences else _whole(text),
                text,
                0,
                (),
                (),
            )
    encoder = load_encoder("auto") if use_embeddings else None
    rows = []
    for start in range(0, len(pairs), STORY_SIZE // 2):
        chunk = pairs[start : start + STORY_SIZE // 2]
        members = list({c.id: c for _, a, b in chunk for c in (claims[a], claims[b])}.values())
        vectors = ClaimVectors.build(members, encoder)
        for _, a, b in chunk:
            rows.append(pair_features(vectors, claims[a].id, claims[b].id))
    return np.array(rows, dtype=np.float64)


def _whole(text: str):
    from corrobora.model import Span

    return Span(0, len(text))


def fit_logistic(x: np.ndarray, y: np.ndarray, steps: int = 3000) -> np.ndarray:
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
    del steps
    return w


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
    order = np.random.default_rng(1).permutation(len(y))
    p = np.zeros(len(y))
    for k in range(folds):
        test = order[k::folds]
        train = np.setdiff1d(order, test)
        p[test] = predict(fit_logistic(x[train], y[train]), x[test])
    return scores(y, p)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="use the first N pairs only")
    parser.add_argument("--fit", action="store_true", help="print coefficients fitted on all")
    args = parser.parse_args()
    path = MRPC / "msr_paraphrase_train.txt"
    if not path.exists():
        print(f"skipped: {path} not found (../shared is not beside the repository)")
        return 0
    pairs = read_pairs(path, args.limit)
    y = np.array([label for label, _, _ in pairs], dtype=np.float64)
    started = time.perf_counter()
    x = features(pairs, use_embeddings=True)
    print(f"{len(pairs)} MRPC train pairs, features in {time.perf_counter() - started:.1f}s")
    print(f"{'model':<34}{'accuracy':>9}{'precision':>10}{'recall':>8}{'F1':>7}")
    threshold = ReconcileParams().same_threshold
    shipped = {
        "words only": (x[:, 0] + x[:, 1]) / 2,
        "words + embeddings": (x[:, 0] + x[:, 1] + np.clip(x[:, 2], 0, None)) / 3,
    }
    for name, score in shipped.items():
        acc, prec, rec, f1 = scores(y, (score >= threshold).astype(float))
        print(f"{'pair score, ' + name:<34}{acc:>9.3f}{prec:>10.3f}{rec:>8.3f}{f1:>7.3f}")
    for name, columns in (("logistic, words only", [0, 1]), ("logistic, + embeddings", [0, 1, 2])):
        acc, prec, rec, f1 = cross_validate(x[:, columns], y)
        print(f"{name:<34}{acc:>9.3f}{prec:>10.3f}{rec:>8.3f}{f1:>7.3f}")
        if args.fit:
            w = fit_logistic(x[:, columns], y)
            print(f"  fitted on all: bias={w[0]:.4f} weights={[round(v, 4) for v in w[1:]]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
