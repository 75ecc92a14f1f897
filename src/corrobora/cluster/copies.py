"""Copy detection: find wire reposts and light rewrites of an earlier article.

The score of a pair is the **containment** of their word-shingle sets,
``|A ∩ B| / min(|A|, |B|)``: the share of the shorter text's shingles found in the
longer one. Unlike Jaccard similarity it stays high when one side is trimmed, has a
paragraph or boilerplate added, or carries another headline (titles are not part of the
shingled text), which is what republished wire copy looks like. A pair is a copy when
the containment reaches ``ClusterParams.copy_threshold`` and the texts share at least
:data:`MIN_SHARED_SHINGLES` shingles (about one sentence), so that a few common words do
not make a short text a copy.

Shingles also match when two independent reports share only a lead sentence or quote the
same statement, which in short articles is most of the shorter text. So a copy must also
take most of its own text from the original word for word: the share of its sentences
(weighted by their words, a quoted word counting :data:`QUOTED_WEIGHT`) that the original
holds must reach :data:`OWN_TEXT_REUSED`, unless the sentences it reuses are more than
a lead or a statement (:data:`REUSED_SENTENCES` of them, :data:`REUSED_WORDS` words), or
it reprints the whole of the original and adds its own paragraphs.

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

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..extract.quote_kinds import NOT_ABBREVIATION
from ..extract.quotes import scan_quotes
from ..lru import LRU
from ..model import AnalyzedArticle, Article, CopyLink
from ..ordering import chronological_key
from ..settings import ClusterParams
from .fingerprint import (
    Fingerprint,
    HashArray,
    HashedSet,
    fingerprints,
    shingle_hash,
    shingle_sequence,
    signed_candidate_pairs,
    words,
)

#: Shingles a copy must share with its original, whatever the containment.
MIN_SHARED_SHINGLES = 10
#: Shingles of an article's lead (about its first two sentences).
LEAD_SHINGLES = 48
#: The LSH threshold is never tuned below this Jaccard similarity.
_MIN_LSH_THRESHOLD = 0.05
#: Fingerprints kept per process (about 10 KB each): a story's members are compared
#: again whenever it grows, and are then not shingled again.
FINGERPRINTS_KEPT = 8192

#: Share of its own text a copy takes word for word from its original (see
#: :func:`reused_share`): below it, the shared words are a lead or a statement that
#: independent reports both carry.
OWN_TEXT_REUSED = 0.5
#: Share of a sentence's words the other text must hold (in shared shingles) for the
#: sentence to be reused.
SENTENCE_REUSED = 0.8
#: Reused sentences, and their words, that are more than a lead or a quoted statement.
REUSED_SENTENCES = 2
REUSED_WORDS = 30
#: Share of an original's weight (and of each of its sentences' shingles) a text must
#: hold to reprint it whole.
REPRINTED = 0.9
#: Weight of a quoted word against a word of the writer's own: independent outlets quote
#: the same statement word for word, so quoted words say less about copying.
QUOTED_WEIGHT = 0.25

_FingerprintKey = tuple[str, int, int, int, int, int]
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(NOT_ABBREVIATION + r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n")


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

    def layouts(position: int) -> Sentences:
        """Sentences of one article, read only for the pairs that reach the containment."""
        return _LAYOUTS.one(ordered[position], params.shingle_words)

    sets = [fingerprint.whole for fingerprint in prints]
    threshold = lsh_threshold(params.copy_threshold)
    candidates: set[tuple[int, int]] = set()
    for part in (sets, [fingerprint.lead for fingerprint in prints]):
        signatures = [hashed.signature for hashed in part]
        candidates.update(
            signed_candidate_pairs(signatures, threshold=threshold, num_perm=params.num_perm)
        )
    partners = _partners(prints, layouts, sorted(candidates), params.copy_threshold)
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
    prints: Sequence[Fingerprint],
    layouts: Callable[[int], Sentences],
    candidates: Sequence[tuple[int, int]],
    threshold: float,
) -> dict[int, list[_Partner]]:
    """Position of each copy -> the earlier articles it copies.

    Two articles that a later one both copies hold its text, so the later of the two
    took it from the earlier, even when it rewrote or added too much of the rest to
    reach the threshold on its own; it then copies the earlier (:func:`_bridged`).
    """
    partners: dict[int, list[_Partner]] = {}
    for earlier, later in candidates:
        partner = _partner(prints[earlier], prints[later], earlier, threshold)
        if partner is not None and _copied(layouts, prints, (earlier, later), threshold):
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


@dataclass(frozen=True, slots=True, eq=False)
class Sentence:
    """A sentence of a text: its shingles, hashed in text order, its words and weight.

    The weight counts the sentence's words, a quoted word as :data:`QUOTED_WEIGHT`.
    """

    shingles: HashArray
    words: int
    weight: float

    def held(self, other: HashedSet) -> float:
        """Share of the sentence's shingles ``other`` holds."""
        return float(self._found(other).mean())

    def covered(self, other: HashedSet) -> float:
        """Share of the sentence's words inside a shingle ``other`` holds.

        A word replaced or dropped uncovers only itself, while a sentence rewritten
        around one shared phrase leaves the rest of its words uncovered.
        """
        found = self._found(other)
        if self.words <= found.size:
            return float(found.mean())
        size = self.words - found.size + 1
        covered = np.zeros(self.words, dtype=bool)
        for offset in range(size):
            covered[offset : offset + found.size] |= found
        return float(covered.mean())

    def _found(self, other: HashedSet) -> npt.NDArray[np.bool_]:
        return np.isin(self.shingles, other.hashes)


