"""Counts of a sort of thing an article sets apart from counts of the thing itself.

"Eleven cars derailed, and three tank cars were leaking": in this story "tank cars"
are some of the cars, so another outlet's "Five tank cars derailed" is no rival to
"Eleven cars derailed". Where one article of a story counts a thing both plainly and
with a word before its noun (``car`` and ``tank car``), the story's figures written
with that word count their own kind: their unit becomes "tank car" everywhere in the
story. Where no article sets them apart, "12 listeria cases" and "15 cases" stay one
kind, as news mostly means them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from ..model import AnalyzedArticle, Quantity
from .predicates import inflects

__all__ = ["count_modifier", "with_sorts_apart"]

#: The two words after a figure: a word before the noun, and the noun.
_TWO_WORDS = re.compile(r"\s+([a-z][a-z-]*)\s+([a-z]+)")


def count_modifier(text: str, quantity: Quantity) -> str:
    """The word between a figure and the noun of its unit ("tank" of "three tank cars")."""
    unit = quantity.unit
    if not unit.isalpha() or not unit.islower():
        return ""
    found = _TWO_WORDS.match(text, quantity.span.end)
    if found is None or found.group(1) in STOP_WORDS:
        return ""
    noun = found.group(2)
    return found.group(1) if inflects(unit, noun) else ""


def _sorts_apart(analysis: AnalyzedArticle) -> set[tuple[str, str]]:
    """The (word, unit) pairs one article counts both with the word and without it."""
    text = analysis.article.text
    plain: set[str] = set()
    sorted_: set[tuple[str, str]] = set()
    for quantity in analysis.quantities:
        word = count_modifier(text, quantity)
        if word:
            sorted_.add((word, quantity.unit))
        elif quantity.unit:
            plain.add(quantity.unit)
    return {(word, unit) for word, unit in sorted_ if unit in plain}


def with_sorts_apart(analyses: Sequence[AnalyzedArticle]) -> list[AnalyzedArticle]:
    """The analyses with the unit of each figure of a sort set apart made its own."""
    apart: set[tuple[str, str]] = set()
    for analysis in analyses:
        apart |= _sorts_apart(analysis)
    if not apart:
        return list(analyses)

    def sort_of(text: str, quantity: Quantity) -> Quantity:
        word = count_modifier(text, quantity)
        if (word, quantity.unit) in apart:
            return replace(quantity, unit=f"{word} {quantity.unit}")
        return quantity

    rewritten = []
    for analysis in analyses:
        text = analysis.article.text
        claims = tuple(
            replace(c, quantities=tuple(sort_of(text, q) for q in c.quantities))
            for c in analysis.claims
        )
        quantities = tuple(sort_of(text, q) for q in analysis.quantities)
        rewritten.append(replace(analysis, claims=claims, quantities=quantities))
    return rewritten
