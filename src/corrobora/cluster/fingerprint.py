"""Word shingles and MinHash signatures: the only module that imports datasketch.

Near-duplicate detection works on sets of word shingles (runs of consecutive words of
the normalized, lower-cased text). MinHash signatures of those sets go into a
locality-sensitive hash index (:class:`datasketch.MinHashLSH`), which returns the pairs
of articles likely to share many shingles without comparing every pair.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from datasketch import MinHash, MinHashLSH

from ..text import normalize_text, strip_accents

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Return the words of ``text``, normalized: NFC, accents stripped, case folded."""
    return _WORD.findall(strip_accents(normalize_text(text)).casefold())


def shingle_sequence(text: str, size: int) -> tuple[str, ...]:
    """Return the ``size``-word shingles of ``text`` in text order.

    A text shorter than ``size`` words yields one shingle holding all its words (none
    for a text without words), so that short texts can still be compared.
    """
    if size < 1:
        raise ValueError(f"shingle size must be at least 1, got {size}")
    tokens = words(text)
    if len(tokens) < size:
        return (" ".join(tokens),) if tokens else ()
    return tuple(" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def shingles(text: str, size: int) -> frozenset[str]:
    """Return the set of ``size``-word shingles of ``text``."""
    return frozenset(shingle_sequence(text, size))


@lru_cache(maxsize=64)
def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """The (bands, rows) of an LSH index tuned for ``threshold``, worked out once.

    datasketch finds them by numerical integration over every split of ``num_perm``,
    which costs far more than indexing the few articles of one story; the split depends
    only on the threshold and the number of permutations, so it is kept.
    """
    tuned = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return tuned.b, tuned.r


def candidate_pairs(
    shingle_sets: Sequence[frozenset[str]], *, threshold: float, num_perm: int, seed: int
) -> list[tuple[int, int]]:
    """Return index pairs ``(i, j)``, ``i < j``, whose sets are likely near duplicates.

    Each set gets a MinHash signature (``num_perm`` permutations, ``seed``); the
    signatures go into a MinHash LSH index tuned for Jaccard similarity ``threshold``,
    and each set is queried against it. The cost grows with the number of sets and of
    the candidates found, never with the number of all pairs. Empty sets take no part.

    Args:
        shingle_sets: one shingle set per article.
        threshold: the Jaccard similarity the LSH index is tuned for, in (0, 1).
        num_perm: MinHash permutations.
        seed: MinHash seed, the same on every run so results are deterministic.
    """
    if not 0.0 < threshold < 1.0:
        raise ValueError(f"LSH threshold must be in (0, 1), got {threshold}")
    index = MinHashLSH(num_perm=num_perm, params=lsh_bands(threshold, num_perm))
    present = [i for i, shingle_set in enumerate(shingle_sets) if shingle_set]
    encoded = ([s.encode("utf-8") for s in sorted(shingle_sets[i])] for i in present)
    signatures = MinHash.bulk(encoded, num_perm=num_perm, seed=seed)
    pairs: set[tuple[int, int]] = set()
    for i, signature in zip(present, signatures, strict=True):
        for j in index.query(signature):
            pairs.add((j, i) if j < i else (i, j))
        index.insert(i, signature)
    return sorted(pairs)
