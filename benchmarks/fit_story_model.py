"""Fit the story event model on the ECB+ training topics and print it as Python.

The printed block replaces ``WITH_EMBEDDINGS`` and ``WORDS_ONLY`` in
``src/corrobora/cluster/eventmodel.py``; the chosen threshold is the default
``story_threshold`` in ``src/corrobora/settings.py``. Only the training topics are read
(the development topics stay unseen), so the development figures printed by
``benchmarks/stories_ecbplus.py`` are held-out.

    .venv/bin/python benchmarks/fit_story_model.py
"""

from __future__ import annotations

import sys

from corrobora.cluster.eventmodel import EventModel
from corrobora.evaluate.storymodel import fit_story_models
from corrobora.settings import Settings
from stories_ecbplus import ECBPLUS, TRAIN


def literal(name: str, model: EventModel) -> str:
    inner = "".join(f"        {key!r}: {value},\n" for key, value in model.weights.items())
    return f"{name} = EventModel(\n    weights={{\n{inner}    }},\n    bias={model.bias},\n)"


def main() -> int:
    if not ECBPLUS.exists():
        print(f"ECB+ not found at {ECBPLUS}", file=sys.stderr)
        return 1
    fitted = fit_story_models(ECBPLUS, Settings(), TRAIN)
    print(f"# {fitted.pairs} pairs, {fitted.positives} same-event; training topics {TRAIN}")
    print(literal("WITH_EMBEDDINGS", fitted.models.with_embeddings))
    print(literal("WORDS_ONLY", fitted.models.words_only))
    print(f"# story_threshold = {fitted.threshold}")
    for threshold, f1 in fitted.grid:
        print(f"#   threshold {threshold:.2f}: train B-cubed F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
