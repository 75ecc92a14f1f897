"""Peers side by side on the end-to-end corpus: HTML extraction and near-duplicate detection.

Uses the generated news corpus of ``benchmarks/end_to_end.py`` (real ECB+, PolNeAR and
MRPC text recombined into pages of 42 outlets in four layouts, with wire reprints), whose
true body texts and copies are known, in memory:

- **extraction**: corrobora's page reader (``corrobora.ingest.html.extract_html``, built
  on trafilatura) against newspaper4k (``newspaper.Article(...).parse()`` on the same
  markup, nothing downloaded) on ``--pages`` pages. Token-level precision, recall and F1
  of the body text (words, case-folded, counted with multiplicity; the headline is not
  part of the body), averaged over pages, and pages per CPU second.
- **near-duplicate detection**: corrobora's copy detection
  (``corrobora.cluster.copies.find_copies_among``: MinHash LSH candidates checked by
  shingle containment) against plain datasketch ``MinHashLSH`` (the same 3-word
  shingles and 128 permutations, every LSH candidate taken as a duplicate) at two
  thresholds, on the true texts of ``--articles`` articles. Truth: articles made from
  the same real document are near-duplicates (reprints, trimmed versions, the same
  event reported again with a subset of its paragraphs). Pairwise precision and recall
  over the groups each method forms (one wrong link between two groups costs every pair
  across them), precision and recall of the articles marked as copies (right when the
  earlier article they are tied to comes from the same document), and documents per
  CPU second.

A peer that is not installed is reported and skipped (``pip install -e '.[peers]'``).

    .venv/bin/python benchmarks/peers.py [--pages 2000] [--articles 10000] [--seed 7]
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import combinations

from corrobora.model import Article
from end_to_end import DATA, Spec, load_sources, pages, plan

# newspaper4k resolves domains with tldextract, which otherwise fetches the public suffix
# list from the web on first use: keep it on the copy the package ships (set before
# newspaper is imported, which happens only when it is measured).
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

_WORD = re.compile(r"\w+")


# ---------------------------------------------------------------- extraction


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    empty: int
    pages: int
    cpu: float


def token_scores(predicted: str, truth: str) -> tuple[float, float, float]:
    got = Counter(_WORD.findall(predicted.casefold()))
    want = Counter(_WORD.findall(truth.casefold()))
    common = sum((got & want).values())
    precision = common / sum(got.values()) if got else 0.0
    recall = common / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return precision, recall, f1


def corrobora_extractor() -> Callable[[str, str], str]:
    from corrobora.errors import IngestError
    from corrobora.ingest.html import extract_html

    def extract(markup: str, url: str) -> str:
        try:
            return extract_html(markup, name=url, url=url).text
        except IngestError:
            return ""

    return extract


def newspaper_extractor() -> Callable[[str, str], str] | None:
    try:
        with warnings.catch_warnings():  # that nltk, for features not used here, is absent
            warnings.simplefilter("ignore")
            import newspaper
    except ImportError:
        return None

    def extract(markup: str, url: str) -> str:
        article = newspaper.Article(url, fetch_images=False)
        article.download(input_html=markup)
        article.parse()
        return str(article.text)

    return extract


def score_extractor(extract: Callable[[str, str], str], corpus: list[tuple[Spec, str]]) -> Scores:
    extract(corpus[0][1], corpus[0][0].url)  # warm up: lazy imports and caches
    totals = [0.0, 0.0, 0.0]
    empty = 0
    texts = []
    cpu = time.process_time()
    for spec, markup in corpus:
        texts.append(extract(markup, spec.url))
    cpu = time.process_time() - cpu
    for (spec, _), text in zip(corpus, texts, strict=True):
        empty += not text.strip()
        for i, value in enumerate(token_scores(text, spec.body)):
            totals[i] += value
    n = len(corpus)
    return Scores(totals[0] / n, totals[1] / n, totals[2] / n, empty, n, cpu)


def extraction(corpus: list[tuple[Spec, str]]) -> None:
    layouts = Counter(spec.layout for spec, _ in corpus)
    print(
        f"\nHTML extraction: {len(corpus):,} pages "
        f"(layouts {', '.join(f'{k}: {v}' for k, v in sorted(layouts.items()))}); "
        "body text against the true text, token level"
    )
    peers: list[tuple[str, Callable[[str, str], str] | None]] = [
        ("corrobora (trafilatura)", corrobora_extractor()),
        ("newspaper4k", newspaper_extractor()),
    ]
    header = (
        f"{'extractor':<26}{'precision':>10}{'recall':>8}{'F1':>7}{'empty':>7}{'pages/CPU s':>13}"
    )
    print(header)
    print("-" * len(header))
    for name, extract in peers:
        if extract is None:
            print(f"{name:<26}not installed: skipped (pip install -e '.[peers]')")
            continue
        s = score_extractor(extract, corpus)
        print(
            f"{name:<26}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.empty:>7}"
            f"{s.pages / s.cpu:>13.1f}"
        )


# ---------------------------------------------------------------- near duplicates


@dataclass(frozen=True)
class PairScores:
    precision: float
    recall: float
    predicted: int
    cpu: float


def group_pairs(groups: Iterable[Iterable[int]]) -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    for group in groups:
        pairs.update(combinations(sorted(group), 2))
    return pairs


def components(n: int, links: Iterable[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in links:
        parent[find(a)] = find(b)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[find(i)].append(i)
    return [g for g in groups.values() if len(g) > 1]


def score_pairs(
    predicted: set[tuple[int, int]], truth: set[tuple[int, int]], cpu: float
) -> PairScores:
    right = len(predicted & truth)
    precision = right / len(predicted) if predicted else 0.0
    recall = right / len(truth) if truth else 0.0
    return PairScores(precision, recall, len(predicted), cpu)


def corrobora_copies(articles: list[Article]) -> tuple[list[tuple[int, int]], float]:
    from corrobora.cluster.copies import find_copies_among
    from corrobora.settings import ClusterParams

    params = ClusterParams()
    position = {a.id: i for i, a in enumerate(articles)}
    cpu = time.process_time()
    links = find_copies_among(articles, params)
    cpu = time.process_time() - cpu
    return [(position[link.article_id], position[link.copy_of]) for link in links], cpu


def datasketch_copies(
    articles: list[Article], threshold: float
) -> tuple[list[tuple[int, int]], float] | None:
    try:
        from datasketch import MinHash, MinHashLSH
    except ImportError:
        return None
    from corrobora.settings import ClusterParams

    params = ClusterParams()
    cpu = time.process_time()
    index = MinHashLSH(threshold=threshold, num_perm=params.num_perm)
    links: list[tuple[int, int]] = []
    for i, article in enumerate(articles):
        words = _WORD.findall(article.text.casefold())
        size = params.shingle_words
        grams = {" ".join(words[k : k + size]) for k in range(max(1, len(words) - size + 1))}
        signature = MinHash(num_perm=params.num_perm, seed=params.seed)
        signature.update_batch([g.encode("utf-8") for g in grams])
        links.extend((i, j) for j in index.query(signature))
        index.insert(i, signature)
    return links, time.process_time() - cpu


def near_duplicates(specs: list[Spec]) -> None:
    articles = [
        Article(
            id=f"a{spec.number}",
            text=spec.body,
            title=spec.title,
            outlet=spec.outlet,
            published=spec.published,
        )
        for spec in specs
    ]
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, spec in enumerate(specs):
        by_source[spec.source].append(i)
    truth = group_pairs(by_source.values())
    reprints = sum(spec.copy_of is not None for spec in specs)
    print(
        f"\nNear-duplicate detection: {len(specs):,} articles, {reprints:,} wire reprints, "
        f"{len(truth):,} true near-duplicate pairs (same source document)"
    )
    first_of: dict[str, int] = {}
    true_copies = set()
    for i, spec in enumerate(specs):
        if spec.source in first_of:
            true_copies.add(i)
        first_of.setdefault(spec.source, i)
    header = (
        f"{'method':<40}{'pair P':>8}{'pair R':>8}{'pairs':>9}{'copy P':>8}{'copy R':>8}"
        f"{'docs/CPU s':>12}"
    )
    print(header)
    print("-" * len(header))
    n = len(articles)
    links, cpu = corrobora_copies(articles)
    rows = [("corrobora copies (LSH + containment 0.6)", links, cpu)]
    for threshold in (0.5, 0.25):
        found = datasketch_copies(articles, threshold)
        if found is None:
            print("datasketch: not installed: skipped")
            break
        rows.append((f"datasketch MinHashLSH, Jaccard {threshold}", *found))
    for name, found_links, seconds in rows:
        s = score_pairs(group_pairs(components(n, found_links)), truth, seconds)
        original: dict[int, int] = {}
        for copy, earlier in found_links:
            original[copy] = min(earlier, original.get(copy, earlier))
        right = sum(specs[c].source == specs[o].source for c, o in original.items())
        copy_p = right / len(original) if original else 0.0
        copy_r = len(true_copies & original.keys()) / len(true_copies) if true_copies else 0.0
        print(
            f"{name:<40}{s.precision:>8.3f}{s.recall:>8.3f}{s.predicted:>9,}"
            f"{copy_p:>8.3f}{copy_r:>8.3f}{n / s.cpu:>12,.0f}"
        )
    print(
        "pair P/R: pairs within the groups each method forms (linked articles, transitively);\n"
        "copy P/R: articles marked as a copy of an earlier one, right when that one (for\n"
        "datasketch the earliest candidate) comes from the same document"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000, help="pages for extraction")
    parser.add_argument("--articles", type=int, default=10_000, help="articles for copies")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not DATA.is_dir():
        raise SystemExit(f"{DATA} is missing: this benchmark needs ../shared/data")
    logging.disable(logging.CRITICAL)  # the extractors' complaints about odd markup
    sources = load_sources()
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start")
    extraction(list(pages(plan(sources, args.pages, args.seed), sources, args.seed)))
    near_duplicates(plan(sources, args.articles, args.seed))


if __name__ == "__main__":
    main()
