"""Learn the attribution cue lexicon from PolNeAR's train split only.

For every lemma (verbs and nouns) outside quotation marks, counts how often PolNeAR's
annotators marked it as the cue of an attribution and how often it occurs; lemmas
that are cues often enough are written, with their train precision, to
``src/corrobora/extract/learned_cues.py``. The dev split is never read.

    .venv/bin/python benchmarks/learn_cues_polnear.py [--min-count 5] [--min-rate 0.3]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from corrobora.evaluate.brat import read_brat
from corrobora.extract.nlp import parse_many
from corrobora.extract.quotes import scan_quotes
from corrobora.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
TARGET = ROOT / "src" / "corrobora" / "extract" / "learned_cues.py"
_POS = frozenset({"VERB", "NOUN"})

_HEADER = '''"""Attribution cues learned from PolNeAR's train split (generated, do not edit).

Written by ``benchmarks/learn_cues_polnear.py``: for each ``lemma/POS`` outside
quotation marks, the share of its occurrences that annotators marked as the cue of an
attribution ("polls show ...", "Clinton vowed to ..."), kept when it reached the
thresholds below. Only train articles were read.
"""

'''


def count(split: Path, model: str) -> tuple[Counter[str], Counter[str]]:
    """(cue counts, occurrence counts) by ``lemma/POS`` over one PolNeAR split."""
    corpus = read_brat(split)
    cues: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    texts = [d.text for d in corpus.documents]
    for document, doc in zip(corpus.documents, parse_many(texts, model), strict=True):
        quoted = [p for raw in scan_quotes(document.text) for p in raw.parts]
        inside = {t.i for p in quoted for t in doc.char_span(p.start, p.end, "expand") or ()}
        heads: set[int] = set()
        for relation in document.attributions:
            tokens = [
                t for s in relation.cue for t in doc.char_span(s.start, s.end, "expand") or ()
            ]
            ids = {t.i for t in tokens}
            heads.update(t.i for t in tokens if t.head.i not in ids or t.head.i == t.i)
        for token in doc:
            if token.pos_ not in _POS or token.i in inside:
                continue
            key = f"{token.lemma_.lower()}/{token.pos_}"
            seen[key] += 1
            cues[key] += token.i in heads
    return cues, seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--min-rate", type=float, default=0.3)
    args = parser.parse_args()
    if not (POLNEAR / "train").is_dir():
        print(f"skipped: {POLNEAR / 'train'} not found")
        return 0
    cues, seen = count(POLNEAR / "train", Settings().analyze.model)
    kept = {
        key: cues[key] / seen[key]
        for key in sorted(cues)
        if cues[key] >= args.min_count and cues[key] / seen[key] >= args.min_rate
    }
    lines = [
        _HEADER,
        f"MIN_COUNT = {args.min_count}\n",
        f"MIN_RATE = {args.min_rate}\n\n",
        "ATTRIBUTION_CUES: dict[str, float] = {\n",
        *(f'    "{key}": {rate:.2f},\n' for key, rate in kept.items()),
        "}\n",
        '"""Share of train occurrences annotated as a cue, by ``lemma/POS``."""\n',
    ]
    TARGET.write_text("".join(lines), encoding="utf-8")
    print(f"{len(kept)} cues written to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
