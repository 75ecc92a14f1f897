"""A figure in a clause of a condition tells what could happen, not what did."""

from __future__ import annotations

from corrobora.extract.nlp import parse
from corrobora.extract.quantities import find_quantities
from corrobora.model import Claim, Span
from corrobora.reconcile.conflicts import number_conflict
from corrobora.settings import AnalyzeParams

from .reconcile.conftest import terms_of
from .stories import text_article


def _claim(article_id: str, text: str) -> Claim:
    """A claim of the whole ``text`` with the figures the extractor finds in it."""
    return Claim(
        id=f"{article_id}-claim",
        article_id=article_id,
        span=Span(0, len(text)),
        text=text,
        sentence=0,
        terms=terms_of(text),
        entity_keys=(),
        quantities=find_quantities(
            parse(text, AnalyzeParams().model), text_article(text, article_id)
        ),
    )


def test_a_figure_of_a_condition_is_no_count_of_what_happened() -> None:
    hypothetical = _claim(
        "a",
        "Senator Ruml backed a failed bill to let the board approve the plan even if "
        "two members voted against it.",
    )
    told = _claim("b", "The plan was blocked by five members of the board on Tuesday.")
    assert number_conflict(hypothetical, told) is None


def test_unless_opens_a_condition_too() -> None:
    hypothetical = _claim(
        "a", "The strike will go ahead unless 300 workers accept the offer by Friday."
    )
    told = _claim("b", "Some 450 workers accepted the offer by Friday.")
    assert number_conflict(hypothetical, told) is None


def test_figures_after_the_condition_are_still_weighed() -> None:
    first = _claim("a", "If the talks fail, 300 workers will strike on Monday.")
    second = _claim("b", "Union leaders said 450 workers will strike on Monday.")
    conflict = number_conflict(first, second)
    assert conflict is not None and "300" in conflict.detail and "450" in conflict.detail
