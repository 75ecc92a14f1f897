"""Peer side by side: textacy's direct-quotation extractor on PolNeAR, same harness.

textacy (``textacy.extract.triples.direct_quotations``) runs on the same spaCy
pipeline as corrobora (``Settings().analyze.model``) over the same articles; its
quotes (content without the marks, speaker words, cue) are scored by the same code
as corrobora's (``score_quotes`` and ``score_attributions``: each quote is also an
attribution of its content). Articles textacy fails on count as articles without
quotes and are listed. Needs the ``dev`` extra (textacy).

    .venv/bin/python benchmarks/quotes_textacy_peer.py [--split dev|train] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from attributions_polnear import POLNEAR, table
from corrobora.evaluate.attributions import document_article, score_attributions, score_quotes
from corrobora.evaluate.brat import read_brat
from corrobora.extract.nlp import load_nlp
from corrobora.model import AnalyzedArticle, Attribution, Quote, SourceKind, Span
from corrobora.settings import Settings

_MARKS = "\"'“”„‟«»‘’‚‹› \t\n"


def peer(text: str, doc: object, article_id: str) -> tuple[list[Quote], list[Attribution]]:
    """textacy's quotes of one parsed text as corrobora records (marks trimmed)."""
    from textacy.extract.triples import direct_quotations

    quotes: list[Quote] = []
    attributions: list[Attribution] = []
    for triple in direct_quotations(doc):
        start, end = triple.content.start_char, triple.content.end_char
        while start < end and text[start] in _MARKS:
            start += 1
        while end > start and text[end - 1] in _MARKS:
            end -= 1
        if end <= start:
            continue
        span = Span(start, end)
        speaker = " ".join(t.text for t in triple.speaker) or None
        cue = " ".join(t.lemma_ for t in triple.cue) or None
        quotes.append(Quote(article_id, span, (span,), text[start:end], speaker, None, cue))
        words = [*triple.speaker, *triple.cue]
        if speaker and cue and words:
            low = min(t.idx for t in words)
            high = max(t.idx + len(t) for t in words)
            attributions.append(
                Attribution(
                    article_id, Span(low, high), span, speaker, speaker, SourceKind.PERSON, cue
                )
            )
    return quotes, attributions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    try:
        import textacy
    except ImportError:
        print("skipped: textacy is not installed (pip install -e '.[dev]')")
        return 0
    path = POLNEAR / args.split
    if not path.is_dir():
        print(f"skipped: {path} not found")
        return 0
    corpus = read_brat(path, limit=args.limit)
    nlp = load_nlp(Settings().analyze.model)
    started = time.perf_counter()
    docs = list(nlp.pipe(d.text for d in corpus.documents))
    parsed = time.perf_counter()
    analyses: list[AnalyzedArticle | None] = []
    failed: list[str] = []
    for document, doc in zip(corpus.documents, docs, strict=True):
        article = document_article(document)
        try:
            quotes, attributions = peer(document.text, doc, article.id)
        except Exception as exc:  # textacy raises on some texts (odd number of marks)
            failed.append(f"{Path(document.text_path).name}: {type(exc).__name__}")
            quotes, attributions = [], []
        analyses.append(AnalyzedArticle(article, (), (), tuple(quotes), tuple(attributions), ()))
    done = time.perf_counter()
    n = len(corpus.documents)
    print(
        f"textacy {textacy.__version__} on PolNeAR {args.split}: {n} articles; parse "
        f"{n / (parsed - started):.1f} art/s, quotes {n / (done - parsed):.1f} art/s, "
        f"parse + quotes {n / (done - started):.1f} art/s; {len(failed)} articles failed"
    )
    for evaluation in (
        score_quotes(corpus, analyses, data=str(path)),
        score_attributions(corpus, analyses, data=str(path)),
    ):
        print(f"task {evaluation.task}")
        print("\n".join(table(evaluation)))
    for line in failed[:10]:
        print(f"  failed: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
