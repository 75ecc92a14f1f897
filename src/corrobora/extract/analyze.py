"""Per-article analysis composed of the extraction steps, in dependency order.

Parse, then sentences, mentions, dates, quantities, quotes, attributions and claims,
all located by character spans in ``Article.text``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from ..model import AnalyzedArticle, Article
from ..settings import AnalyzeParams
from .attribution import find_attributions
from .claims import find_claims
from .dates import find_dates
from .entities import find_mentions
from .nlp import analyzer_name, check_doc, parse, parse_many, sentence_spans
from .quantities import find_quantities
from .quotes import find_quotes

__all__ = ["analyze_article", "analyze_doc", "analyze_many"]


def analyze_doc(doc: Doc, article: Article, analyzer: str = "") -> AnalyzedArticle:
    """Run every extraction step on ``doc``, the parse of ``article.text``."""
    check_doc(doc, article)
    sentences = sentence_spans(doc, article.text)
    mentions = find_mentions(doc, article)
    dates = find_dates(doc, article)
    quantities = find_quantities(doc, article, dates)
    quotes = find_quotes(doc, article, mentions)
    attributions = find_attributions(doc, article, mentions, quotes)
    claims = find_claims(doc, article, mentions, quantities, dates, attributions, quotes)
    return AnalyzedArticle(
        article=article,
        sentences=sentences,
        mentions=mentions,
        quotes=quotes,
        attributions=attributions,
        claims=claims,
        quantities=quantities,
        dates=dates,
        analyzer=analyzer,
    )


def analyze_article(article: Article, params: AnalyzeParams) -> AnalyzedArticle:
    """Analyze one article with the spaCy pipeline named in ``params``.

    Raises:
        MissingDependency: the spaCy model cannot be loaded.
    """
    doc = parse(article.text, params.model)
    return analyze_doc(doc, article, analyzer_name(params.model))


def analyze_many(
    articles: Iterable[Article], params: AnalyzeParams, *, batch_size: int = 16
) -> Iterator[AnalyzedArticle]:
    """Analyze ``articles`` lazily, in order, parsing them in batches with ``nlp.pipe``."""
    analyzer = analyzer_name(params.model)
    waiting: deque[Article] = deque()

    def texts() -> Iterator[str]:
        for article in articles:
            waiting.append(article)
            yield article.text

    for doc in parse_many(texts(), params.model, batch_size=batch_size):
        yield analyze_doc(doc, waiting.popleft(), analyzer)
