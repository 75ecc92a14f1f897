"""Copy detection: find wire reposts and light rewrites of an earlier article.

The score of a pair is the **containment** of their word-shingle sets,
``|A ∩ B| / min(|A|, |B|)``: the share of the shorter text's shingles found in the
longer one. Unlike Jaccard similarity it stays high when one side is trimmed, has a
paragraph or boilerplate added, or carries another headline (titles are not part of the
shingled text), which is what republished wire copy looks like. A pair is a copy when
the containment reaches ``ClusterParams.copy_threshold`` and the texts share at least
:data:`MIN_SHARED_SHINGLES` shingles (about one sentence), so that a few common words do
not make a short text a copy.

Pairs are never enumerated exhaustively: MinHash LSH proposes candidates, and only those
are checked exactly. Two LSH indexes are queried, each tuned for the lowest Jaccard
similarity a pair can have when its containment reaches the threshold and the shorter
set is at least half as long as the longer one (``t / (3 - t)`` for threshold ``t``):

- one over the whole texts, which finds copies up to about half or twice as long as
  their original;
- one over the leads (the first :data:`LEAD_SHINGLES` shingles), which finds copies cut
  much shorter than that: news is trimmed from the bottom, so the lead survives.

Each copy points at the earlier article it reuses: of its earlier copy partners (publication
time, then id; undated articles count as latest), the one that holds the largest share of
its text, then the most similar, then the earliest. Its similarity is its containment
against that article. A chain A <- B <- C thus yields B -> A and C -> B when C reuses
what B wrote, and both point at A when C takes only what B copied from A.
An article that reaches the threshold with no earlier one still copies the earliest that
shares a sentence with it when a later article copies both: they hold that article's text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..lru import LRU
from ..model import AnalyzedArticle, Article, CopyLink
from ..ordering import chronological_key
from ..settings import ClusterParams
from .fingerprint import Fingerprint, fingerprints, signed_candidate_pairs

#: Shingles a copy must share with its original, whatever the containment.
MIN_SHARED_SHINGLES = 10
#: Shingles of an article's lead (about its first two sentences).
LEAD_SHINGLES = 48
#: The LSH threshold is never tuned below this Jaccard similarity.
_MIN_LSH_THRESHOLD = 0.05
#: Fingerprints kept per process (about 10 KB each): a story's members are compared
#: again whenever it grows, and are then not shingled again.
FINGERPRINTS_KEPT = 8192

_FingerprintKey = tuple[str, int, int, int, int, int]


def lsh_threshold(copy_threshold: float) -> float:
    """Jaccard similarity the LSH index is tuned for, given the containment threshold.

    Two sets of sizes ``n <= m`` with containment ``t`` have Jaccard ``t n / (n + m - t n)``;
    with ``m = 2 n`` that is ``t / (3 - t)``.
    """
    return min(0.95, max(_MIN_LSH_THRESHOLD, copy_threshold / (3.0 - copy_threshold)))


def find_copies(articles: Sequence[AnalyzedArticle], params: ClusterParams) -> tuple[CopyLink, ...]:
    """Find the articles that copy an earlier one.

    Args:
        articles: the analyzed articles; an id given twice counts once.
        params: ``shingle_words``, ``num_perm``, ``seed`` and ``copy_threshold``.

    Returns:
        One link per copy, pointing at the earlier article it reuses, ordered like the
        copies (publication time, then id).
    """
    return find_copies_among([analyzed.article for analyzed in articles], params)


def find_copies_among(articles: Sequence[Article], params: ClusterParams) -> tuple[CopyLink, ...]:
    """:func:`find_copies` over plain articles (the analysis is not needed)."""
    unique: dict[str, Article] = {}
    for article in articles:
        unique.setdefault(article.id, article)
    ordered = sorted(unique.values(), key=chronological_key)
    prints = _FINGERPRINTS.of(ordered, params)
    sets = [fingerprint.whole for fingerprint in prints]
    threshold = lsh_threshold(params.copy_threshold)
    candidates: set[tuple[int, int]] = set()
    for part in (sets, [fingerprint.lead for fingerprint in prints]):
        signatures = [hashed.signature for hashed in part]
        candidates.update(
            signed_candidate_pairs(signatures, threshold=threshold, num_perm=params.num_perm)
        )
    partners = _partners(prints, sorted(candidates), params.copy_threshold)
    links = []
    for position, article in enumerate(ordered):
        if position in partners:
            best = max(partners[position], key=lambda p: (p.coverage, p.similarity, -p.position))
            links.append(CopyLink(article.id, ordered[best.position].id, best.similarity))
    return tuple(links)


@dataclass(frozen=True, slots=True)
class _Partner:
    """An earlier article a later one copies.

    ``position`` is its place in publication order, ``coverage`` the share of the copy's
    shingles it holds, ``similarity`` the pair's containment.
    """

    position: int
    coverage: float
    similarity: float


def _partners(
    prints: Sequence[Fingerprint], candidates: Sequence[tuple[int, int]], threshold: float
) -> dict[int, list[_Partner]]:
    """Position of each copy -> the earlier articles it copies.

    Two articles that a later one both copies hold its text, so the later of the two
    took it from the earlier, even when it rewrote or added too much of the rest to
    reach the threshold on its own; it then copies the earlier (:func:`_bridged`).
    """
    partners: dict[int, list[_Partner]] = {}
    for earlier, later in candidates:
        partner = _partner(prints[earlier], prints[later], earlier, threshold)
        if partner is not None:
            partners.setdefault(later, []).append(partner)
    for copied in [sorted(p.position for p in found) for found in partners.values()]:
        for rank, position in enumerate(copied[1:], start=1):
            if position not in partners and (bridged := _bridged(prints, copied[:rank], position)):
                partners[position] = [bridged]
    return partners


def _bridged(prints: Sequence[Fingerprint], earlier: Sequence[int], later: int) -> _Partner | None:
    """The earliest of ``earlier`` that shares a sentence's worth of shingles with ``later``."""
    for position in earlier:
        shared, similarity = prints[position].whole.overlap(prints[later].whole)
        if shared >= MIN_SHARED_SHINGLES:
            return _Partner(position, shared / len(prints[later].whole), similarity)
    return None


