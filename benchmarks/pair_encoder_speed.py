"""Pair encoder speed: its ONNX export against its weights through torch, one thread each.

Scores the first ``--pairs`` MRPC train pairs (each in both orders, nothing
remembered) with a trained pair encoder (``--encoder FOLDER``; without one, an encoder
is trained for one epoch on 400 other MRPC pairs, which is enough to time it) run
through ONNX Runtime and through torch, in turns, in this process, and prints pairs
per second, the ratio, and the largest difference between the two runs' scores. A
folder without an export is copied and exported first (``add_onnx``); the folder given
is not changed.

    .venv/bin/python benchmarks/pair_encoder_speed.py [--encoder FOLDER] [--pairs N]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from corrobora.align.pairencoder import (
    MANIFEST,
    ONNX_MODEL,
    PairEncoder,
    TrainingParams,
    add_onnx,
    train_pair_encoder,
)
from corrobora.evaluate.pairs import read_pairs

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mrpc_pairs import MRPC

ROUNDS = 2


def ready_encoder(given: Path | None, scratch: Path, spare: list[tuple[int, str, str]]) -> Path:
    """A trained folder with an ONNX export: ``given`` (copied if it has none) or a new one."""
    if given is None:
        print(f"training an encoder for one epoch on {len(spare)} pairs (no --encoder given)")
        return train_pair_encoder(spare, scratch / "encoder", params=TrainingParams(epochs=1))
    if not (given / MANIFEST).is_file():
        sys.exit(f"{given}: not a pair encoder (no {MANIFEST})")
    if (given / ONNX_MODEL).is_file():
        return given
    copy = Path(shutil.copytree(given, scratch / given.name))
    add_onnx(copy)
    return copy


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encoder", type=Path, default=None, help="a trained pair encoder")
    parser.add_argument("--pairs", type=int, default=1000, help="MRPC pairs to score")
    args = parser.parse_args()
    path = MRPC / "msr_paraphrase_train.txt"
    if not path.exists():
        print(f"skipped: {path} not found (../shared is not beside the repository)")
        return 0
    records, _, _ = read_pairs(path, None)
    pairs = [(r.sentence1, r.sentence2) for r in records[: args.pairs]]
    spare = [(r.label, r.sentence1, r.sentence2) for r in records[args.pairs : args.pairs + 400]]
    with tempfile.TemporaryDirectory(prefix="corrobora-pair-speed-") as scratch:
        folder = ready_encoder(args.encoder, Path(scratch), spare)
        encoders = [PairEncoder(folder, remember=0), PairEncoder(folder, remember=0, onnx=False)]
        seconds = {encoder.runtime: 0.0 for encoder in encoders}
        scores: dict[str, np.ndarray] = {}
        for _ in range(ROUNDS):
            for encoder in encoders:
                started = time.perf_counter()
                scores[encoder.runtime] = np.array(encoder.probabilities(pairs))
                seconds[encoder.runtime] += time.perf_counter() - started
    rate = {runtime: ROUNDS * len(pairs) / spent for runtime, spent in seconds.items()}
    print(f"{len(pairs)} MRPC pairs, each read both ways, {ROUNDS} rounds, one thread")
    for runtime, value in rate.items():
        print(f"{runtime:<6}{value:>8.1f} pairs/s")
    print(f"onnx / torch: {rate['onnx'] / rate['torch']:.2f}x")
    print(f"largest score difference: {np.abs(scores['onnx'] - scores['torch']).max():.1e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
