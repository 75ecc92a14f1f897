"""The features the learned pair model reads from two claims.

Each feature says in one number how two claims compare: term similarity (the weighted
cosine and overlap of :class:`corrobora.align.similarity.ClaimVectors`), embedding
cosine, shared word n-grams, word order, length, and whether their numbers, dates,
named entities agree. All are cheap: no model runs per pair beyond the
sentence embeddings that are computed once per claim.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher

from ..extract.quantities import written_figure
from ..model import Claim

__all__ = ["FEATURES", "claim_pair_features", "word_features"]

FEATURES: tuple[str, ...] = (
    "term cosine",
    "term overlap",
    "embedding cosine",
    "unigrams shared (lower share)",
    "unigrams shared (higher share)",
    "bigrams shared (lower share)",
    "bigrams shared (higher share)",
    "trigrams shared (lower share)",
    "trigrams shared (higher share)",
    "4-grams shared (lower share)",
    "4-grams shared (higher share)",
    "length difference",
    "word order match",
    "log length",
    "same numbers",
    "different numbers",
    "numbers on one side only",
    "share of numbers not shared",
    "different dates",
    "entities shared",
    "entities not shared",
)
"""Names of the features, in the order :func:`claim_pair_features` returns them."""

_WORD = re.compile(r"\w+")
_MAX_ORDER = 4


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _shared(a: Sequence[str], b: Sequence[str], n: int) -> tuple[float, float]:
    left = Counter(tuple(a[i : i + n]) for i in range(len(a) - n + 1))
    right = Counter(tuple(b[i : i + n]) for i in range(len(b) - n + 1))
    common = sum((left & right).values())
    first = common / max(1, sum(left.values()))
    second = common / max(1, sum(right.values()))
    return min(first, second), max(first, second)


def word_features(first: str, second: str) -> list[float]:
    """Return the surface features of two texts: n-grams shared, length, word order."""
    a, b = _words(first), _words(second)
    features: list[float] = []
    for n in range(1, _MAX_ORDER + 1):
        features.extend(_shared(a, b, n))
    longest = max(len(a), len(b), 1)
    features.append(abs(len(a) - len(b)) / longest)
    features.append(SequenceMatcher(None, a, b, autojunk=False).ratio())
    features.append(math.log(1 + len(a) + len(b)))
    return features


def _agreement(a: Claim, b: Claim) -> list[float]:
    left = {q.value for q in a.quantities if written_figure(q)}
    right = {q.value for q in b.quantities if written_figure(q)}
    both = bool(left) and bool(right)
    dates_a = {(d.start, d.end) for d in a.dates if d.start and d.end}
    dates_b = {(d.start, d.end) for d in b.dates if d.start and d.end}
    ents_a, ents_b = set(a.entity_keys), set(b.entity_keys)
    return [
        float(both and left == right),
        float(both and left != right),
        float(bool(left) != bool(right)),
        len(left ^ right) / max(1, len(left | right)),
        float(bool(dates_a) and bool(dates_b) and dates_a != dates_b),
        len(ents_a & ents_b) / max(1, len(ents_a | ents_b)),
        float(min(len(ents_a ^ ents_b), 5)),
    ]


def claim_pair_features(
    a: Claim, b: Claim, cosine: float, overlap: float, semantic: float | None
) -> list[float]:
    """Return the features of claims ``a`` and ``b``, in the order of :data:`FEATURES`.

    ``cosine``, ``overlap`` and ``semantic`` are the claims' term cosine, term overlap
    and embedding cosine (None without a model, read as 0).
    """
    return [
        cosine,
        overlap,
        0.0 if semantic is None else semantic,
        *word_features(a.text, b.text),
        *_agreement(a, b),
    ]
