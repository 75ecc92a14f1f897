"""Per-article analysis: entities, numbers, dates, quotes, attributions and claims."""

from .analyze import analyze_article, analyze_many
from .nlp import load_nlp

__all__ = ["analyze_article", "analyze_many", "load_nlp"]
