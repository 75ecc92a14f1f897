"""Word shingles and MinHash signatures: the only module that imports datasketch.

Near-duplicate detection works on sets of word shingles (runs of consecutive words of
the normalized, lower-cased text). MinHash signatures of those sets go into a
locality-sensitive hash index (:class:`datasketch.MinHashLSH`), which returns the pairs
of articles likely to share many shingles without comparing every pair.

A :class:`Fingerprint` keeps a text's shingles as sorted 64-bit hashes (SHA-1, the hash
datasketch itself uses; its low 32 bits are datasketch's shingle hash) with the MinHash
signature of the set, so a text is shingled and signed once however often it is compared.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from datasketch import LeanMinHash, MinHash, MinHashLSH

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


HashArray = npt.NDArray[np.uint64]
_LOW_32_BITS = np.uint64(0xFFFFFFFF)


@dataclass(frozen=True, slots=True, eq=False)
class HashedSet:
    """A set of shingles as sorted, distinct 64-bit hashes, with its MinHash signature.

    ``signature`` is None for the empty set, which takes no part in LSH queries.
    """

    hashes: HashArray
    signature: LeanMinHash | None

    def __len__(self) -> int:
        return int(self.hashes.size)

    def overlap(self, other: HashedSet) -> tuple[int, float]:
        """Shingles the two sets have in common, and their containment.

        The containment is the share of the smaller set's shingles found in the other
        (0 when either set is empty).
        """
        shared = int(np.intersect1d(self.hashes, other.hashes, assume_unique=True).size)
        smaller = min(self.hashes.size, other.hashes.size)
        return shared, (shared / smaller if smaller else 0.0)


@dataclass(frozen=True, slots=True, eq=False)
class Fingerprint:
    """A text's shingle set and the set of its first ``lead`` shingles, both hashed."""

    whole: HashedSet
    lead: HashedSet


def shingle_hash(shingle: str) -> int:
    """The 64-bit hash of a shingle: the first 8 bytes of its SHA-1, little-endian."""
    return int.from_bytes(hashlib.sha1(shingle.encode("utf-8")).digest()[:8], "little")


def fingerprints(
    texts: Iterable[str], *, size: int, lead: int, num_perm: int, seed: int
) -> list[Fingerprint]:
    """Shingle, hash and sign each of ``texts`` (``size``-word shingles, first ``lead``).

    The signatures are those datasketch computes from the shingle strings with its default
    32-bit SHA-1 hash, ``num_perm`` permutations and ``seed``.
    """
    arrays: list[tuple[HashArray, HashArray]] = []
    for text in texts:
        sequence = shingle_sequence(text, size)
        hashed = {shingle: shingle_hash(shingle) for shingle in set(sequence)}
        values = [hashed[shingle] for shingle in sequence]
        arrays.append((_distinct(values), _distinct(values[:lead])))
    flat = [array for pair in arrays for array in pair]
    signed = iter(_signatures([array for array in flat if array.size], num_perm, seed))
    sets = [HashedSet(array, next(signed) if array.size else None) for array in flat]
    return [Fingerprint(sets[2 * n], sets[2 * n + 1]) for n in range(len(arrays))]


def _distinct(values: Sequence[int]) -> HashArray:
    return np.unique(np.fromiter(values, dtype=np.uint64, count=len(values)))


def _signatures(arrays: Sequence[HashArray], num_perm: int, seed: int) -> list[LeanMinHash]:
    low_bits = ((array & _LOW_32_BITS).tolist() for array in arrays)
    signed = MinHash.generator(low_bits, num_perm=num_perm, seed=seed, hashfunc=_as_is)
    return [LeanMinHash(signature) for signature in signed]


def _as_is(value: int) -> int:
    return value


def candidate_pairs(
    shingle_sets: Sequence[frozenset[str]], *, threshold: float, num_perm: int, seed: int
) -> list[tuple[int, int]]:
    """Return index pairs ``(i, j)``, ``i < j``, whose sets are likely near duplicates.

    Each set gets a MinHash signature (``num_perm`` permutations, ``seed``); see
    :func:`signed_candidate_pairs`. Empty sets take no part.

    Args:
        shingle_sets: one shingle set per article.
        threshold: the Jaccard similarity the LSH index is tuned for, in (0, 1).
        num_perm: MinHash permutations.
        seed: MinHash seed, the same on every run so results are deterministic.
    """
    arrays = [_distinct([shingle_hash(s) for s in shingle_set]) for shingle_set in shingle_sets]
    signed = iter(_signatures([array for array in arrays if array.size], num_perm, seed))
    signatures = [next(signed) if array.size else None for array in arrays]
    return signed_candidate_pairs(signatures, threshold=threshold, num_perm=num_perm)


def signed_candidate_pairs(
    signatures: Sequence[LeanMinHash | None], *, threshold: float, num_perm: int
) -> list[tuple[int, int]]:
    """Return index pairs ``(i, j)``, ``i < j``, whose signatures are likely near duplicates.

    The signatures go into a MinHash LSH index tuned for Jaccard similarity ``threshold``,
    and each is queried against it. The cost grows with the number of signatures and of
    the candidates found, never with the number of all pairs. None takes no part.

    Args:
        signatures: one MinHash signature per article (``num_perm`` permutations), or None.
        threshold: the Jaccard similarity the LSH index is tuned for, in (0, 1).
        num_perm: MinHash permutations.
    """
    if not 0.0 < threshold < 1.0:
        raise ValueError(f"LSH threshold must be in (0, 1), got {threshold}")
    index = MinHashLSH(num_perm=num_perm, params=lsh_bands(threshold, num_perm))
    pairs: set[tuple[int, int]] = set()
    for i, signature in enumerate(signatures):
        if signature is None:
            continue
        for j in index.query(signature):
            pairs.add((j, i) if j < i else (i, j))
        index.insert(i, signature)
    return sorted(pairs)
