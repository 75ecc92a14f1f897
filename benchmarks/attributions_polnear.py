"""Direct quotes and attributions on PolNeAR: the ``quotes`` and ``attributions`` tasks.

Reads ``../shared/data/polnear/<split>/`` (``text/`` + ``attributions/``, the first
annotator's file when several annotated an article), analyzes every article once with
corrobora and scores both tasks on the same analyses (``corrobora.evaluate.attributions``;
the same figures as ``corrobora evaluate quotes|attributions --data PATH``). It also
prints the speeds (parse; quotes and attributions given the parse; the whole analysis)
and the peak memory of the process. The peer is ``benchmarks/quotes_textacy_peer.py``.

    .venv/bin/python benchmarks/attributions_polnear.py [--split dev|train|both] [--limit N]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from corrobora.evaluate.attributions import document_article, score_attributions, score_quotes
from corrobora.evaluate.brat import BratCorpus, read_brat
from corrobora.evaluate.metrics import Evaluation
from corrobora.extract.analyze import analyze_doc
from corrobora.extract.attribution import find_attributions
from corrobora.extract.nlp import analyzer_name, parse_many
from corrobora.extract.quotes import find_quotes
from corrobora.model import AnalyzedArticle
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


def speeds(corpus: BratCorpus, settings: Settings) -> tuple[list[AnalyzedArticle | None], str]:
    """Analyze every article (parse once, then every extraction step), timing each stage.

    Returns the analyses (None where corrobora failed) and a line of figures: parse,
    quotes + attributions alone (given the parse and the mentions), the whole
    per-article analysis (parse included), and the process's peak memory.
    """
    model = settings.analyze.model
    analyzer = analyzer_name(model)
    started = time.perf_counter()
    docs = list(parse_many([d.text for d in corpus.documents], model))
    parsed = time.perf_counter()
    analyses: list[AnalyzedArticle | None] = []
    for document, doc in zip(corpus.documents, docs, strict=True):
        try:
            analyses.append(analyze_doc(doc, document_article(document), analyzer))
        except Exception:  # one text must not stop the evaluation
            analyses.append(None)
    analyzed = time.perf_counter()
    for doc, analysis in zip(docs, analyses, strict=True):
        if analysis is not None:
            quotes = find_quotes(doc, analysis.article, analysis.mentions)
            find_attributions(doc, analysis.article, analysis.mentions, quotes)
    stage = time.perf_counter() - analyzed
    n = len(docs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return analyses, (
        f"speed ({n} articles, one process): parse {n / (parsed - started):.1f} art/s; "
        f"quotes + attributions {n / stage:.0f} art/s (given the parse); whole analysis "
        f"{n / (analyzed - started):.1f} art/s (parse included); peak memory {peak:.0f} MB"
    )


def run(split: str, limit: int | None, settings: Settings) -> None:
    """Analyze one split once and print both tasks' figures and the speeds."""
    path = POLNEAR / split
    corpus = read_brat(path, limit=limit)
    analyses, speed = speeds(corpus, settings)
    failed = [d.text_path for d, a in zip(corpus.documents, analyses, strict=True) if a is None]
    problems = tuple(f"{p}: corrobora failed on this text" for p in failed)
    print(f"PolNeAR {split}: {len(corpus.documents)} articles")
    print(speed)
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
