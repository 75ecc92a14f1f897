"""One sum of money named by one word, however the rest of each sentence runs.

"Judge Miriam Osterholt also fined him 250,000 crowns" and "Renwick was sentenced to
six years in prison and a fine of 520,000 crowns" (a clause split from a longer
sentence, which keeps that sentence's subject and verb among its terms) share little
beyond the word that names the amount: the split clause scores closer to the prison
term than to the other fine, and the two fines, which differ, are never weighed.

Two claims of different articles are taken as one amount when each gives one sum of
money as a level, in the same currency, and the word just
before each figure that names it is the same ("fined him", "a fine of"; inflections and
the synonyms of :mod:`corrobora.align.synonyms` are one word). Words that name no
particular amount (a verb of having, saying, paying or changing; a preposition) do not
count, so "paid 2 million" and "paid 5 million" stay apart; what the sum is paid as,
written right after it, names it then: "to pay 340 million crowns in restitution" and
"to repay 314 million crowns to investors" name one sum.
"""

from __future__ import annotations

import re

from ..align.synonyms import synonym_term
from ..model import Claim, Quantity
from .figures import is_money, owners_meet, sole_level, unit_kind

__all__ = ["UNNAMING", "one_named_amount", "term_before"]

_WORD = re.compile(r"[^\W\d_]+")
#: How many words before a figure may name it ("fined him", "a fine of about").
_WINDOW = 4
#: Lemmas that name no particular amount or measure: having, giving, saying, changing,
#: totals, the small words about a figure.
UNNAMING = frozenset(
    {
        "be",
        "have",
        "say",
        "tell",
        "put",
        "give",
        "get",
        "make",
        "take",
        "pay",
        "receive",
        "reach",
        "total",
        "worth",
        "set",
        "rise",
        "fall",
        "increase",
        "decrease",
        "drop",
        "climb",
        "jump",
        "cut",
        "add",
        "more",
        "less",
        "than",
        "about",
        "around",
        "some",
        "nearly",
        "almost",
        "least",
        "most",
        "over",
        "under",
        "up",
        "down",
        "to",
        "from",
        "by",
        "at",
        "of",
        "in",
        "on",
        "for",
        "with",
        "estimate",
        "number",
        "figure",
        "amount",
        "sum",
        "value",
    }
)


#: What a sum is paid as, right after it and its unit: "340 million crowns in
#: restitution", "50,000 euros as compensation" (group 1, the word that names it).
_PAID_AS = re.compile(r"\s+(?:in|as)\s+(?:(?:a|an|the)\s+)?([^\W\d_]+)")


def _term_of(claim: Claim, word: str) -> str | None:
    """The claim's term ``word`` is written from (the longest), or None."""
    terms = [t for t in claim.terms if len(t) > 2 and word.casefold().startswith(t)]
    return max(terms, key=len) if terms else None


def term_before(claim: Claim, quantity: Quantity) -> str | None:
    """The claim's term nearest before a figure, among the few words before it, or None.

    "a fine of about 2 million": "fine"; "the quake's magnitude at 6.8": "magnitude".
    """
    before = claim.text[: quantity.span.start - claim.span.start]
    words = [w.casefold() for w in _WORD.findall(before)][-_WINDOW:]
    for word in reversed(words):
        term = _term_of(claim, word)
        if term is not None:
            return term
    return None


def _namer(claim: Claim) -> str:
    """The word that names the claim's first figure, "" when none does (see the module).

    The word just before the figure names it ("fined him", "a fine of"); when that word
    names no particular amount ("to pay"), the word the sum is paid as, right after its
    unit ("in restitution"), does.
    """
    first = min(claim.quantities, key=lambda q: q.span.start)
    term = term_before(claim, first)
    if term is None or term in UNNAMING:
        return _paid_as(claim, first)
    return synonym_term(term)


def _paid_as(claim: Claim, figure: Quantity) -> str:
    """The word right after a sum and its unit that says what it is paid as, or ""."""
    after = claim.text[figure.span.end - claim.span.start :]
    unit = re.match(r"\s*" + re.escape(figure.unit) + r"\w*", after) if figure.unit else None
    found = _PAID_AS.match(after, unit.end() if unit is not None else 0)
    term = _term_of(claim, found.group(1)) if found is not None else None
    return "" if term is None or term in UNNAMING else synonym_term(term)


def one_named_amount(a: Claim, b: Claim) -> bool:
    """True when claims of two articles give one amount one word names (see the module)."""
    if a.article_id == b.article_id or not a.quantities or not b.quantities:
        return False
    first, second = sole_level(a), sole_level(b)
    if first is None or second is None or first.role != second.role:
        return False
    if not is_money(first.unit) or unit_kind(first.unit) != unit_kind(second.unit):
        return False
    if not owners_meet(first, second):
        return False
    namer = _namer(a)
    return bool(namer) and namer == _namer(b)
