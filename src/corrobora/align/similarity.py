"""Weighted term similarity between claims.

A term's weight is its rarity in general English (``wordfreq``'s Zipf frequency, shipped
with the package) times its rarity inside the story, so that "amnesty" counts for more than
"said", and a name that every claim of the story repeats counts for less than one that
only two claims share. Numbers are left out of the vectors: two claims that differ only
in a number are the same fact with a number conflict, not two facts.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from wordfreq import zipf_frequency

from ..model import Claim

ENTITY_PREFIX = "@"
_MAX_ZIPF = 7.0
_MIN_WEIGHT = 0.25
_ENTITY_WEIGHT = 3.0


@lru_cache(maxsize=65536)
def background_weight(term: str) -> float:
    """Return how informative ``term`` is in general English (rare words weigh more)."""
    if term.startswith(ENTITY_PREFIX):
        return _ENTITY_WEIGHT
    zipf = zipf_frequency(term, "en")
    if zipf == 0.0:
        # Unknown to the word list: a name, a rare word or a typo; treat as rare.
        return _MAX_ZIPF - 2.5
    return max(_MIN_WEIGHT, _MAX_ZIPF - zipf)


def _is_number(term: str) -> bool:
    return any(ch.isdigit() for ch in term)


def claim_terms(claim: Claim) -> tuple[str, ...]:
    """Return the terms a claim is compared on: its lemmas and its entity keys.

    Words that belong to one of the claim's entity names are left to the entity key,
    so that a name is counted once.
    """
    named = {word for key in claim.entity_keys for word in key.split()}
    words = tuple(t for t in claim.terms if t and not _is_number(t) and t not in named)
    entities = tuple(ENTITY_PREFIX + key for key in claim.entity_keys)
    return words + entities


@dataclass(frozen=True, slots=True)
class ClaimVectors:
    """Unit-length weighted term vectors of a story's claims, keyed by claim id."""

    vectors: dict[str, dict[str, float]]

    @classmethod
    def build(cls, claims: Sequence[Claim]) -> ClaimVectors:
        """Weigh every claim's terms by general and in-story rarity, then normalize."""
        term_sets = {claim.id: set(claim_terms(claim)) for claim in claims}
        df: Counter[str] = Counter()
        for terms in term_sets.values():
            df.update(terms)
        total = max(1, len(term_sets))
        vectors: dict[str, dict[str, float]] = {}
        for claim_id, terms in term_sets.items():
            raw = {t: background_weight(t) * math.log(1.0 + total / df[t]) for t in sorted(terms)}
            norm = math.sqrt(sum(w * w for w in raw.values())) or 1.0
            vectors[claim_id] = {t: w / norm for t, w in raw.items()}
        return cls(vectors)

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two claims' vectors."""
        return claim_similarity(self.vectors[a], self.vectors[b])

    def terms(self, claim_id: str) -> Iterable[str]:
        """Return the terms of one claim."""
        return self.vectors[claim_id].keys()


def claim_similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine similarity of two unit-length sparse vectors."""
    if len(b) < len(a):
        a, b = b, a
    return sum(w * b[t] for t, w in a.items() if t in b)
