import numpy as np
import pytest
from datasketch import MinHash

from corrobora.cluster.fingerprint import (
    candidate_pairs,
    fingerprints,
    shingle_sequence,
    shingles,
    words,
)


def test_words_are_normalized():
    assert words("Nicolás  MADURO's call!") == ["nicolas", "maduro", "s", "call"]


def test_shingles_are_word_runs():
    assert shingle_sequence("One two three four", 3) == ("one two three", "two three four")
    assert shingles("A b. A b.", 2) == frozenset({"a b", "b a"})


def test_short_and_empty_texts():
    assert shingles("just two", 3) == frozenset({"just two"})
    assert shingles("  ...  ", 3) == frozenset()


def test_shingle_size_must_be_positive():
    with pytest.raises(ValueError, match="at least 1"):
        shingles("text", 0)


def test_candidate_pairs_find_near_duplicates_only():
    base = " ".join(f"w{i}" for i in range(200))
    near = base.replace("w100", "changed")
    other = " ".join(f"x{i}" for i in range(200))
    sets = [shingles(base, 3), shingles(other, 3), shingles(near, 3), frozenset()]
    assert candidate_pairs(sets, threshold=0.5, num_perm=128, seed=1) == [(0, 2)]


def test_candidate_pairs_grow_with_candidates_not_with_all_pairs():
    # 60 unrelated texts: 1770 pairs exist, LSH proposes (almost) none of them.
    sets = [shingles(" ".join(f"t{n}w{i}" for i in range(80)), 3) for n in range(60)]
    assert len(candidate_pairs(sets, threshold=0.25, num_perm=128, seed=1)) < 20


def test_candidate_pairs_validate_threshold():
    with pytest.raises(ValueError, match="threshold"):
        candidate_pairs([], threshold=1.0, num_perm=128, seed=1)


TEXTS = (
    "The river rose above the old stone bridge at Marrow Point on Sunday night.",
    "Crews closed the Marrow Point bridge while the river stayed high, officials said.",
    "short",
    "",
)


def test_signatures_are_those_of_datasketch_over_the_shingle_strings():
    prints = fingerprints(TEXTS, size=3, lead=5, num_perm=64, seed=7)
    for text, fingerprint in zip(TEXTS, prints, strict=True):
        for sequence, hashed in (
            (shingle_sequence(text, 3), fingerprint.whole),
            (shingle_sequence(text, 3)[:5], fingerprint.lead),
        ):
            if not sequence:
                assert hashed.signature is None and len(hashed) == 0
                continue
            plain = MinHash(num_perm=64, seed=7)
            plain.update_batch([s.encode("utf-8") for s in set(sequence)])
            assert hashed.signature is not None
            assert np.array_equal(hashed.signature.hashvalues, plain.hashvalues)
            assert len(hashed) == len(set(sequence))


def test_overlap_counts_common_shingles_and_their_share_of_the_smaller_set():
    first, second = fingerprints(TEXTS[:2], size=2, lead=4, num_perm=32, seed=1)
    left, right = shingles(TEXTS[0], 2), shingles(TEXTS[1], 2)
    expected = left & right
    assert expected  # "marrow point", "point bridge"... the texts do share some
    shared, score = first.whole.overlap(second.whole)
    assert shared == len(expected)
    assert score == pytest.approx(len(expected) / min(len(left), len(right)))
    assert first.whole.overlap(first.whole) == (len(first.whole), 1.0)
    (empty,) = fingerprints([""], size=2, lead=4, num_perm=32, seed=1)
    assert first.whole.overlap(empty.whole) == (0, 0.0)
