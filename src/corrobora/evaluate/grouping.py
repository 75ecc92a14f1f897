"""Running corrobora's per-article analysis for an evaluation, one failure at a time.

The evaluation tasks must score what they can: an article the analysis fails on becomes
a problem line and the others are still analyzed. A missing model or a bad setting is
not a problem of the data and is raised as usual.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from ..errors import ConfigError, MissingDependency
from ..extract import analyze_article, analyze_many
from ..model import AnalyzedArticle, Article
from ..settings import AnalyzeParams

__all__ = ["Progress", "analyze_all"]

Progress = Callable[[int, int], None]
"""Progress callback: ``progress(done, total)``."""

_LOG = logging.getLogger(__name__)


def analyze_all(
    articles: Sequence[Article], params: AnalyzeParams, *, progress: Progress | None = None
) -> tuple[list[AnalyzedArticle], list[tuple[Article, str]]]:
    """Analyze ``articles`` in batches; an article that cannot be analyzed is set aside.

    Args:
        articles: the articles, analyzed in this order.
        params: the analysis settings.
        progress: called with ``(done, total)`` after each article.

    Returns:
        The analyses (in input order, the failed articles left out) and, for each
        failed article, the article and a one-line cause.

    Raises:
        MissingDependency: the spaCy model cannot be loaded.
        ConfigError: the analysis settings are invalid.
    """
    total = len(articles)
    done: list[AnalyzedArticle] = []
    failed: list[tuple[Article, str]] = []
    try:
        for analysis in analyze_many(articles, params):
            done.append(analysis)
            if progress is not None:
                progress(len(done), total)
        return done, failed
    except (MissingDependency, ConfigError):
        raise
    except Exception as error:  # a bad article must not stop the scoring
        _LOG.warning("batch analysis failed (%s); analyzing the rest one by one", error)
    # The batch stopped at the first failure: analyze the rest one at a time.
    for position in range(len(done), total):
        article = articles[position]
        try:
            done.append(analyze_article(article, params))
        except (MissingDependency, ConfigError):
            raise
        except Exception as error:  # reported as this article's problem
            failed.append((article, f"{type(error).__name__}: {error}"))
        if progress is not None:
            progress(position + 1, total)
    return done, failed
