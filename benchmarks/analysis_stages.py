"""Where the per-article analysis spends its time: each spaCy component, then each step.

Reads the first N pages of the end-to-end benchmark's WARC.gz (built and cached by
``benchmarks/end_to_end.py``'s code when missing), then, in one process:

- runs the spaCy pipeline one component at a time over all the texts (batches of 16,
  as the workers do), timing each component;
- runs corrobora's extraction steps on the parsed documents, timing each step;
- parses the texts again with the pipeline's matrix products through BLIS (thinc's
  default) and through NumPy's BLAS on one thread (corrobora's choice), and prints the
  time of each and how many parses came out identical.

The figures are milliseconds per article. They bound what one core can analyze, and so
what end-to-end throughput any number of workers can reach per core.

    .venv/bin/python benchmarks/analysis_stages.py [--articles 300] [--seed 7]
"""

from __future__ import annotations

import argparse
import itertools
import os
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from threadpoolctl import threadpool_limits

from corrobora.extract import attribution, claims, dates, entities, nlp, quantities, quotes
from corrobora.ingest import read_inputs
from corrobora.model import Article
from corrobora.settings import AnalyzeParams
from end_to_end import ECBPLUS, MRPC, POLNEAR, cached_warc

BATCH = 16


def _articles(count: int, seed: int) -> list[Article]:
    cache = Path(tempfile.gettempdir()) / "corrobora-bench"
    warc, _ = cached_warc(max(1000, count), seed, cache)
    read = (item for item in read_inputs([warc]) if isinstance(item, Article))
    return list(itertools.islice(read, count))


def _component_times(texts: list[str], model: str) -> dict[str, float]:
    pipeline = nlp.load_nlp(model)
    spent: dict[str, float] = {}
    started = time.process_time()
    docs = [pipeline.make_doc(text) for text in texts]
    spent["tokenizer"] = time.process_time() - started
    with threadpool_limits(1, "blas"):  # as nlp.parse_many runs it
        for name, component in pipeline.pipeline:
            started = time.process_time()
            if hasattr(component, "pipe"):
                docs = list(component.pipe(docs, batch_size=BATCH))
            else:
                docs = [component(doc) for doc in docs]
            spent[name] = time.process_time() - started
    return spent


def _parse_all(pipeline: Language, texts: list[str]) -> tuple[float, list[Doc]]:
    """CPU seconds to parse ``texts`` in batches as the workers do, and the parses."""
    started = time.process_time()
    docs = [
        doc
        for first in range(0, len(texts), BATCH)
        for doc in nlp._pipe_one_thread(pipeline, texts[first : first + BATCH])
    ]
    return time.process_time() - started, docs


def _reading(doc: Doc) -> tuple[object, ...]:
    """What the analysis reads from a parse: entities, and each token's tags and head."""
    entities = [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
    tokens = [
        (token.tag_, token.pos_, token.dep_, token.head.i, token.lemma_, token.is_sent_start)
        for token in doc
    ]
    return (entities, tokens)


def _against_blis(texts: list[str], model: str) -> None:
    """Time the whole pipeline with each matrix-product library, on the same texts."""
    spent: dict[bool, float] = {}
    readings: dict[bool, list[tuple[object, ...]]] = {}
    for blis in (True, False, True, False):  # twice each, the second run counted
        seconds, docs = _parse_all(nlp._load(model, blis=blis), texts)
        spent[blis] = seconds
        readings[blis] = [_reading(doc) for doc in docs]
    same = sum(a == b for a, b in zip(readings[True], readings[False], strict=True))
    count = len(texts)
    print(
        f"\nmatrix products, whole pipeline: NumPy's BLAS on one thread "
        f"{1000 * spent[False] / count:.1f} ms per article, BLIS "
        f"{1000 * spent[True] / count:.1f} ms ({spent[False] / spent[True]:.2f}x the time); "
        f"identical parses: {same} of {count}"
    )


def _step_times(articles: list[Article], model: str) -> dict[str, float]:
    """Time the steps of :func:`corrobora.extract.analyze_doc`, in its order."""
    spent: dict[str, float] = defaultdict(float)

    def timed(name: str, func: Callable[..., Any], *args: Any) -> Any:
        started = time.process_time()
        result = func(*args)
        spent[name] += time.process_time() - started
        return result

    texts = (article.text for article in articles)
    for doc, article in zip(nlp.parse_many(texts, model, batch_size=BATCH), articles, strict=True):
        timed("sentences", nlp.sentence_spans, doc, article.text)
        mentions = timed("mentions", entities.find_mentions, doc, article)
        found_dates = timed("dates", dates.find_dates, doc, article)
        amounts = timed("quantities", quantities.find_quantities, doc, article, found_dates)
        found_quotes = timed("quotes", quotes.find_quotes, doc, article, mentions)
        credits = timed(
            "attributions", attribution.find_attributions, doc, article, mentions, found_quotes
        )
        timed(
            "claims",
            claims.find_claims,
            doc,
            article,
            mentions,
            amounts,
            found_dates,
            credits,
            found_quotes,
        )
    return spent


def _show(title: str, spent: dict[str, float], count: int) -> float:
    total = sum(spent.values())
    print(f"\n{title}: {1000 * total / count:.1f} ms per article")
    for name, seconds in spent.items():
        print(f"  {name:<26}{1000 * seconds / count:>8.1f} ms")
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for needed in (ECBPLUS, POLNEAR, MRPC):
        if not needed.exists():
            raise SystemExit(f"{needed} is missing: this benchmark needs ../shared/data")
    model = AnalyzeParams().model
    articles = _articles(args.articles, args.seed)
    count = len(articles)
    chars = sum(len(article.text) for article in articles) / count
    print(
        f"{count} pages of the end-to-end corpus, {chars:,.0f} characters on average; "
        f"model {model}; CPU time of this process; load average {os.getloadavg()[0]:.2f}"
    )
    nlp.load_nlp(model)
    parse = _show("spaCy pipeline", _component_times([a.text for a in articles], model), count)
    steps = _show("corrobora's extraction steps", _step_times(articles, model), count)
    per_article = (parse + steps) / count
    print(
        f"\nanalysis: {1000 * per_article:.1f} ms per article, at most "
        f"{1 / per_article:.1f} articles per second per core"
    )
    _against_blis([a.text for a in articles], model)


if __name__ == "__main__":
    main()