Sentences = tuple[Sentence, ...]


def sentences_of(text: str, size: int) -> Sentences:
    """The sentences of ``text`` with their ``size``-word shingles and weights."""
    quoted = sorted((part.start, part.end) for raw in scan_quotes(text) for part in raw.parts)
    found = []
    for start, end in _sentence_spans(text):
        piece = text[start:end]
        sequence = shingle_sequence(piece, size)
        if sequence:
            hashes = np.fromiter(map(shingle_hash, sequence), dtype=np.uint64)
            weight = _weight(text, start, end, quoted)
            found.append(Sentence(hashes, len(words(piece)), weight))
    return tuple(found)


def reused_share(sentences: Sentences, other: HashedSet) -> float:
    """Share of a text's weight in sentences ``other`` holds word for word (:func:`reused`)."""
    return _share(sentences, reused(sentences, other))


def reused(sentences: Sentences, other: HashedSet) -> list[Sentence]:
    """The sentences ``other`` holds word for word.

    A sentence is reused when :data:`SENTENCE_REUSED` of its words are in shingles
    ``other`` holds (:meth:`Sentence.covered`), so a lightly edited sentence is reused
    while a rewritten one that keeps a phrase is the writer's own.
    """
    return [sentence for sentence in sentences if sentence.covered(other) >= SENTENCE_REUSED]


def _share(sentences: Sentences, chosen: Sequence[Sentence]) -> float:
    total = sum(sentence.weight for sentence in sentences)
    return sum(sentence.weight for sentence in chosen) / total if total else 0.0


def _copied(
    layouts: Callable[[int], Sentences],
    prints: Sequence[Fingerprint],
    pair: tuple[int, int],
    threshold: float,
) -> bool:
    """True when the later of ``pair`` reuses the earlier's text, not only a lead or a statement.

    The later text copies when most of its own words are the earlier one's, word for
    word (:data:`OWN_TEXT_REUSED`, or the copy threshold when lower), when it reuses more
    than a lead or a quoted statement (:func:`_reuses_passages`), or when it reprints the
    whole of the earlier one and adds its own (:func:`_reprints`).
    """
    earlier, later = pair
    original = prints[earlier].whole
    own = layouts(later)
    taken = reused(own, original)
    if _share(own, taken) >= min(OWN_TEXT_REUSED, threshold):
        return True
    return _reuses_passages(taken) or _reprints(layouts(earlier), prints[later].whole)


def _reuses_passages(taken: Sequence[Sentence]) -> bool:
    """True when the reused sentences are more than a lead or a quoted statement.

    That takes :data:`REUSED_SENTENCES` sentences and :data:`REUSED_WORDS` words (a
    quoted word counting :data:`QUOTED_WEIGHT`): independent reports share a lead
    sentence, or quote the same statement, but not paragraphs of the writer's words.
    """
    weight = sum(sentence.weight for sentence in taken)
    return len(taken) >= REUSED_SENTENCES and weight >= REUSED_WORDS


def _reprints(original: Sentences, text: HashedSet) -> bool:
    """True when ``text`` holds the whole of ``original``, every sentence word for word.

    Each sentence must keep :data:`REPRINTED` of its shingles: a sentence with words
    inserted is a rewrite, not a reprint.
    """
    return _share(original, [s for s in original if s.held(text) >= REPRINTED]) >= REPRINTED


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (ends of sentence and of line)."""
    spans = []
    start = 0
    for end in _SENTENCE_END.finditer(text):
        spans.append((start, end.end()))
        start = end.end()
    spans.append((start, len(text)))
    return [(start, end) for start, end in spans if not text[start:end].isspace() and start < end]


def _weight(text: str, start: int, end: int, quoted: Sequence[tuple[int, int]]) -> float:
    """Words of ``text[start:end]``, a word inside a ``quoted`` span as :data:`QUOTED_WEIGHT`."""
    starts = [span[0] for span in quoted]
    total = 0.0
    for word in _WORD.finditer(text, start, end):
        at = bisect_right(starts, word.start()) - 1
        inside = at >= 0 and word.start() < quoted[at][1]
        total += QUOTED_WEIGHT if inside else 1.0
    return total


class _SentenceCache:
    """The most recently used sentence layouts, keyed by article id, text and shingle size."""

    def __init__(self, size: int) -> None:
        self._kept: LRU[Sentences] = LRU(size)

    def one(self, article: Article, size: int) -> Sentences:
        """The sentences of ``article``, computed unless kept."""
        key = (article.id, len(article.text), hash(article.text), size)
        kept = self._kept.get(key)
        if kept is None:
            kept = sentences_of(article.text, size)
            self._kept.put(key, kept)
        return kept


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
_LAYOUTS = _SentenceCache(FINGERPRINTS_KEPT)
