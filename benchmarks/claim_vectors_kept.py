"""Sentences encoded when a store is fed in several runs, with and without kept vectors.

Writes the ECB+ dev documents as text files in ``--runs`` folders and ingests them one
folder per ``api.ingest`` call into a new SQLite store, as ``corrobora watch`` feeds a
store poll after poll: each call reconciles the stories that changed, so a story that
grows is reconciled again. It does so twice in this process, once with the int8 claim
encoder keeping no vectors and once keeping ``CLAIM_VECTORS_KEPT`` of them, and prints
the sentences each run encoded (claims and leads), its CPU time, and whether both
stores hold the same facts. Needs the sentence-embedding model and ONNX Runtime.

    .venv/bin/python benchmarks/claim_vectors_kept.py [--runs 10]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from corrobora import api
from corrobora.align import embeddings, onnxencoder
from corrobora.evaluate.ecbplus import read_ecbplus
from corrobora.report import render
from corrobora.settings import load_settings
from corrobora.store import open_store
from stories_ecbplus import DEV, ECBPLUS


def write_runs(folder: Path, runs: int) -> int:
    """Write the dev documents round-robin into ``runs`` folders; return how many."""
    corpus = read_ecbplus(ECBPLUS, topics=DEV)
    articles = list({d.article.id: d.article for d in corpus.documents}.values())
    for n, article in enumerate(articles):
        run = folder / f"run{n % runs:03d}"
        run.mkdir(exist_ok=True)
        title = article.title or "Untitled"
        (run / f"{article.id}.txt").write_text(f"Title: {title}\n\n{article.text}", "utf-8")
    return len(articles)


def feed(folder: Path, db: Path, kept: int) -> tuple[int, float, str]:
    """Ingest each run folder in turn; the sentences encoded, CPU seconds, the facts."""
    embeddings.CLAIM_VECTORS_KEPT = kept
    embeddings.load_encoder.cache_clear()
    encoded = [0]
    encode_one = onnxencoder.OnnxEncoder._encode_one

    def counted(self: onnxencoder.OnnxEncoder, ids: list[int]) -> embeddings.Matrix:
        encoded[0] += 1
        return encode_one(self, ids)

    onnxencoder.OnnxEncoder._encode_one = counted  # type: ignore[method-assign]
    settings = load_settings(env={}, db=str(db))
    start = time.process_time()
    try:
        with open_store(str(db)) as store:
            for run in sorted(p for p in folder.iterdir() if p.is_dir()):
                api.ingest([run], store, settings)
            reports = [api.story_report(store, s.id) for s in api.story_summaries(store)]
    finally:
        onnxencoder.OnnxEncoder._encode_one = encode_one  # type: ignore[method-assign]
    return encoded[0], time.process_time() - start, render(reports, "json")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    if not ECBPLUS.exists():
        print(f"ECB+ not found at {ECBPLUS}", file=sys.stderr)
        return 1
    if not isinstance(embeddings.load_encoder("auto"), onnxencoder.OnnxEncoder):
        print("needs the sentence-embedding model and ONNX Runtime", file=sys.stderr)
        return 1
    folder = Path(tempfile.mkdtemp(prefix="corrobora-kept-"))
    count = write_runs(folder, args.runs)
    print(f"{count} ECB+ dev documents, ingested in {args.runs} runs into a new store")
    results = {}
    for kept in (0, embeddings.CLAIM_VECTORS_KEPT):
        encoded, seconds, facts = feed(folder, folder / f"kept{kept}.db", kept)
        results[kept] = facts
        print(f"vectors kept {kept:>6,}: {encoded:>7,} sentences encoded, {seconds:6.1f} CPU s")
    same = len(set(results.values())) == 1
    print(f"same stories, facts and quotes in both stores: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