def _partner(
    earlier: Fingerprint, later: Fingerprint, position: int, threshold: float
) -> _Partner | None:
    """``earlier`` (at ``position``) as an article ``later`` copies, or None.

    The pair must share :data:`MIN_SHARED_SHINGLES` shingles with a containment of
    ``threshold``. The coverage (the share of the later text found in the earlier one)
    tells which of several earlier articles the copy reuses: a repost of a repost holds
    the words its source added.
    """
    shared, similarity = earlier.whole.overlap(later.whole)
    if shared < MIN_SHARED_SHINGLES or similarity < threshold:
        return None
    return _Partner(position, shared / len(later.whole), similarity)


class _FingerprintCache:
    """The most recently used article fingerprints, keyed by article id, text and settings."""

    def __init__(self, size: int) -> None:
        self._kept: LRU[Fingerprint] = LRU(size)

    def of(self, articles: Sequence[Article], params: ClusterParams) -> list[Fingerprint]:
        """The fingerprints of ``articles``, in order; only those not kept are computed."""
        settings = (params.shingle_words, params.num_perm, params.seed)
        keys = [
            (article.id, len(article.text), hash(article.text), *settings) for article in articles
        ]
        found: dict[_FingerprintKey, Fingerprint] = {}
        missing: dict[_FingerprintKey, str] = {}
        for key, article in zip(keys, articles, strict=True):
            kept = self._kept.get(key)
            if kept is None:
                missing[key] = article.text
            else:
                found[key] = kept
        computed = fingerprints(
            missing.values(),
            size=params.shingle_words,
            lead=LEAD_SHINGLES,
            num_perm=params.num_perm,
            seed=params.seed,
        )
        for key, fingerprint in zip(missing, computed, strict=True):
            self._kept.put(key, fingerprint)
            found[key] = fingerprint
        return [found[key] for key in keys]


_FINGERPRINTS = _FingerprintCache(FINGERPRINTS_KEPT)
