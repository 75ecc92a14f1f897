"""Time and peak memory of analyzing one very long or odd article, each in a fresh process.

A worker analyzes whatever text it is given, so the shapes that cost most per
character must stay bounded: long prose, many short lines (a table flattened to text),
and a long run without spaces (symbols, entities). Each case is analyzed in its own
process (``analyze_chunk``, as a worker runs it), which prints its wall time and peak
resident memory; the spaCy model alone is measured the same way as the baseline.

Prose comes from PolNeAR's dev texts under ``../shared/data`` (the run stops with a
message when they are absent).

    .venv/bin/python benchmarks/long_texts.py [--chars 1000000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from corrobora.ingest.meta import make_article
from corrobora.pipeline import analyze_chunk
from corrobora.settings import AnalyzeParams

POLNEAR_TEXTS = Path(__file__).resolve().parents[1].parent / "shared/data/polnear/dev/text"


def _prose(chars: int) -> str:
    paragraphs: list[str] = []
    size = 0
    files = sorted(POLNEAR_TEXTS.iterdir())
    while size < chars:
        for path in files:
            paragraphs.append(path.read_text(encoding="utf-8"))
            size += len(paragraphs[-1]) + 2
            if size >= chars:
                break
    return "\n\n".join(paragraphs)[:chars]


def _case_text(case: str, chars: int) -> str:
    if case == "model only":
        return "The council met on Monday."
    if case == "prose":
        return _prose(chars)
    if case == "short lines":
        return ("cell\n" * (chars // 5 + 1))[:chars]
    if case == "run without spaces":
        return ("&<%$" * (chars // 4 + 1))[:chars]
    raise ValueError(case)


def _child(case: str, chars: int) -> None:
    params = AnalyzeParams()
    analyze_chunk([make_article("Warm-up.", path="warm-up")], params)
    text = _case_text(case, chars)
    started = time.perf_counter()
    (outcome,) = analyze_chunk([make_article(text, path=case)], params)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "case": case,
                "chars": len(text),
                "seconds": round(seconds, 1),
                "peak_mb": round(peak_mb),
                "outcome": type(outcome).__name__,
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=1_000_000, help="length of each text")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.chars)
        return
    if not POLNEAR_TEXTS.is_dir():
        sys.exit(f"PolNeAR texts not found at {POLNEAR_TEXTS}: ../shared must be beside the repo")
    print(f"{'case':<20} {'characters':>10} {'seconds':>8} {'peak MB':>8}  outcome")
    for case in ("model only", "prose", "short lines", "run without spaces"):
        found = subprocess.run(
            [sys.executable, __file__, "--child", case, "--chars", str(args.chars)],
            capture_output=True,
            text=True,
            check=True,
        )
        row = json.loads(found.stdout.strip().splitlines()[-1])
        print(
            f"{row['case']:<20} {row['chars']:>10,} {row['seconds']:>8} {row['peak_mb']:>8,}  "
            f"{row['outcome']}"
        )


if __name__ == "__main__":
    main()
