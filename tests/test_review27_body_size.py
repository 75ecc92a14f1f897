"""A count that sizes a body is no count of the members who act."""

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


def test_a_committees_size_is_not_weighed_against_the_members_who_spoke() -> None:
    sized = _claim("a", "The nine-member rates committee voted 7-2 for the cut, the bank said.")
    members = _claim(
        "b", "The rates committee was split 6-3, according to two members of the committee."
    )
    conflict = number_conflict(sized, members)
    assert conflict is not None
    assert conflict.detail == "7-2 vs 6-3"


def test_two_sizes_of_one_body_still_conflict() -> None:
    first = _claim("a", "The seven-member board approved the merger on Monday.")
    second = _claim("b", "The nine-member board approved the merger on Monday.")
    conflict = number_conflict(first, second)
    assert conflict is not None and "7" in conflict.detail and "9" in conflict.detail
